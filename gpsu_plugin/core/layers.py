"""QGIS layers on the GPS-U tables, for the map: incidents by category, open cases by priority,
incidents by status, a heatmap of the facts and the municipality's territory.

Layers use QGIS's postgres provider with the connection of a ConnectionProfile: a service name or
host/port/database/user, and the profile's QGIS authentication configuration when it has one. A
password never goes in a layer source (nor, therefore, in a project file): QGIS finds it in
pg_service/.pgpass, the authentication database, or asks for it.

The layers repaint by themselves when the database says an incident changed: migration 0002 sends
NOTIFY on the channel "qgis" (the one QGIS listens on) with the payload "gpsu.incidents".
"""

from qgis.core import (QgsCategorizedSymbolRenderer, QgsDataSourceUri, QgsFillSymbol, QgsGradientColorRamp,
                       QgsGradientStop, QgsHeatmapRenderer, QgsMarkerSymbol, QgsPalLayerSettings, QgsProject,
                       QgsRendererCategory, QgsTextBufferSettings, QgsTextFormat, QgsUnitTypes, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling, QgsWkbTypes)
from qgis.PyQt.QtGui import QColor

from . import cases, incidents
from .i18n import tr

GROUP_NAME = "GPS-U"
NOTIFY_MESSAGE = "gpsu.incidents"
KIND_PROPERTY = "gpsu/layer"
BY_CATEGORY, OPEN_CASES, BY_STATUS, TERRITORY = "incidents_by_category", "open_cases", "incidents_by_status", \
    "territory"
HEATMAP = "heatmap"
OPEN_SUBSET = "\"status\" IN ('new', 'dispatched', 'in_progress')"
HIDDEN_AT_FIRST = (BY_CATEGORY, BY_STATUS, HEATMAP)    # all points at once would hide each other
HEATMAP_RADIUS = 150.0                                 # metres (map units of the schema's projected CRS)
HEATMAP_COLD, HEATMAP_HOT = QColor(255, 255, 0, 0), QColor(215, 25, 28, 255)

PRIORITY_STYLE = {1: ("#b42318", 4.2), 2: ("#f79009", 3.6), 3: ("#1570ef", 3.0), 4: ("#98a2b3", 2.6)}
STATUS_COLOURS = {"new": "#1570ef", "dispatched": "#6941c6", "in_progress": "#dc6803", "resolved": "#039855",
                  "closed": "#475467", "rejected": "#b42318", "duplicate": "#98a2b3"}
OTHER_COLOUR = "#808080"


def data_source_uri(profile, table, geometry_column, key_column, srid, wkb_type, subset=""):
    """The QgsDataSourceUri of gpsu.`table` for `profile`: no password, the auth config when set."""
    uri = QgsDataSourceUri()
    sslmode = QgsDataSourceUri.decodeSslMode(profile.sslmode or "prefer")
    if profile.service:
        uri.setConnection(profile.service, profile.dbname or "", profile.user or "", "", sslmode)
    else:
        uri.setConnection(profile.host or "", str(profile.port or 5432), profile.dbname, profile.user or "", "",
                          sslmode)
    if profile.authcfg:
        uri.setAuthConfigId(profile.authcfg)
    uri.setDataSource("gpsu", table, geometry_column, subset, key_column)
    uri.setSrid(str(int(srid)))
    uri.setWkbType(wkb_type)
    return uri


def _layer(profile, table, name, kind, srid, wkb_type, subset=""):
    uri = data_source_uri(profile, table, "geom", "id", srid, wkb_type, subset)
    layer = QgsVectorLayer(uri.uri(False), name, "postgres")  # False: keep "authcfg=…", never expand it
    layer.setCustomProperty(KIND_PROPERTY, kind)
    layer.setRefreshOnNotifyEnabled(True)
    if hasattr(layer, "setRefreshOnNofifyMessage"):  # so spelled in QGIS 3.22
        layer.setRefreshOnNofifyMessage(NOTIFY_MESSAGE)
    else:
        layer.setRefreshOnNotifyMessage(NOTIFY_MESSAGE)
    return layer


def _point(colour, size=3.0):
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": str(size),
                                         "outline_color": "#ffffff", "outline_width": "0.3"})


def _categorized(field, categories, other_label):
    items = [QgsRendererCategory(value, symbol, label, True) for value, symbol, label in categories]
    items.append(QgsRendererCategory("", _point(OTHER_COLOUR, 2.4), other_label, True))  # any other value
    return QgsCategorizedSymbolRenderer(field, items)


def _default_priority_labels():
    return {1: tr("Urgent"), 2: tr("High"), 3: tr("Normal"), 4: tr("Low")}


def heatmap_renderer(radius=HEATMAP_RADIUS):
    """A heatmap renderer: `radius` in map units, transparent yellow to red, maximum automatic."""
    renderer = QgsHeatmapRenderer()
    renderer.setRadius(float(radius))
    renderer.setRadiusUnit(QgsUnitTypes.RenderMapUnits)
    ramp = QgsGradientColorRamp(QColor(HEATMAP_COLD), QColor(HEATMAP_HOT))
    ramp.setStops([QgsGradientStop(0.25, QColor(255, 255, 0, 140)), QgsGradientStop(0.6, QColor(253, 141, 60, 210))])
    renderer.setColorRamp(ramp)
    renderer.setMaximumValue(0)  # 0: the maximum of what is drawn, recomputed for each view
    renderer.setRenderQuality(3)
    return renderer


def may_see_cases(conn):
    """Whether the signed-in role works with cases at all (school editors and responders do not)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('gpsu.incidents_map') IS NULL OR EXISTS ("
                    " SELECT 1 FROM unnest(ARRAY['gpsu_admin', 'gpsu_field_officer', 'gpsu_handler', 'gpsu_analyst',"
                    "                            'gpsu_police']) r WHERE pg_has_role(r, 'MEMBER'))")
        may = cur.fetchone()[0]
    conn.rollback()
    return may


def incidents_table(conn=None):
    """What the map layers read: gpsu.incidents for an administrator (every case, every column), else
    gpsu.incidents_map, the cases without personal details (every open case of every service, and
    every case for analysts and the police liaison). QGIS reads every column of a layer's table,
    so a role without the right to read them all must not get a layer on the table itself."""
    if conn is None:
        return "incidents"
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('gpsu.incidents_map') IS NULL OR pg_has_role('gpsu_admin', 'MEMBER')")
        full = cur.fetchone()[0]
    conn.rollback()
    return "incidents" if full else "incidents_map"


def heatmap_layer(profile, srid, table="incidents"):
    """A "Heatmap of facts" postgres layer on the incidents (duplicates left out), drawn on the fly."""
    layer = _layer(profile, table, tr("Heatmap of facts"), HEATMAP, srid, QgsWkbTypes.Point,
                   "\"status\" <> 'duplicate'")
    layer.setRenderer(heatmap_renderer())
    return layer


def incident_layers(profile, srid, conn=None, language="fr"):
    """[incidents by category, open cases, incidents by status, heatmap, territory] as postgres layers.

    `conn` (psycopg2) reads the categories' colours and the labels in `language`; without it the
    layers are built with default labels and the category layer has a single symbol.
    """
    point = QgsWkbTypes.Point
    table = incidents_table(conn)
    by_category = _layer(profile, table, tr("Incidents by category"), BY_CATEGORY, srid, point)
    open_cases = _layer(profile, table, tr("Open cases"), OPEN_CASES, srid, point, OPEN_SUBSET)
    by_status = _layer(profile, table, tr("Incidents by status"), BY_STATUS, srid, point)

    category_rows, priority_labels, status_labels = [], _default_priority_labels(), {}
    if conn is not None:
        category_rows = incidents.categories(conn, language)
        priority_labels = dict(incidents.priorities(conn, language))
        status_labels = {code: label for code, label, _open in cases.statuses(conn, language)}

    if category_rows:
        by_category.setRenderer(_categorized("category_id", [
            (c.id, _point(c.colour, 3.4 if c.parent_id is None else 3.0), c.label) for c in category_rows],
            tr("Other category")))
    else:
        by_category.renderer().setSymbol(_point("#1b7837"))

    open_cases.setRenderer(_categorized("priority", [
        (level, _point(colour, size), priority_labels.get(level, str(level)))
        for level, (colour, size) in PRIORITY_STYLE.items()], tr("Other priority")))

    statuses = status_labels or {code: code for code in STATUS_COLOURS}
    by_status.setRenderer(_categorized("status", [
        (code, _point(STATUS_COLOURS.get(code, OTHER_COLOUR)), label) for code, label in statuses.items()],
        tr("Other status")))

    return [by_category, open_cases, by_status, heatmap_layer(profile, srid, table), territory_layer(profile, srid)]


def territory_layer(profile, srid):
    """The municipality's sections, outlined and labelled."""
    territory = _layer(profile, "districts", tr("Territory"), TERRITORY, srid, QgsWkbTypes.MultiPolygon)
    territory.renderer().setSymbol(QgsFillSymbol.createSimple({
        "style": "no", "outline_color": "#344054", "outline_width": "0.6", "outline_style": "dash"}))
    territory.setLabeling(QgsVectorLayerSimpleLabeling(_district_labels()))
    territory.setLabelsEnabled(True)
    return territory


def _district_labels():
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    text = QgsTextFormat()
    text.setSize(9)
    text.setColor(QColor("#344054"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return settings


def add_layers_to_project(layers, project=None):
    """Put `layers` in the project's "GPS-U" group (made at the top if missing); returns the group.
    A layer of a kind the group already holds is not added twice."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)
    present = {node.layer().customProperty(KIND_PROPERTY) for node in group.findLayers() if node.layer()}
    for layer in layers:
        kind = layer.customProperty(KIND_PROPERTY)
        if kind is not None and kind in present:
            continue
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        node.setItemVisibilityChecked(kind not in HIDDEN_AT_FIRST)
    return group
