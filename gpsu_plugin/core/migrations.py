"""Versioned schema migrations shipped with the plugin, applied in order, one transaction each.

Files are `sql/migrations/NNNN_name.sql`; the applied ones are recorded in
`gpsu.schema_migrations`. The runner is idempotent, serialised by an advisory lock, and refuses a
database whose schema is newer than this plugin.
"""

import hashlib
import logging
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg2

from .exceptions import (InvalidInput, MigrationFailed, NotAllowed, PostgisMissing, SchemaMissing,
                         SchemaTooNew, SchemaTooOld)
from .i18n import tr

LOG = logging.getLogger(__name__)
SQL_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "sql")
MIGRATIONS_DIR = os.path.join(SQL_DIR, "migrations")
REFERENCE_DATA = os.path.join(SQL_DIR, "reference", "reference_data.sql")
DEFAULT_SRID = 31370  # Belgian Lambert 72; 2154 (Lambert 93) for France
SRID_TOKEN = "@SRID@"
_FILE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
_LOCK_KEY = 0x67707375  # "gpsu": serialises concurrent upgrades


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: str

    def text(self):
        with open(self.path, encoding="utf-8") as handle:
            return handle.read()

    def checksum(self):
        return hashlib.sha256(self.text().encode("utf-8")).hexdigest()

    def sql(self, srid):
        return self.text().replace(SRID_TOKEN, str(int(srid)))


def available_migrations(directory=None):
    """The migrations shipped in `directory` (default: the plugin's), numbered 1..N without gaps."""
    directory = directory or MIGRATIONS_DIR
    found = []
    for filename in sorted(os.listdir(directory)):
        match = _FILE.match(filename)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), os.path.join(directory, filename)))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise MigrationFailed(tr("The plugin's migrations are not numbered 1 to N."),
                                  "expected {} got {}".format(expected, migration.path))
    return found


def latest_version(directory=None):
    migrations = available_migrations(directory)
    return migrations[-1].version if migrations else 0


@dataclass(frozen=True)
class SchemaState:
    installed: int          # 0 when the schema is not installed
    expected: int           # the latest version this plugin ships
    changed: tuple = ()     # versions whose shipped file differs from what was applied

    @property
    def is_current(self):
        return self.installed == self.expected

    def describe(self):
        if self.installed == 0:
            return tr("not installed")
        if self.installed == self.expected:
            return tr("version {} (up to date)").format(self.installed)
        return tr("version {} (this plugin expects {})").format(self.installed, self.expected)

    def raise_if_unusable(self):
        if self.installed == 0:
            raise SchemaMissing(tr("The GPS-U schema is not installed in this database. "
                                   "An administrator can install it with \"Install / upgrade database\"."))
        if self.installed > self.expected:
            raise SchemaTooNew(tr("The database schema (version {db}) is newer than this plugin "
                                  "(version {plugin}). Update the GPS-U plugin.")
                               .format(db=self.installed, plugin=self.expected))
        if self.installed < self.expected:
            raise SchemaTooOld(tr("The database schema (version {db}) is older than this plugin "
                                  "(version {plugin}). An administrator must run \"Install / upgrade database\".")
                               .format(db=self.installed, plugin=self.expected))


def installed_version(conn):
    """The schema version recorded in the database (0 if GPS-U is not installed)."""
    with conn.cursor() as cur:
        cur.execute("SELECT n.oid IS NOT NULL, n.oid IS NULL OR has_schema_privilege(n.oid, 'USAGE') "
                    "FROM (SELECT 1) x LEFT JOIN pg_namespace n ON n.nspname = 'gpsu'")
        exists, usable = cur.fetchone()
        if exists and not usable:  # installed, but this login has no GPS-U role (migration 0006)
            conn.rollback()
            raise NotAllowed(tr("This account has no GPS-U role yet: ask the GPS-U administrator to grant one."))
        cur.execute("SELECT to_regclass('gpsu.schema_migrations') IS NOT NULL")
        if not cur.fetchone()[0]:
            return 0
        cur.execute("SELECT coalesce(max(version), 0) FROM gpsu.schema_migrations")
        return cur.fetchone()[0]


def schema_state(conn, directory=None):
    shipped = available_migrations(directory)
    installed = installed_version(conn)
    changed = ()
    if installed:
        with conn.cursor() as cur:
            cur.execute("SELECT version, checksum FROM gpsu.schema_migrations")
            applied = dict(cur.fetchall())
        changed = tuple(m.version for m in shipped if m.version in applied and applied[m.version] != m.checksum())
    conn.rollback()
    return SchemaState(installed, len(shipped), changed)


def check_srid(conn, srid):
    """A projected CRS known to PostGIS, or InvalidInput."""
    try:
        srid = int(srid)
    except (TypeError, ValueError):
        raise InvalidInput(tr("The coordinate reference system must be an EPSG code such as 31370.")) from None
    with conn.cursor() as cur:
        cur.execute("SELECT srtext FROM spatial_ref_sys WHERE srid = %s", (srid,))
        row = cur.fetchone()
    conn.rollback()
    if row is None:
        raise InvalidInput(tr("EPSG:{} is not a coordinate reference system known to PostGIS.").format(srid))
    if not row[0].startswith("PROJCS"):
        raise InvalidInput(tr("EPSG:{} is not a projected coordinate reference system; GPS-U measures "
                              "distances in metres (use e.g. EPSG:31370 or EPSG:2154).").format(srid))
    return srid


def installed_srid(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT value::integer FROM gpsu.settings WHERE key = 'srid'")
        row = cur.fetchone()
    conn.rollback()
    return row[0] if row else None


def check_can_upgrade(conn):
    """Only the schema's owner (or a member of its role) or a superuser may install or upgrade."""
    with conn.cursor() as cur:
        cur.execute("""
            SELECT CASE WHEN n.oid IS NULL
                        THEN has_database_privilege(current_database(), 'CREATE')
                        ELSE pg_has_role(current_user, n.nspowner, 'USAGE') END
            FROM (SELECT 1) one LEFT JOIN pg_namespace n ON n.nspname = 'gpsu'""")
        allowed = cur.fetchone()[0]
    conn.rollback()
    if not allowed:
        raise NotAllowed(tr("Only the owner of the GPS-U schema or a server administrator can install or upgrade "
                            "the database."))


def upgrade(conn, srid=None, target=None, directory=None, progress=None, is_canceled=None):
    """Apply pending migrations up to `target` (default: all); return the versions applied.

    Each migration runs in its own transaction with its record in gpsu.schema_migrations, so a
    failure leaves the database at the previous version. Concurrent runners are serialised by a
    session advisory lock taken before the installed version is read. `progress(percent, message)`
    and `is_canceled()` let a QgsTask or Processing algorithm follow and stop between migrations.
    """
    shipped = available_migrations(directory)
    target = len(shipped) if target is None else int(target)
    check_can_upgrade(conn)
    _ensure_postgis(conn)
    with _upgrade_lock(conn):
        installed = installed_version(conn)
        conn.rollback()
        if installed > len(shipped):
            SchemaState(installed, len(shipped)).raise_if_unusable()
        srid = _srid_for(conn, installed, srid)
        applied = []
        pending = [m for m in shipped if installed < m.version <= target]
        for index, migration in enumerate(pending):
            if is_canceled and is_canceled():
                break
            if progress:
                progress(100.0 * index / len(pending),
                         tr("Applying migration {} ({})").format(migration.version, migration.name))
            _apply(conn, migration, srid)
            applied.append(migration.version)
        if progress:
            progress(100.0, tr("The database schema is at version {}.").format(installed_version(conn)))
        conn.rollback()
    return applied


@contextmanager
def _upgrade_lock(conn):
    """Hold the GPS-U upgrade lock for the session. Taken between transactions, so that each
    migration's transaction starts after the lock and sees what a previous runner committed."""
    with conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_lock(%s)", (_LOCK_KEY,))
    conn.commit()
    try:
        yield
    finally:
        if not conn.closed:
            conn.rollback()
            with conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_unlock(%s)", (_LOCK_KEY,))
            conn.commit()


def _srid_for(conn, installed, srid):
    """The CRS of a new installation (checked), or the installed one (which cannot change)."""
    if installed == 0:
        return check_srid(conn, DEFAULT_SRID if srid is None else srid)
    current_srid = installed_srid(conn)
    conn.rollback()
    if srid is not None and int(srid) != current_srid:
        raise InvalidInput(tr("The database already uses EPSG:{}; its CRS cannot be changed by an upgrade.")
                           .format(current_srid))
    return current_srid


def _apply(conn, migration, srid):
    """Apply one migration in one transaction with its record in gpsu.schema_migrations."""
    try:
        with conn:  # commits on success, rolls back on any error
            with conn.cursor() as cur:
                cur.execute(migration.sql(srid))
                cur.execute("INSERT INTO gpsu.schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                            (migration.version, migration.name, migration.checksum()))
    except psycopg2.Error as exc:
        raise MigrationFailed(tr("Migration {} ({}) failed; the database was left at the previous version.")
                              .format(migration.version, migration.name), str(exc)) from None
    LOG.info("Applied GPS-U migration %04d_%s", migration.version, migration.name)


def _ensure_postgis(conn):
    try:
        with conn:
            with conn.cursor() as cur:
                cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except psycopg2.Error as exc:
        raise PostgisMissing(tr("PostGIS is not installed in this database and you may not install it. "
                                "An administrator of the server must run: CREATE EXTENSION postgis;"),
                             str(exc)) from None


def load_reference_data(conn):
    """Load the GPS-U services and categories (idempotent)."""
    with open(REFERENCE_DATA, encoding="utf-8") as handle:
        sql = handle.read()
    with conn:
        with conn.cursor() as cur:
            cur.execute(sql)
