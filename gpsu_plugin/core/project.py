"""The GPS-U QGIS project: every GPS-U layer styled, attribute forms configured like the database's
rules (value relations for categories, services, statuses and priorities; what the database fills
in or the role may not change is read-only; photos and documents as a related table), map themes
("Open cases", "Hot spots", "Schools"), and no password anywhere: layers carry the connection
profile's service or host and its QGIS authentication configuration only.

The same forms work in QField (see docs/qfield.md): value relations, read-only fields and the
attachments relation are plain QGIS project settings.
"""

from qgis.core import (QgsCoordinateReferenceSystem, QgsEditorWidgetSetup, QgsFillSymbol, QgsLayerTreeModel,
                       QgsMapThemeCollection, QgsProject, QgsRelation, QgsRelationContext, QgsVectorLayer,
                       QgsWkbTypes)

from . import layers, schools
from .i18n import tr
from .incidents import label_column

REFERENCE_GROUP = "GPS-U – tables"
SCHOOLS_GROUP = "GPS-U – schools"
THEME_OPEN, THEME_HOT_SPOTS, THEME_SCHOOLS = "open_cases", "hot_spots", "schools"
# filled in by the database (triggers) or never changed: read-only in every form
DATABASE_FIELDS = ("id", "number", "recorded_at", "reporter", "version", "updated_at", "due_at", "closed_at",
                   "district_id", "pseudonymised_at")

def _names():
    return {"categories": tr("Categories"), "services": tr("Services"), "statuses": tr("Statuses"),
            "priorities": tr("Priorities"), "incident_attachments": tr("Photos and documents"),
            "prevention_actions": tr("Prevention actions")}


def table_layer(profile, table, key, name, srid=None, wkb_type=None):
    """A postgres layer on gpsu.`table`; without geometry when `wkb_type` is None."""
    uri = layers.data_source_uri(profile, table, "geom" if wkb_type is not None else None, key,
                                 srid or 0, wkb_type if wkb_type is not None else QgsWkbTypes.NoGeometry)
    layer = QgsVectorLayer(uri.uri(False), name, "postgres")
    layer.setCustomProperty(layers.KIND_PROPERTY, table)
    return layer


def _readable(conn, table):
    """Whether the signed-in role may read every column of gpsu.`table` (QGIS reads them all)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass(%s) IS NOT NULL AND NOT EXISTS ("
                    " SELECT 1 FROM pg_attribute a WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0"
                    " AND NOT a.attisdropped AND NOT has_column_privilege(a.attrelid, a.attnum, 'SELECT'))",
                    ("gpsu." + table, "gpsu." + table))
        readable = cur.fetchone()[0]
    conn.rollback()
    return readable


def _updatable(conn, table):
    with conn.cursor() as cur:
        cur.execute("SELECT a.attname FROM pg_attribute a WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 "
                    "AND NOT a.attisdropped AND has_column_privilege(a.attrelid, a.attnum, 'UPDATE')",
                    ("gpsu." + table,))
        names = {row[0] for row in cur.fetchall()}
    conn.rollback()
    return names


def value_relation(layer, field, target, key, value, allow_null=True):
    index = layer.fields().indexOf(field)
    if index < 0:
        return
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueRelation", {
        "Layer": target.id(), "LayerName": target.name(), "LayerSource": target.source(),
        "LayerProviderName": "postgres", "Key": key, "Value": value, "AllowNull": allow_null,
        "OrderByValue": True, "AllowMulti": False, "UseCompleter": False}))


def configure_incident_form(layer, references, updatable, language="fr"):
    """Value relations to the reference tables, database-filled and forbidden fields read-only."""
    form = layer.editFormConfig()
    for index, field in enumerate(layer.fields()):
        if field.name() in DATABASE_FIELDS or field.name() not in updatable:
            form.setReadOnly(index, True)
    layer.setEditFormConfig(form)
    for name, alias in (("number", tr("Number")), ("category_id", tr("Category")), ("service_id", tr("Service")),
                        ("status", tr("Status")), ("priority", tr("Priority")), ("description", tr("Description")),
                        ("place", tr("Place")), ("observed_at", tr("Observed at")), ("recorded_at", tr("Recorded at")),
                        ("due_at", tr("Due")), ("reporter", tr("Logged by"))):
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    # the widgets last: setting the form's configuration resets them
    label = label_column(language)
    value_relation(layer, "category_id", references["categories"], "id", label, allow_null=False)
    value_relation(layer, "service_id", references["services"], "id", label)
    value_relation(layer, "status", references["statuses"], "code", label, allow_null=False)
    value_relation(layer, "priority", references["priorities"], "level", label, allow_null=False)


def build_project(profile, conn, srid, language="fr", project=None):
    """Fill `project` (a new QgsProject by default) with every GPS-U layer the role may read."""
    project = project or QgsProject()
    project.setTitle(tr("GPS-U"))
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:{}".format(int(srid))))
    names = _names()
    root = project.layerTreeRoot()

    # the reference tables (forms' value relations), at the bottom and folded
    references = {}
    ref_group = root.addGroup(REFERENCE_GROUP)
    for table, key in (("categories", "id"), ("services", "id"), ("statuses", "code"), ("priorities", "level")):
        layer = table_layer(profile, table, key, names[table])
        project.addMapLayer(layer, False)
        ref_group.addLayer(layer)
        references[table] = layer
    ref_group.setExpanded(False)

    if layers.may_see_cases(conn):
        incident = layers.incident_layers(profile, srid, conn, language)
    else:  # school editors and responders: the territory only
        incident = [layers.territory_layer(profile, srid)]
    group = layers.add_layers_to_project(incident, project)
    by_kind = {layer.customProperty(layers.KIND_PROPERTY): layer for layer in incident}
    updatable = _updatable(conn, layers.incidents_table(conn))
    for layer in incident:
        if layer.customProperty(layers.KIND_PROPERTY) in (layers.BY_CATEGORY, layers.OPEN_CASES, layers.BY_STATUS):
            configure_incident_form(layer, references, updatable, language)

    if _readable(conn, "incident_attachments") and layers.incidents_table(conn) == "incidents":
        attachments = table_layer(profile, "incident_attachments", "id", names["incident_attachments"])
        index = attachments.fields().indexOf("content")
        if index >= 0:
            attachments.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Binary", {}))
        project.addMapLayer(attachments, False)
        ref_group.addLayer(attachments)
        for kind in (layers.OPEN_CASES, layers.BY_CATEGORY):
            relation = QgsRelation(QgsRelationContext(project))  # resolves layers in this project
            relation.setId("gpsu_attachments_" + kind)
            relation.setName(tr("Photos and documents"))
            relation.setReferencingLayer(attachments.id())
            relation.setReferencedLayer(by_kind[kind].id())
            relation.addFieldPair("incident_id", "id")
            if relation.isValid():
                project.relationManager().addRelation(relation)

    if _readable(conn, "prevention_actions"):
        actions = table_layer(profile, "prevention_actions", "id", names["prevention_actions"], srid,
                              QgsWkbTypes.MultiPolygon)
        actions.renderer().setSymbol(QgsFillSymbol.createSimple(
            {"color": "5,150,105,50", "outline_color": "#059669", "outline_width": "0.6", "outline_style": "dash"}))
        project.addMapLayer(actions, False)
        group.insertLayer(len(group.children()) - 1, actions)

    school_group = None
    for layer in reversed(schools.school_layers(profile, srid)):  # bottom first
        table = layer.customProperty(schools.SCHOOL_LAYER_PROPERTY)
        if not _readable(conn, table):
            continue
        if school_group is None:
            school_group = root.insertGroup(1, SCHOOLS_GROUP)
        layer.setCustomProperty(layers.KIND_PROPERTY, table)
        if table == "schools":
            add_open_school_action(layer)
        project.addMapLayer(layer, False)
        school_group.insertLayer(0, layer)

    _map_themes(project, group, school_group, by_kind)
    return project


OPEN_SCHOOL_ACTION = ("from qgis.utils import plugins\n"
                      "gpsu = plugins.get('gpsu_plugin')\n"
                      "if gpsu is not None:\n"
                      "    gpsu.open_school([% \"id\" %])\n")


def add_open_school_action(layer):
    """A feature action on the schools layer: identify a school on the map (or use QGIS's "Run
    feature action" tool) and its documents open in the Schools panel."""
    from qgis.core import QgsAction

    action = QgsAction(QgsAction.GenericPython, tr("Open its documents (GPS-U)"), OPEN_SCHOOL_ACTION, "", False,
                       tr("Documents"), {"Feature", "Canvas"})
    layer.actions().addAction(action)
    return action


def _map_themes(project, group, school_group, by_kind):
    root = project.layerTreeRoot()
    model = QgsLayerTreeModel(root)
    themes = project.mapThemeCollection()
    territory = by_kind.get(layers.TERRITORY)

    def visible_only(wanted, schools_visible):
        for node in group.findLayers():
            node.setItemVisibilityChecked(node.layer() in wanted)
        if school_group is not None:
            school_group.setItemVisibilityChecked(schools_visible)
            for node in school_group.findLayers():
                node.setItemVisibilityChecked(schools_visible)

    visible_only({by_kind.get(layers.OPEN_CASES), territory}, False)
    themes.insert(tr("Open cases"), QgsMapThemeCollection.createThemeFromCurrentState(root, model))
    visible_only({by_kind.get(layers.HEATMAP), territory}, False)
    themes.insert(tr("Hot spots"), QgsMapThemeCollection.createThemeFromCurrentState(root, model))
    if school_group is not None:
        visible_only({territory}, True)
        themes.insert(tr("Schools"), QgsMapThemeCollection.createThemeFromCurrentState(root, model))
    visible_only({by_kind.get(layers.OPEN_CASES), territory}, False)  # the project opens on "open cases"


def save_project(profile, conn, srid, path, language="fr"):
    """Build the project and write it to `path` (.qgz or .qgs); returns the project."""
    project = build_project(profile, conn, srid, language)
    if not project.write(path):
        raise OSError(tr("The project could not be written to {}: {}").format(path, project.error()))
    return project
