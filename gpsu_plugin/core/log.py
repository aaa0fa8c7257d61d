"""Python logging routed to QGIS's log panel under the tag GPS-U."""

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "GPS-U"
LOGGER_NAME = "gpsu_plugin"

_LEVELS = ((logging.ERROR, Qgis.Critical), (logging.WARNING, Qgis.Warning), (logging.NOTSET, Qgis.Info))


class QgsMessageLogHandler(logging.Handler):
    def emit(self, record):
        try:
            level = next(q for py, q in _LEVELS if record.levelno >= py)
            QgsMessageLog.logMessage(self.format(record), TAG, level)
        except Exception:  # never let logging break the caller
            self.handleError(record)


def install():
    """Route the plugin's loggers to QgsMessageLog; returns a callable that undoes it."""
    logger = logging.getLogger(LOGGER_NAME)
    handler = QgsMessageLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger.addHandler(handler)
    previous_level = logger.level
    logger.setLevel(logging.INFO)

    def uninstall():
        logger.removeHandler(handler)
        logger.setLevel(previous_level)

    return uninstall
