"""The "log a fact" dock: where, what, when, the observation template and attachments, then save.

The dock never runs SQL: it calls gpsu_plugin.core.incidents with the connection of a
SharedConnection. What the user typed stays in the form until a save succeeds; after an error
(a rule, a lost connection) the same entry can be saved again.
"""

import os
from contextlib import contextmanager

import psycopg2
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException,
                       QgsPointXY, QgsProject)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDateTime, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPixmap
from qgis.PyQt.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit, QDialog, QGridLayout,
                                 QFileDialog, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                                 QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                                 QPushButton, QRadioButton, QScrollArea, QSizePolicy, QStackedWidget, QStyle,
                                 QVBoxLayout, QWidget)

from ..core import incidents, migrations
from ..core.dberrors import translate_db_errors
from ..core.exceptions import ConnectionLost, GpsuError, InvalidInput, NotAllowed
from ..core.i18n import tr, user_language
from .messages import show_error, show_success, size_text
from . import gps
from .duplicate_dialog import DuplicateDialog
from .point_tool import PointCaptureTool
from .template_form import TemplateForm

OBJECT_NAME = "GpsuIncidentDock"
THUMBNAIL = 64
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"
_PAGE_OFFLINE, _PAGE_FORM = 0, 1
_ERROR_STYLE = ("QLabel { color: #b42318; background: #fdecea; border: 1px solid #f1aeb5; "
                "border-radius: 3px; padding: 6px; }")
_SUCCESS_STYLE = ("QLabel { color: #14532d; background: #e6f4ea; border: 1px solid #9fd3ad; "
                  "border-radius: 3px; padding: 6px; font-weight: bold; }")
_INFO_STYLE = ("QLabel { color: #344054; background: #f2f4f7; border: 1px solid #d0d5dd; "
               "border-radius: 3px; padding: 6px; }")


def _lost_connection(details):
    return ConnectionLost(tr("The connection to the database was lost: nothing was saved. Your entry is "
                             "kept; save it again when the connection is back."), details)


def _rollback_quietly(conn):
    if not conn.closed:
        try:
            conn.rollback()
        except psycopg2.Error:
            pass


def _aware(qdatetime):
    """A QDateTimeEdit's local time as an aware datetime."""
    return qdatetime.toPyDateTime().replace(microsecond=0).astimezone()


class IncidentDock(QgsDockWidget):
    """Log a fact. `connection` is a core.session.SharedConnection; lists load on first show.

    Signals: `incidentSaved(id, number)` after a save, `connectionRequested` when the user asks
    for the connection settings (no connection configured, or it failed).
    """

    incidentSaved = pyqtSignal("qint64", str)
    connectionRequested = pyqtSignal()

    def __init__(self, iface, connection, parent=None):
        super().__init__(tr("GPS-U – log a fact"), parent)
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.connection = connection
        self.language = user_language()
        self.loaded = False
        self.srid = None
        self.location = None          # QgsPointXY in the database CRS
        self.categories = []
        self.attachments = []
        self.point_tool = None
        self._fields_cache = {}
        self._priority_chosen = False  # the user picked a priority: it overrides the dispatch rules
        self._last_dir = ""
        self._duplicate_numbers = {}
        self._build()
        self.canvas.mapToolSet.connect(self._map_tool_changed)
        self.clear_form()

    # -- layout -----------------------------------------------------------------------------------

    def _build(self):
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_offline_page())
        self.pages.addWidget(self._build_form_page())
        self.setWidget(self.pages)
        self.setMinimumWidth(320)

    def _build_offline_page(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.offline_message = QLabel(tr("Connecting to the GPS-U database…"))
        self.offline_message.setWordWrap(True)
        self.offline_message.setStyleSheet(_INFO_STYLE)
        self.connection_button = QPushButton(tr("Connection…"))
        self.connection_button.setIcon(QIcon(os.path.join(os.path.dirname(os.path.dirname(__file__)),
                                                          "icons", "connection.svg")))
        self.retry_button = QPushButton(tr("Try again"))
        row = QHBoxLayout()
        row.addWidget(self.connection_button)
        row.addWidget(self.retry_button)
        row.addStretch()
        layout.addWidget(self.offline_message)
        layout.addLayout(row)
        layout.addStretch()
        self.connection_button.clicked.connect(self.connectionRequested)
        self.retry_button.clicked.connect(self.reload)
        return page

    def _build_form_page(self):
        self._forms = []
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._build_where())
        layout.addWidget(self._build_what())
        self.template_box = QGroupBox(tr("Observation template"))
        self.template_form = TemplateForm()
        QVBoxLayout(self.template_box).addWidget(self.template_form)
        self._forms.append(self.template_form.form_layout)
        layout.addWidget(self.template_box)
        layout.addWidget(self._build_when())
        layout.addWidget(self._build_attachments())
        layout.addStretch()

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("gpsu_incident_status")
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status.hide()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setIcon(QgsApplication.getThemeIcon("/mActionFileSave.svg"))
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(32)
        self.save_button.clicked.connect(self.save)

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.scroll, 1)
        bottom = QVBoxLayout()
        bottom.setContentsMargins(9, 0, 9, 9)
        bottom.addWidget(self.status)
        bottom.addWidget(self.save_button)
        page_layout.addLayout(bottom)
        self._align_labels()
        return page

    def _align_labels(self):
        """One label column for all the groups, as if they were one form."""
        labels = []
        for form in self._forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
        for label in labels:
            label.setMinimumWidth(0)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def _form(self, box):
        form = QFormLayout(box)
        self._forms.append(form)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        return form

    def _build_where(self):
        box = QGroupBox(tr("Where"))
        form = self._form(box)
        self.location_label = QLabel()
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.pick_button = QPushButton(tr("Place on the map"))
        self.pick_button.setIcon(QgsApplication.getThemeIcon("/mActionCapturePoint.svg"))
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(tr("Then click the place of the fact on the map; click again to move it."))
        self.centre_button = QPushButton(tr("Map centre"))
        self.centre_button.setIcon(QgsApplication.getThemeIcon("/mActionZoomToSelected.svg"))
        self.centre_button.setToolTip(tr("Use the centre of the map view as the place of the fact."))
        self.gps_button = QPushButton(tr("GPS"))
        self.gps_button.setIcon(QgsApplication.getThemeIcon("/mIconGps.svg"))
        self.gps_button.setToolTip(tr("Use the position of the GPS connected to QGIS (GPS Information panel)."))
        buttons = QWidget()  # two rows, so that a narrow dock shows every button whole
        grid = QGridLayout(buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.pick_button, 0, 0, 1, 2)
        grid.addWidget(self.centre_button, 1, 0)
        grid.addWidget(self.gps_button, 1, 1)
        self.place = QLineEdit()
        self.place.setPlaceholderText(tr("Street, number, landmark…"))
        form.addRow(tr("Location *"), self.location_label)
        form.addRow(buttons)
        form.addRow(tr("Place / address"), self.place)
        self.pick_button.toggled.connect(self._pick_toggled)
        self.centre_button.clicked.connect(self.use_map_centre)
        self.gps_button.clicked.connect(self.use_gps_position)
        return box

    def _build_what(self):
        box = QGroupBox(tr("What"))
        form = self._form(box)
        self.category = QComboBox()
        self.subcategory = QComboBox()
        self.priority = QComboBox()
        self.priority.setToolTip(tr("Proposed from the category; the municipality's dispatch rules apply "
                                    "unless you choose another priority."))
        for combo in (self.category, self.subcategory, self.priority):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(tr("What was seen"))
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(72)
        self.description.setMaximumHeight(120)
        form.addRow(tr("Category *"), self.category)
        form.addRow(tr("Sub-category"), self.subcategory)
        form.addRow(tr("Priority"), self.priority)
        form.addRow(tr("What was seen"), self.description)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.subcategory.currentIndexChanged.connect(self._chosen_category_changed)
        self.priority.activated.connect(self._priority_activated)
        return box

    def _build_when(self):
        box = QGroupBox(tr("When"))
        form = self._form(box)
        self.at_radio = QRadioButton(tr("At"))
        self.between_radio = QRadioButton(tr("Between"))
        self.at_edit, self.from_edit, self.to_edit = (self._datetime_edit() for _ in range(3))
        form.addRow(self.at_radio, self.at_edit)
        form.addRow(self.between_radio, self.from_edit)
        form.addRow(tr("and"), self.to_edit)
        self.at_radio.toggled.connect(self._update_when)
        return box

    @staticmethod
    def _datetime_edit():
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATETIME_FORMAT)
        return edit

    def _build_attachments(self):
        box = QGroupBox(tr("Attachments"))
        layout = QVBoxLayout(box)
        self.attachment_list = QListWidget()
        self.attachment_list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.attachment_list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.attachment_list.setMinimumHeight(THUMBNAIL + 12)
        self.attachment_list.setMaximumHeight(3 * (THUMBNAIL + 8) + 4)
        self.attachment_list.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.add_attachment_button = QPushButton(tr("Add files…"))
        self.add_attachment_button.setIcon(QgsApplication.getThemeIcon("/mActionAdd.svg"))
        self.remove_attachment_button = QPushButton(tr("Remove"))
        self.remove_attachment_button.setIcon(QgsApplication.getThemeIcon("/mActionRemove.svg"))
        self.remove_attachment_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.add_attachment_button)
        row.addWidget(self.remove_attachment_button)
        row.addStretch()
        layout.addWidget(self.attachment_list)
        layout.addLayout(row)
        self.add_attachment_button.clicked.connect(self.browse_attachments)
        self.remove_attachment_button.clicked.connect(self.remove_selected_attachments)
        self.attachment_list.itemSelectionChanged.connect(
            lambda: self.remove_attachment_button.setEnabled(bool(self.attachment_list.selectedItems())))
        return box

    # -- loading ----------------------------------------------------------------------------------

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self):
        """(Re)load the CRS, categories and priorities; False (with a message) when that fails."""
        try:
            with self._database() as conn:
                migrations.schema_state(conn).raise_if_unusable()
                srid = migrations.installed_srid(conn)
                may_log = incidents.may_log_facts(conn)
                conn.rollback()
                if not may_log:
                    raise NotAllowed(tr("Your account cannot log facts: ask the GPS-U administrator for the "
                                        "field officer or service handler role."))
                categories = incidents.categories(conn, self.language)
                priorities = incidents.priorities(conn, self.language)
        except GpsuError as error:
            self._show_offline(error.message)
            return False
        except Exception as error:  # unexpected: logged with its traceback
            show_error(self.iface, error)
            self._show_offline(tr("An unexpected error occurred; the GPS-U log panel has the details."))
            return False
        self._set_srid(srid)
        self._fields_cache = {}
        self._fill_lists(categories, priorities)
        self.loaded = True
        self.pages.setCurrentIndex(_PAGE_FORM)
        return True

    def _show_offline(self, message):
        self.loaded = False
        self.offline_message.setText(message)
        self.pages.setCurrentIndex(_PAGE_OFFLINE)

    def _set_srid(self, srid):
        if self.point_tool is not None and self.point_tool.srid == srid:
            return
        self.release_map_tool()
        if self.point_tool is not None:
            self.point_tool.deleteLater()
        self.srid = srid
        self.point_tool = PointCaptureTool(self.canvas, srid)
        self.point_tool.pointCaptured.connect(self._location_chosen)
        self.point_tool.captureFailed.connect(lambda message: self._show_error(InvalidInput(message)))
        self._show_location()

    def _fill_lists(self, categories, priorities):
        chosen = self.category_id()
        self.categories = list(categories)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(tr("Choose a category…"), None)
        for category in self.categories:
            if category.parent_id is None:
                self.category.addItem(self._colour_icon(category.colour), category.label, category.id)
        self.category.blockSignals(False)
        self.priority.clear()
        for level, label in priorities:
            self.priority.addItem(label, level)
        chosen_category = self._category(chosen)
        parent_id = None if chosen_category is None else (chosen_category.parent_id or chosen_category.id)
        self.category.setCurrentIndex(max(self.category.findData(parent_id), 0) if parent_id else 0)
        self._category_changed()
        if chosen_category is not None and chosen_category.parent_id is not None:
            self.subcategory.setCurrentIndex(max(self.subcategory.findData(chosen_category.id), 0))

    @staticmethod
    def _colour_icon(colour):
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setBrush(QColor(colour))
        painter.setPen(QColor("#555555"))
        painter.drawRect(0, 0, 11, 11)
        painter.end()
        return QIcon(pixmap)

    # -- database calls ---------------------------------------------------------------------------

    @contextmanager
    def _database(self):
        """The shared connection, with database errors turned into GPS-U errors (a dropped
        connection is ConnectionLost, and the next call reconnects)."""
        QApplication.setOverrideCursor(Qt.WaitCursor)
        conn = None
        try:
            conn = self.connection.get()
            with translate_db_errors():
                yield conn
        except psycopg2.Error as error:
            if conn is not None and conn.closed:
                raise _lost_connection(str(error)) from error
            if conn is not None:
                _rollback_quietly(conn)
            raise
        except GpsuError:
            if conn is not None:
                _rollback_quietly(conn)
            raise
        finally:
            QApplication.restoreOverrideCursor()

    # -- category, priority, template -------------------------------------------------------------

    def _category(self, category_id):
        return next((c for c in self.categories if c.id == category_id), None)

    def category_id(self):
        """The sub-category if one is chosen, else the category (None when nothing is chosen)."""
        return self.subcategory.currentData() or self.category.currentData()

    def _category_changed(self):
        parent_id = self.category.currentData()
        children = [c for c in self.categories if parent_id is not None and c.parent_id == parent_id]
        self.subcategory.blockSignals(True)
        self.subcategory.clear()
        self.subcategory.addItem(tr("(none)") if children else "", None)
        for child in children:
            self.subcategory.addItem(child.label, child.id)
        self.subcategory.setEnabled(bool(children))
        self.subcategory.blockSignals(False)
        self._chosen_category_changed()

    def _chosen_category_changed(self):
        category = self._category(self.category_id())
        if not self._priority_chosen:
            self._propose_priority(category)
        self._rebuild_template(category)

    def _propose_priority(self, category):
        level = category.default_priority if category is not None else 3
        self.priority.setCurrentIndex(max(self.priority.findData(level), 0))

    def _priority_activated(self):
        self._priority_chosen = True

    def _rebuild_template(self, category):
        fields = []
        if category is not None:
            if category.id not in self._fields_cache:
                try:
                    with self._database() as conn:
                        self._fields_cache[category.id] = incidents.template_fields(conn, category.id, self.language)
                except GpsuError as error:
                    self._show_error(error)
                    return
            fields = self._fields_cache[category.id]
        typed = self.template_form.values()
        self.template_form.set_fields(fields)
        self.template_form.set_values(typed)   # what fits the new template is kept
        self.template_box.setVisible(bool(fields))
        self._align_labels()

    # -- location ---------------------------------------------------------------------------------

    def _pick_toggled(self, checked):
        if self.point_tool is None:
            self.pick_button.setChecked(False)
            return
        if checked and self.canvas.mapTool() is not self.point_tool:
            self.canvas.setMapTool(self.point_tool)
        elif not checked and self.canvas.mapTool() is self.point_tool:
            self.canvas.unsetMapTool(self.point_tool)

    def _map_tool_changed(self, new_tool, old_tool=None):
        self.pick_button.blockSignals(True)
        self.pick_button.setChecked(new_tool is not None and new_tool is self.point_tool)
        self.pick_button.blockSignals(False)

    def use_map_centre(self):
        if self.point_tool is not None:
            self.point_tool.capture(self.canvas.center())

    def use_gps_position(self):
        """Place the fact where the connected GPS is; the map follows if the place is out of view.
        Without a GPS or a fix, say why and change nothing."""
        if self.point_tool is None:
            return None
        try:
            info = gps.current_fix()
            wgs84 = QgsCoordinateReferenceSystem.fromEpsgId(4326)
            context = QgsProject.instance().transformContext()
            map_point = QgsCoordinateTransform(wgs84, self.canvas.mapSettings().destinationCrs(), context).transform(
                gps.wgs84_point(info))
        except InvalidInput as error:
            self._show_error(error)
            return None
        except QgsCsException:
            self._show_error(InvalidInput(tr("This place cannot be converted to the database's coordinate system.")))
            return None
        point = self.point_tool.capture(map_point)
        if point is None:
            return None
        if not self.canvas.extent().contains(map_point):
            self.canvas.setCenter(map_point)
            self.canvas.refresh()
        poor = gps.accuracy_metres(info) is None or gps.accuracy_metres(info) > gps.POOR_ACCURACY_METRES
        self._show_status(gps.describe(info), _INFO_STYLE if poor else _SUCCESS_STYLE)
        return point

    def _location_chosen(self, point):
        self.location = point
        self._show_location()

    def set_location(self, x, y):
        """Place the fact at (x, y) in the database CRS (for scripts and tests)."""
        self._location_chosen(QgsPointXY(x, y))

    def _show_location(self):
        if self.location is None:
            self.location_label.setText(tr("Not placed yet: use one of the buttons below."))
            self.location_label.setStyleSheet("color: #667085;")
        else:
            self.location_label.setText(tr("X {x} – Y {y} (EPSG:{srid})").format(
                x="{:.1f}".format(self.location.x()), y="{:.1f}".format(self.location.y()), srid=self.srid))
            self.location_label.setStyleSheet("")

    def release_map_tool(self):
        """Give the map back (our capture tool off, its marker removed)."""
        if self.point_tool is not None:
            if self.canvas.mapTool() is self.point_tool:
                self.canvas.unsetMapTool(self.point_tool)
            self.point_tool.clear()

    def closeEvent(self, event):  # noqa: N802
        self.release_map_tool()
        super().closeEvent(event)

    # -- time -------------------------------------------------------------------------------------

    def _update_when(self):
        at = self.at_radio.isChecked()
        self.at_edit.setEnabled(at)
        self.from_edit.setEnabled(not at)
        self.to_edit.setEnabled(not at)

    def _reset_when(self):
        now = QDateTime.currentDateTime()
        self.at_radio.setChecked(True)
        self.at_edit.setDateTime(now)
        self.from_edit.setDateTime(now.addSecs(-3600))
        self.to_edit.setDateTime(now)
        self._update_when()

    # -- attachments ------------------------------------------------------------------------------

    def browse_attachments(self):
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Attach photos or documents"), self._last_dir,
            tr("Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)"))
        if paths:
            self._last_dir = os.path.dirname(paths[0])
            self.add_attachment_files(paths)

    def add_attachment_files(self, paths):
        for path in paths:
            try:
                attachment = incidents.Attachment.from_path(path)
            except OSError as error:
                self._show_error(InvalidInput(tr("\"{}\" cannot be read.").format(os.path.basename(path)),
                                              str(error)))
                continue
            self.attachments.append(attachment)
            item = QListWidgetItem(self._attachment_icon(attachment),
                                   "{}\n{}".format(attachment.filename, size_text(len(attachment.content))))
            item.setToolTip(attachment.mime_type)
            self.attachment_list.addItem(item)

    def _attachment_icon(self, attachment):
        if attachment.mime_type.startswith("image/"):
            pixmap = QPixmap()
            if pixmap.loadFromData(attachment.content):
                return QIcon(pixmap.scaled(THUMBNAIL, THUMBNAIL, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        return self.style().standardIcon(QStyle.SP_FileIcon)

    def remove_selected_attachments(self):
        rows = sorted((self.attachment_list.row(item) for item in self.attachment_list.selectedItems()),
                      reverse=True)
        for row in rows:
            self.attachment_list.takeItem(row)
            del self.attachments[row]

    # -- the entry --------------------------------------------------------------------------------

    def draft(self):
        """What the form holds, as a core.incidents.IncidentDraft."""
        at = self.at_radio.isChecked()
        return incidents.IncidentDraft(
            category_id=self.category_id(),
            x=None if self.location is None else self.location.x(),
            y=None if self.location is None else self.location.y(),
            observed_at=_aware(self.at_edit.dateTime()) if at else None,
            observed_from=None if at else _aware(self.from_edit.dateTime()),
            observed_to=None if at else _aware(self.to_edit.dateTime()),
            priority=self.priority.currentData() if self._priority_chosen else None,
            description=self.description.toPlainText(),
            place=self.place.text(),
            template=self.template_form.values(),
            attachments=list(self.attachments),
        )

    def clear_form(self):
        """Empty the entry after a save; the category stays for the next fact of the same kind."""
        self.location = None
        if self.point_tool is not None:
            self.point_tool.clear()
        self._show_location()
        self.place.clear()
        self.description.clear()
        self.template_form.clear()
        self._priority_chosen = False
        self._propose_priority(self._category(self.category_id()))
        self._reset_when()
        self.attachment_list.clear()
        self.attachments = []

    def choose_duplicate(self, candidates):
        """Ask whether the fact is one of `candidates`: an id to link to, 0 for a new fact, None to cancel."""
        dialog = DuplicateDialog(candidates, self)
        if dialog.exec_() != QDialog.Accepted:
            return None
        return dialog.choice

    def save(self):
        """Check, look for duplicates, save; returns the SavedIncident, or None (message shown)."""
        draft = self.draft()
        self.save_button.setEnabled(False)
        try:
            saved = self._save(draft)
        except GpsuError as error:
            self._show_error(error)
            return None
        except Exception as error:  # unexpected: logged with its traceback, the entry is kept
            show_error(self.iface, error)
            self._show_status(tr("An unexpected error occurred; the GPS-U log panel has the details."),
                              _ERROR_STYLE)
            return None
        finally:
            self.save_button.setEnabled(True)
        if saved is None:
            self._show_status(tr("Nothing was saved: your entry is still here."), _INFO_STYLE)
            return None
        message = self._saved_message(saved, draft)
        self._show_status(message, _SUCCESS_STYLE)
        show_success(self.iface, message)
        self.incidentSaved.emit(saved.id, saved.number)
        self.clear_form()
        return saved

    def _save(self, draft):
        with self._database() as conn:
            incidents.validate(conn, draft)
            candidates = incidents.possible_duplicates(conn, draft)
        self._duplicate_numbers = {c.id: c.number for c in candidates}
        if candidates:
            choice = self.choose_duplicate(candidates)
            if choice is None:
                return None
            draft.duplicate_of = choice or None
        with self._database() as conn:
            return incidents.save(conn, draft, self.language)

    def _saved_message(self, saved, draft):
        if draft.duplicate_of:
            original = self._duplicate_numbers.get(draft.duplicate_of, draft.duplicate_of)
            return tr("Saved as fact {number}, linked to case {original}.").format(
                number=saved.number, original=original)
        if saved.service:
            return tr("Saved as fact {number}, dispatched to {service}.").format(
                number=saved.number, service=saved.service)
        return tr("Saved as fact {number}; no service is assigned yet.").format(number=saved.number)

    # -- messages ---------------------------------------------------------------------------------

    def _show_status(self, text, style):
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))

    def _show_error(self, error):
        self._show_status(error.message, _ERROR_STYLE)
        if not isinstance(error, InvalidInput):
            show_error(self.iface, error)
