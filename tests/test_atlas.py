"""The print layouts and atlases made by QGIS (issue 6) against a real PostGIS and the demo
municipality: one page per district, hot spot or school, the A3 poster, what the pages say, maps that
are not blank, an empty period, cancel, the export task in a worker thread, the layouts in the
project and their .qpt templates, and the command line."""

import argparse
import os
import re
import subprocess
import time
import unicodedata
from datetime import date

import pytest

from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile
from gpsu_plugin.reports import atlas_export, layouts

UNTIL = date(2026, 6, 30)
PERIOD = layouts.Period(date(2026, 1, 1), date(2026, 6, 30))
YEAR = layouts.Period(date(2025, 7, 1), date(2026, 6, 30))
EMPTY = layouts.Period(date(1990, 1, 1), date(1990, 1, 31))
SECRET = b"SECRET-CONTENT-OF-THE-PPMS"


@pytest.fixture(scope="module")
def atlas_db(postgis_server):
    name = postgis_server.create_gpsu_database("gpsu_atlas", demo=dict(incidents=1500, seed=3, until=UNTIL))
    conn = postgis_server.connect(name)
    with conn, conn.cursor() as cur:  # two documents for the first school (by name), none for the others
        cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, filename, mime_type, size_bytes, "
                    "sha256, content, review_due) SELECT s.id, t.doc_type, t.title, 'doc.pdf', 'application/pdf', "
                    "length(%s::bytea), encode(sha256(%s::bytea), 'hex'), %s::bytea, date '2027-09-01' "
                    "FROM (SELECT id FROM gpsu.schools ORDER BY name LIMIT 1) s CROSS JOIN (VALUES "
                    "('ppms', 'Emergency plan'), ('building_plan', 'Ground floor plan')) t "
                    "(doc_type, title)", (SECRET, SECRET, SECRET))
    conn.close()
    yield name
    postgis_server.drop_database(name)


@pytest.fixture
def conn(postgis_server, atlas_db):
    connection = postgis_server.connect(atlas_db)
    yield connection
    connection.rollback()
    connection.close()


@pytest.fixture
def profile(postgis_server, atlas_db):
    return ConnectionProfile(name="atlas", host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                             dbname=atlas_db, user="postgres", storage=STORAGE_ASK)


def rows(conn, query, *args):
    with conn.cursor() as cur:
        cur.execute(query, args)
        result = cur.fetchall()
    conn.rollback()
    return result


def pdf_text(path):
    """The text of the PDF, ligatures (ﬀ, ﬁ…) undone."""
    return unicodedata.normalize("NFKC", subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                                                        capture_output=True, text=True).stdout)


def pdf_info(path):
    return subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout


def pdf_pages(path):
    return int(re.search(r"^Pages:\s+(\d+)", pdf_info(path), re.M).group(1))


def page_image(path, page, tmp_path, dpi=40):
    from qgis.PyQt.QtGui import QImage

    prefix = str(tmp_path / "page{}".format(page))
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                    str(path), prefix], check=True)
    image = QImage(prefix + ".png")
    assert not image.isNull()
    return image


def colours(image, left_mm, top_mm, width_mm, height_mm, page_width_mm=297.0):
    """Distinct colours (and the share of non-background pixels) in a rectangle of the page."""
    scale = image.width() / page_width_mm
    seen, busy, total = set(), 0, 0
    for x in range(int(left_mm * scale) + 2, int((left_mm + width_mm) * scale) - 2):
        for y in range(int(top_mm * scale) + 2, int((top_mm + height_mm) * scale) - 2):
            pixel = image.pixel(x, y) & 0xFFFFFF
            seen.add(pixel)
            total += 1
            busy += pixel not in (0xFFFFFF, 0xF4F1EA)
    return len(seen), busy / max(total, 1)


def item_ids(layout):
    from qgis.core import QgsLayoutItem

    return {item.id() for item in layout.items() if isinstance(item, QgsLayoutItem) and item.id()}


def export(conn, profile, kind, period, tmp_path, **kwargs):
    path = tmp_path / "{}.pdf".format(kind)
    result = atlas_export.export_kind(conn, profile, kind, period, str(path), "en", **kwargs)
    return path, result


def district_names(conn):
    return [name for name, in rows(conn, "SELECT name FROM gpsu.districts ORDER BY name")]


def test_district_atlas_has_a_page_per_district_with_its_map_counts_and_period(qgis_app, conn, profile, tmp_path):
    names = district_names(conn)
    assert len(names) == 10
    path, result = export(conn, profile, layouts.DISTRICTS, PERIOD, tmp_path)
    assert pdf_pages(path) == result.pages == len(names)
    assert not result.empty and result.seconds > 0
    pages = pdf_text(path).split("\f")
    for number, name in enumerate(names):  # the atlas is sorted by name
        page = pages[number]
        assert name in page.splitlines()[0], page[:200]
        assert "01/01/2026" in page and "30/06/2026" in page
        assert "page {} of {}".format(number + 1, len(names)) in page
    # the counts on each page are those of the database
    counts = rows(conn, "SELECT d.name, count(i.id) FROM gpsu.districts d LEFT JOIN gpsu.incidents i ON "
                        "i.district_id = d.id AND i.status <> 'duplicate' AND coalesce(i.observed_at, i.observed_from) "
                        ">= '2026-01-01'::timestamp AT TIME ZONE 'Europe/Brussels' AND coalesce(i.observed_at, "
                        "i.observed_from) < '2026-07-01'::timestamp AT TIME ZONE 'Europe/Brussels' "
                        "GROUP BY d.name ORDER BY d.name")
    for number, (name, count) in enumerate(counts):
        assert re.search(r"\b{} facts, \d+ of them still open".format(count), pages[number]), (name, count)
    busiest = max(range(len(counts)), key=lambda n: counts[n][1])
    assert "Facts per category" in pages[busiest] and "Category" in pages[busiest]
    # the map is drawn (points, heatmap, outlines), the chart too
    image = page_image(path, busiest + 1, tmp_path)
    distinct, busy = colours(image, 12, 31, 183, 150)
    assert distinct > 40 and busy > 0.2, (distinct, busy)
    assert colours(image, 204, 86, 83, 40)[0] > 5  # the bar chart
    assert colours(image, 204, 29, 83, 40)[1] > 0.3  # the overview map: districts over the whole territory


def test_hotspot_atlas_has_a_page_per_cluster(qgis_app, conn, profile, tmp_path):
    path, result = export(conn, profile, layouts.HOTSPOTS, YEAR, tmp_path)
    (expected,), = rows(conn, "SELECT count(*) FROM {} AS h".format(
        layouts._hotspots_sql(YEAR, "en").replace("{srid}", "31370").join("()")))
    assert expected >= 1, "the demo year should hold a hot spot"
    assert pdf_pages(path) == result.pages == min(expected, layouts.HOTSPOT_MAX)
    text = pdf_text(path)
    assert "Hot spot 1 – " in text and "Hot spot {} – ".format(result.pages) in text
    assert "Main category:" in text and "01/07/2025" in text
    image = page_image(path, 1, tmp_path)
    assert colours(image, 12, 31, 183, 150)[0] > 30


def test_school_atlas_lists_documents_never_their_content(qgis_app, conn, profile, tmp_path):
    (schools,), = rows(conn, "SELECT count(*) FROM gpsu.schools")
    first, = rows(conn, "SELECT name FROM gpsu.schools ORDER BY name LIMIT 1")[0]
    path, result = export(conn, profile, layouts.SCHOOLS, PERIOD, tmp_path)
    assert pdf_pages(path) == result.pages == schools
    pages = pdf_text(path).split("\f")
    assert first in pages[0]
    assert "Emergency plan" in pages[0] and "Ground floor plan" in pages[0]
    assert "Safety plan (PPMS)" in pages[0] and "01/09/2027" in pages[0]
    assert "No document recorded." in pages[1]
    with open(path, "rb") as handle:
        assert SECRET not in handle.read()
    assert SECRET.decode() not in "".join(pages)
    assert "content" not in layouts._documents_sql()  # the content is never even read
    image = page_image(path, 1, tmp_path)
    assert colours(image, 12, 31, 156, 150)[0] > 10


def test_poster_is_one_a3_page_of_the_territory(qgis_app, conn, profile, tmp_path):
    path, result = export(conn, profile, layouts.POSTER, PERIOD, tmp_path)
    assert pdf_pages(path) == result.pages == 1
    assert "A3" in pdf_info(path)
    text = pdf_text(path)
    for name in district_names(conn):
        assert name in text
    assert "01/01/2026" in text and "30/06/2026" in text and "Facts per district" in text
    image = page_image(path, 1, tmp_path, dpi=25)
    distinct, busy = colours(image, 12, 35, 296, 248, page_width_mm=420.0)
    assert distinct > 40 and busy > 0.05, (distinct, busy)


def test_an_empty_period_says_so(qgis_app, conn, profile, tmp_path):
    path, result = export(conn, profile, layouts.DISTRICTS, EMPTY, tmp_path)
    assert result.empty and result.message == "No fact was observed during this period."
    assert pdf_pages(path) == 10
    text = pdf_text(path)
    assert text.count("No fact was observed in this district during this period.") == 10
    assert "0 facts, 0 of them still open" in text

    path, result = export(conn, profile, layouts.HOTSPOTS, EMPTY, tmp_path)
    assert result.empty and pdf_pages(path) == 1
    assert "No hot spot was found during this period." in pdf_text(path)

    path, result = export(conn, profile, layouts.POSTER, EMPTY, tmp_path)
    assert result.empty and "No fact was observed during this period." in pdf_text(path)


def test_progress_and_cancel(qgis_app, conn, profile, tmp_path):
    progress = []
    path, result = export(conn, profile, layouts.DISTRICTS, PERIOD, tmp_path, progress=progress.append)
    assert progress[-1] == 100.0 and progress == sorted(progress) and len(progress) >= 10

    seen = []
    path = tmp_path / "canceled.pdf"
    with pytest.raises(atlas_export.ExportCanceled):
        atlas_export.export_kind(conn, profile, layouts.DISTRICTS, PERIOD, str(path), "en",
                                 progress=seen.append, is_canceled=lambda: len(seen) >= 4)
    assert not path.exists()
    assert seen[-1] < 60, "the export stopped soon after the cancel"


def test_layouts_are_in_the_project_and_reload_from_their_templates(qgis_app, conn, profile, tmp_path):
    from qgis.core import QgsLayoutItemMap, QgsProject

    project = QgsProject()
    made = layouts.create_layouts(project, profile, 31370, conn, PERIOD, language="en")
    assert set(made) == set(layouts.KINDS)
    in_project = {layout.customProperty(layouts.LAYOUT_PROPERTY): layout
                  for layout in project.layoutManager().printLayouts()}
    assert set(in_project) == set(layouts.KINDS)
    assert project.layerTreeRoot().findGroup(layouts.GROUP_NAME) is not None
    assert layouts.Period.from_variables(project) == PERIOD
    district = in_project[layouts.DISTRICTS]
    assert district.atlas().enabled() and district.atlas().coverageLayer().id() == "gpsu_atlas_districts"
    assert district.atlas().updateFeatures() == 10
    main = district.itemById("map")
    assert isinstance(main, QgsLayoutItemMap) and main.atlasDriven()
    assert {layer.id() for layer in main.layers()} >= {"gpsu_atlas_incidents", "gpsu_atlas_heatmap"}
    # a second call keeps the layouts (the user may have edited them) and moves the period
    district.itemById("title").setText("Edited title")
    again = layouts.create_layouts(project, profile, 31370, conn, EMPTY, language="en")
    assert again[layouts.DISTRICTS] is district and district.itemById("title").text() == "Edited title"
    assert len(project.layoutManager().printLayouts()) == 4
    assert layouts.Period.from_variables(project) == EMPTY
    assert sum(f["total"] for f in project.mapLayer("gpsu_atlas_districts").getFeatures()) == 0

    # saved as a template and loaded again: same items, atlas and layers
    qpt = tmp_path / "district.qpt"
    layouts.save_template(district, str(qpt))
    loaded = layouts.load_template(project, str(qpt), "Reloaded")
    assert loaded.itemById("title").text() == "Edited title"
    assert loaded.atlas().enabled() and loaded.atlas().coverageLayer().id() == "gpsu_atlas_districts"
    assert item_ids(loaded) == item_ids(district) >= {"map", "overview", "legend", "scalebar", "north_arrow", "chart",
                                                       "counts", "title", "subtitle", "footer"}
    assert [layer.id() for layer in loaded.itemById("map").layers()] == [layer.id() for layer in main.layers()]

    # the project file keeps them: written and read back
    project_path = tmp_path / "atlas.qgz"
    assert project.write(str(project_path))
    reread = QgsProject()
    assert reread.read(str(project_path))
    assert {layout.customProperty(layouts.LAYOUT_PROPERTY) for layout in reread.layoutManager().printLayouts()} \
        == set(layouts.KINDS)
    reread.clear()
    project.clear()


def test_shipped_templates_exist_and_load(qgis_app, conn, profile):
    from qgis.core import QgsProject

    project = QgsProject()
    present = layouts.ensure_layers(project, profile, 31370, PERIOD, conn, "fr")
    assert set(present) == set(layouts.ROLES)
    for kind in layouts.KINDS:
        for language in ("fr", "nl", "en"):
            path = os.path.join(layouts.TEMPLATES_DIR, layouts.template_name(kind, language))
            assert os.path.isfile(path), path
            layout = layouts.load_template(project, path)
            assert layout.atlas().enabled() and layout.atlas().coverageLayer() is not None, (kind, language)
            assert layout.itemById("map").layers(), (kind, language)
    french = layouts.load_template(project, os.path.join(layouts.TEMPLATES_DIR, "gpsu_district_fr.qpt"))
    assert "Faits" in french.itemById("subtitle").text()
    project.clear()


def test_export_in_a_qgis_task_made_in_a_worker_thread(qgis_app, conn, profile, tmp_path):
    """What the dialog does: layouts in the user's project, exported by a task from a copy."""
    from qgis.core import QgsApplication, QgsProject

    project = QgsProject()
    layout = layouts.create_layouts(project, profile, 31370, conn, PERIOD, (layouts.SCHOOLS,), "en")[
        layouts.SCHOOLS]
    path = tmp_path / "task.pdf"
    outcome = {}
    task = atlas_export.export_task(project, layout, str(path),
                                    lambda result, error: outcome.update(result=result, error=error))
    deadline = time.time() + 300
    while "error" not in outcome and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert task is not None
    assert outcome and outcome["error"] is None, outcome.get("error")
    (schools,), = rows(conn, "SELECT count(*) FROM gpsu.schools")
    assert outcome["result"].pages == pdf_pages(path) == schools
    assert layout.atlas().coverageLayer() is project.mapLayer("gpsu_atlas_schools")  # the user's layout untouched
    project.clear()


def test_command_line_atlas(postgis_server, atlas_db, qgis_app, tmp_path, capsys):
    from gpsu_plugin.reports import cli as report_cli

    parser = argparse.ArgumentParser()
    report_cli.add_parser(parser.add_subparsers(dest="area"))
    out = tmp_path / "cli.pdf"
    args = parser.parse_args(["report", "atlas", "--kind", "poster", "--from", "2026-01-01", "--to", "2026-06-30",
                              "-o", str(out), "--language", "en"])
    args.db = postgis_server.conninfo(atlas_db)
    conn = postgis_server.connect(atlas_db)
    try:
        assert report_cli.run(conn, args) == 0
    finally:
        conn.close()
    assert pdf_pages(out) == 1
    printed = capsys.readouterr().out
    assert str(out) in printed and "s a page" in printed

    with pytest.raises(SystemExit):
        parser.parse_args(["report", "atlas", "--kind", "nowhere"])
    bad = parser.parse_args(["report", "atlas", "--from", "2026-13-01"])
    bad.db = postgis_server.conninfo(atlas_db)
    conn = postgis_server.connect(atlas_db)
    try:
        from gpsu_plugin.core.exceptions import InvalidInput

        with pytest.raises(InvalidInput):
            report_cli.run(conn, bad)
    finally:
        conn.close()


def test_headless_command_starts_qgis(postgis_server, atlas_db, tmp_path):
    """`python -m gpsu_plugin.cli … report atlas` in a fresh process with no display."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = tmp_path / "headless.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    done = subprocess.run(["/usr/bin/python3", "-m", "gpsu_plugin.cli", "--db", postgis_server.conninfo(atlas_db),
                           "report", "atlas", "--kind", "hotspots", "--from", "1990-01-01", "--to", "1990-01-31",
                           "-o", str(out), "--language", "en"], cwd=root, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert pdf_pages(out) == 1


class _MessageBar:
    def __init__(self):
        self.messages = []

    def pushMessage(self, title, text, level=0, duration=0):  # noqa: N802 (QgsMessageBar's name)
        self.messages.append((title, text, level))


class _Iface:
    def __init__(self):
        self.bar = _MessageBar()

    def messageBar(self):  # noqa: N802
        return self.bar

    def mainWindow(self):  # noqa: N802
        return None


def test_dialog_puts_the_layouts_in_the_project_and_reports_the_export(qtbot, qgis_app, postgis_server, atlas_db,
                                                                         profile, tmp_path):
    from qgis.core import Qgis, QgsApplication, QgsProject

    from gpsu_plugin.gui import atlas_dialog

    dialog = atlas_dialog.AtlasDialog(today=date(2026, 7, 15))
    qtbot.addWidget(dialog)
    kind, period, path, open_when_done = dialog.choice()
    assert kind == layouts.DISTRICTS and period == layouts.Period(date(2026, 6, 1), date(2026, 6, 30))
    assert path.endswith("gpsu-district-2026-06-30.pdf") and open_when_done
    dialog.kind.setCurrentIndex(dialog.kind.findData(layouts.POSTER))
    dialog.output.setFilePath(str(tmp_path / "poster"))
    kind, period, path, _ = dialog.choice()
    assert kind == layouts.POSTER and path == str(tmp_path / "poster.pdf")

    class Session:
        def __init__(self):
            self.profile = profile

        def connect(self):
            return postgis_server.connect(atlas_db)

    project = QgsProject()
    layout = atlas_dialog.create_layouts(Session(), kind, period, project)
    assert len(project.layoutManager().printLayouts()) == len(layouts.KINDS)
    assert layout.customProperty(layouts.LAYOUT_PROPERTY) == layouts.POSTER
    iface = _Iface()
    task = atlas_dialog.export(iface, project, layout, path, open_when_done=False)
    deadline = time.time() + 300
    while not iface.bar.messages and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert task is not None and iface.bar.messages
    _title, text, level = iface.bar.messages[-1]
    assert level == Qgis.Success and path in text, text
    assert pdf_pages(path) == 1
    project.clear()
