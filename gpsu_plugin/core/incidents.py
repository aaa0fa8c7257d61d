"""Logging a fact: reference lists for the form, validation with translated messages, possible
duplicates, and the save itself (one transaction: the fact, its number, dispatch, attachments).

The database enforces the same rules (sql/migrations/0002_incident_workflow.sql); checking them
here first only gives the user a precise message before anything is sent.
"""

import hashlib
import mimetypes
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import psycopg2
from psycopg2 import sql
from psycopg2.extras import Json

from .dberrors import translate
from .exceptions import InvalidInput
from .i18n import tr

FUTURE_TOLERANCE = timedelta(minutes=5)


@dataclass(frozen=True)
class Category:
    id: int
    parent_id: object
    code: str
    label: str
    colour: str
    default_priority: int


@dataclass(frozen=True)
class TemplateField:
    key: str
    label: str
    field_type: str
    required: bool
    choices: tuple


@dataclass(frozen=True)
class Attachment:
    filename: str
    mime_type: str
    content: bytes

    @classmethod
    def from_path(cls, path):
        mime_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        with open(path, "rb") as handle:
            return cls(os.path.basename(path), mime_type, handle.read())

    @property
    def sha256(self):
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class IncidentDraft:
    """What the officer typed; kept by the form until the save succeeds."""

    category_id: object = None
    x: object = None                 # in the schema's CRS
    y: object = None
    observed_at: object = None       # aware datetime, or None with a window:
    observed_from: object = None
    observed_to: object = None
    priority: object = None          # None: from the dispatch rule or the category
    description: str = ""
    place: str = ""
    template: dict = field(default_factory=dict)
    attachments: list = field(default_factory=list)
    duplicate_of: object = None      # link to an existing case instead of opening a new one


@dataclass(frozen=True)
class SavedIncident:
    id: int
    number: str
    status: str
    service: str


@dataclass(frozen=True)
class PossibleDuplicate:
    id: int
    number: str
    status: str
    distance_m: float
    observed: datetime
    description: str


def label_column(language):
    return {"nl": "label_nl", "en": "label_en"}.get(language, "label_fr")


def categories(conn, language="fr"):
    """Active categories and sub-categories, parents first, in their display order."""
    column = sql.Identifier(label_column(language))
    with conn.cursor() as cur:
        cur.execute(sql.SQL(
            "SELECT c.id, c.parent_id, c.code, coalesce(c.{col}, c.label_fr), c.colour, c.default_priority "
            "FROM gpsu.categories c LEFT JOIN gpsu.categories p ON p.id = c.parent_id "
            "WHERE c.active ORDER BY coalesce(p.sort_order, c.sort_order), c.parent_id NULLS FIRST, "
            "c.sort_order, c.id").format(col=column))
        rows = [Category(*row) for row in cur.fetchall()]
    conn.rollback()
    return rows


def priorities(conn, language="fr"):
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT level, {} FROM gpsu.priorities ORDER BY level")
                    .format(sql.Identifier(label_column(language))))
        rows = cur.fetchall()
    conn.rollback()
    return rows


def template_fields(conn, category_id, language="fr"):
    """The observation template of a category or sub-category (its category's fields first)."""
    if category_id is None:
        return []
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT key, coalesce({}, label_fr), field_type, required, coalesce(choices, '{{}}') "
                            "FROM gpsu.template_fields(%s)").format(sql.Identifier(label_column(language))),
                    (category_id,))
        rows = [TemplateField(k, label, kind, required, tuple(choices))
                for k, label, kind, required, choices in cur.fetchall()]
    conn.rollback()
    return rows


def attachment_limits(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT gpsu.setting('attachments.max_bytes')::bigint, "
                    "string_to_array(gpsu.setting('attachments.mime_types'), ',')")
        max_bytes, types = cur.fetchone()
    conn.rollback()
    return max_bytes, tuple(types)


def validate(conn, draft, now=None):
    """Raise InvalidInput (translated) for the first problem of `draft`; changes nothing."""
    check_without_database(draft, now)
    if not _inside_territory(conn, draft):
        raise InvalidInput(tr("This location is outside the municipality's territory."))
    for template_field in template_fields(conn, draft.category_id):
        value = draft.template.get(template_field.key)
        if template_field.required and (value is None or str(value).strip() == ""):
            raise _template_error(template_field)
    check_attachments(conn, draft)


def check_without_database(draft, now=None):
    """The checks that need no query: category, location, time."""
    if draft.category_id is None:
        raise InvalidInput(tr("Choose a category."))
    if draft.x is None or draft.y is None:
        raise InvalidInput(tr("Place the fact on the map."))
    _validate_time(draft, now or datetime.now(timezone.utc))


def check_attachments(conn, draft):
    """Type and size of the attachments, before they are sent (the database checks them again)."""
    if not draft.attachments:
        return
    max_bytes, types = attachment_limits(conn)
    for attachment in draft.attachments:
        if attachment.mime_type not in types:
            raise InvalidInput(tr("\"{}\" cannot be attached: this type of file is not accepted.")
                               .format(attachment.filename))
        if len(attachment.content) > max_bytes:
            raise InvalidInput(tr("\"{name}\" is too big to attach ({size} MB; at most {limit} MB).").format(
                name=attachment.filename, size=round(len(attachment.content) / 1e6, 1),
                limit=round(max_bytes / 1e6, 1)))
        if not attachment.content:
            raise InvalidInput(tr("\"{}\" is empty.").format(attachment.filename))


def _template_error(template_field):
    return InvalidInput(tr("Fill in the field \"{}\" of the observation template.").format(template_field.label))


def _validate_time(draft, now):
    if draft.observed_at is None and (draft.observed_from is None or draft.observed_to is None):
        raise InvalidInput(tr("Give the time of the fact, or the window in which it happened."))
    for moment in (draft.observed_at, draft.observed_from, draft.observed_to):
        if moment is not None and moment > now + FUTURE_TOLERANCE:
            raise InvalidInput(tr("The time of the fact cannot be in the future."))
    if draft.observed_at is None and draft.observed_from > draft.observed_to:
        raise InvalidInput(tr("The window must start before it ends."))


def _inside_territory(conn, draft):
    with conn.cursor() as cur:
        cur.execute("SELECT NOT EXISTS (SELECT 1 FROM gpsu.districts) OR EXISTS ("
                    " SELECT 1 FROM gpsu.districts d WHERE ST_Intersects(d.geom, "
                    " ST_SetSRID(ST_MakePoint(%s, %s), (SELECT value::integer FROM gpsu.settings "
                    "  WHERE key = 'srid'))))", (float(draft.x), float(draft.y)))
        inside = cur.fetchone()[0]
    conn.rollback()
    return inside


def possible_duplicates(conn, draft):
    """Open cases of the same category near the fact in space and time (settings of the database)."""
    moment = draft.observed_at or draft.observed_from
    with conn.cursor() as cur:
        cur.execute("SELECT id, number, status, distance_m, observed, description "
                    "FROM gpsu.possible_duplicates(%s, ST_SetSRID(ST_MakePoint(%s, %s), "
                    "(SELECT value::integer FROM gpsu.settings WHERE key = 'srid')), %s)",
                    (draft.category_id, float(draft.x), float(draft.y), moment))
        rows = [PossibleDuplicate(*row) for row in cur.fetchall()]
    conn.rollback()
    return rows


def may_log_facts(conn):
    """Whether the signed-in role may log a fact (field officer, service handler, administrator)."""
    with conn.cursor() as cur:
        cur.execute("SELECT has_table_privilege('gpsu.incidents', 'INSERT') "
                    "OR has_column_privilege('gpsu.incidents', 'category_id', 'INSERT')")
        return cur.fetchone()[0]


def save(conn, draft, language="fr"):
    """Check and save `draft` in one transaction; returns its number at once.

    The territory and the template are checked by the database during the INSERT itself (one round
    trip); its refusals come back in the user's words. If anything fails (a rule, the network, the
    server) nothing is saved and the draft is left as it was, so the form can offer to save it
    again. A failed save is never retried silently.
    """
    check_without_database(draft)
    try:
        check_attachments(conn, draft)
        with conn, conn.cursor() as cur:
            cur.execute(sql.SQL(
                "INSERT INTO gpsu.incidents (geom, observed_at, observed_from, observed_to, category_id, "
                " priority, description, place, template, status, duplicate_of) "
                "VALUES (ST_SetSRID(ST_MakePoint(%s, %s), (SELECT value::integer FROM gpsu.settings "
                " WHERE key = 'srid')), %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                "RETURNING id, number, status, "
                " coalesce((SELECT coalesce({label}, label_fr) FROM gpsu.services s "
                "           WHERE s.id = gpsu.incidents.service_id), '')").format(
                    label=sql.Identifier(label_column(language))),
                (float(draft.x), float(draft.y), draft.observed_at, draft.observed_from, draft.observed_to,
                 draft.category_id, draft.priority, draft.description.strip(), draft.place.strip(),
                 Json(draft.template), "duplicate" if draft.duplicate_of else "new", draft.duplicate_of))
            incident_id, number, status, service = cur.fetchone()
            for attachment in draft.attachments:
                cur.execute(
                    "INSERT INTO gpsu.incident_attachments (incident_id, filename, mime_type, size_bytes, "
                    "sha256, content) VALUES (%s, %s, %s, %s, %s, %s)",
                    (incident_id, attachment.filename, attachment.mime_type, len(attachment.content),
                     attachment.sha256, attachment.content))
    except psycopg2.Error as error:
        if error.pgcode == "GPS02":  # name the field as the form shows it
            key = error.diag.message_detail
            for template_field in template_fields(conn, draft.category_id, language):
                if template_field.key == key:
                    raise _template_error(template_field) from None
        raise translate(error) or error from None
    return SavedIncident(incident_id, number, status, service)
