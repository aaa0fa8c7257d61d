"""The cases dock: the filtered list of cases (paged by the database) above the detail of the
selected case, which the map shows and highlights.

The dock never runs SQL: it calls gpsu_plugin.core.cases and core.alerts with the connection of
its SharedConnection. Errors are shown in the dock's own message bar; the filters the user set
and the text typed are never reset by an error.
"""

from datetime import date, timedelta

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsPointXY,
                       QgsRectangle,
                       QgsProject)
from qgis.gui import QgsDockWidget, QgsFilterLineEdit, QgsMessageBar, QgsVertexMarker
from qgis.PyQt.QtCore import QDate, QItemSelectionModel, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSplitter,
                                 QToolButton, QVBoxLayout, QWidget)

from ..core import alerts, cases, incidents, migrations
from ..core.i18n import tr, user_language
from .case_detail import CaseDetailWidget
from .messages import connection_of, push_error
from .tables import filter_date_edit, record_table
from .cases_model import (COLUMN_CATEGORY, COLUMN_DUE, COLUMN_NUMBER, COLUMN_RECORDED, CasesTableModel,
                          colour_icon)

PAGE_SIZE = 50
TEXT_DEBOUNCE_MS = 400
ZOOM_SCALE = 5000          # zoom in when the map shows more than 1:5000 ...
ZOOM_HALF_WIDTH_M = 150    # ... to about 300 m around the selected case
SERVICES_MINE = "mine"
STATUSES_OPEN = "open"


class CasesDock(QgsDockWidget):
    """Cases of the services, filtered; selecting one zooms to it and shows its detail."""

    caseSelected = pyqtSignal(int)

    def __init__(self, iface, connection, parent=None, language=None):
        super().__init__(tr("GPS-U – cases"), parent)
        self.setObjectName("GpsuCasesDock")
        self.iface = iface
        self.connection = connection
        self.language = language or user_language()
        self.last_error = None
        self.marker = None
        self._marker_point = None   # (x, y, srid) of the highlighted case, in the database CRS
        self._marker_case = None
        self._srid = None
        self._my_services = None
        self._reselecting = False
        self._build()
        self.reload()

    # -- layout -----------------------------------------------------------------------------------

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)

        filters = QGridLayout()
        filters.setHorizontalSpacing(4)
        filters.setVerticalSpacing(4)
        self.service = QComboBox()
        self.service.setToolTip(tr("Service in charge of the case, or sharing it"))
        self.status = QComboBox()
        self.status.setToolTip(tr("Status of the case"))
        self.priority = QComboBox()
        self.priority.setToolTip(tr("Priority of the case"))
        self.category = QComboBox()
        self.category.setToolTip(tr("Category (with its sub-categories) or sub-category"))
        for combo in (self.service, self.status, self.priority, self.category):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filters.addWidget(self.service, 0, 0)
        filters.addWidget(self.status, 0, 1)
        filters.addWidget(self.priority, 1, 0)
        filters.addWidget(self.category, 1, 1)

        period = QHBoxLayout()
        period.setSpacing(4)
        period.addWidget(QLabel(tr("Recorded from")))
        self.date_from = filter_date_edit(tr("First day recorded (empty: no limit)"))
        self.date_to = filter_date_edit(tr("Last day recorded (empty: no limit)"))
        period.addWidget(self.date_from, 1)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.date_to, 1)
        filters.addLayout(period, 2, 0, 1, 2)

        search = QHBoxLayout()
        search.setSpacing(4)
        self.text = QgsFilterLineEdit()
        self.text.setShowSearchIcon(True)
        self.text.setPlaceholderText(tr("Number, description or place"))
        self.overdue_only = QCheckBox(tr("Overdue only"))
        self.refresh_button = QToolButton()
        self.refresh_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refresh_button.setToolTip(tr("Refresh the list"))
        search.addWidget(self.text, 1)
        search.addWidget(self.overdue_only)
        search.addWidget(self.refresh_button)
        filters.addLayout(search, 3, 0, 1, 2)
        layout.addLayout(filters)

        self.message_bar = QgsMessageBar()
        layout.addWidget(self.message_bar)

        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        list_part = QWidget()
        list_layout = QVBoxLayout(list_part)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        self.model = CasesTableModel(self)
        self.table = record_table(self.model, stretch_last=False)
        list_layout.addWidget(self.table, 1)
        more_row = QHBoxLayout()
        self.count = QLabel()
        self.count.setStyleSheet("color: #475467;")
        self.more_button = QPushButton(tr("More"))
        self.more_button.setToolTip(tr("Load the next {} cases").format(PAGE_SIZE))
        more_row.addWidget(self.count, 1)
        more_row.addWidget(self.more_button)
        list_layout.addLayout(more_row)
        self.splitter.addWidget(list_part)

        self.detail = CaseDetailWidget(self.connection, language=self.language)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter, 1)
        self.setWidget(body)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TEXT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.text.textChanged.connect(self._debounce.start)
        for combo in (self.service, self.status, self.priority, self.category):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.date_from.dateValueChanged.connect(self._filters_changed)
        self.date_to.dateValueChanged.connect(self._filters_changed)
        self.overdue_only.toggled.connect(self._filters_changed)
        self.refresh_button.clicked.connect(self._refresh_clicked)
        self.more_button.clicked.connect(self.load_more)
        self.model.loadFailed.connect(self._show_error)
        self.model.pageLoaded.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.caseChanged.connect(self._case_changed)
        self.detail.failed.connect(self._show_error)
        self.detail.detailLoaded.connect(self.show_on_map)
        self._populating = False

    def _conn(self):
        return connection_of(self.connection)

    # -- reference lists --------------------------------------------------------------------------

    def reload(self):
        """Read the filter lists again (keeping the choices made) and refresh the list."""
        self.detail.reset_lookups()
        if self.populate_filters():
            self.refresh()

    def populate_filters(self):
        chosen = {combo: combo.currentData() for combo in (self.service, self.status, self.priority, self.category)}
        first_time = self.service.count() == 0
        try:
            conn = self._conn()
            services = cases.services(conn, self.language)
            statuses = cases.statuses(conn, self.language)
            priorities = incidents.priorities(conn, self.language)
            categories = incidents.categories(conn, self.language)
            self._my_services = alerts.my_service_ids(conn)
        except Exception as error:
            self._show_error(error)
            return False
        self._populating = True
        try:
            for combo in (self.service, self.status, self.priority, self.category):
                combo.clear()
            self.service.addItem(tr("My services"), SERVICES_MINE)
            if not self._my_services:
                item = self.service.model().item(0)
                item.setEnabled(False)
                item.setToolTip(tr("You are not a member of any service yet."))
            self.service.addItem(tr("All services"), None)
            for service_id, label in services:
                self.service.addItem(label, service_id)
            self.status.addItem(tr("Open cases"), STATUSES_OPEN)
            self.status.addItem(tr("All statuses"), None)
            for code, label, _is_open in statuses:
                self.status.addItem(label, code)
            self.priority.addItem(tr("All priorities"), None)
            for level, label in priorities:
                self.priority.addItem(label, level)
            self.category.addItem(tr("All categories"), None)
            for category in categories:
                indent = "    " if category.parent_id is not None else ""
                self.category.addItem(colour_icon(category.colour), indent + category.label, category.id)
            self.model.set_labels({code: label for code, label, _open in statuses}, dict(priorities))
            if first_time:
                chosen[self.service] = SERVICES_MINE if self._my_services else None
                chosen[self.status] = STATUSES_OPEN
            for combo, data in chosen.items():
                index = combo.findData(data)
                combo.setCurrentIndex(index if index >= 0 else (1 if combo is self.service else 0))
        finally:
            self._populating = False
        return True

    # -- the list ---------------------------------------------------------------------------------

    def current_filter(self):
        """The core.cases.CaseFilter for the filters shown (None: "my services" but I have none)."""
        service = self.service.currentData()
        if service == SERVICES_MINE:
            if not self._my_services:
                return None
            service_ids = tuple(self._my_services)
        else:
            service_ids = (service,) if service is not None else ()
        status = self.status.currentData()
        if status == STATUSES_OPEN:
            statuses = cases.OPEN_STATUSES
        else:
            statuses = (status,) if status is not None else ()
        priority = self.priority.currentData()
        return cases.CaseFilter(
            service_ids=service_ids,
            statuses=tuple(statuses),
            priorities=(priority,) if priority is not None else (),
            category_id=self.category.currentData(),
            recorded_from=_date(self.date_from),
            recorded_to=_date(self.date_to, next_day=True),
            text=self.text.text().strip(),
            overdue_only=self.overdue_only.isChecked(),
        )

    def _refresh_clicked(self):
        """Refresh the list; first read the filter lists if they could not be read before."""
        if self.service.count() == 0:
            self.reload()
        else:
            self.refresh()

    def _filters_changed(self, *_args):
        if not self._populating:
            self.refresh()

    def refresh(self):
        """Load the first page for the current filters, keeping the selected case if still listed."""
        self._debounce.stop()
        selected = self.selected_case_id()
        case_filter = self.current_filter()
        if case_filter is None:
            self.model.clear()
            self._update_count()
            return False
        language = self.language

        def loader(after):
            return cases.list_cases(self._conn(), case_filter, limit=PAGE_SIZE, after=after, language=language)

        self._reselecting = True
        try:
            ok = self.model.reset(loader)
            if ok and selected is not None:
                self.select_case(selected, load=False)
        finally:
            self._reselecting = False
        if ok:
            self._resize_columns()
        return ok

    def load_more(self):
        ok = self.model.load_more()
        self._update_count()
        return ok

    def _update_count(self):
        shown = self.model.rowCount()
        if self.current_filter() is None:
            text = tr("You are not a member of any service: choose \"All services\".")
        elif shown == 0:
            text = tr("No case matches these filters.")
        elif self.model.has_more():
            text = tr("{} cases shown, more in the database").format(shown)
        else:
            text = tr("{} cases").format(shown) if shown != 1 else tr("1 case")
        self.count.setText(text)
        self.more_button.setEnabled(self.model.has_more())

    def _resize_columns(self):
        if self.model.rowCount() == 0:
            return
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (COLUMN_NUMBER, COLUMN_CATEGORY, COLUMN_RECORDED, COLUMN_DUE):
            header.resizeSection(column, header.sectionSize(column) + 8)
        header.resizeSection(COLUMN_CATEGORY, min(header.sectionSize(COLUMN_CATEGORY), 220))

    # -- selection, detail and map ----------------------------------------------------------------

    def selected_case_id(self):
        index = self.table.selectionModel().currentIndex()
        case = self.model.row_at(index.row()) if index.isValid() else None
        return case.id if case is not None else None

    def select_case(self, case_id, load=True):
        """Select `case_id` in the list if it is there (and show it); True when found."""
        row = self.model.row_of_case(case_id)
        if row < 0:
            if load:
                self.detail.load(case_id)
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)
        if load and self.detail.case_id != case_id:
            self.detail.load(case_id)
        return True

    def open_case(self, case_id):
        """Show a case (from an alert, say), whether or not the current filters list it."""
        self.show()
        self.raise_()
        if not self.select_case(case_id, load=False) or self.detail.case_id != case_id:
            self.detail.load(case_id)

    def _current_changed(self, current, _previous):
        if self._reselecting or not current.isValid():
            return
        case = self.model.row_at(current.row())
        if case is not None:
            self.caseSelected.emit(case.id)
            self.detail.load(case.id)

    def _case_changed(self, case_id):
        self.refresh()

    def database_srid(self):
        if self._srid is None:
            conn = self._conn()
            try:
                self._srid = migrations.installed_srid(conn)
            finally:
                conn.rollback()  # installed_srid leaves its read transaction open
        return self._srid

    def show_on_map(self, detail):
        """Centre the canvas on the case (zooming in if needed) and mark it; a case reloaded after
        a change is not zoomed to again (the user may have moved the map since)."""
        case = detail.case
        if case.get("x") is None or self.iface is None:
            return
        if self.marker is not None and self._marker_case == case["id"]:
            return
        try:
            srid = self.database_srid()
        except Exception as error:
            self._show_error(error)
            return
        self._marker_point = (case["x"], case["y"], srid)
        self._marker_case = case["id"]
        point = self._canvas_point()
        if point is None:
            return
        canvas = self.iface.mapCanvas()
        if canvas.extent().isEmpty() or canvas.scale() > ZOOM_SCALE:
            half = ZOOM_HALF_WIDTH_M
            if canvas.mapSettings().destinationCrs().isGeographic():
                half = ZOOM_HALF_WIDTH_M / 111320.0
            canvas.setExtent(QgsRectangle(point.x() - half, point.y() - half, point.x() + half, point.y() + half))
        else:
            canvas.setCenter(point)
        self._place_marker(point)
        canvas.refresh()

    def _canvas_point(self):
        x, y, srid = self._marker_point
        canvas = self.iface.mapCanvas()
        source = QgsCoordinateReferenceSystem("EPSG:{}".format(srid))
        destination = canvas.mapSettings().destinationCrs()
        point = QgsPointXY(x, y)
        if not destination.isValid():
            canvas.setDestinationCrs(source)
            return point
        if destination == source:
            return point
        try:
            return QgsCoordinateTransform(source, destination, QgsProject.instance()).transform(point)
        except QgsCsException:
            return None

    def _place_marker(self, point):
        canvas = self.iface.mapCanvas()
        if self.marker is None:
            self.marker = QgsVertexMarker(canvas)
            self.marker.setIconType(QgsVertexMarker.ICON_CIRCLE)
            self.marker.setIconSize(22)
            self.marker.setPenWidth(3)
            self.marker.setColor(QColor("#d92d20"))
            self.marker.setFillColor(QColor(217, 45, 32, 60))
            self.marker.setZValue(1000)
            canvas.destinationCrsChanged.connect(self._reproject_marker)
        self.marker.setCenter(point)
        self.marker.show()

    def _reproject_marker(self):
        if self.marker is not None and self._marker_point is not None:
            point = self._canvas_point()
            if point is not None:
                self.marker.setCenter(point)

    def remove_marker(self):
        if self.marker is not None:
            canvas = self.iface.mapCanvas()
            try:
                canvas.destinationCrsChanged.disconnect(self._reproject_marker)
            except TypeError:
                pass
            canvas.scene().removeItem(self.marker)
            self.marker = None
        self._marker_point = None
        self._marker_case = None

    # -- errors and unloading ---------------------------------------------------------------------

    def _show_error(self, error):
        self.last_error = error
        push_error(self.message_bar, error)

    def cleanup(self):
        """Remove what the dock put on the map canvas; call before removing the dock (plugin unload)."""
        self._debounce.stop()
        self.remove_marker()

    def closeEvent(self, event):
        self.remove_marker()
        super().closeEvent(event)


def _date(edit, next_day=False):
    value = edit.date()
    if edit.isNull() or not isinstance(value, QDate) or not value.isValid():
        return None
    day = date(value.year(), value.month(), value.day())
    return day + timedelta(days=1) if next_day else day
