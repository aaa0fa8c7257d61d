#!/usr/bin/python3
"""The "log a fact" dock's screenshot, made offscreen against a GPS-U demo database:

    /usr/bin/python3 scripts/localdb.py start --dir /tmp/gpsu-shot --dbname gpsu    # prints <conninfo>
    /usr/bin/python3 -m gpsu_plugin.cli --db "<conninfo>" db upgrade
    /usr/bin/python3 -m gpsu_plugin.cli --db "<conninfo>" db seed
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/shot_incident_dock.py --db "<conninfo>"

writes docs/screenshots/incident-dock.png: the dock filled in as an officer would before clicking
Save. With --save-example, one example fact is saved first (so the dock shows a real "Saved as
fact …" message): use it on a throwaway demo database only. QGIS settings go to a temporary
folder; the user's QGIS profile is not touched.
"""

import argparse
import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from shot_common import ConninfoSession, Iface  # noqa: E402
OUT = os.path.join(ROOT, "docs", "screenshots", "incident-dock.png")
PEREWELZ_CENTRE = (98150.0, 137450.0)  # Péruwelz, Grand-Place, EPSG:31370


def example_files(folder):
    """A "photo" (drawn here, no binary in the repository) and a PDF-named note."""
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QImage, QLinearGradient, QPainter, QPolygonF

    image = QImage(640, 480, QImage.Format_RGB32)
    painter = QPainter(image)
    sky = QLinearGradient(0, 0, 0, 300)
    sky.setColorAt(0, QColor("#9cc3e6"))
    sky.setColorAt(1, QColor("#dde9f2"))
    painter.fillRect(QRectF(0, 0, 640, 300), sky)
    painter.fillRect(QRectF(0, 300, 640, 180), QColor("#7a8b5a"))
    painter.setPen(Qt.NoPen)
    for colour, points in (("#5b4636", [(120, 420), (260, 300), (420, 330), (520, 430)]),
                           ("#3c3c3c", [(200, 400), (250, 340), (330, 350), (360, 410)]),
                           ("#c8b27d", [(380, 430), (420, 370), (470, 380), (500, 440)])):
        painter.setBrush(QColor(colour))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    painter.end()
    photo = os.path.join(folder, "dumping-rue-des-francais.jpg")
    image.save(photo, "JPG", 85)
    note = os.path.join(folder, "witness-statement.pdf")
    with open(note, "wb") as handle:
        handle.write(b"%PDF-1.4\n% example\n" + b"0" * 48000)
    return [photo, note]


def fill(dock, files):
    from qgis.PyQt.QtCore import QDateTime, QTime

    category = next(c for c in dock.categories if c.code == "illegal_dumping")
    dock.category.setCurrentIndex(dock.category.findData(category.parent_id))
    dock.subcategory.setCurrentIndex(dock.subcategory.findData(category.id))
    dock.use_map_centre()
    dock.place.setText("Rue des Français 12, behind the sports hall")
    dock.template_form.set_values({"volume": "car_boot", "waste_type": "Construction rubble, paint cans"})
    dock.description.setPlainText("About ten bags of rubble and several paint cans along the hedge; "
                                  "one can is leaking.")
    seen = QDateTime.currentDateTime()
    seen.setTime(QTime(seen.time().hour(), 0))
    dock.at_edit.setDateTime(seen.addSecs(-3600))
    dock.add_attachment_files(files)
    for edit in [dock.place] + [w for w in dock.template_form.inputs.values() if hasattr(w, "setCursorPosition")]:
        edit.setCursorPosition(0)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=os.environ.get("GPSU_DB"), help="libpq conninfo of the demo database")
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--language", default="en", choices=("en", "fr", "nl"))
    parser.add_argument("--size", default="400x1150", help="WIDTHxHEIGHT of the dock")
    parser.add_argument("--save-example", action="store_true",
                        help="save one example fact first (throwaway demo databases only)")
    args = parser.parse_args(argv)
    if not args.db:
        parser.error("--db (or GPSU_DB) is required")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    config = tempfile.mkdtemp(prefix="gpsu-shot-qgis-")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = config

    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsRectangle

    app = QgsApplication([], True)
    app.initQgis()
    try:
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QMainWindow

        from gpsu_plugin.core.i18n import load_translator
        from gpsu_plugin.core.session import SharedConnection
        from gpsu_plugin.gui.incident_dock import IncidentDock

        load_translator(args.language)
        window = QMainWindow()   # docked, the dock draws its own title bar
        canvas = QgsMapCanvas()
        window.setCentralWidget(canvas)
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
        x, y = PEREWELZ_CENTRE
        canvas.setExtent(QgsRectangle(x - 400, y - 300, x + 400, y + 300))
        connection = SharedConnection(ConninfoSession(args.db))
        dock = IncidentDock(Iface(canvas, QgsMessageBar()), connection)
        window.addDockWidget(Qt.RightDockWidgetArea, dock)
        dock.language = args.language
        if not dock.reload():
            raise SystemExit("The dock could not load: " + dock.offline_message.text())
        files = example_files(config)
        if args.save_example:
            dock.choose_duplicate = lambda candidates: 0
            fill(dock, files[:1])
            if dock.save() is None:
                raise SystemExit("The example fact was not saved: " + dock.status.text())
            canvas.setExtent(QgsRectangle(x - 380, y - 280, x + 420, y + 320))
        fill(dock, files)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width + 500, height)
        window.resizeDocks([dock], [width], Qt.Horizontal)
        window.show()
        app.processEvents()
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        if not dock.grab().save(args.out):
            raise SystemExit("Could not write " + args.out)
        print(args.out)
        dock.release_map_tool()
        connection.close()
    finally:
        app.exitQgis()
        shutil.rmtree(config, ignore_errors=True)


if __name__ == "__main__":
    main()
