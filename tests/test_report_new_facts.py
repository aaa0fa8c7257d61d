"""The new-facts PDF report against a real PostGIS and the demo municipality: the facts of the period
and only them, cover and table of contents, "since the previous report", an empty period, photo
thumbnails and QGIS map extracts (headless)."""

import re
import subprocess
import time
from datetime import date, datetime, timedelta, timezone

import psycopg2
import pytest

import generate_demo
from gpsu_plugin.core import migrations
from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile
from gpsu_plugin.reports import new_facts

UNTIL = date(2026, 6, 30)
NUMBER = re.compile(r"\b\d{4}-\d{5,}\b")


@pytest.fixture(scope="module")
def demo_db(postgis_server):
    name = postgis_server.create_gpsu_database("gpsu_report", demo=dict(incidents=500, seed=1, until=UNTIL))
    yield name
    postgis_server.drop_database(name)


@pytest.fixture
def conn(postgis_server, demo_db):
    connection = postgis_server.connect(demo_db)
    yield connection
    connection.rollback()
    connection.close()


def rows(conn, query, *args):
    with conn.cursor() as cur:
        cur.execute(query, args)
        result = cur.fetchall()
    conn.rollback()
    return result


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_images(path):
    out = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip() and line.split()[2] == "image"]


def busy_week(conn):
    """A 45-day period ending at the last recorded fact, and the numbers recorded in it."""
    (last,), = rows(conn, "SELECT max(recorded_at) FROM gpsu.incidents")
    end = last + timedelta(seconds=1)
    start = end - timedelta(days=45)
    numbers = {n for n, in rows(conn, "SELECT number FROM gpsu.incidents WHERE recorded_at >= %s AND recorded_at < %s",
                               start, end)}
    return start, end, numbers


def test_report_lists_exactly_the_facts_of_the_period(conn, tmp_path):
    start, end, expected = busy_week(conn)
    assert len(expected) >= 2, "the demo week should hold a few facts"
    outside = {n for n, in rows(conn, "SELECT number FROM gpsu.incidents WHERE recorded_at < %s "
                                      "ORDER BY recorded_at DESC LIMIT 10", start)}
    data = new_facts.collect(conn, start, end, language="en")
    conn.rollback()
    assert {fact.number for fact in data.facts} == expected
    assert sum(n for _l, _c, n in data.by_category) == sum(n for _l, n in data.by_service) == len(expected)
    path = tmp_path / "facts.pdf"
    pages = new_facts.render(data, str(path), "Péruwelz (demo)", "en")
    text = pdf_text(path)
    assert set(NUMBER.findall(text)) == expected
    assert not outside & set(NUMBER.findall(text))
    assert pdf_pages(path) == pages >= 3
    assert "Péruwelz (demo)" in text and "New facts report" in text and "Contents" in text
    assert "Facts per category" in text and "Facts per service" in text
    assert "Page 2 / {}".format(pages) in text
    # the table of contents names every category of the period, with its page
    toc = text.split("\f")[1]
    for label, _colour, count in data.by_category:
        assert "{} ({})".format(label, count) in toc
    # every fact's block: its service, status and priority label
    for fact in data.facts:
        assert fact.status_label in text and fact.priority_label in text
    assert len(pdf_images(path)) == sum(1 for fact in data.facts if fact.photo)


def test_a_photo_thumbnail_is_embedded_and_scaled(conn, tmp_path):
    (number, period_start), = rows(conn, "SELECT i.number, i.recorded_at FROM gpsu.incidents i WHERE EXISTS ("
                                         "SELECT 1 FROM gpsu.incident_attachments a WHERE a.incident_id = i.id "
                                         "AND a.mime_type LIKE 'image/%%') ORDER BY i.recorded_at DESC LIMIT 1")
    data = new_facts.collect(conn, period_start, period_start + timedelta(microseconds=1), language="en")
    conn.rollback()
    assert [fact.number for fact in data.facts] == [number] and data.facts[0].photo
    path = tmp_path / "one.pdf"
    new_facts.render(data, str(path), "Demo", "en")
    images = pdf_images(path)
    assert len(images) == 1
    with open(path, "rb") as handle:
        assert b"/Subtype /Image" in handle.read()
    # at most 4 cm wide: width px / x-ppi * 2.54 cm (pdfimages rounds the ppi down: a little slack)
    width_px, x_ppi = int(images[0][3]), int(images[0][12])
    assert 2.0 <= width_px / x_ppi * 2.54 <= 4.0 * 1.05


def test_an_empty_period_says_so(conn, tmp_path):
    start = datetime(1990, 1, 1, tzinfo=timezone.utc)
    data = new_facts.collect(conn, start, start + timedelta(days=7), language="en")
    conn.rollback()
    assert data.count == 0
    path = tmp_path / "empty.pdf"
    assert new_facts.render(data, str(path), "Demo", "en") == 1
    text = pdf_text(path)
    assert "No new fact was recorded during this period." in text
    assert not NUMBER.findall(text)


def test_a_period_must_start_before_it_ends(conn):
    from gpsu_plugin.core.exceptions import InvalidInput

    moment = datetime(2026, 1, 1, tzinfo=timezone.utc)
    with pytest.raises(InvalidInput):
        new_facts.collect(conn, moment, moment)
    conn.rollback()


def test_each_report_covers_the_facts_recorded_since_the_previous_one(postgis_server, tmp_path):
    name = postgis_server.create_database(prefix="gpsu_report")
    try:
        conn = postgis_server.connect(name)
        migrations.upgrade(conn)
        migrations.load_reference_data(conn)
        generate_demo.generate(conn, incidents=500, seed=2, log=lambda *a, **k: None)  # until today
        conn.commit()
        assert new_facts.previous_report_end(conn) is None
        conn.rollback()

        first, pages = new_facts.issue(conn, str(tmp_path / "first.pdf"), language="en")
        (recent,), = rows(conn, "SELECT count(*) FROM gpsu.incidents WHERE recorded_at >= now() - interval '7 days'")
        assert first.count == recent  # no previous report: the last seven days
        assert first.period_to - first.period_from == timedelta(days=7)

        with conn.cursor() as cur:  # a fact recorded after the first report
            cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id, priority, description, "
                        "place, template) SELECT geom, now() - interval '1 hour', category_id, priority, "
                        "'Recorded after the first report', place, template FROM gpsu.incidents "
                        "ORDER BY recorded_at DESC LIMIT 1 RETURNING number")
            new_number = cur.fetchone()[0]
        conn.commit()

        second, _pages = new_facts.issue(conn, str(tmp_path / "second.pdf"), language="en")
        assert second.period_from == first.period_to
        assert [fact.number for fact in second.facts] == [new_number]
        text = pdf_text(tmp_path / "second.pdf")
        assert set(NUMBER.findall(text)) == {new_number}
        assert "Recorded after the first report" in text

        third, _pages = new_facts.issue(conn, str(tmp_path / "third.pdf"), language="en", record=False)
        assert third.count == 0 and "No new fact" in pdf_text(tmp_path / "third.pdf")

        issued = rows(conn, "SELECT kind, period_from, period_to, facts FROM gpsu.reports_issued ORDER BY id")
        assert issued == [("new_facts", first.period_from, first.period_to, first.count),
                          ("new_facts", second.period_from, second.period_to, 1)]  # --no-record: not remembered

        # the record is append-only
        for statement in ("UPDATE gpsu.reports_issued SET facts = 0", "DELETE FROM gpsu.reports_issued",
                          "TRUNCATE gpsu.reports_issued"):
            with pytest.raises(psycopg2.Error):
                with conn.cursor() as cur:
                    cur.execute(statement)
            conn.rollback()
        conn.close()
    finally:
        postgis_server.drop_database(name)


def test_a_failed_render_records_nothing(conn, tmp_path):
    start, end, _expected = busy_week(conn)
    with pytest.raises(new_facts.ReportError):
        new_facts.issue(conn, str(tmp_path / "missing-folder" / "x.pdf"), start, end, language="en")
    assert rows(conn, "SELECT count(*) FROM gpsu.reports_issued") == [(0,)]


@pytest.fixture
def profile(postgis_server, demo_db):
    return ConnectionProfile(name="report", host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                             dbname=demo_db, user="postgres", storage=STORAGE_ASK)


def colours(png):
    from qgis.PyQt.QtGui import QImage

    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return image, {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def test_map_extracts_are_not_blank(qgis_app, conn, profile, tmp_path):
    from gpsu_plugin.reports.map_extract import QgisMapExtract

    (x, y), = rows(conn, "SELECT ST_X(geom), ST_Y(geom) FROM gpsu.incidents ORDER BY recorded_at DESC LIMIT 1")
    extract = QgisMapExtract.for_profile(profile, 31370, conn, "en", scale=10000)
    conn.rollback()
    image, with_layers = colours(extract(x, y))
    assert (image.width(), image.height()) == (300, 200)
    _image, marker_only = colours(QgisMapExtract([], 31370)(x, y))
    assert len(with_layers) > len(marker_only) + 10, "the layers drew nothing around the fact"
    image.save(str(tmp_path / "extract.png"))

    start, end, expected = busy_week(conn)
    data = new_facts.collect(conn, start, end, language="en")
    conn.rollback()
    path = tmp_path / "maps.pdf"
    new_facts.render(data, str(path), "Demo", "en", map_renderer=extract)
    photos = sum(1 for fact in data.facts if fact.photo)
    assert len(pdf_images(path)) == photos + len(expected)


def test_a_failing_map_renderer_does_not_stop_the_report(conn, tmp_path):
    start, end, expected = busy_week(conn)
    data = new_facts.collect(conn, start, end, language="en")
    conn.rollback()

    def broken(x, y):
        raise RuntimeError("no map today")

    path = tmp_path / "nomaps.pdf"
    new_facts.render(data, str(path), "Demo", "en", map_renderer=broken)
    assert set(NUMBER.findall(pdf_text(path))) == expected


def test_command_line_report(postgis_server, demo_db, tmp_path, capsys):
    import argparse

    from gpsu_plugin.reports import cli as report_cli

    parser = argparse.ArgumentParser()
    report_cli.add_parser(parser.add_subparsers(dest="area"))
    out = tmp_path / "cli.pdf"
    args = parser.parse_args(["report", "new-facts", "--from", "2026-06-20", "--to", "2026-06-29",
                              "--out", str(out), "--no-record"])
    conn = postgis_server.connect(demo_db)
    try:
        assert report_cli.run(conn, args) == 0
        expected = {n for n, in rows(conn, "SELECT number FROM gpsu.incidents WHERE recorded_at >= "
                                           "'2026-06-20'::timestamp AT TIME ZONE 'Europe/Brussels' AND recorded_at < "
                                           "'2026-06-30'::timestamp AT TIME ZONE 'Europe/Brussels'")}
        assert rows(conn, "SELECT count(*) FROM gpsu.reports_issued") == [(0,)]
    finally:
        conn.close()
    assert expected and set(NUMBER.findall(pdf_text(out))) == expected
    assert str(out) in capsys.readouterr().out


def test_report_in_a_qgis_task_with_maps_made_in_the_worker_thread(qgis_app, postgis_server, demo_db, profile,
                                                                     tmp_path):
    """What the plugin's menu action does: a FunctionTask that makes its own layers and the PDF."""
    from qgis.core import QgsApplication

    from gpsu_plugin.gui import tasks
    from gpsu_plugin.reports.map_extract import QgisMapExtract

    path = tmp_path / "task.pdf"
    conn = postgis_server.connect(demo_db)  # opened on the main thread (a password prompt would be here)
    start, end, expected = busy_week(conn)
    progress = []

    def work(task):
        try:
            maps = QgisMapExtract.for_profile(profile, 31370, conn, "en")
            conn.rollback()
            return new_facts.issue(conn, str(path), start, end, "en", map_renderer=maps, record=False,
                                   progress=lambda pct: progress.append(pct) or task.setProgress(pct),
                                   is_canceled=task.isCanceled)
        finally:
            conn.close()

    outcome = {}
    task = tasks.start(tasks.FunctionTask("report", work, lambda result, error: outcome.update(
        result=result, error=error)))
    deadline = 600
    while "error" not in outcome and deadline:
        QgsApplication.processEvents()
        qgis_app.processEvents()
        time.sleep(0.05)
        deadline -= 1
    assert task is not None  # kept referenced until it finished, as the plugin must
    assert outcome, "the task did not finish: progress {}".format(progress[-3:])
    assert outcome["error"] is None, outcome["error"]
    data, pages = outcome["result"]
    assert {fact.number for fact in data.facts} == expected and progress[-1] == 100.0
    assert len(pdf_images(path)) == sum(1 for fact in data.facts if fact.photo) + len(expected)


def test_the_municipalitys_logo_is_on_the_cover(conn, tmp_path):
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
    from qgis.PyQt.QtGui import QColor, QImage

    from gpsu_plugin.core.exceptions import InvalidInput

    image = QImage(60, 40, QImage.Format_RGB32)
    image.fill(QColor("#1570ef"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    logo = bytes(data)
    with pytest.raises(InvalidInput):
        new_facts.set_logo(conn, b"GIF89a not a png")
    new_facts.set_logo(conn, logo)
    try:
        start = datetime(1990, 1, 1, tzinfo=timezone.utc)
        data = new_facts.collect(conn, start, start + timedelta(days=7), language="en")
        conn.rollback()
        assert data.logo == logo
        path = tmp_path / "logo.pdf"
        new_facts.render(data, str(path), "Demo", "en")
        cover_images = [i for i in pdf_images(path) if i[0] == "1"]
        assert len(cover_images) == 1
    finally:
        with conn, conn.cursor() as cur:
            cur.execute("DELETE FROM gpsu.settings WHERE key = 'municipality.logo'")
