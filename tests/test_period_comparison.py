"""The period comparison algorithm of the "GPS-U" Processing provider (issue 5): the conditional
binomial test by hand, and the algorithm on the demo municipality with planted changes."""

import math
from datetime import datetime
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from qgis.core import (NULL, QgsExpression, QgsExpressionContext, QgsGraduatedSymbolRenderer,
                       QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsProcessingParameterDefinition, QgsVectorLayer, QgsWkbTypes)

from gpsu_plugin.processing.analysis import period_comparison as pc

from .test_analysis_algorithms import PROFILE, demo_db, profile, provider, scalar  # noqa: F401

# two 31-day periods without a daylight saving time change, after the demo data (and its 2030 fact)
A_FROM, A_TO = "2031-01-01T00:00:00", "2031-02-01T00:00:00"
B_FROM, B_TO = "2031-05-01T00:00:00", "2031-06-01T00:00:00"
# planted facts per district (by rank of id): (in period A, in period B)
PLANTED = {0: (2, 20), 1: (10, 0), 2: (0, 3), 3: (5, 5)}


# -- the test by hand ------------------------------------------------------------------------------

def reference_p_value(a, b, length_a, length_b):
    """The exact two-sided p-value with rational arithmetic (lengths as integers)."""
    n, p = a + b, Fraction(length_b, length_a + length_b)
    pmf = [math.comb(n, k) * p ** k * (1 - p) ** (n - k) for k in range(n + 1)]
    return float(sum(q for q in pmf if q <= pmf[b]))


@pytest.mark.parametrize("a,b,length_a,length_b,expected", [
    (0, 10, 1, 1, 2 * 0.5 ** 10),
    (10, 0, 1, 1, 2 * 0.5 ** 10),
    (5, 5, 1, 1, 1.0),
    (1, 3, 1, 1, 10 / 16),     # n = 4: 1 4 6 4 1 / 16; as likely as 3 or less: 0, 1, 3, 4
    (0, 0, 1, 1, 1.0),
    (2, 0, 1, 3, 1 / 16),      # p = 3/4: P(0) = 1/16, P(1) = 6/16, P(2) = 9/16
    (0, 2, 1, 3, 1.0),
    (2, 1, 1, 3, 10 / 64),     # P(0) = 1/64, P(1) = 9/64, P(2) = P(3) = 27/64
])
def test_exact_p_values_by_hand(a, b, length_a, length_b, expected):
    assert pc.binomial_p_value(a, b, length_a, length_b) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("a,b,length_a,length_b", [(3, 17, 2, 3), (40, 61, 7, 7), (120, 80, 31, 30),
                                                   (0, 1000, 1, 5), (499, 501, 1, 1), (300, 700, 1, 2)])
def test_exact_p_values_match_rational_arithmetic(a, b, length_a, length_b):
    assert pc.binomial_p_value(a, b, length_a, length_b) == pytest.approx(
        reference_p_value(a, b, length_a, length_b), rel=1e-9, abs=1e-300)


@pytest.mark.parametrize("a,b,length_a,length_b", [(480, 540, 1, 1), (600, 450, 1, 1), (350, 700, 1, 2)])
def test_normal_approximation_above_1000_facts(a, b, length_a, length_b):
    assert a + b > pc.EXACT_LIMIT
    assert pc.binomial_p_value(a, b, length_a, length_b) == pytest.approx(
        reference_p_value(a, b, length_a, length_b), rel=0.05)


def test_significance_uses_rates_not_counts():
    assert pc.significance(2, 20, 1, 1, 0.001) == pc.SIGNIFICANT_INCREASE
    assert pc.significance(10, 0, 1, 1, 0.002) == pc.SIGNIFICANT_DECREASE
    assert pc.significance(10, 0, 1, 1, 0.05) == pc.NO_SIGNIFICANT_CHANGE
    # 10 facts in 10 days, then 15 in 30 days: fewer per day although more facts
    assert pc.significance(10, 15, 10, 30, 0.01) == pc.SIGNIFICANT_DECREASE
    with pytest.raises(ValueError):
        pc.binomial_p_value(1, 1, 0, 1)


# -- the algorithm on the demo municipality with planted facts ---------------------------------------

@pytest.fixture(scope="module")
def planted(postgis_server, demo_db):  # noqa: F811
    """PLANTED facts in the first four districts; returns the districts' ids in order."""
    tz = ZoneInfo("Europe/Brussels")
    conn = postgis_server.connect(demo_db)
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.districts ORDER BY id")
        ids = [r[0] for r in cur.fetchall()]
        assert len(ids) >= 5
        cur.execute("SET session_replication_role = replica")  # no numbering/dispatch triggers needed here
        for rank, (in_a, in_b) in PLANTED.items():
            for count, start in ((in_a, datetime(2031, 1, 3, 12, tzinfo=tz)),
                                 (in_b, datetime(2031, 5, 3, 12, tzinfo=tz))):
                cur.execute("""INSERT INTO gpsu.incidents (geom, observed_at, category_id, status, district_id,
                                                           priority)
                               SELECT ST_PointOnSurface(d.geom), %s + k * interval '1 day',
                                      (SELECT id FROM gpsu.categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1),
                                      'new', d.id, 3
                               FROM gpsu.districts d, generate_series(0, %s - 1) AS k WHERE d.id = %s""",
                            (start, count, ids[rank]))
        cur.execute("SET session_replication_role = origin")
    conn.commit()
    conn.close()
    return ids


def compare(**parameters):
    import processing

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = dict({"CONNECTION": PROFILE, "OUTPUT": "TEMPORARY_OUTPUT", "PERIOD_A_FROM": A_FROM,
                       "PERIOD_A_TO": A_TO, "PERIOD_B_FROM": B_FROM, "PERIOD_B_TO": B_TO}, **parameters)
    results = processing.run("gpsu:period_comparison", parameters, context=context, feedback=feedback)
    layer = results["OUTPUT"]
    if not isinstance(layer, QgsVectorLayer):
        layer = context.getMapLayer(layer)
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    return layer, context


def test_is_registered(provider):  # noqa: F811
    algorithm = next(a for a in provider.algorithms() if a.name() == "period_comparison")
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"CONNECTION", "CATEGORY", "STATUS", "DISTRICT", "PERIOD_A_FROM", "PERIOD_A_TO", "PERIOD_B_FROM",
            "PERIOD_B_TO", "OUTPUT"} <= names
    flags = QgsProcessingParameterDefinition
    for name in ("PERIOD_A_FROM", "PERIOD_A_TO", "PERIOD_B_FROM", "PERIOD_B_TO"):
        assert not algorithm.parameterDefinition(name).flags() & flags.FlagOptional
    # the common period is kept (all analyses have it) but hidden: periods A and B replace it
    assert algorithm.parameterDefinition("PERIOD_FROM").flags() & flags.FlagHidden


def test_planted_changes(provider, profile, planted, postgis_server, demo_db):  # noqa: F811
    layer, context = compare()
    assert layer.geometryType() == QgsWkbTypes.PolygonGeometry
    srid = scalar(postgis_server, demo_db, "SELECT value::int FROM gpsu.settings WHERE key = 'srid'")
    assert layer.crs().postgisSrid() == srid
    rows = {f["district_id"]: f for f in layer.getFeatures()}
    assert set(rows) == set(planted)  # every district, those without facts included
    assert {"district", "count_a", "count_b", "change", "change_pct", "p_value", "significance"} <= set(
        layer.fields().names())
    for rank, (in_a, in_b) in PLANTED.items():
        f = rows[planted[rank]]
        assert (f["count_a"], f["count_b"], f["change"]) == (in_a, in_b, in_b - in_a)
        assert f["p_value"] == pytest.approx(pc.binomial_p_value(in_a, in_b, 31, 31), rel=1e-9)
        assert f["district"]
    increase, decrease, new, same = (rows[planted[k]] for k in range(4))
    assert increase["significance"] == "significant increase" and increase["change_pct"] == pytest.approx(900.0)
    assert decrease["significance"] == "significant decrease" and decrease["change_pct"] == pytest.approx(-100.0)
    assert decrease["p_value"] == pytest.approx(2 * 0.5 ** 10)
    assert is_null(new["change_pct"])
    assert new["significance"] == "no significant change" and new["p_value"] == pytest.approx(0.25)
    assert same["change_pct"] == pytest.approx(0.0) and same["p_value"] == pytest.approx(1.0)
    for district in planted[4:]:
        f = rows[district]
        assert (f["count_a"], f["count_b"], f["p_value"], f["significance"]) == (0, 0, 1.0, "no significant change")
    # the styler applies a diverging graduated renderer on change_pct
    assert pc.PeriodComparisonStyler.instance is not None or not context.layersToLoadOnCompletion()
    pc.PeriodComparisonStyler.create().postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and "change_pct" in renderer.classAttribute()
    colours = [r.symbol().color() for r in renderer.ranges()]
    assert colours[0].blue() > colours[0].red() and colours[-1].red() > colours[-1].blue()
    # a district with facts only in B is drawn with the largest increases, one without facts with "no change"
    for f, expected in ((new, len(colours) - 1), (rows[planted[4]], 3)):
        scope = QgsExpressionContext()
        scope.setFeature(f)
        value = QgsExpression(renderer.classAttribute()).evaluate(scope)
        assert [r.lowerValue() <= value <= r.upperValue() for r in renderer.ranges()].index(True) == expected


def is_null(value):
    return value is None or value == NULL


def test_null_change_pct_when_a_is_zero(provider, profile, planted):  # noqa: F811
    layer, _ = compare()
    for f in layer.getFeatures():
        if f["count_a"] == 0:
            assert is_null(f["change_pct"])
        else:
            assert f["change_pct"] == pytest.approx(100.0 * (f["count_b"] - f["count_a"]) / f["count_a"])


def test_filters_apply(provider, profile, planted):  # noqa: F811
    layer, _ = compare(DISTRICT=str(planted[0]))
    rows = list(layer.getFeatures())
    assert len(rows) == 1 and (rows[0]["count_a"], rows[0]["count_b"]) == PLANTED[0]
    # the planted facts are new cases: none are closed
    with pytest.raises(QgsProcessingException, match="No incident"):
        compare(STATUS=2)


def test_refuses_invalid_periods(provider, profile, planted):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="Period A: the end of the period must come after its start"):
        compare(PERIOD_A_FROM=A_TO, PERIOD_A_TO=A_FROM)
    with pytest.raises(QgsProcessingException, match="Period B: the end"):
        compare(PERIOD_B_FROM=B_TO, PERIOD_B_TO=B_TO)
    with pytest.raises(QgsProcessingException, match="overlap"):
        compare(PERIOD_B_FROM="2031-01-15T00:00:00")
    with pytest.raises(QgsProcessingException, match="leave the common period"):
        compare(PERIOD_FROM="2031-01-01T00:00:00")
    with pytest.raises(QgsProcessingException, match="No incident"):
        compare(PERIOD_A_FROM="2040-01-01T00:00:00", PERIOD_A_TO="2040-02-01T00:00:00",
                PERIOD_B_FROM="2040-03-01T00:00:00", PERIOD_B_TO="2040-04-01T00:00:00")
    with pytest.raises(QgsProcessingException, match="No district"):
        compare(DISTRICT="Atlantis")
