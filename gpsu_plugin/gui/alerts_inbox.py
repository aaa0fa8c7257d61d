"""Alerts for the services: a watcher on the database's notifications, and the inbox dock.

`AlertWatcher` keeps one dedicated connection LISTENing (core.alerts.AlertListener) and watches its
socket with a QSocketNotifier, so an alert reaches QGIS within seconds without polling or blocking;
a timer asks the database every five minutes to raise the alerts of cases that became overdue.
`AlertsInboxDock` lists the alerts of the user's services, newest first, unread ones in bold.
"""

from functools import partial

from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsDockWidget, QgsMessageBar
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QSocketNotifier, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QToolButton,
                                 QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core import alerts
from ..core.i18n import tr, user_language
from .messages import connection_of, push_error, readable_error
from .cases_model import format_datetime

OVERDUE_INTERVAL_MS = 5 * 60 * 1000
RECONNECT_INTERVAL_MS = 30 * 1000
MESSAGE_SECONDS = 15
ALERT_ID_ROLE = Qt.UserRole
INCIDENT_ID_ROLE = Qt.UserRole + 1


def alert_words():
    """The alert kinds of migration 0002, in words."""
    return {
        "dispatched": tr("New case for your service"),
        "reassigned": tr("Case reassigned to your service"),
        "status_changed": tr("Status changed"),
        "shared": tr("Case shared with your service"),
        "task_changed": tr("A task changed"),
        "overdue": tr("Overdue"),
    }


class AlertWatcher(QObject):
    """Emits `alertReceived(payload)` for every alert the database notifies.

    `open_connection()` returns a NEW psycopg2 connection, kept for LISTEN only; `connection` (a
    SharedConnection) serves the overdue check. `start()` begins, `stop()` leaves nothing behind.
    If the listening connection drops, the watcher says so (`failed`) and reconnects after 30 s.
    """

    alertReceived = pyqtSignal(dict)
    overdueRaised = pyqtSignal(int)
    failed = pyqtSignal(object)

    def __init__(self, open_connection, connection, parent=None, overdue_interval_ms=OVERDUE_INTERVAL_MS,
                 reconnect_interval_ms=RECONNECT_INTERVAL_MS):
        super().__init__(parent)
        self.setObjectName("GpsuAlertWatcher")
        self._open_connection = open_connection
        self.connection = connection
        self.listener = None
        self.notifier = None
        self.overdue_timer = QTimer(self)
        self.overdue_timer.setInterval(overdue_interval_ms)
        self.overdue_timer.timeout.connect(self.check_overdue)
        self.reconnect_timer = QTimer(self)
        self.reconnect_timer.setSingleShot(True)
        self.reconnect_timer.setInterval(reconnect_interval_ms)
        self.reconnect_timer.timeout.connect(self.start_listening)

    def is_listening(self):
        return self.listener is not None

    def start(self):
        """Listen and start the overdue timer; False when the listening connection failed
        (`failed` was emitted and a reconnection is scheduled)."""
        self.overdue_timer.start()
        return self.start_listening()

    def start_listening(self):
        if self.listener is not None:
            return True
        conn = None
        try:
            conn = self._open_connection()
            self.listener = alerts.AlertListener(conn)
        except Exception as error:
            if conn is not None and not conn.closed:
                conn.close()
            self.failed.emit(error)
            self.reconnect_timer.start()
            return False
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Read, self)
        self.notifier.activated.connect(self._socket_ready)
        self.notifier.setEnabled(True)
        self._socket_ready()  # anything psycopg2 already read while LISTEN was being set up
        return True

    def _socket_ready(self, *_args):
        if self.listener is None:
            return
        try:
            payloads = self.listener.poll()
        except Exception as error:  # the connection dropped: try again later
            self._stop_listening()
            self.failed.emit(error)
            self.reconnect_timer.start()
            return
        for payload in payloads:
            if isinstance(payload, dict):
                self.alertReceived.emit(payload)

    def check_overdue(self):
        """Ask the database to raise the alerts of cases that became overdue; how many it raised."""
        try:
            raised = alerts.raise_overdue_alerts(connection_of(self.connection))
        except Exception as error:
            self.failed.emit(error)
            return None
        if raised:
            self.overdueRaised.emit(raised)
        return raised

    def _stop_listening(self):
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.activated.disconnect(self._socket_ready)
            self.notifier.setParent(None)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            try:
                self.listener.close()
            except Exception:  # noqa: BLE001 (closing a dead connection)
                pass
            self.listener = None

    def stop(self):
        """Stop the timers, close the listening connection; nothing is left running."""
        self.overdue_timer.stop()
        self.reconnect_timer.stop()
        self._stop_listening()


class AlertsInboxDock(QgsDockWidget):
    """The alerts of my services; activating one opens its case (`openCase`) and marks it read."""

    openCase = pyqtSignal(int)
    unreadChanged = pyqtSignal(int)

    def __init__(self, iface, connection, watcher=None, parent=None, language=None):
        super().__init__(tr("GPS-U – alerts"), parent)
        self.setObjectName("GpsuAlertsDock")
        self.iface = iface
        self.connection = connection
        self.language = language or user_language()
        self.watcher = None
        self.unread = 0
        self.last_error = None
        self._bar_items = []
        self._build()
        if watcher is not None:
            self.set_watcher(watcher)
        self.refresh()

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #475467;")
        self.mark_all_button = QPushButton(tr("Mark all as read"))
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refresh_button.setToolTip(tr("Refresh the alerts"))
        top.addWidget(self.summary, 1)
        top.addWidget(self.mark_all_button)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.message_bar = QgsMessageBar()
        layout.addWidget(self.message_bar)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setHeaderLabels([tr("When"), tr("Case"), tr("Alert"), tr("Service")])
        self.list.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.setToolTip(tr("Double-click an alert to open its case."))
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self._bold = QFont(self.list.font())
        self._bold.setBold(True)

        self.mark_all_button.clicked.connect(self.mark_all_read)
        self.refresh_button.clicked.connect(self.refresh)
        self.list.itemActivated.connect(self._item_activated)

    def _conn(self):
        return connection_of(self.connection)

    def set_watcher(self, watcher):
        if self.watcher is not None:
            self._disconnect_watcher()
        self.watcher = watcher
        watcher.alertReceived.connect(self.alert_received)
        watcher.overdueRaised.connect(self._overdue_raised)

    def _disconnect_watcher(self):
        for signal, slot in ((self.watcher.alertReceived, self.alert_received),
                             (self.watcher.overdueRaised, self._overdue_raised)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        self.watcher = None

    # -- the inbox --------------------------------------------------------------------------------

    def refresh(self):
        """Read the inbox and the unread count again."""
        try:
            conn = self._conn()
            rows = alerts.inbox(conn, language=self.language)
            unread = alerts.unread_count(conn)
        except Exception as error:
            self._show_error(error)
            return False
        words = alert_words()
        self.list.clear()
        for alert in rows:
            item = QTreeWidgetItem([format_datetime(alert.created_at), alert.number,
                                    words.get(alert.kind, alert.kind), alert.service])
            item.setData(0, ALERT_ID_ROLE, alert.id)
            item.setData(0, INCIDENT_ID_ROLE, alert.incident_id)
            if not alert.read:
                for column in range(4):
                    item.setFont(column, self._bold)
            self.list.addTopLevelItem(item)
        self._set_unread(unread)
        self.summary.setText(tr("No alert for your services.") if not rows else
                             tr("{} unread").format(unread) if unread else tr("Everything is read."))
        self.mark_all_button.setEnabled(unread > 0)
        return True

    def _set_unread(self, unread):
        self.unread = unread
        self.setWindowTitle(tr("GPS-U – alerts ({})").format(unread) if unread else tr("GPS-U – alerts"))
        self.unreadChanged.emit(unread)

    def alert_ids(self, unread_only=False):
        found = []
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if not unread_only or item.font(0).bold():
                found.append(item.data(0, ALERT_ID_ROLE))
        return found

    def mark_all_read(self):
        ids = self.alert_ids(unread_only=True)
        if ids:
            try:
                alerts.mark_read(self._conn(), ids)
            except Exception as error:
                self._show_error(error)
                return False
        return self.refresh()

    def _item_activated(self, item, _column=0):
        self.open_alert(item.data(0, ALERT_ID_ROLE), item.data(0, INCIDENT_ID_ROLE))

    def open_alert(self, alert_id, incident_id):
        """Mark the alert read and ask for its case to be shown."""
        try:
            alerts.mark_read(self._conn(), [alert_id])
        except Exception as error:
            self._show_error(error)
        self.openCase.emit(int(incident_id))
        self.refresh()

    # -- live alerts ------------------------------------------------------------------------------

    def alert_received(self, payload):
        """From the watcher: refresh and tell the user when the alert is for one of my services."""
        try:
            mine = alerts.my_service_ids(self._conn())
        except Exception as error:
            self._show_error(error)
            return False
        if payload.get("service") not in mine:
            return False
        self.refresh()
        alert_id, incident_id = payload.get("alert"), payload.get("incident")
        number = next((self.list.topLevelItem(i).text(1) for i in range(self.list.topLevelItemCount())
                       if self.list.topLevelItem(i).data(0, ALERT_ID_ROLE) == alert_id), "")
        what = alert_words().get(payload.get("kind"), payload.get("kind") or "")
        text = tr("Case {number}: {what}").format(number=number, what=what) if number else what
        self._push_alert_message(text, alert_id, incident_id)
        return True

    def _overdue_raised(self, _count):
        self.refresh()

    def _push_alert_message(self, text, alert_id, incident_id):
        bar = self.iface.messageBar()
        item = QgsMessageBar.createMessage(tr("GPS-U alert"), text)
        button = QPushButton(tr("Open"), item)
        button.setObjectName("gpsu_open_alert")
        button.clicked.connect(partial(self._open_from_bar, alert_id, incident_id, item))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Info, MESSAGE_SECONDS)
        self._bar_items = [kept for kept in self._bar_items if not sip.isdeleted(kept)] + [item]
        return item

    def _open_from_bar(self, alert_id, incident_id, item, *_args):
        self.open_alert(alert_id, incident_id)
        if not sip.isdeleted(item):
            self.iface.messageBar().popWidget(item)

    # -- errors and unloading ---------------------------------------------------------------------

    def _show_error(self, error):
        self.last_error = readable_error(error) or error
        push_error(self.message_bar, error)

    def cleanup(self):
        """Disconnect from the watcher and remove this dock's message-bar entries (plugin unload)."""
        if self.watcher is not None:
            self._disconnect_watcher()
        bar = self.iface.messageBar()
        for item in self._bar_items:
            if not sip.isdeleted(item):
                bar.popWidget(item)
        self._bar_items = []
