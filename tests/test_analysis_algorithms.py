"""The first analysis algorithms of the "GPS-U" Processing provider (issue 5), run through
processing.run on a demo municipality in a real PostGIS, plus the Gi* statistic against an
independent implementation (and PySAL's esda when it is installed)."""

import json
import os
import subprocess
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime
from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsProcessingContext,
                       QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes)

from gpsu_plugin.core import credentials
from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile
from gpsu_plugin.processing.analysis import gistar
from gpsu_plugin.processing.analysis.clusters import IncidentClustersAlgorithm
from gpsu_plugin.processing.analysis.hotspots import HotSpotsAlgorithm, HotspotStyler, hotspot_renderer
from gpsu_plugin.processing.analysis.time_profile import TimeProfileAlgorithm

from .conftest import ROOT

ALGORITHMS = (IncidentClustersAlgorithm, HotSpotsAlgorithm, TimeProfileAlgorithm)
PROFILE = "analysis"
WINDOW_DAY = date(2030, 1, 7)  # a Monday, after the demo data


# -- Gi* against a straightforward dense implementation and esda -----------------------------------

def small_grid():
    """A 7 x 9 grid with holes (cells outside the territory) and a planted hot spot."""
    rng = np.random.default_rng(11)
    mask = np.ones((7, 9), bool)
    mask[0, :3] = mask[6, 7:] = mask[3, 4] = False
    i, j = np.nonzero(mask)
    counts = rng.poisson(2.0, len(i)).astype(float)
    counts[(i == 2) & (j == 6)] += 15
    counts[(abs(i - 2) <= 1) & (abs(j - 6) <= 1)] += 6
    return i, j, counts


def dense_weights(i, j, cell, distance):
    """Binary distance-band weights between cell centres, the cell itself included (star)."""
    xy = np.column_stack([(i + 0.5) * cell, (j + 0.5) * cell])
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    return (d <= distance + 1e-9).astype(float)


def reference_gi_star(x, w):
    """Gi* written out as in the formula, one cell at a time."""
    n, mean, sd = len(x), x.mean(), x.std()
    z = []
    for row in w:
        wi, s1 = row.sum(), (row ** 2).sum()
        z.append(((row * x).sum() - mean * wi) / (sd * np.sqrt((n * s1 - wi ** 2) / (n - 1))))
    return np.array(z)


@pytest.mark.parametrize("cell,distance", [(100.0, 150.0), (100.0, 250.0), (250.0, 250.0)])
def test_gi_star_matches_the_formula(cell, distance):
    i, j, counts = small_grid()
    result = gistar.grid_gi_star(i, j, counts, cell, distance)
    w = dense_weights(i, j, cell, distance)
    np.testing.assert_allclose(result["z"], reference_gi_star(counts, w), atol=1e-9)
    np.testing.assert_array_equal(result["neighbours"], w.sum(1))
    assert result["gi_bin"][(i == 2) & (j == 6)][0] >= 2


ESDA_PYTHON = os.path.join(ROOT, ".venv-esda", "bin", "python")
ESDA_SCRIPT = """
import json, sys
from esda.getisord import G_Local
from libpysal.weights import W
data = json.load(sys.stdin)
w = W({int(k): v for k, v in data["neighbours"].items()}, silence_warnings=True)
print(json.dumps(list(G_Local(data["counts"], w, transform="B", star=True, permutations=0).Zs)))
"""


def esda_gi_star(counts, w):
    """PySAL's esda.G_Local(star=True) z-scores, from its own venv (`make setup` makes .venv-esda:
    esda needs a newer numpy than the one PyQGIS is built with)."""
    if not os.path.exists(ESDA_PYTHON):
        pytest.skip("PySAL's esda is not installed in .venv-esda (make setup installs it)")
    w = w.copy()
    np.fill_diagonal(w, 0)  # esda adds the cell itself with star=True
    neighbours = {k: [int(m) for m in np.nonzero(row)[0]] for k, row in enumerate(w)}
    out = subprocess.run([ESDA_PYTHON, "-c", ESDA_SCRIPT], input=json.dumps(
        {"counts": [float(c) for c in counts], "neighbours": neighbours}), capture_output=True, text=True, check=True)
    return np.array(json.loads(out.stdout))


@pytest.mark.parametrize("cell,distance", [(100.0, 150.0), (100.0, 250.0)])
def test_gi_star_matches_esda(cell, distance):
    i, j, counts = small_grid()
    w = dense_weights(i, j, cell, distance)
    np.testing.assert_allclose(gistar.grid_gi_star(i, j, counts, cell, distance)["z"], esda_gi_star(counts, w),
                               atol=1e-6)


def test_gi_star_matches_esda_on_a_random_grid():
    rng = np.random.default_rng(3)
    i, j = np.divmod(np.arange(30 * 25), 25)
    counts = rng.poisson(2.0, i.size).astype(float)
    counts[(abs(i - 10) <= 2) & (abs(j - 8) <= 2)] += 9  # a planted hot spot
    w = dense_weights(i, j, 100.0, 220.0)
    result = gistar.grid_gi_star(i, j, counts, 100.0, 220.0)
    np.testing.assert_allclose(result["z"], esda_gi_star(counts, w), atol=1e-6)
    assert result["gi_bin"][(i == 10) & (j == 8)][0] == 3


def test_p_values_and_fdr():
    z = np.array([0.0, 1.6449, 1.96, -2.5758, 4.0])
    np.testing.assert_allclose(gistar.p_two_sided(z), [1.0, 0.1, 0.05, 0.01, 6.334e-5], rtol=1e-3)
    p = np.array([0.01, 0.04, 0.03, 0.5])
    # BH by hand: sorted .01 .03 .04 .5 -> .04 .06 .0533 .5 -> cumulative min from the top
    np.testing.assert_allclose(gistar.fdr_bh(p), [0.04, 0.05333333, 0.05333333, 0.5])
    assert list(gistar.classify([2.0, -3.0, 1.0, 5.0], [0.04, 0.005, 0.5, 0.09])) == [2, -3, 0, 1]


def test_all_equal_counts_are_refused():
    with pytest.raises(gistar.GiStarError):
        gistar.grid_gi_star(np.arange(5), np.zeros(5, int), np.ones(5), 100, 150)


# -- the algorithms on the demo municipality -----------------------------------------------------

@pytest.fixture(scope="module")
def demo_db(postgis_server):
    name = postgis_server.create_gpsu_database("gpsu_analysis",
                                               demo=dict(incidents=1500, seed=5, until=date(2026, 6, 30)))
    conn = postgis_server.connect(name)
    # one burglary known only by a window, 08:00-18:00 local time on a Monday after the demo's years
    tz = ZoneInfo("Europe/Brussels")
    with conn.cursor() as cur:
        cur.execute("SET session_replication_role = replica")  # no numbering/dispatch triggers needed here
        cur.execute("""INSERT INTO gpsu.incidents (geom, observed_from, observed_to, category_id, status, district_id,
                                                   priority)
                       SELECT ST_PointOnSurface(d.geom), %s, %s, c.id, 'new', d.id, 3
                       FROM gpsu.districts d, gpsu.categories c
                       WHERE c.parent_id IS NOT NULL ORDER BY d.id, c.id LIMIT 1""",
                    (datetime(2030, 1, 7, 8, tzinfo=tz), datetime(2030, 1, 7, 18, tzinfo=tz)))
        cur.execute("SET session_replication_role = origin")
    conn.commit()
    conn.close()
    yield name
    postgis_server.drop_database(name)


@pytest.fixture
def provider(qgis_processing):
    """The GPS-U provider with the analysis algorithms (added here until provider.py lists them)."""
    from gpsu_plugin.processing.provider import GpsuProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("gpsu")
    if existing is not None:
        registry.removeProvider(existing)

    class Provider(GpsuProvider):
        def loadAlgorithms(self):
            super().loadAlgorithms()
            present = {a.name() for a in self.algorithms()}
            for algorithm in ALGORITHMS:
                if algorithm().name() not in present:
                    self.addAlgorithm(algorithm())

    instance = Provider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


@pytest.fixture
def profile(postgis_server, demo_db, clean_settings):
    saved = ConnectionProfile(name=PROFILE, host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                              dbname=demo_db, user="postgres", storage=STORAGE_ASK)
    saved.save()
    yield saved
    credentials.forget_password(saved)


def scalar(postgis_server, dbname, query, *args):
    conn = postgis_server.connect(dbname)
    try:
        with conn.cursor() as cur:
            cur.execute(query, args)
            return cur.fetchone()[0]
    finally:
        conn.close()


def run(algorithm_id, **parameters):
    import processing

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = dict({"CONNECTION": PROFILE, "OUTPUT": "TEMPORARY_OUTPUT"}, **parameters)
    results = processing.run("gpsu:" + algorithm_id, parameters, context=context, feedback=feedback)
    layer = results["OUTPUT"]
    if not isinstance(layer, QgsVectorLayer):
        layer = context.getMapLayer(layer)
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    return layer, context


def features(layer):
    return [f for f in layer.getFeatures()]


def test_algorithms_are_registered(provider):
    ids = {a.id() for a in provider.algorithms()}
    assert {"gpsu:incident_clusters", "gpsu:hot_spots", "gpsu:time_profile", "gpsu:upgrade_database"} <= ids
    for algorithm in provider.algorithms():
        if algorithm.groupId() == "analysis":
            names = {p.name() for p in algorithm.parameterDefinitions()}
            assert {"CONNECTION", "CATEGORY", "PERIOD_FROM", "PERIOD_TO", "STATUS", "DISTRICT"} <= names


def test_clusters(provider, profile, postgis_server, demo_db):
    layer, _ = run("incident_clusters", DISTANCE=120, MIN_POINTS=8)
    assert layer.geometryType() == QgsWkbTypes.PolygonGeometry
    srid = scalar(postgis_server, demo_db, "SELECT value::int FROM gpsu.settings WHERE key = 'srid'")
    assert layer.crs().postgisSrid() == srid
    clusters = features(layer)
    assert len(clusters) >= 3
    for f in clusters:
        assert f["count"] >= 8 and f.geometry().isGeosValid() and f.geometry().area() > 0
        assert f["category"] and 0 < f["category_share"] <= 1 and f["first_at"] <= f["last_at"]
    total = scalar(postgis_server, demo_db, "SELECT count(*) FROM gpsu.incidents WHERE status <> 'duplicate'")
    assert sum(f["count"] for f in clusters) <= total
    # the largest cluster lies on a planted hotspot: a Gi* hot spot cell intersects it
    hot, _ = run("hot_spots")
    biggest = max(clusters, key=lambda f: f["count"]).geometry()
    assert any(f["gi_bin"] > 0 and f.geometry().intersects(biggest) for f in hot.getFeatures())


def test_clusters_filtered_by_category_and_period(provider, profile, postgis_server, demo_db):
    code = scalar(postgis_server, demo_db, "SELECT c.code FROM gpsu.incidents i JOIN gpsu.categories c "
                  "ON c.id = coalesce((SELECT parent_id FROM gpsu.categories WHERE id = i.category_id), i.category_id) "
                  "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    layer, _ = run("incident_clusters", DISTANCE=150, MIN_POINTS=5, CATEGORY=code,
                   PERIOD_FROM="2025-01-01T00:00:00", PERIOD_TO="2026-01-01T00:00:00")
    category_ids = scalar(postgis_server, demo_db, "SELECT array_agg(id) FROM gpsu.categories WHERE code = %s "
                          "OR parent_id = (SELECT id FROM gpsu.categories WHERE code = %s)", code, code)
    clusters = features(layer)
    assert clusters
    start = QDateTime(QDate(2024, 12, 31), QTime(23, 0), Qt.UTC)  # midnight in Brussels
    end = QDateTime(QDate(2025, 12, 31), QTime(23, 0), Qt.UTC)
    for f in clusters:
        assert f["category_id"] in category_ids
        assert start <= f["first_at"] <= f["last_at"] < end
    everything, _ = run("incident_clusters", DISTANCE=150, MIN_POINTS=5)
    assert sum(f["count"] for f in clusters) < sum(f["count"] for f in everything.getFeatures())


def test_hot_spots(provider, profile, postgis_server, demo_db):
    layer, context = run("hot_spots")
    cells = features(layer)
    assert len(cells) > 50
    # every incident is counted once, in the cell that contains it
    facts = scalar(postgis_server, demo_db, "SELECT count(*) FROM gpsu.incidents WHERE status <> 'duplicate'")
    assert sum(f["count"] for f in cells) == facts
    busiest = max(cells, key=lambda f: f["count"])
    assert busiest["count"] == scalar(postgis_server, demo_db, "SELECT count(*) FROM gpsu.incidents WHERE status "
                                      "<> 'duplicate' AND ST_Contains(ST_GeomFromText(%s, ST_SRID(geom)), geom)",
                                      busiest.geometry().asWkt())
    names = layer.fields().names()
    assert {"count", "gi_z", "p", "p_fdr", "class", "gi_bin"} <= set(names)
    classes = {f["class"] for f in cells}
    assert any(c.startswith("Hot spot") for c in classes)
    for f in cells:
        assert 0 <= f["p"] <= f["p_fdr"] <= 1
        assert (f["gi_bin"] > 0) == f["class"].startswith("Hot spot")
        if f["gi_bin"] == 3:
            assert f["p_fdr"] <= 0.01 and f["gi_z"] > 0
    # the z-scores are those of the grid computed independently from the output's counts
    i = np.array([f["cell_i"] for f in cells])
    j = np.array([f["cell_j"] for f in cells])
    x = np.array([f["count"] for f in cells], float)
    side = np.sqrt(cells[0].geometry().area())
    w = dense_weights(i, j, side, 1.5 * side)
    np.testing.assert_allclose([f["gi_z"] for f in cells], reference_gi_star(x, w), atol=1e-9)
    # the styler is kept alive and applies the categorized renderer
    assert HotspotStyler.instance is not None or not context.layersToLoadOnCompletion()
    HotspotStyler.create().postProcessLayer(layer, context, QgsProcessingFeedback())
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
    assert layer.renderer().classAttribute() == "gi_bin" and len(hotspot_renderer().categories()) == 7


def test_hot_spots_with_given_cells(provider, profile):
    layer, _ = run("hot_spots", CELL_SIZE=300, NEIGHBOURHOOD=700)
    assert all(abs(f.geometry().area() - 300 * 300) < 1e-3 for f in layer.getFeatures())
    assert max(f["neighbours"] for f in layer.getFeatures()) == len(gistar.stencil(300, 700))


def test_time_profile(provider, profile, postgis_server, demo_db):
    layer, _ = run("time_profile")
    rows = features(layer)
    assert len(rows) == 7 * 24 and layer.geometryType() == QgsWkbTypes.NullGeometry
    facts = scalar(postgis_server, demo_db, "SELECT count(*) FROM gpsu.incidents WHERE status <> 'duplicate'")
    assert sum(f["weight"] for f in rows) == pytest.approx(facts, abs=1e-6)
    assert sum(f["share"] for f in rows) == pytest.approx(1.0)
    windows = scalar(postgis_server, demo_db, "SELECT count(*) FROM gpsu.incidents WHERE observed_at IS NULL")
    assert windows > 10  # the demo has facts known by a window: some weights are fractional
    assert any(abs(f["weight"] - round(f["weight"])) > 1e-6 for f in rows)


def test_time_profile_spreads_a_window(provider, profile):
    layer, _ = run("time_profile", PERIOD_FROM="2030-01-07T00:00:00", PERIOD_TO="2030-01-08T00:00:00")
    weights = {(f["weekday"], f["hour"]): f["weight"] for f in layer.getFeatures()}
    assert sum(weights.values()) == pytest.approx(1.0)
    for hour in range(24):
        expected = 0.1 if 8 <= hour < 18 else 0.0
        assert weights[(0, hour)] == pytest.approx(expected, abs=1e-9)
    assert all(weights[(day, hour)] == 0 for day in range(1, 7) for hour in range(24))


def test_refuses_empty_and_invalid_input(provider, profile):
    import processing

    with pytest.raises(QgsProcessingException, match="No incident"):
        processing.run("gpsu:time_profile", {"CONNECTION": PROFILE, "PERIOD_FROM": "2040-01-01T00:00:00",
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="No category"):
        processing.run("gpsu:incident_clusters", {"CONNECTION": PROFILE, "CATEGORY": "no_such_thing",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="No district"):
        processing.run("gpsu:hot_spots", {"CONNECTION": PROFILE, "DISTRICT": "Atlantis", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="before its end"):
        processing.run("gpsu:time_profile", {"CONNECTION": PROFILE, "PERIOD_FROM": "2025-01-01T00:00:00",
                                             "PERIOD_TO": "2024-01-01T00:00:00", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="No connection profile"):
        processing.run("gpsu:time_profile", {"CONNECTION": "nope", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_open_status_filter_keeps_only_open_cases(provider, profile, postgis_server, demo_db):
    layer, _ = run("time_profile", STATUS=1)
    open_facts = scalar(postgis_server, demo_db, "SELECT count(*) FROM gpsu.incidents i JOIN gpsu.statuses s "
                        "ON s.code = i.status WHERE s.is_open")
    assert sum(f["weight"] for f in layer.getFeatures()) == pytest.approx(open_facts)


def test_utc_helper():
    from gpsu_plugin.processing.analysis.base import qdatetime

    value = qdatetime(datetime(2024, 3, 1, 12, 30, tzinfo=timezone.utc))
    assert value.toString("yyyy-MM-dd HH:mm") == "2024-03-01 12:30"


def test_cancel_stops_the_algorithm(provider, profile):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("gpsu:hot_spots")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        algorithm.processAlgorithm({"CONNECTION": PROFILE, "STATUS": 0, "CELL_SIZE": 0, "NEIGHBOURHOOD": 0,
                                    "OUTPUT": "TEMPORARY_OUTPUT"}, context, feedback)


# -- hexagons ----------------------------------------------------------------------------------------

def hex_centres(i, j, edge):
    """Centres of ST_HexagonGrid(edge)'s hexagons (i, j): columns 1.5 sides apart, odd ones half a row up."""
    i, j = np.asarray(i), np.asarray(j)
    return np.column_stack([1.5 * edge * i, np.sqrt(3) * edge * (j + 0.5 * (i & 1))])


@pytest.mark.parametrize("edge,distance", [(100.0, 180.0), (100.0, 350.0), (62.0, 500.0)])
def test_hex_gi_star_matches_the_formula_on_centre_distances(edge, distance):
    i, j, counts = small_grid()
    i = i - 3  # negative columns too (odd negative columns are shifted up as well)
    result = gistar.hex_gi_star(i, j, counts, edge, distance)
    xy = hex_centres(i, j, edge)
    w = (np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1)) <= distance + 1e-9).astype(float)
    np.testing.assert_allclose(result["z"], reference_gi_star(counts, w), atol=1e-9)
    np.testing.assert_array_equal(result["neighbours"], w.sum(1))


def test_hex_neighbours_are_the_six_around():
    assert len(gistar.hex_stencil(100.0, 1.01 * np.sqrt(3) * 100.0)) == 7
    assert gistar.hex_edge(100.0) ** 2 * 1.5 * np.sqrt(3) == pytest.approx(100.0 ** 2)


def test_hot_spots_on_hexagons(provider, profile, postgis_server, demo_db):
    layer, _ = run("hot_spots", SHAPE=1, CELL_SIZE=250)
    cells = features(layer)
    edge = gistar.hex_edge(250)
    assert all(abs(f.geometry().area() - 250 * 250) < 1e-3 * 250 * 250 for f in cells)
    assert all(len(f.geometry().asPolygon()[0]) == 7 for f in cells)  # six sides, closed
    facts = scalar(postgis_server, demo_db, "SELECT count(*) FROM gpsu.incidents WHERE status <> 'duplicate'")
    assert sum(f["count"] for f in cells) == facts
    # the centres computed from (i, j) are those of the hexagons drawn by PostGIS
    i = np.array([f["cell_i"] for f in cells])
    j = np.array([f["cell_j"] for f in cells])
    centres = hex_centres(i, j, edge)
    drawn = np.array([[f.geometry().centroid().asPoint().x(), f.geometry().centroid().asPoint().y()] for f in cells])
    np.testing.assert_allclose(centres, drawn, atol=1e-6)
    x = np.array([f["count"] for f in cells], float)
    w = (np.sqrt(((centres[:, None, :] - centres[None, :, :]) ** 2).sum(-1)) <= 1.5 * 250 + 1e-9).astype(float)
    np.testing.assert_allclose([f["gi_z"] for f in cells], reference_gi_star(x, w), atol=1e-9)
    assert any(f["class"].startswith("Hot spot") for f in cells)
