"""The demo municipality (scripts/generate_demo.py) against a real PostGIS: deterministic, and
consistent with every rule the database enforces for data entered by hand."""

from datetime import date, datetime, timedelta, timezone

import psycopg2
import pytest

import generate_demo
from gpsu_plugin.core import incidents, migrations

UNTIL = date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(postgis_server):
    names = []

    def make(seed=7, size=2000):
        name = postgis_server.create_database(prefix="gpsu_demo")
        names.append(name)
        conn = postgis_server.connect(name)
        migrations.upgrade(conn)
        migrations.load_reference_data(conn)
        generate_demo.generate(conn, incidents=size, seed=seed, until=UNTIL, log=lambda *a, **k: None)
        return conn

    yield make
    for name in names:
        postgis_server.drop_database(name)


def fingerprint(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT md5(string_agg(concat_ws('|', number, ST_AsText(geom), observed_at, observed_from, "
                    "category_id, status, service_id, template::text), ',' ORDER BY number)) FROM gpsu.incidents")
        return cur.fetchone()[0]


def scalar(conn, query, *args):
    with conn.cursor() as cur:
        cur.execute(query, args)
        value = cur.fetchone()[0]
    conn.rollback()
    return value


def test_same_seed_same_data_other_seed_other_data(demo):
    first, second, other = demo(seed=7), demo(seed=7), demo(seed=8)
    assert fingerprint(first) == fingerprint(second) != fingerprint(other)
    for conn in (first, second, other):
        conn.close()


def test_demo_data_obeys_the_database_rules(demo):
    conn = demo(seed=11)
    assert scalar(conn, "SELECT count(*) FROM gpsu.incidents") == 2000
    assert scalar(conn, "SELECT count(*) FROM gpsu.districts") == 10
    assert scalar(conn, "SELECT count(*) FROM gpsu.districts a JOIN gpsu.districts b ON a.id < b.id "
                        "AND ST_Overlaps(a.geom, b.geom)") == 0
    assert scalar(conn, "SELECT count(*) FROM gpsu.incidents WHERE district_id IS NULL") == 0
    assert scalar(conn, "SELECT count(*) FROM gpsu.incidents i WHERE NOT EXISTS "
                        "(SELECT 1 FROM gpsu.incident_history h WHERE h.incident_id = i.id)") == 0
    assert scalar(conn, "SELECT count(DISTINCT status) FROM gpsu.incidents") == 7
    # numbers gap-free per year, and the counters continue them
    assert scalar(conn, "SELECT count(*) FROM (SELECT left(number, 4) y, count(*) n, "
                        "max(substr(number, 6)::int) m FROM gpsu.incidents GROUP BY 1) t WHERE n <> m") == 0
    assert scalar(conn, "SELECT count(*) FROM gpsu.incident_counters c WHERE last_value <> (SELECT "
                        "max(substr(number, 6)::int) FROM gpsu.incidents WHERE left(number, 4) = c.year::text)") == 0
    # every template satisfies its category: re-checking with the triggers on changes nothing
    with conn.cursor() as cur:
        cur.execute("UPDATE gpsu.incidents SET template = template || '{}'::jsonb, version = version "
                    "WHERE id IN (SELECT id FROM gpsu.incidents ORDER BY id LIMIT 300)")
    conn.rollback()
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = 'noise'")
        noise = cur.fetchone()[0]
    conn.rollback()
    year = datetime.now(timezone.utc).year
    last = scalar(conn, "SELECT coalesce(max(last_value), 0) FROM gpsu.incident_counters WHERE year = %s", year)
    with conn.cursor() as cur:
        cur.execute("SELECT ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) FROM gpsu.districts LIMIT 1")
        x, y = cur.fetchone()
    conn.rollback()
    saved = incidents.save(conn, incidents.IncidentDraft(
        category_id=noise, x=x, y=y, observed_at=datetime.now(timezone.utc) - timedelta(hours=1)))
    assert saved.number == "{}-{:05d}".format(year, last + 1)
    conn.close()


def test_refuses_to_mix_with_existing_data_unless_replacing(demo):
    conn = demo(seed=3, size=500)
    with pytest.raises(generate_demo.DemoRefused):
        generate_demo.generate(conn, incidents=500, seed=3, until=UNTIL, log=lambda *a, **k: None)
    generate_demo.generate(conn, incidents=600, seed=3, until=UNTIL, replace=True, log=lambda *a, **k: None)
    assert scalar(conn, "SELECT count(*) FROM gpsu.incidents") == 600
    with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
        cur.execute("DELETE FROM gpsu.incident_history")  # the append-only rule is back once loaded
    conn.close()
