"""Processing algorithm: near repeat analysis (Knox test), like the Near Repeat Calculator."""

import numpy as np
from psycopg2 import sql
from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing, QgsProcessingException,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterNumber,
                       QgsProcessingParameterString, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core.i18n import tr
from .base import AnalysisAlgorithm

ALPHA = 0.05
MAX_FACTS = 20000        # above this, the analysis is refused (memory and time stay bounded)
MAX_PAIRS = 5000000      # pairs of facts closer than the largest distance band
CHUNK = 2000             # facts per block when looking for the close pairs

# The filtered facts: x, y and time in seconds since the epoch (the middle of the window for a fact
# known only by a window).
QUERY = """
SELECT ST_X(i.geom)::float8, ST_Y(i.geom)::float8,
       extract(epoch FROM coalesce(i.observed_at,
                                   i.observed_from + (i.observed_to - i.observed_from) / 2))::float8
FROM gpsu.incidents i WHERE {where}
ORDER BY i.id
"""


def parse_bands(text, what):
    """The band limits in `text` ("0,100,200,400") as a numpy array; ValueError with a clear message.

    At least two limits, numbers, not negative, strictly increasing.
    """
    parts = [p.strip() for p in (text or "").replace(";", ",").split(",")]
    if not any(parts):
        raise ValueError(tr("{}: give the band limits, for example \"0,100,200,400\".").format(what))
    values = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise ValueError(tr("{what}: \"{part}\" is not a number (give limits such as \"0,100,200,400\").")
                             .format(what=what, part=part)) from None
        if not np.isfinite(value) or value < 0:
            raise ValueError(tr("{what}: \"{part}\" must be a number of zero or more.").format(what=what, part=part))
        values.append(value)
    if len(values) < 2:
        raise ValueError(tr("{}: give at least two limits (one band), for example \"0,100\".").format(what))
    if any(b <= a for a, b in zip(values, values[1:])):
        raise ValueError(tr("{}: the limits must be in strictly increasing order.").format(what))
    return np.array(values, dtype=float)


def band_index(values, edges):
    """The band of each value: band k holds edges[k] < value <= edges[k + 1] (the first band includes
    edges[0]); -1 outside all bands."""
    index = np.searchsorted(edges, values, side="left") - 1
    index[values == edges[0]] = 0
    index[(values < edges[0]) | (values > edges[-1])] = -1
    return index


def close_pairs(x, y, max_distance, max_pairs=MAX_PAIRS, feedback=None):
    """(i, j, distance) of the pairs i < j at most max_distance apart, found by sorting on x."""
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    ends = np.searchsorted(xs, xs + max_distance, side="right")
    found_i, found_j, found_d, total = [], [], [], 0
    n = len(xs)
    for start in range(0, n, CHUNK):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        rows = np.arange(start, min(start + CHUNK, n))
        counts = ends[rows] - rows - 1
        if counts.sum() == 0:
            continue
        a = np.repeat(rows, counts)
        offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        b = a + 1 + offsets
        d = np.hypot(xs[b] - xs[a], ys[b] - ys[a])
        keep = d <= max_distance
        a, b, d = a[keep], b[keep], d[keep]
        total += len(a)
        if total > max_pairs:
            raise QgsProcessingException(tr("More than {n} pairs of facts are closer than the largest distance "
                                            "band: choose smaller bands or filter the facts further.")
                                         .format(n=max_pairs))
        i, j = order[a], order[b]
        found_i.append(np.minimum(i, j))
        found_j.append(np.maximum(i, j))
        found_d.append(d)
    if not found_i:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    return np.concatenate(found_i), np.concatenate(found_j), np.concatenate(found_d)


def knox_counts(times, i, j, space_band, time_edges, cells):
    """Counts of the pairs in each (distance band, time band) cell, flattened."""
    days = np.abs(times[i] - times[j]) / 86400.0
    time_band = band_index(days, time_edges)
    keep = time_band >= 0
    return np.bincount(space_band[keep] * (len(time_edges) - 1) + time_band[keep], minlength=cells)


def knox_test(x, y, t, space_edges, time_edges, permutations, seed, feedback=None, max_pairs=MAX_PAIRS):
    """Observed and simulated counts of pairs per cell: dict(observed, expected, ratio, p_value).

    t in seconds; the times are permuted among the facts (the places stay) for the simulations;
    p_value = (simulations with at least the observed count + 1) / (permutations + 1).
    """
    x, y, t = (np.asarray(v, dtype=float) for v in (x, y, t))
    i, j, d = close_pairs(x, y, space_edges[-1], max_pairs, feedback)
    space_band = band_index(d, space_edges)
    keep = space_band >= 0
    i, j, space_band = i[keep], j[keep], space_band[keep]
    cells = (len(space_edges) - 1) * (len(time_edges) - 1)
    observed = knox_counts(t, i, j, space_band, time_edges, cells)
    rng = np.random.default_rng(seed)
    simulated = np.zeros((permutations, cells), dtype=np.int64)
    for k in range(permutations):
        if feedback is not None:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(10 + 90 * k / permutations)
        simulated[k] = knox_counts(rng.permutation(t), i, j, space_band, time_edges, cells)
    expected = simulated.mean(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(expected > 0, observed / np.where(expected > 0, expected, 1.0), np.nan)
    p_value = ((simulated >= observed).sum(axis=0) + 1) / (permutations + 1)
    return dict(observed=observed, expected=expected, ratio=ratio, p_value=p_value, pairs=len(i))


def band_labels(edges, unit):
    return [tr("{lo:g}–{hi:g} {unit}").format(lo=lo, hi=hi, unit=unit) for lo, hi in zip(edges, edges[1:])]


class NearRepeatAlgorithm(AnalysisAlgorithm):
    SPATIAL_BANDS = "SPATIAL_BANDS"
    TEMPORAL_BANDS = "TEMPORAL_BANDS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    OUTPUT = "OUTPUT"

    def name(self):
        return "near_repeat"

    def displayName(self):
        return tr("Near repeat (Knox test)")

    def shortHelpString(self):
        return tr("Tests whether the filtered incidents close in space are also close in time, like the Near "
                  "Repeat Calculator. Burglary is the usual choice of category (leave it empty for all "
                  "incidents). Every pair of facts is counted in the cell of its distance band (metres) and its "
                  "time band (days): band \"0–100 m\" holds the pairs from 0 to 100 m, \"100–200 m\" those "
                  "above 100 and up to 200 m. The time of a fact is its observation time, or the middle of its "
                  "window. The expected counts come from Monte Carlo simulations that shuffle the times among "
                  "the facts (the places stay); the Knox ratio is observed / expected and the pseudo p-value "
                  "is (simulations with at least the observed count + 1) / (simulations + 1). A cell is "
                  "significant when p <= 0.05: more pairs than chance, a near repeat pattern. At most 20,000 "
                  "facts.")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        self.addParameter(QgsProcessingParameterString(
            self.SPATIAL_BANDS, tr("Distance band limits (metres, comma-separated)"), defaultValue="0,100,200,400"))
        self.addParameter(QgsProcessingParameterString(
            self.TEMPORAL_BANDS, tr("Time band limits (days, comma-separated)"), defaultValue="0,7,14,30"))
        self.addParameter(QgsProcessingParameterNumber(
            self.PERMUTATIONS, tr("Monte Carlo simulations"), QgsProcessingParameterNumber.Integer,
            defaultValue=99, minValue=19, maxValue=999))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Near repeat"), QgsProcessing.TypeVector))

    @staticmethod
    def output_fields():
        fields = QgsFields()
        for name, kind in (("distance_band", QVariant.String), ("time_band", QVariant.String),
                           ("observed", QVariant.Int), ("expected", QVariant.Double),
                           ("knox_ratio", QVariant.Double), ("p_value", QVariant.Double),
                           ("significant", QVariant.Bool)):
            fields.append(QgsField(name, kind))
        return fields

    def processAlgorithm(self, parameters, context, feedback):
        filters = self.analysis_filter(parameters, context)
        try:
            space_edges = parse_bands(self.parameterAsString(parameters, self.SPATIAL_BANDS, context),
                                      tr("Distance bands"))
            time_edges = parse_bands(self.parameterAsString(parameters, self.TEMPORAL_BANDS, context),
                                     tr("Time bands"))
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from None
        permutations = self.parameterAsInt(parameters, self.PERMUTATIONS, context)
        if not 19 <= permutations <= 999:
            raise QgsProcessingException(tr("The number of simulations must be between 19 and 999."))
        seed = self.parameterAsInt(parameters, self.SEED, context)
        with self.connection(parameters, context, feedback) as conn:
            where, params, count = self.filtered_incidents(conn, filters)
            if count > MAX_FACTS:
                raise QgsProcessingException(tr("{n} incidents match the filters ({filters}): the near repeat "
                                                "analysis takes at most {max}. Choose a category, a shorter "
                                                "period or a district.")
                                             .format(n=count, filters=filters.describe(), max=MAX_FACTS))
            feedback.pushInfo(tr("{n} incidents ({filters}).").format(n=count, filters=filters.describe()))
            with conn.cursor() as cur:
                cur.execute(sql.SQL(QUERY).format(where=where), params)
                rows = cur.fetchall()
            conn.rollback()
        self.check_canceled(feedback)
        if len(rows) < 2:
            raise QgsProcessingException(tr("The near repeat analysis needs at least two incidents."))
        data = np.array(rows, dtype=float)
        feedback.setProgress(10)
        result = knox_test(data[:, 0], data[:, 1], data[:, 2], space_edges, time_edges, permutations, seed,
                           feedback)
        feedback.pushInfo(tr("{pairs} pairs of incidents within {d:g} m; {p} simulations.")
                          .format(pairs=result["pairs"], d=space_edges[-1], p=permutations))
        fields = self.output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        space_labels, time_labels = band_labels(space_edges, tr("m")), band_labels(time_edges, tr("days"))
        significant = 0
        for s, space_label in enumerate(space_labels):
            for k, time_label in enumerate(time_labels):
                cell = s * len(time_labels) + k
                ratio = float(result["ratio"][cell])
                p_value = float(result["p_value"][cell])
                is_significant = bool(p_value <= ALPHA and result["observed"][cell] > result["expected"][cell])
                significant += is_significant
                feature = QgsFeature(fields)
                feature.setAttributes([space_label, time_label, int(result["observed"][cell]),
                                       float(result["expected"][cell]), None if np.isnan(ratio) else ratio,
                                       p_value, is_significant])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)
        feedback.setProgress(100)
        feedback.pushInfo(tr("{n} of {cells} cells significant at 5 %.")
                          .format(n=significant, cells=len(space_labels) * len(time_labels)))
        return {self.OUTPUT: dest_id}
