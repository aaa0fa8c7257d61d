"""Access control (migration 0006), tried as real login roles signing in with a password over TCP.

The matrix: every role × every table and view of the schema × select / insert / update / delete,
each statement run in its own transaction (rolled back), classified as allowed or refused. A
statement that fails for another reason than rights (a constraint, a typo) fails the test, so the
matrix cannot pass by accident.
"""

import hashlib
import json
from datetime import datetime, timedelta, timezone

import psycopg2
import pytest
from psycopg2 import sql

from gpsu_plugin.core import access, incidents
from gpsu_plugin.core.exceptions import AuthenticationFailed, InvalidInput, NotAllowed
from gpsu_plugin.core.profile import ConnectionProfile

PASSWORD = "Tr0ub4dor-&-Horse"

# role key -> (GPS-U groups, services, schools)
PEOPLE = {
    "admin": (["gpsu_admin"], [], []),
    "field": (["gpsu_field_officer"], [], []),
    "works": (["gpsu_handler"], ["works"], []),
    "env": (["gpsu_handler"], ["environment"], []),
    "analyst": (["gpsu_analyst"], [], []),
    "analyst_pd": (["gpsu_analyst", "gpsu_personal_data"], [], []),
    "police": (["gpsu_police"], [], []),
    "editor": (["gpsu_school_editor"], [], ["A", "C"]),
    "editor_b": (["gpsu_school_editor"], [], ["B"]),
    "responder": (["gpsu_responder"], [], []),
    "nobody": ([], [], []),
}
ALL = set(PEOPLE)
SCHOOL_READERS = {"admin", "analyst", "analyst_pd", "responder", "editor"}
SCHOOL_WRITERS = {"admin", "editor"}
CASE_ROLES = {"admin", "field", "works", "env", "analyst", "analyst_pd", "police"}

# What each role may do on the reference row of each object; objects not listed here (tables a
# later migration adds with a school_id) follow the school rule.
EXPECTED = {
    # the case belongs to 'works' and is shared with 'env' (a task): both work on it
    "incidents": {"select": {"admin", "field", "works", "env", "analyst", "analyst_pd", "police"},
                  "insert": {"admin", "field", "works", "env"},
                  "update": {"admin", "works"}, "delete": set()},
    "incidents.description": {"select": {"admin", "field", "works", "env", "analyst_pd"}},
    "incidents_map": {"select": CASE_ROLES, "insert": set(), "update": set(), "delete": set()},
    "incident_history": {"select": {"admin", "field", "works", "env", "analyst", "analyst_pd", "police"},
                         "insert": set(), "update": set(), "delete": set()},
    "incident_history.comment": {"select": {"admin", "field", "works", "env", "analyst_pd"}},
    "incident_tasks": {"select": {"admin", "works", "env", "analyst", "analyst_pd", "police"},
                       "insert": {"admin", "works"}, "update": {"admin", "env"}, "delete": set()},
    "incident_attachments": {"select": {"admin", "field", "works", "env", "analyst_pd"},
                             "insert": {"admin", "field", "works", "env"}, "update": set(), "delete": set()},
    "incident_counters": {"select": {"admin"}, "insert": set(), "update": set(), "delete": set()},
    "alerts": {"select": {"works"}, "insert": set(), "update": set(), "delete": set()},
    "alert_reads": {"select": {"works"}, "insert": {"works"}, "update": set(), "delete": set()},
    "audit_log": {"select": {"admin"}, "insert": set(), "update": set(), "delete": set()},
    "accounts": {"select": {"admin"}, "insert": set(), "update": set(), "delete": set()},
    "account_expiry": {"select": {"admin"}, "insert": set(), "update": set(), "delete": set()},
    "reports_issued": {"select": ALL - {"nobody"}, "insert": {"admin", "analyst", "analyst_pd"},
                       "update": set(), "delete": set()},
    "schema_migrations": {"select": ALL - {"nobody"}, "insert": set(), "update": set(), "delete": set()},
    "statuses": {"select": ALL - {"nobody"}, "insert": set(), "update": set(), "delete": set()},
    "status_transitions": {"select": ALL - {"nobody"}, "insert": set(), "update": set(), "delete": set()},
    "schools": {"select": SCHOOL_READERS, "insert": {"admin"}, "update": SCHOOL_WRITERS, "delete": {"admin"}},
    "school_documents": {"select": SCHOOL_READERS, "insert": SCHOOL_WRITERS, "update": set(), "delete": set()},
    "school_documents.content": {"select": set()},
    "prevention_actions": {"select": CASE_ROLES, "insert": {"admin", "analyst", "analyst_pd"},
                           "update": {"admin", "analyst", "analyst_pd"}, "delete": {"admin", "analyst", "analyst_pd"}},
    "prevention_evaluations": {"select": CASE_ROLES, "insert": {"admin", "analyst", "analyst_pd"},
                               "update": set(), "delete": set()},
}
REFERENCE = {"settings", "priorities", "services", "categories", "districts", "category_fields",
             "dispatch_rules", "service_members", "school_editors"}
for _table in REFERENCE:
    EXPECTED[_table] = {"select": ALL - {"nobody"}, "insert": {"admin"}, "update": {"admin"}, "delete": {"admin"}}
for _table in ("service_members", "school_editors"):  # assignments are added or removed, never edited
    EXPECTED[_table]["update"] = set()
SCHOOL_RULE = {"select": SCHOOL_READERS, "insert": SCHOOL_WRITERS, "update": SCHOOL_WRITERS,
               "delete": SCHOOL_WRITERS}


# A row of school A in each table of the school safety schema (migration 0005).
SQUARE = "ST_Multi(ST_MakeEnvelope(99990, 149990, 100010, 150010, 31370))"
SCHOOL_ROWS = [
    "INSERT INTO gpsu.school_sites (school_id, name, geom) VALUES (%(school)s, 'Site', " + SQUARE + ")",
    "INSERT INTO gpsu.school_buildings (school_id, name, floors, geom) VALUES (%(school)s, 'Bâtiment A', 2, "
    + SQUARE + ")",
    "INSERT INTO gpsu.ppms_areas (school_id, label, geom) VALUES (%(school)s, 'Gymnase', " + SQUARE + ")",
    "INSERT INTO gpsu.ppms_routes (school_id, label, geom) VALUES (%(school)s, 'Vers la cour', "
    "ST_Multi(ST_MakeLine(ST_MakePoint(100000, 150000), ST_MakePoint(100005, 150005)))"
    "::geometry(MultiLineString, 31370))",
    "INSERT INTO gpsu.ppms_points (school_id, kind, label, geom) VALUES (%(school)s, 'assembly_point', 'Cour', "
    "ST_SetSRID(ST_MakePoint(100003, 150003), 31370))",
    "INSERT INTO gpsu.ppms_plans (school_id, school_year) VALUES (%(school)s, 2026)",
]


class Refused(Exception):
    pass


@pytest.fixture(scope="module")
def world(postgis_server, gpsu_db):
    """Accounts for every role, two schools with a document, a case of 'works' shared with
    'environment', an alert, all made as the superuser (who bypasses row-level security)."""
    su = postgis_server.connect(gpsu_db)
    su.autocommit = True
    suffix = gpsu_db.rsplit("_", 1)[-1]
    logins = {key: "{}_{}".format(key.replace("_", ""), suffix) for key in PEOPLE}
    with su.cursor() as cur:
        cur.execute("SELECT code, id FROM gpsu.services")
        services = dict(cur.fetchall())
        schools = {}
        for code in "ABC":
            cur.execute("INSERT INTO gpsu.schools (code, name, geom) VALUES (%s, %s, "
                        "ST_SetSRID(ST_MakePoint(100000, 150000), 31370)) RETURNING id",
                        ("059000{}{}".format(code, suffix), "École " + code))
            schools[code] = cur.fetchone()[0]
        content = b"%PDF-1.4 plan"
        cur.execute("INSERT INTO gpsu.school_documents (school_id, doc_type, title, filename, mime_type, "
                    "size_bytes, sha256, content) VALUES (%s, 'ppms', 'PPMS', 'ppms.pdf', 'application/pdf', "
                    "%s, %s, %s) RETURNING id",
                    (schools["A"], len(content), hashlib.sha256(content).hexdigest(), content))
        document = cur.fetchone()[0]
        for key, (roles, service_codes, school_codes) in PEOPLE.items():
            cur.execute("SELECT gpsu.create_account(%s, %s, %s, %s, %s, %s)",
                        (logins[key], key.title(), access.verifier(su, logins[key], PASSWORD), roles,
                         [services[c] for c in service_codes], [schools[c] for c in school_codes]))
            cur.execute("UPDATE gpsu.accounts SET must_change_password = false WHERE login = %s", (logins[key],))
            cur.execute(sql.SQL("ALTER ROLE {} VALID UNTIL 'infinity'").format(sql.Identifier(logins[key])))
        cur.execute("INSERT INTO gpsu.account_expiry (login, expires_at) VALUES (%s, '2099-01-01')",
                    (logins["nobody"],))
        cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES ('C1', 'Centre', "
                    "ST_Multi(ST_MakeEnvelope(90000, 140000, 110000, 160000, 31370))) RETURNING id")
        district = cur.fetchone()[0]
        cur.execute("INSERT INTO gpsu.dispatch_rules (category_id, district_id, service_id) "
                    "SELECT id, %s, %s FROM gpsu.categories WHERE code = 'litter'", (district, services["works"]))
        cur.execute("INSERT INTO gpsu.prevention_actions (title, started_on, ended_on, geom) VALUES "
                    "('Action', '2025-03-01', '2025-03-31', " + SQUARE + ") RETURNING id")
        action = cur.fetchone()[0]
        cur.execute("INSERT INTO gpsu.prevention_evaluations (action_id, before_from, before_to, after_from, "
                    "after_to, buffer_m, counts, measures) VALUES (%s, '2025-01-01', '2025-02-01', '2025-03-01', "
                    "'2025-04-01', 250, '{}', '{}')", (action,))
        for statement in SCHOOL_ROWS:
            cur.execute(statement, {"school": schools["A"]})
        cur.execute("SELECT id FROM gpsu.categories WHERE code = 'graffiti'")
        graffiti = cur.fetchone()[0]
    su.autocommit = False
    case = incidents.save(su, incidents.IncidentDraft(
        category_id=graffiti, x=100000, y=150000, observed_at=datetime.now(timezone.utc) - timedelta(hours=1),
        description="Tag sur la façade de M. Dupont"))
    with su, su.cursor() as cur:
        cur.execute("SELECT set_config('gpsu.comment', 'nettoyage', true)")
        cur.execute("INSERT INTO gpsu.incident_tasks (incident_id, service_id, description) VALUES (%s, %s, 'x') "
                    "RETURNING id", (case.id, services["environment"]))
        task = cur.fetchone()[0]
        cur.execute("SELECT gpsu.record_step(%s, 'Appel au propriétaire')", (case.id,))
        photo = b"\x89PNG photo"
        cur.execute("INSERT INTO gpsu.incident_attachments (incident_id, filename, mime_type, size_bytes, sha256, "
                    "content) VALUES (%s, 'p.png', 'image/png', %s, %s, %s)",
                    (case.id, len(photo), hashlib.sha256(photo).hexdigest(), photo))
        cur.execute("INSERT INTO gpsu.reports_issued (kind, period_to, facts) VALUES ('new_facts', now(), 1)")
        cur.execute("INSERT INTO gpsu.alert_reads (alert_id, reader) SELECT id, %s FROM gpsu.alerts "
                    "WHERE incident_id = %s LIMIT 1", (logins["works"], case.id))
    yield {"logins": logins, "services": services, "schools": schools, "document": document, "case": case,
           "task": task, "su": su, "server": postgis_server, "db": gpsu_db}
    su.close()


def sign_in(world, key, password=PASSWORD):
    server = world["server"]
    return psycopg2.connect(server.conninfo(world["db"], user=world["logins"][key], tcp=True), password=password)


@pytest.fixture(scope="module")
def connections(world):
    conns = {key: sign_in(world, key) for key in PEOPLE}
    yield conns
    for conn in conns.values():
        conn.close()


def run(conn, statement, params=()):
    """Run a statement as a person; return rows affected or seen. Refusals raise Refused."""
    try:
        with conn.cursor() as cur:
            cur.execute(statement, params)
            count = cur.rowcount
        return count
    except (psycopg2.errors.InsufficientPrivilege, psycopg2.errors.RaiseException) as error:
        if isinstance(error, psycopg2.errors.RaiseException) and error.pgcode not in ("GPS11",):
            raise
        raise Refused(str(error)) from None
    except psycopg2.Error as error:
        if error.pgcode in ("42501", "GPS11"):
            raise Refused(str(error)) from None
        raise
    finally:
        conn.rollback()


def reference_rows(world):
    """One row per object (its key column and value), chosen as the superuser."""
    su = world["su"]
    rows = {}
    with su.cursor() as cur:
        cur.execute("SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = 'gpsu'::regnamespace "
                    "AND c.relkind IN ('r', 'v') ORDER BY 1")
        objects = cur.fetchall()
        for name, kind in objects:
            cur.execute("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                        "AND a.attnum = i.indkey[0] WHERE i.indrelid = %s::regclass AND i.indisprimary",
                        ("gpsu." + name,))
            key = cur.fetchone()
            key = key[0] if key else "id"
            where = {"incidents": ("id", world["case"].id), "incidents_map": ("id", world["case"].id),
                     "incident_history": ("incident_id", world["case"].id),
                     "incident_tasks": ("id", world["task"]),
                     "schools": ("id", world["schools"]["A"]),
                     "accounts": ("login", world["logins"]["nobody"]),
                     "alert_reads": ("reader", world["logins"]["works"])}.get(name)
            if where is None and has_column(cur, name, "school_id"):
                where = ("school_id", world["schools"]["A"])
            if where is None:
                cur.execute(sql.SQL("SELECT {} FROM gpsu.{} ORDER BY 1 LIMIT 1").format(
                    sql.Identifier(key), sql.Identifier(name)))
                first = cur.fetchone()
                if first is None:
                    rows[name] = None
                    continue
                where = (key, first[0])
            rows[name] = (kind, where)
    su.rollback()
    return rows


def has_column(cur, table, column):
    cur.execute("SELECT 1 FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s AND NOT attisdropped",
                ("gpsu." + table, column))
    return cur.fetchone() is not None


def insert_copy(world, table, where):
    """An INSERT of a copy of the reference row (its writable columns), for schools' tables moved to
    school C so that no unique key collides; None when the table takes no plain insert."""
    su = world["su"]
    with su.cursor() as cur:
        cur.execute("SELECT a.attname FROM pg_attribute a WHERE a.attrelid = %s::regclass AND a.attnum > 0 "
                    "AND NOT a.attisdropped AND a.attidentity = '' AND a.attgenerated = '' ORDER BY a.attnum",
                    ("gpsu." + table,))
        columns = [c for (c,) in cur.fetchall()]
        cur.execute(sql.SQL("SELECT {} FROM gpsu.{} WHERE {} = %s LIMIT 1").format(
            sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(table), sql.Identifier(where[0])),
            (where[1],))
        values = list(cur.fetchone())
    su.rollback()
    record = dict(zip(columns, values))
    unique_text = {"code": "X{}".format(id(record) % 10000), "login": "copy_login", "key": "copy_key",
                   "title": "Copie", "member": "copy_member"}
    for column, value in unique_text.items():
        if column in record:
            record[column] = value
    if "school_id" in record:
        record["school_id"] = world["schools"]["C"]
    if table == "alert_reads":
        record["reader"] = world["logins"]["works"]
        with su.cursor() as cur:
            cur.execute("SELECT id FROM gpsu.alerts WHERE service_id = %s AND id <> %s LIMIT 1",
                        (world["services"]["works"], record["alert_id"]))
            other = cur.fetchone()
        su.rollback()
        if other is None:
            return None
        record["alert_id"] = other[0]
    for column, value in record.items():
        if isinstance(value, dict):
            record[column] = psycopg2.extras.Json(value)
    return sql.SQL("INSERT INTO gpsu.{} ({}) VALUES ({})").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, record)),
        sql.SQL(", ").join(sql.Placeholder() * len(record))), list(record.values())


INSERTS = {
    "incidents": ("INSERT INTO gpsu.incidents (geom, observed_at, category_id, description) VALUES "
                  "(ST_SetSRID(ST_MakePoint(100010, 150010), 31370), now() - interval '1 hour', "
                  "(SELECT id FROM gpsu.categories WHERE code = 'graffiti'), 'Nouveau tag')", ()),
    "incident_tasks": ("INSERT INTO gpsu.incident_tasks (incident_id, service_id) VALUES "
                       "(%(case)s, (SELECT id FROM gpsu.services WHERE code = 'local_police'))", None),
    "incident_attachments": ("INSERT INTO gpsu.incident_attachments (incident_id, filename, mime_type, size_bytes, "
                             "sha256, content) VALUES (%(case)s, 'n.txt', 'text/plain', 1, "
                             "encode(sha256('n'::bytea), 'hex'), 'n'::bytea)", None),
    "incident_history": ("INSERT INTO gpsu.incident_history (incident_id, action) VALUES (%(case)s, 'step')", None),
    "audit_log": ("INSERT INTO gpsu.audit_log (action) VALUES ('forged')", ()),
    "accounts": ("INSERT INTO gpsu.accounts (login) VALUES ('forged_account')", ()),
    "reports_issued": ("INSERT INTO gpsu.reports_issued (kind, period_to, facts) VALUES ('new_facts', now(), 0)", ()),
    "incident_counters": ("INSERT INTO gpsu.incident_counters (year, last_value) VALUES (2999, 1)", ()),
    "alerts": ("INSERT INTO gpsu.alerts (service_id, incident_id, kind) VALUES "
               "((SELECT id FROM gpsu.services WHERE code = 'works'), %(case)s, 'dispatched')", None),
    "prevention_actions": ("INSERT INTO gpsu.prevention_actions (title, started_on, ended_on, geom) VALUES "
                           "('Autre action', '2025-05-01', '2025-05-31', " + SQUARE + ")", ()),
    "prevention_evaluations": ("INSERT INTO gpsu.prevention_evaluations (action_id, before_from, before_to, "
                               "after_from, after_to, buffer_m, counts, measures) SELECT id, '2025-01-01', "
                               "'2025-02-01', '2025-03-01', '2025-04-01', 250, '{}', '{}' "
                               "FROM gpsu.prevention_actions LIMIT 1", ()),
    "schools": ("INSERT INTO gpsu.schools (code, name, geom) VALUES ('NEW0001', 'Nouvelle école', "
                "ST_SetSRID(ST_MakePoint(100000, 150000), 31370))", ()),
}
UPDATE_COLUMN = {"incidents": "priority", "incident_tasks": "description", "settings": "value",
                 "schema_migrations": "name", "audit_log": "action", "accounts": "full_name",
                 "reports_issued": "facts", "alert_reads": "read_at", "incident_counters": "last_value"}


def statements(world, table, kind, where):
    """(operation, statement, params) for one object."""
    key, value = where
    ident = sql.Identifier
    yield "select", sql.SQL("SELECT 1 FROM gpsu.{} WHERE {} = %s").format(ident(table), ident(key)), (value,)
    if kind == "v":
        yield "update", sql.SQL("UPDATE gpsu.{} SET priority = priority WHERE {} = %s").format(
            ident(table), ident(key)), (value,)
        yield "delete", sql.SQL("DELETE FROM gpsu.{} WHERE {} = %s").format(ident(table), ident(key)), (value,)
        yield "insert", sql.SQL("INSERT INTO gpsu.{} (priority) VALUES (1)").format(ident(table)), ()
        return
    column = UPDATE_COLUMN.get(table, key if table == "school_editors" or table == "service_members" else None)
    if column is None:
        su = world["su"]
        with su.cursor() as cur:
            cur.execute("SELECT a.attname FROM pg_attribute a WHERE a.attrelid = %s::regclass AND a.attnum > 0 "
                        "AND NOT a.attisdropped AND a.attidentity = '' AND a.attname <> %s "
                        "AND a.atttypid IN ('text'::regtype, 'integer'::regtype, 'smallint'::regtype, "
                        "'date'::regtype, 'boolean'::regtype) ORDER BY a.attnum LIMIT 1", ("gpsu." + table, key))
            found = cur.fetchone()
        su.rollback()
        column = found[0] if found else key
    yield "update", sql.SQL("UPDATE gpsu.{} SET {} = {} WHERE {} = %s").format(
        ident(table), ident(column), ident(column), ident(key)), (value,)
    yield "delete", sql.SQL("DELETE FROM gpsu.{} WHERE {} = %s").format(ident(table), ident(key)), (value,)
    if table in INSERTS:
        statement, params = INSERTS[table]
        yield "insert", statement, params if params is not None else {"case": world["case"].id}
    else:
        copied = insert_copy(world, table, where)
        if copied is not None:
            yield ("insert",) + copied


COLUMNS = {"incidents.description": ("incidents", "description", "id"),
           "incident_history.comment": ("incident_history", "comment", "incident_id"),
           "school_documents.content": ("school_documents", "content", "school_id")}


def outcome(conn, statement, params):
    try:
        return "allowed" if run(conn, statement, params) > 0 else "refused"
    except Refused:
        return "refused"
    except psycopg2.IntegrityError:
        # rights and row-level security are checked before constraints and foreign keys: the
        # statement was allowed, the data's own rules stopped it
        return "allowed"


def test_the_matrix(world, connections, capsys):
    rows = reference_rows(world)
    checked, wrong = 0, []
    for table, reference in sorted(rows.items()):
        assert reference is not None, "no reference row in gpsu.{}: the matrix would not test it".format(table)
        kind, where = reference
        expected = EXPECTED.get(table, SCHOOL_RULE)
        assert table in EXPECTED or where[0] == "school_id", "gpsu.{} has no expected rights".format(table)
        for operation, statement, params in statements(world, table, kind, where):
            for person, conn in connections.items():
                got = outcome(conn, statement, params)
                want = "allowed" if person in expected[operation] else "refused"
                checked += 1
                if got != want:
                    wrong.append("{} {} {}: {} (expected {})".format(person, operation, table, got, want))
    for name, (table, column, key) in COLUMNS.items():
        value = rows[table][1][1]
        statement = sql.SQL("SELECT {} FROM gpsu.{} WHERE {} = %s").format(
            sql.Identifier(column), sql.Identifier(table), sql.Identifier(key))
        for person, conn in connections.items():
            got = outcome(conn, statement, (value,))
            want = "allowed" if person in EXPECTED[name]["select"] else "refused"
            checked += 1
            if got != want:
                wrong.append("{} select {}: {} (expected {})".format(person, name, got, want))
    with capsys.disabled():
        print("\naccess matrix: {} roles x {} objects -> {} checks".format(len(PEOPLE), len(rows) + len(COLUMNS),
                                                                          checked))
    assert not wrong, "\n".join(wrong)


def test_every_table_forces_row_level_security_and_has_policies(world):
    with world["su"].cursor() as cur:
        cur.execute("SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'gpsu'::regnamespace "
                    "AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity "
                    "AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid "
                    "            AND NOT 'gpsu_definer'::regrole = ANY (p.polroles)))")
        assert [r for (r,) in cur.fetchall()] == []
        # every SECURITY DEFINER function pins its search_path and belongs to gpsu_definer
        cur.execute("SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'gpsu'::regnamespace AND p.prosecdef "
                    "AND (p.proowner <> 'gpsu_definer'::regrole OR NOT EXISTS ("
                    "     SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%%'))")
        assert [r for (r,) in cur.fetchall()] == []
    world["su"].rollback()


# -- things that must fail cleanly ------------------------------------------------------------------

def test_services_and_schools_come_from_the_person_or_a_group_they_belong_to(world, connections):
    """A service or school given to a group reaches its direct members (whatever the group's name
    looks like), not the members of its members; a shared case reaches the task's service only."""
    su, suffix = world["su"], world["db"].rsplit("_", 1)[-1]
    su.autocommit = True
    group, inner, person = 'Équipe "Travaux" {}'.format(suffix), "inner_{}".format(suffix), "member_{}".format(suffix)
    try:
        with su.cursor() as cur:
            for role, login in ((group, False), (inner, False), (person, True)):
                cur.execute(sql.SQL("CREATE ROLE {} " + ("LOGIN PASSWORD %s" if login else "NOLOGIN")).format(
                    sql.Identifier(role)), (PASSWORD,) if login else ())
            cur.execute(sql.SQL("GRANT gpsu_handler, gpsu_school_editor, {} TO {}").format(
                sql.Identifier(group), sql.Identifier(person)))
            cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(inner), sql.Identifier(group)))
            cur.execute("INSERT INTO gpsu.service_members (service_id, member) VALUES (%s, %s), (%s, %s)",
                        (world["services"]["works"], group, world["services"]["environment"], inner))
            cur.execute("INSERT INTO gpsu.school_editors (school_id, member) VALUES (%s, %s), (%s, %s)",
                        (world["schools"]["B"], group, world["schools"]["C"], inner))
        conn = psycopg2.connect(world["server"].conninfo(world["db"], user=person, tcp=True), password=PASSWORD)
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT array(SELECT gpsu.my_services()), array(SELECT gpsu.my_schools()), "
                            "array(SELECT gpsu.shared_cases())")
                services, schools, shared = cur.fetchone()
        finally:
            conn.close()
        assert services == [world["services"]["works"]] and schools == [world["schools"]["B"]] and shared == []
        for key, expected in (("env", [world["case"].id]), ("works", []), ("police", [])):
            with connections[key].cursor() as cur:
                cur.execute("SELECT array(SELECT gpsu.shared_cases())")
                assert cur.fetchone()[0] == expected, key
            connections[key].rollback()
    finally:
        with su.cursor() as cur:
            cur.execute("DELETE FROM gpsu.service_members WHERE member IN (%s, %s)", (group, inner))
            cur.execute("DELETE FROM gpsu.school_editors WHERE member IN (%s, %s)", (group, inner))
            for role in (person, group, inner):
                cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        su.autocommit = False


def test_a_handler_cannot_work_another_services_case(world, connections):
    su, env = world["su"], connections["env"]
    with su.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = 'graffiti'")
        graffiti = cur.fetchone()[0]
    other = incidents.save(su, incidents.IncidentDraft(  # a case of 'works' not shared with 'env'
        category_id=graffiti, x=100030, y=150030, observed_at=datetime.now(timezone.utc) - timedelta(hours=2)))
    with pytest.raises(Refused):
        run(env, "SELECT gpsu.record_step(%s, 'pas mon dossier')", (other.id,))
    for statement in ("UPDATE gpsu.incidents SET status = 'in_progress' WHERE id = %s",
                      "SELECT 1 FROM gpsu.incidents WHERE id = %s", "SELECT 1 FROM gpsu.incident_history "
                      "WHERE incident_id = %s"):
        assert run(env, statement, (other.id,)) == 0
    with pytest.raises(Refused):
        run(env, "INSERT INTO gpsu.incident_tasks (incident_id, service_id, created_by) VALUES (%s, %s, session_user)",
            (other.id, world["services"]["environment"]))
    # on the map it sees the case, without its details
    assert run(env, "SELECT 1 FROM gpsu.incidents_map WHERE id = %s", (other.id,)) == 1
    # its own task on the shared case: yes
    assert run(env, "UPDATE gpsu.incident_tasks SET status = 'in_progress' WHERE id = %s", (world["task"],)) == 1
    # the case it is shared with is readable; others' cases only on the map, without details
    assert run(env, "SELECT description FROM gpsu.incidents WHERE id = %s", (world["case"].id,)) == 1


def test_history_records_the_person_and_steps_are_theirs(world, connections):
    works = connections["works"]
    with works, works.cursor() as cur:
        cur.execute("SELECT gpsu.record_step(%s, 'Passage sur place')", (world["case"].id,))
        step = cur.fetchone()[0]
        cur.execute("SELECT actor FROM gpsu.incident_history WHERE id = %s", (step,))
        assert cur.fetchone()[0] == world["logins"]["works"]
    with works, works.cursor() as cur:
        cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id) VALUES "
                    "(ST_SetSRID(ST_MakePoint(100020, 150020), 31370), now(), "
                    "(SELECT id FROM gpsu.categories WHERE code = 'graffiti')) RETURNING reporter")
        assert cur.fetchone()[0] == world["logins"]["works"]
    with pytest.raises(Refused):  # nobody logs a fact in another's name
        run(works, "INSERT INTO gpsu.incidents (geom, observed_at, category_id, reporter) VALUES "
                   "(ST_SetSRID(ST_MakePoint(100020, 150020), 31370), now(), "
                   "(SELECT id FROM gpsu.categories WHERE code = 'graffiti'), 'someone_else')")


def test_the_administrator_cannot_alter_audit_or_history(world, connections):
    admin = connections["admin"]
    for statement in ("UPDATE gpsu.audit_log SET action = 'x'", "DELETE FROM gpsu.audit_log",
                      "TRUNCATE gpsu.audit_log", "UPDATE gpsu.incident_history SET comment = 'x'",
                      "DELETE FROM gpsu.incident_history", "TRUNCATE gpsu.incident_history"):
        with pytest.raises(Refused):
            run(admin, statement)
    # not even the superuser edits the audit log
    with pytest.raises(Refused, match="append-only"):
        run(world["su"], "UPDATE gpsu.audit_log SET action = 'x'")


def test_a_responder_reads_documents_and_changes_nothing(world, connections):
    responder = connections["responder"]
    with responder.cursor() as cur:
        cur.execute("SELECT gpsu.open_document(%s)", (world["document"],))
        assert bytes(cur.fetchone()[0]) == b"%PDF-1.4 plan"
    responder.commit()
    for statement in ("UPDATE gpsu.school_documents SET title = 'x'", "DELETE FROM gpsu.school_documents",
                      "UPDATE gpsu.schools SET name = 'x'", "SELECT content FROM gpsu.school_documents"):
        with pytest.raises(Refused):
            run(responder, statement)
    # every opening is audited, with the version; a refusal too (no content comes back)
    editor_b = connections["editor_b"]
    with editor_b, editor_b.cursor() as cur:
        cur.execute("SELECT gpsu.open_document(%s)", (world["document"],))
        assert cur.fetchone()[0] is None
    with world["su"].cursor() as cur:
        cur.execute("SELECT actor, action, details ->> 'version' FROM gpsu.audit_log WHERE target = %s "
                    "AND action LIKE 'document_%%' ORDER BY id", (str(world["document"]),))
        entries = cur.fetchall()
    world["su"].rollback()
    assert (world["logins"]["responder"], "document_opened", "1") in entries
    assert (world["logins"]["editor_b"], "document_refused", None) in entries


def test_the_map_view_hides_personal_details_and_closed_cases(world, connections):
    env = connections["env"]
    with env.cursor() as cur:
        cur.execute("SELECT count(*) FROM gpsu.incidents_map WHERE id = %s", (world["case"].id,))
        assert cur.fetchone()[0] == 1
        with pytest.raises(psycopg2.errors.UndefinedColumn):
            cur.execute("SELECT description FROM gpsu.incidents_map")
    env.rollback()


# -- accounts -----------------------------------------------------------------------------------------

def test_account_life_cycle(world, connections):
    admin, server = connections["admin"], world["server"]
    login = "lifecycle_" + world["db"].rsplit("_", 1)[-1]
    schools = [world["schools"]["B"]]
    initial = access.create_account(admin, login, "Jeanne Martin", ["gpsu_school_editor"], schools=schools)
    assert not access.password_problems(initial, login)
    listed = {a.login: a for a in access.accounts(admin)}[login]
    assert listed.roles == ["gpsu_school_editor"] and listed.schools == schools and listed.must_change_password
    # signing in with the initial password: nothing is visible until the password is changed
    person = psycopg2.connect(server.conninfo(world["db"], user=login, tcp=True), password=initial)
    me = access.signed_in(person)
    assert me.must_change_password and me.should_change_password and me.has("gpsu_school_editor")
    assert run(person, "SELECT 1 FROM gpsu.schools WHERE id = %s", (schools[0],)) == 0
    with pytest.raises(InvalidInput):
        access.change_my_password(person, login, "short")
    with pytest.raises(InvalidInput):
        access.change_my_password(person, login, "Another-Long-Pass-42", repeated="different")
    until = access.change_my_password(person, login, "Another-Long-Pass-42")
    assert until > datetime.now(timezone.utc) + timedelta(days=170)
    assert run(person, "SELECT 1 FROM gpsu.schools WHERE id = %s", (schools[0],)) == 1
    person.close()
    with pytest.raises(psycopg2.OperationalError):  # the initial password is gone
        psycopg2.connect(server.conninfo(world["db"], user=login, tcp=True), password=initial)
    # the administrator changes roles, disables, re-enables, resets
    access.update_account(admin, login, "Jeanne Martin", ["gpsu_responder"], expires_at=datetime(2099, 1, 1,
                                                                                                tzinfo=timezone.utc))
    listed = {a.login: a for a in access.accounts(admin)}[login]
    assert listed.roles == ["gpsu_responder"] and listed.schools == [] and listed.expires_at.year == 2099
    access.set_enabled(admin, login, False)
    profile = ConnectionProfile(host="127.0.0.1", port=server.port, dbname=world["db"], user=login)
    from gpsu_plugin.core import database
    with pytest.raises(AuthenticationFailed, match="disabled|désactivé"):
        database.connect(profile, "Another-Long-Pass-42")
    access.set_enabled(admin, login, True)
    temporary = access.reset_password(admin, login)
    person = psycopg2.connect(server.conninfo(world["db"], user=login, tcp=True), password=temporary)
    assert access.signed_in(person).must_change_password
    person.close()
    # every step is in the audit log
    actions = [e.action for e in access.audit_entries(admin, text=login)]
    for action in ("account_created", "password_changed", "roles_changed", "account_disabled", "account_enabled",
                   "password_reset", "account_expiry_changed"):
        assert action in actions


def test_expired_password_is_refused(world, connections):
    login = world["logins"]["nobody"]
    with world["su"].cursor() as cur:
        cur.execute(sql.SQL("ALTER ROLE {} VALID UNTIL '2020-01-01'").format(sql.Identifier(login)))
    world["su"].commit()
    try:
        with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
            sign_in(world, "nobody")
    finally:
        with world["su"].cursor() as cur:
            cur.execute(sql.SQL("ALTER ROLE {} VALID UNTIL 'infinity'").format(sql.Identifier(login)))
        world["su"].commit()


def test_only_an_administrator_manages_accounts(world, connections):
    for key in ("works", "analyst", "responder", "nobody"):
        with pytest.raises((NotAllowed, InvalidInput)):
            access.create_account(connections[key], "intruder", "", ["gpsu_admin"])
    with pytest.raises(InvalidInput):  # not a GPS-U role
        access.create_account(connections["admin"], "someone", "", ["pg_read_server_files"])
    with pytest.raises(InvalidInput):  # not a login the plugin manages
        access.create_account(connections["admin"], "pg_evil", "", [])
    with pytest.raises(InvalidInput):  # not an account of GPS-U: the superuser
        access.update_account(connections["admin"], "postgres", "", ["gpsu_responder"])
    with pytest.raises(InvalidInput, match="own"):
        access.set_enabled(connections["admin"], world["logins"]["admin"], False)


def test_sign_in_failures_reach_the_audit_log(world, connections):
    access.note_sign_in_failure("=cmd|' /C calc'!A0", "password refused")
    access.signed_in(connections["field"])
    entries = access.audit_entries(connections["admin"], action="sign_in_failed")
    assert entries and entries[0].target.startswith("=cmd") and entries[0].details["reason"] == "password refused"


def test_audit_filters_resist_injection_and_export_csv(world, connections, tmp_path):
    admin = connections["admin"]
    for text in ("'; DROP TABLE gpsu.audit_log; --", "%", "_", "\\", "' OR 1=1 --"):
        assert all(text in e.target or text in json.dumps(e.details, ensure_ascii=False)
                   for e in access.audit_entries(admin, text=text))
    entries = access.audit_entries(admin)
    assert entries
    path = tmp_path / "audit.csv"
    access.write_audit_csv(entries, str(path))
    content = path.read_text(encoding="utf-8-sig")
    assert "account_created" in content and "\n=" not in content and ",=" not in content
    with world["su"].cursor() as cur:
        cur.execute("SELECT to_regclass('gpsu.audit_log') IS NOT NULL")
        assert cur.fetchone()[0]
    world["su"].rollback()


def test_case_search_resists_injection(world, connections):
    from gpsu_plugin.core import cases

    for text in ("'; DELETE FROM gpsu.incidents; --", "%' OR '1'='1", "\\"):
        cases.list_cases(connections["works"], cases.CaseFilter(text=text))
    assert run(world["su"], "SELECT 1 FROM gpsu.incidents") > 0


def test_pseudonymisation_keeps_statistics(world, connections):
    su, admin = world["su"], connections["admin"]
    with su, su.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = 'graffiti'")
        graffiti = cur.fetchone()[0]
    old = incidents.save(su, incidents.IncidentDraft(
        category_id=graffiti, x=100000, y=150000, observed_at=datetime.now(timezone.utc) - timedelta(days=1),
        description="Voisin: M. Janssens, plaque 1-ABC-123"))
    with su, su.cursor() as cur:
        cur.execute("SELECT set_config('gpsu.comment', 'refus', true)")
        cur.execute("UPDATE gpsu.incidents SET status = 'rejected' WHERE id = %s", (old.id,))
        cur.execute("ALTER TABLE gpsu.incidents DISABLE TRIGGER USER")
        cur.execute("UPDATE gpsu.incidents SET closed_at = now() - interval '6 years' WHERE id = %s", (old.id,))
        cur.execute("ALTER TABLE gpsu.incidents ENABLE TRIGGER USER")
    with pytest.raises(NotAllowed):
        access.pseudonymise_closed_cases(connections["analyst"])
    assert access.pseudonymise_closed_cases(admin, dry_run=True) >= 1
    assert access.pseudonymise_closed_cases(admin) >= 1
    with su.cursor() as cur:
        cur.execute("SELECT description, status, category_id, geom IS NOT NULL, pseudonymised_at IS NOT NULL "
                    "FROM gpsu.incidents WHERE id = %s", (old.id,))
        assert cur.fetchone() == ("", "rejected", graffiti, True, True)
        cur.execute("SELECT count(*) FROM gpsu.incident_history WHERE incident_id = %s AND comment = 'refus'",
                    (old.id,))
        assert cur.fetchone()[0] == 0
    su.rollback()
    assert access.pseudonymise_closed_cases(admin) == 0  # once only


@pytest.mark.parametrize("password, ok", [("Tr0ub4dor-&-Horse", True), ("short1A!", False),
                                          ("alllowercaseletters", False), ("Password-123456", False),
                                          ("aaaaaaaaaaaaA1!", False)])
def test_password_policy(password, ok):
    assert (not access.password_problems(password, "jdupont")) is ok
    assert not access.password_problems(access.generate_password())


# -- what the plugin shows each role ----------------------------------------------------------------

@pytest.mark.parametrize("person, table", [("analyst", "incidents_map"), ("works", "incidents_map"),
                                           ("admin", "incidents")])
def test_map_layers_are_valid_for_each_role(world, connections, monkeypatch, person, table):
    from gpsu_plugin.core import layers

    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # what the QGIS auth configuration gives in real use
    conn = connections[person]
    assert layers.incidents_table(conn) == table
    profile = ConnectionProfile(host="127.0.0.1", port=world["server"].port, dbname=world["db"],
                                user=world["logins"][person])
    by_category = layers.incident_layers(profile, 31370, conn)[0]
    assert by_category.isValid(), by_category.error().summary()
    names = by_category.fields().names()
    assert ("description" in names) is (table == "incidents")
    ids = [f["id"] for f in by_category.getFeatures()]
    assert world["case"].id in ids


def test_the_new_facts_report_hides_personal_details_from_an_analyst(world, connections):
    from gpsu_plugin.reports import new_facts

    start = datetime.now(timezone.utc) - timedelta(days=1)
    for person, visible in (("analyst", False), ("analyst_pd", True)):
        data = new_facts.collect(connections[person], start, datetime.now(timezone.utc) + timedelta(minutes=1))
        connections[person].rollback()
        fact = next(f for f in data.facts if f.id == world["case"].id)
        assert ("Dupont" in fact.description) is visible
        assert (fact.photo is not None) is visible


def test_the_case_list_and_detail_follow_each_role(world, connections):
    from gpsu_plugin.core import cases

    case_id = world["case"].id
    expectations = {  # person: (sees the description, may work the case, may record a step)
        "works": (True, True, True), "env": (True, False, True), "analyst": (False, False, False),
        "analyst_pd": (True, False, False), "admin": (True, True, True)}
    for person, (personal, work, step) in expectations.items():
        conn = connections[person]
        detail = cases.case_detail(conn, case_id)
        assert ("Dupont" in detail.case["description"]) is personal, person
        assert (detail.may_work, detail.may_record_step) == (work, step), person
        assert bool(detail.allowed_statuses) is work, person
        assert bool(detail.attachments) is personal, person
        rows = cases.list_cases(conn, cases.CaseFilter(text="Dupont")).rows
        assert (case_id in [r.id for r in rows]) is personal, person
        number = cases.list_cases(conn, cases.CaseFilter(text=world["case"].number)).rows
        assert [r.id for r in number] == [case_id], person


def test_the_log_a_fact_dock_tells_an_analyst_it_cannot_log(world, connections, qgis_iface):
    from gpsu_plugin.core import incidents as core_incidents
    from gpsu_plugin.gui.incident_dock import IncidentDock

    assert core_incidents.may_log_facts(connections["field"])
    assert not core_incidents.may_log_facts(connections["analyst"])
    class Analyst:  # the dock's SharedConnection, signed in as the analyst
        @staticmethod
        def get():
            return connections["analyst"]

    dock = IncidentDock(qgis_iface, Analyst())
    assert dock.reload() is False
    assert "cannot log facts" in dock.offline_message.text()
    dock.deleteLater()


def test_an_account_without_a_role_is_told_so(world):
    from gpsu_plugin.core import database
    from gpsu_plugin.core.exceptions import GpsuError

    profile = ConnectionProfile(host="127.0.0.1", port=world["server"].port, dbname=world["db"],
                                user=world["logins"]["nobody"])
    with pytest.raises(GpsuError) as caught:
        database.check_connection(profile, PASSWORD)
    assert "GPS-U role" in caught.value.message
    report = database.check_connection(ConnectionProfile(host="127.0.0.1", port=world["server"].port,
                                                         dbname=world["db"], user=world["logins"]["works"]),
                                       PASSWORD)
    assert report.state.is_current
