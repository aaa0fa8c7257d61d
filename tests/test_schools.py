"""Schools and their safety documents (SAGES) against a real PostGIS: import with good and bad rows,
re-import, search, versioned append-only documents with checksums and limits, the PPMS data, the
locator filter and the "Schools" dock (offscreen)."""

import hashlib
from datetime import date, timedelta

import psycopg2
import pytest

from gpsu_plugin.core import schools
from gpsu_plugin.core.exceptions import InvalidInput, NotAllowed, VersionConflict

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
       b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")

CSV_GOOD_AND_BAD = """uai;nom;type;adresse;commune;x;y;eleves;personnels
0590001A;École Jules Ferry;Ecole élémentaire;1 rue de l'Église;Péruwelz;98100,5;137200;210;18
0590002B;Collège Saint-Exupéry;Collège;5 avenue des Écoles;Bon-Secours;99200;138400;540;46
0590003C;Lycée Léonard de Vinci;Lycée;12 rue Haute;Wiers;97500;139900;;
;Sans code;Ecole maternelle;;Péruwelz;98000;137000;10;2
0590005E;;Ecole maternelle;;Péruwelz;98000;137000;10;2
0590006F;Coordonnées manquantes;Ecole maternelle;;Péruwelz;;;10;2
0590007G;Hors zone;Ecole maternelle;;Péruwelz;9800000;137000;10;2
0590008H;Élèves négatifs;Ecole maternelle;;Péruwelz;98000;137000;-4;2
0590001A;Doublon dans le fichier;Ecole maternelle;;Péruwelz;98000;137000;10;2
0590009J;Coordonnées illisibles;Ecole maternelle;;Péruwelz;abc;137000;10;2
"""

MAPPING = schools.ColumnMapping(code="uai", name="nom", school_type="type", address="adresse", town="commune",
                                x="x", y="y", pupils="eleves", staff="personnels", srid=31370)


@pytest.fixture
def db(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    yield conn
    conn.rollback()
    conn.close()


def scalar(conn, query, params=()):
    with conn.cursor() as cur:
        cur.execute(query, params)
        value = cur.fetchone()[0]
    conn.commit()
    return value


def make_school(conn, code, name="École test", town="Péruwelz", address="1 rue de la Paix", x=98500.0, y=137500.0,
                pupils=120, staff=12, site=True):
    """A school with (optionally) its site, a building and PPMS points; its id. Idempotent by code."""
    with conn.cursor() as cur:
        cur.execute("INSERT INTO gpsu.schools (code, name, school_type, address, town, pupils, staff, geom) "
                    "VALUES (%s, %s, 'primary', %s, %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 31370)) "
                    "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name RETURNING id",
                    (code, name, address, town, pupils, staff, x, y))
        school_id = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM gpsu.school_sites WHERE school_id = %s", (school_id,))
        if site and not cur.fetchone()[0]:
            cur.execute("INSERT INTO gpsu.school_sites (school_id, name, geom) VALUES "
                        "(%s, 'Site', ST_Multi(ST_MakeEnvelope(%s - 60, %s - 40, %s + 60, %s + 40, 31370)))",
                        (school_id, x, y, x, y))
            cur.execute("INSERT INTO gpsu.school_buildings (school_id, name, floors, geom) VALUES "
                        "(%s, 'Bâtiment A', 2, ST_Multi(ST_MakeEnvelope(%s - 40, %s - 20, %s + 10, %s + 20, 31370)))",
                        (school_id, x, y, x, y))
            cur.execute("INSERT INTO gpsu.ppms_areas (school_id, label, capacity, geom) VALUES "
                        "(%s, 'Gymnase', 200, ST_Multi(ST_MakeEnvelope(%s + 20, %s - 30, %s + 50, %s, 31370)))",
                        (school_id, x, y, x, y))
            cur.execute("INSERT INTO gpsu.ppms_routes (school_id, label, geom) VALUES (%s, 'Sortie nord', "
                        "ST_Multi(ST_MakeLine(ST_MakePoint(%s, %s), ST_MakePoint(%s, %s + 38))"
                        "::geometry(LineString, 31370)))",
                        (school_id, x, y, x, y))
            for kind, dx, dy, label in (("assembly_point", -50, 30, "Cour"), ("emergency_access", 55, -35, "Portail"),
                                        ("cutoff_gas", -35, -15, "Vanne gaz"),
                                        ("cutoff_electricity", -30, 15, "TGBT"), ("cutoff_water", 0, -18, "Compteur")):
                cur.execute("INSERT INTO gpsu.ppms_points (school_id, kind, label, geom) VALUES "
                            "(%s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 31370))",
                            (school_id, kind, label, x + dx, y + dy))
    conn.commit()
    return school_id


def rejected_reasons(report):
    return {item.row: item.reason for item in report.rejected}


# -- import ---------------------------------------------------------------------------------------

def test_import_good_and_bad_rows_then_reimport_updates(db, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text(CSV_GOOD_AND_BAD, encoding="utf-8")
    before = scalar(db, "SELECT count(*) FROM gpsu.schools")
    report = schools.import_schools(db, str(path), MAPPING)
    assert (report.inserted, report.updated, report.unchanged) == (3, 0, 0)
    reasons = rejected_reasons(report)
    assert set(reasons) == {4, 5, 6, 7, 8, 9, 10}
    assert "code is missing" in reasons[4]
    assert "name is missing" in reasons[5]
    assert "coordinates are missing" in reasons[6]
    assert "outside the area" in reasons[7]
    assert "number of pupils" in reasons[8]
    assert "already appears on row 1" in reasons[9]
    assert "not numbers" in reasons[10]
    assert "Row 7 (0590007G)" in report.details()
    assert scalar(db, "SELECT count(*) FROM gpsu.schools") == before + 3
    with db.cursor() as cur:
        cur.execute("SELECT name, school_type, address, town, pupils, staff, round(ST_X(geom)::numeric, 1) "
                    "FROM gpsu.schools WHERE code = '0590001A'")
        assert cur.fetchone() == ("École Jules Ferry", "primary", "1 rue de l'Église", "Péruwelz", 210, 18,
                                  98100.5)
        cur.execute("SELECT school_type, pupils FROM gpsu.schools WHERE code = '0590003C'")
        assert cur.fetchone() == ("high_school", None)
    db.rollback()

    # the same file again: nothing new, nothing changed; an edited file updates by code
    again = schools.import_schools(db, str(path), MAPPING)
    assert (again.inserted, again.updated, again.unchanged, len(again.rejected)) == (0, 0, 3, 7)
    edited = CSV_GOOD_AND_BAD.replace("École Jules Ferry;Ecole élémentaire", "École Jules-Ferry;Ecole primaire") \
        .replace(";210;18", ";230;19")
    path.write_text(edited, encoding="utf-8")
    third = schools.import_schools(db, str(path), MAPPING)
    assert (third.inserted, third.updated, third.unchanged) == (0, 1, 2)
    assert scalar(db, "SELECT count(*) FROM gpsu.schools") == before + 3
    assert scalar(db, "SELECT pupils FROM gpsu.schools WHERE code = '0590001A'") == 230


def test_import_wgs84_coordinates_and_latin1_comma_file(db, tmp_path):
    path = tmp_path / "wgs84.csv"
    path.write_bytes("code,name,lon,lat\nWGS0001X,École de Roucourt,3.5,50.5\n".encode("latin-1"))
    report = schools.import_schools(db, str(path), schools.ColumnMapping(code="code", name="name", x="lon", y="lat",
                                                                         srid=4326))
    assert report.inserted == 1 and not report.rejected
    with db.cursor() as cur:
        cur.execute("SELECT name, ST_Distance(geom, ST_Transform(ST_SetSRID(ST_MakePoint(3.5, 50.5), 4326), "
                    "31370)) FROM gpsu.schools WHERE code = 'WGS0001X'")
        name, error_m = cur.fetchone()
    db.rollback()
    assert name == "École de Roucourt"
    assert error_m < 2.0  # QGIS's transformation agrees with PostGIS's


def test_import_geopackage(db, tmp_path):
    from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorFileWriter, QgsVectorLayer)
    from qgis.PyQt.QtCore import QVariant

    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "ecoles", "memory")
    layer.dataProvider().addAttributes([QgsField("uai", QVariant.String), QgsField("nom", QVariant.String),
                                        QgsField("eleves", QVariant.Int)])
    layer.updateFields()
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["GPKG001A", "Institut du site", 80])
    feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(99000, 140000), QgsPointXY(99100, 140000),
                                                    QgsPointXY(99100, 140100), QgsPointXY(99000, 140100)]]))
    bad = QgsFeature(layer.fields())
    bad.setAttributes(["GPKG002B", "Sans géométrie", 10])
    layer.dataProvider().addFeatures([feature, bad])
    path = str(tmp_path / "ecoles.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, path, layer.transformContext(), options)
    report = schools.import_schools(db, path, schools.ColumnMapping(code="uai", name="nom", pupils="eleves"))
    assert report.inserted == 1
    assert [r.code for r in report.rejected] == ["GPKG002B"] and "geometry" in report.rejected[0].reason
    with db.cursor() as cur:
        cur.execute("SELECT round(ST_X(geom)), round(ST_Y(geom)), pupils FROM gpsu.schools WHERE code = 'GPKG001A'")
        assert cur.fetchone() == (99050, 140050, 80)
    db.rollback()


def test_import_needs_known_columns(db, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a;b\n1;2\n")
    with pytest.raises(InvalidInput) as error:
        schools.import_schools(db, str(path), MAPPING)
    assert "uai" in error.value.message


# -- search -----------------------------------------------------------------------------------------

def test_search_is_accent_and_case_insensitive(db):
    ferry = make_school(db, "SRCH001A", "École Jules Ferry", town="Bury", address="12 rue des Écoles", site=False)
    make_school(db, "SRCH002B", "Athénée royal", town="Péruwelz", address="3 place Verte", site=False)
    assert [s.id for s in schools.search_schools(db, "ecole jules")][:1] == [ferry]
    assert ferry in [s.id for s in schools.search_schools(db, "JULES FERRY bury")]
    assert [s.code for s in schools.search_schools(db, "athenee")] == ["SRCH002B"]
    assert [s.code for s in schools.search_schools(db, "srch002b")] == ["SRCH002B"]
    assert "SRCH002B" in [s.code for s in schools.search_schools(db, "peruwelz place verte")]
    assert ferry in [s.id for s in schools.search_schools(db, "ÉCOLES")]
    assert schools.search_schools(db, "100%_") == []
    assert schools.fold("ÉCOLE Saint-Œuvre d’Ïle") == scalar(db, "SELECT gpsu.fold(%s)", ("ÉCOLE Saint-Œuvre d’Ïle",))


def test_search_uses_the_trigram_index(db):
    with db.cursor() as cur:
        cur.execute("SET LOCAL enable_seqscan = off")
        cur.execute("EXPLAIN SELECT id FROM gpsu.schools s "
                    "WHERE gpsu.school_search_key(s.code, s.name, s.town, s.address) LIKE '%jules%'")
        plan = "\n".join(r[0] for r in cur.fetchall())
    db.rollback()
    assert "schools_search_trgm_idx" in plan


# -- documents --------------------------------------------------------------------------------------

def test_versions_are_numbered_and_never_overwritten(db):
    school_id = make_school(db, "DOC0001A")
    first = schools.upload_document(db, school_id, "ppms", "PPMS", "ppms.pdf", PDF)
    second = schools.upload_document(db, school_id, "ppms", "PPMS", "ppms-2026.pdf", PDF + b"% v2\n")
    other = schools.upload_document(db, school_id, "photo", "Entrée", "entree.png", PNG)
    assert (first.version, second.version, other.version) == (1, 2, 1)
    assert first.author == "postgres" and first.mime_type == "application/pdf"
    assert first.review_due is not None and first.review_due > date.today()  # a PPMS is reviewed yearly
    assert other.review_due is None
    listed = schools.documents(db, school_id)
    assert [(d.doc_type, d.version, d.is_latest) for d in listed] == [("ppms", 2, True), ("ppms", 1, False),
                                                                        ("photo", 1, True)]
    assert [d.id for d in schools.latest_documents(db, school_id)] == [second.id, other.id]
    version, content = schools.download_document(db, first.id)
    assert content == PDF and version.version == 1
    # a version given by hand is ignored: the database numbers it
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, version, filename, mime_type, "
                    "size_bytes, sha256, content) "
                    "VALUES (%s, 'ppms', 'PPMS', 1, 'x.pdf', 'application/pdf', %s, %s, %s) "
                    "RETURNING version, author", (school_id, len(PDF), hashlib.sha256(PDF).hexdigest(), PDF))
        assert cur.fetchone() == (3, "postgres")
    db.rollback()


@pytest.mark.parametrize("statement", [
    "UPDATE gpsu.school_documents SET content = 'x'::bytea WHERE id = %s",
    "UPDATE gpsu.school_documents SET filename = 'renamed.pdf' WHERE id = %s",
    "UPDATE gpsu.school_documents SET author = 'someone' WHERE id = %s",
    "DELETE FROM gpsu.school_documents WHERE id = %s",
])
def test_documents_are_append_only(db, statement):
    school_id = make_school(db, "DOC0002B")
    version = schools.upload_document(db, school_id, "building_plan", "Plan RDC", "plan.pdf", PDF)
    with pytest.raises(psycopg2.Error) as error:
        with db.cursor() as cur:
            cur.execute(statement, (version.id,))
    assert error.value.pgcode == "42501"
    db.rollback()
    with pytest.raises(psycopg2.Error):
        with db.cursor() as cur:
            cur.execute("TRUNCATE gpsu.school_documents CASCADE")
    db.rollback()
    assert schools.download_document(db, version.id)[1] == PDF


def test_review_date_may_move_and_overdue_is_flagged(db):
    school_id = make_school(db, "DOC0003C")
    version = schools.upload_document(db, school_id, "crisis_directory", "Annuaire", "annuaire.pdf", PDF,
                                      review_due=date.today() + timedelta(days=30))
    assert not schools.latest_documents(db, school_id)[0].overdue
    schools.set_review_date(db, version.id, date.today() - timedelta(days=1))
    assert schools.latest_documents(db, school_id)[0].overdue
    assert version.id in [d.id for _name, d in schools.overdue_documents(db)]
    # a newer version with a future review date is no longer overdue
    schools.upload_document(db, school_id, "crisis_directory", "Annuaire", "annuaire.pdf", PDF + b"%2",
                            review_due=date.today() + timedelta(days=365))
    assert not any(d.overdue for d in schools.documents(db, school_id))


def test_checksum_is_verified_by_the_database_and_on_download(db):
    school_id = make_school(db, "DOC0004D")
    with pytest.raises(psycopg2.Error) as error:
        with db.cursor() as cur:
            cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, filename, mime_type, "
                        "size_bytes, sha256, content) "
                        "VALUES (%s, 'other', 'x', 'x.pdf', 'application/pdf', %s, %s, %s)",
                        (school_id, len(PDF), "0" * 64, PDF))
    assert error.value.pgcode == "GPS20" and error.value.diag.message_detail == "checksum"
    db.rollback()
    translated = schools._translated(error.value)
    assert "checksum" in translated.message

    # damage a stored version behind the triggers' back: the download refuses it
    version = schools.upload_document(db, school_id, "other", "Note", "note.pdf", PDF)
    with db.cursor() as cur:
        cur.execute("SET session_replication_role = replica")
        cur.execute("UPDATE gpsu.school_documents SET content = %s, size_bytes = %s WHERE id = %s",
                    (PDF.replace(b"Catalog", b"Katalog"), len(PDF), version.id))
        cur.execute("SET session_replication_role = origin")
    db.commit()
    with pytest.raises(schools.DocumentCorrupted) as corrupted:
        schools.download_document(db, version.id)
    assert "damaged" in corrupted.value.message


def test_type_and_size_limits_are_explained(db):
    school_id = make_school(db, "DOC0005E")
    with pytest.raises(schools.DocumentRefused) as error:
        schools.upload_document(db, school_id, "other", "Script", "virus.exe", b"MZ\x90\x00")
    assert "not accepted" in error.value.message and ".pdf" in error.value.message
    with pytest.raises(schools.DocumentRefused) as error:
        schools.upload_document(db, school_id, "other", "Vide", "vide.pdf", b"")
    assert "empty" in error.value.message
    with db.cursor() as cur:
        cur.execute("UPDATE gpsu.settings SET value = '1000' WHERE key = 'documents.max_bytes'")
    db.commit()
    try:
        with pytest.raises(schools.DocumentRefused) as error:
            schools.upload_document(db, school_id, "other", "Gros", "gros.pdf", PDF * 40)
        assert "too big" in error.value.message
        # the database refuses it too, whoever sends it
        with pytest.raises(psycopg2.Error) as raw:
            with db.cursor() as cur:
                big = PDF * 40
                cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, filename, mime_type, "
                            "size_bytes, sha256, content) "
                            "VALUES (%s, 'other', 'x', 'x.pdf', 'application/pdf', %s, %s, %s)",
                            (school_id, len(big), hashlib.sha256(big).hexdigest(), big))
        assert raw.value.diag.message_detail == "size"
        db.rollback()
        with pytest.raises(psycopg2.Error) as raw:
            with db.cursor() as cur:
                cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, filename, mime_type, "
                            "size_bytes, sha256, content) VALUES (%s, 'other', 'x', 'x.exe', "
                            "'application/x-msdownload', 4, %s, 'MZxx'::bytea)",
                            (school_id, hashlib.sha256(b"MZxx").hexdigest()))
        assert raw.value.diag.message_detail == "type"
        db.rollback()
    finally:
        with db.cursor() as cur:
            cur.execute("UPDATE gpsu.settings SET value = '52428800' WHERE key = 'documents.max_bytes'")
        db.commit()


def test_reading_refused_by_the_database_is_said(db):
    with pytest.raises((InvalidInput, NotAllowed)):
        schools.download_document(db, 987654321)


# -- PPMS data --------------------------------------------------------------------------------------

def full_sections():
    return {
        "identification": {"director": "Mme Martin", "phone": "069 00 00 01", "email": "dir@ecole.test"},
        "risks": {"selected": ["flood", "industrial"], "notes": "Site Seveso à 2 km"},
        "alerts": {"confinement": "Sirène continue", "evacuation": "Cloche", "intrusion": "Message SMS",
                   "end": "Annonce orale"},
        "crisis_cell": {"members": [{"role": "Directrice", "name": "Mme Martin", "phone": "0470 11 22 33",
                                     "alt_phone": "069 00 00 01"},
                                    {"role": "Adjoint", "name": "M. Durand", "phone": "0470 44 55 66"}]},
        "confinement": {"arrangements": "Gymnase, portes fermées, ventilation coupée"},
        "evacuation": {"arrangements": "Sortie nord vers la cour"},
        "equipment": {"items": ["radio", "water"], "notes": ""},
        "exercises": {"log": [{"date": "2026-10-05", "kind": "confinement", "scenario": "Nuage toxique",
                               "lessons": "Sirène peu audible au 2e étage"}]},
    }


def test_ppms_missing_sections_save_and_next_year(db):
    school_id = make_school(db, "PPMS001A")
    plan = schools.load_ppms(db, school_id, 2026)
    assert plan.id is None and plan.sections == {}
    assert [key for key, _l, _w in schools.missing_sections(plan.sections)] == [
        "identification", "risks", "alerts", "crisis_cell", "confinement", "evacuation", "equipment"]
    plan.sections = full_sections()
    plan.sections["crisis_cell"] = {"members": [{"role": "Directrice", "name": "Mme Martin", "phone": ""}]}
    assert [key for key, _l, _w in schools.missing_sections(plan.sections)] == ["crisis_cell"]
    plan.sections = full_sections()
    assert schools.missing_sections(plan.sections) == []
    saved = schools.save_ppms(db, plan)
    assert saved.id and saved.version == 1
    saved.sections["alerts"]["end"] = "Fin d'alerte orale"
    resaved = schools.save_ppms(db, saved)
    assert resaved.version == 2
    with pytest.raises(VersionConflict):
        schools.save_ppms(db, saved)  # based on version 1
    assert schools.crisis_contacts(resaved.sections)[0] == ("Directrice", "Mme Martin", "0470 11 22 33",
                                                            "069 00 00 01")
    next_year = schools.load_ppms(db, school_id, 2027)
    assert next_year.id is None and next_year.copied_from == 2026
    assert next_year.sections["crisis_cell"] == resaved.sections["crisis_cell"]
    assert "exercises" not in next_year.sections
    with pytest.raises(psycopg2.Error):
        with db.cursor() as cur:
            cur.execute("INSERT INTO gpsu.ppms_plans (school_id, school_year, sections) VALUES (%s, 2030, "
                        "'{\"unknown\": 1}')", (school_id,))
    db.rollback()


def test_every_new_table_belongs_to_a_school(db):
    with db.cursor() as cur:
        cur.execute("""SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'gpsu' AND c.relkind = 'r' AND c.relname IN
                       ('school_buildings', 'ppms_areas', 'ppms_routes', 'ppms_points', 'ppms_plans')
                       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'school_id'
                                   AND a.attnotnull)""")
        assert len(cur.fetchall()) == 5
    db.rollback()


# -- locator ----------------------------------------------------------------------------------------

def locator_results(locator_filter, text):
    from qgis.core import QgsFeedback, QgsLocatorContext

    found = []
    locator_filter.resultFetched.connect(found.append)
    try:
        locator_filter.prepare(text, QgsLocatorContext())
        locator_filter.fetchResults(text, QgsLocatorContext(), QgsFeedback())
    finally:
        locator_filter.resultFetched.disconnect(found.append)
    return found


def test_locator_finds_a_school_as_one_types_and_opens_it(qgis_iface, shared, db):
    from gpsu_plugin.gui.school_locator import SchoolLocatorFilter, result_school_id

    ferry = make_school(db, "LOC0001A", "École Aimé Césaire", town="Wiers", address="4 rue du Moulin")
    make_school(db, "LOC0002B", "Institut Saint-Charles", town="Péruwelz", address="2 rue Aimé Césaire", site=False)
    chosen = []
    locator = SchoolLocatorFilter(qgis_iface, shared, on_chosen=chosen.append)
    assert locator.prefix() == "ecole" and locator.useWithoutPrefix()
    results = locator_results(locator, "ecole aime ces")
    assert [result_school_id(r) for r in results][:1] == [ferry]
    assert "LOC0001A" in results[0].description and "Wiers" in results[0].description
    assert [result_school_id(r) for r in locator_results(locator, "LOC0002")] != []
    assert result_school_id(locator_results(locator, "loc0002b")[0]) != ferry
    assert locator_results(locator, "wiers moulin")[0].displayString == "École Aimé Césaire"
    assert locator_results(locator, "x") == []  # one letter: nothing yet
    # the clone QGIS runs shares the loaded schools
    assert [r.displayString for r in locator_results(locator.clone(), "AIMÉ césaire")] == [
        "École Aimé Césaire", "Institut Saint-Charles"]

    canvas = qgis_iface.mapCanvas()
    from qgis.core import QgsCoordinateReferenceSystem

    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    locator.triggerResult(results[0])
    assert chosen == [ferry]
    extent = canvas.extent()
    assert extent.contains(98500, 137500) and extent.width() < 1000


def test_locator_survives_a_database_that_is_down(qgis_iface):
    from gpsu_plugin.core.exceptions import ConnectionFailed
    from gpsu_plugin.gui.school_locator import SchoolLocatorFilter

    class Down:
        def get(self):
            raise ConnectionFailed("down")

    assert locator_results(SchoolLocatorFilter(qgis_iface, Down()), "ecole") == []


# -- dock -------------------------------------------------------------------------------------------

@pytest.fixture
def dock(qtbot, qgis_iface, shared):
    from gpsu_plugin.gui.schools_dock import SchoolsDock

    widget = SchoolsDock(qgis_iface, shared)
    qtbot.addWidget(widget)
    widget.synchronous = True
    widget.opened = []
    widget.open_url = lambda url: widget.opened.append(url.toLocalFile())
    widget.ask_upload_details = lambda name, titles: ("evacuation_plan", "Plan d'évacuation",
                                                      date.today() + timedelta(days=200))
    widget.show()
    yield widget
    widget.cleanup()


def tree_rows(dock):
    """[(type, title, version, [older versions])] as the tree shows them."""
    rows = []
    for i in range(dock.tree.topLevelItemCount()):
        group = dock.tree.topLevelItem(i)
        for k in range(group.childCount()):
            item = group.child(k)
            rows.append((group.text(0), item.text(0), item.text(1),
                         [item.child(j).text(1) for j in range(item.childCount())]))
    return rows


def test_dock_search_pick_upload_open_download(qtbot, dock, db, tmp_path):
    school_id = make_school(db, "DCK0001A", "Groupe scolaire Les Tilleuls", town="Braffe")
    dock.search_edit.setText("tilleuls braffe")
    qtbot.waitUntil(lambda: dock.results.count() == 1, timeout=3000)
    dock.results.setCurrentRow(0)
    assert dock.school.id == school_id and "Les Tilleuls" in dock.header.text()
    assert tree_rows(dock) == [] and not dock.open_button.isEnabled()

    first = tmp_path / "plan.pdf"
    first.write_bytes(PDF)
    dock.upload_files([str(first)])
    first.write_bytes(PDF + b"% second\n")
    dock.upload_files([str(first)])
    assert tree_rows(dock) == [("Evacuation plan", "Plan d'évacuation", "v2", ["v1"])]
    assert "plan.pdf (v2)" in dock.status.text()

    # refused files are explained, the others are still added
    (tmp_path / "virus.exe").write_bytes(b"MZ\x90\x00")
    (tmp_path / "empty.pdf").write_bytes(b"")
    photo = tmp_path / "entree.png"
    photo.write_bytes(PNG)
    dock.ask_upload_details = lambda name, titles: ("photo", "Entrée", None)
    dock.upload_files([str(tmp_path / "virus.exe"), str(tmp_path / "empty.pdf"), str(photo)])
    text = dock.status.text()
    assert "virus.exe" in text and "not accepted" in text and "empty.pdf" in text and "empty" in text
    assert "#b42318" in dock.status.styleSheet()
    assert len(tree_rows(dock)) == 2

    # open with the system viewer: a temporary copy, checksum verified
    latest = next(v for v in dock.versions if v.doc_type == "evacuation_plan" and v.is_latest)
    assert dock.select_document(latest.id)
    dock.open_selected()
    assert len(dock.opened) == 1 and open(dock.opened[0], "rb").read() == PDF + b"% second\n"
    assert "checksum verified" in dock.status.text()
    older = next(v for v in dock.versions if v.version == 1 and v.doc_type == "evacuation_plan")
    dock.select_document(older.id)
    target = tmp_path / "down.pdf"
    dock.ask_save_path = lambda suggested: str(target)
    dock.download_selected()
    assert target.read_bytes() == PDF


def test_dock_highlights_overdue_reviews(dock, db):
    school_id = make_school(db, "DCK0002B", "École du Parc")
    version = schools.upload_document(db, school_id, "crisis_directory", "Annuaire de crise", "annuaire.pdf", PDF,
                                      review_due=date.today() + timedelta(days=10))
    schools.set_review_date(db, version.id, date.today() - timedelta(days=3))
    schools.upload_document(db, school_id, "photo", "Façade", "facade.png", PNG)
    dock.open_school(school_id)
    overdue = dock.tree.topLevelItem(0 if dock.versions[0].doc_type == "crisis_directory" else 1).child(0)
    assert overdue.foreground(0).color().name() == "#b42318"
    assert overdue.font(2).bold() and "overdue" in overdue.toolTip(2)
    assert "1 document is past its review date." in dock.status.text()


def test_dock_drop_files(dock, db, tmp_path):
    from qgis.PyQt.QtCore import QMimeData, QPoint, QUrl
    from qgis.PyQt.QtGui import QDropEvent

    school_id = make_school(db, "DCK0003C", "École des Prés")
    dock.open_school(school_id)
    dropped = tmp_path / "ppms.pdf"
    dropped.write_bytes(PDF)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(QPoint(10, 10), Qt_copy(), data, Qt_left(), Qt_nomod())
    dock.dropEvent(event)
    assert [(v.doc_type, v.filename) for v in dock.versions] == [("evacuation_plan", "ppms.pdf")]


def Qt_copy():  # noqa: N802
    from qgis.PyQt.QtCore import Qt
    return Qt.CopyAction


def Qt_left():  # noqa: N802
    from qgis.PyQt.QtCore import Qt
    return Qt.LeftButton


def Qt_nomod():  # noqa: N802
    from qgis.PyQt.QtCore import Qt
    return Qt.NoModifier


def test_dock_open_in_a_qgis_task(qtbot, dock, db):
    school_id = make_school(db, "DCK0004D", "École de la Gare")
    version = schools.upload_document(db, school_id, "ppms", "PPMS", "ppms.pdf", PDF)
    dock.synchronous = False
    dock.open_school(school_id)
    dock.select_document(version.id)
    dock.open_selected()
    qtbot.waitUntil(lambda: bool(dock.opened), timeout=10000)
    assert open(dock.opened[0], "rb").read() == PDF


def test_ppms_editor_round_trip_and_missing_sections(qtbot, shared, db):
    from gpsu_plugin.gui.ppms_editor import PpmsEditor

    school_id = make_school(db, "EDT0001A", "École Victor Hugo")
    editor = PpmsEditor(shared, school_id, school_year=2026)
    qtbot.addWidget(editor)
    editor.synchronous = True
    missing = editor.check()
    assert len(missing) == 7 and "Identification of the school" in editor.status.text()
    editor.set_sections(full_sections())
    assert editor.sections()["crisis_cell"]["members"][0]["phone"] == "0470 11 22 33"
    assert editor.check() == []
    assert editor.save()
    assert schools.load_ppms(db, school_id, 2026).sections["alerts"]["confinement"] == "Sirène continue"
    produced = []
    editor.documentProduced.connect(produced.append)
    version, plan = editor.produce()
    assert produced == [version.id] and version.doc_type == "ppms"
    assert "version 1" in editor.status.text()
    editor.year.setValue(2027)  # next year starts from this one
    assert "started from the plan of 2026-2027" in editor.origin.text()
    assert editor.sections()["crisis_cell"]["members"][0]["name"] == "Mme Martin"
    assert editor.sections()["exercises"]["log"] == []


def test_ppms_editor_never_loses_unsaved_changes(qtbot, shared, db):
    """Closing or changing the year with unsaved changes asks first; a save that fails (the
    connection lost mid-way) says so, keeps the form and the dialog, and the next save works."""
    from qgis.PyQt.QtWidgets import QMessageBox

    from gpsu_plugin.gui.ppms_editor import PpmsEditor

    school_id = make_school(db, "UNS0001A", "École des brouillons")
    editor = PpmsEditor(shared, school_id, school_year=2026)
    qtbot.addWidget(editor)
    answers = []
    editor.ask_unsaved = lambda: answers.pop(0)
    assert not editor.has_unsaved_changes()
    editor.set_sections(full_sections())
    assert editor.has_unsaved_changes()

    with qtbot.assertNotEmitted(editor.rejected):  # Cancel: the dialog stays, with the text
        answers.append(QMessageBox.Cancel)
        editor.reject()
    answers.append(QMessageBox.Cancel)
    editor.year.setValue(2027)  # the year shown comes back, with its changes
    assert editor.year.value() == 2026 and editor.has_unsaved_changes()

    pid = shared.get().get_backend_pid()
    assert scalar(db, "SELECT pg_terminate_backend(%s)", (pid,))
    qtbot.waitUntil(lambda: not scalar(db, "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)))
    with qtbot.assertNotEmitted(editor.rejected):  # Save fails: nothing closes, nothing is lost
        answers.append(QMessageBox.Save)
        editor.reject()
    assert "connection to the database was lost" in editor.status.text()
    assert editor.sections()["crisis_cell"]["members"][0]["phone"] == "0470 11 22 33"
    assert scalar(db, "SELECT count(*) FROM gpsu.ppms_plans WHERE school_id = %s", (school_id,)) == 0

    with qtbot.waitSignal(editor.rejected):  # Save again: stored, then closed
        answers.append(QMessageBox.Save)
        editor.reject()
    assert schools.load_ppms(db, school_id, 2026).sections["crisis_cell"]["members"][0]["phone"] == "0470 11 22 33"
    assert answers == []

    editor = PpmsEditor(shared, school_id, school_year=2026)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: answers.pop(0)
    editor.reject()  # nothing changed: no question
    editor.fields[("identification", "director")].setText("M. Nouveau")
    answers.append(QMessageBox.Discard)
    with qtbot.waitSignal(editor.rejected):
        editor.reject()
    assert schools.load_ppms(db, school_id, 2026).sections["identification"]["director"] == "Mme Martin"


# -- access as real login roles (migration 0006) ----------------------------------------------------

ROLE_PASSWORD = "Sch00l-Safety-&-Plans"


@pytest.fixture(scope="module")
def people(postgis_server, gpsu_db):
    """Login roles: an editor of school A, an editor of school B, a responder, an analyst; two schools,
    a document of A (made as the superuser)."""
    from psycopg2 import sql as psql

    from gpsu_plugin.core import access

    su = postgis_server.connect(gpsu_db)
    su.autocommit = True
    a = make_school(su, "ACL0001A", "École A des rôles")
    b = make_school(su, "ACL0002B", "École B des rôles", x=99500.0)
    su.autocommit = False
    document = schools.upload_document(su, a, "ppms", "PPMS", "ppms.pdf", PDF).id
    su.autocommit = True
    suffix = gpsu_db.rsplit("_", 1)[-1]
    logins = {}
    with su.cursor() as cur:
        for key, roles, school_ids in (("editor_a", ["gpsu_school_editor"], [a]),
                                       ("editor_b", ["gpsu_school_editor"], [b]),
                                       ("responder", ["gpsu_responder"], []), ("analyst", ["gpsu_analyst"], [])):
            login = "sch{}{}".format(key.replace("_", ""), suffix)
            cur.execute("SELECT gpsu.create_account(%s, %s, %s, %s, %s, %s)",
                        (login, key, access.verifier(su, login, ROLE_PASSWORD), roles, [], school_ids))
            cur.execute("UPDATE gpsu.accounts SET must_change_password = false WHERE login = %s", (login,))
            cur.execute(psql.SQL("ALTER ROLE {} VALID UNTIL 'infinity'").format(psql.Identifier(login)))
            logins[key] = login
    su.close()
    conns = {key: psycopg2.connect(postgis_server.conninfo(gpsu_db, user=login, tcp=True), password=ROLE_PASSWORD)
             for key, login in logins.items()}
    yield {"a": a, "b": b, "document": document, "conns": conns}
    for conn in conns.values():
        conn.close()


def test_documents_follow_the_roles(people, db):
    conns, a, b = people["conns"], people["a"], people["b"]
    # the editor of A reads and adds versions of A's documents, never B's
    editor = conns["editor_a"]
    assert schools.download_document(editor, people["document"])[1] == PDF
    added = schools.upload_document(editor, a, "ppms", "PPMS", "ppms-v2.pdf", PDF + b"%v2")
    assert added.version == 2 and added.author == editor.info.user
    assert [d.version for d in schools.documents(editor, a)] == [2, 1]
    with pytest.raises((NotAllowed, InvalidInput)):
        schools.upload_document(editor, b, "other", "Intrus", "x.pdf", PDF)
    assert schools.documents(editor, b) == []
    # the editor of B may not read A's documents (nor see that they exist)
    with pytest.raises(NotAllowed):
        schools.download_document(conns["editor_b"], people["document"])
    # responders read every school's documents but add none
    assert schools.download_document(conns["responder"], added.id)[1] == PDF + b"%v2"
    with pytest.raises((NotAllowed, InvalidInput)):
        schools.upload_document(conns["responder"], a, "other", "Note", "note.pdf", PDF)
    # analysts see that documents exist, never their content
    with pytest.raises(NotAllowed):
        schools.download_document(conns["analyst"], people["document"])
    with db.cursor() as cur:
        cur.execute("SELECT action, actor FROM gpsu.audit_log WHERE target = %s ORDER BY id",
                    (str(people["document"]),))
        actions = cur.fetchall()
    db.rollback()
    assert actions[0] == ("document_opened", editor.info.user)
    assert ("document_opened", conns["responder"].info.user) not in actions  # v2 was opened, not this one
    # the PPMS data follows the same rule
    plan = schools.load_ppms(editor, a, 2026)
    plan.sections = {"alerts": {"confinement": "Corne de brume"}}
    assert schools.save_ppms(editor, plan).version >= 1
    other = schools.load_ppms(conns["editor_b"], a, 2026)
    assert other.id is None  # not visible to B's editor
    with pytest.raises((NotAllowed, InvalidInput)):
        schools.save_ppms(conns["editor_b"], other)


def test_school_layers_are_valid(postgis_server, gpsu_db, db):
    from gpsu_plugin.core.profile import STORAGE_ASK, ConnectionProfile

    make_school(db, "LAY0001A", "École des calques")
    profile = ConnectionProfile(name="schools", host=postgis_server.cluster.socket_dir, port=postgis_server.port,
                                dbname=gpsu_db, user="postgres", storage=STORAGE_ASK)
    layers = schools.school_layers(profile, 31370)
    assert [layer.customProperty(schools.SCHOOL_LAYER_PROPERTY) for layer in layers] == [
        "schools", "ppms_points", "ppms_routes", "ppms_areas", "school_buildings", "school_sites"]
    for layer in layers:
        assert layer.isValid(), layer.name()
        assert layer.featureCount() >= 1, layer.name()
        assert "password" not in layer.source()


FRENCH_DIRECTORY = (
    "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Adresse_1;Nom_commune;"
    "coordonnee_X;coordonnee_Y;epsg;latitude;longitude;Nombre_d_eleves\n"
    "0599001K;École primaire publique Jean Moulin;Ecole;3 rue Verte;Condé-sur-l'Escaut;709000;7038000;"
    "EPSG:2154;50.45;3.59;180\n"
    "0599002L;Collège Lavoisier;Collège;1 place du Marché;Condé-sur-l'Escaut;;;;50.46;3.58;420\n")


def test_column_mapping_is_guessed_from_the_french_directory(tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text(FRENCH_DIRECTORY, encoding="utf-8")
    columns, has_geometry = schools.file_columns(str(path))
    assert "Nom_etablissement" in columns and not has_geometry
    mapping = schools.guess_mapping(columns)
    assert (mapping.code, mapping.name, mapping.school_type, mapping.address, mapping.town, mapping.pupils) == (
        "Identifiant_de_l_etablissement", "Nom_etablissement", "Type_etablissement", "Adresse_1", "Nom_commune",
        "Nombre_d_eleves")
    assert (mapping.x, mapping.y, mapping.srid) == ("longitude", "latitude", 4326)
    assert schools.guess_mapping(["UAI", "nom", "x", "y"]).srid == 2154


def test_dock_imports_schools_with_a_report(dock, db, tmp_path):
    from gpsu_plugin.gui.schools_dock import ImportDialog

    path = tmp_path / "annuaire.csv"
    path.write_text(FRENCH_DIRECTORY + "0599003M;;Ecole;;Condé;;;;50.4;3.5;10\n", encoding="utf-8")
    dialog = ImportDialog(dock, str(path))
    mapping = dialog.mapping()
    assert mapping.code == "Identifiant_de_l_etablissement" and mapping.srid == 4326 and mapping.geometry is None
    shown = []
    dock.show_import_report = shown.append
    imported = []
    dock.schoolsImported.connect(lambda: imported.append(True))
    dock.import_file(str(path), mapping)
    report = shown[0]
    assert (report.inserted, len(report.rejected)) == (2, 1) and imported == [True]
    assert "name is missing" in report.details() and "2 schools added" in dock.status.text()
    dock.search_edit.setText("lavoisier")
    assert [s.code for s in dock.search()] == ["0599002L"]
