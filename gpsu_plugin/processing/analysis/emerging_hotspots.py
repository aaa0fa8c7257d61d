"""Processing algorithm: emerging hot spots, the Gi* grid over successive time slices of the period with
a Mann-Kendall trend test per cell (a simplified version of ESRI's emerging hot spot classes)."""

import math

import numpy as np
from psycopg2 import sql
from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsGeometry, QgsProcessing,
                       QgsProcessingException, QgsProcessingParameterDistance, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterNumber, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core.analysis_filters import REFERENCE_TIME
from ...core.i18n import tr
from . import gistar
from .base import AnalysisAlgorithm
from .hotspots import TERRITORY, default_cell_size

HOT_P = 0.10      # a cell is hot in a slice when its Gi* z is positive with a two-sided p <= 0.10
TREND_ALPHA = 0.05
SHARE = 0.9       # "hot in at least 90 % of the slices"

CELLS = """
WITH territory AS ({territory})
SELECT s.i, s.j, ST_AsBinary(s.geom) FROM territory t, ST_SquareGrid(%(size)s, t.g) s
WHERE ST_Intersects(s.geom, t.g) ORDER BY s.i, s.j
"""

# the filtered incidents per grid cell and time slice (equal slices of the period in elapsed time)
COUNTS = """
WITH bounds AS (
    SELECT (%(f_from)s::timestamp AT TIME ZONE gpsu.setting('timezone')) AS t0,
           (%(f_to)s::timestamp AT TIME ZONE gpsu.setting('timezone')) AS t1
)
SELECT floor(ST_X(i.geom) / %(size)s)::integer, floor(ST_Y(i.geom) / %(size)s)::integer,
       least(%(slices)s - 1, floor(extract(epoch FROM {t} - b.t0) / extract(epoch FROM b.t1 - b.t0)
                                   * %(slices)s)::integer),
       count(*)
FROM gpsu.incidents i, bounds b WHERE {where} GROUP BY 1, 2, 3
"""

NEW, INTENSIFYING, PERSISTENT, DIMINISHING, SPORADIC, HISTORICAL, NO_PATTERN = (
    "new", "intensifying", "persistent", "diminishing", "sporadic", "historical", "none")
UP, DOWN, NO_TREND = "up", "down", "none"


def category_labels():
    return {NEW: tr("New hot spot"), INTENSIFYING: tr("Intensifying hot spot"),
            PERSISTENT: tr("Persistent hot spot"), DIMINISHING: tr("Diminishing hot spot"),
            SPORADIC: tr("Sporadic hot spot"), HISTORICAL: tr("Historical hot spot"),
            NO_PATTERN: tr("No pattern")}


def mann_kendall(series):
    """(S, Z, two-sided p) of the Mann-Kendall trend test, variance n(n-1)(2n+5)/18 (no tie correction),
    Z with the continuity correction."""
    x = np.asarray(series, dtype=float)
    n = len(x)
    if n < 2:
        return 0, 0.0, 1.0
    upper = np.triu_indices(n, 1)
    s = int(np.sign(x[None, :] - x[:, None])[upper].sum())
    variance = n * (n - 1) * (2 * n + 5) / 18.0
    if s > 0:
        z = (s - 1) / math.sqrt(variance)
    elif s < 0:
        z = (s + 1) / math.sqrt(variance)
    else:
        z = 0.0
    return s, z, math.erfc(abs(z) / math.sqrt(2.0))


def slice_z(i, j, counts, cell_size, distance):
    """Gi* z of every cell for one slice; 0 everywhere when all cells have the same count."""
    counts = np.asarray(counts, dtype=float)
    if len(counts) >= 3 and counts.std() == 0:
        return np.zeros(len(counts))
    return gistar.grid_gi_star(i, j, counts, cell_size, distance)["z"]


def hot_mask(z):
    """Hot in a slice: positive z with a two-sided p-value <= HOT_P."""
    z = np.asarray(z, dtype=float)
    return (z > 0) & (gistar.p_two_sided(z) <= HOT_P)


def trend_code(z, p, alpha=TREND_ALPHA):
    if p > alpha or z == 0:
        return NO_TREND
    return UP if z > 0 else DOWN


def classify(hot, trend):
    """The category code of one cell from its hot flags per slice (oldest first) and its trend code."""
    hot = np.asarray(hot, dtype=bool)
    last, earlier = bool(hot[-1]), hot[:-1]
    share = hot.mean()
    if last:
        if not earlier.any():
            return NEW
        if share >= SHARE:
            return {UP: INTENSIFYING, DOWN: DIMINISHING}.get(trend, PERSISTENT)
        return SPORADIC
    if share >= SHARE and trend == NO_TREND:
        return PERSISTENT
    if len(earlier) and earlier.mean() >= SHARE:
        return HISTORICAL
    return NO_PATTERN


class EmergingHotSpotsAlgorithm(AnalysisAlgorithm):
    SLICES = "SLICES"
    CELL_SIZE = "CELL_SIZE"
    NEIGHBOURHOOD = "NEIGHBOURHOOD"
    OUTPUT = "OUTPUT"

    def name(self):
        return "emerging_hot_spots"

    def displayName(self):
        return tr("Emerging hot spots")

    def shortHelpString(self):
        return tr("Cuts the period (required) into equal time slices and computes, for each slice, the Getis-Ord "
                  "Gi* z-score of each cell of a square grid over the territory, as the hot spot algorithm does. "
                  "A cell is hot in a slice when its z-score is positive with a two-sided p-value of 0.10 or less. "
                  "A Mann-Kendall test on each cell's series of z-scores gives its trend (up or down at 5 %, or "
                  "none). Classes: new (hot only in the last slice), intensifying, persistent or diminishing (hot "
                  "in at least 90 % of the slices, with an upward, no or a downward trend), sporadic (hot in the "
                  "last slice and in some earlier ones), historical (not hot in the last slice but in at least "
                  "90 % of the others), or no pattern.\n"
                  "Cell size 0: twice the side of a square holding one incident on average, between 100 and "
                  "500 m. Neighbourhood 0: 1.5 times the cell size (the 8 surrounding cells).")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.SLICES, tr("Number of time slices"), QgsProcessingParameterNumber.Integer, defaultValue=8,
            minValue=4, maxValue=24))
        self.addParameter(QgsProcessingParameterDistance(
            self.CELL_SIZE, tr("Cell size (metres; 0: from the data)"), defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterDistance(
            self.NEIGHBOURHOOD, tr("Neighbourhood distance (metres; 0: 1.5 x cell size)"), defaultValue=0.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Emerging hot spots"), QgsProcessing.TypeVectorPolygon))

    @staticmethod
    def output_fields():
        fields = QgsFields()
        for name, kind in (("cell_i", QVariant.Int), ("cell_j", QVariant.Int), ("count_total", QVariant.Int),
                           ("slices_hot", QVariant.Int), ("mk_z", QVariant.Double), ("mk_p", QVariant.Double),
                           ("trend", QVariant.String), ("category", QVariant.String)):
            fields.append(QgsField(name, kind))
        return fields

    def processAlgorithm(self, parameters, context, feedback):
        filters = self.analysis_filter(parameters, context)
        if filters.period_from is None or filters.period_to is None:
            raise QgsProcessingException(tr("Emerging hot spots need a period: set its start and its end."))
        slices = self.parameterAsInt(parameters, self.SLICES, context)
        if not 4 <= slices <= 24:
            raise QgsProcessingException(tr("The number of time slices must be between 4 and 24."))
        size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        distance = self.parameterAsDouble(parameters, self.NEIGHBOURHOOD, context)
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
            if distance < size:
                raise QgsProcessingException(tr("The neighbourhood distance must be at least the cell size, "
                                                "or cells would have no neighbour."))
            if area / (size * size) > 2_000_000:
                raise QgsProcessingException(tr("The grid would have more than two million cells; choose larger "
                                                "cells."))
            feedback.pushInfo(tr("{n} incidents ({filters}); {slices} slices, cells of {size:.0f} m, "
                                 "neighbourhood {distance:.0f} m.").format(
                n=count, filters=filters.describe(), slices=slices, size=size, distance=distance))
            params.update(size=size, slices=slices)
            with conn.cursor() as cur:
                cur.execute(sql.SQL(CELLS).format(territory=territory), params)
                cells = cur.fetchall()
                cur.execute(sql.SQL(COUNTS).format(where=where, t=sql.SQL(REFERENCE_TIME).format(
                    alias=sql.Identifier("i"))), params)
                counted = cur.fetchall()
            conn.rollback()
        self.check_canceled(feedback)
        feedback.setProgress(30)
        if len(cells) < 3:
            raise QgsProcessingException(tr("The hot spot statistic cannot be computed: {}.").format(
                tr("at least three cells are needed")))
        i = np.array([r[0] for r in cells], dtype=np.int64)
        j = np.array([r[1] for r in cells], dtype=np.int64)
        index = {(a, b): k for k, (a, b) in enumerate(zip(i.tolist(), j.tolist()))}
        counts = np.zeros((slices, len(cells)))
        for ci, cj, s, n in counted:
            k = index.get((ci, cj))
            if k is not None and 0 <= s < slices:
                counts[s, k] += n
        z = np.zeros((slices, len(cells)))
        for s in range(slices):
            self.check_canceled(feedback)
            z[s] = slice_z(i, j, counts[s], size, distance)
            feedback.setProgress(30 + 30 * (s + 1) / slices)
        hot = np.array([hot_mask(row) for row in z])
        fields = self.output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        labels = category_labels()
        tally = {code: 0 for code in labels}
        step = max(1, len(cells) // 100)
        for k, row in enumerate(cells):
            if k % step == 0:
                self.check_canceled(feedback)
                feedback.setProgress(60 + 40 * k / len(cells))
            _s, mk_z, mk_p = mann_kendall(z[:, k])
            trend = trend_code(mk_z, mk_p)
            category = classify(hot[:, k], trend)
            tally[category] += 1
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(row[2]))
            feature.setGeometry(geometry)
            feature.setAttributes([int(i[k]), int(j[k]), int(counts[:, k].sum()), int(hot[:, k].sum()),
                                   float(mk_z), float(mk_p), trend, labels[category]])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        feedback.pushInfo(tr("{cells} cells: {new} new, {up} intensifying, {persistent} persistent, {down} "
                             "diminishing, {sporadic} sporadic and {historical} historical hot spots.").format(
            cells=len(cells), new=tally[NEW], up=tally[INTENSIFYING], persistent=tally[PERSISTENT],
            down=tally[DIMINISHING], sporadic=tally[SPORADIC], historical=tally[HISTORICAL]))
        return {self.OUTPUT: dest_id}
