"""The near repeat (Knox test) algorithm of the "GPS-U" Processing provider: band parsing, the test in
numpy, and the algorithm on planted facts in the demo municipality."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

from gpsu_plugin.processing.analysis import near_repeat as nr

from .test_analysis_algorithms import PROFILE, demo_db, profile, provider  # noqa: F401

TZ = ZoneInfo("Europe/Brussels")
# planted facts after the demo data (and the other tests' planted facts): one year each
NEAR_REPEAT_YEAR = 2036   # clusters of facts within 50 m and 3 days, plus scattered background
SHUFFLED_YEAR = 2037      # times drawn independently of the places


# -- bands -----------------------------------------------------------------------------------------

def test_parse_bands():
    np.testing.assert_array_equal(nr.parse_bands("0,100,200,400", "d"), [0, 100, 200, 400])
    np.testing.assert_array_equal(nr.parse_bands(" 0 ; 7.5 ,14", "t"), [0, 7.5, 14])


@pytest.mark.parametrize("text,message", [
    ("", "give the band limits"), ("0,abc,200", "\"abc\" is not a number"), ("0,,100", "\"\" is not a number"),
    ("100", "at least two limits"), ("0,200,100", "strictly increasing"), ("0,100,100", "strictly increasing"),
    ("-5,100", "zero or more"), ("0,inf", "zero or more"),
])
def test_parse_bands_refuses_bad_strings(text, message):
    with pytest.raises(ValueError, match=message):
        nr.parse_bands(text, "Distance bands")


def test_band_index():
    edges = np.array([0.0, 100.0, 200.0, 400.0])
    values = np.array([0.0, 50.0, 100.0, 100.5, 200.0, 399.0, 400.0, 400.1])
    np.testing.assert_array_equal(nr.band_index(values, edges), [0, 0, 0, 1, 1, 2, 2, -1])
    np.testing.assert_array_equal(nr.band_index(np.array([5.0, 10.0, 11.0]), np.array([10.0, 20.0])), [-1, 0, 0])


# -- the test in numpy ------------------------------------------------------------------------------

def brute_force_counts(x, y, t, space_edges, time_edges):
    counts = np.zeros((len(space_edges) - 1, len(time_edges) - 1), int)
    for a in range(len(x)):
        for b in range(a + 1, len(x)):
            s = nr.band_index(np.array([np.hypot(x[a] - x[b], y[a] - y[b])]), space_edges)[0]
            k = nr.band_index(np.array([abs(t[a] - t[b]) / 86400.0]), time_edges)[0]
            if s >= 0 and k >= 0:
                counts[s, k] += 1
    return counts.ravel()


def test_observed_counts_match_brute_force():
    rng = np.random.default_rng(4)
    x, y, t = rng.uniform(0, 800, 150), rng.uniform(0, 800, 150), rng.uniform(0, 60 * 86400, 150)
    space, time = np.array([0.0, 100, 200, 400]), np.array([0.0, 7, 14, 30])
    result = nr.knox_test(x, y, t, space, time, 19, 1)
    np.testing.assert_array_equal(result["observed"], brute_force_counts(x, y, t, space, time))
    assert result["p_value"].min() >= 1 / 20 and result["p_value"].max() <= 1.0
    # the same seed gives the same simulations
    again = nr.knox_test(x, y, t, space, time, 19, 1)
    np.testing.assert_array_equal(result["expected"], again["expected"])


def test_too_many_pairs_are_refused():
    x = np.zeros(100)
    with pytest.raises(QgsProcessingException, match="pairs of facts"):
        nr.knox_test(x, x, np.arange(100.0), np.array([0.0, 10]), np.array([0.0, 7]), 19, 1, max_pairs=1000)


# -- the algorithm on planted facts -------------------------------------------------------------------

def near_repeat_facts(x0, y0):
    """12 clusters of 4 facts within 50 m and 3 days, and 40 facts scattered over 6 km and the year."""
    rng = np.random.default_rng(7)
    start = datetime(NEAR_REPEAT_YEAR, 1, 10, tzinfo=TZ)
    facts = []
    for _ in range(12):
        cx, cy, day = x0 + rng.uniform(-3000, 3000), y0 + rng.uniform(-3000, 3000), rng.uniform(0, 340)
        for _ in range(4):
            angle, radius = rng.uniform(0, 2 * np.pi), rng.uniform(0, 20)
            facts.append((cx + radius * np.cos(angle), cy + radius * np.sin(angle),
                          start + timedelta(days=day + rng.uniform(0, 3))))
    for _ in range(40):
        facts.append((x0 + rng.uniform(-3000, 3000), y0 + rng.uniform(-3000, 3000),
                      start + timedelta(days=rng.uniform(0, 340))))
    return facts


def shuffled_facts(x0, y0):
    """100 facts, half of them in tight groups in space, with times independent of the places."""
    rng = np.random.default_rng(3)
    start = datetime(SHUFFLED_YEAR, 1, 10, tzinfo=TZ)
    places = [(x0 + rng.uniform(-3000, 3000), y0 + rng.uniform(-3000, 3000)) for _ in range(50)]
    for _ in range(10):
        cx, cy = x0 + rng.uniform(-3000, 3000), y0 + rng.uniform(-3000, 3000)
        places += [(cx + rng.uniform(-60, 60), cy + rng.uniform(-60, 60)) for _ in range(5)]
    return [(x, y, start + timedelta(days=rng.uniform(0, 340))) for x, y in places]


@pytest.fixture(scope="module")
def planted(postgis_server, demo_db):  # noqa: F811
    conn = postgis_server.connect(demo_db)
    with conn.cursor() as cur:
        cur.execute("SELECT value::int FROM gpsu.settings WHERE key = 'srid'")
        srid = cur.fetchone()[0]
        cur.execute("SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(ST_Union(geom)) AS p "
                    "FROM gpsu.districts) s")
        x0, y0 = cur.fetchone()
        cur.execute("SELECT min(id) FROM gpsu.districts")
        district = cur.fetchone()[0]
        cur.execute("SET session_replication_role = replica")  # no numbering/dispatch triggers needed here
        for x, y, when in near_repeat_facts(x0, y0) + shuffled_facts(x0, y0):
            cur.execute("""INSERT INTO gpsu.incidents (geom, observed_at, category_id, status, district_id, priority)
                           VALUES (ST_SetSRID(ST_MakePoint(%s, %s), %s), %s,
                                   (SELECT id FROM gpsu.categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1),
                                   'new', %s, 3)""", (float(x), float(y), srid, when, district))
        cur.execute("SET session_replication_role = origin")
    conn.commit()
    conn.close()


def run(year, **parameters):
    import processing

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = dict({"CONNECTION": PROFILE, "OUTPUT": "TEMPORARY_OUTPUT",
                       "PERIOD_FROM": "{}-01-01T00:00:00".format(year),
                       "PERIOD_TO": "{}-01-01T00:00:00".format(year + 1)}, **parameters)
    results = processing.run("gpsu:near_repeat", parameters, context=context, feedback=feedback)
    layer = results["OUTPUT"]
    if not isinstance(layer, QgsVectorLayer):
        layer = context.getMapLayer(layer)
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    return {(f["distance_band"], f["time_band"]): f for f in layer.getFeatures()}, layer


def test_is_registered(provider):  # noqa: F811
    algorithm = next(a for a in provider.algorithms() if a.name() == "near_repeat")
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"CONNECTION", "CATEGORY", "PERIOD_FROM", "PERIOD_TO", "STATUS", "DISTRICT", "SPATIAL_BANDS",
            "TEMPORAL_BANDS", "PERMUTATIONS", "SEED", "OUTPUT"} <= names
    permutations = algorithm.parameterDefinition("PERMUTATIONS")
    assert (permutations.defaultValue(), permutations.minimum(), permutations.maximum()) == (99, 19, 999)
    assert algorithm.parameterDefinition("SEED").defaultValue() == 1
    assert "burglary" in algorithm.shortHelpString().lower()


def test_planted_near_repeat_is_found(provider, profile, planted):  # noqa: F811
    cells, layer = run(NEAR_REPEAT_YEAR)
    assert layer.wkbType() == QgsWkbTypes.NoGeometry
    assert set(layer.fields().names()) >= {"distance_band", "time_band", "observed", "expected", "knox_ratio",
                                           "p_value", "significant"}
    assert len(cells) == 9
    near = cells[("0–100 m", "0–7 days")]
    assert near["observed"] >= 12 * 6  # the 6 pairs of each cluster, at least
    assert near["knox_ratio"] > 1 and near["p_value"] <= 0.05 and near["significant"]
    assert near["p_value"] == pytest.approx(1 / 100)
    for f in cells.values():
        assert f["p_value"] >= 1 / 100
        assert f["expected"] >= 0


def test_shuffled_times_are_not_significant(provider, profile, planted):  # noqa: F811
    cells, _ = run(SHUFFLED_YEAR, PERMUTATIONS=199, SEED=3)
    assert len(cells) == 9 and sum(f["observed"] for f in cells.values()) > 0
    for f in cells.values():
        assert f["p_value"] > 0.01, (f["distance_band"], f["time_band"], f["observed"], f["expected"])


def test_refuses_bad_input(provider, profile, planted, monkeypatch):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="Distance bands: \"x\" is not a number"):
        run(NEAR_REPEAT_YEAR, SPATIAL_BANDS="0,x,200")
    with pytest.raises(QgsProcessingException, match="Time bands: the limits must be in strictly increasing"):
        run(NEAR_REPEAT_YEAR, TEMPORAL_BANDS="0,14,7")
    monkeypatch.setattr(nr, "MAX_FACTS", 50)
    with pytest.raises(QgsProcessingException, match="the near repeat analysis takes at most 50"):
        run(NEAR_REPEAT_YEAR)


def test_cancel_stops_the_algorithm(provider, profile, planted):  # noqa: F811
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("gpsu:near_repeat")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        algorithm.processAlgorithm({"CONNECTION": PROFILE, "STATUS": 0, "SPATIAL_BANDS": "0,100",
                                    "TEMPORAL_BANDS": "0,7", "PERMUTATIONS": 19, "SEED": 1,
                                    "OUTPUT": "TEMPORARY_OUTPUT"}, context, feedback)
