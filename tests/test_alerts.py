"""Alerts within seconds: NOTIFY from one connection reaches a LISTEN on another, the watcher turns
it into a Qt signal, the inbox dock shows it, and stopping leaves nothing behind."""

from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import Qgis
from qgis.gui import QgsMessageBarItem
from qgis.PyQt.QtCore import QCoreApplication, QSocketNotifier
from qgis.PyQt.QtWidgets import QPushButton

from gpsu_plugin.core import alerts, incidents
from gpsu_plugin.gui.alerts_inbox import AlertsInboxDock, AlertWatcher


@pytest.fixture
def db(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    conn.autocommit = True
    yield conn
    conn.close()


@pytest.fixture
def member_of(db):
    """Make the test's role ('postgres') a member of services, for inbox() and unread_count()."""
    def join(code):
        with db.cursor() as cur:
            cur.execute("INSERT INTO gpsu.service_members (service_id, member) "
                        "SELECT id, 'postgres' FROM gpsu.services WHERE code = %s ON CONFLICT DO NOTHING "
                        "RETURNING service_id", (code,))
            row = cur.fetchone()
        return row[0] if row else service_id(db, code)
    yield join
    with db.cursor() as cur:
        cur.execute("DELETE FROM gpsu.service_members WHERE member = 'postgres'")
        cur.execute("DELETE FROM gpsu.alert_reads")


@pytest.fixture
def watcher(postgis_server, gpsu_db, shared):
    created = []

    def make(**kwargs):
        w = AlertWatcher(lambda: postgis_server.connect(gpsu_db), shared, **kwargs)
        created.append(w)
        return w
    yield make
    for w in created:
        w.stop()


def service_id(db, code):
    with db.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.services WHERE code = %s", (code,))
        return cur.fetchone()[0]


def category_id(db, code):
    with db.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = %s", (code,))
        return cur.fetchone()[0]


def save(conn, code="graffiti", description="alert test", **template):
    """An incident saved through the core, as the officer's form does (dispatched by the database)."""
    draft = incidents.IncidentDraft(category_id=category_id(conn, code), x=100000, y=150000,
                                    observed_at=datetime.now(timezone.utc) - timedelta(minutes=10),
                                    description=description, template=template)
    return incidents.save(conn, draft)


def listening_backends(db):
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND query ILIKE 'LISTEN%%' AND pid <> pg_backend_pid()")
        return cur.fetchone()[0]


# -- the database side ----------------------------------------------------------------------------

def test_listen_on_b_receives_the_save_on_a(postgis_server, gpsu_db):
    a, b = postgis_server.connect(gpsu_db), postgis_server.connect(gpsu_db)
    listener = alerts.AlertListener(b)
    try:
        saved = save(a)
        payloads = listener.wait(5)
        assert {"incident": saved.id, "kind": "dispatched"}.items() <= payloads[0].items()
        assert payloads[0]["service"] == service_id(a, "works")
    finally:
        listener.close()
        a.close()


# -- the watcher ----------------------------------------------------------------------------------

def test_watcher_emits_alert_received_within_seconds(qtbot, watcher, postgis_server, gpsu_db):
    w = watcher()
    assert w.start()
    other = postgis_server.connect(gpsu_db)
    try:
        with qtbot.waitSignal(w.alertReceived, timeout=5000) as blocker:
            saved = save(other)
        assert blocker.args[0]["incident"] == saved.id
        assert blocker.args[0]["kind"] == "dispatched"
    finally:
        other.close()


def test_watcher_stop_leaves_nothing_behind(qtbot, watcher, db):
    w = watcher()
    assert w.start()
    qtbot.waitUntil(lambda: listening_backends(db) == 1, timeout=5000)
    listening_conn = w.listener.conn
    w.stop()
    QCoreApplication.processEvents()
    assert listening_conn.closed
    assert w.listener is None and w.notifier is None
    assert not w.overdue_timer.isActive() and not w.reconnect_timer.isActive()
    qtbot.waitUntil(lambda: not w.findChildren(QSocketNotifier), timeout=2000)
    qtbot.waitUntil(lambda: listening_backends(db) == 0, timeout=5000)
    w.stop()  # twice is harmless


def test_watcher_reconnects_after_the_connection_dropped(qtbot, watcher, db, postgis_server, gpsu_db):
    w = watcher(reconnect_interval_ms=100)
    assert w.start()
    with db.cursor() as cur:
        cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN%%' "
                    "AND datname = current_database() AND pid <> pg_backend_pid()")
    with qtbot.waitSignal(w.failed, timeout=5000):
        pass
    qtbot.waitUntil(w.is_listening, timeout=5000)
    other = postgis_server.connect(gpsu_db)
    try:
        with qtbot.waitSignal(w.alertReceived, timeout=5000):
            save(other)
    finally:
        other.close()


def test_watcher_failing_to_connect_says_so(qtbot, shared):
    def refuse():
        raise OSError("no server")
    w = AlertWatcher(refuse, shared, reconnect_interval_ms=60000)
    with qtbot.waitSignal(w.failed, timeout=1000):
        assert w.start() is False
    assert w.reconnect_timer.isActive()
    w.stop()
    assert not w.reconnect_timer.isActive()


def test_overdue_timer_raises_alerts(qtbot, watcher, db, member_of):
    member_of("works")
    saved = save(db, description="overdue alert test")
    with db.cursor() as cur:
        cur.execute("UPDATE gpsu.incidents SET due_at = now() - interval '1 hour', version = version "
                    "WHERE id = %s", (saved.id,))
    w = watcher(overdue_interval_ms=50)
    with qtbot.waitSignal(w.overdueRaised, timeout=5000) as blocker:
        w.start()
    assert blocker.args[0] >= 1
    w.check_overdue()                                                  # once per due date
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM gpsu.alerts WHERE incident_id = %s AND kind = 'overdue'", (saved.id,))
        assert cur.fetchone()[0] == 1


# -- the inbox dock -------------------------------------------------------------------------------

@pytest.fixture
def inbox(qtbot, qgis_iface, shared, clean_settings):
    docks = []

    def make(w=None):
        dock = AlertsInboxDock(qgis_iface, shared, watcher=w, language="en")
        qtbot.addWidget(dock)
        docks.append(dock)
        return dock
    yield make
    for dock in docks:
        dock.cleanup()


def test_inbox_lists_unread_in_bold_and_counts_them(inbox, db, member_of):
    member_of("works")
    member_of("environment")
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.alert_reads (alert_id) SELECT id FROM gpsu.alerts ON CONFLICT DO NOTHING")
    first, second = save(db, description="inbox one"), save(db, description="inbox two")
    dock = inbox()
    assert dock.objectName() == "GpsuAlertsDock"
    assert dock.windowTitle() == "GPS-U – alerts (2)"
    top = [dock.list.topLevelItem(i) for i in range(2)]
    assert [item.text(1) for item in top] == [second.number, first.number]      # newest first
    assert all(item.font(0).bold() for item in top)
    assert top[0].text(2) == "New case for your service"

    dock.mark_all_read()
    assert dock.windowTitle() == "GPS-U – alerts"
    assert not dock.list.topLevelItem(0).font(0).bold()
    assert alerts.unread_count(db) == 0


def test_activating_an_alert_opens_its_case_and_marks_it_read(qtbot, inbox, db, member_of):
    member_of("works")
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.alert_reads (alert_id) SELECT id FROM gpsu.alerts ON CONFLICT DO NOTHING")
    saved = save(db, description="activate")
    dock = inbox()
    assert dock.unread == 1
    item = dock.list.topLevelItem(0)
    with qtbot.waitSignal(dock.openCase, timeout=1000) as blocker:
        dock.list.itemActivated.emit(item, 0)
    assert blocker.args == [saved.id]
    assert dock.unread == 0 and dock.windowTitle() == "GPS-U – alerts"


def test_live_alert_refreshes_the_inbox_and_offers_to_open(qtbot, inbox, watcher, db, member_of, qgis_iface,
                                                           postgis_server, gpsu_db):
    member_of("works")
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.alert_reads (alert_id) SELECT id FROM gpsu.alerts ON CONFLICT DO NOTHING")
    w = watcher()
    dock = inbox(w)
    assert w.start()
    assert dock.unread == 0
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    other = postgis_server.connect(gpsu_db)
    try:
        with qtbot.waitSignal(w.alertReceived, timeout=5000):
            saved = save(other, description="live")
    finally:
        other.close()
    assert dock.unread == 1 and dock.windowTitle() == "GPS-U – alerts (1)"
    items = [i for i in bar.items() if isinstance(i, QgsMessageBarItem)]
    assert len(items) == 1
    assert saved.number in items[0].text() and items[0].level() == Qgis.Info
    button = items[0].findChild(QPushButton, "gpsu_open_alert")
    assert button is not None and button.text() == "Open"
    with qtbot.waitSignal(dock.openCase, timeout=1000) as blocker:
        button.click()
    assert blocker.args == [saved.id]
    assert dock.unread == 0
    assert not [i for i in bar.items() if isinstance(i, QgsMessageBarItem)]


def test_alert_for_another_service_is_ignored(inbox, db, member_of, qgis_iface):
    member_of("works")
    dock = inbox()
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    police = service_id(db, "local_police")
    assert dock.alert_received({"alert": 1, "service": police, "incident": 1, "kind": "dispatched"}) is False
    assert not bar.items()


def test_cleanup_disconnects_and_removes_messages(inbox, watcher, db, member_of, qgis_iface):
    works = member_of("works")
    w = watcher()
    dock = inbox(w)
    saved = save(db, description="cleanup")
    bar = qgis_iface.messageBar()
    bar.clearWidgets()
    with db.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.alerts WHERE incident_id = %s", (saved.id,))
        alert_id = cur.fetchone()[0]
    w.alertReceived.emit({"alert": alert_id, "service": works, "incident": saved.id, "kind": "dispatched"})
    assert len(bar.items()) == 1
    dock.cleanup()
    assert not bar.items()
    assert dock.watcher is None
    before = dock.unread
    w.alertReceived.emit({"alert": alert_id, "service": works, "incident": saved.id, "kind": "dispatched"})
    assert not bar.items() and dock.unread == before
