"""Processing algorithm: hot spots (Getis-Ord Gi*) on a square or hexagon grid over the territory."""

import math

import numpy as np
from psycopg2 import sql
from qgis.core import (QgsCategorizedSymbolRenderer, QgsFeature, QgsFeatureSink, QgsField, QgsFields,
                       QgsFillSymbol, QgsGeometry, QgsProcessing, QgsProcessingException,
                       QgsProcessingLayerPostProcessorInterface, QgsProcessingParameterDistance,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink, QgsRendererCategory,
                       QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core.i18n import tr
from . import gistar
from .base import AnalysisAlgorithm

MIN_CELL, MAX_CELL = 100.0, 500.0

# the territory: the districts (or the chosen one); without districts, the incidents' extent
TERRITORY = """
    SELECT coalesce((SELECT ST_Union(geom) FROM gpsu.districts WHERE %(district)s::integer IS NULL
                     OR id = %(district)s::integer),
                    (SELECT ST_Envelope(ST_Collect(i.geom)) FROM gpsu.incidents i WHERE {where})) AS g
"""

GRID = """
WITH territory AS ({territory}),
cells AS (
    SELECT s.i, s.j, s.geom FROM territory t, ST_SquareGrid(%(size)s, t.g) s WHERE ST_Intersects(s.geom, t.g)
), counts AS (
    SELECT floor(ST_X(i.geom) / %(size)s)::integer AS i, floor(ST_Y(i.geom) / %(size)s)::integer AS j,
           count(*) AS n
    FROM gpsu.incidents i WHERE {where} GROUP BY 1, 2
)
SELECT c.i, c.j, coalesce(k.n, 0), ST_AsBinary(c.geom) FROM cells c LEFT JOIN counts k USING (i, j) ORDER BY c.i, c.j
"""

# Hexagons of side %(size)s: the incidents are counted by a spatial join (the spatial index of the
# incidents); a point exactly on an edge between two hexagons would count in both.
HEX_GRID = """
WITH territory AS ({territory}),
cells AS MATERIALIZED (
    SELECT s.i, s.j, s.geom FROM territory t, ST_HexagonGrid(%(size)s, t.g) s WHERE ST_Intersects(s.geom, t.g)
), counts AS (
    SELECT c.i, c.j, count(*) AS n FROM cells c JOIN gpsu.incidents i ON ST_Intersects(c.geom, i.geom)
    WHERE {where} GROUP BY 1, 2
)
SELECT c.i, c.j, coalesce(k.n, 0), ST_AsBinary(c.geom) FROM cells c LEFT JOIN counts k USING (i, j) ORDER BY c.i, c.j
"""

COLOURS = {3: "#b2182b", 2: "#ef8a62", 1: "#fddbc7", 0: None, -1: "#d1e5f0", -2: "#67a9cf", -3: "#2166ac"}


def default_cell_size(area, count):
    """Twice the side of a square holding one incident on average, between 100 and 500 m."""
    if count <= 0 or area <= 0:
        return MAX_CELL
    return min(MAX_CELL, max(MIN_CELL, 2.0 * math.sqrt(area / count)))


def class_labels():
    return {3: tr("Hot spot, 99 % confidence"), 2: tr("Hot spot, 95 % confidence"),
            1: tr("Hot spot, 90 % confidence"), 0: tr("Not significant"),
            -1: tr("Cold spot, 90 % confidence"), -2: tr("Cold spot, 95 % confidence"),
            -3: tr("Cold spot, 99 % confidence")}


def hotspot_renderer():
    """Categorized on gi_bin: reds for hot spots, blues for cold spots, transparent otherwise."""
    categories = []
    for code, label in class_labels().items():
        colour = COLOURS[code]
        if colour is None:
            symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "160,160,160,90",
                                                 "outline_width": "0.1"})
        else:
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "255,255,255,120",
                                                 "outline_width": "0.1"})
        categories.append(QgsRendererCategory(code, symbol, label, True))
    return QgsCategorizedSymbolRenderer("gi_bin", categories)


class HotspotStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies hotspot_renderer() to the output once it is loaded."""

    instance = None  # a reference kept here, or Python would delete it before QGIS calls it

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf("gi_bin") >= 0:
            layer.setRenderer(hotspot_renderer())
            layer.triggerRepaint()

    @staticmethod
    def create():
        HotspotStyler.instance = HotspotStyler()
        return HotspotStyler.instance


class HotSpotsAlgorithm(AnalysisAlgorithm):
    CELL_SIZE = "CELL_SIZE"
    NEIGHBOURHOOD = "NEIGHBOURHOOD"
    SHAPE = "SHAPE"
    OUTPUT = "OUTPUT"

    def name(self):
        return "hot_spots"

    def displayName(self):
        return tr("Hot spots (Getis-Ord Gi*)")

    def shortHelpString(self):
        return tr("Counts the filtered incidents in the cells of a grid of squares or hexagons over the territory "
                  "(the districts, or the chosen one) and computes the Getis-Ord Gi* statistic of each cell with "
                  "binary weights: its neighbours are the cells whose centres lie within the neighbourhood "
                  "distance, the cell itself included. Each cell gets its count, its z-score, its two-sided "
                  "p-value, the p-value corrected for the false discovery rate (Benjamini-Hochberg) and a class: "
                  "hot or cold spot at 90, 95 or 99 % confidence (from the corrected p-value), or not "
                  "significant.\n"
                  "Cell size 0: twice the side of a square holding one incident on average, between 100 and "
                  "500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).\n"
                  "Hexagons: each hexagon has the area of a square of the cell size; neighbourhood 0 then "
                  "takes the 6 surrounding hexagons.")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        self.addParameter(QgsProcessingParameterDistance(
            self.CELL_SIZE, tr("Cell size (metres; 0: from the data)"), defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterDistance(
            self.NEIGHBOURHOOD, tr("Neighbourhood distance (metres; 0: 1.5 x cell size)"), defaultValue=0.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.SHAPE, tr("Cells"), options=[tr("Squares"), tr("Hexagons")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Hot spots"), QgsProcessing.TypeVectorPolygon))

    @staticmethod
    def output_fields():
        fields = QgsFields()
        for name, kind in (("cell_i", QVariant.Int), ("cell_j", QVariant.Int), ("count", QVariant.Int),
                           ("neighbours", QVariant.Int), ("gi_z", QVariant.Double), ("p", QVariant.Double),
                           ("p_fdr", QVariant.Double), ("gi_bin", QVariant.Int), ("class", QVariant.String)):
            fields.append(QgsField(name, kind))
        return fields

    def processAlgorithm(self, parameters, context, feedback):
        filters = self.analysis_filter(parameters, context)
        size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        distance = self.parameterAsDouble(parameters, self.NEIGHBOURHOOD, context)
        hexagons = self.parameterAsEnum(parameters, self.SHAPE, context) == 1
        with self.connection(parameters, context, feedback) as conn:
            crs, _srid = self.schema_crs(conn)
            where, params, count = self.filtered_incidents(conn, filters)
            params["district"] = filters.district_id(conn)
            territory = sql.SQL(TERRITORY).format(where=where)
            with conn.cursor() as cur:
                cur.execute(sql.SQL("SELECT ST_Area(g) FROM ({}) t").format(territory), params)
                area = cur.fetchone()[0] or 0.0
            if size <= 0:
                size = default_cell_size(area, count)
            if distance <= 0:
                distance = 1.5 * size
            # the nearest neighbours' centres: a side away for squares, sqrt(3) sides for hexagons
            if distance < (gistar.SQRT3 * gistar.hex_edge(size) if hexagons else size):
                raise QgsProcessingException(tr("The neighbourhood distance must be at least the cell size, "
                                                "or cells would have no neighbour."))
            if area / (size * size) > 2_000_000:
                raise QgsProcessingException(tr("The grid would have more than two million cells; choose larger "
                                                "cells."))
            feedback.pushInfo(tr("{n} incidents ({filters}); cells of {size:.0f} m, neighbourhood {distance:.0f} m.")
                              .format(n=count, filters=filters.describe(), size=size, distance=distance))
            params["size"] = gistar.hex_edge(size) if hexagons else size
            with conn.cursor() as cur:
                cur.execute(sql.SQL(HEX_GRID if hexagons else GRID).format(territory=territory, where=where), params)
                rows = cur.fetchall()
            conn.rollback()
        self.check_canceled(feedback)
        feedback.setProgress(40)
        i = np.array([r[0] for r in rows], dtype=np.int64)
        j = np.array([r[1] for r in rows], dtype=np.int64)
        counts = np.array([r[2] for r in rows], dtype=float)
        try:
            if hexagons:
                result = gistar.hex_gi_star(i, j, counts, params["size"], distance)
            else:
                result = gistar.grid_gi_star(i, j, counts, size, distance)
        except gistar.GiStarError as exc:
            raise QgsProcessingException(tr("The hot spot statistic cannot be computed: {}.").format(exc)) from None
        feedback.setProgress(60)
        fields = self.output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        step = max(1, len(rows) // 100)
        for k, row in enumerate(rows):
            if k % step == 0:
                self.check_canceled(feedback)
                feedback.setProgress(60 + 40 * k / len(rows))
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(row[3]))
            feature.setGeometry(geometry)
            code = int(result["gi_bin"][k])
            feature.setAttributes([int(i[k]), int(j[k]), int(counts[k]), int(result["neighbours"][k]),
                                   float(result["z"][k]), float(result["p"][k]), float(result["p_fdr"][k]),
                                   code, gistar.CLASSES[code]])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        hot = int((result["gi_bin"] > 0).sum())
        cold = int((result["gi_bin"] < 0).sum())
        feedback.pushInfo(tr("{cells} cells: {hot} hot spots and {cold} cold spots at 90 % or more (FDR-corrected).")
                          .format(cells=len(rows), hot=hot, cold=cold))
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(HotspotStyler.create())
        return {self.OUTPUT: dest_id}
