"""Processing algorithm: heatmap (kernel density) of the filtered incidents, computed by QGIS's own
kernel density algorithm (qgis:heatmapkerneldensityestimation) as a child algorithm."""

from psycopg2 import sql
from qgis.core import (QgsColorRampShader, QgsFeature, QgsGeometry, QgsGradientColorRamp, QgsGradientStop,
                       QgsPointXY, QgsProcessingException, QgsProcessingLayerPostProcessorInterface,
                       QgsProcessingMultiStepFeedback, QgsProcessingParameterDistance,
                       QgsProcessingParameterRasterDestination, QgsRasterBandStats, QgsRasterLayer, QgsRasterShader,
                       QgsSingleBandPseudoColorRenderer, QgsVectorLayer)
from qgis.PyQt.QtGui import QColor

from ...core.i18n import tr
from .base import AnalysisAlgorithm

KDE = "qgis:heatmapkerneldensityestimation"
MAX_PIXELS = 50_000_000
BATCH = 10_000

# ST_X/ST_Y of the filtered incidents (the schema keeps points in its projected CRS)
POINTS = "SELECT ST_X(i.geom), ST_Y(i.geom) FROM gpsu.incidents i WHERE {where} AND i.geom IS NOT NULL"
EXTENT = ("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) "
          "FROM (SELECT ST_Extent(i.geom) AS e FROM gpsu.incidents i WHERE {where}) x")


def density_ramp():
    """Transparent yellow (no density) through orange to red (the densest)."""
    ramp = QgsGradientColorRamp(QColor(255, 255, 0, 0), QColor(215, 25, 28, 255))
    ramp.setStops([QgsGradientStop(0.2, QColor(255, 255, 0, 150)), QgsGradientStop(0.6, QColor(253, 141, 60, 220))])
    return ramp


def density_renderer(provider, band=1):
    """A single band pseudocolour renderer from 0 to the band's maximum, interpolated along density_ramp()."""
    stats = provider.bandStatistics(band, QgsRasterBandStats.Min | QgsRasterBandStats.Max)
    maximum = stats.maximumValue if stats.maximumValue > 0 else 1.0
    shader_function = QgsColorRampShader(0.0, maximum)
    shader_function.setColorRampType(QgsColorRampShader.Interpolated)
    shader_function.setSourceColorRamp(density_ramp())
    shader_function.classifyColorRamp(7, band)
    shader_function.setMinimumValue(0.0)
    shader_function.setMaximumValue(maximum)
    shader = QgsRasterShader(0.0, maximum)
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(provider, band, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(maximum)
    return renderer


class HeatmapStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies density_renderer() to the output raster once it is loaded."""

    instance = None  # a reference kept here, or Python would delete it before QGIS calls it

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsRasterLayer) and layer.isValid():
            layer.setRenderer(density_renderer(layer.dataProvider()))
            layer.triggerRepaint()

    @staticmethod
    def create():
        HeatmapStyler.instance = HeatmapStyler()
        return HeatmapStyler.instance


class HeatmapAlgorithm(AnalysisAlgorithm):
    RADIUS = "RADIUS"
    PIXEL_SIZE = "PIXEL_SIZE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "heatmap"

    def displayName(self):
        return tr("Heatmap (kernel density)")

    def shortHelpString(self):
        return tr("A raster of the density of the filtered incidents, computed by QGIS's own kernel density "
                  "algorithm (Heatmap, kernel density estimation) with a quartic kernel: each incident spreads "
                  "its weight over a disc of the given radius, and each pixel holds the sum of the kernels "
                  "(raw values). The raster is in the coordinate reference system of the GPS-U schema and is "
                  "styled from transparent yellow (low density) to red (high density).")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        self.addParameter(QgsProcessingParameterDistance(
            self.RADIUS, tr("Radius (metres)"), defaultValue=300.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterDistance(
            self.PIXEL_SIZE, tr("Pixel size (metres)"), defaultValue=25.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Heatmap")))

    def processAlgorithm(self, parameters, context, feedback):
        import processing

        steps = QgsProcessingMultiStepFeedback(2, feedback)
        filters = self.analysis_filter(parameters, context)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        pixel = self.parameterAsDouble(parameters, self.PIXEL_SIZE, context)
        if radius <= 0 or pixel <= 0:
            raise QgsProcessingException(tr("The radius and the pixel size must be positive."))
        with self.connection(parameters, context, feedback) as conn:
            crs, _srid = self.schema_crs(conn)
            where, params, count = self.filtered_incidents(conn, filters)
            with conn.cursor() as cur:
                cur.execute(sql.SQL(EXTENT).format(where=where), params)
                xmin, ymin, xmax, ymax = cur.fetchone()
            pixels = ((xmax - xmin + 2 * radius) / pixel + 1) * ((ymax - ymin + 2 * radius) / pixel + 1)
            if pixels > MAX_PIXELS:
                raise QgsProcessingException(tr("The raster would have more than fifty million pixels; choose "
                                                "larger pixels."))
            feedback.pushInfo(tr("{n} incidents ({filters}); radius {radius:.0f} m, pixels of {pixel:g} m.")
                              .format(n=count, filters=filters.describe(), radius=radius, pixel=pixel))
            points = QgsVectorLayer("Point?crs={}".format(crs.authid()), "gpsu_heatmap_points", "memory")
            provider = points.dataProvider()
            loaded = 0
            with conn.cursor(name="gpsu_heatmap_points") as cur:  # server-side: streamed in batches
                cur.itersize = BATCH
                cur.execute(sql.SQL(POINTS).format(where=where), params)
                while True:
                    rows = cur.fetchmany(BATCH)
                    if not rows:
                        break
                    self.check_canceled(feedback)
                    batch = []
                    for x, y in rows:
                        feature = QgsFeature()
                        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                        batch.append(feature)
                    provider.addFeatures(batch)
                    loaded += len(batch)
                    steps.setProgress(100 * loaded / count)
            conn.rollback()
        points.updateExtents()
        self.check_canceled(feedback)
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        steps.setCurrentStep(1)
        child = processing.run(KDE, {"INPUT": points, "RADIUS": radius, "PIXEL_SIZE": pixel, "KERNEL": 0,
                                     "OUTPUT_VALUE": 0, "OUTPUT": destination},
                               context=context, feedback=steps, is_child_algorithm=True)
        self.check_canceled(feedback)
        output = child["OUTPUT"]
        feedback.pushInfo(tr("Heatmap of {n} incidents written.").format(n=loaded))
        if context.willLoadLayerOnCompletion(destination):
            context.layerToLoadOnCompletionDetails(destination).setPostProcessor(HeatmapStyler.create())
        return {self.OUTPUT: output}
