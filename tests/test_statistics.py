"""Statistics (issue 5): core.statistics against hand-computed numbers on a small inserted dataset
(counts, zones, aoristic weights, handling time, overdue share), the seasonal decomposition on a
synthetic series with a known pattern, the monthly series algorithm, the figure factory and the
Statistics dock (offscreen: charts built in a QgsTask, PNG and CSV exported)."""

import csv
import time
from datetime import date, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from gpsu_plugin.core import migrations, statistics
from gpsu_plugin.core.exceptions import InvalidInput
from gpsu_plugin.core.statistics import StatsQuery

TZ = ZoneInfo("Europe/Brussels")
YEAR_2025 = (datetime(2025, 1, 1), datetime(2026, 1, 1))
SQUARE_A = "POLYGON((100000 150000, 101000 150000, 101000 151000, 100000 151000, 100000 150000))"
SQUARE_B = "POLYGON((101000 150000, 102000 150000, 102000 151000, 101000 151000, 101000 150000))"


def local(*args):
    return datetime(*args, tzinfo=TZ)


# The facts: (key, category code, district (A, B or None), observed_at or (from, to), status, service code,
#             recorded_at, due_at, [(at, old status, new status)])
FACTS = [
    ("f1", "noise", "A", local(2025, 3, 3, 10), "closed", "prevention_security", local(2025, 3, 3, 11),
     local(2025, 3, 6, 11), [(local(2025, 3, 4, 11), "dispatched", "in_progress"),
                             (local(2025, 3, 5, 11), "in_progress", "resolved"),     # 48 h after recording
                             (local(2025, 3, 6, 12), "resolved", "closed")]),
    ("f2", "gathering", "A", local(2025, 3, 10, 22), "closed", "prevention_security", local(2025, 3, 10, 23),
     local(2025, 3, 13, 23), [(local(2025, 3, 15, 23), "dispatched", "resolved"),    # 120 h: late
                              (local(2025, 3, 16, 9), "resolved", "closed")]),
    ("f3", "graffiti", "B", local(2025, 4, 2, 9), "closed", "works", local(2025, 4, 2, 10),
     local(2025, 4, 5, 10), [(local(2025, 4, 3, 10), "dispatched", "resolved"),      # 24 h, then reopened
                             (local(2025, 4, 4, 10), "resolved", "in_progress"),
                             (local(2025, 4, 6, 10), "in_progress", "resolved"),     # 96 h: late
                             (local(2025, 4, 7, 10), "resolved", "closed")]),
    # known only by a 12-hour window across the end of April: half in April, half in May
    ("f4", "graffiti", "B", (local(2025, 4, 30, 18), local(2025, 5, 1, 6)), "in_progress", "works",
     local(2025, 5, 1, 8), local(2025, 5, 4, 8), [(local(2025, 5, 2, 8), "dispatched", "in_progress")]),
    ("f5", "burglary_home", "A", local(2025, 5, 20, 14), "dispatched", "prevention_security",
     local(2025, 5, 20, 15), None, []),
    ("f6", "noise", None, local(2025, 6, 15, 12), "rejected", None, local(2025, 6, 15, 13), None,
     [(local(2025, 6, 16, 13), "new", "rejected")]),                                 # 24 h
    ("f7", "noise", "A", local(2025, 3, 3, 10, 5), "duplicate", "prevention_security", local(2025, 3, 3, 12),
     None, []),
    ("f8", "noise", "A", local(2024, 7, 1, 12), "closed", "prevention_security", local(2024, 7, 1, 13), None,
     [(local(2024, 7, 2, 13), "dispatched", "resolved"), (local(2024, 7, 3, 13), "resolved", "closed")]),
]


@pytest.fixture(scope="module")
def stats_db(postgis_server):
    name = postgis_server.create_database(prefix="gpsu_stats")
    conn = postgis_server.connect(name)
    migrations.upgrade(conn)
    migrations.load_reference_data(conn)
    ids = {}
    with conn.cursor() as cur:
        cur.execute("SET session_replication_role = replica")  # the facts exactly as written here
        for code, wkt in (("A", SQUARE_A), ("B", SQUARE_B)):
            cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES (%s, %s, "
                        "ST_Multi(ST_GeomFromText(%s, 31370))) RETURNING id", (code, "District " + code, wkt))
            ids[code] = cur.fetchone()[0]
        for number, (key, category, district, when, status, service, recorded, due, history) in enumerate(FACTS, 1):
            x = {"A": 100500, "B": 101500, None: 99000}[district]
            at, start, end = (when, None, None) if isinstance(when, datetime) else (None,) + tuple(when)
            closed_at = history[-1][0] if status in ("closed", "rejected") else None
            cur.execute(
                "INSERT INTO gpsu.incidents (number, geom, observed_at, observed_from, observed_to, recorded_at,"
                " category_id, priority, status, service_id, district_id, due_at, closed_at, duplicate_of)"
                " VALUES (%s, ST_SetSRID(ST_MakePoint(%s, 150500), 31370), %s, %s, %s, %s,"
                " (SELECT id FROM gpsu.categories WHERE code = %s), 3, %s,"
                " (SELECT id FROM gpsu.services WHERE code = %s), %s, %s, %s, %s) RETURNING id",
                ("{}-{:05d}".format(recorded.year, number), x, at, start, end, recorded, category, status, service,
                 ids.get(district), due, closed_at, ids.get("f1") if status == "duplicate" else None))
            ids[key] = cur.fetchone()[0]
            cur.execute("INSERT INTO gpsu.incident_history (incident_id, at, action, new_status) "
                        "VALUES (%s, %s, 'created', 'dispatched')", (ids[key], recorded))
            for moment, old, new in history:
                cur.execute("INSERT INTO gpsu.incident_history (incident_id, at, action, old_status, new_status) "
                            "VALUES (%s, %s, 'status_changed', %s, %s)", (ids[key], moment, old, new))
        cur.execute("SET session_replication_role = origin")
    conn.commit()
    conn.close()
    yield name, ids
    postgis_server.drop_database(name)


@pytest.fixture
def conn(postgis_server, stats_db):
    connection = postgis_server.connect(stats_db[0])
    yield connection
    connection.rollback()
    connection.close()


@pytest.fixture
def ids(stats_db):
    return stats_db[1]


def category(conn, code):
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = %s", (code,))
        value = cur.fetchone()[0]
    conn.rollback()
    return value


def year(**kwargs):
    return StatsQuery(*YEAR_2025, **kwargs)


# -- counts -----------------------------------------------------------------------------------------

def test_counts_per_category_district_and_status(conn, ids):
    by_category = statistics.counts_by(conn, year(), "category", "en")
    assert {i.label: i.count for i in by_category.items} == {"Social nuisances": 3, "Incivilities": 2,
                                                            "Burglary": 1}
    assert by_category.total == 6  # the duplicate f7 and the 2024 fact f8 are left out
    districts = statistics.top_districts(conn, year())
    assert [(i.label, i.count) for i in districts.items] == [("District A", 3), ("District B", 2),
                                                            ("Outside the districts", 1)]
    statuses = {i.key: i.count for i in statistics.cases_by_status(conn, year(), "en").items}
    assert statuses == {"new": 0, "dispatched": 1, "in_progress": 1, "resolved": 0, "closed": 3, "rejected": 1}
    with_duplicates = statistics.cases_by_status(conn, year(include_duplicates=True), "en")
    assert {i.key: i.count for i in with_duplicates.items}["duplicate"] == 1


def test_filters_categories_with_sub_categories_statuses_services_and_zones(conn, ids):
    nuisance, noise = category(conn, "social_nuisance"), category(conn, "noise")
    total = lambda query: statistics.counts_by(conn, query, "category").total  # noqa: E731
    assert total(year(category_ids=(nuisance,))) == 3           # noise f1, f6 and gathering f2
    assert total(year(category_ids=(noise,))) == 2
    assert total(year(statuses=("closed",))) == 3
    assert total(year(statuses=("duplicate",), include_duplicates=True)) == 1
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.services WHERE code = 'works'")
        works = cur.fetchone()[0]
        cur.execute("SELECT id FROM gpsu.districts WHERE code = 'B'")
        district_b = cur.fetchone()[0]
    conn.rollback()
    assert total(year(service_ids=(works,))) == 2
    assert total(year(district_ids=(district_b,))) == 2
    assert total(year(polygon_wkt=SQUARE_A)) == 3
    # the same square given in WGS 84: transformed to the schema's CRS by PostGIS
    with conn.cursor() as cur:
        cur.execute("SELECT ST_AsText(ST_Transform(ST_GeomFromText(%s, 31370), 4326))", (SQUARE_A,))
        wgs84 = cur.fetchone()[0]
    conn.rollback()
    assert total(year(polygon_wkt=wgs84, polygon_srid=4326)) == 3
    assert total(StatsQuery(datetime(2025, 3, 1), datetime(2025, 4, 1))) == 2
    with pytest.raises(InvalidInput):
        StatsQuery(datetime(2025, 2, 1), datetime(2025, 1, 1)).validate()


def test_counts_over_time_buckets(conn, ids):
    assert statistics.bucket_for(datetime(2025, 3, 1), datetime(2025, 4, 1)) == statistics.DAY
    assert statistics.bucket_for(*YEAR_2025) == statistics.WEEK
    assert statistics.bucket_for(datetime(2022, 1, 1), datetime(2026, 1, 1)) == statistics.MONTH
    march = statistics.counts_over_time(conn, StatsQuery(datetime(2025, 3, 1), datetime(2025, 4, 1)), language="en")
    assert march.bucket == statistics.DAY and len(march.starts) == 31
    daily = dict(zip(march.starts, march.values.sum(axis=0)))
    assert daily[date(2025, 3, 3)] == 1 and daily[date(2025, 3, 10)] == 1 and sum(daily.values()) == 2
    weekly = statistics.counts_over_time(conn, year(), language="en")
    assert weekly.starts[0] == date(2024, 12, 30)  # the Monday of the week holding 1 January
    totals = dict(zip(weekly.starts, weekly.values.sum(axis=0)))
    assert totals[date(2025, 3, 3)] == 1 and totals[date(2025, 4, 28)] == 1 and weekly.total == 6
    monthly = statistics.counts_over_time(conn, year(), bucket=statistics.MONTH, language="en")
    assert monthly.names == ["Social nuisances", "Incivilities", "Burglary"]
    assert monthly.values.tolist() == [[0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0],
                                       [0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0],
                                       [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]]
    # one category chosen: its sub-categories are shown
    leaf = statistics.counts_over_time(conn, year(category_ids=(category(conn, "social_nuisance"),)),
                                       bucket=statistics.MONTH, language="en")
    assert dict(zip(leaf.names, leaf.values.sum(axis=1))) == {"Noise": 2, "Problematic gathering": 1}
    header, rows = monthly.table()
    assert header == ["Period start", "Social nuisances", "Incivilities", "Burglary", "Total"]
    assert rows[2] == ["2025-03-01", 2, 0, 0, 2]


def test_two_phenomena_compared(conn, ids):
    pair = statistics.compare_phenomena(conn, year(), (category(conn, "social_nuisance"),),
                                        (category(conn, "incivility"),), bucket=statistics.MONTH, language="en")
    assert pair.names == ["Social nuisances", "Incivilities"]
    assert pair.values[0].tolist() == [0, 0, 2, 0, 0, 1, 0, 0, 0, 0, 0, 0]
    assert pair.values[1].tolist() == [0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]
    with pytest.raises(InvalidInput):
        statistics.compare_phenomena(conn, year(), (), (1,))


def test_compare_with_the_previous_period(conn, ids):
    assert statistics.previous_period(*YEAR_2025) == (datetime(2024, 1, 1), datetime(2025, 1, 1))
    assert statistics.previous_period(datetime(2025, 3, 1), datetime(2025, 6, 1)) == (
        datetime(2024, 12, 1), datetime(2025, 3, 1))
    assert statistics.previous_period(datetime(2025, 3, 10), datetime(2025, 3, 17)) == (
        datetime(2025, 3, 3), datetime(2025, 3, 10))
    comparison = statistics.compare_periods(conn, year(), "category", language="en")
    rows = {r[1]: (r[3], r[4]) for r in comparison.rows}
    assert rows == {"Social nuisances": (3, 1), "Incivilities": (2, 0), "Burglary": (1, 0)}
    assert comparison.totals == (6, 1)
    header, table = comparison.table()
    assert table[0] == ["Social nuisances", 3, 1, 2, 200.0]


def test_handling_time_per_service_by_hand(conn, ids):
    handling = statistics.handling_times(conn, year(), "en")
    services = {s.label: s for s in handling.services}
    prevention = services["Prevention and security"]   # f1 48 h, f2 120 h (late), f5 open without due date
    assert (prevention.cases, prevention.closed) == (3, 2)
    assert prevention.median_hours == pytest.approx(84.0) and prevention.mean_hours == pytest.approx(84.0)
    assert (prevention.with_due, prevention.overdue, prevention.overdue_share) == (2, 1, 0.5)
    works = services["Local works"]                     # f3 reopened: 96 h from recording to the last closing
    assert (works.cases, works.closed) == (2, 1)
    assert works.median_hours == pytest.approx(96.0)
    assert (works.with_due, works.overdue) == (2, 2)    # f3 closed late, f4 still open past its due date
    unassigned = services["Not assigned"]                # f6 rejected after 24 h
    assert unassigned.median_hours == pytest.approx(24.0) and unassigned.overdue_share is None
    overall = handling.overall
    assert (overall.cases, overall.closed, overall.with_due, overall.overdue) == (6, 4, 4, 3)
    assert overall.median_hours == pytest.approx(72.0)  # 24, 48, 96, 120
    assert overall.mean_hours == pytest.approx(72.0)


def test_aoristic_monthly_series_and_hour_weekday(conn, ids):
    series = statistics.monthly_series(conn, year())
    assert [m.month for m in series.months] == list(range(1, 13))
    np.testing.assert_allclose(series.counts, [0, 0, 2, 1.5, 1.5, 1, 0, 0, 0, 0, 0, 0])
    assert series.facts == 6 and series.counts.sum() == pytest.approx(6.0)
    assert not series.has_seasonality  # twelve months are not enough
    matrix = statistics.hour_weekday(conn, year())
    assert matrix.sum() == pytest.approx(6.0)
    assert matrix[0, 10] == pytest.approx(1.0)            # f1, Monday 10:00
    np.testing.assert_allclose(matrix[2, 18:24], 1 / 12)  # f4, Wednesday 18:00 .. Thursday 06:00
    np.testing.assert_allclose(matrix[3, 0:6], 1 / 12)


def test_top_hot_spots_are_ranked_cells(conn, ids):
    spots, size = statistics.top_hot_spots(conn, year(), limit=3)
    assert 0 < len(spots) <= 3 and size >= 100
    assert [s.rank for s in spots] == list(range(1, len(spots) + 1))
    assert sum(s.count for s in spots) <= 6 and spots[0].count >= 1


# -- the seasonal decomposition on a synthetic series ------------------------------------------------

PATTERN = np.array([0.7, 0.8, 0.9, 1.0, 1.1, 1.3, 1.4, 1.3, 1.1, 0.9, 0.8, 0.7])


def test_moving_average_2x12_by_hand():
    values = np.arange(30, dtype=float)
    trend = statistics.moving_average_2x12(values)
    assert np.isnan(trend[:6]).all() and np.isnan(trend[-6:]).all()
    np.testing.assert_allclose(trend[6:-6], values[6:-6])  # a straight line is its own moving average
    assert trend[6] == pytest.approx((0.5 * 0 + sum(range(1, 12)) + 0.5 * 12) / 12.0)


@pytest.mark.parametrize("first_month", [1, 4, 12])
def test_seasonal_indices_of_a_known_pattern(first_month):
    pattern = PATTERN / PATTERN.mean()
    months = np.arange(60)
    values = 100.0 * pattern[(months + first_month - 1) % 12]
    trend, index, seasonal, adjusted = statistics.decompose(values, first_month)
    np.testing.assert_allclose(index, pattern, rtol=1e-12)
    np.testing.assert_allclose(trend[6:-6], 100.0, rtol=1e-12)
    np.testing.assert_allclose(adjusted, 100.0, rtol=1e-12)
    assert index.mean() == pytest.approx(1.0)


def test_seasonal_indices_with_a_trend_and_noise():
    rng = np.random.default_rng(3)
    pattern = PATTERN / PATTERN.mean()
    months = np.arange(72)
    level = 200.0 + 2.0 * months
    values = level * pattern[months % 12] * rng.normal(1.0, 0.01, len(months))
    _trend, index, _seasonal, adjusted = statistics.decompose(values, 1)
    np.testing.assert_allclose(index, pattern, rtol=0.03)
    # the adjusted series follows the level, not the seasons
    assert np.corrcoef(adjusted, level)[0, 1] > 0.98


def test_too_short_a_series_has_no_seasonal_index():
    _trend, index, seasonal, adjusted = statistics.decompose(np.ones(23) * 5, 1)
    assert np.isnan(index).all() and np.isnan(seasonal).all() and np.isnan(adjusted).all()


# -- the monthly series algorithm -------------------------------------------------------------------

@pytest.fixture
def stats_profile(postgis_server, stats_db, clean_settings):
    from gpsu_plugin.core import credentials
    from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile

    saved = ConnectionProfile(name="statistics", host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                              dbname=stats_db[0], user="postgres", storage=STORAGE_ASK)
    saved.save()
    yield saved
    credentials.forget_password(saved)


@pytest.fixture
def monthly_provider(qgis_processing):
    from qgis.core import QgsApplication

    from gpsu_plugin.processing.analysis.monthly_series import MonthlySeriesAlgorithm
    from gpsu_plugin.processing.provider import GpsuProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("gpsu")
    if existing is not None:
        registry.removeProvider(existing)

    class Provider(GpsuProvider):
        def loadAlgorithms(self):  # noqa: N802
            super().loadAlgorithms()
            if "monthly_series" not in {a.name() for a in self.algorithms()}:
                self.addAlgorithm(MonthlySeriesAlgorithm())

    instance = Provider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


def test_monthly_series_algorithm(monthly_provider, stats_profile):
    import processing
    from qgis.core import NULL, QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    results = processing.run("gpsu:monthly_series", {
        "CONNECTION": "statistics", "PERIOD_FROM": "2025-01-01T00:00:00", "PERIOD_TO": "2026-01-01T00:00:00",
        "CATEGORY": "incivility", "OUTPUT": "TEMPORARY_OUTPUT"}, context=context, feedback=feedback)
    layer = results["OUTPUT"]
    if not isinstance(layer, QgsVectorLayer):
        layer = context.getMapLayer(layer)
    rows = {f["month"]: f for f in layer.getFeatures()}
    assert len(rows) == 12
    assert rows["2025-04"]["count"] == pytest.approx(1.5) and rows["2025-05"]["count"] == pytest.approx(0.5)
    assert rows["2025-04"]["month_of_year"] == 4 and rows["2025-04"]["year"] == 2025
    assert sum(f["count"] for f in rows.values()) == pytest.approx(2.0)
    # twelve months: no trend, no seasonal index (left empty)
    assert all(f["seasonal_index"] == NULL and f["trend"] == NULL for f in rows.values())


# -- charts and the dock -------------------------------------------------------------------------

def _distinct_colours(png):
    from qgis.PyQt.QtGui import QImage

    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return len({image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)})


def test_every_chart_draws_something(conn, ids):
    from gpsu_plugin.gui import charts
    from gpsu_plugin.gui.statistics_dock import compute

    phenomena = ((category(conn, "social_nuisance"),), (category(conn, "incivility"),))
    for key in charts.chart_titles():
        data, _note = compute(conn, key, year(), "en", phenomena)
        png = charts.png_bytes(charts.chart_figure(key, data), dpi=60)
        assert png.startswith(b"\x89PNG") and _distinct_colours(png) > 8, key
    empty, _note = compute(conn, charts.STATUS, StatsQuery(datetime(1990, 1, 1), datetime(1991, 1, 1)), "en")
    assert empty.total == 0
    charts.png_bytes(charts.chart_figure(charts.STATUS, empty), dpi=60)  # says so instead of failing


def test_layer_filters_the_dock_understands():
    from gpsu_plugin.gui.statistics_dock import categories_from_subset

    assert categories_from_subset("") == ()
    assert categories_from_subset('"category_id" = 12') == (12,)
    assert categories_from_subset('"category_id" IN (3, 4,5)') == (3, 4, 5)
    assert categories_from_subset("category_id in (7)") == (7,)
    assert categories_from_subset("\"status\" IN ('new')") is None


def wait_for(app, dock, timeout=30):
    start = time.time()
    while time.time() - start < timeout:
        app.processEvents()
        if not dock.busy and (dock.data is not None or dock.last_error is not None):
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
    assert dock.last_error is None, dock.last_error
    assert dock.data is not None, "the statistics task did not finish"


def test_the_dock_builds_charts_and_exports_png_and_csv(qgis_app, conn, ids, tmp_path):
    from gpsu_plugin.gui import charts
    from gpsu_plugin.gui.statistics_dock import ZONE_DISTRICTS, StatisticsDock

    dock = StatisticsDock(None, conn, language="en")
    dock.resize(560, 700)
    dock.show()
    try:
        dock.data = None
        dock.set_period(date(2025, 1, 1), date(2025, 12, 31))
        wait_for(qgis_app, dock)
        assert dock.data_key == charts.COUNTS_OVER_TIME and dock.data.total == 6
        assert "6 facts" in dock.status.text()
        for key, expected in ((charts.STATUS, 6), (charts.DISTRICTS, 6)):
            dock.data = None
            dock.set_chart(key)
            wait_for(qgis_app, dock)
            assert dock.data_key == key and dock.data.total == expected
        # chosen districts: district B only
        dock.data = None
        dock.districts.setCheckedItems(["District B"])
        dock.zone.setCurrentIndex(dock.zone.findData(ZONE_DISTRICTS))
        wait_for(qgis_app, dock)
        assert [(i.label, i.count) for i in dock.data.items] == [("District B", 2)]
        dock.data = None
        dock.set_chart(charts.HANDLING)
        wait_for(qgis_app, dock)
        assert dock.data.overall.cases == 2
        png = dock.export_png(str(tmp_path / "chart.png"))
        csv_path = dock.export_csv(str(tmp_path / "chart.csv"))
        with open(png, "rb") as handle:
            assert _distinct_colours(handle.read()) > 8
        with open(csv_path, encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
        assert table[0][:3] == ["Service", "Cases", "Closed"]
        assert table[1][:4] == ["Local works", "2", "1", "4.0"]  # 96 h = 4 days
        assert table[-1][0] == "All services"
        dock.grab().save(str(tmp_path / "dock.png"))
        assert (tmp_path / "dock.png").stat().st_size > 5000
    finally:
        dock.cleanup()
        dock.close()
        dock.deleteLater()
