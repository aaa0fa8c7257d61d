"""The cases dock against the real PostGIS: filters, paging, overdue rows, the detail and its
timeline, the workflow as offered and as enforced, and two people changing the same case."""

import psycopg2
import pytest
from psycopg2.extras import Json
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import Qt

from gpsu_plugin.core import cases
from gpsu_plugin.core.exceptions import NotAllowed, VersionConflict
from gpsu_plugin.core.session import SharedConnection

from .conftest import ConnectSession
from gpsu_plugin.gui.cases_dock import CasesDock
from gpsu_plugin.gui.cases_model import COLUMN_CATEGORY, COLUMN_DUE, OVERDUE_ROLE

INJECTION = "'; DROP TABLE gpsu.incidents; --"


@pytest.fixture
def db(postgis_server, gpsu_db):
    conn = postgis_server.connect(gpsu_db)
    conn.autocommit = True
    yield conn
    conn.close()


@pytest.fixture
def make_dock(qtbot, qgis_iface, shared, clean_settings):
    docks = []

    def make(connection=None):
        dock = CasesDock(qgis_iface, connection or shared, language="en")
        qtbot.addWidget(dock)
        dock.resize(700, 900)
        docks.append(dock)
        return dock
    yield make
    for dock in docks:
        dock.cleanup()


def ids(db, sql, params=()):
    with db.cursor() as cur:
        cur.execute(sql, params)
        return [row[0] for row in cur.fetchall()]


def one(db, sql, params=()):
    with db.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchone()[0]


def insert(db, description, code="noise", x=100000.0, y=150000.0, template=None, count=1):
    """`count` incidents of category `code` (direct SQL); their ids in order."""
    with db.cursor() as cur:
        cur.execute(
            "INSERT INTO gpsu.incidents (geom, observed_at, category_id, description, template) "
            "SELECT ST_SetSRID(ST_MakePoint(%s + n, %s), 31370), now() - interval '1 hour', "
            "       (SELECT id FROM gpsu.categories WHERE code = %s), "
            "       %s || CASE WHEN %s > 1 THEN ' ' || n ELSE '' END, "
            "       %s FROM generate_series(1, %s) n RETURNING id",
            (x, y, code, description, count, Json(template or {}), count))
        return sorted(row[0] for row in cur.fetchall())


def set_status(db, incident_id, status, comment="test"):
    with db.cursor() as cur:
        cur.execute("SELECT set_config('gpsu.comment', %s, false)", (comment,))
        cur.execute("UPDATE gpsu.incidents SET status = %s, version = version WHERE id = %s", (status, incident_id))
        cur.execute("SELECT set_config('gpsu.comment', '', false)")


def listed(dock):
    return [dock.model.row_at(row) for row in range(dock.model.rowCount())]


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def show_all(dock):
    choose(dock.service, None)
    choose(dock.status, None)


# -- the list and its filters ---------------------------------------------------------------------

def test_dock_identity_and_defaults(make_dock):
    dock = make_dock()
    assert dock.objectName() == "GpsuCasesDock"
    assert dock.windowTitle() == "GPS-U – cases"
    assert dock.status.currentData() == "open"
    assert dock.status.itemText(1) == "All statuses"
    assert [dock.status.itemData(i) for i in range(2, dock.status.count())] == \
        ["new", "dispatched", "in_progress", "resolved", "closed", "rejected", "duplicate"]
    assert dock.category.findText("All categories") == 0


def test_filters_status_service_category_and_text(make_dock, db):
    marker = "filters-test"
    noise = insert(db, marker + " tapage", code="noise")[0]                       # social nuisance > noise
    fight = insert(db, marker + " bagarre", code="fight",
                   template={"people_involved": "2 adults"})[0]                    # youth violence > fight
    dumping = insert(db, marker + " dépôt", code="illegal_dumping", template={"volume": "bag"})[0]
    set_status(db, dumping, "in_progress")
    closed = insert(db, marker + " fermé", code="noise")[0]
    set_status(db, closed, "rejected", "nothing found")

    dock = make_dock()
    show_all(dock)
    dock.text.setText(marker)
    dock.refresh()
    assert {c.id for c in listed(dock)} == {noise, fight, dumping, closed}

    choose(dock.status, "open")
    assert {c.id for c in listed(dock)} == {noise, fight, dumping}
    choose(dock.status, "in_progress")
    assert [c.id for c in listed(dock)] == [dumping]
    choose(dock.status, None)

    police = one(db, "SELECT id FROM gpsu.services WHERE code = 'local_police'")
    choose(dock.service, police)
    assert [c.id for c in listed(dock)] == [fight]
    choose(dock.service, None)

    social_nuisance = one(db, "SELECT id FROM gpsu.categories WHERE code = 'social_nuisance'")
    choose(dock.category, social_nuisance)                      # the category includes its sub-categories
    assert {c.id for c in listed(dock)} == {noise, closed}
    choose(dock.category, one(db, "SELECT id FROM gpsu.categories WHERE code = 'fight'"))
    assert [c.id for c in listed(dock)] == [fight]
    choose(dock.category, None)

    choose(dock.priority, 1)                                  # fights are urgent by their dispatch default
    assert [c.id for c in listed(dock)] == [fight]
    choose(dock.priority, None)

    dock.text.setText(marker + " bagarre")
    dock.refresh()
    assert [c.id for c in listed(dock)] == [fight]


def test_text_is_debounced(qtbot, make_dock, db):
    marker = "debounce-test"
    case = insert(db, marker)[0]
    dock = make_dock()
    show_all(dock)
    dock.text.setText(marker)
    assert dock._debounce.isActive()
    qtbot.waitUntil(lambda: [c.id for c in listed(dock)] == [case], timeout=3000)


@pytest.mark.parametrize("text", [INJECTION, "100%", "a_b\\", "' OR 1=1 --"])
def test_injection_looking_text_finds_nothing_and_changes_nothing(make_dock, db, text):
    insert(db, "an ordinary case")
    before = one(db, "SELECT count(*) FROM gpsu.incidents")
    dock = make_dock()
    show_all(dock)
    dock.text.setText(text)
    assert dock.refresh()
    assert dock.model.rowCount() == 0
    assert dock.last_error is None
    assert dock.count.text() == "No case matches these filters."
    assert one(db, "SELECT to_regclass('gpsu.incidents') IS NOT NULL")
    assert one(db, "SELECT count(*) FROM gpsu.incidents") == before


def test_period_filter(make_dock, db):
    from qgis.PyQt.QtCore import QDate

    case = insert(db, "period-test")[0]
    dock = make_dock()
    show_all(dock)
    dock.text.setText("period-test")
    today = QDate.currentDate()
    dock.date_from.setDate(today)
    dock.date_to.setDate(today)
    dock.refresh()
    assert [c.id for c in listed(dock)] == [case]
    dock.date_from.setDate(today.addDays(1))
    dock.date_to.setDate(today.addDays(2))
    assert listed(dock) == []
    dock.date_from.clear()
    dock.date_to.clear()
    assert [c.id for c in listed(dock)] == [case]


def test_paging_by_the_database(make_dock, db):
    created = insert(db, "paging-test", code="noise", count=120)
    dock = make_dock()
    show_all(dock)
    dock.text.setText("paging-test")
    dock.refresh()
    assert dock.model.rowCount() == 50
    assert dock.model.has_more() and dock.more_button.isEnabled()
    assert "more" in dock.count.text()
    assert dock.load_more()
    assert dock.model.rowCount() == 100
    dock.model.fetchMore()                 # what the view does when scrolled to the end
    assert dock.model.rowCount() == 120
    assert not dock.model.has_more() and not dock.more_button.isEnabled()
    assert not dock.model.canFetchMore()
    rows = listed(dock)
    assert sorted(c.id for c in rows) == created                           # every case once
    keys = [(c.priority, c.recorded_at, c.id) for c in rows]
    assert keys == sorted(keys)                                            # as the core sorts: priority, age


def test_overdue_rows_stand_out(make_dock, db):
    late, on_time = insert(db, "overdue-test", count=2)
    with db.cursor() as cur:
        cur.execute("UPDATE gpsu.incidents SET due_at = now() - interval '1 day', version = version WHERE id = %s",
                    (late,))
    dock = make_dock()
    show_all(dock)
    dock.text.setText("overdue-test")
    dock.refresh()
    model = dock.model
    flags = {model.row_at(r).id: model.index(r, COLUMN_DUE) for r in range(model.rowCount())}
    late_due, on_time_due = flags[late], flags[on_time]
    assert late_due.data(OVERDUE_ROLE) is True and on_time_due.data(OVERDUE_ROLE) is False
    assert late_due.data(Qt.FontRole).bold()
    assert late_due.data(Qt.ForegroundRole).color().name() == "#b42318"
    assert late_due.data(Qt.DecorationRole) is not None and on_time_due.data(Qt.DecorationRole) is None
    assert late_due.data(Qt.BackgroundRole) is not None and on_time_due.data(Qt.BackgroundRole) is None
    assert "Overdue" in late_due.data(Qt.ToolTipRole)
    assert model.index(0, COLUMN_CATEGORY).data(Qt.DecorationRole) is not None   # category colour

    dock.overdue_only.setChecked(True)
    assert [c.id for c in listed(dock)] == [late]


def test_my_services_uses_membership(make_dock, db):
    marker = "membership-test"
    works = one(db, "SELECT id FROM gpsu.services WHERE code = 'works'")
    graffiti = insert(db, marker, code="graffiti")[0]          # dispatched to the works service
    insert(db, marker + " noise", code="noise")                # prevention and security
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.service_members (service_id, member) VALUES (%s, 'postgres') "
                    "ON CONFLICT DO NOTHING", (works,))
    try:
        dock = make_dock()
        assert dock.service.currentData() == "mine"
        dock.text.setText(marker)
        dock.refresh()
        assert [c.id for c in listed(dock)] == [graffiti]
    finally:
        with db.cursor() as cur:
            cur.execute("DELETE FROM gpsu.service_members WHERE member = 'postgres'")


# -- selecting a case -----------------------------------------------------------------------------

def test_selecting_a_case_shows_its_timeline_and_the_map(make_dock, db, qgis_iface):
    case = insert(db, "timeline-test", code="illegal_dumping", template={"volume": "van"})[0]
    set_status(db, case, "in_progress", "crew on site")
    cases.record_step(db, case, "Photos taken, owner identified")
    environment = one(db, "SELECT id FROM gpsu.services WHERE code = 'environment'")
    works = one(db, "SELECT id FROM gpsu.services WHERE code = 'works'")
    assert environment is not None
    cases.share_with_service(db, case, works, "Remove the waste")
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))

    dock = make_dock()
    show_all(dock)
    dock.text.setText("timeline-test")
    dock.refresh()
    dock.table.selectRow(0)
    detail = dock.detail
    assert detail.case_id == case
    timeline = detail.timeline_rows
    assert [row[2].split(":")[0].split(" (")[0] for row in timeline] == \
        ["Created", "Status changed", "Step taken", "Shared with a service"]
    assert timeline[1][2] == "Status changed: Dispatched → In progress"
    assert timeline[3][2] == "Shared with a service: Local works"
    assert timeline[1][3] == "crew on site"
    assert timeline[2][3] == "Photos taken, owner identified"
    assert all(row[1] == "postgres" for row in timeline)
    assert detail.tasks.topLevelItemCount() == 1
    assert ("Volume", "Van") in detail.template_values()
    assert "timeline-test" in detail.description.text()
    shown = detail.timeline.toPlainText()
    assert shown.index("Shared with a service") < shown.index("Created")          # newest first
    assert "“crew on site”" in shown and "Dispatched → In progress" in shown

    # the map: centred on the case, in the canvas CRS, and marked
    expected = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"),
                                      QgsCoordinateReferenceSystem("EPSG:3857"),
                                      QgsProject.instance()).transform(QgsPointXY(100001, 150000))
    centre = canvas.center()
    assert abs(centre.x() - expected.x()) < 1 and abs(centre.y() - expected.y()) < 1
    assert dock.marker is not None and dock.marker.scene() is canvas.scene()
    assert canvas.extent().contains(expected) and canvas.extent().width() < 2000
    dock.cleanup()
    assert dock.marker is None


def test_forbidden_transition_is_not_offered_and_refused_by_the_database(make_dock, db, shared):
    case = insert(db, "forbidden-test")[0]             # dispatched at once (noise has a service)
    dock = make_dock()
    show_all(dock)
    dock.text.setText("forbidden-test")
    dock.refresh()
    dock.table.selectRow(0)
    offered = set(dock.detail.status_buttons)
    assert offered == {"in_progress", "resolved", "rejected", "duplicate"}
    assert "closed" not in offered and "new" not in offered
    with pytest.raises(NotAllowed):
        cases.change_status(shared.get(), case, 1, "closed")
    assert one(db, "SELECT status FROM gpsu.incidents WHERE id = %s", (case,)) == "dispatched"


def test_status_button_asks_then_changes_and_refreshes(make_dock, db):
    case = insert(db, "button-test")[0]
    dock = make_dock()
    show_all(dock)
    dock.text.setText("button-test")
    dock.refresh()
    dock.table.selectRow(0)
    asked = []
    dock.detail.ask_status = lambda to, required, initial="": asked.append((to, required)) or \
        {"comment": "all done", "duplicate_number": ""}
    dock.detail.status_buttons["resolved"].click()
    assert asked == [("resolved", True)]
    assert one(db, "SELECT status FROM gpsu.incidents WHERE id = %s", (case,)) == "resolved"
    assert listed(dock)[0].status == "resolved"                  # the list was refreshed
    assert set(dock.detail.status_buttons) == {"closed", "in_progress"}
    assert dock.detail.timeline_rows[1][3] == "all done"


def test_comment_required_is_refused_and_kept(make_dock, db):
    insert(db, "required-test")
    dock = make_dock()
    show_all(dock)
    dock.text.setText("required-test")
    dock.refresh()
    dock.table.selectRow(0)
    assert dock.detail.apply_status("rejected", "") is False          # the database wants a comment
    assert "comment" in dock.last_error.message
    assert dock.message_bar.currentItem() is not None


def test_duplicate_asks_for_the_number(make_dock, db):
    original, copy = insert(db, "duplicate-test", count=2)
    number = one(db, "SELECT number FROM gpsu.incidents WHERE id = %s", (original,))
    dock = make_dock()
    show_all(dock)
    dock.text.setText("duplicate-test")
    dock.refresh()
    dock.select_case(copy)
    assert dock.detail.apply_status("duplicate", "", duplicate_number="9999-99999") is False
    assert "9999-99999" in dock.last_error.message
    assert dock.detail.apply_status("duplicate", "same bin", duplicate_number=number)
    assert one(db, "SELECT duplicate_of FROM gpsu.incidents WHERE id = %s", (copy,)) == original


def test_reassign_share_step_and_task(make_dock, db):
    case = insert(db, "actions-test")[0]
    works = one(db, "SELECT id FROM gpsu.services WHERE code = 'works'")
    environment = one(db, "SELECT id FROM gpsu.services WHERE code = 'environment'")
    dock = make_dock()
    show_all(dock)
    dock.text.setText("actions-test")
    dock.refresh()
    dock.select_case(case)
    detail = dock.detail
    assert detail.apply_reassign(environment, "Their area")
    assert detail.detail.case["service_id"] == environment
    assert detail.apply_share(works, "Clean the wall")
    assert detail.apply_step("Called the owner")
    task = detail.detail.tasks[0]
    assert task["service_id"] == works
    assert detail.apply_step("Crew booked", task_id=task["id"])
    assert detail.apply_task_status(task["id"], "in_progress", "started")
    actions = [row[2] for row in detail.timeline_rows]
    assert actions[0].startswith("Created")
    assert any(a.startswith("Reassigned:") and "Environment" in a for a in actions)
    assert any(a.startswith("Shared with a service:") for a in actions)
    assert any(a.startswith("Task status changed") for a in actions)
    assert sum(a.startswith("Step taken") for a in actions) == 2
    assert detail.tasks.topLevelItem(0).text(1) == "In progress"


def test_attachment_is_saved_to_a_temporary_file(make_dock, db):
    import hashlib

    case = insert(db, "attachment-test")[0]
    content = b"hello GPS-U"
    with db.cursor() as cur:
        cur.execute("INSERT INTO gpsu.incident_attachments (incident_id, filename, mime_type, size_bytes, sha256, "
                    "content) VALUES (%s, 'note.txt', 'text/plain', %s, %s, %s) RETURNING id",
                    (case, len(content), hashlib.sha256(content).hexdigest(), psycopg2.Binary(content)))
        attachment = cur.fetchone()[0]
    dock = make_dock()
    dock.open_case(case)
    assert dock.detail.attachments.count() == 1
    path = dock.detail.open_attachment(attachment, open_it=False)
    with open(path, "rb") as handle:
        assert handle.read() == content
    assert path.endswith("note.txt")


# -- two people, one case -------------------------------------------------------------------------

def test_conflict_shows_their_changes_and_keeps_the_comment(make_dock, db, postgis_server, gpsu_db):
    case = insert(db, "conflict-test")[0]
    first = SharedConnection(ConnectSession(postgis_server, gpsu_db))
    second = SharedConnection(ConnectSession(postgis_server, gpsu_db))
    try:
        mine, theirs = make_dock(first), make_dock(second)
        for dock in (mine, theirs):
            dock.open_case(case)
            assert dock.detail.detail.case["version"] == 1
        assert theirs.detail.apply_status("in_progress", "on my way")
        assert one(db, "SELECT version FROM gpsu.incidents WHERE id = %s", (case,)) == 2

        assert mine.detail.apply_status("resolved", "fixed it myself") is False
        detail = mine.detail
        assert isinstance(detail.last_error, VersionConflict)
        assert not detail.conflict.isHidden()
        text = detail.conflict_text.text()
        assert "changed this case while you were editing it" in text
        assert ("Status", "Dispatched", "In progress") in detail.conflict_changes_shown
        assert "fixed it myself" in text                                    # what I typed, shown and kept
        assert detail.kept["comment"] == "fixed it myself"
        assert detail.detail.case["version"] == 2                            # reloaded: their version
        assert one(db, "SELECT status FROM gpsu.incidents WHERE id = %s", (case,)) == "in_progress"

        # applying again opens the dialog with my comment, and saves on the current version
        seen = []
        detail.ask_status = lambda to, required, initial="": seen.append(initial) or \
            {"comment": initial, "duplicate_number": ""}
        assert detail.retry_button.isEnabled()
        detail.retry_button.click()
        assert seen == ["fixed it myself"]
        assert one(db, "SELECT status FROM gpsu.incidents WHERE id = %s", (case,)) == "resolved"
        assert detail.kept is None and detail.conflict.isHidden()
    finally:
        first.close()
        second.close()


def test_core_conflict_of_update_case_carries_changes(db, postgis_server, gpsu_db):
    case = insert(db, "conflict-core-test")[0]
    a, b = postgis_server.connect(gpsu_db), postgis_server.connect(gpsu_db)
    try:
        seen_a = cases.case_detail(a, case).case
        seen_b = cases.case_detail(b, case).case
        cases.update_case(a, case, seen_a["version"], {"place": "Grand-Place"})
        with pytest.raises(VersionConflict) as error:
            cases.update_case(b, case, seen_b["version"], {"description": "mine"}, original=seen_b)
        assert error.value.changes == {"place": ("", "Grand-Place")}
    finally:
        a.close()
        b.close()


# -- history stays as written ---------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "UPDATE gpsu.incident_history SET comment = 'rewritten' WHERE id = %s",
    "DELETE FROM gpsu.incident_history WHERE id = %s",
])
def test_recorded_steps_are_immutable(db, statement):
    case = insert(db, "immutable-step-test")[0]
    step = cases.record_step(db, case, "Visited the site")
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        with db.cursor() as cur:
            cur.execute(statement, (step,))
    assert one(db, "SELECT comment FROM gpsu.incident_history WHERE id = %s", (step,)) == "Visited the site"


def test_task_conflict_is_explained(make_dock, db, shared):
    case = insert(db, "task-conflict-test")[0]
    works = one(db, "SELECT id FROM gpsu.services WHERE code = 'works'")
    task = cases.share_with_service(db, case, works, "Have a look")
    dock = make_dock()
    dock.open_case(case)
    cases.change_task_status(db, task, 1, "in_progress", "started by someone else")     # version 1 -> 2
    assert dock.detail.apply_task_status(task, "rejected", "not ours") is False
    detail = dock.detail
    assert isinstance(detail.last_error, VersionConflict)
    assert ("Task of Local works", "Dispatched", "In progress") in detail.conflict_changes_shown
    assert detail.kept["comment"] == "not ours"
    assert detail.detail.tasks[0]["version"] == 2


def test_unreachable_database_is_said_in_the_dock(qtbot, qgis_iface, clean_settings):
    class Down:
        def connect(self):
            from gpsu_plugin.core.exceptions import ServerUnreachable
            raise ServerUnreachable("The database server cannot be reached (test).")
    dock = CasesDock(qgis_iface, SharedConnection(Down()), language="en")
    qtbot.addWidget(dock)
    assert "cannot be reached" in dock.last_error.message
    assert dock.message_bar.currentItem() is not None
    dock.text.setText("typed while offline")
    dock.refresh_button.click()
    assert dock.text.text() == "typed while offline"                     # nothing the user typed is lost
