"""The one-page "reflex sheet" of a school for responders (SAGES): the site map drawn by QGIS with the
emergency vehicle access points, assembly points, confinement areas, evacuation routes and the gas,
electricity and water cut-offs; the crisis cell's phone numbers and the alert signals (from the
school's latest PPMS); the number of pupils and staff.

    make(conn, school_id, "fiche.pdf")              # collect + map + PDF (usable in a QgsTask)
    data = collect(conn, school_id); render(data, "fiche.pdf", map_png=site_map(data))

The map's layers are memory layers made from the school's geometry by the calling thread, so the
whole sheet can be made in a worker thread.
"""

import io
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

from qgis.PyQt.QtCore import QCoreApplication

from ..core import schools
from ..core.exceptions import GpsuError
from ..core.i18n import load_translator, tr
from .map_extract import DPI, INCH_M, QgisMapExtract

LOG = logging.getLogger(__name__)
MAP_PX = (800, 560)
MIN_SCALE = 600

POINT_STYLE = schools.POINT_STYLE  # colour, QGIS marker shape of each kind of point (and the PDF legend)
SITE_COLOUR, BUILDING_COLOUR, AREA_COLOUR, ROUTE_COLOUR = "#f2f4f7", "#98a2b3", "#fdb022", "#039855"


class ReflexSheetError(GpsuError):
    """The reflex sheet could not be made."""


@dataclass
class ReflexData:
    school: object            # core.schools.School
    srid: int
    features: dict            # core.schools.site_features()
    contacts: list = field(default_factory=list)   # [(role, name, phone, alternative)]
    alerts: dict = field(default_factory=dict)
    director: dict = field(default_factory=dict)


def collect(conn, school_id):
    school = schools.school(conn, school_id)
    sections = schools.latest_ppms_sections(conn, school_id)
    return ReflexData(school, schools.database_srid(conn), schools.site_features(conn, school_id),
                      schools.crisis_contacts(sections), sections.get("alerts") or {},
                      sections.get("identification") or {})


# ---------------------------------------------------------------------------------------------
# map

class _SiteExtract(QgisMapExtract):
    """A map extract without the centre marker (the site's own symbols say where things are)."""

    def _marker(self, painter, settings):
        return None


def site_layers(data):
    """Memory layers (top first) of the school's PPMS geometry, styled; made by the calling thread."""
    from qgis.core import (QgsCategorizedSymbolRenderer, QgsFeature, QgsFillSymbol, QgsGeometry, QgsLineSymbol,
                           QgsMarkerSymbol, QgsPalLayerSettings, QgsRendererCategory, QgsTextFormat,
                           QgsVectorLayer, QgsVectorLayerSimpleLabeling)
    from qgis.PyQt.QtGui import QColor

    crs = "EPSG:{}".format(int(data.srid))

    def layer(kind, name, rows, fields="&field=kind:string&field=label:string"):
        made = QgsVectorLayer("{}?crs={}{}".format(kind, crs, fields), name, "memory")
        features = []
        for attributes, wkt in rows:
            feature = QgsFeature(made.fields())
            feature.setAttributes(list(attributes))
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            features.append(feature)
        made.dataProvider().addFeatures(features)
        made.updateExtents()
        return made

    features = data.features
    sites = layer("MultiPolygon", "sites", [(("site", ""), wkt) for wkt in features["sites"]])
    sites.renderer().setSymbol(QgsFillSymbol.createSimple({"color": SITE_COLOUR, "outline_color": "#475467",
                                                           "outline_width": "0.6", "outline_style": "dash"}))
    buildings = layer("MultiPolygon", "buildings",
                      [(("building", "{}{}".format(name, " (R+{})".format(floors - 1) if floors else "")), wkt)
                       for name, floors, wkt in features["buildings"]])
    buildings.renderer().setSymbol(QgsFillSymbol.createSimple({"color": BUILDING_COLOUR, "outline_color": "#344054",
                                                               "outline_width": "0.4"}))
    areas = layer("MultiPolygon", "areas", [((kind, label), wkt) for kind, label, wkt in features["areas"]])
    areas.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "253,176,34,110", "outline_color": AREA_COLOUR,
                                                           "outline_width": "0.8"}))
    routes = layer("MultiLineString", "routes", [((kind, label), wkt) for kind, label, wkt in features["routes"]])
    routes.renderer().setSymbol(QgsLineSymbol.createSimple({"line_color": ROUTE_COLOUR, "line_width": "1.2",
                                                            "line_style": "dash"}))
    points = layer("Point", "points", [((kind, label), wkt) for kind, label, wkt in features["points"]])
    categories = []
    for kind, (colour, shape) in POINT_STYLE.items():
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "size": "4.6",
                                               "outline_color": "#ffffff", "outline_width": "0.5"})
        categories.append(QgsRendererCategory(kind, symbol, schools.point_kind_label(kind)))
    points.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))

    text = QgsTextFormat()
    text.setSize(8.5)
    text.setColor(QColor("#101828"))
    text.buffer().setEnabled(True)
    text.buffer().setSize(0.8)
    for target in (buildings, points):
        settings = QgsPalLayerSettings()
        settings.fieldName = "label"
        settings.setFormat(text)
        if target is points:
            settings.dist = 1.5
        target.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        target.setLabelsEnabled(True)
    return [points, routes, areas, buildings, sites]


def _extent(layers, school):
    from qgis.core import QgsRectangle

    extent = QgsRectangle()
    for layer in layers:
        if layer.featureCount():
            if extent.isNull() or extent.isEmpty():
                extent = QgsRectangle(layer.extent())
            else:
                extent.combineExtentWith(layer.extent())
    if extent.isNull() or extent.isEmpty():
        extent = QgsRectangle(school.x - 60, school.y - 40, school.x + 60, school.y + 40)
    return extent


def site_map(data, size_px=MAP_PX):
    """PNG bytes of the site map (the whole site, its buildings and PPMS features, with a margin)."""
    layers = site_layers(data)
    extent = _extent(layers, data.school)
    width_m, height_m = max(extent.width(), 20.0), max(extent.height(), 20.0)
    scale = max(width_m / size_px[0], height_m / size_px[1]) * DPI / INCH_M * 1.25
    extract = _SiteExtract(layers, data.srid, size_px=size_px, scale=max(scale, MIN_SCALE), background="#ffffff")
    extract._keep = layers
    centre = extent.center()
    return extract(centre.x(), centre.y())


# ---------------------------------------------------------------------------------------------
# PDF

def _translator(language):
    if not language or language == "en" or QCoreApplication.instance() is None:
        return None
    return load_translator(language)


def render(data, path, language=None, map_png=None, issued_at=None):
    """Write the one-page PDF to `path` (atomically). `map_png`: the site map (PNG bytes) or None."""
    translator = _translator(language)
    try:
        return _write(data, path, map_png, issued_at or datetime.now().astimezone())
    except GpsuError:
        raise
    except OSError as exc:
        raise ReflexSheetError(tr("The PDF could not be written to {}.").format(path), str(exc)) from None
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


def _write(data, path, map_png, issued_at):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (Image, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    ink, grey, accent = colors.HexColor("#101828"), colors.HexColor("#475467"), colors.HexColor("#b42318")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11.5, textColor=ink)
    styles = {
        "body": body,
        "small": ParagraphStyle("s", parent=body, fontSize=7.5, leading=9.5, textColor=grey),
        "title": ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=17, leading=21),
        "sub": ParagraphStyle("u", parent=body, fontSize=10, leading=13, textColor=grey),
        "h": ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                            textColor=accent, spaceBefore=6, spaceAfter=3),
        "big": ParagraphStyle("g", parent=body, fontName="Helvetica-Bold", fontSize=15, leading=18),
        "cell": ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5),
        "phone": ParagraphStyle("p", parent=body, fontName="Helvetica-Bold", fontSize=10, leading=12),
    }

    def p(text, style="body"):
        return Paragraph(escape(str(text or "")), styles[style])

    school = data.school
    width, height = A4
    margin = 1.2 * cm
    usable = width - 2 * margin
    story = [p(school.name, "title"),
             p(" · ".join(part for part in (school.type_label, school.code, school.place()) if part), "sub"),
             Spacer(1, 5)]
    if map_png:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(map_png))
        px_w, px_h = reader.getSize()
        map_w = usable
        story.append(Image(io.BytesIO(map_png), width=map_w, height=map_w * px_h / px_w))
    else:
        story.append(p(tr("No site map: the school has no geometry yet."), "small"))
    story.append(Spacer(1, 3))
    story.append(_legend(p, colors, usable))

    # crisis cell | key figures and alert signals
    contacts = [[p(tr("Role"), "small"), p(tr("Name"), "small"), p(tr("Phone"), "small"),
                 p(tr("Other phone"), "small")]]
    for role, name, phone, other in data.contacts[:10]:
        contacts.append([p(role, "cell"), p(name, "cell"), p(phone, "phone"), p(other, "cell")])
    empty = len(contacts) == 1
    if empty:
        contacts.append([p(tr("No crisis cell in the PPMS yet."), "cell"), "", "", ""])
    left_w = usable * 0.6
    crisis = Table(contacts, colWidths=[left_w * 0.26, left_w * 0.3, left_w * 0.24, left_w * 0.2], repeatRows=1)
    crisis.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d0d5dd")),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
                               + ([("SPAN", (0, 1), (-1, 1))] if empty else [])))
    left = [p(tr("Crisis cell"), "h"), crisis]
    if data.director.get("phone"):
        left.append(Spacer(1, 4))
        left.append(p(tr("School: {}").format(data.director.get("phone")), "phone"))

    right = [p(tr("People on site"), "h"),
             p(tr("{} pupils").format(school.pupils if school.pupils is not None else "?"), "big"),
             p(tr("{} staff").format(school.staff if school.staff is not None else "?"), "big")]
    buildings = data.features["buildings"]
    if buildings:
        right.append(p(tr("Buildings: {}").format(", ".join(
            "{}{}".format(name, " ({})".format(tr("{} floors").format(floors)) if floors is not None else "")
            for name, floors, _w in buildings)), "cell"))
    signals = [(tr("Confinement"), data.alerts.get("confinement")), (tr("Evacuation"), data.alerts.get("evacuation")),
               (tr("Intrusion"), data.alerts.get("intrusion")), (tr("End of alert"), data.alerts.get("end"))]
    signals = [(label, text) for label, text in signals if text]
    if signals:
        right.append(p(tr("Alert signals"), "h"))
        for label, text in signals:
            right.append(Paragraph("<b>{}</b>: {}".format(escape(label), escape(text)), styles["cell"]))
    columns = Table([[KeepInFrame(left_w, 9 * cm, left, mode="shrink"),
                      KeepInFrame(usable - left_w - 8, 9 * cm, right, mode="shrink")]],
                    colWidths=[left_w + 8, usable - left_w - 8])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(columns)

    footer = tr("Reflex sheet · confidential: for the emergency services · issued on {}").format(
        issued_at.strftime("%Y-%m-%d %H:%M"))

    def decorate(canvas, _doc):
        canvas.saveState()
        canvas.setFillColor(accent)
        canvas.rect(0, height - 0.9 * cm, width, 0.9 * cm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(margin, height - 0.6 * cm, tr("REFLEX SHEET · SCHOOL SAFETY"))
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(grey)
        canvas.drawString(margin, 0.7 * cm, footer)
        canvas.restoreState()

    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(suffix=".pdf", dir=directory)
    os.close(handle)
    try:
        doc = SimpleDocTemplate(temporary, pagesize=A4, leftMargin=margin, rightMargin=margin,
                                topMargin=1.3 * cm, bottomMargin=1.2 * cm, title=tr("Reflex sheet"),
                                author="GPS-U for QGIS", subject=school.name, creator="GPS-U for QGIS")
        frame_h = height - 2.5 * cm
        doc.build([KeepInFrame(usable, frame_h, story, mode="shrink")], onFirstPage=decorate, onLaterPages=decorate)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return 1


def _legend(p, colors, width):
    from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
    from reportlab.platypus import Table, TableStyle

    def swatch(kind):
        drawing = Drawing(12, 10)
        if kind in POINT_STYLE:
            colour, shape = POINT_STYLE[kind]
            fill = colors.HexColor(colour)
            if shape == "triangle":
                drawing.add(Polygon([1, 1, 11, 1, 6, 10], fillColor=fill, strokeColor=colors.white))
            elif shape == "diamond":
                drawing.add(Polygon([6, 0, 11, 5, 6, 10, 1, 5], fillColor=fill, strokeColor=colors.white))
            else:
                drawing.add(Rect(1.5, 1, 9, 9, fillColor=fill, strokeColor=colors.white))
        elif kind == "route":
            drawing.add(Line(0, 5, 12, 5, strokeColor=colors.HexColor(ROUTE_COLOUR), strokeWidth=2,
                             strokeDashArray=[3, 2]))
        else:
            colour = {"area": AREA_COLOUR, "building": BUILDING_COLOUR, "site": SITE_COLOUR}[kind]
            drawing.add(Rect(0.5, 1, 11, 8, fillColor=colors.HexColor(colour), strokeColor=colors.HexColor("#475467"),
                             strokeWidth=0.5))
        return drawing

    entries = [(kind, schools.point_kind_label(kind)) for kind in POINT_STYLE] + [
        ("area", tr("Confinement area")), ("route", tr("Evacuation route")), ("building", tr("Building")),
        ("site", tr("School site"))]
    cells = []
    for kind, label in entries:
        cells.extend([swatch(kind), p(label, "small")])
    per_row = 10
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1].extend([""] * (per_row - len(rows[-1])))
    table = Table(rows, colWidths=[14, width / 5 - 14] * 5)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def make(conn, school_id, path, language=None, with_map=True):
    """Collect, draw the site map (QGIS) and write the sheet to `path`; returns `path`."""
    data = collect(conn, school_id)
    map_png = None
    if with_map:
        try:
            map_png = site_map(data)
        except Exception as exc:  # a map that fails never stops the sheet
            LOG.warning("reflex sheet: the map of school %s was not drawn: %s", school_id, exc)
    render(data, path, language, map_png)
    return path
