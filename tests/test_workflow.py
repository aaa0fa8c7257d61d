"""Incident numbering, dispatch and the case workflow, enforced by the database (direct SQL too)."""

import hashlib
import threading
from datetime import datetime, timedelta, timezone

import psycopg2
import pytest

from gpsu_plugin.core import cases, incidents
from gpsu_plugin.core.exceptions import ConnectionLost, InvalidInput, NotAllowed


@pytest.fixture
def db(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    yield conn
    conn.close()


def category(conn, code):
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM gpsu.categories WHERE code = %s", (code,))
        return cur.fetchone()[0]


def draft(conn, code="noise", **changes):
    values = dict(category_id=category(conn, code), x=100000.0, y=150000.0,
                  observed_at=datetime.now(timezone.utc) - timedelta(hours=2), description="test fact")
    values.update(changes)
    return incidents.IncidentDraft(**values)


def statuses(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT code FROM gpsu.statuses")
        return [row[0] for row in cur.fetchall()]


def test_numbers_are_yearly_and_gap_free_under_concurrency(postgis_server, gpsu_db):
    savers, per_saver, numbers, errors = 6, 8, [], []

    def work(index):
        conn = postgis_server.connect(gpsu_db)
        try:
            for n in range(per_saver):
                if n % 3 == 0:  # an abandoned save gives its number back
                    with conn.cursor() as cur:
                        cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id) VALUES "
                                    "('SRID=31370;POINT(1 1)', now(), %s)", (category(conn, "noise"),))
                    conn.rollback()
                numbers.append(incidents.save(conn, draft(conn, description="saver {}".format(index))).number)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(savers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    conn = postgis_server.connect(gpsu_db)
    with conn.cursor() as cur:
        cur.execute("SELECT number FROM gpsu.incidents WHERE description LIKE 'saver %%'")
        stored = sorted(row[0] for row in cur.fetchall())
        cur.execute("SELECT number FROM gpsu.incidents ORDER BY number")
        all_numbers = [row[0] for row in cur.fetchall()]
    conn.close()
    assert sorted(numbers) == stored and len(set(stored)) == savers * per_saver
    year = datetime.now(timezone.utc).year
    assert all_numbers == ["{}-{:05d}".format(year, n) for n in range(1, len(all_numbers) + 1)]


def test_new_fact_is_dispatched_at_once_by_the_rules(db):
    saved = incidents.save(db, draft(db, "graffiti", template={}))
    assert saved.status == "dispatched" and saved.service == "Travaux de proximité"
    with db, db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.dispatch_rules (category_id, service_id, priority, target_hours) "
                    "SELECT %s, id, 1, 4 FROM gpsu.services WHERE code = 'environment' RETURNING id",
                    (category(db, "graffiti"),))
        rule = cur.fetchone()[0]
    try:
        saved = incidents.save(db, draft(db, "graffiti"))
        detail = cases.case_detail(db, saved.id)
        assert saved.service == "Environnement" and detail.case["priority"] == 1
        assert detail.case["due_at"] - detail.case["recorded_at"] == timedelta(hours=4)
    finally:
        with db, db.cursor() as cur:
            cur.execute("DELETE FROM gpsu.dispatch_rules WHERE id = %s", (rule,))


def test_every_transition_missing_from_the_table_is_refused_by_sql(db):
    with db.cursor() as cur:
        cur.execute("SELECT from_status, to_status FROM gpsu.status_transitions")
        allowed = set(cur.fetchall())
    db.rollback()
    codes = statuses(db)
    forbidden = [(a, b) for a in codes for b in codes if a != b and (a, b) not in allowed]
    assert len(forbidden) > 20
    original, saved = incidents.save(db, draft(db)), incidents.save(db, draft(db))
    for old, new in forbidden:
        with db.cursor() as cur:
            # put the case in `old` behind the workflow's back (triggers off for the owner only here)
            cur.execute("ALTER TABLE gpsu.incidents DISABLE TRIGGER incidents_workflow")
            cur.execute("UPDATE gpsu.incidents SET status = %s, version = version, duplicate_of = %s "
                        "WHERE id = %s", (old, original.id if old == "duplicate" else None, saved.id))
            cur.execute("ALTER TABLE gpsu.incidents ENABLE TRIGGER incidents_workflow")
            cur.execute("SELECT set_config('gpsu.comment', 'a reason', true)")
            with pytest.raises(psycopg2.Error) as error:
                cur.execute("UPDATE gpsu.incidents SET status = %s, version = version, duplicate_of = %s "
                            "WHERE id = %s", (new, original.id if new == "duplicate" else None, saved.id))
            assert error.value.pgcode == "GPS05", (old, new)
        db.rollback()


def test_core_refuses_forbidden_transition_and_missing_comment(db):
    saved = incidents.save(db, draft(db))
    with pytest.raises(NotAllowed):
        cases.change_status(db, saved.id, 1, "closed")
    with pytest.raises(InvalidInput):
        cases.change_status(db, saved.id, 1, "rejected")  # needs a comment
    version = cases.change_status(db, saved.id, 1, "rejected", comment="not in our remit")
    detail = cases.case_detail(db, saved.id)
    assert detail.case["status"] == "rejected" and detail.case["version"] == version
    assert detail.timeline[-1]["comment"] == "not in our remit"
    assert [s for s, _ in detail.allowed_statuses] == ["dispatched"]


def test_reassignment_needs_a_reason_and_is_in_the_history(db):
    saved = incidents.save(db, draft(db))
    other = [sid for sid, _ in cases.services(db) if _ == "Environnement"][0]
    with pytest.raises(InvalidInput):
        cases.reassign(db, saved.id, 1, other, "")
    with db.cursor() as cur:  # even with direct SQL
        with pytest.raises(psycopg2.Error) as error:
            cur.execute("UPDATE gpsu.incidents SET service_id = %s, version = 1 WHERE id = %s", (other, saved.id))
    db.rollback()
    assert error.value.pgcode == "GPS06"
    cases.reassign(db, saved.id, 1, other, "wrong service")
    entry = cases.case_detail(db, saved.id).timeline[-1]
    assert entry["action"] == "reassigned" and entry["comment"] == "wrong service"


def test_shared_case_closes_when_every_task_is_done(db):
    saved = incidents.save(db, draft(db, "abandoned_vehicle", template={"plate": "1-ABC-234"}))
    works = [sid for sid, label in cases.services(db) if label == "Travaux de proximité"][0]
    task = cases.share_with_service(db, saved.id, works, "remove the car")
    version = cases.change_status(db, saved.id, 1, "in_progress")
    cases.record_step(db, saved.id, "plate checked: stolen vehicle")
    version = cases.change_status(db, saved.id, version, "resolved")
    with pytest.raises(InvalidInput):  # closing while works' task is open
        cases.change_status(db, saved.id, version, "closed")
    assert cases.case_detail(db, saved.id).case["status"] == "resolved"
    cases.change_task_status(db, task, 1, "in_progress")
    cases.change_task_status(db, task, 2, "resolved")
    detail = cases.case_detail(db, saved.id)
    assert detail.case["status"] == "closed"
    actions = [entry["action"] for entry in detail.timeline]
    assert actions == ["created", "shared", "status_changed", "step", "status_changed", "task_status_changed",
                       "task_status_changed", "status_changed"]


@pytest.mark.parametrize("statement", [
    "UPDATE gpsu.incident_history SET comment = 'rewritten' WHERE action = 'step'",
    "DELETE FROM gpsu.incident_history WHERE action = 'step'",
    "DELETE FROM gpsu.incident_tasks",
    "UPDATE gpsu.incident_attachments SET filename = 'x'",
])
def test_steps_tasks_and_attachments_cannot_be_erased(db, statement):
    saved = incidents.save(db, draft(db, attachments=[incidents.Attachment("a.txt", "text/plain", b"hello")]))
    cases.record_step(db, saved.id, "called the owner")
    cases.share_with_service(db, saved.id, cases.services(db)[0][0])
    with db.cursor() as cur:
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute(statement)
    db.rollback()


def test_attachment_rules_hold_in_the_database(db):
    saved = incidents.save(db, draft(db))
    with db.cursor() as cur:
        for mime, content, sha in (("application/x-msdownload", b"MZ", None), ("text/plain", b"x", "0" * 64)):
            with pytest.raises(psycopg2.Error) as error:
                cur.execute("INSERT INTO gpsu.incident_attachments (incident_id, filename, mime_type, size_bytes, "
                            "sha256, content) VALUES (%s, 'f', %s, %s, %s, %s)",
                            (saved.id, mime, len(content), sha or hashlib.sha256(content).hexdigest(), content))
            assert error.value.pgcode == "GPS07"
            db.rollback()


def test_bad_input_is_explained_and_saves_nothing(db):
    def count():
        with db.cursor() as cur:
            cur.execute("SELECT count(*) FROM gpsu.incidents")
            n = cur.fetchone()[0]
        db.rollback()
        return n

    before = count()
    future = datetime.now(timezone.utc) + timedelta(days=1)
    bad = [
        draft(db, category_id=None),
        draft(db, x=None),
        draft(db, observed_at=future),
        draft(db, observed_at=None, observed_from=future - timedelta(days=3), observed_to=future - timedelta(days=4)),
        draft(db, "abandoned_vehicle"),  # plate required by its template
        draft(db, attachments=[incidents.Attachment("virus.exe", "application/x-msdownload", b"MZ")]),
        draft(db, attachments=[incidents.Attachment("huge.jpg", "image/jpeg", b"0" * 20_000_000)]),
    ]
    for item in bad:
        with pytest.raises(InvalidInput) as error:
            incidents.save(db, item)
        assert error.value.message
    assert count() == before


def test_future_time_and_missing_template_refused_by_sql_too(db):
    with db.cursor() as cur:
        with pytest.raises(psycopg2.Error) as error:
            cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id) VALUES "
                        "('SRID=31370;POINT(1 1)', now() + interval '1 day', %s)", (category(db, "noise"),))
        assert error.value.pgcode == "GPS04"
        db.rollback()
        with pytest.raises(psycopg2.Error) as error:
            cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id) VALUES "
                        "('SRID=31370;POINT(1 1)', now(), %s)", (category(db, "abandoned_vehicle"),))
        assert error.value.pgcode == "GPS02" and error.value.diag.message_detail == "plate"
    db.rollback()


def test_possible_duplicates_and_linking(db):
    first = incidents.save(db, draft(db, "illegal_dumping", template={"volume": "van"}, x=120000.0, y=160000.0))
    second = draft(db, "illegal_dumping", template={"volume": "van"}, x=120030.0, y=160000.0)
    found = incidents.possible_duplicates(db, second)
    assert [d.id for d in found] == [first.id] and round(found[0].distance_m) == 30
    far = draft(db, "illegal_dumping", template={"volume": "van"}, x=121000.0, y=160000.0)
    assert incidents.possible_duplicates(db, far) == []
    second.duplicate_of = first.id
    linked = incidents.save(db, second)
    assert linked.status == "duplicate"
    assert cases.case_detail(db, linked.id).case["duplicate_of"] == first.id


def test_connection_killed_mid_save_leaves_nothing_and_is_not_replayed(postgis_server, gpsu_db):
    saver = postgis_server.connect(gpsu_db)
    blocker = postgis_server.connect(gpsu_db)
    year = datetime.now(timezone.utc).year
    item = draft(saver, description="killed mid-save",
                 attachments=[incidents.Attachment("photo.png", "image/png", b"\x89PNG....")])
    with blocker.cursor() as cur:  # hold the year's counter so the save stops inside its transaction
        cur.execute("INSERT INTO gpsu.incident_counters VALUES (%s, 1) ON CONFLICT DO NOTHING", (year,))
        blocker.commit()
        cur.execute("SELECT last_value FROM gpsu.incident_counters WHERE year = %s FOR UPDATE", (year,))
        last = cur.fetchone()[0]
    outcome = {}

    def save():
        try:
            outcome["saved"] = incidents.save(saver, item)
        except Exception as exc:  # asserted below
            outcome["error"] = exc

    thread = threading.Thread(target=save)
    thread.start()
    with blocker.cursor() as cur:
        for _ in range(100):  # wait until the save is blocked on the counter
            cur.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock'",
                        (saver.get_backend_pid(),))
            if cur.fetchone()[0]:
                break
            threading.Event().wait(0.05)
        cur.execute("SELECT pg_terminate_backend(%s)", (saver.get_backend_pid(),))
    blocker.rollback()
    thread.join(10)
    assert isinstance(outcome.get("error"), ConnectionLost)
    with blocker.cursor() as cur:
        cur.execute("SELECT count(*) FROM gpsu.incidents WHERE description = 'killed mid-save'")
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT count(*) FROM gpsu.incident_attachments WHERE filename = 'photo.png'")
        assert cur.fetchone()[0] == 0
        cur.execute("SELECT last_value FROM gpsu.incident_counters WHERE year = %s", (year,))
        assert cur.fetchone()[0] == last
    blocker.rollback()
    again = postgis_server.connect(gpsu_db)  # the user saves again: once
    saved = incidents.save(again, item)
    assert saved.number == "{}-{:05d}".format(year, last + 1)
    with again.cursor() as cur:
        cur.execute("SELECT count(*) FROM gpsu.incidents WHERE description = 'killed mid-save'")
        assert cur.fetchone()[0] == 1
    for conn in (again, blocker):
        conn.close()


def test_location_outside_the_territory_is_refused_by_the_database(db):
    with db, db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES ('t', 'Test', "
                    "ST_Multi(ST_MakeEnvelope(90000, 140000, 110000, 160000, 31370))) RETURNING id")
        district = cur.fetchone()[0]
    try:
        inside = incidents.save(db, draft(db, x=100000.0, y=150000.0))
        assert cases.case_detail(db, inside.id).case["district"] == "Test"
        with pytest.raises(InvalidInput) as error:
            incidents.save(db, draft(db, x=200000.0, y=150000.0))
        assert "territory" in error.value.message
        with db.cursor() as cur, pytest.raises(psycopg2.Error) as raw:
            cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id) VALUES "
                        "('SRID=31370;POINT(200000 150000)', now(), %s)", (category(db, "noise"),))
        assert raw.value.pgcode == "GPS03"
        db.rollback()
    finally:
        with db, db.cursor() as cur:
            cur.execute("ALTER TABLE gpsu.incidents DISABLE TRIGGER incidents_before_write")
            cur.execute("UPDATE gpsu.incidents SET district_id = NULL WHERE district_id = %s", (district,))
            cur.execute("ALTER TABLE gpsu.incidents ENABLE TRIGGER incidents_before_write")
            cur.execute("DELETE FROM gpsu.districts WHERE id = %s", (district,))


@pytest.mark.parametrize("code, template, key", [
    ("illegal_dumping", {"volume": "lorry-load"}, "volume"),          # not one of the choices
    ("youth_violence", {"people_involved": "two", "injured": "a few"}, "injured"),  # not an integer
    ("abandoned_vehicle", {"plate": "1-abc-234"}, "plate"),           # plates are upper case
    ("burglary_home", {"entry_point": "door", "occupants_absent": "yes"}, "occupants_absent"),
])
def test_malformed_template_values_are_refused_by_sql(db, code, template, key):
    from psycopg2.extras import Json

    with db.cursor() as cur, pytest.raises(psycopg2.Error) as error:
        cur.execute("INSERT INTO gpsu.incidents (geom, observed_at, category_id, template) VALUES "
                    "('SRID=31370;POINT(1 1)', now(), %s, %s)", (category(db, code), Json(template)))
    db.rollback()
    assert error.value.pgcode == "GPS02" and error.value.diag.message_detail == key
