"""Asking for a password when none is stored, and saying why."""

from qgis.gui import QgsPasswordLineEdit
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ..core.i18n import tr


class PasswordDialog(QDialog):
    def __init__(self, profile, reason, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("GPS-U – password"))
        layout = QVBoxLayout(self)
        target = QLabel(tr("Password for {}").format(profile.display_name()))
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.password = QgsPasswordLineEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (target, self.reason, self.password, buttons):
            layout.addWidget(widget)


def ask_password(parent):
    """A Session.ask_password callback that shows PasswordDialog over `parent`."""
    def ask(profile, reason):
        dialog = PasswordDialog(profile, reason, parent)
        if dialog.exec_() != QDialog.Accepted:
            return None
        return dialog.password.text()
    return ask
