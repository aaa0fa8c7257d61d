"""Accounts, roles, passwords and the audit log (the rules live in migration 0006).

The administrator manages accounts through SECURITY DEFINER functions of the database; this
module only prepares their arguments. A password never travels in clear: libpq computes the
SCRAM-SHA-256 verifier here and the database stores that. Nothing here logs a password.
"""

import csv
import secrets
import string
from dataclasses import dataclass, field
from datetime import datetime, timezone

import psycopg2
from psycopg2.extensions import encrypt_password
from psycopg2.extras import Json

from .dberrors import translate_db_errors
from .exceptions import InvalidInput
from .i18n import tr

# The GPS-U group roles an administrator grants, in the order the Access dialog shows them.
ROLES = ("gpsu_admin", "gpsu_field_officer", "gpsu_handler", "gpsu_analyst", "gpsu_personal_data",
         "gpsu_police", "gpsu_school_editor", "gpsu_responder")

MIN_PASSWORD_LENGTH = 12
_COMMON_WORDS = ("password", "motdepasse", "wachtwoord", "azerty", "qwerty", "123456", "gpsu", "police",
                 "admin", "welkom", "bonjour", "soleil")


def role_label(role):
    return {
        "gpsu_admin": tr("Administrator"),
        "gpsu_field_officer": tr("Field officer"),
        "gpsu_handler": tr("Service handler"),
        "gpsu_analyst": tr("Analyst / evaluator"),
        "gpsu_personal_data": tr("Reads personal details"),
        "gpsu_police": tr("Police liaison"),
        "gpsu_school_editor": tr("School editor"),
        "gpsu_responder": tr("Responder (police, fire, prefecture)"),
    }.get(role, role)


# -- passwords ----------------------------------------------------------------------------------

def password_problems(password, login=""):
    """What makes `password` too weak (translated sentences; empty when it is acceptable)."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(tr("at least {} characters").format(MIN_PASSWORD_LENGTH))
    classes = sum(any(test(c) for c in password)
                  for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    if classes < 3:
        problems.append(tr("three kinds of characters among lower case, upper case, digits and symbols"))
    lowered = password.lower()
    if login and len(login) >= 3 and login.lower() in lowered:
        problems.append(tr("not the login name"))
    if any(word in lowered for word in _COMMON_WORDS) or len(set(password)) < 5:
        problems.append(tr("no common word or repeated characters"))
    return problems


def check_password(password, login=""):
    problems = password_problems(password, login)
    if problems:
        raise InvalidInput(tr("This password is too weak. It needs: {}.").format("; ".join(problems)))


def generate_password(length=16):
    """A random password that passes the policy, without look-alike characters (to be read aloud)."""
    alphabet = "".join(c for c in string.ascii_letters + string.digits if c not in "0O1lI")
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length - 2)) + \
            secrets.choice("-+*#") + secrets.choice(string.digits[2:])
        if not password_problems(candidate):
            return candidate


def verifier(conn, login, password):
    """The SCRAM-SHA-256 verifier of `password` for `login`, computed by libpq on this side."""
    return encrypt_password(password, login, conn, "scram-sha-256")


# -- my account ---------------------------------------------------------------------------------

@dataclass
class MyAccount:
    login: str
    full_name: str
    roles: list
    services: list
    schools: list
    must_change_password: bool
    valid_until: datetime = None
    warn_days: int = 14

    def has(self, role):
        return role in self.roles

    @property
    def days_left(self):
        """Days before the password expires (None: it does not)."""
        if self.valid_until is None or self.valid_until.year >= 9999:
            return None
        return (self.valid_until - datetime.now(timezone.utc)).days

    @property
    def should_change_password(self):
        days = self.days_left
        return self.must_change_password or (days is not None and days <= self.warn_days)


_failures = []


def note_sign_in_failure(login, reason):
    """Remember a refused sign-in (no password kept): it is written to the audit log by the next
    successful one, since the database cannot be reached without signing in."""
    _failures.append({"login": login or "", "reason": reason[:200],
                      "at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    del _failures[:-100]


def signed_in(conn):
    """Record the sign-in (and the failures seen before it) and return the account's rights."""
    with translate_db_errors(), conn, conn.cursor() as cur:
        cur.execute("SELECT * FROM gpsu.signed_in(%s)", (Json(list(_failures)),))
        row = cur.fetchone()
    _failures.clear()
    login, full_name, roles, services, schools, must_change, valid_until, warn_days = row
    return MyAccount(login, full_name, list(roles), list(services), list(schools), must_change,
                     valid_until, warn_days or 14)


def change_my_password(conn, login, new_password, repeated=None):
    """Set my new password (checked against the policy first); returns its expiry."""
    if repeated is not None and repeated != new_password:
        raise InvalidInput(tr("The two passwords differ."))
    check_password(new_password, login)
    with translate_db_errors(), conn, conn.cursor() as cur:
        cur.execute("SELECT gpsu.change_my_password(%s)", (verifier(conn, login, new_password),))
        return cur.fetchone()[0]


# -- accounts (administrator) ---------------------------------------------------------------------

@dataclass
class Account:
    login: str
    full_name: str = ""
    roles: list = field(default_factory=list)
    services: list = field(default_factory=list)
    schools: list = field(default_factory=list)
    can_login: bool = True
    disabled: bool = False
    must_change_password: bool = True
    valid_until: datetime = None
    expires_at: datetime = None
    created_at: datetime = None
    last_sign_in: datetime = None


def accounts(conn):
    try:
        with translate_db_errors(), conn.cursor() as cur:
            cur.execute("SELECT * FROM gpsu.account_list()")
            return [Account(*row) for row in cur.fetchall()]
    finally:  # also after a refusal: the shared connection must not stay in a failed transaction
        if not conn.closed:
            conn.rollback()


def _check_login(login):
    if not login or not login[0].isalpha() or not all(c.isdigit() or c in "abcdefghijklmnopqrstuvwxyz_.-"
                                                      for c in login) \
            or not 2 <= len(login) <= 63 or login.startswith(("pg_", "gpsu_")):
        raise InvalidInput(tr("A login name is 2 to 63 lower-case letters, digits, dots, dashes or underscores, "
                              "starting with a letter (and not with pg_ or gpsu_)."))


def _check_roles(roles):
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise InvalidInput(tr("Unknown role: {}").format(", ".join(unknown)))


def _account_error(error):
    detail = getattr(getattr(error, "diag", None), "message_detail", None)
    if error.pgcode == "GPS13" and detail == "taken":
        return InvalidInput(tr("This login name is already taken on the server."))
    if error.pgcode == "GPS13" and detail == "self":
        return InvalidInput(tr("You cannot remove your own administrator role or disable your own account."))
    return None


def _call(conn, query, params):
    try:
        with translate_db_errors():
            try:
                with conn, conn.cursor() as cur:
                    cur.execute(query, params)
            except psycopg2.Error as error:
                raise (_account_error(error) or error) from None
    finally:
        if not conn.closed:
            conn.rollback()


def create_account(conn, login, full_name, roles, services=(), schools=(), expires_at=None):
    """Create a login role for a person; returns the initial password, to be shown once."""
    login = (login or "").strip().lower()
    _check_login(login)
    _check_roles(roles)
    password = generate_password()
    _call(conn, "SELECT gpsu.create_account(%s, %s, %s, %s, %s, %s, %s)",
          (login, full_name, verifier(conn, login, password), list(roles), list(services), list(schools),
           expires_at))
    return password


def update_account(conn, login, full_name, roles, services=(), schools=(), expires_at=None):
    _check_roles(roles)
    _call(conn, "SELECT gpsu.update_account(%s, %s, %s, %s, %s, %s)",
          (login, full_name, list(roles), list(services), list(schools), expires_at))


def set_enabled(conn, login, enabled):
    _call(conn, "SELECT gpsu.set_account_enabled(%s, %s)", (login, bool(enabled)))


def reset_password(conn, login):
    """A new temporary password (shown once); the person must change it at the next sign-in."""
    password = generate_password()
    _call(conn, "SELECT gpsu.reset_password(%s, %s)", (login, verifier(conn, login, password)))
    return password


def pseudonymise_closed_cases(conn, dry_run=False):
    """Pseudonymise the closed cases past the retention period; returns how many (would be) done."""
    with translate_db_errors(), conn, conn.cursor() as cur:
        cur.execute("SELECT gpsu.pseudonymise_closed_cases(%s)", (bool(dry_run),))
        return cur.fetchone()[0]


# -- what my role may do ------------------------------------------------------------------------

def column_rights(conn, table):
    """{column: (may_select, may_update)} for a gpsu table, as the signed-in role."""
    with conn.cursor() as cur:
        cur.execute("SELECT a.attname, has_column_privilege(a.attrelid, a.attnum, 'SELECT'), "
                    "has_column_privilege(a.attrelid, a.attnum, 'UPDATE') "
                    "FROM pg_attribute a WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 "
                    "AND NOT a.attisdropped", ("gpsu." + table,))
        rights = {name: (select, update) for name, select, update in cur.fetchall()}
    conn.rollback()
    return rights


# -- audit --------------------------------------------------------------------------------------

AUDIT_ACTIONS = ("account_created", "account_adopted", "account_enabled", "account_disabled",
                 "account_expiry_changed", "roles_changed", "assignment_added", "assignment_removed",
                 "password_reset", "password_changed", "sign_in_failed", "document_opened",
                 "document_downloaded", "document_refused", "cases_pseudonymised")


@dataclass
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    details: dict
    client_addr: str


def audit_entries(conn, since=None, until=None, action=None, actor=None, text=None, limit=500):
    """Audit entries, newest first, filtered (the filters are bound parameters, never SQL)."""
    try:
        return _audit_entries(conn, since, until, action, actor, text, limit)
    finally:  # also after a refusal: the shared connection must not stay in a failed transaction
        if not conn.closed:
            conn.rollback()


def _audit_entries(conn, since, until, action, actor, text, limit):
    with translate_db_errors(), conn.cursor() as cur:
        cur.execute(
            "SELECT id, at, actor, action, coalesce(target, ''), details, coalesce(host(client_addr), '') "
            "FROM gpsu.audit_log "
            "WHERE (%(since)s::timestamptz IS NULL OR at >= %(since)s) "
            "  AND (%(until)s::timestamptz IS NULL OR at < %(until)s) "
            "  AND (%(action)s::text IS NULL OR action = %(action)s) "
            "  AND (%(actor)s::text IS NULL OR actor = %(actor)s) "
            "  AND (%(text)s::text IS NULL OR target ILIKE %(pattern)s OR details::text ILIKE %(pattern)s) "
            "ORDER BY at DESC, id DESC LIMIT %(limit)s",
            {"since": since, "until": until, "action": action or None, "actor": actor or None,
             "text": text or None, "pattern": "%{}%".format(_like_escape(text or "")), "limit": int(limit)})
        return [AuditEntry(*row) for row in cur.fetchall()]


def _like_escape(text):
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def write_audit_csv(entries, path):
    """The entries as CSV (UTF-8 with BOM, so that spreadsheets open it with its accents)."""
    import json

    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow([tr("When"), tr("Who"), tr("Action"), tr("Target"), tr("Details"), tr("From")])
        for entry in entries:
            writer.writerow([_cell(v) for v in (
                entry.at.isoformat(timespec="seconds"), entry.actor, entry.action, entry.target,
                json.dumps(entry.details, ensure_ascii=False, sort_keys=True), entry.client_addr)])


def _cell(value):
    """A CSV cell a spreadsheet will not run as a formula."""
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
