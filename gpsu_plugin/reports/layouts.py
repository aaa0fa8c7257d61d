"""GPS-U print layouts made by QGIS: the atlas by district, the atlas of hot spots, the atlas of
schools and the A3 poster of the territory, created in a QgsProject with one call.

    period = Period(date(2026, 6, 1), date(2026, 6, 30))        # whole days, both included
    layouts = create_layouts(project, profile, srid, conn, period)  # {kind: QgsPrintLayout}

The layouts are ordinary QGIS print layouts: they stay editable in the layout designer and are
saved with the project. They come from the templates shipped in reports/templates/ (one .qpt per
kind and language, written by scripts/make_layout_templates.py from `build_layout`); a template
the municipality put in its QGIS profile (<profile>/gpsu/templates/<same name>.qpt) wins.

Their data are layers of the project's "GPS-U atlas" group, with fixed ids (gpsu_atlas_<role>) so
that templates find them: PostGIS query layers whose SQL carries the period (facts of the period,
districts with their counts and a bar chart made as SVG by PostgreSQL, hot-spot clusters made by
ST_ClusterDBSCAN, schools with their sites, the list of each school's documents without their
content). The period is also in the project variables gpsu_period_from and gpsu_period_to (ISO
dates, shown in the titles); `set_period` changes both.

Only literal SQL and dates go into the layers' SQL: no text typed by a user.
"""

import os
from dataclasses import dataclass
from datetime import date, timedelta

from qgis.core import (QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem, QgsDataProvider,
                       QgsExpressionContextUtils,
                       QgsFillSymbol, QgsLayerTreeLayer, QgsLayoutFrame, QgsLayoutItem, QgsLayoutItemAttributeTable,
                       QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemPage,
                       QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutItemShape, QgsLayoutMeasurement,
                       QgsLayoutObject, QgsLayoutPoint, QgsLayoutSize, QgsLayoutTable, QgsLayoutTableColumn,
                       QgsLayoutTableStyle, QgsLegendStyle, QgsMarkerSymbol, QgsPalLayerSettings, QgsPrintLayout,
                       QgsProperty, QgsReadWriteContext, QgsRectangle, QgsRendererCategory, QgsRuleBasedRenderer,
                       QgsScaleBarSettings, QgsTextBufferSettings, QgsTextFormat, QgsUnitTypes, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling, QgsWkbTypes)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..core import layers as gpsu_layers
from ..core.exceptions import GpsuError, InvalidInput
from ..core.i18n import tr

# -- kinds, roles, names -----------------------------------------------------------------------

DISTRICTS, HOTSPOTS, SCHOOLS, POSTER = "district", "hotspots", "schools", "poster"
KINDS = (DISTRICTS, HOTSPOTS, SCHOOLS, POSTER)
LAYOUT_PROPERTY = "gpsu/layout"          # custom property of a GPS-U layout: its kind
ROLE_PROPERTY = "gpsu/atlas_layer"       # custom property of an atlas layer: its role
PERIOD_FROM_VAR, PERIOD_TO_VAR = "gpsu_period_from", "gpsu_period_to"
MUNICIPALITY_VAR = "gpsu_municipality"
GROUP_NAME = "GPS-U atlas"
TEMPLATES_DIR = os.path.join(os.path.dirname(__file__), "templates")

# roles of the atlas layers
R_INCIDENTS, R_HEATMAP, R_DISTRICTS, R_COUNTS = "incidents", "heatmap", "districts", "district_counts"
R_HOTSPOTS, R_SCHOOLS, R_SITES, R_DOCUMENTS = "hotspots", "schools", "school_sites", "school_documents"
R_SCHOOL_POINTS, R_TERRITORY = "school_points", "territory"
ROLES = (R_INCIDENTS, R_HEATMAP, R_DISTRICTS, R_COUNTS, R_HOTSPOTS, R_SCHOOLS, R_SITES, R_SCHOOL_POINTS,
         R_DOCUMENTS, R_TERRITORY)

# the layers each layout draws from
KIND_ROLES = {
    DISTRICTS: (R_DISTRICTS, R_INCIDENTS, R_HEATMAP, R_COUNTS),
    HOTSPOTS: (R_HOTSPOTS, R_DISTRICTS, R_INCIDENTS, R_HEATMAP),
    SCHOOLS: (R_SCHOOLS, R_SITES, R_SCHOOL_POINTS, R_DOCUMENTS, R_DISTRICTS, R_INCIDENTS),
    POSTER: (R_TERRITORY, R_DISTRICTS, R_INCIDENTS, R_HEATMAP),
}

# hot spots: DBSCAN clusters of at least MIN_POINTS facts within DISTANCE metres, the largest first
HOTSPOT_DISTANCE, HOTSPOT_MIN_POINTS, HOTSPOT_MAX = 100.0, 8, 30

NAVY, INK, GREY, PAPER = "#1d3557", "#101828", "#667085", "#f4f1ea"
OPEN_STATUSES = "('new', 'dispatched', 'in_progress')"


class LayoutError(GpsuError):
    """A layout could not be made or read."""


def layer_id(role):
    return "gpsu_atlas_{}".format(role)


def kind_names():
    return {DISTRICTS: tr("GPS-U – Atlas by district"), HOTSPOTS: tr("GPS-U – Atlas of hot spots"),
            SCHOOLS: tr("GPS-U – Atlas of schools"), POSTER: tr("GPS-U – Poster of the territory (A3)")}


def kind_labels():
    """Short names for choosers: {kind: label}."""
    return {DISTRICTS: tr("Atlas by district"), HOTSPOTS: tr("Atlas of hot spots"), SCHOOLS: tr("Atlas of schools"),
            POSTER: tr("Poster of the territory (A3)")}


def check_kind(kind):
    if kind not in KINDS:
        raise InvalidInput(tr("Unknown layout \"{}\": choose district, hotspots, schools or poster.").format(kind))
    return kind


# -- the period --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """Whole days in the municipality's time zone, `start` and `end` both included."""

    start: date
    end: date

    def __post_init__(self):
        if not isinstance(self.start, date) or not isinstance(self.end, date):
            raise InvalidInput(tr("A period needs a start date and an end date."))
        if self.start > self.end:
            raise InvalidInput(tr("The start of the period must be before its end."))

    @classmethod
    def from_variables(cls, project):
        scope = QgsExpressionContextUtils.projectScope(project)
        start, end = scope.variable(PERIOD_FROM_VAR), scope.variable(PERIOD_TO_VAR)
        try:
            return cls(date.fromisoformat(str(start)), date.fromisoformat(str(end)))
        except (TypeError, ValueError):
            return None

    def sql(self, alias="i"):
        """The condition on the facts' reference time (observed_at, or the start of the window)."""
        # dates only (validated above), written by isoformat: no text from a user
        bounds = (self.start.isoformat(), (self.end + timedelta(days=1)).isoformat())
        return ("coalesce({a}.observed_at, {a}.observed_from) >= ('{0}'::timestamp AT TIME ZONE "
                "gpsu.setting('timezone')) AND coalesce({a}.observed_at, {a}.observed_from) < "
                "('{1}'::timestamp AT TIME ZONE gpsu.setting('timezone'))").format(*bounds, a=alias)

    def text(self):
        return tr("from {start} to {end}").format(start=self.start.strftime("%d/%m/%Y"),
                                                  end=self.end.strftime("%d/%m/%Y"))


# -- SQL of the layers -------------------------------------------------------------------------

def _label(language):
    return {"nl": "label_nl", "en": "label_en"}.get(language, "label_fr")


def _facts_sql(period, language):
    """The facts of the period (duplicates left out) with their top-level category."""
    return ("SELECT i.id, i.geom, i.number, i.status, i.priority, i.district_id, "
            "coalesce(p.id, c.id) AS category_id, coalesce(p.{l}, p.label_fr, c.{l}, c.label_fr) AS category, "
            "coalesce(p.colour, c.colour) AS colour, coalesce(p.sort_order, c.sort_order) AS category_order, "
            "coalesce(i.observed_at, i.observed_from) AS observed "
            "FROM gpsu.incidents i JOIN gpsu.categories c ON c.id = i.category_id "
            "LEFT JOIN gpsu.categories p ON p.id = c.parent_id "
            "WHERE i.status <> 'duplicate' AND {period}").format(l=_label(language), period=period.sql("i"))


def _chart_sql(group):
    """SQL of a horizontal bar chart as SVG text per `group`, from a relation "byc" (group, category,
    colour, n, rk: rank by count) and "tops" (group, top: the largest n). Eight bars at most."""
    return (
        "SELECT {g}, '<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"440\" height=\"' || count(*) * 24 "
        "|| '\" viewBox=\"0 0 440 ' || count(*) * 24 || '\">' || string_agg("
        "'<text x=\"0\" y=\"' || rk * 24 - 8 || '\" font-family=\"sans-serif\" font-size=\"14\" fill=\"#344054\">' "
        "|| replace(replace(replace(left(category, 28), '&', '&amp;'), '<', '&lt;'), '>', '&gt;') || '</text>"
        "<rect x=\"210\" y=\"' || rk * 24 - 21 || '\" width=\"' || greatest(2, round(170.0 * n / top)) "
        "|| '\" height=\"16\" rx=\"2\" fill=\"' || colour || '\"/><text x=\"' || 216 + round(170.0 * n / top) "
        "|| '\" y=\"' || rk * 24 - 8 || '\" font-family=\"sans-serif\" font-size=\"14\" font-weight=\"bold\" "
        "fill=\"#101828\">' || n || '</text>', '' ORDER BY rk) || '</svg>' AS chart_svg "
        "FROM byc JOIN tops USING ({g}) WHERE rk <= 8 GROUP BY {g}").format(g=group)


def _districts_sql(period, language):
    return (
        "WITH f AS ({facts}), "
        "byc AS (SELECT district_id, category_id, category, colour, count(*) AS n, "
        "row_number() OVER (PARTITION BY district_id ORDER BY count(*) DESC, min(category_order)) AS rk "
        "FROM f WHERE district_id IS NOT NULL GROUP BY district_id, category_id, category, colour), "
        "tops AS (SELECT district_id, max(n) AS top FROM byc GROUP BY district_id), "
        "charts AS ({chart}), "
        "totals AS (SELECT district_id, count(*) AS total, count(*) FILTER (WHERE status IN {open}) AS open_count "
        "FROM f GROUP BY district_id) "
        "SELECT d.id, d.code, d.name, d.geom, coalesce(t.total, 0)::integer AS total, "
        "coalesce(t.open_count, 0)::integer AS open_count, coalesce(ch.chart_svg, '') AS chart_svg "
        "FROM gpsu.districts d LEFT JOIN totals t ON t.district_id = d.id "
        "LEFT JOIN charts ch ON ch.district_id = d.id ORDER BY coalesce(t.total, 0) DESC, d.name"
    ).format(facts=_facts_sql(period, language), chart=_chart_sql("district_id"), open=OPEN_STATUSES)


def _territory_sql(period, language):
    """One row: the whole territory with its counts and chart (the poster's atlas of one page)."""
    return (
        "WITH f AS ({facts}), "
        "byc AS (SELECT 1 AS t, category_id, category, colour, count(*) AS n, "
        "row_number() OVER (ORDER BY count(*) DESC, min(category_order)) AS rk "
        "FROM f GROUP BY category_id, category, colour), "
        "tops AS (SELECT 1 AS t, max(n) AS top FROM byc), "
        "charts AS ({chart}) "
        "SELECT 1 AS id, (SELECT count(*) FROM f)::integer AS total, "
        "(SELECT count(*) FROM f WHERE status IN {open})::integer AS open_count, "
        "coalesce((SELECT chart_svg FROM charts), '') AS chart_svg, "
        "ST_Multi(ST_Union(d.geom))::geometry(MultiPolygon, {{srid}}) AS geom FROM gpsu.districts d"
    ).format(facts=_facts_sql(period, language), chart=_chart_sql("t"), open=OPEN_STATUSES)


def _counts_sql(period, language):
    return (
        "WITH f AS ({facts}) "
        "SELECT row_number() OVER (ORDER BY district_id, count(*) DESC, category)::integer AS fid, "
        "district_id, category, colour, count(*)::integer AS n, "
        "count(*) FILTER (WHERE status IN {open})::integer AS open_count, "
        "round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY district_id), 1)::float8 AS share "
        "FROM f WHERE district_id IS NOT NULL GROUP BY district_id, category, colour "
        "ORDER BY district_id, count(*) DESC, category"
    ).format(facts=_facts_sql(period, language), open=OPEN_STATUSES)


def _hotspots_sql(period, language):
    return (
        "WITH f AS ({facts}), "
        "c AS (SELECT f.*, ST_ClusterDBSCAN(f.geom, eps := {eps}, minpoints := {minpoints}) "
        "OVER (ORDER BY f.id) AS cid FROM f), "
        "sizes AS (SELECT cid, count(*) AS total, ST_ConvexHull(ST_Collect(geom)) AS hull, min(observed) AS first_at, "
        "max(observed) AS last_at, count(*) FILTER (WHERE status IN {open}) AS open_count "
        "FROM c WHERE cid IS NOT NULL GROUP BY cid), "
        "ranked AS (SELECT *, row_number() OVER (ORDER BY total DESC, cid) AS hotspot FROM sizes), "
        "byc AS (SELECT cid, category, colour, count(*) AS n, "
        "row_number() OVER (PARTITION BY cid ORDER BY count(*) DESC, min(category_order)) AS rk "
        "FROM c WHERE cid IS NOT NULL GROUP BY cid, category, colour), "
        "tops AS (SELECT cid, max(n) AS top FROM byc GROUP BY cid), "
        "charts AS ({chart}), "
        "places AS (SELECT r.cid, string_agg(d.name, ', ' ORDER BY d.name) AS districts FROM ranked r "
        "JOIN gpsu.districts d ON ST_Intersects(d.geom, r.hull) GROUP BY r.cid) "
        "SELECT r.hotspot::integer AS id, r.total::integer AS total, r.open_count::integer AS open_count, "
        "b.category, b.colour, round(100.0 * b.n / r.total)::integer AS share, "
        "ST_Multi(ST_Buffer(r.hull, {half}, 8))::geometry(MultiPolygon, {{srid}}) AS geom, "
        "round(ST_Area(r.hull))::integer AS area_m2, r.first_at, r.last_at, coalesce(p.districts, '') AS districts, "
        "coalesce(ch.chart_svg, '') AS chart_svg "
        "FROM ranked r JOIN byc b ON b.cid = r.cid AND b.rk = 1 LEFT JOIN charts ch ON ch.cid = r.cid "
        "LEFT JOIN places p ON p.cid = r.cid WHERE r.hotspot <= {most}"
    ).format(facts=_facts_sql(period, language), eps=float(HOTSPOT_DISTANCE), minpoints=int(HOTSPOT_MIN_POINTS),
             open=OPEN_STATUSES, chart=_chart_sql("cid"), half=float(HOTSPOT_DISTANCE) / 4.0,
             most=int(HOTSPOT_MAX))


def _schools_sql(period, language):
    types = ", ".join("('{}', {})".format(code, index) for index, code in enumerate(
        ("nursery", "primary", "secondary", "high_school", "vocational", "higher", "special", "other")))
    return (
        "WITH f AS ({facts}) "
        "SELECT s.id, s.code, s.name, s.school_type, coalesce(s.address, '') AS address, "
        "coalesce(s.town, '') AS town, s.pupils, s.staff, "
        "(SELECT count(*) FROM f WHERE ST_DWithin(f.geom, s.geom, 300))::integer AS facts_300m, "
        "(SELECT count(DISTINCT (d.doc_type, d.title)) FROM gpsu.school_documents d "
        "WHERE d.school_id = s.id)::integer AS documents, "
        "ST_Multi(coalesce((SELECT ST_Union(ST_Buffer(t.geom, 0)) FROM gpsu.school_sites t WHERE t.school_id = s.id), "
        "ST_Buffer(s.geom, 60, 8)))::geometry(MultiPolygon, {{srid}}) AS geom, "
        "(SELECT n FROM (VALUES {types}) v (code, n) WHERE v.code = s.school_type) AS type_order "
        "FROM gpsu.schools s"
    ).format(facts=_facts_sql(period, language), types=types)


def _documents_sql():
    # the current version of each document, never its content
    return ("SELECT DISTINCT ON (d.school_id, d.doc_type, d.title) d.id, d.school_id, d.doc_type, d.title, "
            "d.version, d.created_at, d.review_due, d.confidential FROM gpsu.school_documents d "
            "ORDER BY d.school_id, d.doc_type, d.title, d.version DESC")


def _uri(profile, srid, query, geometry="geom", key="id", wkb_type=QgsWkbTypes.Point):
    uri = gpsu_layers.data_source_uri(profile, "x", geometry, key, srid, wkb_type)
    uri.setDataSource("", "({})".format(" ".join(query.split()).replace("{srid}", str(int(srid)))), geometry,
                      "", key)
    uri.setSrid(str(int(srid)) if geometry else "")  # a srid without geometry: WHERE st_srid("") = …
    uri.setWkbType(wkb_type if geometry else QgsWkbTypes.NoGeometry)
    uri.setParam("checkPrimaryKeyUnicity", "0")
    return uri.uri(False)


def _table_uri(profile, srid, table, wkb_type):
    return gpsu_layers.data_source_uri(profile, table, "geom", "id", srid, wkb_type).uri(False)


def layer_sources(profile, srid, period, language="fr"):
    """{role: (data source, layer name, geometry type)} of the atlas layers."""
    point, polygon, none = QgsWkbTypes.Point, QgsWkbTypes.MultiPolygon, QgsWkbTypes.NoGeometry
    facts = _uri(profile, srid, _facts_sql(period, language))
    return {
        R_INCIDENTS: (facts, tr("Facts of the period"), point),
        R_HEATMAP: (facts, tr("Heatmap of the period"), point),
        R_DISTRICTS: (_uri(profile, srid, _districts_sql(period, language), wkb_type=polygon), tr("Districts"),
                      polygon),
        R_COUNTS: (_uri(profile, srid, _counts_sql(period, language), "", "fid", none),
                   tr("Facts per district and category"), none),
        R_HOTSPOTS: (_uri(profile, srid, _hotspots_sql(period, language), wkb_type=polygon), tr("Hot spots"),
                     polygon),
        R_SCHOOLS: (_uri(profile, srid, _schools_sql(period, language), wkb_type=polygon), tr("Schools (atlas)"),
                    polygon),
        R_SITES: (_table_uri(profile, srid, "school_sites", polygon), tr("School sites"), polygon),
        R_SCHOOL_POINTS: (_table_uri(profile, srid, "schools", point), tr("Schools"), point),
        R_DOCUMENTS: (_uri(profile, srid, _documents_sql(), "", "id", none), tr("School documents"), none),
        R_TERRITORY: (_uri(profile, srid, _territory_sql(period, language), wkb_type=polygon), tr("Territory (atlas)"),
                      polygon),
    }


# -- the layers --------------------------------------------------------------------------------

def _with_id(layer, new_id):
    """A copy of `layer` whose id is `new_id` (QgsMapLayer has no public setId)."""
    doc = QDomDocument("qgis")
    element = doc.createElement("maplayer")
    doc.appendChild(element)
    context = QgsReadWriteContext()
    layer.writeLayerXml(element, doc, context)
    id_element = element.firstChildElement("id")
    while id_element.hasChildNodes():
        id_element.removeChild(id_element.firstChild())
    id_element.appendChild(doc.createTextNode(new_id))
    copy = QgsVectorLayer()
    copy.readLayerXml(element, context)
    return copy


def _point(colour, size=2.2):
    return QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": str(size),
                                         "outline_color": "#ffffff", "outline_width": "0.25"})


def _text_format(size, colour=INK, bold=False, buffer=True):
    text = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    if buffer:
        settings = QgsTextBufferSettings()
        settings.setEnabled(True)
        settings.setSize(0.8)
        settings.setColor(QColor("#ffffff"))
        text.setBuffer(settings)
    return text


def _labels(expression, size=8.5, colour="#344054", bold=True):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(_text_format(size, colour, bold))
    return QgsVectorLayerSimpleLabeling(settings)


def _not_in_overview(expression):
    """A label expression that stays silent in the small overview maps."""
    return "CASE WHEN @map_id = 'overview' THEN '' ELSE {} END".format(expression)


def _style(role, layer, categories):
    if role == R_INCIDENTS:
        items = [QgsRendererCategory(cat_id, _point(colour), label, True) for cat_id, label, colour in categories]
        items.append(QgsRendererCategory("", _point(gpsu_layers.OTHER_COLOUR, 1.8), tr("Other category"), True))
        layer.setRenderer(QgsCategorizedSymbolRenderer("category_id", items))
    elif role == R_HEATMAP:
        renderer = gpsu_layers.heatmap_renderer()
        renderer.setRenderQuality(2)
        layer.setRenderer(renderer)
        layer.setOpacity(0.85)
    elif role == R_DISTRICTS:
        # the atlas's district drawn thick, the others veiled: they stay readable but step back
        root = QgsRuleBasedRenderer.Rule(None)
        current = QgsFillSymbol.createSimple({"style": "no", "outline_color": NAVY, "outline_width": "0.9"})
        others = QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_color": "#98a2b3",
                                             "outline_width": "0.3"})
        plain = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#475467", "outline_width": "0.45",
                                            "outline_style": "dash"})
        in_atlas = "@atlas_layerid = @layer_id"
        root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, in_atlas + " AND $id = @atlas_featureid",
                                                   tr("District of the page")))
        root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, in_atlas + " AND $id <> @atlas_featureid",
                                                   tr("Other districts")))
        root.appendChild(QgsRuleBasedRenderer.Rule(plain, 0, 0, "ELSE", tr("District")))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        layer.setLabeling(_labels(_not_in_overview("\"name\"")))
        layer.setLabelsEnabled(True)
    elif role == R_TERRITORY:
        layer.renderer().setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": INK,
                                                                "outline_width": "0.8"}))
    elif role == R_HOTSPOTS:
        layer.renderer().setSymbol(QgsFillSymbol.createSimple({
            "color": "215,25,28,30", "outline_color": "#b42318", "outline_width": "0.7", "outline_style": "dash"}))
        layer.setLabeling(_labels(_not_in_overview("'n° ' || \"id\""), 8.0, "#b42318"))
        layer.setLabelsEnabled(True)
    elif role == R_SCHOOLS:
        layer.renderer().setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_style": "no"}))

    elif role == R_SITES:
        layer.renderer().setSymbol(QgsFillSymbol.createSimple({
            "color": "21,112,239,45", "outline_color": "#1570ef", "outline_width": "0.6"}))
    elif role == R_SCHOOL_POINTS:
        layer.renderer().setSymbol(QgsMarkerSymbol.createSimple({
            "name": "square", "color": "#1570ef", "size": "3.6", "outline_color": "#ffffff", "outline_width": "0.5"}))
        layer.setLabeling(_labels(_not_in_overview("\"name\""), 8.0, "#1849a9"))
        layer.setLabelsEnabled(True)


def _categories(conn, language):
    """[(id, label, colour)] of the top-level categories, in their order."""
    if conn is None:
        return []
    with conn.cursor() as cur:
        cur.execute("SELECT id, coalesce({}, label_fr), colour FROM gpsu.categories WHERE parent_id IS NULL "
                    "ORDER BY sort_order, id".format(_label(language)))
        rows = cur.fetchall()
    conn.rollback()
    return rows


def atlas_layers(profile, srid, period, conn=None, language="fr", roles=ROLES):
    """{role: QgsVectorLayer} of the atlas layers (not in any project), ids gpsu_atlas_<role>."""
    categories = _categories(conn, language)
    built = {}
    for role, (source, name, _geometry) in layer_sources(profile, srid, period, language).items():
        if role not in roles:
            continue
        layer = _with_id(QgsVectorLayer(source, name, "postgres"), layer_id(role))
        layer.setCustomProperty(ROLE_PROPERTY, role)
        if layer.isValid():
            _style(role, layer, categories)
        built[role] = layer
    return built


def project_layers(project):
    """{role: layer} of the atlas layers present in `project`."""
    found = {}
    for role in ROLES:
        layer = project.mapLayer(layer_id(role))
        if layer is not None:
            found[role] = layer
    return found


def ensure_layers(project, profile, srid, period, conn=None, language="fr", roles=ROLES):
    """The atlas layers (`roles`) of `project` for `period`: made (in the "GPS-U atlas" group,
    unchecked) when missing, otherwise their SQL moved to the period. Raises LayoutError if one
    cannot be read."""
    present = project_layers(project)
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME)
    missing = [role for role in roles if role not in present]
    if missing:
        made = atlas_layers(profile, srid, period, conn, language, missing)
        if group is None:
            group = root.addGroup(GROUP_NAME)
        for role in missing:
            layer = made[role]
            project.addMapLayer(layer, False)
            node = group.addLayer(layer)
            node.setItemVisibilityChecked(False)
            present[role] = layer
    set_period(project, period, profile=profile, srid=srid, language=language)
    broken = [layer.name() for layer in present.values() if not layer.isValid()]
    if broken:
        raise LayoutError(tr("These layers of the atlas could not be read from the database: {}.")
                          .format(", ".join(broken)))
    if group is not None:
        group.setExpanded(False)
    return present


def set_period(project, period, profile=None, srid=None, language="fr"):
    """Set the period of the project's GPS-U layouts: variables and the SQL of the atlas layers."""
    QgsExpressionContextUtils.setProjectVariable(project, PERIOD_FROM_VAR, period.start.isoformat())
    QgsExpressionContextUtils.setProjectVariable(project, PERIOD_TO_VAR, period.end.isoformat())
    present = project_layers(project)
    if not present or profile is None or srid is None:
        return
    sources = layer_sources(profile, srid, period, language)
    for role, layer in present.items():
        source = sources[role][0]
        if layer.source() != source:
            layer.setDataSource(source, layer.name(), "postgres", QgsDataProvider.ProviderOptions())
        layer.triggerRepaint()


def set_municipality(project, name):
    QgsExpressionContextUtils.setProjectVariable(project, MUNICIPALITY_VAR, name or "")


def municipality_name(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT value FROM gpsu.settings WHERE key = 'municipality.name'")
        row = cur.fetchone()
    conn.rollback()
    return (row[0] if row else "") or ""


# -- building blocks of the layouts ------------------------------------------------------------

def _qstr(text):
    """`text` as a QGIS expression string literal."""
    return "'{}'".format(text.replace("'", "''"))


def _font(size, bold=False, family="Sans Serif"):
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))


def _label_item(layout, item_id, text, x, y, w, h, size=9.0, bold=False, colour=INK, align=Qt.AlignLeft,
                valign=Qt.AlignTop):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    label.setFont(_font(size, bold))
    label.setFontColor(QColor(colour))
    label.setHAlign(align)
    label.setVAlign(valign)
    label.setMarginX(0)
    label.setMarginY(0)
    layout.addLayoutItem(label)
    _place(label, x, y, w, h)
    return label


def _rectangle(layout, item_id, x, y, w, h, colour, outline="no"):
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    shape.setId(item_id)
    props = {"color": colour, "outline_style": "no" if outline == "no" else "solid", "outline_color": outline,
             "outline_width": "0.2"}
    shape.setSymbol(QgsFillSymbol.createSimple(props))
    layout.addLayoutItem(shape)
    _place(shape, x, y, w, h)
    return shape


def _page(layout, size_name, orientation=QgsLayoutItemPage.Landscape):
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(size_name, orientation)
    return page.pageSize()


def _map_item(layout, item_id, layers, x, y, w, h, extent, crs, frame=True):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    layout.addLayoutItem(item)
    # size first: a map moved while it has no size keeps an empty extent for good (3.22)
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.setCrs(crs)
    item.setLayers([layer for layer in layers if layer is not None])
    item.setKeepLayerSet(True)
    item.setKeepLayerStyles(False)
    if extent is None or extent.isEmpty():
        # a map saved with an empty extent cannot be zoomed any more (its ratio is 0/0): give the
        # templates' maps a placeholder extent of their own shape, replaced when the data are known
        extent = QgsRectangle(0, 0, w * 100.0, h * 100.0)
    item.zoomToExtent(extent)
    item.setBackgroundColor(QColor(PAPER))
    item.setFrameEnabled(frame)
    item.setFrameStrokeColor(QColor("#98a2b3"))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutMillimeters))
    return item


def _atlas_map(item, mode=QgsLayoutItemMap.Auto, margin=0.12):
    item.setAtlasDriven(True)
    item.setAtlasScalingMode(mode)
    item.setAtlasMargin(margin)


def _overview(layout, item_id, main, layers, x, y, w, h, extent, crs):
    item = _map_item(layout, item_id, layers, x, y, w, h, extent, crs)
    item.overview().setLinkedMap(main)
    item.overview().setFrameSymbol(QgsFillSymbol.createSimple({
        "color": "215,25,28,40", "outline_color": "#d92d20", "outline_width": "0.5"}))
    return item


def _legend(layout, item_id, main, layers, x, y, w, title, columns=1, filter_by_map=False):
    legend = QgsLayoutItemLegend(layout)
    legend.setId(item_id)
    legend.setTitle(title)
    layout.addLayoutItem(legend)
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in layers:
        if layer is not None:
            root.addChildNode(QgsLayerTreeLayer(layer))
    legend.setColumnCount(columns)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setLegendFilterByMapEnabled(filter_by_map)
    legend.setSymbolWidth(3.5)
    legend.setSymbolHeight(3.2)
    legend.setStyleFont(QgsLegendStyle.Title, _font(9.5, True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(8.0, True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(7.5))
    legend.setBackgroundColor(QColor(255, 255, 255, 230))
    legend.setBackgroundEnabled(True)
    legend.setFrameEnabled(True)
    legend.setFrameStrokeColor(QColor("#d0d5dd"))
    legend.setBoxSpace(2.0)
    legend.setResizeToContents(True)
    legend.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    legend.attemptResize(QgsLayoutSize(w, 20, QgsUnitTypes.LayoutMillimeters))
    legend.adjustBoxSize()
    return legend


def _scalebar(layout, main, x, y, max_width=60.0):
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    layout.addLayoutItem(bar)
    bar.setLinkedMap(main)
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("m")
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(max_width / 2.5)
    bar.setMaximumBarWidth(max_width)
    bar.setUnitsPerSegment(100)
    bar.setHeight(2.0)
    bar.setFont(_font(7.0))
    bar.setBackgroundEnabled(False)
    bar.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    bar.update()
    return bar


def _north_arrow(layout, main, x, y, size=11.0):
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(":/images/north_arrows/layout_default_north_arrow.svg")
    layout.addLayoutItem(arrow)
    _place(arrow, x, y, size, size)
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    arrow.setBackgroundEnabled(False)
    return arrow


def _chart(layout, item_id, x, y, w, h):
    """A bar chart: the SVG made by PostgreSQL in the atlas feature's "chart_svg"."""
    picture = QgsLayoutItemPicture(layout)
    picture.setId(item_id)
    layout.addLayoutItem(picture)
    _place(picture, x, y, w, h)
    picture.setResizeMode(QgsLayoutItemPicture.Zoom)
    picture.setPictureAnchor(QgsLayoutItem.UpperLeft)
    picture.dataDefinedProperties().setProperty(QgsLayoutObject.PictureSource, QgsProperty.fromExpression(
        "if(length(\"chart_svg\") > 0, 'base64:' || to_base64(\"chart_svg\"), '')"))
    return picture


def _table(layout, item_id, layer, columns, x, y, w, h, feature_filter=None, maximum=12, empty_message=""):
    """An attribute table; `columns` are (heading, expression, width in mm or 0, alignment)."""
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setVectorLayer(layer)
    table.setDisplayOnlyVisibleFeatures(False)
    table.setMaximumNumberOfFeatures(maximum)
    if feature_filter:
        table.setFilterFeatures(True)
        table.setFeatureFilter(feature_filter)
    # rows come in the order of the layer's SQL: QGIS 3.22's sort columns write past the end of its
    # row arrays (the sorted cells are counted as shown ones), so none is used
    table_columns = []
    for heading, expression, width, align in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        column.setWidth(width)
        column.setHAlignment(align)
        table_columns.append(column)
    table.setColumns(table_columns)
    table.refreshAttributes()
    header = _text_format(7.5, "#ffffff", True, buffer=False)
    content = _text_format(7.5, INK, False, buffer=False)
    if hasattr(table, "setHeaderTextFormat"):
        table.setHeaderTextFormat(header)
        table.setContentTextFormat(content)
    else:
        table.setHeaderFont(_font(7.5, True))
        table.setHeaderFontColor(QColor("#ffffff"))
        table.setContentFont(_font(7.5))
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setCellMargin(1.2)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#d0d5dd"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage(empty_message)
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    if hasattr(table, "setCellStyle"):
        header_style = QgsLayoutTableStyle()
        header_style.enabled = True
        header_style.cellBackgroundColor = QColor(NAVY)
        table.setCellStyle(QgsLayoutTable.HeaderRow, header_style)
        odd = QgsLayoutTableStyle()
        odd.enabled = True
        odd.cellBackgroundColor = QColor("#f2f4f7")
        table.setCellStyle(QgsLayoutTable.EvenRows, odd)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    _place(frame, x, y, w, h)
    table.addFrame(frame)
    table.refresh()
    return table


def _header(layout, width, title, subtitle, height=22.0):
    _rectangle(layout, "header_band", 0, 0, width, height, NAVY)
    _rectangle(layout, "header_rule", 0, height, width, 1.2, "#e9b949")
    _label_item(layout, "title", title, 10, 3.5, width - 20, 10, 18, True, "#ffffff", valign=Qt.AlignVCenter)
    _label_item(layout, "subtitle", subtitle, 10, 13.5, width - 20, 6, 10.5, False, "#dbe4f0",
                valign=Qt.AlignVCenter)


def _footer(layout, width, height, text):
    _rectangle(layout, "footer_rule", 10, height - 10, width - 20, 0.3, "#d0d5dd")
    _label_item(layout, "footer", text, 10, height - 8.5, width - 20, 5, 7.0, False, GREY)


def _period_expression():
    return ("format_date(to_date(@{f}), 'dd/MM/yyyy')".format(f=PERIOD_FROM_VAR),
            "format_date(to_date(@{t}), 'dd/MM/yyyy')".format(t=PERIOD_TO_VAR))


def _period_text():
    start, end = _period_expression()
    return tr("Facts observed from {start} to {end}").format(start="[% {} %]".format(start),
                                                            end="[% {} %]".format(end))


def _footer_text(atlas=True):
    issued = "[% format_date(now(), 'dd/MM/yyyy') %]"
    text = tr("Source: GPS-U, {municipality} – issued on {date}").format(
        municipality="[% @{} %]".format(MUNICIPALITY_VAR), date=issued)
    if atlas:
        text += "   ·   " + tr("page {page} of {pages}").format(page="[% @atlas_featurenumber %]",
                                                                 pages="[% @atlas_totalfeatures %]")
    return text


def _extent(layer):
    if layer is None or not layer.isValid():
        return None
    layer.updateExtents()  # read from the database, not the (empty) extent of the layer's XML
    extent = QgsRectangle(layer.extent())
    if extent.isEmpty():
        return None
    extent.scale(1.05)
    return extent


def _atlas(layout, coverage, page_name, sort_expression, ascending=True):
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setPageNameExpression(page_name)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(sort_expression)
    atlas.setSortAscending(ascending)
    atlas.setFilenameExpression("'gpsu_' || @atlas_featurenumber")
    return atlas


# -- the four layouts --------------------------------------------------------------------------

def _district_atlas(layout, layers, crs):
    width, height = 297.0, 210.0
    districts, incidents, heatmap = layers[R_DISTRICTS], layers[R_INCIDENTS], layers[R_HEATMAP]
    territory = _extent(districts)
    _header(layout, width, "[% @{} %] – [% \"name\" %]".format(MUNICIPALITY_VAR), _period_text())
    main = _map_item(layout, "map", [districts, incidents, heatmap], 10, 29, 187, 163, territory, crs)
    _atlas_map(main, QgsLayoutItemMap.Auto, 0.08)
    _north_arrow(layout, main, 183, 32)
    _scalebar(layout, main, 12, 185.5, 55)
    _legend(layout, "legend", main, [incidents, heatmap], 12, 32, 50, tr("Legend"))
    x, w = 204.0, 83.0
    _overview(layout, "overview", main, [districts], x, 29, w, 40, territory, crs)
    _label_item(layout, "total", tr("{total} facts, {open} of them still open").format(
        total="[% \"total\" %]", open="[% \"open_count\" %]"), x, 72, w, 6, 10.5, True, NAVY)
    _label_item(layout, "empty", "[% if(\"total\" = 0, {}, '') %]".format(
        _qstr(tr("No fact was observed in this district during this period."))), x, 92, w, 12, 8.5, False, "#b42318")
    _label_item(layout, "chart_title", tr("Facts per category"), x, 80, w, 5, 9.0, True, INK)
    _chart(layout, "chart", x, 86, w, 46)
    _table(layout, "counts", layers[R_COUNTS], [
        (tr("Category"), "\"category\"", 36, Qt.AlignLeft),
        (tr("Facts"), "\"n\"", 11, Qt.AlignRight),
        (tr("Still open"), "\"open_count\"", 11, Qt.AlignRight),
        (tr("Share"), "format_number(\"share\", 1) || ' %'", 13, Qt.AlignRight),
    ], x, 135, w, 57, "\"district_id\" = attribute(@atlas_feature, 'id')", 9,
        tr("No fact during this period."))
    _footer(layout, width, height, _footer_text())
    _atlas(layout, districts, "\"name\"", "\"name\"")


def _hotspot_atlas(layout, layers, crs):
    width, height = 297.0, 210.0
    hotspots, districts = layers[R_HOTSPOTS], layers[R_DISTRICTS]
    incidents, heatmap = layers[R_INCIDENTS], layers[R_HEATMAP]
    territory = _extent(districts)
    _header(layout, width, tr("Hot spot {number} – {category}").format(
        number="[% @atlas_featurenumber %]", category="[% \"category\" %]"), _period_text())
    main = _map_item(layout, "map", [hotspots, districts, incidents, heatmap], 10, 29, 187, 163, territory, crs)
    _atlas_map(main, QgsLayoutItemMap.Auto, 0.9)
    _north_arrow(layout, main, 183, 32)
    _scalebar(layout, main, 12, 185.5, 45)
    _legend(layout, "legend", main, [incidents, heatmap], 12, 32, 50, tr("Legend"))
    x, w = 204.0, 83.0
    _overview(layout, "overview", main, [districts, hotspots], x, 29, w, 40, territory, crs)
    facts = tr("{total} facts within {distance} m of each other, {open} of them still open").format(
        total="[% \"total\" %]", distance=int(HOTSPOT_DISTANCE), open="[% \"open_count\" %]")
    details = "\n".join([
        facts,
        tr("Main category: {category} ({share} %)").format(category="[% \"category\" %]", share="[% \"share\" %]"),
        tr("District: {districts}").format(districts="[% \"districts\" %]"),
        tr("First fact: {first} – last fact: {last}").format(
            first="[% format_date(\"first_at\", 'dd/MM/yyyy') %]", last="[% format_date(\"last_at\", 'dd/MM/yyyy') %]"),
        tr("Area of the hull: {area} m²").format(area="[% format_number(\"area_m2\", 0) %]"),
    ])
    _label_item(layout, "details", details, x, 72, w, 34, 8.5, False, INK)
    _label_item(layout, "chart_title", tr("Facts per category"), x, 108, w, 5, 9.0, True, INK)
    _chart(layout, "chart", x, 114, w, 46)
    _label_item(layout, "method", tr("Clusters found by PostGIS (DBSCAN): at least {n} facts of the period, each "
                                     "within {distance} m of another; the largest first.").format(
        n=HOTSPOT_MIN_POINTS, distance=int(HOTSPOT_DISTANCE)), x, 176, w, 14, 7.0, False, GREY)
    _footer(layout, width, height, _footer_text())
    _atlas(layout, hotspots, "'n° ' || \"id\"", "\"id\"")


def _school_atlas(layout, layers, crs):
    width, height = 297.0, 210.0
    schools, sites, points = layers[R_SCHOOLS], layers[R_SITES], layers[R_SCHOOL_POINTS]
    incidents, districts = layers[R_INCIDENTS], layers[R_DISTRICTS]
    territory = _extent(districts)
    type_labels = {"nursery": tr("Nursery school"), "primary": tr("Primary school"),
                   "secondary": tr("Secondary school"), "high_school": tr("High school"),
                   "vocational": tr("Vocational school"), "higher": tr("Higher education"),
                   "special": tr("Special education"), "other": tr("Other school")}
    type_map = "map({})".format(", ".join("'{}', {}".format(code, _qstr(label)) for code, label in type_labels.items()))
    _header(layout, width, "[% \"name\" %]", "[% {types}[\"school_type\"] %] – [% \"address\" %] [% \"town\" %]"
            .format(types=type_map))
    main = _map_item(layout, "map", [points, sites, districts, incidents], 10, 29, 160, 163, territory, crs)
    _atlas_map(main, QgsLayoutItemMap.Auto, 1.2)
    _north_arrow(layout, main, 156, 32)
    _scalebar(layout, main, 12, 185.5, 40)
    x, w = 177.0, 110.0
    _overview(layout, "overview", main, [districts], x, 29, 52, 40, territory, crs)
    details = "\n".join([
        tr("Code: {code}").format(code="[% \"code\" %]"),
        tr("Pupils: {pupils} – staff: {staff}").format(pupils="[% coalesce(\"pupils\", '–') %]",
                                                      staff="[% coalesce(\"staff\", '–') %]"),
        tr("Facts within 300 m: {facts}").format(facts="[% \"facts_300m\" %]"),
        tr("Safety documents: {documents}").format(documents="[% \"documents\" %]"),
    ])
    _label_item(layout, "details", details, x + 56, 29, w - 56, 40, 8.5, False, INK)
    _label_item(layout, "documents_title", tr("Safety documents (titles only, no content)"), x, 73, w, 5, 9.0,
                True, INK)
    doc_labels = {"ppms": tr("Safety plan (PPMS)"), "building_plan": tr("Building plan"),
                  "evacuation_plan": tr("Evacuation plan"), "photo": tr("Photo"),
                  "crisis_directory": tr("Crisis directory"), "other": tr("Other document")}
    doc_map = "map({})".format(", ".join("'{}', {}".format(code, _qstr(label)) for code, label in doc_labels.items()))
    _table(layout, "documents", layers[R_DOCUMENTS], [
        (tr("Type"), "coalesce({}[\"doc_type\"], \"doc_type\")".format(doc_map), 26, Qt.AlignLeft),
        (tr("Title"), "\"title\"", 34, Qt.AlignLeft),
        (tr("Version"), "\"version\"", 10, Qt.AlignRight),
        (tr("Date"), "format_date(\"created_at\", 'dd/MM/yyyy')", 14, Qt.AlignLeft),
        (tr("Review"), "coalesce(format_date(\"review_due\", 'dd/MM/yyyy'), '')", 14, Qt.AlignLeft),
    ], x, 79, w, 54, "\"school_id\" = attribute(@atlas_feature, 'id')", 10, tr("No document recorded."))
    legend = _legend(layout, "legend", main, [points, sites, incidents], x, 145, w, tr("Legend"), columns=2)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    _label_item(layout, "confidential", tr("The documents themselves are confidential: open them in GPS-U with "
                                           "the rights to do so."), x, 135, w, 6, 7.0, False, GREY)
    _footer(layout, width, height, _footer_text())
    _atlas(layout, schools, "\"name\"", "\"name\"")


def _poster(layout, layers, crs):
    width, height = 420.0, 297.0
    districts, incidents, heatmap = layers[R_DISTRICTS], layers[R_INCIDENTS], layers[R_HEATMAP]
    territory = layers[R_TERRITORY]
    extent = _extent(districts)
    _header(layout, width, tr("{municipality} – facts observed on the territory").format(
        municipality="[% @{} %]".format(MUNICIPALITY_VAR)), _period_text(), height=26)
    main = _map_item(layout, "map", [territory, districts, incidents, heatmap], 10, 33, 300, 252, extent, crs)
    _atlas_map(main, QgsLayoutItemMap.Auto, 0.03)
    _north_arrow(layout, main, 294, 37, 13)
    _scalebar(layout, main, 13, 278, 80)
    x, w = 317.0, 93.0
    _label_item(layout, "total", tr("{total} facts, {open} of them still open").format(
        total="[% \"total\" %]", open="[% \"open_count\" %]"), x, 33, w, 8, 13, True, NAVY)
    _label_item(layout, "empty", "[% if(\"total\" = 0, {}, '') %]".format(
        _qstr(tr("No fact was observed during this period."))), x, 42, w, 8, 10, False, "#b42318")
    _label_item(layout, "districts_title", tr("Facts per district"), x, 44, w, 6, 10.5, True, INK)
    _table(layout, "districts_table", districts, [
        (tr("District"), "\"name\"", 47, Qt.AlignLeft),
        (tr("Facts"), "\"total\"", 17, Qt.AlignRight),
        (tr("Still open"), "\"open_count\"", 17, Qt.AlignRight),
    ], x, 51, w, 72, None, 14, tr("No district recorded."))
    _label_item(layout, "chart_title", tr("Facts per category"), x, 127, w, 6, 10.5, True, INK)
    _chart(layout, "chart", x, 134, w, 56)
    _legend(layout, "legend", main, [incidents, heatmap], x, 194, w, tr("Legend"))
    _footer(layout, width, height, _footer_text(atlas=False))
    _atlas(layout, territory, "'territory'", "\"id\"")


BUILDERS = {DISTRICTS: (_district_atlas, "A4"), HOTSPOTS: (_hotspot_atlas, "A4"), SCHOOLS: (_school_atlas, "A4"),
            POSTER: (_poster, "A3")}


def build_layout(kind, project, layers, crs):
    """A new QgsPrintLayout of `kind` (not added to the project) over `layers` {role: layer}."""
    check_kind(kind)
    builder, paper = BUILDERS[kind]
    layout = QgsPrintLayout(project)
    _page(layout, paper)
    layout.setName(kind_names()[kind])
    layout.setCustomProperty(LAYOUT_PROPERTY, kind)
    builder(layout, layers, crs)
    layout.renderContext().setDpi(150)
    return layout


# -- templates ---------------------------------------------------------------------------------

def template_name(kind, language):
    return "gpsu_{}_{}.qpt".format(kind, language if language in ("fr", "nl", "en") else "fr")


def user_templates_dir():
    from qgis.core import QgsApplication

    return os.path.join(QgsApplication.qgisSettingsDirPath(), "gpsu", "templates")


def template_path(kind, language="fr"):
    """The template of `kind`: the user's (profile/gpsu/templates) if any, else the shipped one, else None."""
    name = template_name(check_kind(kind), language)
    for folder in (user_templates_dir(), TEMPLATES_DIR):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return path
    return None


def save_template(layout, path):
    """Write `layout` as a .qpt template (what the designer's "Save as Template" does)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise LayoutError(tr("The layout template could not be written to {}.").format(path))
    return path


def load_template(project, path, name=None):
    """A new QgsPrintLayout of `project` made from the .qpt at `path` (not added to the project)."""
    doc = QDomDocument()
    try:
        with open(path, "rb") as handle:
            content = handle.read()
    except OSError as exc:
        raise LayoutError(tr("The layout template {} could not be read.").format(path), str(exc)) from None
    ok = doc.setContent(content)
    if isinstance(ok, tuple):
        ok = ok[0]
    if not ok:
        raise LayoutError(tr("The layout template {} is not a valid QGIS template.").format(path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(doc, QgsReadWriteContext(), True)
    if not ok:
        raise LayoutError(tr("The layout template {} is not a valid QGIS template.").format(path))
    if name:
        layout.setName(name)
    return layout


def find_layout(project, kind):
    """The project's GPS-U layout of `kind`, or None."""
    for layout in project.layoutManager().printLayouts():
        if layout.customProperty(LAYOUT_PROPERTY) == kind:
            return layout
    return None


def _schema_crs(srid):
    crs = QgsCoordinateReferenceSystem("EPSG:{}".format(int(srid)))
    if not crs.isValid():
        raise InvalidInput(tr("EPSG:{} is not a known coordinate reference system.").format(srid))
    return crs


def _refresh(layout):
    """After loading: extents of the territory, atlas and tables up to date."""
    layout.refresh()
    for table in layout.multiFrames():
        if hasattr(table, "refreshAttributes"):
            table.refreshAttributes()


def _fit_maps(layout, districts):
    """Maps not driven by the atlas (the overviews) show the whole territory of this database."""
    extent = _extent(districts)
    if extent is None:
        return
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap) and not item.atlasDriven():
            item.zoomToExtent(extent)


def create_layout(project, kind, layers, srid, language="fr", use_template=True):
    """The layout of `kind` in `project`, from its template (or built), added to the layout manager.

    An existing GPS-U layout of the same kind is kept as it is (the user may have edited it).
    """
    existing = find_layout(project, kind)
    if existing is not None:
        _refresh(existing)
        return existing
    path = template_path(kind, language) if use_template else None
    if path is not None:
        layout = load_template(project, path, kind_names()[kind])
        layout.setCustomProperty(LAYOUT_PROPERTY, kind)
        _fit_maps(layout, layers.get(R_DISTRICTS))
    else:
        layout = build_layout(kind, project, layers, _schema_crs(srid))
    manager = project.layoutManager()
    name = layout.name()
    if manager.layoutByName(name) is not None:
        layout.setName(manager.generateUniqueTitle())
    if not manager.addLayout(layout):
        raise LayoutError(tr("The layout \"{}\" could not be added to the project.").format(name))
    _refresh(layout)
    return layout


def create_layouts(project, profile, srid, conn, period, kinds=KINDS, language="fr", use_templates=True):
    """Make (or update to `period`) the atlas layers and the GPS-U layouts of `kinds` in `project`:
    {kind: QgsPrintLayout}. `conn` (psycopg2) reads the categories and the municipality's name."""
    roles = []
    for kind in kinds:
        roles += [role for role in KIND_ROLES[check_kind(kind)] if role not in roles]
    present = ensure_layers(project, profile, srid, period, conn, language, roles)
    if conn is not None:
        set_municipality(project, municipality_name(conn))
    return {kind: create_layout(project, kind, present, srid, language, use_templates) for kind in kinds}
