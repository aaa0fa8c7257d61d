"""The emerging hot spots algorithm of the "GPS-U" Processing provider (issue 5): Mann-Kendall and the
classes by hand, and the algorithm on the demo municipality with planted growing and constant hot spots."""

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer,
                       QgsWkbTypes)

from gpsu_plugin.processing.analysis import emerging_hotspots as eh

from .test_analysis_algorithms import PROFILE, demo_db, profile, provider, scalar  # noqa: F401

# eight one-day slices without a daylight saving time change, after the demo data (and its 2030 fact)
PERIOD_FROM, PERIOD_TO = "2032-01-01T00:00:00", "2032-01-09T00:00:00"
GROWING = [2, 4, 6, 8, 10, 12, 14, 16]   # per slice, at the first district's point on surface
BACKGROUND = [6] * 8                      # per slice, at a vertex of the first district's boundary
CONSTANT = [5] * 8                        # per slice, at the second district's point on surface


# -- by hand ---------------------------------------------------------------------------------------

def test_mann_kendall_by_hand():
    s, z, p = eh.mann_kendall(range(8))
    assert s == 28
    assert z == pytest.approx(27 / math.sqrt(8 * 7 * 21 / 18))
    assert p == pytest.approx(math.erfc(z / math.sqrt(2)))
    assert p < 0.001
    s, z, _ = eh.mann_kendall([8, 7, 6, 5, 4, 3, 2, 1])
    assert s == -28 and z == pytest.approx(-27 / math.sqrt(8 * 7 * 21 / 18))
    assert eh.mann_kendall([3.0] * 6) == (0, 0.0, 1.0)
    # pairs of 1 3 2 4: five increases, one decrease
    s, z, _ = eh.mann_kendall([1, 3, 2, 4])
    assert s == 4 and z == pytest.approx(3 / math.sqrt(4 * 3 * 13 / 18))
    assert eh.trend_code(*eh.mann_kendall(range(8))[1:]) == eh.UP
    assert eh.trend_code(*eh.mann_kendall([1, 3, 2, 4])[1:]) == eh.NO_TREND


def test_classes_by_hand():
    t, f = True, False
    assert eh.classify([f] * 7 + [t], eh.UP) == eh.NEW
    assert eh.classify([t] * 8, eh.UP) == eh.INTENSIFYING
    assert eh.classify([t] * 8, eh.NO_TREND) == eh.PERSISTENT
    assert eh.classify([t] * 8, eh.DOWN) == eh.DIMINISHING
    assert eh.classify([f, t, f, f, t, f, f, t], eh.NO_TREND) == eh.SPORADIC
    assert eh.classify([t] * 7 + [f], eh.DOWN) == eh.HISTORICAL
    assert eh.classify([f] * 8, eh.NO_TREND) == eh.NO_PATTERN
    assert eh.classify([t, f] * 4, eh.NO_TREND) == eh.NO_PATTERN


def test_equal_counts_give_zero_z():
    i, j = np.divmod(np.arange(100), 10)
    np.testing.assert_array_equal(eh.slice_z(i, j, np.zeros(100), 100.0, 150.0), np.zeros(100))
    counts = np.zeros(100)
    counts[55] = 9
    z = eh.slice_z(i, j, counts, 100.0, 150.0)
    assert eh.hot_mask(z)[55] and not eh.hot_mask(z)[0]


# -- the algorithm on the demo municipality ----------------------------------------------------------

@pytest.fixture(scope="module")
def planted(postgis_server, demo_db):  # noqa: F811
    """The planted facts; returns the ids of the first two districts."""
    tz = ZoneInfo("Europe/Brussels")
    conn = postgis_server.connect(demo_db)
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.districts ORDER BY id LIMIT 2")
        ids = [r[0] for r in cur.fetchall()]
        cur.execute("SET session_replication_role = replica")  # no numbering/dispatch triggers needed here
        for district, where, series in (
                (ids[0], "ST_PointOnSurface(d.geom)", GROWING),
                (ids[0], "ST_StartPoint(ST_ExteriorRing(ST_GeometryN(d.geom, 1)))", BACKGROUND),
                (ids[1], "ST_PointOnSurface(d.geom)", CONSTANT)):
            for day, count in enumerate(series):
                cur.execute("""INSERT INTO gpsu.incidents (geom, observed_at, category_id, status, district_id,
                                                           priority)
                               SELECT {}, %s,
                                      (SELECT id FROM gpsu.categories WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1),
                                      'new', d.id, 3
                               FROM gpsu.districts d, generate_series(1, %s) AS k WHERE d.id = %s""".format(where),
                            (datetime(2032, 1, 1, 12, tzinfo=tz) + timedelta(days=day), count, district))
        cur.execute("SET session_replication_role = origin")
    conn.commit()
    conn.close()
    return ids


def run(**parameters):
    import processing

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    parameters = dict({"CONNECTION": PROFILE, "OUTPUT": "TEMPORARY_OUTPUT", "PERIOD_FROM": PERIOD_FROM,
                       "PERIOD_TO": PERIOD_TO, "CELL_SIZE": 100, "NEIGHBOURHOOD": 150}, **parameters)
    results = processing.run("gpsu:emerging_hot_spots", parameters, context=context, feedback=feedback)
    layer = results["OUTPUT"]
    if not isinstance(layer, QgsVectorLayer):
        layer = context.getMapLayer(layer)
    assert isinstance(layer, QgsVectorLayer) and layer.isValid()
    return layer


def cell_of(postgis_server, demo_db, district):  # noqa: F811
    return tuple(scalar(postgis_server, demo_db, "SELECT ARRAY[floor(ST_X(p) / 100)::int, floor(ST_Y(p) / 100)::int] "
                        "FROM (SELECT ST_PointOnSurface(geom) AS p FROM gpsu.districts WHERE id = %s) t", district))


def test_is_registered(provider):  # noqa: F811
    algorithm = next(a for a in provider.algorithms() if a.name() == "emerging_hot_spots")
    names = {p.name() for p in algorithm.parameterDefinitions()}
    assert {"CONNECTION", "CATEGORY", "STATUS", "DISTRICT", "PERIOD_FROM", "PERIOD_TO", "SLICES", "CELL_SIZE",
            "NEIGHBOURHOOD", "OUTPUT"} <= names
    assert algorithm.parameterDefinition("SLICES").defaultValue() == 8


def test_growing_cell_emerges(provider, profile, planted, postgis_server, demo_db):  # noqa: F811
    layer = run(DISTRICT=str(planted[0]))
    assert layer.geometryType() == QgsWkbTypes.PolygonGeometry
    assert {"count_total", "slices_hot", "mk_z", "mk_p", "trend", "category"} <= set(layer.fields().names())
    rows = {(f["cell_i"], f["cell_j"]): f for f in layer.getFeatures()}
    assert sum(f["count_total"] for f in rows.values()) == sum(GROWING) + sum(BACKGROUND)
    cell = rows[cell_of(postgis_server, demo_db, planted[0])]
    assert cell["count_total"] == sum(GROWING)
    assert cell["trend"] == "up" and cell["mk_p"] < 0.05
    assert cell["category"] in ("Intensifying hot spot", "New hot spot")
    assert all(f["category"] == "No pattern" for f in rows.values() if f["slices_hot"] == 0)


def test_constant_cell_persists(provider, profile, planted, postgis_server, demo_db):  # noqa: F811
    layer = run(DISTRICT=str(planted[1]))
    rows = {(f["cell_i"], f["cell_j"]): f for f in layer.getFeatures()}
    cell = rows[cell_of(postgis_server, demo_db, planted[1])]
    assert cell["count_total"] == sum(CONSTANT) and cell["slices_hot"] == 8
    assert cell["trend"] == "none" and cell["mk_z"] == 0
    assert cell["category"] == "Persistent hot spot"


def test_refuses_invalid_input(provider, profile, planted):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="need a period"):
        run(PERIOD_FROM=None)
    with pytest.raises(QgsProcessingException, match="No incident"):
        run(PERIOD_FROM="2040-01-01T00:00:00", PERIOD_TO="2040-02-01T00:00:00")
