"""The audit log dock of the administrator: who did what and when, filtered, exported as CSV.

The log is append-only and written by the database itself; this dock only reads it through
core.access.audit_entries (newest first, with a LIMIT, so that a read stays quick).
"""

import json
from datetime import datetime, timedelta

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget, QgsFilterLineEdit, QgsMessageBar
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel,
                                 QPushButton, QToolButton, QVBoxLayout, QWidget)

from ..core import access
from ..core.exceptions import NotAllowed
from ..core.i18n import tr
from .cases_model import format_datetime
from .messages import connection_of, push_error
from .tables import filter_date_edit, record_table

LIMIT = 500               # entries shown
EXPORT_LIMIT = 1000000    # entries exported (same filters)
TEXT_DEBOUNCE_MS = 400
COLUMN_AT, COLUMN_ACTION, COLUMN_TARGET, COLUMN_ACTOR, COLUMN_DETAILS, COLUMN_FROM = range(6)


def action_label(code):
    """Words for an audit action code (the code itself when unknown)."""
    return {
        "account_created": tr("Account created"),
        "account_adopted": tr("Existing login adopted"),
        "account_enabled": tr("Account enabled"),
        "account_disabled": tr("Account disabled"),
        "account_expiry_changed": tr("Account end date changed"),
        "roles_changed": tr("Roles changed"),
        "assignment_added": tr("Service or school assigned"),
        "assignment_removed": tr("Service or school withdrawn"),
        "password_reset": tr("Password reset by an administrator"),
        "password_changed": tr("Password changed"),
        "sign_in_failed": tr("Sign-in refused"),
        "document_opened": tr("Confidential document opened"),
        "document_downloaded": tr("Confidential document downloaded"),
        "document_refused": tr("Confidential document refused"),
        "cases_pseudonymised": tr("Old closed cases pseudonymised"),
    }.get(code, code)


def details_text(details):
    """A compact one-line view of the details ("key: value, …")."""
    if not details:
        return ""
    if not isinstance(details, dict):
        return str(details)
    parts = []
    for key in sorted(details):
        value = details[key]
        if isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        parts.append("{}: {}".format(key, "—" if value is None else value))
    return ", ".join(parts)


class AuditModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries = []

    def set_entries(self, entries):
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (tr("When"), tr("Action"), tr("Target"), tr("Who"), tr("Details"), tr("From"))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return (format_datetime(entry.at), action_label(entry.action), entry.target, entry.actor,
                    details_text(entry.details), entry.client_addr)[column]
        if role == Qt.ToolTipRole:
            if column == COLUMN_DETAILS and entry.details:
                return json.dumps(entry.details, ensure_ascii=False, indent=2, sort_keys=True)
            if column == COLUMN_ACTION:
                return entry.action
            if column == COLUMN_AT:
                return entry.at.astimezone().isoformat(timespec="seconds")
            return None
        if role == Qt.UserRole:
            return entry
        return None


class AuditDock(QgsDockWidget):
    """The audit log for administrators; others are told the log is not theirs to read."""

    def __init__(self, iface, connection, parent=None):
        super().__init__(tr("GPS-U – audit log"), parent)
        self.setObjectName("GpsuAuditDock")
        self.iface = iface
        self.connection = connection
        self.last_error = None
        self.refused = False
        self._build()
        self.refresh()

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        self.filters_box = QWidget()
        filters = QGridLayout(self.filters_box)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(4)
        filters.setVerticalSpacing(4)
        period = QHBoxLayout()
        period.setSpacing(4)
        period.addWidget(QLabel(tr("From")))
        self.date_from = filter_date_edit(tr("First day (empty: no limit)"))
        self.date_to = filter_date_edit(tr("Last day (empty: no limit)"))
        period.addWidget(self.date_from, 1)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.date_to, 1)
        filters.addLayout(period, 0, 0, 1, 2)

        self.action = QComboBox()
        self.action.setToolTip(tr("Kind of event"))
        self.action.addItem(tr("All actions"), None)
        for code in sorted(access.AUDIT_ACTIONS, key=action_label):
            self.action.addItem(action_label(code), code)
        self.action.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.action.setMinimumContentsLength(14)
        self.actor = QgsFilterLineEdit()
        self.actor.setPlaceholderText(tr("Who (exact login)"))
        self.actor.setToolTip(tr("Login of the person who acted"))
        filters.addWidget(self.action, 1, 0)
        filters.addWidget(self.actor, 1, 1)

        search = QHBoxLayout()
        search.setSpacing(4)
        self.text = QgsFilterLineEdit()
        self.text.setShowSearchIcon(True)
        self.text.setPlaceholderText(tr("Target or details contain…"))
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refresh_button.setToolTip(tr("Refresh the list"))
        search.addWidget(self.text, 1)
        search.addWidget(self.refresh_button)
        filters.addLayout(search, 2, 0, 1, 2)
        layout.addWidget(self.filters_box)

        self.message_bar = QgsMessageBar()
        layout.addWidget(self.message_bar)

        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("QLabel { background: #fffaeb; border: 1px solid #fec84b; border-radius: 4px; "
                                   "padding: 8px; color: #7a2e0e; }")
        self.refusal.hide()
        layout.addWidget(self.refusal)
        self.refusal_space = QWidget()
        self.refusal_space.hide()
        layout.addWidget(self.refusal_space, 1)

        self.model = AuditModel(self)
        self.table = record_table(self.model, QAbstractItemView.ExtendedSelection)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.count.setStyleSheet("color: #475467;")
        self.export_button = QPushButton(QgsApplication.getThemeIcon("/mActionFileSaveAs.svg"), tr("Export CSV…"))
        self.export_button.setToolTip(tr("Save every entry matching the filters as a CSV file"))
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self.setWidget(body)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TEXT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.text.textChanged.connect(self._debounce.start)
        self.actor.textChanged.connect(self._debounce.start)
        self.action.currentIndexChanged.connect(self.refresh)
        self.date_from.dateValueChanged.connect(self.refresh)
        self.date_to.dateValueChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(lambda: self.export_csv())

    def _conn(self):
        return connection_of(self.connection)

    def filters(self):
        """The keyword arguments of core.access.audit_entries for the filters shown."""
        since = until = None
        if not self.date_from.isNull():
            day = self.date_from.date()
            since = datetime(day.year(), day.month(), day.day()).astimezone()
        if not self.date_to.isNull():
            day = self.date_to.date()
            until = (datetime(day.year(), day.month(), day.day()) + timedelta(days=1)).astimezone()
        return {"since": since, "until": until, "action": self.action.currentData(),
                "actor": self.actor.text().strip() or None, "text": self.text.text().strip() or None}

    def refresh(self, *_):
        self._debounce.stop()
        try:
            entries = access.audit_entries(self._conn(), limit=LIMIT, **self.filters())
        except NotAllowed as error:
            self._refuse(error)
            return False
        except Exception as error:  # noqa: BLE001 - shown in the dock's message bar
            self.last_error = error
            push_error(self.message_bar, error)
            return False
        self.last_error = None
        self.refused = False
        self.refusal.hide()
        self.refusal_space.hide()
        self.filters_box.show()
        self.table.show()
        self.export_button.setEnabled(True)
        self.model.set_entries(entries)
        if len(entries) >= LIMIT:
            self.count.setText(tr("The {} most recent entries: narrow the filters to see older ones.").format(LIMIT))
        else:
            self.count.setText(tr("{} entries").format(len(entries)))
        self.table.resizeColumnsToContents()
        for column in (COLUMN_TARGET, COLUMN_DETAILS):
            if self.table.columnWidth(column) > 260:
                self.table.setColumnWidth(column, 260)
        return True

    def _refuse(self, error):
        self.refused = True
        self.last_error = error
        self.model.set_entries([])
        self.table.hide()
        self.export_button.setEnabled(False)
        self.count.clear()
        self.refusal.setText(tr("Only a GPS-U administrator can read the audit log."))
        self.refusal.show()
        self.refusal_space.show()
        self.filters_box.hide()

    def export_csv(self, path=None):
        """Write every entry matching the filters (not only those shown) to `path` (asked if None)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export the audit log"),
                                                  "gpsu-audit-{}.csv".format(datetime.now().strftime("%Y%m%d")),
                                                  tr("CSV files (*.csv)"))
            if not path:
                return None
            if not path.lower().endswith(".csv"):
                path += ".csv"
        try:
            entries = access.audit_entries(self._conn(), limit=EXPORT_LIMIT, **self.filters())
            access.write_audit_csv(entries, path)
        except OSError as error:
            self.last_error = error
            self.message_bar.pushWarning(tr("GPS-U"), tr("The file could not be written: {}").format(error.strerror
                                                                                                     or error))
            return None
        except Exception as error:  # noqa: BLE001
            self.last_error = error
            push_error(self.message_bar, error)
            return None
        self.message_bar.pushSuccess(tr("GPS-U"), tr("{} entries exported to {}").format(len(entries), path))
        return path
