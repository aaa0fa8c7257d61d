"""Run inside QGIS (`qgis --code scripts/demo_startup.py`) by `make demo` and scripts/tour_screenshot.py:
makes and opens the GPS-U project (.gpsu/demo-project.qgz), zooms to the municipality and opens the
Cases and Log-a-fact docks.

With GPSU_TOUR_PNG set, it also selects the first case of the list, saves a screenshot of the
main window there, then quits QGIS.
"""

import os

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins

from gpsu_plugin.core import layers


def prepare():
    iface.mainWindow().showMaximized()
    plugin = plugins.get("gpsu_plugin")
    if plugin is None:
        print("demo_startup: the GPS-U plugin is not loaded")
        return
    open_demo_project(plugin)
    zoom_to_territory()
    plugin.toggle_incident_dock(True)
    plugin.toggle_cases_dock(True)
    if os.environ.get("GPSU_TOUR_PNG"):
        QTimer.singleShot(6000, finish)
    elif os.environ.get("GPSU_SHOTS_DIR"):
        QTimer.singleShot(4000, panels)


def open_demo_project(plugin):
    """The GPS-U project (every layer styled, forms, map themes) made for the demo and opened; the
    layers alone if it cannot be made."""
    from gpsu_plugin.core import migrations, project
    from gpsu_plugin.core.i18n import user_language

    # `qgis --code` gives the script no __file__: the repository is where the linked plugin lives
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(layers.__file__))))
    path = os.path.join(root, ".gpsu", "demo-project.qgz")
    try:
        conn = plugin.connection.get()
        project.save_project(plugin.connection.session.profile, conn, migrations.installed_srid(conn), path,
                             user_language())
        QgsProject.instance().read(path)
    except Exception as error:  # the demo still opens, with the layers added one by one
        print("demo_startup: the demo project could not be made ({}); adding the layers".format(error))
        plugin.add_layers()


def zoom_to_territory():
    territory = [layer for layer in QgsProject.instance().mapLayers().values()
                 if layer.customProperty(layers.KIND_PROPERTY) == layers.TERRITORY]
    if territory:
        canvas = iface.mapCanvas()
        canvas.setDestinationCrs(territory[0].crs())
        extent = territory[0].extent()
        extent.scale(1.05)
        canvas.setExtent(extent)
        canvas.refresh()


def finish():
    plugin = plugins.get("gpsu_plugin")
    cases_dock = plugin.docks.get("cases") if plugin else None
    if cases_dock is not None and cases_dock.model.rowCount():
        cases_dock.select_case(cases_dock.model.row_at(0).id)
    QTimer.singleShot(1500, zoom_to_territory)  # the whole municipality rather than the one case
    QTimer.singleShot(5000, grab)


def panels():
    """GPSU_SHOTS_DIR: a screenshot of each GPS-U panel on the demo, one after the other, then quit."""
    plugin = plugins.get("gpsu_plugin")
    out = os.environ["GPSU_SHOTS_DIR"]
    window = iface.mainWindow()

    def save(widget, name):
        widget.grab().save(os.path.join(out, name))

    def statistics():
        plugin.toggle_incident_dock(False)
        plugin.toggle_cases_dock(False)
        plugin.toggle_statistics_dock(True)
        QTimer.singleShot(9000, lambda: (save(window, "statistics-dock.png"), schools()))

    def schools():
        plugin.toggle_statistics_dock(False)
        conn = plugin.connection.get()
        with conn.cursor() as cur:
            cur.execute("SELECT s.id FROM gpsu.schools s ORDER BY (SELECT count(*) FROM gpsu.school_documents d "
                        "WHERE d.school_id = s.id) DESC, s.id LIMIT 1")
            row = cur.fetchone()
        conn.rollback()
        if row:
            plugin.open_school(row[0])
        else:
            plugin.toggle_schools_dock(True)
        QTimer.singleShot(5000, lambda: (save(window, "schools-dock.png"), audit()))

    def audit():
        plugin.toggle_schools_dock(False)
        plugin.toggle_audit_dock(True)
        QTimer.singleShot(4000, lambda: (save(window, "audit-dock.png"), access()))

    def access():
        from gpsu_plugin.gui.access_dialog import AccessDialog

        dialog = AccessDialog(plugin.connection, window)
        dialog.resize(1300, 560)
        dialog.show()
        QTimer.singleShot(3000, lambda: (save(dialog, "access-dialog.png"), dialog.close(), done()))

    def done():
        QgsProject.instance().setDirty(False)
        QgsApplication.exit(0)

    statistics()


def grab():
    iface.mainWindow().grab().save(os.environ["GPSU_TOUR_PNG"])
    QgsProject.instance().setDirty(False)
    QgsApplication.exit(0)


QTimer.singleShot(2000, prepare)
