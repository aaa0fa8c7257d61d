"""Where the officer stands: the position of the GPS connected in QGIS (its GPS Information panel,
or any connection registered with QGIS's GPS connection registry), to place a fact there."""

import math

from qgis.core import QgsApplication, QgsPointXY

from ..core.exceptions import InvalidInput
from ..core.i18n import tr

# A fix worse than this is used but flagged: the officer should check the place on the map.
POOR_ACCURACY_METRES = 30.0


def current_fix(registry=None):
    """The first connected GPS's current position (QgsGpsInformation). Raises InvalidInput saying
    what to do when no GPS is connected or none has a position."""
    registry = registry if registry is not None else QgsApplication.gpsConnectionRegistry()
    connections = registry.connectionList()
    if not connections:
        raise InvalidInput(tr("No GPS is connected to QGIS. Connect it in the GPS Information panel (View > Panels), "
                              "or place the fact on the map."))
    for connection in connections:
        info = connection.currentGPSInformation()
        if (info.isValid() and math.isfinite(info.latitude) and math.isfinite(info.longitude)
                and (info.latitude, info.longitude) != (0.0, 0.0)):
            return info
    raise InvalidInput(tr("The GPS has no position yet (no satellite fix). Wait in the open a moment, or place the "
                          "fact on the map."))


def wgs84_point(info):
    return QgsPointXY(info.longitude, info.latitude)


def accuracy_metres(info):
    """The receiver's horizontal accuracy in metres, or None when it does not say (no GST sentence)."""
    value = info.hacc
    return value if value is not None and math.isfinite(value) and value > 0 else None


def describe(info):
    """'GPS position, ±4 m' and the like; says when the accuracy is poor or unknown."""
    accuracy = accuracy_metres(info)
    if accuracy is None:
        return tr("GPS position (accuracy unknown: check the place on the map).")
    if accuracy > POOR_ACCURACY_METRES:
        return tr("GPS position, ±{} m: imprecise, check the place on the map.").format(round(accuracy))
    return tr("GPS position, ±{} m.").format(round(accuracy))
