"""School reports against a real PostGIS (headless QGIS): the one-page reflex sheet (content, and a site
map that is not blank), and the PPMS PDF made from the structured data, stored as a new 'ppms'
version of the school, refused while mandatory sections are missing."""

import re
import subprocess

import pytest

from gpsu_plugin.core import schools
from gpsu_plugin.core.exceptions import InvalidInput
from gpsu_plugin.reports import ppms, reflex_sheet

from .test_schools import full_sections, make_school


@pytest.fixture
def db(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    yield conn
    conn.rollback()
    conn.close()


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_image(path, tmp_path, page=1):
    from qgis.PyQt.QtGui import QImage

    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "60", "-f", str(page), "-l", str(page), "-png", str(path), str(prefix)],
                   check=True)
    png = sorted(tmp_path.glob("page*.png"))[-1]
    image = QImage(str(png))
    assert not image.isNull()
    return image


def colours_in(image, x0, y0, x1, y1, step=2):
    return {image.pixel(x, y) for x in range(int(x0), int(x1), step) for y in range(int(y0), int(y1), step)}


@pytest.fixture
def school_with_plan(db):
    school_id = make_school(db, "RFX0001A", "École Jules Ferry", pupils=312, staff=27)
    plan = schools.load_ppms(db, school_id, 2026)
    if plan.id is None:
        plan.sections = full_sections()
        schools.save_ppms(db, plan)
    return school_id


def test_reflex_sheet_content_and_map_not_blank(qgis_app, db, school_with_plan, tmp_path):
    data = reflex_sheet.collect(db, school_with_plan)
    png = reflex_sheet.site_map(data)
    from qgis.PyQt.QtGui import QImage

    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == reflex_sheet.MAP_PX
    drawn = colours_in(image, 0, 0, image.width(), image.height(), 3)
    assert len(drawn) > 20, "the site map drew nothing"
    # the emergency access point's red is somewhere on the map
    red = {c for c in drawn if (c >> 16 & 255) > 200 and (c >> 8 & 255) < 90 and (c & 255) < 80}
    assert red, "no emergency access symbol on the map"

    path = tmp_path / "fiche.pdf"
    reflex_sheet.render(data, str(path), "en", png)
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    for expected in ("École Jules Ferry", "RFX0001A", "312 pupils", "27 staff", "Crisis cell", "Mme Martin",
                     "0470 11 22 33", "M. Durand", "0470 44 55 66", "Emergency vehicle access", "Assembly point",
                     "Gas cut-off", "Electricity cut-off", "Water cut-off", "Sirène continue", "REFLEX SHEET"):
        assert expected in text, expected
    # the map area of the page (below the title, above the legend) is not blank
    page = page_image(path, tmp_path)
    w, h = page.width(), page.height()
    map_colours = colours_in(page, w * 0.1, h * 0.12, w * 0.9, h * 0.45)
    assert len(map_colours) > 15, "the map area of the PDF is blank"


def test_reflex_sheet_without_ppms_or_geometry(qgis_app, db, tmp_path):
    school_id = make_school(db, "RFX0002B", "Petite école", site=False, pupils=None, staff=None)
    path = tmp_path / "bare.pdf"
    reflex_sheet.make(db, school_id, str(path), "en")
    text = pdf_text(path)
    assert "Petite école" in text and "No crisis cell in the PPMS yet." in text and "? pupils" in text
    assert pdf_pages(path) == 1


def test_reflex_sheet_in_french(qgis_app, db, school_with_plan, tmp_path):
    path = tmp_path / "fr.pdf"
    reflex_sheet.make(db, school_with_plan, str(path), "fr", with_map=False)
    text = pdf_text(path)
    assert "312 élèves" in text and "Cellule de crise" in text


def test_ppms_missing_sections_are_listed_and_nothing_is_stored(qgis_app, db, tmp_path):
    school_id = make_school(db, "PPM0001A", "Collège Pasteur")
    plan = schools.load_ppms(db, school_id, 2026)
    plan.sections = {"identification": {"director": "M. Leroy", "phone": "069 12 34 56"}}
    plan = schools.save_ppms(db, plan)
    missing = ppms.missing_sections(plan)
    assert [key for key, _label, _what in missing] == ["risks", "alerts", "crisis_cell", "confinement",
                                                       "evacuation", "equipment"]
    with pytest.raises(InvalidInput) as error:
        ppms.produce(db, plan, language="en")
    assert "Risks the site is exposed to" in error.value.message
    assert schools.documents(db, school_id) == []


def test_ppms_pdf_content_stored_as_a_new_version(qgis_app, db, tmp_path):
    school_id = make_school(db, "PPM0002B", "Lycée Condorcet", pupils=800, staff=75)
    plan = schools.load_ppms(db, school_id, 2026)
    plan.sections = full_sections()
    plan = schools.save_ppms(db, plan)
    version, plan = ppms.produce(db, plan, language="en")
    assert version.doc_type == "ppms" and version.version == 1 and version.mime_type == "application/pdf"
    assert plan.document_id == version.id
    _meta, content = schools.download_document(db, version.id)
    path = tmp_path / "ppms.pdf"
    path.write_bytes(content)
    text = pdf_text(path)
    for expected in ("Lycée Condorcet", "PPMS", "2026-2027", "Identification of the school", "Mme Martin",
                     "Risks the site is exposed to", "Flood", "Industrial accident", "Alert signals",
                     "Sirène continue", "Crisis cell and directory", "0470 11 22 33", "Confinement arrangements",
                     "Gymnase", "Evacuation arrangements", "Sortie nord", "Safety equipment",
                     "Battery radio", "Exercise log", "2026-10-05", "Sirène peu audible"):
        assert expected in text, expected
    assert pdf_pages(path) >= 2
    # the map pages are drawn by QGIS: one image at least
    images = subprocess.run(["pdfimages", "-list", str(path)], check=True, capture_output=True, text=True).stdout
    assert len([line for line in images.splitlines()[2:] if line.strip()]) >= 1
    # a second production is version 2 of the same document
    again, plan = ppms.produce(db, plan, language="en")
    assert again.version == 2 and again.title == version.title
