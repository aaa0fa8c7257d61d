"""Showing GPS-U errors to the user: a short message bar entry with the details in the log."""

import logging

from qgis.core import Qgis

from ..core.exceptions import GpsuError
from ..core.i18n import tr

LOG = logging.getLogger(__name__)


def show_error(iface, error, title=None):
    """A message-bar entry for `error`; unexpected errors are logged with their traceback."""
    title = title or tr("GPS-U")
    if isinstance(error, GpsuError):
        if error.details:
            LOG.warning("%s (%s)", error.message, error.details)
        iface.messageBar().pushMessage(title, error.message, level=error.level, duration=10)
    else:
        LOG.error("Unexpected error: %s", error, exc_info=error)
        iface.messageBar().pushMessage(
            title, tr("An unexpected error occurred; the GPS-U log panel has the details."),
            level=Qgis.Critical, duration=0)


def show_success(iface, message, title=None):
    iface.messageBar().pushMessage(title or tr("GPS-U"), message, level=Qgis.Success, duration=5)
