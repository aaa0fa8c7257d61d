"""A map tool that picks one place on the canvas and hands it over in the database's CRS."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsPointXY, QgsProject
from qgis.gui import QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.i18n import tr

MARKER_COLOUR = QColor("#d7301f")


class PointCaptureTool(QgsMapToolEmitPoint):
    """Left click: a marker where the user clicked and `pointCaptured(point)` in EPSG:`srid`.

    The marker stays while the tool is active (a new click moves it) and goes on `clear()` or
    when another map tool takes over. `captureFailed(message)` when the point cannot be projected.
    """

    pointCaptured = pyqtSignal(QgsPointXY)
    captureFailed = pyqtSignal(str)

    def __init__(self, canvas, srid):
        super().__init__(canvas)
        self.canvas = canvas
        self.srid = int(srid)
        self.marker = None
        self.canvasClicked.connect(self._clicked)

    def _clicked(self, map_point, button):
        if button == Qt.LeftButton:
            self.capture(map_point)

    def to_database(self, map_point):
        """`map_point` (canvas CRS) in the database CRS; raises QgsCsException."""
        transform = QgsCoordinateTransform(self.canvas.mapSettings().destinationCrs(),
                                           QgsCoordinateReferenceSystem.fromEpsgId(self.srid),
                                           QgsProject.instance().transformContext())
        return transform.transform(QgsPointXY(map_point))

    def capture(self, map_point):
        """Choose `map_point` (canvas CRS): marker, then `pointCaptured` in the database CRS."""
        try:
            point = self.to_database(map_point)
        except QgsCsException:
            self.captureFailed.emit(tr("This place cannot be converted to the database's coordinate system."))
            return None
        self.show_marker(map_point)
        self.pointCaptured.emit(point)
        return point

    def show_marker(self, map_point):
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas)
            self.marker.setIconType(QgsVertexMarker.ICON_CROSS)
            self.marker.setIconSize(18)
            self.marker.setPenWidth(3)
            self.marker.setColor(MARKER_COLOUR)
        self.marker.setCenter(QgsPointXY(map_point))

    def clear(self):
        if self.marker is not None:
            self.canvas.scene().removeItem(self.marker)
            self.marker = None

    def deactivate(self):
        self.clear()
        super().deactivate()
