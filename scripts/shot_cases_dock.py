#!/usr/bin/python3
"""The cases dock's screenshot, made offscreen against a GPS-U demo database:

    /usr/bin/python3 scripts/localdb.py start --dir /tmp/gpsu-shot2 --dbname gpsu    # prints <conninfo>
    /usr/bin/python3 -m gpsu_plugin.cli --db "<conninfo>" db upgrade
    /usr/bin/python3 -m gpsu_plugin.cli --db "<conninfo>" db seed
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/shot_cases_dock.py --db "<conninfo>"

writes docs/screenshots/cases-dock.png: the list of open cases of every service, and the detail of
an overdue case with its timeline. When the database has no incident yet, about thirty demo facts
are logged first (districts of Péruwelz, various categories, statuses, steps, a task shared with
another service, a photo): use it on a throwaway demo database only. QGIS settings go to a
temporary folder; the user's QGIS profile is not touched.
"""

import argparse
import hashlib
import os
import random
import sys
import tempfile
from datetime import datetime, timedelta, timezone

from psycopg2 import sql

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from shot_common import ConninfoSession, Iface  # noqa: E402
OUT = os.path.join(ROOT, "docs", "screenshots", "cases-dock.png")
PERUWELZ_CENTRE = (98150.0, 137450.0)  # Péruwelz, Grand-Place, EPSG:31370
SELECTED_PLACE = "Rue des Français 12, behind the sports hall"

# (code, name, column, row) of a 3 x 2 grid of 2 km squares around the centre: stand-ins for the
# municipality's sections, enough for the district column of the list
DISTRICTS = (("peruwelz", "Péruwelz", 0, 0), ("bon_secours", "Bon-Secours", -1, 0), ("roucourt", "Roucourt", 1, 0),
             ("bury", "Bury", -1, -1), ("brasmenil", "Brasménil", 0, -1), ("wiers", "Wiers", 1, -1))

OFFICERS = ("m.dubois", "k.peeters")   # prevention officers logging facts
STAFF = {"environment": "s.lambert", "works": "j.martin", "local_police": "l.janssens",
         "prevention_security": "a.leroy", "social_mediation": "n.haddad", "economic_development": "c.dumont"}

# (category, template, description, place, hours ago, changes), logged oldest first
FACTS = (
    ("noise", {}, "Loud music from a flat until 3 a.m., third complaint this month.",
     "Rue de la Station 41", 160, ["in_progress", "resolved", "closed"]),
    ("illegal_dumping", {"volume": "van", "waste_type": "Furniture, mattresses"},
     "A sofa, two mattresses and a wardrobe left at the edge of the wood.", "Chemin du Bois de Bon-Secours", 170,
     ["in_progress"]),
    ("graffiti", {"object": "Bus shelter"}, "Tags on the glass panels and the timetable.",
     "Place de Bon-Secours, bus shelter", 130, []),
    ("damaged_road", {"hazard": "true"}, "Pothole about 40 cm wide in the cycle lane.",
     "Rue Albert Ier, near number 20", 121, ["in_progress"]),
    ("street_lighting", {"hazard": "false"}, "Three street lamps out in a row.", "Rue des Sapins", 113, []),
    ("abandoned_vehicle", {"plate": "1-ABC-123"}, "Grey van without a licence plate sticker, flat tyres.",
     "Parking of the sports hall", 105, ["in_progress"]),
    ("fight", {"people_involved": "Four young men", "injured": "1"},
     "Fight in front of the snack bar after closing time.", "Grand-Place", 94, ["in_progress", "resolved"]),
    ("illegal_dumping", {"volume": "car_boot", "waste_type": "Construction rubble, paint cans"},
     "About ten bags of rubble and several paint cans along the hedge; one can is leaking.", SELECTED_PLACE,
     150, ["selected"]),
    ("dog_fouling", {}, "Recurring dog fouling on the school path.", "Sentier de l'école, Wiers", 77, []),
    ("gathering", {"people_involved": "About fifteen teenagers"},
     "Group gathering every evening, empty bottles left behind.", "Parc communal, kiosk", 70, []),
    ("vandalism", {"object": "Bench"}, "Bench slats broken.", "Place de Roucourt", 66, ["rejected"]),
    ("speeding", {"plate": ""}, "Cars driving fast past the primary school at 8 a.m.", "Rue de Tournai",
     56, ["in_progress"]),
    ("burglary_home", {"entry_point": "window", "occupants_absent": "true"},
     "Back window forced during the holidays.", "Rue du Moulin 7", 53, ["in_progress"]),
    ("litter", {}, "Overflowing litter bins around the market square.", "Place du marché", 50, []),
    ("noise", {}, "Barking dog all day, owner absent.", "Rue Neuve 18", 44, []),
    ("illegal_parking", {"plate": "2-XYZ-987"}, "Car parked on the pavement every morning.",
     "Rue des Écoles 3", 40, ["resolved"]),
    ("signage", {"hazard": "true"}, "Stop sign knocked down at the crossroads.", "Carrefour de Brasménil",
     33, ["in_progress"]),
    ("theft_from_vehicle", {"vehicle": "Blue Peugeot 208"}, "Side window smashed, bag stolen.",
     "Parking de la gare", 30, []),
    ("public_drunkenness", {}, "Man lying on a bench, aggressive towards passers-by.", "Grand-Place",
     26, ["in_progress", "resolved"]),
    ("dangerous_crossing", {"hazard": "false"}, "Pedestrian crossing worn away, hardly visible.",
     "Rue de Roucourt, school crossing", 24, []),
    ("illegal_dumping", {"volume": "bag"}, "Two bin bags left next to the glass bank.", "Rue de la Gare, bottle bank",
     22, []),
    ("harassment", {"people_involved": "Two pupils"}, "Pupils intimidated on the way home from school.",
     "Rue de l'Athénée", 16, []),
    ("graffiti", {"object": "Church wall"}, "Large tag on the church wall.", "Église Saint-Quentin", 14, []),
    ("bicycle_theft", {"bicycle": "Black city bike", "locked": "true"}, "Bike stolen from the station rack.",
     "Gare de Péruwelz", 11, []),
    ("damaged_road", {"hazard": "true"}, "Subsidence after the water works.", "Rue de Bury 33", 9, []),
    ("noise", {}, "Party in a garden, music after 11 p.m.", "Rue Verte 5", 7, []),
    ("market_pitch", {}, "Trader on a pitch without a permit.", "Place du marché", 5, []),
    ("street_lighting", {"hazard": "true"}, "Lamp post leaning after a collision.", "Rue de Wiers 120", 3, []),
    ("litter", {}, "Litter along the towpath.", "Canal Nimy-Blaton-Péronnes", 2, []),
    ("fight", {"people_involved": "Two adults"}, "Argument turning into a fight outside the bar.",
     "Rue Astrid 2", 2, []),
)


def photo_bytes():
    """A "photo" drawn here (no binary in the repository), as JPEG bytes."""
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
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
                           ("#3c3c3c", [(200, 400), (250, 340), (330, 350), (360, 410)])):
        painter.setBrush(QColor(colour))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "JPG", 85)
    return bytes(data)


def set_demo_clock(conn, moment):
    """History rows written from now on are dated `moment` (see seed_demo)."""
    with conn, conn.cursor() as cur:
        cur.execute("SELECT set_config('gpsu.demo_clock', %s, false)", (moment.isoformat() if moment else "",))


def seed_demo(conn):
    """Log the demo facts and work on them over the past twelve days, as the services would;
    returns the selected case's id.

    The history is dated by the server's clock: to give the demo a believable timeline, the
    default of incident_history.at reads a session setting while the demo is written, and is put
    back as migration 0001 made it at the end (a throwaway demo database only).
    """
    with conn, conn.cursor() as cur:
        cur.execute("ALTER TABLE gpsu.incident_history ALTER COLUMN at SET DEFAULT "
                    "coalesce(nullif(current_setting('gpsu.demo_clock', true), '')::timestamptz, clock_timestamp())")
    try:
        return _seed_demo(conn)
    finally:
        act_as(conn, None)
        set_demo_clock(conn, None)
        with conn, conn.cursor() as cur:
            cur.execute("ALTER TABLE gpsu.incident_history ALTER COLUMN at SET DEFAULT clock_timestamp()")


def act_as(conn, role):
    """Write the next changes as `role` (a demo colleague), so the timeline names who did what."""
    with conn, conn.cursor() as cur:
        cur.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(role)) if role else "RESET ROLE")


def create_colleagues(conn):
    """Demo roles (no login) for the officers and the services' staff, allowed to work on cases."""
    with conn, conn.cursor() as cur:
        for role in OFFICERS + tuple(STAFF.values()):
            cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
            if cur.fetchone() is None:
                cur.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            cur.execute(sql.SQL("GRANT USAGE ON SCHEMA gpsu TO {0}; "
                                "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA gpsu TO {0}; "
                                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA gpsu TO {0}").format(sql.Identifier(role)))


def _seed_demo(conn):
    from psycopg2.extras import Json

    from gpsu_plugin.core import cases

    rng = random.Random(7)
    create_colleagues(conn)
    now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
    x0, y0 = PERUWELZ_CENTRE
    with conn, conn.cursor() as cur:
        for code, name, column, row in DISTRICTS:
            left, bottom = x0 - 1000 + column * 2000, y0 - 1000 + row * 2000 + 1000
            cur.execute("INSERT INTO gpsu.districts (code, name, geom) VALUES (%s, %s, "
                        "ST_Multi(ST_MakeEnvelope(%s, %s, %s, %s, 31370))) ON CONFLICT (code) DO NOTHING",
                        (code, name, left, bottom, left + 2000, bottom + 2000))
        cur.execute("INSERT INTO gpsu.service_members (service_id, member) SELECT id, current_user "
                    "FROM gpsu.services WHERE code IN ('environment', 'prevention_security') ON CONFLICT DO NOTHING")
    selected = None
    for code, template, description, place, hours, changes in sorted(FACTS, key=lambda fact: -fact[4]):
        recorded = now - timedelta(hours=hours)
        observed = recorded - timedelta(minutes=rng.randint(10, 90))
        set_demo_clock(conn, recorded)
        act_as(conn, rng.choice(OFFICERS))
        x = x0 + rng.uniform(-2900, 2900) if place != SELECTED_PLACE else x0 + 20
        y = y0 + rng.uniform(-1900, 1900) if place != SELECTED_PLACE else y0 + 20
        with conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO gpsu.incidents (geom, observed_at, recorded_at, category_id, description, place, "
                " template) VALUES (ST_SetSRID(ST_MakePoint(%s, %s), 31370), %s, %s, "
                " (SELECT id FROM gpsu.categories WHERE code = %s), %s, %s, %s) RETURNING id, "
                " (SELECT code FROM gpsu.services WHERE id = service_id)",
                (x, y, observed, recorded, code, description, place, Json({k: v for k, v in template.items() if v})))
            incident, service = cur.fetchone()
        act_as(conn, STAFF.get(service, STAFF["prevention_security"]))
        version = 1
        moment = recorded
        for status in changes:
            if status == "selected":
                selected = incident
                version = work_on_selected(conn, incident, version, photo_bytes(), recorded)
                continue
            moment = min(moment + timedelta(hours=rng.randint(2, 30)), now - timedelta(minutes=30))
            set_demo_clock(conn, moment)
            comment = {"resolved": "Done on site.", "rejected": "Already repaired by the owner.",
                       "closed": "", "in_progress": ""}.get(status, "")
            version = cases.change_status(conn, incident, version, status, comment)
    act_as(conn, None)
    return selected


def work_on_selected(conn, incident, version, photo, recorded):
    from gpsu_plugin.core import cases

    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO gpsu.incident_attachments (incident_id, filename, mime_type, size_bytes, sha256, "
                    "content) VALUES (%s, 'dumping-rue-des-francais.jpg', 'image/jpeg', %s, %s, %s)",
                    (incident, len(photo), hashlib.sha256(photo).hexdigest(), photo))
        cur.execute("SELECT id FROM gpsu.services WHERE code = 'works'")
        works = cur.fetchone()[0]
    set_demo_clock(conn, recorded + timedelta(hours=3, minutes=12))
    version = cases.change_status(conn, incident, version, "in_progress", "Site inspected by the environment officer.")
    set_demo_clock(conn, recorded + timedelta(hours=22, minutes=40))
    cases.record_step(conn, incident, "Owner of the adjacent plot contacted by phone; denies any involvement.")
    set_demo_clock(conn, recorded + timedelta(hours=26, minutes=5))
    task = cases.share_with_service(conn, incident, works, "Remove the rubble and the paint cans (hazardous waste).")
    act_as(conn, STAFF["works"])
    set_demo_clock(conn, recorded + timedelta(hours=49, minutes=18))
    cases.change_task_status(conn, task, 1, "in_progress", "Removal booked with the container firm.")
    cases.record_step(conn, incident, "Paint cans sealed and signposted pending removal.", task)
    return version


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=os.environ.get("GPSU_DB"), help="libpq conninfo of the demo database")
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--language", default="en", choices=("en", "fr", "nl"))
    parser.add_argument("--size", default="700x1080", help="WIDTHxHEIGHT of the dock")
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

        from gpsu_plugin.core import cases
        from gpsu_plugin.core.i18n import load_translator
        from gpsu_plugin.core.session import SharedConnection
        from gpsu_plugin.gui.cases_dock import CasesDock

        load_translator(args.language)
        connection = SharedConnection(ConninfoSession(args.db))
        conn = connection.get()
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM gpsu.incidents")
            empty = cur.fetchone()[0] == 0
        conn.rollback()
        selected = seed_demo(conn) if empty else None
        if selected is None:
            page = cases.list_cases(conn, cases.CaseFilter(text=SELECTED_PLACE), limit=1)
            selected = page.rows[0].id if page.rows else None

        window = QMainWindow()   # docked, the dock draws its own title bar
        canvas = QgsMapCanvas()
        window.setCentralWidget(canvas)
        canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
        x, y = PERUWELZ_CENTRE
        canvas.setExtent(QgsRectangle(x - 3000, y - 2000, x + 3000, y + 2000))
        dock = CasesDock(Iface(canvas, QgsMessageBar()), connection, language=args.language)
        window.addDockWidget(Qt.RightDockWidgetArea, dock)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width + 500, height)
        window.resizeDocks([dock], [width], Qt.Horizontal)
        window.show()
        app.processEvents()
        dock.service.setCurrentIndex(dock.service.findData(None))      # all services
        if selected is not None:
            dock.select_case(selected)
        dock.detail.tabs.setCurrentIndex(0)
        dock.splitter.setSizes([int(height * 0.42), int(height * 0.58)])
        dock.table.scrollToTop()
        dock.table.clearFocus()
        for _ in range(5):
            app.processEvents()
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        if not dock.grab().save(args.out):
            raise SystemExit("could not write " + args.out)
        print(args.out)
        dock.cleanup()
        connection.close()
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
