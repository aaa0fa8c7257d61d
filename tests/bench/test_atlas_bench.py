"""Speed of the PDFs (issue 6: reports and atlas), in pages per second; run with `make bench`.

- atlas_10_districts: the atlas by district of the demo municipality (its ten sections) over a year of
  facts, exported by QGIS headless as GPS-U does it (counts, charts and clusters computed by PostGIS in
  the layers' SQL; the layers read once into memory; heatmap as the only raster at 150 dpi; text as
  text), next to the same atlas exported with QGIS's default PDF settings and straight from PostGIS,
  to show what the speed comes from. QGIS 3.22 is reported at 16-41 s a page; target < 2 s a page.
- report_new_facts_1000: the new-facts report (reportlab) for 1,000 facts, without and with the map
  extract QGIS draws for each fact; target: 1,000 facts in under 90 s with maps.
"""

import time
from datetime import date, timedelta

import pytest

import generate_demo
from gpsu_plugin.core import migrations
from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile

UNTIL = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(postgis_server):
    name = postgis_server.create_database(prefix="gpsu_bench_atlas")
    conn = postgis_server.connect(name)
    migrations.upgrade(conn)
    migrations.load_reference_data(conn)
    generate_demo.generate(conn, incidents=20000, seed=42, until=UNTIL, log=lambda *a, **k: None)
    conn.close()
    yield name
    postgis_server.drop_database(name)


@pytest.fixture
def db(postgis_server, demo):
    conn = postgis_server.connect(demo)
    yield conn
    conn.rollback()
    conn.close()


@pytest.fixture
def profile(postgis_server, demo):
    return ConnectionProfile(name="bench", host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                             dbname=demo, user="postgres", storage=STORAGE_ASK)


def qgis_defaults():
    """What a user gets from the layout designer's "Export Atlas as PDF" left at its defaults."""
    from qgis.core import QgsLayoutExporter

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    return settings


def filter_legend(layout):
    """The designer's "Only show items inside linked map": a hit test of every layer on every page."""
    layout.itemById("legend").setLegendFilterByMapEnabled(True)


def without_heatmap(layout):
    main = layout.itemById("map")
    main.setLayers([layer for layer in main.layers() if layer.id() != "gpsu_atlas_heatmap"])


def test_atlas_10_districts(bench, qgis_app, db, profile, tmp_path):
    from gpsu_plugin.reports import atlas_export, layouts

    period = layouts.Period(UNTIL - timedelta(days=364), UNTIL)
    with db.cursor() as cur:
        cur.execute("SELECT count(*) FROM gpsu.districts")
        districts, = cur.fetchone()
        cur.execute("SELECT count(*) FROM gpsu.incidents i WHERE " + period.sql("i"))
        facts, = cur.fetchone()
    db.rollback()
    assert districts == 10

    def run(label, **kwargs):
        started = time.perf_counter()
        result = atlas_export.export_kind(db, profile, layouts.DISTRICTS, period, str(tmp_path / "atlas.pdf"), "fr",
                                          **kwargs)
        total = time.perf_counter() - started
        print("  {:<46} {:5.2f} s a page, {:5.2f} pages/s (export {:5.1f} s, with the layouts {:5.1f} s)".format(
            label, result.seconds_per_page, result.pages_per_second, result.seconds, total))
        assert result.pages == districts
        return result, total

    run("warm-up (fonts, symbols, PROJ)")
    print("\natlas_10_districts: {} districts, {:,} facts in the year".format(districts, facts))
    gpsu, gpsu_total = run("GPS-U (memory copies, 150 dpi, text as text)")
    run("GPS-U settings, drawn straight from PostGIS", materialize=False)
    run("GPS-U + QGIS default PDF settings (300 dpi)", settings=qgis_defaults())
    run("GPS-U at 300 dpi", dpi=300)
    run("GPS-U + legend filtered by the map's content", prepare=filter_legend)
    run("GPS-U without the heatmap", prepare=without_heatmap)
    naive, _ = run("usual designer settings (all three above)", materialize=False, settings=qgis_defaults(),
                   prepare=filter_legend)
    print("atlas_10_districts: {:.2f} pages/s ({:.2f} s a page; {:.1f} s for the whole atlas with its layouts), "
          "{:.1f}x faster than the usual settings; target < 2 s a page".format(
              gpsu.pages_per_second, gpsu.seconds_per_page, gpsu_total, naive.seconds / gpsu.seconds))
    bench.record("atlas_10_districts", gpsu.seconds, size=gpsu.pages, reference="usual designer settings",
                 reference_seconds=naive.seconds, target="< 2 s a page ({:.2f} pages/s)".format(gpsu.pages_per_second),
                 met=gpsu.seconds_per_page < 2.0)
    assert gpsu.seconds_per_page < 2.0


def test_report_new_facts_1000(bench, qgis_app, db, profile, tmp_path):
    from gpsu_plugin.reports import new_facts
    from gpsu_plugin.reports.map_extract import QgisMapExtract

    with db.cursor() as cur:  # the 1,000 facts recorded last
        cur.execute("SELECT recorded_at FROM gpsu.incidents ORDER BY recorded_at DESC OFFSET 999 LIMIT 1")
        start, = cur.fetchone()
        cur.execute("SELECT max(recorded_at) + interval '1 second' FROM gpsu.incidents")
        end, = cur.fetchone()
    db.rollback()
    data = new_facts.collect(db, start, end, language="fr")
    db.rollback()
    assert data.count >= 1000

    started = time.perf_counter()
    pages = new_facts.render(data, str(tmp_path / "facts.pdf"), "Péruwelz (démo)", "fr")
    plain = time.perf_counter() - started

    maps = QgisMapExtract.for_profile(profile, 31370, db, "fr")
    db.rollback()
    started = time.perf_counter()
    map_pages = new_facts.render(data, str(tmp_path / "facts-maps.pdf"), "Péruwelz (démo)", "fr", map_renderer=maps)
    with_maps = time.perf_counter() - started
    print("\nreport_new_facts_1000: {:,} facts, {} pages in {:.1f} s ({:.1f} pages/s) without maps; {} pages in "
          "{:.1f} s ({:.1f} pages/s, {:.0f} ms a map) with a QGIS map extract per fact".format(
              data.count, pages, plain, pages / plain, map_pages, with_maps, map_pages / with_maps,
              1000 * (with_maps - plain) / data.count))
    bench.record("report_new_facts_1000", with_maps, size=map_pages, reference="without map extracts",
                 reference_seconds=plain, target="< 90 s with maps ({:.1f} pages/s)".format(map_pages / with_maps),
                 met=with_maps < 90)
    assert with_maps < 90
