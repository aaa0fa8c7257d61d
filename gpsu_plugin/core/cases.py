"""Working cases: the filtered list (paged by the database), a case's detail and timeline, and
the changes a service makes (status, reassignment, tasks for other services, steps).

Every change is checked again by the database (transitions table, version column, append-only
history); the comment of a change reaches its history through the transaction-local setting
`gpsu.comment`.
"""

from dataclasses import dataclass, field
from datetime import datetime

from psycopg2 import sql

from .dberrors import translate_db_errors
from .exceptions import InvalidInput, VersionConflict
from .i18n import tr
from .incidents import label_column

OPEN_STATUSES = ("new", "dispatched", "in_progress")
EDITABLE_FIELDS = ("description", "place", "priority", "category_id")


@dataclass
class CaseFilter:
    service_ids: tuple = ()
    statuses: tuple = ()
    priorities: tuple = ()
    category_id: object = None      # a category includes its sub-categories
    district_id: object = None
    recorded_from: object = None
    recorded_to: object = None
    text: str = ""                   # number, description, place (bound as a parameter, never pasted)
    overdue_only: bool = False


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    status: str
    priority: int
    category: str
    colour: str
    service: str
    district: str
    recorded_at: datetime
    due_at: datetime
    overdue: bool
    description: str
    version: int

    @property
    def cursor(self):
        return (self.priority, self.recorded_at, self.id)


@dataclass(frozen=True)
class Page:
    rows: list
    next_cursor: object  # pass as `after` for the next page; None on the last page


@dataclass
class CaseDetail:
    case: dict
    tasks: list = field(default_factory=list)
    timeline: list = field(default_factory=list)
    attachments: list = field(default_factory=list)
    allowed_statuses: list = field(default_factory=list)
    may_work: bool = True        # change status, reassign, share: the case's service or an administrator
    may_record_step: bool = True  # also a service the case is shared with
    personal_details: bool = True  # description, place, template, reporter, comments, attachments


def personal_rights(conn):
    """(incident details, history author and comments, attachments) the signed-in role may read."""
    with conn.cursor() as cur:
        cur.execute("SELECT has_column_privilege('gpsu.incidents', 'description', 'SELECT'), "
                    "has_column_privilege('gpsu.incident_history', 'comment', 'SELECT'), "
                    "has_table_privilege('gpsu.incident_attachments', 'SELECT')")
        return cur.fetchone()


def _where(case_filter, personal=True):
    """SQL conditions and parameters for `case_filter`; user text only ever goes in parameters.
    The text is searched in the description and the place only for roles that may read them."""
    conditions, params = [], []
    f = case_filter
    if f.service_ids:
        conditions.append("(i.service_id = ANY(%s) OR EXISTS (SELECT 1 FROM gpsu.incident_tasks t "
                          "WHERE t.incident_id = i.id AND t.service_id = ANY(%s)))")
        params += [list(f.service_ids), list(f.service_ids)]
    if f.statuses:
        conditions.append("i.status = ANY(%s)")
        params.append(list(f.statuses))
    if f.priorities:
        conditions.append("i.priority = ANY(%s)")
        params.append(list(f.priorities))
    if f.category_id is not None:
        conditions.append("i.category_id IN (SELECT id FROM gpsu.categories WHERE id = %s OR parent_id = %s)")
        params += [f.category_id, f.category_id]
    if f.district_id is not None:
        conditions.append("i.district_id = %s")
        params.append(f.district_id)
    if f.recorded_from is not None:
        conditions.append("i.recorded_at >= %s")
        params.append(f.recorded_from)
    if f.recorded_to is not None:
        conditions.append("i.recorded_at < %s")
        params.append(f.recorded_to)
    if f.text.strip():
        pattern = "%" + f.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if personal:
            conditions.append("(i.number ILIKE %s OR i.description ILIKE %s OR i.place ILIKE %s)")
            params += [pattern, pattern, pattern]
        else:
            conditions.append("i.number ILIKE %s")
            params.append(pattern)
    if f.overdue_only:
        conditions.append("i.status IN ('new', 'dispatched', 'in_progress') AND i.due_at < now()")
    return conditions, params


def list_cases(conn, case_filter=None, limit=50, after=None, language="fr"):
    """One page of cases, most urgent first then oldest first; keyset paging on
    (priority, recorded_at, id) so that page N costs the same as page 1 on a million rows."""
    personal = personal_rights(conn)[0]
    conditions, params = _where(case_filter or CaseFilter(), personal)
    if after is not None:
        conditions.append("(i.priority, i.recorded_at, i.id) > (%s, %s, %s)")
        params += list(after)
    label = sql.Identifier(label_column(language))
    query = sql.SQL(
        "SELECT i.id, i.number, i.status, i.priority, coalesce(c.{label}, c.label_fr), c.colour, "
        " coalesce(s.{label}, s.label_fr, ''), coalesce(d.name, ''), i.recorded_at, i.due_at, "
        " i.status IN ('new', 'dispatched', 'in_progress') AND i.due_at < now(), {description}, i.version "
        "FROM gpsu.incidents i "
        "JOIN gpsu.categories c ON c.id = i.category_id "
        "LEFT JOIN gpsu.services s ON s.id = i.service_id "
        "LEFT JOIN gpsu.districts d ON d.id = i.district_id "
        "{where} ORDER BY i.priority, i.recorded_at, i.id LIMIT %s").format(
            label=label, description=sql.SQL("i.description" if personal else "''"),
            where=sql.SQL("WHERE " + " AND ".join(conditions) if conditions else ""))
    with conn.cursor() as cur:
        cur.execute(query, params + [limit + 1])
        rows = [CaseRow(*row) for row in cur.fetchall()]
    conn.rollback()
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows, rows[-1].cursor if more else None)


def case_detail(conn, incident_id, language="fr"):
    """The case, its tasks, its timeline (every transition, reassignment and step), its attachments
    (without content) and the statuses it may go to next."""
    label = sql.Identifier(label_column(language))
    personal, comments, attachments = personal_rights(conn)
    with conn.cursor() as cur:
        cur.execute(sql.SQL(
            "SELECT i.id, i.number, i.status, i.priority, i.category_id, coalesce(c.{label}, c.label_fr) AS category,"
            " i.service_id, coalesce(s.{label}, s.label_fr) AS service, d.name AS district, i.observed_at,"
            " i.observed_from, i.observed_to, i.recorded_at, i.due_at, {personal},"
            " i.version, i.duplicate_of, ST_X(i.geom) AS x, ST_Y(i.geom) AS y, "
            " has_column_privilege('gpsu.incidents', 'status', 'UPDATE') AND (pg_has_role('gpsu_admin', 'MEMBER')"
            "   OR i.service_id IN (SELECT gpsu.my_services())) AS may_work,"
            " pg_has_role('gpsu_admin', 'MEMBER') OR i.service_id IN (SELECT gpsu.my_services())"
            "   OR EXISTS (SELECT 1 FROM gpsu.incident_tasks t WHERE t.incident_id = i.id"
            "              AND t.service_id IN (SELECT gpsu.my_services())) AS may_record_step "
            "FROM gpsu.incidents i JOIN gpsu.categories c ON c.id = i.category_id "
            "LEFT JOIN gpsu.services s ON s.id = i.service_id LEFT JOIN gpsu.districts d ON d.id = i.district_id "
            "WHERE i.id = %s").format(
                label=label,
                personal=sql.SQL("i.description, i.place, i.template, i.reporter" if personal else
                                 "'' AS description, '' AS place, '{}'::jsonb AS template, '' AS reporter")),
            (incident_id,))
        row = cur.fetchone()
        if row is None:
            conn.rollback()
            raise InvalidInput(tr("This case does not exist (any more)."))
        case = dict(zip([c.name for c in cur.description], row))
        detail = CaseDetail(case, may_work=case.pop("may_work"), may_record_step=case.pop("may_record_step"),
                            personal_details=personal)
        cur.execute(sql.SQL(
            "SELECT t.id, t.service_id, coalesce(s.{label}, s.label_fr), t.status, t.description, t.version "
            "FROM gpsu.incident_tasks t JOIN gpsu.services s ON s.id = t.service_id "
            "WHERE t.incident_id = %s ORDER BY t.id").format(label=label), (incident_id,))
        detail.tasks = [dict(zip(("id", "service_id", "service", "status", "description", "version"), r))
                        for r in cur.fetchall()]
        cur.execute(sql.SQL("SELECT at, {personal}, action, old_status, new_status, {comment}, details, task_id "
                            "FROM gpsu.incident_history WHERE incident_id = %s ORDER BY at, id").format(
                                personal=sql.SQL("actor" if comments else "''"),
                                comment=sql.SQL("comment" if comments else "NULL")), (incident_id,))
        detail.timeline = [dict(zip(("at", "actor", "action", "old_status", "new_status", "comment", "details",
                                     "task_id"), r)) for r in cur.fetchall()]
        if attachments:
            cur.execute("SELECT id, filename, mime_type, size_bytes, created_at, author "
                        "FROM gpsu.incident_attachments WHERE incident_id = %s ORDER BY id", (incident_id,))
            detail.attachments = [dict(zip(("id", "filename", "mime_type", "size_bytes", "created_at", "author"), r))
                                  for r in cur.fetchall()]
        if detail.may_work:
            detail.allowed_statuses = allowed_transitions(conn, detail.case["status"])
    conn.rollback()
    return detail


def allowed_transitions(conn, status):
    """[(to_status, requires_comment)] from the workflow table."""
    with conn.cursor() as cur:
        cur.execute("SELECT t.to_status, t.requires_comment FROM gpsu.status_transitions t "
                    "JOIN gpsu.statuses s ON s.code = t.to_status WHERE t.from_status = %s "
                    "ORDER BY s.sort_order", (status,))
        rows = cur.fetchall()
    conn.rollback()
    return rows


def attachment_content(conn, attachment_id):
    with conn.cursor() as cur:
        cur.execute("SELECT filename, mime_type, content FROM gpsu.incident_attachments WHERE id = %s",
                    (attachment_id,))
        row = cur.fetchone()
    conn.rollback()
    return (row[0], row[1], bytes(row[2])) if row else None


# -- changes --------------------------------------------------------------------------------------

def _set_comment(cur, comment):
    cur.execute("SELECT set_config('gpsu.comment', %s, true)", (comment or "",))


def _update_case(conn, incident_id, expected_version, assignments, comment="", original=None):
    """UPDATE one case at `expected_version`. A stale version raises VersionConflict carrying the
    current case and, field by field, what the other person changed since `original` (the case
    as the user loaded it)."""
    columns = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(name)) for name in assignments)
    try:
        with translate_db_errors(), conn:
            with conn.cursor() as cur:
                _set_comment(cur, comment)
                cur.execute(sql.SQL("UPDATE gpsu.incidents SET {}, version = %s WHERE id = %s RETURNING version")
                            .format(columns), list(assignments.values()) + [expected_version, incident_id])
                if cur.fetchone() is None:
                    raise InvalidInput(tr("This case does not exist (any more)."))
    except VersionConflict as conflict:
        current = case_detail(conn, incident_id).case
        theirs = {}
        if original:
            theirs = {k: (original.get(k), current.get(k)) for k in EDITABLE_FIELDS + ("status", "service_id")
                      if original.get(k) != current.get(k)}
        raise VersionConflict(
            tr("{who} changed this case while you were editing it; your changes were not saved and are kept "
               "in the form. Review theirs, then save again.").format(who=_last_actor(conn, incident_id)),
            conflict.details, current=current, changes=theirs) from None
    return expected_version + 1


def update_case(conn, incident_id, expected_version, changes, original=None, comment=""):
    """Save the user's `changes` (subset of EDITABLE_FIELDS); see _update_case for conflicts."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(tr("These fields cannot be changed here: {}").format(", ".join(sorted(unknown))))
    return _update_case(conn, incident_id, expected_version, changes, comment, original)


def _last_actor(conn, incident_id):
    with conn.cursor() as cur:
        cur.execute("SELECT actor FROM gpsu.incident_history WHERE incident_id = %s ORDER BY at DESC, id DESC "
                    "LIMIT 1", (incident_id,))
        row = cur.fetchone()
    conn.rollback()
    return row[0] if row else tr("Someone")


def change_status(conn, incident_id, expected_version, to_status, comment="", duplicate_of=None, original=None):
    assignments = {"status": to_status}
    if to_status == "duplicate":
        if duplicate_of is None:
            raise InvalidInput(tr("Choose the case this one duplicates."))
        assignments["duplicate_of"] = duplicate_of
    return _update_case(conn, incident_id, expected_version, assignments, comment, original)


def reassign(conn, incident_id, expected_version, service_id, reason, original=None):
    if not (reason or "").strip():
        raise InvalidInput(tr("Give the reason for the reassignment."))
    return _update_case(conn, incident_id, expected_version, {"service_id": service_id}, reason, original)


def share_with_service(conn, incident_id, service_id, description=""):
    """Open a task for another service on this case."""
    with translate_db_errors(), conn:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO gpsu.incident_tasks (incident_id, service_id, description) "
                        "VALUES (%s, %s, %s) RETURNING id", (incident_id, service_id, description.strip()))
            return cur.fetchone()[0]


def change_task_status(conn, task_id, expected_version, to_status, comment=""):
    with translate_db_errors(), conn:
        with conn.cursor() as cur:
            _set_comment(cur, comment)
            cur.execute("UPDATE gpsu.incident_tasks SET status = %s, version = %s WHERE id = %s RETURNING version",
                        (to_status, expected_version, task_id))
            if cur.fetchone() is None:
                raise InvalidInput(tr("This task does not exist (any more)."))
    return expected_version + 1


def record_step(conn, incident_id, comment, task_id=None):
    """A step ("démarche") the service took; part of the case's history for good."""
    if not (comment or "").strip():
        raise InvalidInput(tr("Describe the step that was taken."))
    with translate_db_errors(), conn:
        with conn.cursor() as cur:
            cur.execute("SELECT gpsu.record_step(%s, %s, %s)", (incident_id, comment, task_id))
            return cur.fetchone()[0]


def services(conn, language="fr"):
    """[(id, label)] of active services."""
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT id, coalesce({}, label_fr) FROM gpsu.services WHERE active ORDER BY 2")
                    .format(sql.Identifier(label_column(language))))
        rows = cur.fetchall()
    conn.rollback()
    return rows


def statuses(conn, language="fr"):
    """[(code, label, is_open)] in workflow order."""
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT code, {}, is_open FROM gpsu.statuses ORDER BY sort_order")
                    .format(sql.Identifier(label_column(language))))
        rows = cur.fetchall()
    conn.rollback()
    return rows

