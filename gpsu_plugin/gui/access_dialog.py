"""The "Access" dialog of the administrator: the accounts, their roles, services and schools.

Every change goes through core.access (SECURITY DEFINER functions of the database, which check
that the signed-in person is an administrator and write the audit log). An initial or temporary
password is shown once, in its own dialog, and is kept nowhere: not in an attribute, not in a log.
"""

import logging
from datetime import datetime

from qgis.core import QgsApplication
from qgis.gui import QgsFilterLineEdit, QgsMessageBar
from qgis.PyQt.QtCore import QAbstractTableModel, QDate, QModelIndex, QRegularExpression, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontDatabase, QRegularExpressionValidator
from qgis.PyQt.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                                 QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                                 QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from ..core import access
from ..core.exceptions import NotAllowed
from ..core.i18n import tr, user_language
from ..core.incidents import label_column
from .cases_model import format_datetime
from .messages import connection_of, push_error, readable_error
from .tables import record_table

LOG = logging.getLogger(__name__)

(COLUMN_LOGIN, COLUMN_NAME, COLUMN_ROLES, COLUMN_SERVICES, COLUMN_SCHOOLS, COLUMN_STATE, COLUMN_EXPIRES,
 COLUMN_PASSWORD_UNTIL, COLUMN_MUST_CHANGE, COLUMN_LAST_SIGN_IN) = range(10)
LOGIN_PATTERN = r"[a-z][a-z0-9_.\-]{1,62}"
_ERROR_STYLE = ("QLabel { background: #fef3f2; border: 1px solid #fda29b; border-radius: 4px; "
                "padding: 6px; color: #b42318; }")
_WARNING_STYLE = ("QLabel { background: #fffaeb; border: 1px solid #fec84b; border-radius: 4px; "
                  "padding: 8px; color: #7a2e0e; }")
_MUTED = QColor("#98a2b3")
_ATTENTION = QColor("#b54708")


# -- reference lists -------------------------------------------------------------------------------

def choice_lists(conn, language="fr"):
    """({service id: label}, {service id: active}, {school id: "name (code)"}) for the form."""
    column = label_column(language)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, coalesce({}, label_fr), active FROM gpsu.services ORDER BY 2, 1"
                        .format(column))  # column from a fixed list, never user input
            rows = cur.fetchall()
            services = {row[0]: row[1] for row in rows}
            active = {row[0]: row[2] for row in rows}
            cur.execute("SELECT id, name, code FROM gpsu.schools ORDER BY name, code")
            schools = {row[0]: "{} ({})".format(row[1], row[2]) for row in cur.fetchall()}
    finally:
        if not conn.closed:
            conn.rollback()
    return services, active, schools


def _date_text(value):
    """A date shown to people; '' for none or 'infinity'."""
    if value is None or value.year >= 9999:
        return ""
    return format_datetime(value, with_time=False)


# -- the list of accounts --------------------------------------------------------------------------

class AccountsModel(QAbstractTableModel):
    """core.access.Account rows with their labels (roles, services, schools)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.service_labels = {}
        self.school_labels = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows, service_labels, school_labels):
        self.beginResetModel()
        self.rows = list(rows)
        self.service_labels = dict(service_labels)
        self.school_labels = dict(school_labels)
        self.endResetModel()

    def account(self, row):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, login):
        for row, account in enumerate(self.rows):
            if account.login == login:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else 10

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return (tr("Login"), tr("Name"), tr("Roles"), tr("Services"), tr("Schools"), tr("State"),
                    tr("Ends"), tr("Password until"), tr("To change"), tr("Last sign-in"))[section]
        if role == Qt.ToolTipRole:
            return {COLUMN_EXPIRES: tr("The account ends on this day (set by the administrator)"),
                    COLUMN_PASSWORD_UNTIL: tr("The current password stops working after this day"),
                    COLUMN_MUST_CHANGE: tr("The person must choose a new password at the next sign-in")}.get(section)
        return None

    def roles_text(self, account):
        return ", ".join(access.role_label(r) for r in access.ROLES if r in account.roles) or tr("no role")

    def services_text(self, account):
        return ", ".join(self.service_labels.get(s, "#{}".format(s)) for s in account.services)

    def schools_text(self, account):
        return ", ".join(self.school_labels.get(s, "#{}".format(s)) for s in account.schools)

    def data(self, index, role=Qt.DisplayRole):
        account = self.account(index.row()) if index.isValid() else None
        if account is None:
            return None
        column = index.column()
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            text = self._text(account, column)
            if role == Qt.ToolTipRole:
                if column == COLUMN_LOGIN and account.created_at is not None:
                    return tr("Created on {}").format(format_datetime(account.created_at))
                return text or None
            return text
        if role == Qt.ForegroundRole:
            if account.disabled:
                return QBrush(_MUTED)
            if column == COLUMN_MUST_CHANGE and account.must_change_password:
                return QBrush(_ATTENTION)
            if column == COLUMN_ROLES and not account.roles:
                return QBrush(_ATTENTION)
        if role == Qt.FontRole and column == COLUMN_LOGIN:
            return self._bold
        if role == Qt.UserRole:
            return account.login
        return None

    def _text(self, account, column):
        if column == COLUMN_LOGIN:
            return account.login
        if column == COLUMN_NAME:
            return account.full_name
        if column == COLUMN_ROLES:
            return self.roles_text(account)
        if column == COLUMN_SERVICES:
            return self.services_text(account)
        if column == COLUMN_SCHOOLS:
            return self.schools_text(account)
        if column == COLUMN_STATE:
            return tr("Disabled") if account.disabled else tr("Active")
        if column == COLUMN_EXPIRES:
            return _date_text(account.expires_at) or tr("never")
        if column == COLUMN_PASSWORD_UNTIL:
            return _date_text(account.valid_until) or tr("no limit")
        if column == COLUMN_MUST_CHANGE:
            return tr("Yes") if account.must_change_password else tr("No")
        if column == COLUMN_LAST_SIGN_IN:
            return format_datetime(account.last_sign_in) if account.last_sign_in else tr("never")
        return ""


# -- the form of one account -----------------------------------------------------------------------

class AccountFormDialog(QDialog):
    """Login, name, roles, services, schools and end date of an account (new when `account` is None).

    `save(form)` is called on OK; it raises a GpsuError to keep the form open with the message."""

    def __init__(self, services, service_active, schools, save, account=None, parent=None):
        super().__init__(parent)
        self.account = account
        self._save = save
        self.last_error = None
        self.setWindowTitle(tr("New account") if account is None else tr("Account {}").format(account.login))
        self._build(services, service_active, schools)
        if account is not None:
            self._load(account)
        self._roles_changed()

    def _build(self, services, service_active, schools):
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        identity = QFormLayout()
        identity.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.login = QLineEdit()
        self.login.setValidator(QRegularExpressionValidator(QRegularExpression(LOGIN_PATTERN), self.login))
        self.login.setPlaceholderText(tr("e.g. jdupont"))
        self.login.setToolTip(tr("2 to 63 lower-case letters, digits, dots, dashes or underscores, "
                                 "starting with a letter"))
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(tr("First name and surname"))
        identity.addRow(tr("Login"), self.login)
        identity.addRow(tr("Full name"), self.full_name)
        expiry_row = QHBoxLayout()
        self.expires = QCheckBox(tr("Account ends on"))
        self.expiry_date = QDateEdit()
        self.expiry_date.setCalendarPopup(True)
        self.expiry_date.setDisplayFormat("yyyy-MM-dd")
        self.expiry_date.setMinimumDate(QDate.currentDate())
        self.expiry_date.setDate(QDate.currentDate().addYears(1))
        self.expiry_date.setEnabled(False)
        self.expires.toggled.connect(self.expiry_date.setEnabled)
        expiry_row.addWidget(self.expires)
        expiry_row.addWidget(self.expiry_date)
        expiry_row.addStretch(1)
        identity.addRow("", expiry_row)
        layout.addLayout(identity)

        roles_box = QGroupBox(tr("Roles"))
        roles_grid = QGridLayout(roles_box)
        self.role_boxes = {}
        for position, role in enumerate(access.ROLES):
            box = QCheckBox(access.role_label(role))
            box.setObjectName(role)
            box.toggled.connect(self._roles_changed)
            self.role_boxes[role] = box
            roles_grid.addWidget(box, position // 2, position % 2)
        layout.addWidget(roles_box)

        lists = QHBoxLayout()
        services_box = QGroupBox(tr("Services"))
        services_layout = QVBoxLayout(services_box)
        self.services = QListWidget()
        for service_id, label in services.items():
            item = QListWidgetItem(label if service_active.get(service_id, True)
                                   else tr("{} (inactive)").format(label))
            item.setData(Qt.UserRole, service_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.services.addItem(item)
        self.services.setMinimumHeight(150)
        services_layout.addWidget(self.services)
        self.services_hint = QLabel(tr("A service handler works on the cases of these services; "
                                       "every member receives their alerts."))
        self.services_hint.setWordWrap(True)
        self.services_hint.setStyleSheet("color: #475467;")
        services_layout.addWidget(self.services_hint)
        lists.addWidget(services_box, 1)

        self.schools_box = QGroupBox(tr("Schools"))
        schools_layout = QVBoxLayout(self.schools_box)
        self.school_filter = QgsFilterLineEdit()
        self.school_filter.setShowSearchIcon(True)
        self.school_filter.setPlaceholderText(tr("Search a school"))
        self.schools = QListWidget()
        for school_id, label in schools.items():
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, school_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.schools.addItem(item)
        self.school_filter.textChanged.connect(self._filter_schools)
        self.schools_hint = QLabel()
        self.schools_hint.setWordWrap(True)
        self.schools_hint.setStyleSheet("color: #475467;")
        schools_layout.addWidget(self.school_filter)
        self.schools.setMinimumHeight(120)
        schools_layout.addWidget(self.schools)
        schools_layout.addWidget(self.schools_hint)
        lists.addWidget(self.schools_box, 1)
        layout.addLayout(lists, 1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(tr("Create the account") if self.account is None else tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.login.textChanged.connect(self._validate)
        self.resize(660, 620)

    def _load(self, account):
        self.login.setText(account.login)
        self.login.setReadOnly(True)
        self.login.setEnabled(False)
        self.full_name.setText(account.full_name)
        for role, box in self.role_boxes.items():
            box.setChecked(role in account.roles)
        for widget, chosen in ((self.services, account.services), (self.schools, account.schools)):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen else Qt.Unchecked)
        if account.expires_at is not None and account.expires_at.year < 9999:
            local = account.expires_at.astimezone()
            self.expiry_date.setMinimumDate(min(QDate(local.year, local.month, local.day), QDate.currentDate()))
            self.expiry_date.setDate(QDate(local.year, local.month, local.day))
            self.expires.setChecked(True)

    def _filter_schools(self, text):
        words = (text or "").lower().split()
        for row in range(self.schools.count()):
            item = self.schools.item(row)
            item.setHidden(not all(w in item.text().lower() for w in words))

    def _roles_changed(self, *_):
        editor = self.role_boxes["gpsu_school_editor"].isChecked()
        self.schools_box.setEnabled(editor)
        self.schools_hint.setText(tr("A school editor maintains the plans and documents of these schools.")
                                  if editor else tr("Tick the School editor role to choose schools."))
        self._validate()

    def _validate(self, *_):
        self.ok_button.setEnabled(bool(self.login.text().strip()) and bool(self.roles()))
        self.error.hide()

    # -- values ---------------------------------------------------------------------------------

    def roles(self):
        return [role for role in access.ROLES if self.role_boxes[role].isChecked()]

    @staticmethod
    def _checked(widget):
        return [widget.item(row).data(Qt.UserRole) for row in range(widget.count())
                if widget.item(row).checkState() == Qt.Checked]

    def services_chosen(self):
        return self._checked(self.services)

    def schools_chosen(self):
        """The schools ticked, only for a school editor."""
        return self._checked(self.schools) if "gpsu_school_editor" in self.roles() else []

    def expires_at(self):
        """The end of the account (end of the chosen day, local time), or None."""
        if not self.expires.isChecked():
            return None
        day = self.expiry_date.date()
        return datetime(day.year(), day.month(), day.day(), 23, 59, 59).astimezone()

    def set_checked(self, which, ids):
        """Tick exactly `ids` in "services" or "schools" (for scripts and tests)."""
        widget = self.services if which == "services" else self.schools
        for row in range(widget.count()):
            item = widget.item(row)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in ids else Qt.Unchecked)

    def accept(self):
        if not self.ok_button.isEnabled():
            return
        try:
            self._save(self)
        except Exception as error:  # noqa: BLE001 - the form stays open with the message
            self.last_error = error
            readable = readable_error(error)
            if readable is None:
                LOG.error("Unexpected error while saving an account: %s", error, exc_info=error)
            self.error.setText(readable.message if readable is not None
                               else tr("An unexpected error occurred; the GPS-U log panel has the details."))
            self.error.show()
            return
        super().accept()


# -- a password shown once -------------------------------------------------------------------------

class OneTimePasswordDialog(QDialog):
    """Shows an initial or temporary password, with a Copy button and a clear warning.

    The password is only in the read-only field while the dialog is open; it is cleared on close."""

    def __init__(self, login, full_name, password, temporary=False, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Temporary password") if temporary else tr("Initial password"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        who = "{} ({})".format(full_name, login) if full_name else login
        self.intro = QLabel((tr("The temporary password of {} is:") if temporary
                             else tr("The account of {} is created. Its initial password is:")).format(who))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        row = QHBoxLayout()
        self.password = QLineEdit(password)
        self.password.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.password.setFont(font)
        self.password.setMinimumWidth(self.password.fontMetrics().horizontalAdvance(password) + 24)
        self.copy_button = QPushButton(QgsApplication.getThemeIcon("/mActionEditCopy.svg"), tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.password, 1)
        row.addWidget(self.copy_button)
        layout.addLayout(row)

        self.warning = QLabel("<b>{}</b><br>{}".format(
            tr("This password will not be shown again."),
            tr("Copy it or write it down now, and hand it over in person or through a secure channel. "
               "It is only valid for a few days, and the person must choose their own password at "
               "their first sign-in.")))
        self.warning.setWordWrap(True)
        self.warning.setMinimumWidth(440)
        self.warning.setTextFormat(Qt.RichText)
        self.warning.setStyleSheet(_WARNING_STYLE)
        layout.addWidget(self.warning)

        bottom = QHBoxLayout()
        self.copied = QLabel()
        self.copied.setStyleSheet("color: #027a48;")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(tr("I have noted it"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        bottom.addWidget(self.copied, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        layout.setSizeConstraint(QVBoxLayout.SetFixedSize)

    def copy(self):
        QApplication.clipboard().setText(self.password.text())
        self.copied.setText("✔ " + tr("Copied to the clipboard."))

    def done(self, result):
        self.password.clear()
        super().done(result)


def show_password_once(parent, login, full_name, password, temporary=False):
    dialog = OneTimePasswordDialog(login, full_name, password, temporary, parent)
    try:
        dialog.exec_()
    finally:
        dialog.password.clear()
        dialog.deleteLater()


# -- the dialog ------------------------------------------------------------------------------------

class AccessDialog(QDialog):
    """Accounts of the database for its administrator. `connection` is a SharedConnection (or an
    open psycopg2 connection). Someone else sees a refusal in the dialog, not a traceback."""

    def __init__(self, connection, parent=None, language=None):
        super().__init__(parent)
        self.connection = connection
        self.language = language or user_language()
        self.refused = False
        self.last_error = None
        self.services, self.service_active, self.schools = {}, {}, {}
        self.setWindowTitle(tr("GPS-U – access"))
        self._build()
        self.refresh()

    def _conn(self):
        return connection_of(self.connection)

    def _build(self):
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        main = QWidget()
        layout = QVBoxLayout(main)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message_bar = QgsMessageBar()
        layout.addWidget(self.message_bar)

        tools = QHBoxLayout()
        self.new_button = QPushButton(QgsApplication.getThemeIcon("/mActionAdd.svg"), tr("New account…"))
        self.edit_button = QPushButton(QgsApplication.getThemeIcon("/mActionToggleEditing.svg"), tr("Edit…"))
        self.enable_button = QPushButton(tr("Disable"))
        self.reset_button = QPushButton(tr("Reset password…"))
        self.refresh_button = QPushButton(QgsApplication.getThemeIcon("/mActionRefresh.svg"), "")
        self.refresh_button.setToolTip(tr("Refresh the list"))
        for button in (self.new_button, self.edit_button, self.enable_button, self.reset_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.refresh_button)
        layout.addLayout(tools)

        self.model = AccountsModel(self)
        self.table = record_table(self.model)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setStyleSheet("color: #475467;")
        self.pseudonymise_button = QPushButton(tr("Pseudonymise old closed cases…"))
        self.pseudonymise_button.setToolTip(tr("Remove the personal details of the cases closed longer ago than "
                                               "the retention period; statistics are kept."))
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.pseudonymise_button)
        layout.addLayout(bottom)
        self.pages.addWidget(main)

        refusal = QWidget()
        refusal_layout = QHBoxLayout(refusal)
        icon = QLabel()
        icon.setPixmap(QgsApplication.getThemeIcon("/mIconWarning.svg").pixmap(QSize(32, 32)))
        icon.setAlignment(Qt.AlignTop)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        refusal_layout.addWidget(icon)
        refusal_layout.addWidget(self.refusal, 1)
        self.pages.addWidget(refusal)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_account)
        self.enable_button.clicked.connect(self.toggle_enabled)
        self.reset_button.clicked.connect(self.reset_password)
        self.refresh_button.clicked.connect(self.refresh)
        self.pseudonymise_button.clicked.connect(self.pseudonymise)
        self.table.doubleClicked.connect(lambda _index: self.edit_account())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(1240, 540)

    # -- reading ----------------------------------------------------------------------------------

    def refresh(self, select=None):
        """Read the accounts again, keeping (or moving to) the selected login."""
        select = select or self.selected_login()
        try:
            conn = self._conn()
            rows = access.accounts(conn)
            self.services, self.service_active, self.schools = choice_lists(conn, self.language)
        except NotAllowed as error:
            self._refuse(error)
            return False
        except Exception as error:  # noqa: BLE001 - shown in the dialog's message bar
            self._show_error(error)
            return False
        self.model.set_rows(rows, self.services, self.schools)
        self.count.setText(tr("{} account(s), {} disabled").format(len(rows), sum(a.disabled for a in rows)))
        self._fit_columns()
        if select:
            self.select(select)
        self._selection_changed()
        return True

    def _fit_columns(self):
        self.table.resizeColumnsToContents()
        for column, widest in ((COLUMN_ROLES, 200), (COLUMN_SERVICES, 160), (COLUMN_SCHOOLS, 160),
                               (COLUMN_NAME, 160)):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def _refuse(self, error):
        self.refused = True
        self.last_error = error
        LOG.info("Access dialog refused: %s", error.details or error.message)
        self.refusal.setText("<b>{}</b><br><br>{}".format(
            tr("Only a GPS-U administrator can manage accounts."),
            tr("Your account does not have the Administrator role. Ask the GPS-U administrator if an "
               "account must be created or changed.")))
        self.pages.setCurrentIndex(1)
        self.resize(480, 180)

    def _show_error(self, error):
        self.last_error = error
        push_error(self.message_bar, error)

    def selected_login(self):
        account = self.selected_account()
        return account.login if account is not None else None

    def selected_account(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.account(rows[0].row()) if rows else None

    def select(self, login):
        row = self.model.row_of(login)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, *_):
        account = self.selected_account()
        for button in (self.edit_button, self.enable_button, self.reset_button):
            button.setEnabled(account is not None)
        self.enable_button.setText(tr("Enable") if account is not None and account.disabled else tr("Disable"))
        self.reset_button.setEnabled(account is not None and not account.disabled)

    # -- changes ----------------------------------------------------------------------------------

    def _form(self, account=None):
        return AccountFormDialog(self.services, self.service_active, self.schools,
                                 self._save_form, account, self)

    def _save_form(self, form):
        conn = self._conn()
        if form.account is None:
            login = form.login.text().strip().lower()
            password = access.create_account(conn, login, form.full_name.text().strip(), form.roles(),
                                             form.services_chosen(), form.schools_chosen(), form.expires_at())
            form.created_login = login
            show_password_once(form, login, form.full_name.text().strip(), password)
            del password
        else:
            access.update_account(conn, form.account.login, form.full_name.text().strip(), form.roles(),
                                  form.services_chosen(), form.schools_chosen(), form.expires_at())

    def new_account(self):
        form = self._form()
        form.created_login = None
        try:
            if form.exec_() == QDialog.Accepted:
                self.refresh(select=form.created_login)
                self.message_bar.pushSuccess(tr("GPS-U"), tr("The account {} was created.").format(form.created_login))
        finally:
            form.deleteLater()

    def edit_account(self):
        account = self.selected_account()
        if account is None:
            return
        form = self._form(account)
        try:
            if form.exec_() == QDialog.Accepted:
                self.refresh(select=account.login)
                self.message_bar.pushSuccess(tr("GPS-U"), tr("The account {} was saved.").format(account.login))
        finally:
            form.deleteLater()

    def toggle_enabled(self):
        account = self.selected_account()
        if account is None:
            return
        enable = account.disabled
        if not enable and not self.confirm(
                tr("Disable an account"),
                tr("Disable the account {}? The person can no longer sign in; what they recorded is kept.")
                .format(account.login)):
            return
        try:
            access.set_enabled(self._conn(), account.login, enable)
        except Exception as error:  # noqa: BLE001
            self._show_error(error)
            return
        self.refresh(select=account.login)
        self.message_bar.pushSuccess(tr("GPS-U"), (tr("The account {} is enabled.") if enable
                                                   else tr("The account {} is disabled.")).format(account.login))

    def reset_password(self):
        account = self.selected_account()
        if account is None:
            return
        if not self.confirm(tr("Reset the password"),
                            tr("Give {} a new temporary password? Their current password stops working now.")
                            .format(account.login)):
            return
        try:
            password = access.reset_password(self._conn(), account.login)
        except Exception as error:  # noqa: BLE001
            self._show_error(error)
            return
        show_password_once(self, account.login, account.full_name, password, temporary=True)
        del password
        self.refresh(select=account.login)

    def pseudonymise(self):
        try:
            count = access.pseudonymise_closed_cases(self._conn(), dry_run=True)
        except Exception as error:  # noqa: BLE001
            self._show_error(error)
            return
        title = tr("Pseudonymise old closed cases")
        if not count:
            self.inform(title, tr("No closed case is older than the retention period: nothing to do."))
            return
        if not self.confirm(title, tr("{} closed case(s) are older than the retention period. Their personal "
                                      "details (description, place, reporter, comments, photos) will be removed "
                                      "for good; the statistics are kept. Continue?").format(count)):
            return
        try:
            done = access.pseudonymise_closed_cases(self._conn())
        except Exception as error:  # noqa: BLE001
            self._show_error(error)
            return
        self.message_bar.pushSuccess(tr("GPS-U"), tr("{} case(s) pseudonymised.").format(done))

    # -- questions (replaced in tests) ------------------------------------------------------------

    def confirm(self, title, text):
        return QMessageBox.question(self, title, text, QMessageBox.Yes | QMessageBox.No,
                                    QMessageBox.No) == QMessageBox.Yes

    def inform(self, title, text):
        QMessageBox.information(self, title, text)


def open_access_dialog(parent, connection, language=None):
    """Open the Access dialog (modal); it shows the refusal itself to a non-administrator."""
    dialog = AccessDialog(connection, parent, language)
    try:
        dialog.exec_()
    finally:
        dialog.deleteLater()
