"""Changing my own password: the policy checked as one types, the change made by the database.

The new password goes to the database only as its SCRAM verifier (core.access); it is returned
to the caller, who keeps it where the connection profile keeps passwords. Nothing here logs it.
"""

import logging

from qgis.gui import QgsPasswordLineEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QLabel, QVBoxLayout)

from ..core import access
from ..core.i18n import tr
from .messages import connection_of, readable_error

LOG = logging.getLogger(__name__)

_OK_STYLE = "color: #027a48;"
_TODO_STYLE = "color: #b42318;"
_BANNER_STYLE = ("QLabel { background: #fffaeb; border: 1px solid #fec84b; border-radius: 4px; "
                 "padding: 8px; color: #7a2e0e; }")
_ERROR_STYLE = ("QLabel { background: #fef3f2; border: 1px solid #fda29b; border-radius: 4px; "
                "padding: 6px; color: #b42318; }")


class ChangePasswordDialog(QDialog):
    """New password twice; OK only once it meets the policy and both entries agree.

    `forced`: the account must change its password before anything else; cancelling means the
    caller disconnects, and the dialog says so. After `exec_()` returns Accepted, the password
    is in `new_password` (already set in the database)."""

    def __init__(self, conn, login, forced=False, parent=None):
        super().__init__(parent)
        self.conn = conn
        self.login = login or ""
        self.forced = bool(forced)
        self.new_password = None
        self.last_error = None
        self.setWindowTitle(tr("Change my password"))
        self.setMinimumWidth(440)
        self._build()
        self._check()

    def _build(self):
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_BANNER_STYLE)
        if self.forced:
            self.banner.setText(tr("Your password must be changed before you can use GPS-U. "
                                   "If you cancel, you will be disconnected."))
        self.banner.setVisible(self.forced)
        layout.addWidget(self.banner)

        intro = QLabel(tr("Account: <b>{}</b>").format(_escape(self.login)))
        intro.setTextFormat(Qt.RichText)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.password = QgsPasswordLineEdit()
        self.password.setObjectName("newPassword")
        self.repeated = QgsPasswordLineEdit()
        self.repeated.setObjectName("repeatedPassword")
        form.addRow(tr("New password"), self.password)
        form.addRow(tr("Repeat it"), self.repeated)
        layout.addLayout(form)

        rules = QFrame()
        rules.setFrameShape(QFrame.StyledPanel)
        rules_layout = QVBoxLayout(rules)
        rules_layout.setContentsMargins(8, 6, 8, 6)
        self.rules_title = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.RichText)
        rules_layout.addWidget(self.rules_title)
        rules_layout.addWidget(self.problems)
        layout.addWidget(rules)
        layout.addStretch(1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(tr("Change the password"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.Cancel)
        if self.forced:
            self.cancel_button.setText(tr("Cancel and disconnect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.password.textChanged.connect(self._check)
        self.repeated.textChanged.connect(self._check)

    def current_problems(self):
        """What still keeps OK disabled (translated sentences)."""
        new = self.password.text()
        problems = access.password_problems(new, self.login)
        if not self.repeated.text() or self.repeated.text() != new:
            problems.append(tr("the same password typed twice"))
        return problems

    def _check(self):
        problems = self.current_problems()
        self.ok_button.setEnabled(not problems)
        if problems:
            self.rules_title.setText(tr("The new password still needs:"))
            self.rules_title.setStyleSheet(_TODO_STYLE)
            self.problems.setText("<ul style='margin: 0 0 0 -20px;'>{}</ul>".format(
                "".join("<li>{}</li>".format(_escape(p)) for p in problems)))
            self.problems.show()
        else:
            self.rules_title.setText("✔ " + tr("This password meets the rules."))
            self.rules_title.setStyleSheet(_OK_STYLE)
            self.problems.clear()
            self.problems.hide()
        self.error.hide()

    def accept(self):
        if self.current_problems():
            return
        new = self.password.text()
        try:
            access.change_my_password(connection_of(self.conn), self.login, new, self.repeated.text())
        except Exception as error:  # noqa: BLE001 - shown in the dialog, which stays open
            self.last_error = error
            readable = readable_error(error)
            if readable is None:
                LOG.error("Unexpected error while changing a password: %s", type(error).__name__)
                self.error.setText(tr("An unexpected error occurred; the GPS-U log panel has the details."))
            else:
                if readable.details:
                    LOG.warning("%s (%s)", readable.message, readable.details)
                self.error.setText(readable.message)
            self.error.show()
            return
        self.new_password = new
        super().accept()

    def done(self, result):
        # nothing typed stays in the widgets once the dialog is closed
        self.password.clear()
        self.repeated.clear()
        super().done(result)


def _escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def ask_new_password(parent, conn, login, forced):
    """Ask for a new password and set it; the new password, or None when the user cancelled.

    `conn` is an open psycopg2 connection (or a SharedConnection) signed in as `login`. With
    `forced`, None means the caller must disconnect."""
    dialog = ChangePasswordDialog(conn, login, forced, parent)
    try:
        if dialog.exec_() != QDialog.Accepted:
            return None
        return dialog.new_password
    finally:
        dialog.new_password = None
        dialog.deleteLater()
