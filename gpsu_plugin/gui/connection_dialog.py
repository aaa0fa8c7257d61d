"""The connection dialog: where the GPS-U database is, how the password is kept, and a test."""

from qgis.gui import QgsAuthConfigSelect, QgsPasswordLineEdit
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                                 QLabel, QLineEdit, QPushButton, QRadioButton, QSpinBox, QVBoxLayout)

from ..core import credentials, database
from ..core.exceptions import GpsuError, SchemaMissing, SchemaTooOld
from ..core.i18n import tr
from ..core.profile import SSLMODES, STORAGE_ASK, STORAGE_AUTHCFG, STORAGE_KEYRING, ConnectionProfile
from . import tasks

_OK_STYLE = "color: #1a7f37;"
_ERROR_STYLE = "color: #b42318;"


class ConnectionDialog(QDialog):
    """Edit and test the current connection profile. Emits `upgradeRequested` when the user asks
    to install or upgrade the schema after a test found it missing or old."""

    upgradeRequested = pyqtSignal()
    tested = pyqtSignal()

    def __init__(self, profile=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("GPS-U – database connection"))
        self.setMinimumWidth(480)
        self.last_error = None
        self.last_report = None
        self._task = None
        self._build()
        self.set_profile(profile or ConnectionProfile.load() or ConnectionProfile())

    # -- layout -----------------------------------------------------------------------------------

    def _build(self):
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        form.addRow(tr("Profile name"), self.name)
        layout.addLayout(form)

        where = QGroupBox(tr("Server"))
        where_form = QFormLayout(where)
        self.use_service = QRadioButton(tr("PostgreSQL service (pg_service.conf)"))
        self.use_host = QRadioButton(tr("Host and database"))
        self.service = QLineEdit()
        self.service.setPlaceholderText(tr("e.g. gpsu"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(tr("e.g. db.example.org or localhost"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.dbname = QLineEdit()
        where_form.addRow(self.use_service)
        where_form.addRow(tr("Service name"), self.service)
        where_form.addRow(self.use_host)
        where_form.addRow(tr("Host"), self.host)
        where_form.addRow(tr("Port"), self.port)
        where_form.addRow(tr("Database"), self.dbname)
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSLMODES)
        where_form.addRow(tr("SSL mode"), self.sslmode)
        layout.addWidget(where)

        who = QGroupBox(tr("Account"))
        who_form = QFormLayout(who)
        self.user = QLineEdit()
        self.password = QgsPasswordLineEdit()
        self.storage = QComboBox()
        self.storage.addItem(tr("In the system keyring"), STORAGE_KEYRING)
        self.storage.addItem(tr("In a QGIS authentication configuration"), STORAGE_AUTHCFG)
        self.storage.addItem(tr("Nowhere: ask each time"), STORAGE_ASK)
        self.authcfg = QgsAuthConfigSelect(self, "postgres")
        self.storage_note = QLabel()
        self.storage_note.setWordWrap(True)
        who_form.addRow(tr("User"), self.user)
        who_form.addRow(tr("Password"), self.password)
        who_form.addRow(tr("Keep the password"), self.storage)
        who_form.addRow(self.authcfg)
        who_form.addRow(self.storage_note)
        layout.addWidget(who)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(tr("Test connection"))
        self.upgrade_button = QPushButton(tr("Install / upgrade database…"))
        self.upgrade_button.setVisible(False)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.upgrade_button)
        test_row.addStretch()
        layout.addLayout(test_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        layout.addWidget(self.buttons)

        self.use_service.toggled.connect(self._update_enabled)
        self.storage.currentIndexChanged.connect(self._update_enabled)
        self.test_button.clicked.connect(self.test_connection)
        self.upgrade_button.clicked.connect(self.upgradeRequested)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._disable_keyring_if_unavailable()

    def _disable_keyring_if_unavailable(self):
        available, reason = credentials.keyring_status()
        self.keyring_reason = reason
        if not available:
            item = self.storage.model().item(self.storage.findData(STORAGE_KEYRING))
            item.setEnabled(False)
            item.setToolTip(reason)

    def _update_enabled(self):
        by_service = self.use_service.isChecked()
        self.service.setEnabled(by_service)
        for widget in (self.host, self.port, self.dbname):
            widget.setEnabled(not by_service)
        storage = self.storage.currentData()
        self.authcfg.setVisible(storage == STORAGE_AUTHCFG)
        self.password.setEnabled(storage != STORAGE_AUTHCFG)
        if storage == STORAGE_ASK and self.keyring_reason:
            self.storage_note.setText(tr("The password will be asked each time GPS-U connects, because "
                                         "the system keyring cannot keep it: {}").format(self.keyring_reason))
        elif storage == STORAGE_ASK:
            self.storage_note.setText(tr("The password will be asked each time GPS-U connects."))
        else:
            self.storage_note.setText("")

    # -- profile <-> widgets ----------------------------------------------------------------------

    def set_profile(self, profile):
        self.name.setText(profile.name)
        self.use_service.setChecked(bool(profile.service))
        self.use_host.setChecked(not profile.service)
        self.service.setText(profile.service)
        self.host.setText(profile.host)
        self.port.setValue(int(profile.port))
        self.dbname.setText(profile.dbname)
        self.sslmode.setCurrentText(profile.sslmode)
        self.user.setText(profile.user)
        storage = profile.storage
        if storage == STORAGE_KEYRING and self.keyring_reason:
            storage = STORAGE_ASK
        self.storage.setCurrentIndex(self.storage.findData(storage))
        self.authcfg.setConfigId(profile.authcfg)
        self.password.clear()
        self._update_enabled()

    def profile(self):
        """The profile as typed (not validated)."""
        by_service = self.use_service.isChecked()
        return ConnectionProfile(
            name=self.name.text().strip(),
            service=self.service.text().strip() if by_service else "",
            host="" if by_service else self.host.text().strip(),
            port=self.port.value(),
            dbname="" if by_service else self.dbname.text().strip(),
            user=self.user.text().strip(),
            sslmode=self.sslmode.currentText(),
            authcfg=self.authcfg.configId() if self.storage.currentData() == STORAGE_AUTHCFG else "",
            storage=self.storage.currentData(),
        )

    def typed_password(self, profile):
        """The password typed, else the one stored for this profile."""
        return self.password.text() or credentials.load_password(profile)

    # -- actions ----------------------------------------------------------------------------------

    def test_connection(self):
        """Check the connection in a background task; the result lands in the status line."""
        try:
            profile = self.profile().validate()
        except GpsuError as exc:
            self._show_result(None, exc)
            return None
        password = self.typed_password(profile)
        self.test_button.setEnabled(False)
        self.upgrade_button.setVisible(False)
        self.status.setStyleSheet("")
        self.status.setText(tr("Testing the connection…"))
        self._task = tasks.FunctionTask(
            tr("GPS-U: testing the connection"),
            lambda task: database.check_connection(profile, password),
            self._show_result)
        return tasks.start(self._task)

    def _show_result(self, report, error):
        self._task = None
        self.test_button.setEnabled(True)
        self.last_report, self.last_error = report, error
        if error is None and report is not None:
            self.status.setStyleSheet(_OK_STYLE)
            self.status.setText(report.summary())
        elif error is not None:
            self.status.setStyleSheet(_ERROR_STYLE)
            message = error.message if isinstance(error, GpsuError) else \
                tr("Unexpected error: {}").format(type(error).__name__)
            self.status.setText(message)
            self.upgrade_button.setVisible(isinstance(error, (SchemaMissing, SchemaTooOld)))
        self.tested.emit()

    def save(self):
        """Validate, keep the password where chosen, and save the profile (never its password)."""
        try:
            profile = self.profile().validate()
            if self.password.text():
                credentials.store_password(profile, self.password.text())
            profile.save()
        except GpsuError as exc:
            self._show_result(None, exc)
            return False
        self.accept()
        return True
