"""The demo data generator (scripts/generate_demo.py): a plausible, consistent municipality.

Each test database is made like `gpsu_db` (schema + reference data) and filled with 2,000
incidents; the checks are made in SQL against what the triggers would have written.
"""

from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest

import generate_demo
from gpsu_plugin.core import incidents, migrations

N = 2000
SEED = 42
UNTIL = date(2025, 6, 30)  # fixed data; the last test generates up to today


def quiet(*_args, **_kwargs):
    pass


def new_database(postgis_server, srid=None):
    name = postgis_server.create_database()
    conn = postgis_server.connect(name)
    try:
        migrations.upgrade(conn, srid=srid)
        migrations.load_reference_data(conn)
    finally:
        conn.close()
    return name


@pytest.fixture(scope="module")
def demo(postgis_server):
    """A database with N demo incidents up to UNTIL; its name and the generator's summary."""
    name = new_database(postgis_server)
    summary = generate_demo.generate(postgis_server.conninfo(name), incidents=N, seed=SEED, until=UNTIL,
                                     log=quiet)
    yield name, summary
    postgis_server.drop_database(name)


@pytest.fixture
def db(postgis_server, demo):
    conn = postgis_server.connect(demo[0])
    yield conn
    conn.rollback()
    conn.close()


def scalar(conn, sql, params=None):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchone()[0]


def rows(conn, sql, params=None):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


DUMP = """
SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM (
    SELECT id, number, ST_AsEWKT(geom), observed_at, observed_from, observed_to, recorded_at, category_id, priority,
           status, service_id, district_id, description, reporter, version, updated_at, place, template, due_at,
           closed_at, duplicate_of FROM gpsu.incidents) t(id)
"""
DUMP_HISTORY = """
SELECT md5(string_agg(h::text, '|' ORDER BY h.id)) FROM gpsu.incident_history h
"""


def test_same_seed_gives_identical_data(postgis_server):
    until = date(2024, 3, 15)
    dumps = []
    names = [new_database(postgis_server) for _ in range(2)]
    try:
        for name in names:
            generate_demo.generate(postgis_server.conninfo(name), incidents=N, seed=7, until=until, log=quiet)
            conn = postgis_server.connect(name)
            dumps.append((scalar(conn, DUMP), scalar(conn, DUMP_HISTORY),
                          scalar(conn, "SELECT md5(string_agg(ST_AsEWKB(geom)::text || name, '|' ORDER BY id)) "
                                       "FROM gpsu.districts"),
                          scalar(conn, "SELECT max(recorded_at) FROM gpsu.incidents")))
            conn.close()
        assert dumps[0] == dumps[1]
        assert dumps[0][3] < datetime(2024, 3, 15, tzinfo=timezone.utc)  # the period ends at --until
        # another seed, other incidents (same municipality)
        generate_demo.generate(postgis_server.conninfo(names[1]), incidents=N, seed=8, until=until, replace=True,
                               log=quiet)
        conn = postgis_server.connect(names[1])
        assert scalar(conn, DUMP) != dumps[0][0]
        assert scalar(conn, "SELECT md5(string_agg(ST_AsEWKB(geom)::text || name, '|' ORDER BY id)) "
                            "FROM gpsu.districts") == dumps[0][2]
        conn.close()
    finally:
        for name in names:
            postgis_server.drop_database(name)


def test_the_municipality(db, demo):
    assert scalar(db, "SELECT value FROM gpsu.settings WHERE key = 'municipality.name'") == "Péruwelz (démo)"
    names = [r[0] for r in rows(db, "SELECT name FROM gpsu.districts ORDER BY id")]
    assert names == ["Péruwelz", "Bon-Secours", "Bury", "Baugnies", "Braffe", "Brasménil", "Roucourt",
                     "Wasmes-Audemez-Briffoeil", "Wiers", "Callenelle"]
    # ten valid sections tiling about 60 km² without overlaps or holes
    assert scalar(db, "SELECT bool_and(ST_IsValid(geom) AND GeometryType(geom) = 'MULTIPOLYGON') "
                      "FROM gpsu.districts")
    assert scalar(db, "SELECT count(*) FROM gpsu.districts a JOIN gpsu.districts b "
                      "ON a.id < b.id AND (ST_Overlaps(a.geom, b.geom) OR ST_Contains(a.geom, b.geom) "
                      "OR ST_Area(ST_Intersection(a.geom, b.geom)) > 0.01)") == 0
    total, union, holes = rows(db, "SELECT sum(ST_Area(geom)), ST_Area(ST_Union(geom)), "
                                   "sum(ST_NumInteriorRings(ST_GeometryN(u, 1))) "
                                   "FROM gpsu.districts, LATERAL (SELECT ST_Union(geom) u FROM gpsu.districts) x "
                                   "GROUP BY u")[0]
    assert abs(total - union) < 1 and holes == 0
    assert 55e6 < union < 65e6
    # the centre is Péruwelz's Grand-Place, in Belgian Lambert 72
    assert scalar(db, "SELECT name FROM gpsu.districts WHERE ST_Intersects(geom, "
                      "ST_SetSRID(ST_MakePoint(%s, %s), 31370))", demo[1]["centre"]) == "Péruwelz"
    # schools with their site, inside the territory
    assert 12 <= scalar(db, "SELECT count(*) FROM gpsu.schools") <= 20
    assert scalar(db, """
        SELECT count(*) FROM gpsu.schools s
        WHERE code = '' OR pupils IS NULL OR staff IS NULL OR address IS NULL
           OR NOT EXISTS (SELECT 1 FROM gpsu.school_sites t WHERE t.school_id = s.id
                          AND ST_Intersects(t.geom, s.geom) AND ST_IsValid(t.geom))
           OR NOT EXISTS (SELECT 1 FROM gpsu.districts d WHERE ST_Intersects(d.geom, s.geom))""") == 0


def test_every_incident_lies_in_its_district(db):
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents") == N
    # as the trigger would have set it: the one district the point intersects
    assert scalar(db, """
        SELECT count(*) FROM gpsu.incidents i
        WHERE district_id IS NULL
           OR (SELECT array_agg(d.id) FROM gpsu.districts d WHERE ST_Intersects(d.geom, i.geom))
              IS DISTINCT FROM ARRAY[i.district_id]""") == 0
    assert scalar(db, "SELECT count(DISTINCT district_id) FROM gpsu.incidents") == 10


def test_dispatch_priority_and_due_date_as_the_triggers_set_them(db):
    assert scalar(db, """
        SELECT count(*) FROM gpsu.incidents i CROSS JOIN LATERAL gpsu.dispatch_for(i.category_id, i.district_id) r
        WHERE (i.service_id IS DISTINCT FROM r.service_id AND i.status <> 'new')
           OR i.due_at <> i.recorded_at + make_interval(hours => r.target_hours)
           OR i.priority > r.priority""") == 0
    # only leaves: sub-categories, or categories without any
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents i WHERE EXISTS "
                      "(SELECT 1 FROM gpsu.categories c WHERE c.parent_id = i.category_id)") == 0
    assert scalar(db, "SELECT count(DISTINCT category_id) FROM gpsu.incidents") >= 20


def test_every_template_satisfies_its_category(db):
    # the rules of gpsu.incidents_validate, for every incident
    assert scalar(db, """
        SELECT count(*) FROM gpsu.incidents i CROSS JOIN LATERAL gpsu.template_fields(i.category_id) f
        CROSS JOIN LATERAL (SELECT nullif(btrim(i.template ->> f.key), '') AS v) t
        WHERE (t.v IS NULL AND f.required)
           OR (f.field_type = 'integer' AND t.v !~ '^-?[0-9]+$')
           OR (f.field_type = 'date' AND t.v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')
           OR (f.field_type = 'plate' AND t.v !~ '^[A-Z0-9][A-Z0-9 -]{1,14}$')
           OR (f.field_type = 'boolean' AND t.v NOT IN ('true', 'false'))
           OR (f.field_type = 'choice' AND NOT t.v = ANY (f.choices))""") == 0
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents i JOIN gpsu.categories c ON c.id = i.category_id "
                      "WHERE c.code = 'abandoned_vehicle' "
                      "AND i.template ->> 'plate' !~ '^[12]-[A-Z]{3}-[0-9]{3}$'") == 0
    # and by the trigger itself: `SET template = template` would not re-validate (it checks only a
    # changed template), so every template is changed by an extra key, then rolled back
    with db.cursor() as cur:
        cur.execute("UPDATE gpsu.incidents SET template = template || '{\"_recheck\": \"1\"}', version = version")
        assert cur.rowcount == N
    db.rollback()


def test_every_status_with_a_consistent_history(db):
    statuses = dict(rows(db, "SELECT status, count(*) FROM gpsu.incidents GROUP BY 1"))
    assert set(statuses) == {"new", "dispatched", "in_progress", "resolved", "closed", "rejected", "duplicate"}
    assert statuses["closed"] > N / 2
    # old cases closed, recent ones open, some of them overdue (at the end of the period)
    end = datetime(UNTIL.year, UNTIL.month, UNTIL.day, tzinfo=timezone.utc)
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents WHERE status IN ('new', 'dispatched', 'in_progress') "
                      "AND recorded_at < %s - interval '1 year'", (end,)) < N / 50
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents WHERE status IN ('new', 'dispatched', 'in_progress') "
                      "AND due_at < %s", (end,)) > 0
    # every incident: created first, then its status changes; the last one is its status
    assert scalar(db, """
        WITH h AS (
            SELECT incident_id,
                   (array_agg(action ORDER BY at, id))[1] AS first_action,
                   (array_agg(new_status ORDER BY at, id) FILTER (WHERE action IN ('created', 'status_changed')))
                       [count(*) FILTER (WHERE action IN ('created', 'status_changed'))] AS last_status,
                   count(*) FILTER (WHERE action = 'status_changed') AS changes,
                   max(at) FILTER (WHERE action = 'status_changed') AS last_change,
                   min(at) AS first_at
            FROM gpsu.incident_history GROUP BY incident_id)
        SELECT count(*) FROM gpsu.incidents i LEFT JOIN h ON h.incident_id = i.id
        WHERE h.incident_id IS NULL OR h.first_action <> 'created' OR h.first_at <> i.recorded_at
           OR h.last_status <> i.status OR i.version <> 1 + h.changes
           OR i.updated_at <> coalesce(h.last_change, i.recorded_at)
           OR (i.closed_at IS NOT NULL AND i.status NOT IN ('closed', 'rejected', 'duplicate'))
           OR (i.status IN ('closed', 'rejected') AND i.closed_at IS DISTINCT FROM h.last_change)""") == 0
    # only allowed transitions, from the previous status, with a comment where one is required
    assert scalar(db, """
        SELECT count(*) FROM (
            SELECT h.*, lag(new_status) OVER (PARTITION BY incident_id ORDER BY at, id) AS previous
            FROM gpsu.incident_history h WHERE action IN ('created', 'status_changed')) s
        LEFT JOIN gpsu.status_transitions t ON t.from_status = s.old_status AND t.to_status = s.new_status
        WHERE s.action = 'status_changed'
          AND (s.old_status IS DISTINCT FROM s.previous OR t.from_status IS NULL
               OR (t.requires_comment AND s.comment IS NULL))""") == 0
    # duplicates point to an earlier case; the others to none
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents d LEFT JOIN gpsu.incidents o ON o.id = d.duplicate_of "
                      "WHERE (d.status = 'duplicate') <> (o.id IS NOT NULL) OR o.recorded_at >= d.recorded_at") == 0
    # unassigned facts are the new ones; tasks and their history agree
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents WHERE (service_id IS NULL) <> (status = 'new')") == 0
    assert scalar(db, """
        SELECT count(*) FROM gpsu.incident_tasks t
        WHERE t.status <> (SELECT new_status FROM gpsu.incident_history h WHERE h.task_id = t.id
                           ORDER BY at DESC, id DESC LIMIT 1)
           OR t.version <> (SELECT count(*) FROM gpsu.incident_history h WHERE h.task_id = t.id)
           OR t.incident_id <> (SELECT DISTINCT incident_id FROM gpsu.incident_history h
                                WHERE h.task_id = t.id)""") == 0
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents i WHERE status = 'closed' AND EXISTS (SELECT 1 FROM "
                      "gpsu.incident_tasks t WHERE t.incident_id = i.id "
                      "AND t.status IN ('dispatched', 'in_progress'))") == 0
    # steps, seven officers, alerts of the last days for existing services
    assert scalar(db, "SELECT count(*) FROM gpsu.incident_history WHERE action = 'step' AND comment IS NOT NULL") > 0
    actors = {r[0] for r in rows(db, "SELECT DISTINCT actor FROM gpsu.incident_history")}
    assert actors == set(generate_demo.OFFICERS)
    assert scalar(db, "SELECT count(*) FROM gpsu.alerts a LEFT JOIN gpsu.services s ON s.id = a.service_id "
                      "WHERE s.id IS NULL OR a.created_at < %s - interval '8 days' OR a.created_at > %s",
                      (end, end)) == 0
    # the next history row, task, alert… get new ids
    assert scalar(db, "SELECT nextval(pg_get_serial_sequence('gpsu.incident_history', 'id')) > "
                      "(SELECT max(id) FROM gpsu.incident_history)")
    db.rollback()


def test_times_and_rhythms(db):
    total, windows = rows(db, "SELECT count(*), count(*) FILTER (WHERE observed_at IS NULL) FROM gpsu.incidents")[0]
    assert .10 < windows / total < .20
    # burglaries are mostly known by a window; nothing happens after it is recorded or in the future
    assert scalar(db, "SELECT avg((observed_at IS NULL)::int) FROM gpsu.incidents i JOIN gpsu.categories c "
                      "ON c.id = i.category_id WHERE c.code = 'burglary_home'") > .4
    assert scalar(db, "SELECT count(*) FROM gpsu.incidents WHERE coalesce(observed_to, observed_at) > recorded_at "
                      "OR recorded_at > %s OR observed_from > observed_to", (UNTIL,)) == 0
    assert scalar(db, "SELECT max(recorded_at) - min(recorded_at) FROM gpsu.incidents") > timedelta(days=1400)
    # noise in summer and at night, burglaries in winter
    summer, winter = rows(db, """
        SELECT count(*) FILTER (WHERE extract(month FROM observed_at) IN (6, 7, 8)),
               count(*) FILTER (WHERE extract(month FROM observed_at) IN (12, 1, 2))
        FROM gpsu.incidents i JOIN gpsu.categories c ON c.id = i.category_id WHERE c.code = 'noise'""")[0]
    assert summer > 1.4 * winter
    summer, winter = rows(db, """
        SELECT count(*) FILTER (WHERE extract(month FROM t) IN (6, 7, 8)),
               count(*) FILTER (WHERE extract(month FROM t) IN (12, 1, 2))
        FROM gpsu.incidents i JOIN gpsu.categories c ON c.id = i.category_id
        CROSS JOIN LATERAL (SELECT coalesce(observed_at, observed_from) t) x
        WHERE c.parent_id = (SELECT id FROM gpsu.categories WHERE code = 'burglary')""")[0]
    assert winter > 1.5 * summer
    # hotspots: the town centre is much denser than the average
    share = scalar(db, "SELECT avg(ST_DWithin(geom, ST_SetSRID(ST_MakePoint(%s, %s), 31370), 500)::int) "
                       "FROM gpsu.incidents", generate_demo_centre(db))
    assert share > .15  # 0.8 km² of 60 km²: 1.3 % if incidents were uniform


def generate_demo_centre(db):
    return rows(db, "SELECT ST_X(p), ST_Y(p) FROM ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 4326), 31370) p",
                generate_demo.CENTRE_LONLAT)[0]


def close_pairs(xy, t, metres=200.0, days=14.0):
    dx = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1])
    dt = np.abs(t[:, None] - t[None, :])
    close = (dx <= metres) & (dt <= days * 86400)
    return int((np.triu(close, 1)).sum())


def test_burglaries_repeat_near_in_space_and_time(db):
    data = np.array(rows(db, """
        SELECT ST_X(geom), ST_Y(geom), extract(epoch FROM coalesce(observed_at, observed_from))
        FROM gpsu.incidents i JOIN gpsu.categories c ON c.id = i.category_id
        WHERE c.parent_id = (SELECT id FROM gpsu.categories WHERE code = 'burglary') AND status <> 'duplicate'"""),
                    dtype=float)
    xy, t = data[:, :2], data[:, 2]
    observed = close_pairs(xy, t)
    rng = np.random.default_rng(0)
    control = np.mean([close_pairs(xy, rng.permutation(t)) for _ in range(20)])  # same places, shuffled times
    assert observed > 2 * control + 5, (observed, control)


def test_photos(db):
    photos = rows(db, "SELECT filename, mime_type, size_bytes, sha256 = encode(sha256(content), 'hex'), "
                      "substr(content, 1, 8) = '\\x89504e470d0a1a0a'::bytea, incident_id "
                      "FROM gpsu.incident_attachments")
    assert 10 <= len(photos) <= 80  # about 2 %
    for filename, mime, size, checksum_ok, is_png, _ in photos:
        assert mime == "image/png" and checksum_ok and is_png and 100 < size < 2000
        assert filename.endswith(".png") and "/" not in filename
    assert len({p[5] for p in photos}) == len(photos)


def check_numbers(conn, counters):
    """Numbers gap-free per year in the order of recording, counters at the last one."""
    tz = scalar(conn, "SELECT gpsu.setting('timezone')")
    bad = rows(conn, """
        SELECT number FROM (
            SELECT number, row_number() OVER (PARTITION BY left(number, 4) ORDER BY recorded_at, id) AS expected,
                   extract(year FROM recorded_at AT TIME ZONE %s)::int AS year
            FROM gpsu.incidents) n
        WHERE split_part(number, '-', 2)::int <> expected OR left(number, 4)::int <> year""", (tz,))
    assert bad == []
    assert scalar(conn, "SELECT count(*) FROM gpsu.incidents WHERE number !~ '^[0-9]{4}-[0-9]{5}$'") == 0
    # ids follow the numbers
    assert scalar(conn, "SELECT count(*) FROM (SELECT id, lag(recorded_at) OVER (ORDER BY id) p, recorded_at "
                        "FROM gpsu.incidents) x WHERE recorded_at < p") == 0
    stored = dict(rows(conn, "SELECT year, last_value FROM gpsu.incident_counters"))
    assert stored == dict(rows(conn, "SELECT left(number, 4)::int, count(*) FROM gpsu.incidents GROUP BY 1"))
    assert stored == {int(y): c for y, c in counters.items()}
    return stored


def test_numbers_are_gap_free_per_year(db, demo):
    assert set(check_numbers(db, demo[1]["counters"])) == set(range(UNTIL.year - 4, UNTIL.year + 1))


INDEXES = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'gpsu' ORDER BY 1"


def test_every_index_is_there_after_the_load(postgis_server, db):
    """The load drops the bulk tables' indexes and builds them again (the trigram ones after the
    commit, on two connections): the schema ends with exactly the indexes a fresh one has."""
    fresh = new_database(postgis_server)
    try:
        conn = postgis_server.connect(fresh)
        try:
            expected = rows(conn, INDEXES)
        finally:
            conn.close()
    finally:
        postgis_server.drop_database(fresh)
    assert any("gin_trgm_ops" in definition for _, definition in expected)
    assert rows(db, INDEXES) == expected
    assert scalar(db, "SELECT count(*) FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid "
                      "WHERE c.relnamespace = 'gpsu'::regnamespace AND NOT x.indisvalid") == 0


def test_an_index_that_cannot_be_built_is_named(db):
    db.autocommit = True
    with pytest.raises(generate_demo.DemoRefused, match="gpsu_no_such_table"):
        generate_demo._build_indexes_after_commit(
            db, ["CREATE INDEX incidents_place_trgm_idx ON gpsu.incidents USING gin (place gin_trgm_ops)",
                 "CREATE INDEX gpsu_demo_broken_idx ON gpsu.gpsu_no_such_table (id)"], quiet)
    assert scalar(db, "SELECT to_regclass('gpsu.gpsu_demo_broken_idx')") is None


def test_a_second_run_refuses_and_replace_starts_again(postgis_server, demo, capsys):
    name = demo[0]
    conninfo = postgis_server.conninfo(name)
    with pytest.raises(generate_demo.DemoRefused, match="--replace"):
        generate_demo.generate(conninfo, incidents=500, seed=1, log=quiet)
    assert generate_demo.main(["--db", conninfo, "--incidents", "500"]) == 1
    assert "--replace" in capsys.readouterr().err
    conn = postgis_server.connect(name)
    assert scalar(conn, "SELECT count(*) FROM gpsu.incidents") > N - 1  # untouched
    conn.rollback()
    # with --replace: the old data is gone (history included: append-only triggers did not fire)
    assert generate_demo.main(["--db", conninfo, "--incidents", "500", "--seed", "3", "--replace"]) == 0
    assert "gpsu.incidents" in capsys.readouterr().out
    counts = dict(rows(conn, """
        SELECT 'incidents', count(*) FROM gpsu.incidents UNION ALL
        SELECT 'min id', min(id) FROM gpsu.incidents UNION ALL
        SELECT 'districts', count(*) FROM gpsu.districts UNION ALL
        SELECT 'min district', min(id) FROM gpsu.districts UNION ALL
        SELECT 'schools', count(*) FROM gpsu.schools UNION ALL
        SELECT 'orphan history', count(*) FROM gpsu.incident_history h
            WHERE NOT EXISTS (SELECT 1 FROM gpsu.incidents i WHERE i.id = h.incident_id) UNION ALL
        SELECT 'counted', sum(last_value) FROM gpsu.incident_counters"""))
    assert counts == {"incidents": 500, "min id": 1, "districts": 10, "min district": 1,
                      "schools": len(generate_demo.SCHOOLS), "orphan history": 0, "counted": 500}
    # up to today: a fact logged now through the plugin continues this year's sequence
    counters = check_numbers(conn, dict(rows(conn, "SELECT year, last_value FROM gpsu.incident_counters")))
    x, y = rows(conn, "SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(geom) p FROM gpsu.districts "
                      "ORDER BY id LIMIT 1) s")[0]
    noise = scalar(conn, "SELECT id FROM gpsu.categories WHERE code = 'noise'")
    year = scalar(conn, "SELECT extract(year FROM now() AT TIME ZONE gpsu.setting('timezone'))::int")
    conn.rollback()
    saved = incidents.save(conn, incidents.IncidentDraft(
        category_id=noise, x=x, y=y, observed_at=datetime.now(timezone.utc) - timedelta(minutes=30),
        description="Tapage (test)"))
    assert saved.number == "{}-{:05d}".format(year, counters.get(year, 0) + 1)
    assert saved.status == "dispatched"
    # the history is append-only again
    with pytest.raises(Exception, match="append-only"):
        with conn.cursor() as cur:
            cur.execute("DELETE FROM gpsu.incident_history WHERE id = 1")
    conn.rollback()
    conn.close()


def test_needs_a_superuser_and_the_schema(postgis_server, demo):
    postgis_server.cluster.psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                "'gpsu_demo_plain') THEN CREATE ROLE gpsu_demo_plain LOGIN; END IF; END $$")
    with pytest.raises(generate_demo.DemoRefused, match="superuser"):
        generate_demo.generate(postgis_server.conninfo(demo[0], user="gpsu_demo_plain"), incidents=500,
                               replace=True, log=quiet)
    name = postgis_server.create_database()  # PostGIS, no GPS-U schema
    try:
        with pytest.raises(generate_demo.DemoRefused, match="db upgrade"):
            generate_demo.generate(postgis_server.conninfo(name), incidents=500, log=quiet)
    finally:
        postgis_server.drop_database(name)


def test_lambert_93(postgis_server):
    """In France (EPSG:2154) the same municipality is drawn at its place in Lambert 93."""
    name = new_database(postgis_server, srid=2154)
    try:
        summary = generate_demo.generate(postgis_server.conninfo(name), incidents=500, seed=5, log=quiet)
        assert 700_000 < summary["centre"][0] < 800_000 and 7_000_000 < summary["centre"][1] < 7_100_000
        conn = postgis_server.connect(name)
        assert scalar(conn, "SELECT count(*) FROM gpsu.incidents i WHERE ST_SRID(geom) = 2154 AND district_id = "
                            "(SELECT d.id FROM gpsu.districts d WHERE ST_Intersects(d.geom, i.geom))") == 500
        assert scalar(conn, "SELECT count(*) FROM gpsu.incidents WHERE template ->> 'plate' !~ "
                            "'^[A-Z]{2}-[0-9]{3}-[A-Z]{2}$'") == 0
        conn.close()
    finally:
        postgis_server.drop_database(name)


def test_demo_accounts_sign_in_with_their_roles(postgis_server, demo):
    import psycopg2

    conninfo = postgis_server.conninfo(demo[0])
    generate_demo.create_demo_accounts(conninfo, log=quiet)
    generate_demo.create_demo_accounts(conninfo, log=quiet)  # again (or another demo database): adopted
    julie = psycopg2.connect(postgis_server.conninfo(demo[0], user="julie.delcourt", tcp=True),
                             password=generate_demo.DEMO_PASSWORD)
    try:
        with julie.cursor() as cur:
            cur.execute("SELECT roles, services FROM gpsu.signed_in()")
            roles, services = cur.fetchone()
            # every case she sees is of her services, shared with them, or logged by her
            cur.execute("SELECT count(*), count(*) FILTER (WHERE service_id = ANY (%s) OR reporter = session_user "
                        "OR EXISTS (SELECT 1 FROM gpsu.incident_tasks t WHERE t.incident_id = i.id "
                        "AND t.service_id = ANY (%s))) FROM gpsu.incidents i", (services, services))
            seen, explained = cur.fetchone()
        assert roles == ["gpsu_handler"] and len(services) == 2 and 0 < seen == explained < N
    finally:
        julie.close()
    assert scalar(postgis_server.connect(demo[0]), "SELECT count(*) FROM gpsu.accounts") == len(
        generate_demo.DEMO_ACCOUNTS)
    generate_demo.create_demo_documents(conninfo, log=quiet)
    conn = postgis_server.connect(demo[0])
    assert scalar(conn, "SELECT count(DISTINCT school_id) FROM gpsu.school_documents") == 4
    assert scalar(conn, "SELECT count(*) FROM gpsu.school_documents WHERE review_due < current_date") == 1
    conn.close()
