"""Showing GPS-U errors to the user: a short message bar entry with the details in the log."""

import logging

import psycopg2
from qgis.core import Qgis

from ..core import dberrors
from ..core.exceptions import GpsuError
from ..core.i18n import tr

LOG = logging.getLogger(__name__)


def readable_error(error):
    """The GpsuError for `error` (psycopg2 errors get their words from core.dberrors), else None."""
    if isinstance(error, GpsuError):
        return error
    if isinstance(error, psycopg2.Error):
        return dberrors.translate(error)
    return None


def push_error(message_bar, error, title=None):
    """A message in `message_bar` for `error`; unexpected errors are logged with their traceback."""
    title = title or tr("GPS-U")
    readable = readable_error(error)
    if readable is not None:
        if readable.details:
            LOG.warning("%s (%s)", readable.message, readable.details)
        message_bar.pushMessage(title, readable.message, level=readable.level, duration=10)
    else:
        LOG.error("Unexpected error: %s", error, exc_info=error)
        message_bar.pushMessage(title, tr("An unexpected error occurred; the GPS-U log panel has the details."),
                                level=Qgis.Critical, duration=0)


def show_error(iface, error, title=None):
    """A message-bar entry in QGIS's main window for `error`."""
    push_error(iface.messageBar(), error, title)


def connection_of(connection):
    """A psycopg2 connection from a SharedConnection (or a plain connection, as given)."""
    return connection.get() if hasattr(connection, "get") else connection


def size_text(size):
    """A file size for people: 850 bytes, 13 kB, 2.4 MB."""
    if size < 1000:
        return tr("{} bytes").format(size)
    if size < 1000 * 1000:
        return tr("{} kB").format(round(size / 1000))
    return tr("{} MB").format(round(size / 1e6, 1))


def show_success(iface, message, title=None):
    iface.messageBar().pushMessage(title or tr("GPS-U"), message, level=Qgis.Success, duration=5)
