"""Speed targets of the incident workflow (issue: incidents and cases).

- incident_save_vs_insert: saving one fact through the plugin's code (checks, numbering, dispatch,
  history, alert, commit) vs a bare INSERT of the same row into gpsu.incidents; target < 3x.
  GPS-U enforces numbering, dispatch and history in the database, so a bare INSERT from psql pays
  for them too: this ratio is what the plugin adds. The price of those rules themselves is printed
  as well (the same INSERT into a copy of the table, same columns, constraints and indexes, without
  the triggers), without a target.
- case_list_1m_vs_10k: the Cases dock's first page (open cases of one service, most urgent then
  oldest) with 1,000,000 incidents vs 10,000; target within 2x.
Each prints its measurements; run with `make bench`.
"""

import statistics
import time
from datetime import datetime, timedelta, timezone

import pytest

from gpsu_plugin.core import access, cases, incidents, migrations

GENERATE = """
SET session_replication_role = replica;  -- bulk load: no per-row triggers (numbers are generated here)
INSERT INTO gpsu.incidents (number, geom, observed_at, recorded_at, category_id, priority, status,
                            service_id, description, due_at)
SELECT to_char(2020 + g %% 6, 'FM0000') || '-' || lpad((g / 6 + 1)::text, 7, '0'),
       ST_SetSRID(ST_MakePoint(95000 + random() * 10000, 145000 + random() * 10000), 31370),
       t, t + interval '1 hour', c.ids[1 + g %% array_length(c.ids, 1)], 1 + g %% 4,
       (ARRAY['new','dispatched','in_progress','resolved','closed','closed','closed','rejected'])[1 + g %% 8],
       s.ids[1 + (g / 7) %% array_length(s.ids, 1)], 'generated fact ' || g, t + interval '72 hours'
FROM generate_series(1, %(n)s) g
CROSS JOIN LATERAL (SELECT timestamptz '2020-01-01' + (g %% 2000) * interval '1 day'
                    + (g %% 1440) * interval '1 minute' AS t) tt
CROSS JOIN (SELECT array_agg(id) ids FROM gpsu.categories WHERE parent_id IS NOT NULL) c
CROSS JOIN (SELECT array_agg(id) ids FROM gpsu.services) s;
SET session_replication_role = origin;
ANALYZE gpsu.incidents;
"""


def timed(function, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


@pytest.fixture
def db(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    yield conn
    conn.close()


def test_incident_save_vs_insert(db, bench):
    with db, db.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = 'noise'")
        noise = cur.fetchone()[0]
        cur.execute("CREATE TABLE public.bare_incidents (LIKE gpsu.incidents INCLUDING ALL)")
    when = datetime.now(timezone.utc) - timedelta(hours=1)
    draft = incidents.IncidentDraft(category_id=noise, x=100000.0, y=150000.0, observed_at=when,
                                    description="benchmark")

    def insert_into(table):
        def insert():
            with db, db.cursor() as cur:
                cur.execute("INSERT INTO {} (geom, observed_at, category_id, priority, description, template) "
                            "VALUES (ST_SetSRID(ST_MakePoint(%s, %s), 31370), %s, %s, 3, %s, '{{}}')".format(table),
                            (100000.0, 150000.0, when, noise, "benchmark"))
        return insert

    bare_insert, untriggered_insert = insert_into("gpsu.incidents"), insert_into("public.bare_incidents")
    for warm in (lambda: incidents.save(db, draft), bare_insert, untriggered_insert):
        warm()
    saves = timed(lambda: incidents.save(db, draft), 300)
    inserts = timed(bare_insert, 300)
    untriggered = timed(untriggered_insert, 300)
    ratio = saves / inserts
    print("\nincident_save_vs_insert: save {:.2f} ms, bare INSERT {:.2f} ms, ratio {:.2f} (target < 3)"
          .format(saves * 1000, inserts * 1000, ratio))
    print("the database rules (numbering, dispatch, history, alert) cost {:.2f} ms: the same INSERT without "
          "triggers takes {:.2f} ms ({:.1f}x)".format((inserts - untriggered) * 1000, untriggered * 1000,
                                                       saves / untriggered))
    bench.record("incident_save_vs_insert", saves, size=1, reference="bare INSERT into gpsu.incidents",
                 reference_seconds=inserts, target="ratio < 3", met=ratio < 3)
    bench.record("incident_save_vs_untriggered_insert", saves, size=1,
                 reference="INSERT into a copy of the table without triggers", reference_seconds=untriggered,
                 target="(information)")


def first_page(conn, service_id):
    return cases.list_cases(conn, cases.CaseFilter(service_ids=(service_id,),
                                                   statuses=cases.OPEN_STATUSES), limit=50)


def handler_connection(postgis_server, name, service_code):
    """A real login role, handler of one service, connected with its password (row-level security
    applies to it, not to the superuser)."""
    login, password = "bench_handler_" + name.rsplit("_", 1)[-1], "Bench-Handler-2026!"
    su = postgis_server.connect(name)
    su.autocommit = True
    with su.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.services WHERE code = %s", (service_code,))
        service = cur.fetchone()[0]
        cur.execute("SELECT gpsu.create_account(%s, 'Bench', %s, ARRAY['gpsu_handler'], ARRAY[%s])",
                    (login, access.verifier(su, login, password), service))
        cur.execute("UPDATE gpsu.accounts SET must_change_password = false WHERE login = %s", (login,))
    su.close()
    import psycopg2
    return psycopg2.connect(postgis_server.conninfo(name, user=login, tcp=True), password=password)


def test_case_list_1m_vs_10k(postgis_server, bench):
    timings = {}
    for size in (10_000, 1_000_000):
        name = postgis_server.create_database(prefix="gpsu_bench")
        conn = postgis_server.connect(name)
        migrations.upgrade(conn)
        migrations.load_reference_data(conn)
        start = time.perf_counter()
        with conn, conn.cursor() as cur:
            cur.execute(GENERATE, {"n": size})
        load = time.perf_counter() - start
        with conn.cursor() as cur:
            cur.execute("SELECT id FROM gpsu.services WHERE code = 'local_police'")
            police = cur.fetchone()[0]
        conn.rollback()
        assert len(first_page(conn, police).rows) == 50
        timings[size] = timed(lambda conn=conn, police=police: first_page(conn, police), 30)
        search = timed(lambda conn=conn: cases.list_cases(conn, cases.CaseFilter(text="fact 4242"), limit=50), 10)
        print("\ncase list first page at {:,} incidents: {:.2f} ms, free-text search {:.2f} ms (loaded in {:.0f} s)"
              .format(size, timings[size] * 1000, search * 1000, load))
        if size == 1_000_000:
            bench.record("case_search_1m", search, size=size, target="(information)")
            handler = handler_connection(postgis_server, name, "local_police")
            assert len(first_page(handler, police).rows) == 50
            as_handler = timed(lambda handler=handler, police=police: first_page(handler, police), 30)
            handler.close()
            print("as a handler of the service (row-level security): {:.2f} ms".format(as_handler * 1000))
            bench.record("case_list_1m_handler_vs_superuser", as_handler, size=size,
                         reference="the same page as a superuser (no row-level security)",
                         reference_seconds=timings[size], target="ratio < 2", met=as_handler / timings[size] < 2)
        conn.close()
        postgis_server.drop_database(name)
    ratio = timings[1_000_000] / timings[10_000]
    print("case_list_1m_vs_10k: ratio {:.2f} (target < 2)".format(ratio))
    bench.record("case_list_1m_vs_10k", timings[1_000_000], size=1_000_000, reference="10,000 incidents",
                 reference_seconds=timings[10_000], target="ratio < 2", met=ratio < 2)
