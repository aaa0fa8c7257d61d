"""Connecting to the GPS-U database with psycopg2 and telling clearly what went wrong."""

import logging
from dataclasses import dataclass

import psycopg2

from . import migrations
from .exceptions import (AuthenticationFailed, DatabaseNotFound, PostgisMissing,
                         ServerUnreachable)
from .i18n import tr

LOG = logging.getLogger(__name__)
APPLICATION_NAME = "GPS-U for QGIS"

_AUTH_MARKERS = ("password authentication failed", "no password supplied",
                 "authentication failed", "fe_sendauth")


def connect(profile, password=None, connect_timeout=5):
    """A new psycopg2 connection for `profile`; raises a ConnectionFailed subclass in words a user reads."""
    params = dict(profile.libpq_params(), connect_timeout=connect_timeout,
                  application_name=APPLICATION_NAME)
    if password:
        params["password"] = password
    try:
        return psycopg2.connect(**params)
    except psycopg2.OperationalError as exc:
        raise classify_connection_error(exc, profile) from None


def connect_conninfo(conninfo, connect_timeout=5):
    """A connection from a libpq string (command line, tests); the password comes from libpq."""
    from .profile import ConnectionProfile

    return connect(ConnectionProfile.from_conninfo(conninfo), connect_timeout=connect_timeout)


def classify_connection_error(exc, profile):
    """Map a libpq error to the GPS-U error a user can act on. The password never appears in it."""
    text = str(exc).strip()
    lower = text.lower()
    target = profile.display_name()
    if any(marker in lower for marker in _AUTH_MARKERS):
        return AuthenticationFailed(
            tr("The server refused the user name or password ({}).").format(target), text)
    if "is not permitted to log in" in lower:
        return AuthenticationFailed(tr("This account is disabled: ask the GPS-U administrator ({}).").format(target),
                                    text)
    if lower.startswith("fatal:  role") or ("role \"" in lower and "does not exist" in lower):
        return AuthenticationFailed(tr("The user name is not known to the server ({}).").format(target), text)
    if "database \"" in lower and "does not exist" in lower:
        return DatabaseNotFound(tr("The database does not exist on this server ({}).").format(target), text)
    if "definition of service" in lower or "service file" in lower:
        return ServerUnreachable(
            tr("The PostgreSQL service is not defined in pg_service.conf ({}).").format(target), text)
    return ServerUnreachable(
        tr("The database server cannot be reached ({}). Check the host, the port and the network.")
        .format(target), text)


@dataclass(frozen=True)
class ConnectionReport:
    server_version: str
    postgis_version: str
    user: str
    state: "migrations.SchemaState"

    def summary(self):
        return tr("Connected as {user}: PostgreSQL {pg}, PostGIS {postgis}, GPS-U schema {schema}.").format(
            user=self.user, pg=self.server_version, postgis=self.postgis_version,
            schema=self.state.describe())


def check_connection(profile, password=None, connect_timeout=5):
    """Connect and check PostGIS and the schema version; raise the first problem found."""
    conn = connect(profile, password, connect_timeout)
    try:
        return inspect(conn)
    finally:
        conn.close()


def inspect(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT current_setting('server_version'), current_user, "
                    "(SELECT extversion FROM pg_extension WHERE extname = 'postgis')")
        server_version, user, postgis_version = cur.fetchone()
    conn.rollback()
    if postgis_version is None:
        raise PostgisMissing(tr("PostGIS is not installed in this database. An administrator of the "
                                "server must run: CREATE EXTENSION postgis;"))
    state = migrations.schema_state(conn)
    state.raise_if_unusable()
    return ConnectionReport(server_version, postgis_version, user, state)
