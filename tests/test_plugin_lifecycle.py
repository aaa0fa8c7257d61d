"""Loading and unloading the plugin leaves nothing behind (QGIS test interface; the real QGIS
application is exercised by test_qgis_smoke.py)."""

import logging

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar

import gpsu_plugin
from gpsu_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def leftovers(iface):
    window = iface.mainWindow()
    flush_deletes()
    return {
        "menus": [m for m in window.menuBar().findChildren(QMenu) + window.findChildren(QMenu)
                  if m.objectName() == MENU_OBJECT_NAME],
        "menu_bar_actions": [a.text() for a in window.menuBar().actions() if a.text() == "GPS-U"],
        "toolbars": [t for t in window.findChildren(QToolBar) if t.objectName() == TOOLBAR_OBJECT_NAME],
        "actions": [a for a in window.findChildren(QAction) if a.objectName().startswith("gpsu_")],
        "docks": [d.objectName() for d in window.findChildren(QDockWidget) if d.objectName().startswith("Gpsu")],
        "provider": QgsApplication.processingRegistry().providerById("gpsu") is not None,
        "log_handlers": len(logging.getLogger("gpsu_plugin").handlers),
    }


def test_load_unload_ten_times_leaves_nothing(qgis_iface, clean_settings):
    empty = leftovers(qgis_iface)
    assert empty == {"menus": [], "menu_bar_actions": [], "toolbars": [], "actions": [], "docks": [],
                     "provider": False, "log_handlers": 0}
    for _ in range(10):
        plugin = gpsu_plugin.classFactory(qgis_iface)
        plugin.initGui()
        loaded = leftovers(qgis_iface)
        assert len(loaded["menus"]) == 1 and loaded["menu_bar_actions"] == ["GPS-U"]
        assert len(loaded["toolbars"]) == 1 and loaded["provider"]
        assert {a.objectName() for a in loaded["actions"]} >= {
            "gpsu_connection", "gpsu_upgrade", "gpsu_incident", "gpsu_cases", "gpsu_alerts", "gpsu_schools",
            "gpsu_layers", "gpsu_project", "gpsu_report_new_facts", "gpsu_record_action", "gpsu_evaluate_action",
            "gpsu_access", "gpsu_audit", "gpsu_change_password", "gpsu_statistics",
            "gpsu_report_dls", "gpsu_report_atlas"}
        assert loaded["log_handlers"] == 1
        plugin.toggle_incident_dock(True)  # no connection configured: the docks say so
        plugin.toggle_cases_dock(True)
        assert sorted(leftovers(qgis_iface)["docks"]) == ["GpsuCasesDock", "GpsuIncidentDock"]
        plugin.unload()
        assert leftovers(qgis_iface) == empty


def test_processing_provider_offers_the_upgrade(qgis_iface, qgis_processing):
    plugin = gpsu_plugin.classFactory(qgis_iface)
    plugin.initProcessing()
    try:
        algorithm = QgsApplication.processingRegistry().algorithmById("gpsu:upgrade_database")
        assert algorithm is not None
        assert {p.name() for p in algorithm.parameterDefinitions()} >= {"CONNECTION", "CRS", "REFERENCE_DATA"}
    finally:
        plugin.unload()
        plugin._remove_provider()
    assert QgsApplication.processingRegistry().providerById("gpsu") is None
