"""Turning database errors into GPS-U errors a user can read.

The rules live in the database (SQLSTATEs of class GP, see migration 0002); this module only gives
them words. A lost connection is reported as such: the transaction was rolled back by the server,
nothing was saved, and nothing is replayed behind the user's back.
"""

from contextlib import contextmanager

import psycopg2

from .exceptions import ConnectionLost, InvalidInput, NotAllowed, VersionConflict
from .i18n import tr


def _messages():
    return {
        "GPS01": (VersionConflict, tr("Someone else changed this case in the meantime.")),
        "GPS02": (InvalidInput, tr("A field of the observation template is missing or invalid: {}")),
        "GPS03": (InvalidInput, tr("This location is outside the municipality's territory.")),
        "GPS04": (InvalidInput, tr("The time of the fact cannot be in the future.")),
        "GPS05": (NotAllowed, tr("This change of status is not allowed.")),
        "GPS06": (InvalidInput, tr("This change needs a comment or a reason.")),
        "GPS07": (InvalidInput, tr("This file cannot be attached (type, size or checksum refused).")),
        "GPS08": (InvalidInput, tr("The case still has open tasks: each service must finish its task first.")),
        "GPS09": (NotAllowed, tr("A closed, rejected or duplicate case cannot be shared with another service.")),
        "GPS10": (InvalidInput, tr("This task belongs to another case.")),
        "GPS11": (NotAllowed, tr("Your account is not allowed to do this.")),
        "GPS12": (InvalidInput, tr("The password could not be set.")),
        "GPS13": (InvalidInput, tr("This account cannot be created or changed.")),
        "42501": (NotAllowed, tr("You are not allowed to do this.")),
    }


def translate(error):
    """The GpsuError for a psycopg2 error."""
    if isinstance(error, (psycopg2.OperationalError, psycopg2.InterfaceError)) and error.pgcode is None:
        return ConnectionLost(tr("The connection to the database was lost: nothing was saved. Your entry is "
                                 "kept; save it again when the connection is back."), str(error))
    code = error.pgcode or ""
    diag = getattr(error, "diag", None)
    detail = (diag.message_detail if diag is not None else None) or ""
    if code in _messages():
        kind, message = _messages()[code]
        return kind(message.format(detail) if "{}" in message else message, str(error))
    if code.startswith("23"):
        return InvalidInput(tr("The database refused this entry: {}").format(
            diag.message_primary if diag is not None else code), str(error))
    return None


@contextmanager
def translate_db_errors():
    """Re-raise psycopg2 errors with a known meaning as GPS-U errors."""
    try:
        yield
    except psycopg2.Error as error:
        translated = translate(error)
        if translated is None:
            raise
        raise translated from error
