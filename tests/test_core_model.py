"""Rules of the core model that the database itself enforces, tried with direct SQL."""

import hashlib

import psycopg2
import pytest

from gpsu_plugin.core import migrations


@pytest.fixture
def db(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    yield conn
    conn.rollback()
    conn.close()


def category_id(cur, code):
    cur.execute("SELECT id FROM gpsu.categories WHERE code = %s", (code,))
    return cur.fetchone()[0]


def insert_incident(cur, x=100000, y=150000, **columns):
    values = {"geom": "SRID=31370;POINT({} {})".format(x, y), "observed_at": "2026-01-10 10:00+01",
              "category_id": category_id(cur, "illegal_dumping"), "template": '{"volume": "bag"}'}
    values.update(columns)
    names = ", ".join(values)
    placeholders = ", ".join(["%s"] * len(values))
    cur.execute("INSERT INTO gpsu.incidents ({}) VALUES ({}) RETURNING id".format(names, placeholders),
                list(values.values()))
    return cur.fetchone()[0]


def test_reference_data_is_idempotent(db):
    with db.cursor() as cur:
        cur.execute("SELECT (SELECT count(*) FROM gpsu.services), (SELECT count(*) FROM gpsu.categories)")
        before = cur.fetchone()
    migrations.load_reference_data(db)
    with db.cursor() as cur:
        cur.execute("SELECT (SELECT count(*) FROM gpsu.services), (SELECT count(*) FROM gpsu.categories)")
        assert cur.fetchone() == before
    assert before[0] >= 7 and before[1] >= 20


def test_every_sub_category_has_a_service_and_priority(db):
    with db.cursor() as cur:
        cur.execute("SELECT code FROM gpsu.categories WHERE default_service_id IS NULL")
        assert cur.fetchall() == []


def test_category_tree_has_two_levels(db):
    with db.cursor() as cur:
        parent = category_id(cur, "illegal_dumping")  # itself a sub-category
        with pytest.raises(psycopg2.errors.CheckViolation):
            cur.execute("INSERT INTO gpsu.categories (code, parent_id, label_fr) VALUES ('too_deep', %s, 'x')",
                        (parent,))


def test_incident_gets_district_history_and_version(db):
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES ('centre', 'Centre', "
                    "ST_Multi(ST_MakeEnvelope(99000, 149000, 101000, 151000, 31370))) RETURNING id")
        district = cur.fetchone()[0]
        incident = insert_incident(cur)
        cur.execute("SELECT district_id, version, status FROM gpsu.incidents WHERE id = %s", (incident,))
        assert cur.fetchone() == (district, 1, "dispatched")
        cur.execute("UPDATE gpsu.incidents SET status = 'in_progress', version = 1 WHERE id = %s", (incident,))
        cur.execute("SELECT action, old_status, new_status FROM gpsu.incident_history "
                    "WHERE incident_id = %s ORDER BY id", (incident,))
        assert cur.fetchall() == [("created", None, "dispatched"), ("status_changed", "dispatched", "in_progress")]
        cur.execute("SELECT version FROM gpsu.incidents WHERE id = %s", (incident,))
        assert cur.fetchone()[0] == 2


def test_stale_version_is_refused(db):
    with db.cursor() as cur:
        incident = insert_incident(cur)
        cur.execute("UPDATE gpsu.incidents SET description = 'first', version = 1 WHERE id = %s", (incident,))
        with pytest.raises(psycopg2.Error) as error:
            cur.execute("UPDATE gpsu.incidents SET description = 'second', version = 1 WHERE id = %s",
                        (incident,))
    assert error.value.pgcode == "GPS01"


@pytest.mark.parametrize("statement", [
    "UPDATE gpsu.incident_history SET comment = 'rewritten'",
    "DELETE FROM gpsu.incident_history",
    "TRUNCATE gpsu.incident_history CASCADE",
])
def test_history_is_append_only_even_for_the_superuser(db, statement):
    with db.cursor() as cur:
        insert_incident(cur)
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute(statement)


@pytest.mark.parametrize("columns", [
    {"observed_at": None},
    {"observed_at": None, "observed_from": "2026-01-10 18:00+01", "observed_to": "2026-01-10 08:00+01"},
    {"observed_from": "2026-01-10 08:00+01", "observed_to": "2026-01-10 18:00+01"},
])
def test_time_must_be_an_instant_or_a_window(db, columns):
    with db.cursor() as cur:
        with pytest.raises(psycopg2.errors.CheckViolation):
            insert_incident(cur, **columns)


def test_time_window_is_accepted(db):
    with db.cursor() as cur:
        insert_incident(cur, observed_at=None, observed_from="2026-01-10 08:00+01",
                        observed_to="2026-01-10 18:00+01")


def test_school_document_content_cannot_be_overwritten(db):
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.schools (code, name, geom) VALUES ('0590001A', 'Lycée test', "
                    "'SRID=31370;POINT(100000 150000)') RETURNING id")
        school = cur.fetchone()[0]
        cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, filename, mime_type, "
                    "size_bytes, sha256, content) VALUES (%s, 'ppms', 'PPMS', 'ppms.pdf', 'application/pdf', 3, "
                    "%s, %s) RETURNING id", (school, hashlib.sha256(b"pdf").hexdigest(), psycopg2.Binary(b"pdf")))
        document = cur.fetchone()[0]
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute("UPDATE gpsu.school_documents SET content = %s, size_bytes = 3 WHERE id = %s",
                        (psycopg2.Binary(b"new"), document))
