"""Small map extracts rendered by QGIS for the reports: the layers around a point at a fixed scale,
with a marker on the point. Works headless (QT_QPA_PLATFORM=offscreen, QgsApplication([], False)).

    extract = QgisMapExtract.for_profile(profile, srid, conn)   # its own layers, usable in a QgsTask
    png = extract(x, y)                                          # PNG bytes

The layers are created by the caller's thread and only used by it: in a QgsTask, make the
extract inside the task's function (for_profile does), never with the project's layers.
"""

from qgis.core import (QgsCoordinateReferenceSystem, QgsMapRendererCustomPainterJob, QgsMapSettings,
                       QgsRectangle)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter, QPen

from ..core.exceptions import InvalidInput
from ..core.i18n import tr

DPI = 96.0
INCH_M = 0.0254


class QgisMapExtract:
    """Callable (x, y) -> PNG bytes: `layers` (top first) around (x, y) in EPSG:`srid` at 1:`scale`."""

    def __init__(self, layers, srid, size_px=(300, 200), scale=2500, background="#f4f1ea",
                 marker_colour="#d92d20"):
        self.layers = [layer for layer in layers if layer is not None and layer.isValid()]
        self.crs = QgsCoordinateReferenceSystem("EPSG:{}".format(int(srid)))
        if not self.crs.isValid():
            raise InvalidInput(tr("EPSG:{} is not a known coordinate reference system.").format(srid))
        self.size = QSize(int(size_px[0]), int(size_px[1]))
        self.scale = float(scale)
        self.background = QColor(background)
        self.marker_colour = QColor(marker_colour)

    @classmethod
    def for_profile(cls, profile, srid, conn=None, language="fr", **kwargs):
        """An extract over GPS-U's own layers (territory, incidents by category) for `profile`."""
        from ..core import layers as gpsu_layers

        built = {layer.customProperty(gpsu_layers.KIND_PROPERTY): layer
                 for layer in gpsu_layers.incident_layers(profile, srid, conn, language)}
        extract = cls([built[gpsu_layers.BY_CATEGORY], built[gpsu_layers.TERRITORY]], srid, **kwargs)
        extract._keep = built  # the layers live as long as the extract
        return extract

    def extent(self, x, y):
        metres_per_pixel = self.scale * INCH_M / DPI
        half_w = self.size.width() * metres_per_pixel / 2.0
        half_h = self.size.height() * metres_per_pixel / 2.0
        return QgsRectangle(x - half_w, y - half_h, x + half_w, y + half_h)

    def image(self, x, y):
        settings = QgsMapSettings()
        settings.setLayers(self.layers)
        settings.setDestinationCrs(self.crs)
        settings.setOutputSize(self.size)
        settings.setOutputDpi(DPI)
        settings.setBackgroundColor(self.background)
        settings.setExtent(self.extent(x, y))
        settings.setFlag(QgsMapSettings.Antialiasing, True)
        settings.setFlag(QgsMapSettings.DrawLabeling, True)

        image = QImage(self.size, QImage.Format_ARGB32_Premultiplied)
        image.fill(self.background)
        painter = QPainter(image)
        try:
            job = QgsMapRendererCustomPainterJob(settings, painter)
            job.renderSynchronously()
            self._marker(painter, settings)
            painter.setPen(QPen(QColor("#98a2b3"), 1))
            painter.setBrush(Qt.NoBrush)
            painter.drawRect(0, 0, self.size.width() - 1, self.size.height() - 1)
        finally:
            painter.end()
        return image

    def _marker(self, painter, settings):
        centre = QPointF(self.size.width() / 2.0, self.size.height() / 2.0)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setPen(QPen(QColor("#ffffff"), 2.5))
        painter.setBrush(self.marker_colour)
        painter.drawEllipse(centre, 7, 7)
        painter.setPen(QPen(self.marker_colour, 1.5))
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(centre, 13, 13)

    def __call__(self, x, y):
        buffer_bytes = QByteArray()
        buffer = QBuffer(buffer_bytes)
        buffer.open(QIODevice.WriteOnly)
        self.image(x, y).convertToFormat(QImage.Format_RGB32).save(buffer, "PNG")  # no alpha: no PDF mask
        buffer.close()
        return bytes(buffer_bytes)
