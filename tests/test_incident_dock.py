"""The "log a fact" dock in a real (offscreen) Qt against the real PostGIS: every bad input is
explained and saves nothing, a good entry is saved and numbered, duplicates can be linked, and
the entry survives a lost connection."""

import re
from datetime import datetime

import psycopg2
import pytest
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsPointXY, QgsRectangle
from qgis.gui import QgsMapMouseEvent, QgsMapToolPan
from qgis.PyQt.QtCore import QDateTime, QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from gpsu_plugin.core.incidents import TemplateField, label_column
from gpsu_plugin.core.session import Session, SharedConnection
from gpsu_plugin.gui.incident_dock import IncidentDock
from gpsu_plugin.gui.point_tool import PointCaptureTool
from gpsu_plugin.gui.template_form import TemplateForm

NUMBER = re.compile(r"^\d{4}-\d{5}$")


class ConninfoSession:
    """A session whose connections come from a libpq string (a real connection, not a mock)."""

    def __init__(self, conninfo):
        self.conninfo = conninfo
        self.opened = 0

    def connect(self):
        self.opened += 1
        return psycopg2.connect(self.conninfo)


@pytest.fixture
def admin(postgis_server, gpsu_db):
    """Another connection to the same database, for checks and setup (autocommit)."""
    conn = postgis_server.connect(gpsu_db)
    conn.autocommit = True
    yield conn
    conn.close()


@pytest.fixture
def dock(qtbot, qgis_iface, postgis_server, gpsu_db):
    shared = SharedConnection(ConninfoSession(postgis_server.conninfo(gpsu_db)))
    widget = IncidentDock(qgis_iface, shared)
    qtbot.addWidget(widget)
    assert widget.reload(), widget.offline_message.text()
    widget.show()
    widget.duplicate_calls = []

    def always_new(candidates):
        widget.duplicate_calls.append(candidates)
        return 0

    widget.choose_duplicate = always_new
    yield widget
    widget.release_map_tool()
    shared.close()


def scalar(conn, query, params=()):
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchone()[0]


def count(conn):
    return scalar(conn, "SELECT count(*) FROM gpsu.incidents")


def choose(dock, code):
    """Select the category or sub-category `code` in the cascade."""
    category = next(c for c in dock.categories if c.code == code)
    parent_id = category.parent_id or category.id
    dock.category.setCurrentIndex(dock.category.findData(parent_id))
    if category.parent_id is not None:
        dock.subcategory.setCurrentIndex(dock.subcategory.findData(category.id))
    assert dock.category_id() == category.id
    return category


def fill(dock, code="graffiti", x=98000.0, y=137000.0, description="Tags on the town hall's wall"):
    category = choose(dock, code)
    dock.set_location(x, y)
    dock.place.setText("Grand-Place 1")
    dock.description.setPlainText(description)
    return category


def status_of(dock):
    return "" if dock.status.isHidden() else dock.status.text()


def assert_refused(dock, admin, qtbot, expected):
    """Save: `expected` is said, nothing is saved, the entry is kept."""
    before = count(admin)
    typed = dock.draft()
    qtbot.mouseClick(dock.save_button, Qt.LeftButton)
    assert expected in status_of(dock)
    assert "#b42318" in dock.status.styleSheet()  # shown as an error
    assert count(admin) == before
    after = dock.draft()
    assert (after.category_id, after.x, after.y, after.description, after.place, after.template,
            len(after.attachments)) == (typed.category_id, typed.x, typed.y, typed.description, typed.place,
                                        typed.template, len(typed.attachments))


# -- bad inputs -------------------------------------------------------------------------------------

def test_without_category(dock, admin, qtbot):
    dock.set_location(98000, 137000)
    dock.description.setPlainText("Something")
    assert_refused(dock, admin, qtbot, "Choose a category.")


def test_without_location(dock, admin, qtbot):
    choose(dock, "graffiti")
    dock.description.setPlainText("Something")
    assert dock.draft().x is None
    assert_refused(dock, admin, qtbot, "Place the fact on the map.")


def test_outside_the_territory(dock, admin, qtbot):
    district = scalar(admin, "INSERT INTO gpsu.districts (code, name, geom) VALUES ('test', 'Test district', "
                             "ST_Multi(ST_MakeEnvelope(0, 0, 1000, 1000, 31370))) RETURNING id")
    try:
        fill(dock, x=98000, y=137000)
        assert_refused(dock, admin, qtbot, "outside the municipality's territory")
    finally:
        admin.cursor().execute("DELETE FROM gpsu.districts WHERE id = %s", (district,))


def test_time_in_the_future(dock, admin, qtbot):
    fill(dock)
    dock.at_edit.setDateTime(QDateTime.currentDateTime().addDays(1))
    assert_refused(dock, admin, qtbot, "cannot be in the future")


def test_reversed_window(dock, admin, qtbot):
    fill(dock)
    now = QDateTime.currentDateTime()
    dock.between_radio.setChecked(True)
    assert not dock.at_edit.isEnabled() and dock.from_edit.isEnabled()
    dock.from_edit.setDateTime(now.addSecs(-3600))
    dock.to_edit.setDateTime(now.addSecs(-7200))
    draft = dock.draft()
    assert draft.observed_at is None and draft.observed_from > draft.observed_to
    assert_refused(dock, admin, qtbot, "The window must start before it ends.")


def test_attachment_of_a_refused_type(dock, admin, qtbot, tmp_path):
    archive = tmp_path / "evidence.zip"
    archive.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    fill(dock)
    dock.add_attachment_files([str(archive)])
    assert dock.attachment_list.count() == 1
    assert_refused(dock, admin, qtbot, "\"evidence.zip\" cannot be attached")
    assert dock.attachment_list.count() == 1


def test_attachment_too_big(dock, admin, qtbot, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("x" * 500)
    previous = scalar(admin, "SELECT value FROM gpsu.settings WHERE key = 'attachments.max_bytes'")
    admin.cursor().execute("UPDATE gpsu.settings SET value = '100' WHERE key = 'attachments.max_bytes'")
    try:
        fill(dock)
        dock.add_attachment_files([str(note)])
        assert_refused(dock, admin, qtbot, "\"note.txt\" is too big to attach")
    finally:
        admin.cursor().execute("UPDATE gpsu.settings SET value = %s WHERE key = 'attachments.max_bytes'",
                               (previous,))


def test_required_template_field_missing_then_filled(dock, admin, qtbot):
    fill(dock, code="abandoned_vehicle", x=98100, y=137100, description="Burnt-out car")
    plate = dock.template_form.inputs["plate"]
    label = dock.template_form.form_layout.labelForField(plate).text()
    assert label.endswith(" *")
    assert_refused(dock, admin, qtbot, "Fill in the field")
    assert label[:-2] in status_of(dock)

    qtbot.keyClicks(plate, "1-abc-234")
    assert plate.text() == "1-ABC-234"
    saved = dock.save()
    assert saved is not None, status_of(dock)
    assert scalar(admin, "SELECT template ->> 'plate' FROM gpsu.incidents WHERE id = %s", (saved.id,)) == "1-ABC-234"


def test_unreadable_attachment_is_said(dock, tmp_path):
    dock.add_attachment_files([str(tmp_path / "missing.jpg")])
    assert "\"missing.jpg\" cannot be read" in status_of(dock)
    assert dock.attachments == [] and dock.attachment_list.count() == 0


def test_attachments_are_added_through_the_file_dialog_and_removed(dock, tmp_path, monkeypatch):
    from gpsu_plugin.gui import incident_dock

    paths = []
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(name)
        paths.append(str(tmp_path / name))
    monkeypatch.setattr(incident_dock.QFileDialog, "getOpenFileNames", lambda *args, **kwargs: (paths, ""))
    dock.add_attachment_button.click()
    assert [a.filename for a in dock.draft().attachments] == ["a.txt", "b.txt", "c.txt"]
    assert dock.attachment_list.item(1).text() == "b.txt\n5 bytes"
    dock.attachment_list.item(0).setSelected(True)
    dock.attachment_list.item(2).setSelected(True)
    assert dock.remove_attachment_button.isEnabled()
    dock.remove_attachment_button.click()
    assert [a.filename for a in dock.draft().attachments] == ["b.txt"]
    assert dock.attachment_list.count() == 1 and dock.attachment_list.item(0).text().startswith("b.txt")


# -- a good save ------------------------------------------------------------------------------------

def test_good_save_is_numbered_dispatched_and_clears_the_form(dock, admin, qtbot, qgis_iface, tmp_path):
    photo = tmp_path / "wall.png"
    image = QImage(200, 120, QImage.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(photo))
    category = fill(dock, code="graffiti", x=98200, y=137200)
    dock.template_form.inputs["object"].setText("Town hall")
    dock.add_attachment_files([str(photo)])
    assert not dock.attachment_list.item(0).icon().isNull()
    assert "wall.png" in dock.attachment_list.item(0).text()
    before = count(admin)

    with qtbot.waitSignal(dock.incidentSaved, timeout=10000) as blocker:
        qtbot.mouseClick(dock.save_button, Qt.LeftButton)

    incident_id, number = blocker.args
    assert NUMBER.match(number) and number.startswith(str(datetime.now().year))
    assert count(admin) == before + 1
    service = scalar(admin, "SELECT {} FROM gpsu.services s JOIN gpsu.incidents i ON i.service_id = s.id "
                            "WHERE i.id = %s".format(label_column(dock.language)), (incident_id,))
    assert "Saved as fact {}, dispatched to {}".format(number, service) in status_of(dock)
    assert "#b42318" not in dock.status.styleSheet()
    assert any(number in message for message in qgis_iface.messageBar().get_messages(Qgis.Success))
    with admin.cursor() as cur:
        cur.execute("SELECT number, category_id, description, place, template, status, "
                    "(SELECT count(*) FROM gpsu.incident_attachments a WHERE a.incident_id = i.id) "
                    "FROM gpsu.incidents i WHERE id = %s", (incident_id,))
        assert cur.fetchone() == (number, category.id, "Tags on the town hall's wall", "Grand-Place 1",
                                  {"object": "Town hall"}, "dispatched", 1)

    # cleared for the next fact, the category kept
    draft = dock.draft()
    assert draft.category_id == category.id
    assert (draft.x, draft.description, draft.place, draft.template, draft.attachments) == (None, "", "", {}, [])
    assert dock.attachment_list.count() == 0
    assert dock.at_radio.isChecked()


def test_priority_is_proposed_from_the_category_and_can_be_chosen(dock, admin):
    category = choose(dock, "speeding")
    assert dock.priority.currentData() == category.default_priority
    assert dock.draft().priority is None          # dispatch rules decide unless the user chooses
    dock.priority.setCurrentIndex(dock.priority.findData(4))
    dock.priority.activated.emit(dock.priority.currentIndex())
    assert dock.draft().priority == 4
    dock.set_location(98300, 137300)
    saved = dock.save()
    assert saved is not None, status_of(dock)
    assert scalar(admin, "SELECT priority FROM gpsu.incidents WHERE id = %s", (saved.id,)) == 4
    assert dock.priority.currentData() == category.default_priority and dock.draft().priority is None


# -- duplicates -------------------------------------------------------------------------------------

def test_second_report_can_be_linked_to_the_first(dock, admin):
    first = None
    fill(dock, code="noise", x=52000, y=52000, description="Loud music in the square")
    first = dock.save()
    assert first is not None, status_of(dock)

    offered = []

    def link_to_first(candidates):
        offered.append(candidates)
        return candidates[0].id

    dock.choose_duplicate = link_to_first
    fill(dock, code="noise", x=52010, y=52005, description="Loud music again")
    second = dock.save()
    assert second is not None, status_of(dock)
    assert [c.number for c in offered[0]] == [first.number]
    assert offered[0][0].distance_m == pytest.approx(11.18, abs=0.1)
    with admin.cursor() as cur:
        cur.execute("SELECT status, duplicate_of FROM gpsu.incidents WHERE id = %s", (second.id,))
        assert cur.fetchone() == ("duplicate", first.id)
    assert "linked to case {}".format(first.number) in status_of(dock)


def test_cancelling_at_the_duplicates_question_saves_nothing(dock, admin):
    fill(dock, code="litter", x=61000, y=61000, description="Overflowing bin")
    assert dock.save() is not None, status_of(dock)
    dock.choose_duplicate = lambda candidates: None
    fill(dock, code="litter", x=61000, y=61000, description="Overflowing bin, again")
    before = count(admin)
    assert dock.save() is None
    assert count(admin) == before
    assert "Nothing was saved" in status_of(dock)
    assert dock.description.toPlainText() == "Overflowing bin, again"


def test_duplicate_dialog_choices(qtbot, dock, admin):
    from gpsu_plugin.core.incidents import PossibleDuplicate
    from gpsu_plugin.gui.duplicate_dialog import DuplicateDialog

    candidates = [PossibleDuplicate(7, "2026-00007", "dispatched", 12.4, datetime.now().astimezone(), "Tags"),
                  PossibleDuplicate(9, "2026-00009", "new", 40.0, datetime.now().astimezone(), "More tags")]
    dialog = DuplicateDialog(candidates)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "2026-00007" and dialog.table.item(1, 2).text() == "40 m"
    dialog.table.selectRow(1)
    dialog.link_button.click()
    assert dialog.choice == 9
    dialog = DuplicateDialog(candidates)
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    assert dialog.choice == 0


# -- a lost connection ------------------------------------------------------------------------------

def test_entry_survives_a_lost_connection(dock, admin, qtbot, tmp_path):
    note = tmp_path / "statement.txt"
    note.write_text("Statement of the witness")
    fill(dock, code="vandalism", x=98400, y=137400, description="Broken bench")
    dock.add_attachment_files([str(note)])
    pid = dock.connection.get().get_backend_pid()
    assert scalar(admin, "SELECT pg_terminate_backend(%s)", (pid,))
    qtbot.waitUntil(lambda: not scalar(admin, "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)))
    before = count(admin)

    qtbot.mouseClick(dock.save_button, Qt.LeftButton)
    assert "connection to the database was lost" in status_of(dock)
    assert count(admin) == before
    assert dock.description.toPlainText() == "Broken bench" and dock.location is not None
    assert dock.attachment_list.count() == 1 and dock.draft().category_id is not None

    with qtbot.waitSignal(dock.incidentSaved, timeout=10000):
        qtbot.mouseClick(dock.save_button, Qt.LeftButton)
    assert count(admin) == before + 1
    assert dock.connection.get().get_backend_pid() != pid
    assert scalar(admin, "SELECT count(*) FROM gpsu.incident_attachments a JOIN gpsu.incidents i "
                         "ON i.id = a.incident_id WHERE i.description = 'Broken bench'") == 1


# -- loading --------------------------------------------------------------------------------------

def test_lists_load_on_first_show(qtbot, qgis_iface, postgis_server, gpsu_db):
    session = ConninfoSession(postgis_server.conninfo(gpsu_db))
    widget = IncidentDock(qgis_iface, SharedConnection(session))
    qtbot.addWidget(widget)
    assert widget.objectName() == "GpsuIncidentDock" and session.opened == 0
    widget.show()
    assert widget.loaded and session.opened == 1
    assert widget.srid == 31370
    assert widget.category.count() > 10 and widget.priority.count() == 4
    assert widget.pages.currentWidget().isAncestorOf(widget.save_button)
    choose(widget, "burglary")
    assert widget.subcategory.isEnabled() and widget.subcategory.count() > 1
    assert "entry_point" in widget.template_form.inputs and not widget.template_box.isHidden()
    choose(widget, "transport_violence")  # no sub-categories, no template
    assert not widget.subcategory.isEnabled() and widget.template_box.isHidden()
    widget.release_map_tool()
    widget.connection.close()


def test_without_connection_the_dock_says_so_and_offers_the_dialog(qtbot, qgis_iface, clean_settings):
    widget = IncidentDock(qgis_iface, SharedConnection(Session()))
    qtbot.addWidget(widget)
    assert widget.reload() is False
    assert widget.pages.currentIndex() == 0
    assert "No GPS-U connection is configured" in widget.offline_message.text()
    with qtbot.waitSignal(widget.connectionRequested, timeout=1000):
        qtbot.mouseClick(widget.connection_button, Qt.LeftButton)


def test_missing_schema_is_said(qtbot, qgis_iface, postgis_server, empty_db):
    widget = IncidentDock(qgis_iface, SharedConnection(ConninfoSession(postgis_server.conninfo(empty_db))))
    qtbot.addWidget(widget)
    assert widget.reload() is False
    assert "not installed" in widget.offline_message.text()
    widget.connection.close()


# -- the observation template -----------------------------------------------------------------------

def test_template_form_inputs_and_values(qtbot):
    fields = [TemplateField("vehicle", "Vehicle", "text", True, ()),
              TemplateField("stolen_items", "Stolen items", "long_text", False, ()),
              TemplateField("injured", "Injured", "integer", False, ()),
              TemplateField("seen_on", "Seen on", "date", False, ()),
              TemplateField("plate", "Plate", "plate", False, ()),
              TemplateField("entry_point", "Entry", "choice", True, ("door", "window")),
              TemplateField("locked", "Locked", "boolean", False, ())]
    form = TemplateForm(fields)
    qtbot.addWidget(form)
    kinds = {key: type(widget) for key, widget in form.inputs.items()}
    assert kinds["vehicle"] is QLineEdit and kinds["stolen_items"] is QPlainTextEdit
    assert kinds["entry_point"] is QComboBox and kinds["locked"] is QCheckBox
    assert form.inputs["entry_point"].itemText(0) == ""
    assert form.form_layout.labelForField(form.inputs["vehicle"]).text() == "Vehicle *"
    assert form.form_layout.labelForField(form.inputs["injured"]).text() == "Injured"
    assert form.values() == {"locked": "false"}
    assert [f.key for f in form.missing_required()] == ["vehicle", "entry_point"]

    qtbot.keyClicks(form.inputs["injured"], "2x")
    assert form.inputs["injured"].text() == "2"  # digits only
    values = {"vehicle": "Red Fiat Panda", "stolen_items": "Radio", "injured": "2", "seen_on": "2024-03-01",
              "plate": "1-ABC-234", "entry_point": "window", "locked": "true"}
    form.set_values(values)
    assert form.values() == values
    form.clear()
    assert form.values() == {"locked": "false"}


# -- the point tool ---------------------------------------------------------------------------------

def lambert72(admin, lon, lat):
    with admin.cursor() as cur:
        cur.execute("SELECT ST_X(p), ST_Y(p) FROM ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 4326), 31370) p",
                    (lon, lat))
        return cur.fetchone()


@pytest.fixture
def wgs84_canvas(qgis_canvas):
    previous_crs, previous_extent = qgis_canvas.mapSettings().destinationCrs(), qgis_canvas.extent()
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qgis_canvas.setExtent(QgsRectangle(3.55, 50.49, 3.63, 50.53))
    yield qgis_canvas
    qgis_canvas.setDestinationCrs(previous_crs)
    qgis_canvas.setExtent(previous_extent)


def test_point_tool_transforms_canvas_clicks_to_the_database_crs(qtbot, wgs84_canvas, admin):
    canvas = wgs84_canvas
    tool = PointCaptureTool(canvas, 31370)
    canvas.setMapTool(tool)
    try:
        with qtbot.waitSignal(tool.pointCaptured, timeout=1000) as blocker:
            tool.capture(QgsPointXY(3.5936, 50.5080))  # Péruwelz, Grand-Place
        point = blocker.args[0]
        expected = lambert72(admin, 3.5936, 50.5080)
        assert point.x() == pytest.approx(expected[0], abs=2) and point.y() == pytest.approx(expected[1], abs=2)
        assert 90000 < point.x() < 110000 and 120000 < point.y() < 150000  # Hainaut, in metres
        assert tool.marker is not None and tool.marker.isVisible()

        pixel = QPoint(40, 30)
        clicked = canvas.getCoordinateTransform().toMapCoordinates(pixel)
        with qtbot.waitSignal(tool.pointCaptured, timeout=1000) as blocker:
            tool.canvasPressEvent(QgsMapMouseEvent(canvas, QEvent.MouseButtonPress, pixel, Qt.LeftButton))
        expected = lambert72(admin, clicked.x(), clicked.y())
        assert blocker.args[0].x() == pytest.approx(expected[0], abs=2)
        assert blocker.args[0].y() == pytest.approx(expected[1], abs=2)

        pan = QgsMapToolPan(canvas)
        canvas.setMapTool(pan)           # another tool takes over: the marker goes
        assert tool.marker is None
        canvas.unsetMapTool(pan)
    finally:
        canvas.unsetMapTool(tool)
        tool.clear()


def nmea(body):
    checksum = 0
    for char in body:
        checksum ^= ord(char)
    return "${}*{:02X}\r\n".format(body, checksum)


class FakeGps:
    """A GPS receiver as QGIS sees one: a QgsNmeaConnection reading NMEA sentences from a buffer,
    registered with QGIS's GPS connection registry like the GPS Information panel's own."""

    def __init__(self):
        from qgis.core import QgsNmeaConnection
        from qgis.PyQt.QtCore import QBuffer, QIODevice

        self.buffer = QBuffer()
        self.buffer.open(QIODevice.ReadWrite)
        self.connection = QgsNmeaConnection(self.buffer)
        QgsApplication.gpsConnectionRegistry().registerConnection(self.connection)

    def send(self, *sentences):
        from qgis.PyQt.QtCore import QCoreApplication

        self.buffer.buffer().clear()
        self.buffer.seek(0)
        self.buffer.write("".join(nmea(s) for s in sentences).encode("ascii"))
        self.buffer.seek(0)
        self.buffer.readyRead.emit()
        QCoreApplication.processEvents()

    def close(self):
        QgsApplication.gpsConnectionRegistry().unregisterConnection(self.connection)


def test_gps_button_places_the_fact_where_the_gps_is(dock, wgs84_canvas, admin, qtbot):
    assert not QgsApplication.gpsConnectionRegistry().connectionList()
    qtbot.mouseClick(dock.gps_button, Qt.LeftButton)
    assert "No GPS is connected" in status_of(dock) and dock.location is None
    receiver = FakeGps()
    try:
        receiver.send("GPGSV,1,1,00")  # connected, no fix yet: nothing changes
        qtbot.mouseClick(dock.gps_button, Qt.LeftButton)
        assert "no position yet" in status_of(dock) and dock.location is None

        # 50°31.2' N 3°34.8' E with a 3 m accuracy (GST), inside the map view
        receiver.send("GPGGA,101500,5031.200,N,00334.800,E,1,09,0.8,40.0,M,46.9,M,,",
                      "GPRMC,101500,A,5031.200,N,00334.800,E,000.0,000.0,221126,,",
                      "GPGSA,A,3,04,05,09,12,24,25,29,31,32,,,,1.6,0.8,1.4",
                      "GPGST,101500,1.2,3.0,2.0,0.0,3.0,3.0,5.0")
        extent = wgs84_canvas.extent()
        qtbot.mouseClick(dock.gps_button, Qt.LeftButton)
        expected = lambert72(admin, 3.58, 50.52)
        assert dock.draft().x == pytest.approx(expected[0], abs=0.5)
        assert dock.draft().y == pytest.approx(expected[1], abs=0.5)
        assert "GPS position, ±" in status_of(dock) and "#14532d" in dock.status.styleSheet()
        assert dock.point_tool.marker is not None and wgs84_canvas.extent() == extent

        # out of view, a poor fix: the map follows and the officer is told to check the place
        receiver.send("GPGGA,101600,5036.000,N,00339.000,E,1,05,2.5,40.0,M,46.9,M,,",
                      "GPRMC,101600,A,5036.000,N,00339.000,E,000.0,000.0,221126,,",
                      "GPGST,101600,20.0,60.0,40.0,0.0,60.0,60.0,80.0")
        qtbot.mouseClick(dock.gps_button, Qt.LeftButton)
        expected = lambert72(admin, 3.65, 50.6)
        assert dock.draft().x == pytest.approx(expected[0], abs=0.5)
        assert "check the place on the map" in status_of(dock)
        assert wgs84_canvas.extent().contains(QgsPointXY(3.65, 50.6))
    finally:
        receiver.close()


def test_map_centre_button_places_the_fact(dock, wgs84_canvas, admin, qtbot):
    qtbot.mouseClick(dock.centre_button, Qt.LeftButton)
    centre = wgs84_canvas.center()
    expected = lambert72(admin, centre.x(), centre.y())
    assert dock.draft().x == pytest.approx(expected[0], abs=2) and dock.draft().y == pytest.approx(expected[1], abs=2)
    assert "EPSG:31370" in dock.location_label.text()
    qtbot.mouseClick(dock.pick_button, Qt.LeftButton)
    assert wgs84_canvas.mapTool() is dock.point_tool and dock.pick_button.isChecked()
    qtbot.mouseClick(dock.pick_button, Qt.LeftButton)
    assert wgs84_canvas.mapTool() is not dock.point_tool and dock.point_tool.marker is None
    assert dock.draft().x is not None  # the place chosen stays
