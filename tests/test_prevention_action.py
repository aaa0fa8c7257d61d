"""The impact of a prevention action (issue 5): the measures by hand, then recording an action and
evaluating it with the Processing algorithms on planted facts whose counts are known."""

import math
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from qgis.core import (QgsApplication, QgsFeature, QgsGeometry, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeedback, QgsRectangle, QgsVectorLayer)

from gpsu_plugin.core import credentials, prevention
from gpsu_plugin.core.credentials import STORAGE_ASK
from gpsu_plugin.core.exceptions import InvalidInput
from gpsu_plugin.core.profile import ConnectionProfile

PROFILE = "prevention"
X0, Y0 = 100000, 150000
START, END = date(2025, 3, 1), date(2025, 3, 31)
TZ = ZoneInfo("Europe/Brussels")
# (zone, period) -> planted graffiti; RES = (20 × 100) / (8 × 100) = 2.5,
# WDQ = (6/100 − 10/100) / (8/100 − 20/100) = 1/3
PLANTED = {("target", "before"): 20, ("target", "after"): 8, ("buffer", "before"): 10, ("buffer", "after"): 6,
           ("control", "before"): 100, ("control", "after"): 100}
# where each zone's facts are put: the action is the square X0+4500..5500, Y0+4500..5500, buffer 250 m
PLACES = {"target": (5000, 5000), "buffer": (5650, 5000), "control": (1000, 1000)}


def counts(rb, ra, bb, ba, cb, ca):
    return prevention.Counts((rb, ra), (bb, ba), (cb, ca))


# -- the measures by hand -----------------------------------------------------------------------

def test_wdq_and_res_by_hand():
    c = counts(20, 8, 10, 6, 100, 100)
    assert prevention.wdq(c) == pytest.approx(1 / 3)
    res, low, high = prevention.relative_effect_size(c)
    assert res == pytest.approx(2.5)
    half = 1.959963984540054 * math.sqrt(1 / 20 + 1 / 8 + 1 / 100 + 1 / 100)
    assert (low, high) == pytest.approx((2.5 * math.exp(-half), 2.5 * math.exp(half)))
    # displacement: the buffer got worse while the target improved
    assert prevention.wdq(counts(20, 8, 10, 25, 100, 100)) == pytest.approx((0.25 - 0.10) / (0.08 - 0.20))


@pytest.mark.parametrize("c", [counts(8, 20, 10, 6, 100, 100),   # the target worsened: not defined
                               counts(10, 10, 5, 5, 100, 100),   # no change: not defined
                               counts(20, 8, 10, 6, 0, 100)])    # no comparison facts
def test_wdq_is_undefined_without_a_gain(c):
    assert prevention.wdq(c) is None


def test_bootstrap_interval_is_reproducible_and_surrounds_the_estimate():
    c = counts(60, 24, 30, 18, 300, 300)
    low, high, share = prevention.wdq_interval(c)
    assert low < prevention.wdq(c) < high and share > 0.9
    assert prevention.wdq_interval(c) == (low, high, share)
    m = prevention.measures(c)
    assert m.res_low > 1 and "improved significantly" in m.interpretation and "Diffusion" in m.interpretation
    assert prevention.measures(counts(0, 3, 1, 1, 5, 5)).res is None


def test_default_periods():
    before_from, before_to, after_from, after_to = prevention.default_periods(START, END)
    assert (after_from, after_to) == (datetime(2025, 3, 1), datetime(2025, 4, 1))
    assert (before_from, before_to) == (datetime(2025, 1, 29), datetime(2025, 3, 1))


# -- in the database ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def planted(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES ('T', 'Territoire', "
                    "ST_Multi(ST_MakeEnvelope(%s, %s, %s, %s, 31370))) RETURNING id", (X0, Y0, X0 + 10000, Y0 + 10000))
        district = cur.fetchone()[0]
        cur.execute("SELECT code, id FROM gpsu.categories WHERE code IN ('graffiti', 'noise')")
        ids = dict(cur.fetchall())
        cur.execute("SET LOCAL session_replication_role = replica")
        rows = []
        for (zone, period), n in PLANTED.items():
            day = START - timedelta(days=10) if period == "before" else START + timedelta(days=10)
            x, y = PLACES[zone]
            for k in range(n):
                rows.append((X0 + x + k % 7, Y0 + y + k // 7, datetime(day.year, day.month, day.day, 14, tzinfo=TZ),
                             ids["graffiti"], district))
        # other categories, a duplicate and facts outside both periods are not counted
        x, y = PLACES["target"]
        rows += [(X0 + x, Y0 + y, datetime(2025, 3, 15, 12, tzinfo=TZ), ids["noise"], district)] * 5
        rows += [(X0 + x, Y0 + y, datetime(2024, 6, 1, 12, tzinfo=TZ), ids["graffiti"], district)] * 4
        for x, y, when, category, district_id in rows:
            cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id, status, district_id, priority) "
                        "VALUES (ST_SetSRID(ST_MakePoint(%s, %s), 31370), %s, %s, 'new', %s, 3)",
                        (x, y, when, category, district_id))
        cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id, status, district_id, priority, "
                    "duplicate_of) SELECT geom, observed_at, category_id, 'duplicate', district_id, 3, id "
                    "FROM gpsu.incidents WHERE category_id = %s LIMIT 1", (ids["graffiti"],))
    conn.close()
    return ids


@pytest.fixture
def provider(qgis_processing):
    from gpsu_plugin.processing.provider import GpsuProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("gpsu")
    if existing is not None:
        registry.removeProvider(existing)
    instance = GpsuProvider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


@pytest.fixture
def profile(postgis_server, gpsu_db, planted, clean_settings):
    saved = ConnectionProfile(name=PROFILE, host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                              dbname=gpsu_db, user="postgres", storage=STORAGE_ASK)
    saved.save()
    yield saved
    credentials.forget_password(saved)


def area_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "action", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + 4500, Y0 + 4500, X0 + 5500, Y0 + 5500)))
    layer.dataProvider().addFeatures([feature])
    return layer


def run(algorithm, **parameters):
    import processing

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    results = processing.run("gpsu:" + algorithm, dict({"CONNECTION": PROFILE}, **parameters), context=context,
                             feedback=feedback)
    return results, context


def test_record_and_evaluate(provider, profile, postgis_server, gpsu_db):
    results, _ = run("record_prevention_action", AREA=area_layer(), TITLE="Caméra place du marché",
                     DESCRIPTION="Vidéo-surveillance et passages", CATEGORIES="graffiti",
                     START=START.isoformat(), END=END.isoformat(), BUFFER=250)
    action_id = int(results["ACTION_ID"])
    results, context = run("evaluate_prevention_action", ACTION=action_id, OUTPUT="TEMPORARY_OUTPUT")
    assert results["RES"] == pytest.approx(2.5)
    assert results["WDQ"] == pytest.approx(1 / 3)
    assert results["WDQ_LOW"] < 1 / 3 < results["WDQ_HIGH"]
    assert "Diffusion" in results["INTERPRETATION"]
    layer = results["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else context.getMapLayer(layer)
    zones = {f["zone"]: (f["before"], f["after"]) for f in layer.getFeatures()}
    assert zones == {"Target area": (20, 8), "Buffer": (10, 6), "Comparison area": (100, 100)}
    conn = postgis_server.connect(gpsu_db)
    stored = prevention.evaluations(conn, action_id)
    assert len(stored) == 1 and stored[0][5]["target"] == [20, 8] and stored[0][6]["wdq"] == pytest.approx(1 / 3)
    # with a buffer so wide that it swallows the comparison facts' neighbourhood, the buffer grows
    results, _ = run("evaluate_prevention_action", ACTION=action_id, BUFFER=800, SAVE=False, OUTPUT="TEMPORARY_OUTPUT")
    assert results["WDQ"] == pytest.approx(1 / 3)  # the buffer facts are 650 m away: still in the buffer
    assert len(prevention.evaluations(conn, action_id)) == 1
    # the evaluation is kept as it was: nobody can change it
    with pytest.raises(Exception, match="append-only"):
        with conn, conn.cursor() as cur:
            cur.execute("UPDATE gpsu.prevention_evaluations SET measures = '{}'")
    conn.close()


def test_bad_input_is_refused_clearly(provider, profile, postgis_server, gpsu_db):
    with pytest.raises(QgsProcessingException, match="end comes before"):
        run("record_prevention_action", AREA=area_layer(), TITLE="x", START="2025-03-10", END="2025-03-01")
    with pytest.raises(QgsProcessingException, match="nothing_like_this|No category|category"):
        run("record_prevention_action", AREA=area_layer(), TITLE="x", CATEGORIES="nothing_like_this",
            START="2025-03-01", END="2025-03-10")
    with pytest.raises(QgsProcessingException, match="No prevention action"):
        run("evaluate_prevention_action", ACTION=9999, OUTPUT="TEMPORARY_OUTPUT")
    conn = postgis_server.connect(gpsu_db)
    with pytest.raises(InvalidInput):
        prevention.record_action(conn, "  ", b"", 31370, START, END)
    conn.close()
