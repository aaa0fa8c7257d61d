"""Errors of GPS-U's domain code: a translated message for the user, details for the log.

Only the GUI layer turns them into message-bar entries or dialogs.
"""

from qgis.core import Qgis


class GpsuError(Exception):
    """Base error; `message` is already translated, `details` is for the log and "More details"."""

    level = Qgis.Critical

    def __init__(self, message, details=""):
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self):
        return self.message


class InvalidInput(GpsuError):
    """Bad input from a user: nothing was changed."""

    level = Qgis.Warning


class ConnectionFailed(GpsuError):
    """The database could not be reached or used."""


class ServerUnreachable(ConnectionFailed):
    pass


class AuthenticationFailed(ConnectionFailed):
    pass


class DatabaseNotFound(ConnectionFailed):
    pass


class PostgisMissing(ConnectionFailed):
    pass


class PasswordUnavailable(ConnectionFailed):
    """No password is stored and nobody could be asked for one."""


class SchemaError(GpsuError):
    """The GPS-U schema is missing, older or newer than this plugin."""


class SchemaMissing(SchemaError):
    level = Qgis.Warning


class SchemaTooOld(SchemaError):
    level = Qgis.Warning


class SchemaTooNew(SchemaError):
    pass


class MigrationFailed(SchemaError):
    pass


class NotAllowed(GpsuError):
    """The signed-in role may not do this."""


class ConnectionLost(ConnectionFailed):
    """The connection dropped during an operation; the server rolled the transaction back."""


class VersionConflict(GpsuError):
    """Someone else saved the same record first (optimistic locking). `current` holds their version."""

    level = Qgis.Warning

    def __init__(self, message, details="", current=None, changes=None):
        super().__init__(message, details)
        self.current = current
        self.changes = changes or {}
