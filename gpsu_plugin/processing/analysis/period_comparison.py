"""Processing algorithm: counts per district in period A and period B, their change and its significance."""

import math

from psycopg2 import sql
from qgis.core import (QgsClassificationCustom, QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsFillSymbol,
                       QgsGeometry, QgsGraduatedSymbolRenderer, QgsProcessing, QgsProcessingException,
                       QgsProcessingLayerPostProcessorInterface, QgsProcessingParameterDateTime,
                       QgsProcessingParameterDefinition, QgsProcessingParameterFeatureSink, QgsRendererRange,
                       QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...core.analysis_filters import REFERENCE_TIME
from ...core.i18n import tr
from .base import AnalysisAlgorithm

ALPHA = 0.05
EXACT_LIMIT = 1000  # above this total count, the normal approximation of the binomial

# The filtered incidents of either period, counted per district (every district, or the chosen one).
# The periods are in the municipality's wall-clock time, like the common period filter.
QUERY = """
WITH bounds AS (
    SELECT (%(a_from)s::timestamp AT TIME ZONE gpsu.setting('timezone')) AS a_from,
           (%(a_to)s::timestamp AT TIME ZONE gpsu.setting('timezone')) AS a_to,
           (%(b_from)s::timestamp AT TIME ZONE gpsu.setting('timezone')) AS b_from,
           (%(b_to)s::timestamp AT TIME ZONE gpsu.setting('timezone')) AS b_to
), f AS (
    SELECT i.district_id, {t} AS t FROM gpsu.incidents i, bounds b
    WHERE {where} AND (({t} >= b.a_from AND {t} < b.a_to) OR ({t} >= b.b_from AND {t} < b.b_to))
), counts AS (
    SELECT f.district_id,
           count(*) FILTER (WHERE f.t >= b.a_from AND f.t < b.a_to) AS a,
           count(*) FILTER (WHERE f.t >= b.b_from AND f.t < b.b_to) AS b
    FROM f, bounds b GROUP BY f.district_id
)
SELECT d.id, d.code, d.name, coalesce(c.a, 0), coalesce(c.b, 0), ST_AsBinary(d.geom)
FROM gpsu.districts d LEFT JOIN counts c ON c.district_id = d.id
WHERE %(district)s::integer IS NULL OR d.id = %(district)s::integer
ORDER BY d.name, d.id
"""

# the length of each period in seconds, in real elapsed time (daylight saving time included)
LENGTHS = """
SELECT extract(epoch FROM (%(a_to)s::timestamp AT TIME ZONE gpsu.setting('timezone'))
                        - (%(a_from)s::timestamp AT TIME ZONE gpsu.setting('timezone')))::float8,
       extract(epoch FROM (%(b_to)s::timestamp AT TIME ZONE gpsu.setting('timezone'))
                        - (%(b_from)s::timestamp AT TIME ZONE gpsu.setting('timezone')))::float8
"""

# diverging classes of change_pct (%): blues for decreases, reds for increases
CLASSES = ((-100.0, -50.0, "#2166ac"), (-50.0, -25.0, "#67a9cf"), (-25.0, -10.0, "#d1e5f0"),
           (-10.0, 10.0, "#f7f7f7"), (10.0, 25.0, "#fddbc7"), (25.0, 50.0, "#ef8a62"), (50.0, 1e12, "#b2182b"))
# a district with no fact in period A has no percentage: drawn as the largest increase when B has
# facts, as no change otherwise
STYLE_EXPRESSION = ('CASE WHEN "change_pct" IS NOT NULL THEN "change_pct" '
                    'WHEN "count_b" > 0 THEN 1e9 ELSE 0 END')

SIGNIFICANT_INCREASE = "significant increase"
SIGNIFICANT_DECREASE = "significant decrease"
NO_SIGNIFICANT_CHANGE = "no significant change"


def binomial_p_value(a, b, length_a, length_b):
    """Two-sided p-value for "the rate of facts is the same in both periods".

    Conditional test for two Poisson counts: given n = a + b, b ~ Binomial(n, p) with
    p = length_b / (length_a + length_b) under the null hypothesis. Exact for n <= 1000 (the
    probabilities of the outcomes no more likely than b, as R's binom.test), normal approximation
    with continuity correction above.
    """
    if a < 0 or b < 0 or length_a <= 0 or length_b <= 0:
        raise ValueError("counts must be non-negative and lengths positive")
    n = a + b
    if n == 0:
        return 1.0
    p = length_b / (length_a + length_b)
    if n > EXACT_LIMIT:
        mean, sd = n * p, math.sqrt(n * p * (1.0 - p))
        z = max(0.0, abs(b - mean) - 0.5) / sd
        return min(1.0, math.erfc(z / math.sqrt(2.0)))
    log_p, log_q = math.log(p), math.log1p(-p)

    def pmf(k):
        return math.exp(math.log(math.comb(n, k)) + k * log_p + (n - k) * log_q)

    observed = pmf(b)
    threshold = observed * (1.0 + 1e-7)  # outcomes as likely as b, up to rounding, count as extreme
    total = sum(q for q in (pmf(k) for k in range(n + 1)) if q <= threshold)
    return min(1.0, total)


def significance(a, b, length_a, length_b, p_value, alpha=ALPHA):
    """One of the three untranslated codes, from the p-value and the direction of the rate change."""
    if p_value >= alpha:
        return NO_SIGNIFICANT_CHANGE
    return SIGNIFICANT_INCREASE if b * length_a > a * length_b else SIGNIFICANT_DECREASE


def significance_labels():
    return {SIGNIFICANT_INCREASE: tr("significant increase"), SIGNIFICANT_DECREASE: tr("significant decrease"),
            NO_SIGNIFICANT_CHANGE: tr("no significant change")}


def change_renderer():
    """Graduated on change_pct, diverging: blues for decreases, reds for increases."""
    ranges = []
    for lower, upper, colour in CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "90,90,90,160",
                                             "outline_width": "0.2"})
        if lower <= -100:
            label = tr("{:.0f} % or less").format(upper)
        elif upper >= 1e12:
            label = tr("more than +{:.0f} % (or facts only in period B)").format(lower)
        else:
            label = tr("{:+.0f} % to {:+.0f} %").format(lower, upper)
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    renderer = QgsGraduatedSymbolRenderer(STYLE_EXPRESSION, ranges)
    renderer.setClassificationMethod(QgsClassificationCustom())
    return renderer


class PeriodComparisonStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies change_renderer() to the output once it is loaded."""

    instance = None  # a reference kept here, or Python would delete it before QGIS calls it

    def postProcessLayer(self, layer, context, feedback):
        if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf("change_pct") >= 0:
            layer.setRenderer(change_renderer())
            layer.triggerRepaint()

    @staticmethod
    def create():
        PeriodComparisonStyler.instance = PeriodComparisonStyler()
        return PeriodComparisonStyler.instance


class PeriodComparisonAlgorithm(AnalysisAlgorithm):
    PERIOD_A_FROM = "PERIOD_A_FROM"
    PERIOD_A_TO = "PERIOD_A_TO"
    PERIOD_B_FROM = "PERIOD_B_FROM"
    PERIOD_B_TO = "PERIOD_B_TO"
    OUTPUT = "OUTPUT"

    def name(self):
        return "period_comparison"

    def displayName(self):
        return tr("Period comparison")

    def shortHelpString(self):
        return tr("Counts the filtered incidents of each district in period A and in period B (municipality time, "
                  "start included, end excluded) and gives the change (B - A), the change in percent of A (empty "
                  "when A has no fact) and whether the change is significant at 5 %. The test compares the rates "
                  "of facts, so periods of different lengths can be compared: given the n facts of both periods, "
                  "the number in B follows a binomial law of probability length B / (length A + length B) when "
                  "the rate did not change; the two-sided p-value is exact up to 1000 facts, from the normal "
                  "approximation above. The counts and percentages themselves are not adjusted for the lengths. "
                  "The periods must not overlap. The map is styled blue for decreases and red for increases.")

    def initAlgorithm(self, config=None):
        self.add_common_parameters()
        # the common period has no meaning here: periods A and B replace it
        for name in (self.PERIOD_FROM, self.PERIOD_TO):
            definition = self.parameterDefinition(name)
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagHidden)
        for name, label in ((self.PERIOD_A_FROM, tr("Period A from (municipality time, included)")),
                            (self.PERIOD_A_TO, tr("Period A to (municipality time, excluded)")),
                            (self.PERIOD_B_FROM, tr("Period B from (municipality time, included)")),
                            (self.PERIOD_B_TO, tr("Period B to (municipality time, excluded)"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, optional=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Period comparison"), QgsProcessing.TypeVectorPolygon))

    @staticmethod
    def output_fields():
        fields = QgsFields()
        for name, kind in (("district_id", QVariant.Int), ("code", QVariant.String), ("district", QVariant.String),
                           ("count_a", QVariant.Int), ("count_b", QVariant.Int), ("change", QVariant.Int),
                           ("change_pct", QVariant.Double), ("p_value", QVariant.Double),
                           ("significance", QVariant.String)):
            fields.append(QgsField(name, kind))
        return fields

    def periods(self, parameters, context):
        """((a_from, a_to), (b_from, b_to)) as naive datetimes; refuses missing, reversed or overlapping ones."""
        def when(name, label):
            value = self.parameterAsDateTime(parameters, name, context)
            if value is None or not value.isValid():
                raise QgsProcessingException(tr("{} is required.").format(label))
            value = value.toPyDateTime()
            return value.replace(tzinfo=None) if value.tzinfo else value

        a = (when(self.PERIOD_A_FROM, tr("The start of period A")), when(self.PERIOD_A_TO, tr("The end of period A")))
        b = (when(self.PERIOD_B_FROM, tr("The start of period B")), when(self.PERIOD_B_TO, tr("The end of period B")))
        if a[0] >= a[1]:
            raise QgsProcessingException(tr("Period A: the end of the period must come after its start."))
        if b[0] >= b[1]:
            raise QgsProcessingException(tr("Period B: the end of the period must come after its start."))
        if a[0] < b[1] and b[0] < a[1]:
            raise QgsProcessingException(tr("Periods A and B overlap: the comparison needs separate periods."))
        return a, b

    def processAlgorithm(self, parameters, context, feedback):
        for name in (self.PERIOD_FROM, self.PERIOD_TO):
            value = self.parameterAsDateTime(parameters, name, context)
            if value is not None and value.isValid():
                raise QgsProcessingException(tr("This comparison uses periods A and B: leave the common period "
                                                "empty."))
        filters = self.analysis_filter(parameters, context)
        (a_from, a_to), (b_from, b_to) = self.periods(parameters, context)
        with self.connection(parameters, context, feedback) as conn:
            crs, _srid = self.schema_crs(conn)
            where, params = filters.where(conn)
            params.update(a_from=a_from, a_to=a_to, b_from=b_from, b_to=b_to, district=filters.district_id(conn))
            with conn.cursor() as cur:
                cur.execute(LENGTHS, params)
                length_a, length_b = cur.fetchone()
                cur.execute(sql.SQL(QUERY).format(where=where, t=sql.SQL(REFERENCE_TIME).format(
                    alias=sql.Identifier("i"))), params)
                rows = cur.fetchall()
            conn.rollback()
        self.check_canceled(feedback)
        if not rows:
            raise QgsProcessingException(tr("The municipality has no district to compare."))
        total_a, total_b = sum(r[3] for r in rows), sum(r[4] for r in rows)
        if total_a + total_b == 0:
            raise QgsProcessingException(tr("No incident matches the filters ({}) in period A or period B.")
                                         .format(filters.describe()))
        feedback.pushInfo(tr("{a} incidents in period A, {b} in period B ({filters}).")
                          .format(a=total_a, b=total_b, filters=filters.describe()))
        if abs(length_a - length_b) > 3600.0:
            feedback.pushInfo(tr("The periods have different lengths: the test compares rates, but the counts "
                                 "and percentages are not adjusted."))
        feedback.setProgress(50)
        fields = self.output_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                             crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        labels = significance_labels()
        counted = {code: 0 for code in labels}
        for number, (district_id, code, name, a, b, wkb) in enumerate(rows):
            self.check_canceled(feedback)
            p_value = binomial_p_value(a, b, length_a, length_b)
            verdict = significance(a, b, length_a, length_b, p_value)
            counted[verdict] += 1
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(wkb))
            feature.setGeometry(geometry)
            feature.setAttributes([district_id, code, name, a, b, b - a, 100.0 * (b - a) / a if a else None,
                                   p_value, labels[verdict]])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            feedback.setProgress(50 + 50 * (number + 1) / len(rows))
        feedback.pushInfo(tr("{districts} districts: {up} significant increases, {down} significant decreases "
                             "at 5 %.").format(districts=len(rows), up=counted[SIGNIFICANT_INCREASE],
                                               down=counted[SIGNIFICANT_DECREASE]))
        if context.willLoadLayerOnCompletion(dest_id):
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(PeriodComparisonStyler.create())
        return {self.OUTPUT: dest_id}
