"""Exporting the GPS-U layouts (reports.layouts) to PDF, page by page, with progress and cancel.

    result = export_kind(conn, profile, "district", period, "atlas.pdf")   # headless, this thread
    task = export_task(QgsProject.instance(), layout, "atlas.pdf", done)    # the GUI: a QgsTask

QGIS objects belong to the thread that made them. A layout of the user's project lives on the main
thread, so the task never touches it: `snapshot` copies it and its layers as XML on the main thread,
and the worker rebuilds them in a project of its own (`export_snapshot`), as QGIS Server would.

What keeps the atlas fast (measured by tests/bench/test_atlas_bench.py; QGIS 3.22 is reported at
16-41 s a page, ours take a fraction of a second):
- no legend "filtered by the map's content": that option hit-tests every layer of the map again on
  every page, and cost more than drawing the page itself (0.43 of 0.69 s a page in our measurements);
- the counts, charts and hot spots are computed by PostgreSQL in the layers' SQL, once per request,
  never by per-feature aggregate expressions in the layout;
- before exporting, each PostGIS layer the layout uses is read once into a memory layer (same id,
  same style; the facts and their heatmap share one read): the pages then draw from memory instead
  of querying the database for every map, table and label of every page;
- the heatmap is the only raster (QgsHeatmapRenderer), drawn at 150 dpi; everything else stays
  vector (no "export as image", no advanced effects forcing rasterisation), text stays text (smaller,
  faster and searchable); no georeferencing or GeoPDF work.
"""

import os
import time
from dataclasses import dataclass

from qgis.core import (Qgis, QgsExpressionContextUtils, QgsFeedback, QgsLayoutExporter, QgsLayoutItemLegend,
                       QgsLayoutItemMap, QgsLayoutRenderContext, QgsMapLayerType, QgsPrintLayout, QgsProject,
                       QgsRasterLayer, QgsReadWriteContext, QgsRenderContext, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from ..core.exceptions import GpsuError
from ..core.i18n import tr
from . import layouts

DPI = 150


class ExportError(GpsuError):
    """The PDF could not be made."""


class ExportCanceled(GpsuError):
    """The user stopped the export; no file is left behind."""

    level = Qgis.Info

    def __init__(self, message=None, details=""):
        super().__init__(message or tr("The export was cancelled."), details)


@dataclass
class ExportResult:
    path: str
    kind: str
    pages: int
    seconds: float
    empty: bool = False
    message: str = ""

    @property
    def seconds_per_page(self):
        return self.seconds / self.pages if self.pages else 0.0

    @property
    def pages_per_second(self):
        return self.pages / self.seconds if self.seconds > 0 else 0.0


class _Feedback(QgsFeedback):
    """Bridges QgsLayoutExporter's page-by-page progress and cancel to callables."""

    def __init__(self, progress=None, is_canceled=None, start=0.0, span=100.0):
        super().__init__()
        self._progress, self._is_canceled = progress, is_canceled
        self._start, self._span = start, span
        self.progressChanged.connect(self._report)

    def _report(self, value):
        if self._is_canceled is not None and self._is_canceled() and not self.isCanceled():
            self.cancel()
        if self._progress is not None:
            self._progress(self._start + self._span * value / 100.0)


def pdf_settings(layout, dpi=DPI):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.simplifyGeometries = True
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.writeGeoPdf = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    settings.flags = QgsLayoutRenderContext.Flags(QgsLayoutRenderContext.FlagAntialiasing
                                                  | QgsLayoutRenderContext.FlagDisableTiledRasterLayerRenders)
    layout.renderContext().setDpi(dpi)
    return settings


# -- reading the layers once --------------------------------------------------------------------

def _memory_copy_of(layer, cache=None):
    """A memory layer with `layer`'s features, id, name, style and properties: read once, drawn often
    (`cache` {source: features} reads layers of the same SQL once: the facts and their heatmap)."""
    geometry = QgsWkbTypes.displayString(layer.wkbType()) if layer.isSpatial() else "None"
    uri = "{}?crs={}".format(geometry, layer.crs().authid()) if layer.isSpatial() else "None"
    doc = QDomDocument("qgis")
    element = doc.createElement("maplayer")
    doc.appendChild(element)
    context = QgsReadWriteContext()
    layer.writeLayerXml(element, doc, context)
    _replace_text(doc, element, "provider", "memory")
    _replace_text(doc, element, "datasource", uri)
    copy = QgsVectorLayer()
    copy.readLayerXml(element, context)
    provider = copy.dataProvider()
    provider.addAttributes(layer.fields().toList())
    copy.updateFields()
    cache = {} if cache is None else cache
    if layer.source() not in cache:
        cache[layer.source()] = list(layer.getFeatures())
    provider.addFeatures(cache[layer.source()])
    copy.updateExtents()
    return copy


def _replace_text(doc, parent, tag, text):
    node = parent.firstChildElement(tag)
    if node.isNull():
        node = doc.createElement(tag)
        parent.appendChild(node)
    while node.hasChildNodes():
        node.removeChild(node.firstChild())
    node.appendChild(doc.createTextNode(text))


# -- exporting a layout in the current thread --------------------------------------------------

def _empty_page(layout, path, title, message, dpi):
    """A one-page PDF saying why there is nothing to show (an atlas with no page)."""
    page = QgsPrintLayout(layout.project())
    layouts._page(page, "A4")
    layouts._header(page, 297.0, title, layouts._period_text())
    layouts._label_item(page, "message", message, 20, 60, 257, 30, 16, True, layouts.NAVY, Qt.AlignCenter)
    layouts._footer(page, 297.0, 210.0, layouts._footer_text(atlas=False))
    result = QgsLayoutExporter(page).exportToPdf(path, pdf_settings(page, dpi))
    if result != QgsLayoutExporter.Success:
        raise ExportError(tr("The PDF could not be written to {}.").format(path))


def _empty_messages():
    return {layouts.HOTSPOTS: tr("No hot spot was found during this period."),
            layouts.SCHOOLS: tr("No school is recorded in GPS-U."),
            layouts.DISTRICTS: tr("No district is recorded in GPS-U.")}


def _no_fact_message():
    return tr("No fact was observed during this period.")


def _facts_total(project):
    districts = project.mapLayer(layouts.layer_id(layouts.R_DISTRICTS))
    if districts is None or districts.fields().indexOf("total") < 0:
        return None
    return sum(feature["total"] or 0 for feature in districts.getFeatures())


def _remove(path):
    try:
        os.remove(path)
    except OSError:
        pass


def export_layout(layout, path, progress=None, is_canceled=None, dpi=DPI, settings=None):
    """Export `layout` (an atlas page by page, or a single page) to the PDF `path` in this thread.

    `progress(percent)` follows the pages; `is_canceled()` is asked between pages: ExportCanceled
    then, and no file is left. Returns an ExportResult (empty=True with a message when the period
    holds no fact or the atlas no page: the PDF then says so). `settings` (PdfExportSettings)
    replaces GPS-U's (the benchmark compares them with QGIS's defaults).
    """
    kind = layout.customProperty(layouts.LAYOUT_PROPERTY) or ""
    project = layout.project()
    started = time.perf_counter()
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise ExportError(tr("The folder {} does not exist.").format(folder))
    total = _facts_total(project) if kind in (layouts.DISTRICTS, layouts.POSTER) else None
    message = _no_fact_message() if total == 0 else ""
    settings = settings or pdf_settings(layout, dpi)
    atlas = layout.atlas()
    if atlas.enabled():
        if atlas.coverageLayer() is None:
            raise ExportError(tr("The atlas of the layout \"{}\" has no coverage layer.").format(layout.name()))
        count = atlas.updateFeatures()
        if count == 0:
            message = _empty_messages().get(kind, tr("The atlas has no page."))
            _empty_page(layout, path, layout.name().split("–")[-1].strip(), message, dpi)
            return ExportResult(path, kind, 1, time.perf_counter() - started, True, message)
        feedback = _Feedback(progress, is_canceled)
        if is_canceled is not None and is_canceled():
            raise ExportCanceled()
        result, error = QgsLayoutExporter.exportToPdf(atlas, path, settings, feedback)
        pages = count * layout.pageCollection().pageCount()
    else:
        if is_canceled is not None and is_canceled():
            raise ExportCanceled()
        result, error = QgsLayoutExporter(layout).exportToPdf(path, settings), ""
        pages = layout.pageCollection().pageCount()
    if result == QgsLayoutExporter.Canceled or (is_canceled is not None and is_canceled()):
        _remove(path)
        raise ExportCanceled()
    if result != QgsLayoutExporter.Success:
        _remove(path)
        raise ExportError(tr("The PDF could not be written to {}.").format(path), error or str(result))
    if progress is not None:
        progress(100.0)
    return ExportResult(path, kind, pages, time.perf_counter() - started, bool(message), message)


# -- a copy for a worker thread ----------------------------------------------------------------

def _referenced_layers(project, layout):
    ids = set()
    coverage = layout.atlas().coverageLayer()
    if coverage is not None:
        ids.add(coverage.id())
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap):
            ids.update(layer.id() for layer in item.layersToRender() if layer is not None)
        elif isinstance(item, QgsLayoutItemLegend):
            ids.update(node.layerId() for node in item.model().rootGroup().findLayers())
    for frame in layout.multiFrames():
        if hasattr(frame, "vectorLayer") and frame.vectorLayer() is not None:
            ids.add(frame.vectorLayer().id())
    return [project.mapLayer(layer_id) for layer_id in ids if project.mapLayer(layer_id) is not None]


def snapshot(project, layout):
    """On the main thread: `layout`, its layers and the project's variables as XML text."""
    context = QgsReadWriteContext()
    context.setPathResolver(project.pathResolver())
    layer_xml = []
    for layer in _referenced_layers(project, layout):
        if layer.type() not in (QgsMapLayerType.VectorLayer, QgsMapLayerType.RasterLayer):
            continue
        doc = QDomDocument("qgis")
        element = doc.createElement("maplayer")
        doc.appendChild(element)
        layer.writeLayerXml(element, doc, context)
        layer_xml.append((int(layer.type()), doc.toString()))
    doc = QDomDocument("qgis")
    doc.appendChild(layout.writeXml(doc, context))
    scope = QgsExpressionContextUtils.projectScope(project)
    variables = {name: scope.variable(name) for name in scope.variableNames()
                 if name.startswith("gpsu_") or name == "project_title"}
    return {"layers": layer_xml, "layout": doc.toString(), "variables": variables, "crs": project.crs().authid()}


def _rebuild(snap, materialize=True):
    """A project of its own with copies of the layers and the layout; with `materialize`, each
    PostGIS layer is read once into a memory layer of the same id before the layout is read."""
    from qgis.core import QgsCoordinateReferenceSystem

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(snap["crs"]))
    context = QgsReadWriteContext()
    cache = {}
    for layer_type, text in snap["layers"]:
        doc = QDomDocument()
        doc.setContent(text)
        layer = QgsVectorLayer() if layer_type == int(QgsMapLayerType.VectorLayer) else QgsRasterLayer()
        layer.readLayerXml(doc.documentElement(), context)
        if materialize and layer.type() == QgsMapLayerType.VectorLayer and layer.providerType() == "postgres":
            if not layer.isValid():
                raise ExportError(tr("The layer \"{}\" could not be read from the database.").format(layer.name()))
            layer = _memory_copy_of(layer, cache)
        project.addMapLayer(layer, False)
    QgsExpressionContextUtils.setProjectVariables(project, snap["variables"])
    doc = QDomDocument()
    doc.setContent(snap["layout"])
    layout = QgsPrintLayout(project)
    if not layout.readXml(doc.documentElement(), doc, context):
        raise ExportError(tr("The layout could not be copied for the export."))
    return project, layout


def export_snapshot(snap, path, progress=None, is_canceled=None, dpi=DPI, materialize=True, settings=None,
                    prepare=None):
    """In a worker thread: rebuild the snapshot, read the layers once, export (see export_layout).
    `prepare(layout)`, if given, may change the copy first (the benchmark's variants)."""
    project, layout = _rebuild(snap, materialize)
    try:
        if prepare is not None:
            prepare(layout)
        if progress is not None:
            progress(5.0)
        scaled = (lambda pct: progress(5.0 + 0.95 * pct)) if progress is not None else None
        return export_layout(layout, path, scaled, is_canceled, dpi, settings)
    finally:
        project.clear()


def export_task(project, layout, path, done, dpi=DPI):
    """A started FunctionTask exporting `layout` of `project` to `path`; done(ExportResult, error)."""
    from ..gui import tasks

    snap = snapshot(project, layout)

    def work(task):
        return export_snapshot(snap, path, task.setProgress, task.isCanceled, dpi)

    return tasks.start(tasks.FunctionTask(tr("GPS-U: {}").format(layout.name()), work, done))


# -- headless ----------------------------------------------------------------------------------

def export_kind(conn, profile, kind, period, path, language="fr", progress=None, is_canceled=None, dpi=DPI,
                materialize=True, srid=None, settings=None, prepare=None):
    """Headless (command line, tests, benchmark): a project of its own with the GPS-U layout of
    `kind` for `period`, exported to `path` in this thread. Returns an ExportResult."""
    from ..core import migrations

    layouts.check_kind(kind)
    srid = srid or migrations.installed_srid(conn)
    project = QgsProject()
    try:
        layout = layouts.create_layouts(project, profile, srid, conn, period, (kind,), language)[kind]
        if not materialize:
            if prepare is not None:
                prepare(layout)
            scaled = (lambda pct: progress(5.0 + 0.95 * pct)) if progress is not None else None
            return export_layout(layout, path, scaled, is_canceled, dpi, settings)
        return export_snapshot(snapshot(project, layout), path, progress, is_canceled, dpi, True, settings, prepare)
    finally:
        project.clear()
