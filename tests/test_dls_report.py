"""The DLS statistics report (issue 6) on the demo municipality: the numbers of the period against
the previous one in the text (pdftotext), its pages, charts and map that are not blank, French by
default, cancel, and an empty period that says so."""

import re
import subprocess
from datetime import date

import pytest

from gpsu_plugin.core import statistics
from gpsu_plugin.reports import dls

UNTIL = date(2026, 6, 30)
START, END = date(2025, 1, 1), date(2026, 1, 1)


@pytest.fixture(scope="module")
def demo_db(postgis_server):
    name = postgis_server.create_gpsu_database("gpsu_dls", demo=dict(incidents=1500, seed=4, until=UNTIL))
    yield name
    postgis_server.drop_database(name)


@pytest.fixture
def conn(postgis_server, demo_db):
    connection = postgis_server.connect(demo_db)
    yield connection
    connection.rollback()
    connection.close()


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_images(path):
    out = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip() and line.split()[2] == "image"]


def colours_of_images(path, folder):
    """{image file: number of distinct colours} of the images in the PDF (pdfimages -png)."""
    from qgis.PyQt.QtGui import QImage

    subprocess.run(["pdfimages", "-png", str(path), str(folder / "img")], check=True)
    result = {}
    for png in sorted(folder.glob("img-*.png")):
        image = QImage(str(png))
        if image.isNull() or image.format() == QImage.Format_Grayscale8:
            continue
        result[png.name] = len({image.pixel(x, y) for x in range(0, image.width(), 4)
                                for y in range(0, image.height(), 4)})
    return result


def test_the_report_holds_the_period_against_the_previous_one(conn, tmp_path):
    path = tmp_path / "dls.pdf"
    data, pages = dls.generate_dls(conn, START, END, str(path), language="en", maps=False)
    assert not data.empty and data.total > 100 and data.previous_total > 100
    text = pdf_text(path)
    assert pdf_pages(path) == pages >= 6
    assert "Local security diagnosis" in text and "Contents" in text
    assert "Period: from 01/01/2025 to 31/12/2025" in text
    assert "Compared with: from 01/01/2024 to 31/12/2024" in text
    assert "Page 2 / {}".format(pages) in text
    for heading in ("Facts per category", "Facts over time", "Facts per district", "When: hour of day x day of week",
                    "Handling time per service", "Top hot spots", "Method"):
        assert heading in text.split("\f")[1], heading  # in the table of contents
        assert text.count(heading) >= 2
    # the numbers are those of core.statistics: each category's line with its two counts
    query = statistics.StatsQuery(dls._as_datetime(START), dls._as_datetime(END))
    categories = statistics.compare_periods(conn, query, "category", language="en")
    for _key, label, _colour, current, previous in categories.rows:
        assert re.search(r"{}\s+{}\s+{}\s".format(re.escape(label), current, previous), text), label
    total, before = categories.totals
    assert "{} facts ({} compared with the {} of the previous period)".format(
        total, dls.change_text(total, before), before) in text
    districts = statistics.compare_periods(conn, query, "district", language="en")
    for _key, label, _colour, current, previous in districts.rows:
        assert re.search(r"{}\s+{}\s+{}\s".format(re.escape(label), current, previous), text), label
    # the heat table's totals add up to the number of facts (aoristic weights sum to 1 per fact)
    assert data.hour_weekday.sum() == pytest.approx(total)
    # handling time: the services of the period and "All services"
    assert "All services" in text
    for service in data.handling.services:
        assert service.label in text
    # hot spots: ten ranked squares
    assert len(data.hot_spots) == 10 and [s.rank for s in data.hot_spots] == list(range(1, 11))


def test_charts_are_not_blank(conn, tmp_path):
    path = tmp_path / "charts.pdf"
    dls.generate_dls(conn, START, END, str(path), language="en", maps=False)
    images = pdf_images(path)
    assert len(images) >= 3  # categories compared, facts over time, handling time
    colours = colours_of_images(path, tmp_path)
    assert len(colours) >= 3 and all(n > 8 for n in colours.values()), colours


def test_the_map_is_drawn_by_qgis(qgis_app, conn, tmp_path):
    path = tmp_path / "map.pdf"
    data, _pages = dls.generate_dls(conn, START, END, str(path), language="en")
    text = pdf_text(path)
    assert "Map of the facts and hot spots" in text and "The map could not be drawn." not in text
    sizes = [(int(i[3]), int(i[4])) for i in pdf_images(path)]
    assert (1400, 1000) in sizes
    # the map holds the territory, the facts' colours and the hot spots: many colours
    colours = colours_of_images(path, tmp_path)
    assert max(colours.values()) > 30


def test_a_failing_map_leaves_a_note(conn, tmp_path):
    data = dls.collect(conn, START, END, "en")

    def broken(_data):
        raise RuntimeError("no map today")

    path = tmp_path / "nomap.pdf"
    dls.render(data, str(path), "Demo", "en", map_renderer=broken)
    assert "The map could not be drawn." in pdf_text(path)


def test_an_empty_period_says_so(conn, tmp_path):
    path = tmp_path / "empty.pdf"
    data, pages = dls.generate_dls(conn, date(1990, 1, 1), date(1990, 2, 1), str(path), language="en")
    assert data.empty and pages == 1 == pdf_pages(path)
    text = pdf_text(path)
    assert "No fact was observed during this period." in text
    assert "Period: from 01/01/1990 to 31/01/1990" in text


def test_french_by_default(conn, tmp_path):
    path = tmp_path / "fr.pdf"
    dls.generate_dls(conn, START, END, str(path), maps=False)
    text = pdf_text(path)
    assert "Diagnostic local de sécurité" in text and "Faits par catégorie" in text
    assert "Page 2 / " in text and "Local security diagnosis" not in text


def test_a_period_must_start_before_it_ends(conn, tmp_path):
    from gpsu_plugin.core.exceptions import InvalidInput

    with pytest.raises(InvalidInput):
        dls.generate_dls(conn, END, START, str(tmp_path / "x.pdf"), language="en")
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_stops_the_report(conn, tmp_path):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(dls.ReportError):
        dls.generate_dls(conn, START, END, str(tmp_path / "cancelled.pdf"), language="en", feedback=feedback,
                         maps=False)
    assert not (tmp_path / "cancelled.pdf").exists()
