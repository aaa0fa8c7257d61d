"""Every QgsSettings key GPS-U uses, under `gpsu/`. Secrets never go here."""

from qgis.core import QgsSettings

PREFIX = "gpsu"
CONNECTIONS = PREFIX + "/connections"          # gpsu/connections/<name>/<field>
CURRENT_CONNECTION = PREFIX + "/current_connection"

# Fields of a connection profile as stored; "password" is deliberately not one of them.
PROFILE_FIELDS = ("service", "host", "port", "dbname", "user", "sslmode", "authcfg", "storage")


def settings():
    return QgsSettings()


def profile_key(name, field):
    if field not in PROFILE_FIELDS:
        raise KeyError(field)
    return "{}/{}/{}".format(CONNECTIONS, name, field)


def profile_names():
    s = settings()
    s.beginGroup(CONNECTIONS)
    try:
        return sorted(s.childGroups())
    finally:
        s.endGroup()
