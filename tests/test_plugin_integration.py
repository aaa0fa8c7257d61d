"""The plugin as a user drives it: a configured connection, the alerts inbox listening, a fact
saved elsewhere arriving as an alert, its case opened from the alert, the layers added, and
nothing left on the server or in the window after unload."""

from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QDesktopServices

import gpsu_plugin
from gpsu_plugin.core import incidents, layers
from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile


def listening_backends(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_stat_activity "
                    "WHERE query ILIKE 'LISTEN %%gpsu_alerts%%' AND pid <> pg_backend_pid()")
        count = cur.fetchone()[0]
    conn.rollback()
    return count


def scalar_count(conn, query):
    with conn.cursor() as cur:
        cur.execute(query)
        count = cur.fetchone()[0]
    conn.rollback()
    return count


@pytest.fixture
def plugin(qgis_iface, clean_settings, postgis_server, gpsu_db):
    ConnectionProfile(name="demo", host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                      dbname=gpsu_db, user="postgres", storage=STORAGE_ASK).save()  # trust over the socket
    loaded = gpsu_plugin.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()


def test_alert_to_case_to_layers_and_clean_unload(qtbot, plugin, postgis_server, gpsu_db, qgis_new_project,
                                                  monkeypatch):
    admin = postgis_server.connect(gpsu_db)
    with admin, admin.cursor() as cur:
        cur.execute("INSERT INTO gpsu.service_members (service_id, member) "
                    "SELECT id, 'postgres' FROM gpsu.services WHERE code = 'local_police' ON CONFLICT DO NOTHING")
        cur.execute("SELECT id FROM gpsu.categories WHERE code = 'theft_of_vehicle'")
        category = cur.fetchone()[0]
    plugin.toggle_alerts_dock(True)
    inbox = plugin.docks["alerts"]
    qtbot.waitUntil(lambda: listening_backends(admin) == 1, timeout=5000)

    saved = incidents.save(admin, incidents.IncidentDraft(
        category_id=category, x=100000.0, y=150000.0, observed_at=datetime.now(timezone.utc) - timedelta(hours=1),
        description="stolen van", template={"vehicle": "white van"}))
    qtbot.waitUntil(lambda: inbox.unread >= 1, timeout=5000)  # within seconds, through LISTEN/NOTIFY

    plugin.open_case(saved.id)
    cases_dock = plugin.docks["cases"]
    qtbot.waitUntil(lambda: cases_dock.selected_case_id() == saved.id, timeout=5000)

    plugin.add_layers()
    kinds = sorted(layer.customProperty(layers.KIND_PROPERTY) for layer in QgsProject.instance().mapLayers().values())
    assert kinds == sorted([layers.BY_CATEGORY, layers.BY_STATUS, layers.OPEN_CASES, layers.HEATMAP,
                           layers.TERRITORY])
    assert all(layer.isValid() for layer in QgsProject.instance().mapLayers().values())

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    plugin.report_new_facts()  # in a QgsTask; the PDF opens when it is written
    qtbot.waitUntil(lambda: plugin._report_task is None, timeout=60000)
    assert len(opened) == 1 and opened[0].endswith(".pdf")
    with open(opened[0], "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert scalar_count(admin, "SELECT count(*) FROM gpsu.reports_issued") == 1

    from gpsu_plugin.gui import dls_dialog
    monkeypatch.setattr(dls_dialog.DlsPeriodDialog, "exec_", lambda self: True)  # the default period, accepted
    plugin.report_dls()
    qtbot.waitUntil(lambda: plugin._report_task is None, timeout=60000)
    assert len(opened) == 2 and "gpsu-dls-" in opened[1]
    with open(opened[1], "rb") as handle:
        assert handle.read(5) == b"%PDF-"

    plugin.unload()
    qtbot.waitUntil(lambda: listening_backends(admin) == 0, timeout=5000)
    assert plugin.docks == {}
    admin.close()
    plugin.initGui()  # the fixture unloads again
