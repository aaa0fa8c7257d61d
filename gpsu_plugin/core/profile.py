"""A connection profile: where the GPS-U database is and how its password is kept.

A profile never holds a password: see credentials.py.
"""

import re
from dataclasses import asdict, dataclass, replace

from psycopg2.extensions import parse_dsn

from . import settings as keys
from .exceptions import InvalidInput
from .i18n import tr

STORAGE_KEYRING = "keyring"
STORAGE_AUTHCFG = "authcfg"
STORAGE_ASK = "ask"
STORAGES = (STORAGE_KEYRING, STORAGE_AUTHCFG, STORAGE_ASK)
SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")

_NAME = re.compile(r"^[\w .-]{1,64}$")


@dataclass(frozen=True)
class ConnectionProfile:
    name: str = "default"
    service: str = ""
    host: str = ""
    port: int = 5432
    dbname: str = ""
    user: str = ""
    sslmode: str = "prefer"
    authcfg: str = ""
    storage: str = STORAGE_KEYRING

    @classmethod
    def from_conninfo(cls, conninfo, name="default"):
        """A profile from a libpq string: "service=gpsu" or "host=… port=… dbname=… user=…"."""
        try:
            params = parse_dsn(conninfo or "")
        except Exception as exc:  # psycopg2.ProgrammingError
            raise InvalidInput(tr("This is not a valid PostgreSQL connection string."), str(exc)) from None
        if "password" in params:
            raise InvalidInput(
                tr("Do not put a password in the connection string; use a .pgpass file, "
                   "the keyring or a QGIS authentication configuration."))
        port = params.get("port") or 5432
        return cls(
            name=name,
            service=params.get("service", ""),
            host=params.get("host", ""),
            port=int(port),
            dbname=params.get("dbname", ""),
            user=params.get("user", ""),
            sslmode=params.get("sslmode", "prefer"),
        )

    def validate(self):
        """Raise InvalidInput with a translated message if the profile cannot be used."""
        if not _NAME.match(self.name or ""):
            raise InvalidInput(tr("The profile name must be 1 to 64 letters, digits, spaces, dots, dashes or "
                                  "underscores."))
        if not self.service:
            if not self.dbname:
                raise InvalidInput(tr("Give a PostgreSQL service name, or a database name."))
            if not 0 < int(self.port) < 65536:
                raise InvalidInput(tr("The port must be between 1 and 65535."))
        if self.sslmode not in SSLMODES:
            raise InvalidInput(tr("Unknown SSL mode."))
        if self.storage not in STORAGES:
            raise InvalidInput(tr("Unknown password storage."))
        if self.storage == STORAGE_AUTHCFG and not self.authcfg:
            raise InvalidInput(tr("Choose a QGIS authentication configuration."))
        return self

    def libpq_params(self):
        """Keyword arguments for psycopg2.connect, without any password."""
        params = {}
        if self.service:
            params["service"] = self.service
        for field in ("host", "dbname", "user"):
            value = getattr(self, field)
            if value:
                params[field] = value
        if self.host or not self.service:
            params["port"] = int(self.port)
        if self.sslmode and self.sslmode != "prefer":
            params["sslmode"] = self.sslmode
        return params

    def display_name(self):
        """A readable target for messages and logs (never a password)."""
        if self.service:
            return "service={}".format(self.service)
        return "{}@{}:{}/{}".format(self.user or "?", self.host or "localhost", self.port, self.dbname)

    def credential_key(self):
        """The key under which this profile's password is kept in the keyring."""
        return "{}|{}".format(self.name, self.display_name())

    def with_changes(self, **changes):
        return replace(self, **changes)

    # -- QgsSettings persistence (no password, ever) --------------------------------------------

    def save(self):
        self.validate()
        s = keys.settings()
        for field, value in asdict(self).items():
            if field != "name":
                s.setValue(keys.profile_key(self.name, field), value)
        s.setValue(keys.CURRENT_CONNECTION, self.name)

    @classmethod
    def load(cls, name=None):
        """The named profile, or the current one; None when none was saved yet."""
        s = keys.settings()
        name = name or s.value(keys.CURRENT_CONNECTION, "")
        if not name or name not in keys.profile_names():
            return None
        values = {f: s.value(keys.profile_key(name, f), getattr(cls, f)) for f in keys.PROFILE_FIELDS}
        values["port"] = int(values["port"] or 5432)
        return cls(name=name, **values)

    @staticmethod
    def remove(name):
        s = keys.settings()
        s.remove("{}/{}".format(keys.CONNECTIONS, name))
