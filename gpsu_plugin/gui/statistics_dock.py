"""The Statistics dock: charts of the incidents for a period, a zone and filters, each exportable
as PNG and its numbers as CSV.

The dock never runs SQL itself: core.statistics computes in a QgsTask (the interface never
freezes), gui.charts draws the figure back on the main thread. "Follow the map" takes the map's
current extent as the zone (and refreshes when the map moves) and, when the plugin's "Incidents by
category" layer is filtered on categories, the same categories; it says what it took and what it
could not read.
"""

import re
from datetime import date, datetime, timedelta

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsGeometry, QgsProject,
                       QgsTask)
from qgis.gui import QgsCheckableComboBox, QgsDateEdit, QgsDockWidget, QgsMessageBar
from qgis.PyQt.QtCore import QDate, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                                 QToolButton, QVBoxLayout, QWidget)

from ..core import cases, incidents, layers, migrations, statistics
from ..core.exceptions import InvalidInput
from ..core.i18n import tr, user_language
from . import charts, tasks
from .messages import connection_of, push_error

ZONE_ALL, ZONE_DISTRICTS, ZONE_EXTENT = "all", "districts", "extent"
PRESET_30_DAYS, PRESET_12_MONTHS, PRESET_THIS_YEAR, PRESET_LAST_YEAR, PRESET_4_YEARS, PRESET_CUSTOM = (
    "30d", "12m", "this_year", "last_year", "4y", "custom")
EXTENT_DEBOUNCE_MS = 700
MONTHLY_MONTHS = 48   # the monthly chart looks back this far when the period is shorter than two years

# the filters GPS-U's layers may carry: "category_id" = 3 or "category_id" IN (3, 4)
CATEGORY_SUBSET = re.compile(r'^\s*"?category_id"?\s*(?:=\s*(\d+)|IN\s*\(\s*([\d\s,]+)\))\s*$', re.IGNORECASE)


def categories_from_subset(subset):
    """The category ids of a layer filter GPS-U understands; () for no filter; None when the filter is
    something else."""
    subset = (subset or "").strip()
    if not subset:
        return ()
    match = CATEGORY_SUBSET.match(subset)
    if match is None:
        return None
    text = match.group(1) or match.group(2)
    return tuple(int(part) for part in text.replace(" ", "").split(",") if part)


def compute(conn, key, query, language="fr", phenomena=None):
    """The data of chart `key` (see gui.charts.chart_titles) for `query`: what the task runs.

    Returns (data, note): note is a sentence for the user when the selection was adapted, or "".
    """
    note = ""
    if key == charts.COUNTS_OVER_TIME:
        return statistics.counts_over_time(conn, query, language=language), note
    if key == charts.PHENOMENA:
        categories_a, categories_b = phenomena or ((), ())
        return statistics.compare_phenomena(conn, query, categories_a, categories_b, language=language), note
    if key == charts.STATUS:
        return statistics.cases_by_status(conn, query, language), note
    if key == charts.HANDLING:
        return statistics.handling_times(conn, query, language), note
    if key == charts.DISTRICTS:
        return statistics.top_districts(conn, query), note
    if key == charts.MONTHLY:
        last_day = statistics.bucket_start(query.period_to - timedelta(microseconds=1), statistics.MONTH)
        end = statistics.add_months(datetime.combine(last_day, datetime.min.time()), 1)
        start = datetime.combine(statistics.bucket_start(query.period_from, statistics.MONTH), datetime.min.time())
        if (end.year - start.year) * 12 + end.month - start.month < statistics.MIN_SEASONAL_MONTHS:
            start = statistics.add_months(end, -MONTHLY_MONTHS)
            note = tr("The monthly series covers the {months} months up to the end of the period.").format(
                months=MONTHLY_MONTHS)
        return statistics.monthly_series(conn, query.with_period(start, end), trim_leading=bool(note)), note
    raise InvalidInput(tr("Unknown chart \"{}\".").format(key))


class StatisticsDock(QgsDockWidget):
    """Charts for a period, a zone and filters; PNG and CSV export."""

    chartReady = pyqtSignal(str)      # the chart key, once drawn
    failed = pyqtSignal(object)

    def __init__(self, iface, connection, parent=None, language=None):
        super().__init__(tr("GPS-U – statistics"), parent)
        self.setObjectName("GpsuStatisticsDock")
        self.iface = iface
        self.connection = connection
        self.language = language or user_language()
        self.data = None            # the last chart's data (core.statistics result)
        self.data_key = None
        self.figure = None
        self.last_error = None
        self.task = None
        self._pending = False
        self._worker_conn = None
        self._srid = None
        self._map_categories = None
        self._build()
        self.reload()

    # -- layout -----------------------------------------------------------------------------------

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)

        self.chart = QComboBox()
        for key, title in charts.chart_titles().items():
            self.chart.addItem(title, key)
        self.chart.setToolTip(tr("The chart to show"))
        grid.addWidget(QLabel(tr("Chart")), 0, 0)
        grid.addWidget(self.chart, 0, 1, 1, 3)

        self.preset = QComboBox()
        for label, key in ((tr("Last 30 days"), PRESET_30_DAYS), (tr("Last 12 months"), PRESET_12_MONTHS),
                           (tr("This year"), PRESET_THIS_YEAR), (tr("Last year"), PRESET_LAST_YEAR),
                           (tr("Last 4 years"), PRESET_4_YEARS), (tr("Chosen dates"), PRESET_CUSTOM)):
            self.preset.addItem(label, key)
        self.date_from = self._date_edit(tr("First day of the period"))
        self.date_to = self._date_edit(tr("Last day of the period (included)"))
        grid.addWidget(QLabel(tr("Period")), 1, 0)
        grid.addWidget(self.preset, 1, 1)
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel(tr("to")))
        dates.addWidget(self.date_to, 1)
        grid.addLayout(dates, 1, 2, 1, 2)

        self.zone = QComboBox()
        self.zone.addItem(tr("Whole territory"), ZONE_ALL)
        self.zone.addItem(tr("Chosen districts"), ZONE_DISTRICTS)
        self.zone.addItem(tr("Map's current extent"), ZONE_EXTENT)
        self.districts = QgsCheckableComboBox()
        self.districts.setDefaultText(tr("Choose districts"))
        self.districts.setEnabled(False)
        grid.addWidget(QLabel(tr("Zone")), 2, 0)
        grid.addWidget(self.zone, 2, 1)
        grid.addWidget(self.districts, 2, 2, 1, 2)

        self.categories = QgsCheckableComboBox()
        self.categories.setDefaultText(tr("All categories"))
        self.categories.setToolTip(tr("Categories (with their sub-categories) or sub-categories"))
        self.statuses = QgsCheckableComboBox()
        self.statuses.setDefaultText(tr("All statuses"))
        self.services = QgsCheckableComboBox()
        self.services.setDefaultText(tr("All services"))
        grid.addWidget(QLabel(tr("Filters")), 3, 0)
        grid.addWidget(self.categories, 3, 1)
        grid.addWidget(self.statuses, 3, 2)
        grid.addWidget(self.services, 3, 3)

        self.phenomenon_a = QgsCheckableComboBox()
        self.phenomenon_a.setDefaultText(tr("Phenomenon A: categories"))
        self.phenomenon_b = QgsCheckableComboBox()
        self.phenomenon_b.setDefaultText(tr("Phenomenon B: categories"))
        self.phenomena_label = QLabel(tr("Compare"))
        grid.addWidget(self.phenomena_label, 4, 0)
        grid.addWidget(self.phenomenon_a, 4, 1, 1, 1)
        grid.addWidget(self.phenomenon_b, 4, 2, 1, 2)
        for column, stretch in ((1, 2), (2, 2), (3, 2)):
            grid.setColumnStretch(column, stretch)
        layout.addLayout(grid)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.follow_button = QPushButton(tr("Follow the map"))
        self.follow_button.setToolTip(tr("Use the map's current extent as the zone (updated when the map moves) and "
                                         "the categories of the \"Incidents by category\" layer's filter, if any"))
        self.refresh_button = QPushButton(tr("Refresh"))
        self.png_button = QToolButton()
        self.png_button.setText(tr("PNG…"))
        self.png_button.setToolTip(tr("Save the chart as a PNG image"))
        self.csv_button = QToolButton()
        self.csv_button.setText(tr("CSV…"))
        self.csv_button.setToolTip(tr("Save the chart's numbers as a CSV file"))
        buttons.addWidget(self.follow_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.csv_button)
        layout.addLayout(buttons)

        self.message_bar = QgsMessageBar()
        layout.addWidget(self.message_bar)
        self.canvas_holder = QVBoxLayout()
        self.canvas_holder.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.canvas_holder, 1)
        self.canvas = None
        self.status = QLabel()
        self.status.setStyleSheet("color: #475467;")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(body)

        self._extent_timer = QTimer(self)
        self._extent_timer.setSingleShot(True)
        self._extent_timer.setInterval(EXTENT_DEBOUNCE_MS)
        self._extent_timer.timeout.connect(self.refresh)
        self._set_preset(PRESET_12_MONTHS)
        self._update_widgets()

        self.chart.currentIndexChanged.connect(self._chart_changed)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateValueChanged.connect(self._dates_changed)
        self.date_to.dateValueChanged.connect(self._dates_changed)
        self.zone.currentIndexChanged.connect(self._zone_changed)
        for combo in (self.districts, self.categories, self.statuses, self.services, self.phenomenon_a,
                      self.phenomenon_b):
            combo.checkedItemsChanged.connect(self._filters_changed)
        self.follow_button.clicked.connect(self.follow_map)
        self.refresh_button.clicked.connect(self.refresh)
        self.png_button.clicked.connect(lambda: self.export_png())
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self._canvas_signal = None
        if self._map_canvas() is not None:
            self._map_canvas().extentsChanged.connect(self._map_moved)
            self._canvas_signal = self._map_canvas()

    @staticmethod
    def _date_edit(tooltip):
        edit = QgsDateEdit()
        edit.setAllowNull(False)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setToolTip(tooltip)
        return edit

    def _map_canvas(self):
        if self.iface is None:
            return None
        try:
            return self.iface.mapCanvas()
        except (AttributeError, RuntimeError):
            return None

    # -- reference lists --------------------------------------------------------------------------

    def reload(self):
        """Read the districts, categories, statuses and services again (keeping the choices made)."""
        try:
            conn = connection_of(self.connection)
            categories = incidents.categories(conn, self.language)
            statuses = cases.statuses(conn, self.language)
            services = cases.services(conn, self.language)
            with conn.cursor() as cur:
                cur.execute("SELECT id, name FROM gpsu.districts ORDER BY name, id")
                districts = cur.fetchall()
            conn.rollback()
            self._srid = migrations.installed_srid(conn)
            conn.rollback()
        except Exception as error:  # shown in the dock; the user fixes the connection and reloads
            self._show_error(error)
            return False
        self._populating = True
        try:
            self._fill(self.categories, [(c.id, ("    " if c.parent_id is not None else "") + c.label)
                                         for c in categories])
            top = [(c.id, c.label) for c in categories if c.parent_id is None]
            self._fill(self.phenomenon_a, top)
            self._fill(self.phenomenon_b, top)
            self._fill(self.statuses, [(code, label) for code, label, _open in statuses if code != "duplicate"])
            self._fill(self.services, list(services))
            self._fill(self.districts, list(districts))
        finally:
            self._populating = False
        self.refresh()
        return True

    @staticmethod
    def _fill(combo, items):
        chosen = set(combo.checkedItemsData())
        combo.blockSignals(True)
        try:
            combo.clear()
            for value, label in items:
                combo.addItemWithCheckState(label, Qt.Checked if value in chosen else Qt.Unchecked, value)
        finally:
            combo.blockSignals(False)

    # -- the selection ----------------------------------------------------------------------------

    def _set_preset(self, key):
        today = date.today()
        if key == PRESET_30_DAYS:
            start, end = today - timedelta(days=29), today
        elif key == PRESET_12_MONTHS:
            start, end = statistics.add_months(datetime.combine(today, datetime.min.time()), -11).date(), today
        elif key == PRESET_THIS_YEAR:
            start, end = date(today.year, 1, 1), today
        elif key == PRESET_LAST_YEAR:
            start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        elif key == PRESET_4_YEARS:
            start, end = statistics.add_months(datetime.combine(today, datetime.min.time()), -47).date(), today
        else:
            return
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        index = self.preset.findData(key)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)

    def set_period(self, start, end):
        """Show the period from `start` to `end` (dates, both included) and refresh."""
        index = self.preset.findData(PRESET_CUSTOM)
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._update_widgets()
        self.refresh()

    def set_chart(self, key):
        self.chart.setCurrentIndex(self.chart.findData(key))

    def period(self):
        """(from, to) as naive datetimes: the first day at midnight, the day after the last one."""
        start, end = self.date_from.date().toPyDate(), self.date_to.date().toPyDate()
        if end < start:
            raise InvalidInput(tr("The start of the period must be before its end."))
        return datetime.combine(start, datetime.min.time()), datetime.combine(end + timedelta(days=1),
                                                                              datetime.min.time())

    def current_query(self):
        start, end = self.period()
        zone = self.zone.currentData()
        district_ids, wkt = (), None
        if zone == ZONE_DISTRICTS:
            district_ids = tuple(int(d) for d in self.districts.checkedItemsData())
            if not district_ids:
                raise InvalidInput(tr("Choose at least one district, or the whole territory."))
        elif zone == ZONE_EXTENT:
            wkt = self.extent_wkt()
        return statistics.StatsQuery(
            period_from=start, period_to=end,
            category_ids=tuple(int(c) for c in self.categories.checkedItemsData()),
            statuses=tuple(str(s) for s in self.statuses.checkedItemsData()),
            service_ids=tuple(int(s) for s in self.services.checkedItemsData()),
            district_ids=district_ids, polygon_wkt=wkt).validate()

    def extent_wkt(self):
        """The map's current extent as a polygon in the schema's CRS (WKT)."""
        canvas = self._map_canvas()
        if canvas is None:
            raise InvalidInput(tr("No map is available to take its extent."))
        extent = canvas.extent()
        source = canvas.mapSettings().destinationCrs()
        target = QgsCoordinateReferenceSystem("EPSG:{}".format(self._srid or 31370))
        if source.isValid() and source != target:
            try:
                extent = QgsCoordinateTransform(source, target, QgsProject.instance()).transformBoundingBox(extent)
            except QgsCsException:
                raise InvalidInput(tr("The map's extent cannot be expressed in the database's coordinates.")) \
                    from None
        if extent.isEmpty():
            raise InvalidInput(tr("The map's extent is empty."))
        return QgsGeometry.fromRect(extent).asWkt()

    # -- following the map ----------------------------------------------------------------------

    def follow_map(self):
        """The map's extent as the zone and, if GPS-U's category layer is filtered on categories, those."""
        notes = []
        if self._map_canvas() is not None:
            self.zone.blockSignals(True)
            self.zone.setCurrentIndex(self.zone.findData(ZONE_EXTENT))
            self.zone.blockSignals(False)
            notes.append(tr("zone: the map's extent"))
        layer_categories = self.map_layer_categories()
        if layer_categories is None:
            notes.append(tr("the \"Incidents by category\" layer has a filter GPS-U does not read: categories "
                            "unchanged"))
        elif layer_categories:
            self.categories.blockSignals(True)
            self.categories.setCheckedItems([self.categories.itemText(self.categories.findData(c)) for c in
                                             layer_categories if self.categories.findData(c) >= 0])
            self.categories.blockSignals(False)
            notes.append(tr("categories: those of the \"Incidents by category\" layer's filter"))
        self._update_widgets()
        if notes:
            self.message_bar.pushInfo(tr("Following the map"), "; ".join(notes) + ".")
        self.refresh()

    @staticmethod
    def map_layer_categories():
        """The categories of the filter set on GPS-U's "Incidents by category" layer(s): () when there is
        no such layer or no filter, None when a filter is something else than categories."""
        found = ()
        for layer in QgsProject.instance().mapLayers().values():
            if layer.customProperty(layers.KIND_PROPERTY) != layers.BY_CATEGORY:
                continue
            subset = layer.subsetString() if hasattr(layer, "subsetString") else ""
            ids = categories_from_subset(subset)
            if ids is None:
                return None
            found = tuple(sorted(set(found) | set(ids)))
        return found

    def _map_moved(self):
        if self.zone.currentData() == ZONE_EXTENT and self.isVisible():
            self._extent_timer.start()

    # -- reacting to the widgets ----------------------------------------------------------------

    def _update_widgets(self):
        key = self.chart.currentData()
        for widget in (self.phenomenon_a, self.phenomenon_b, self.phenomena_label):
            widget.setVisible(key == charts.PHENOMENA)
        self.categories.setEnabled(key != charts.PHENOMENA)
        self.districts.setEnabled(self.zone.currentData() == ZONE_DISTRICTS)
        self.date_from.setEnabled(self.preset.currentData() == PRESET_CUSTOM)
        self.date_to.setEnabled(self.preset.currentData() == PRESET_CUSTOM)

    def _chart_changed(self):
        self._update_widgets()
        self.refresh()

    def _preset_changed(self):
        self._set_preset(self.preset.currentData())
        self._update_widgets()
        self.refresh()

    def _dates_changed(self):
        self.refresh()

    def _zone_changed(self):
        self._update_widgets()
        self.refresh()

    def _filters_changed(self):
        if not getattr(self, "_populating", False):
            self.refresh()

    # -- computing ------------------------------------------------------------------------------

    @property
    def busy(self):
        return self.task is not None

    def _task_connection(self):
        """A connection of the dock's own for its tasks (opened here, on the main thread: it may ask
        for the password), so that the other docks' connection is never used from a worker thread."""
        if self._worker_conn is None or self._worker_conn.closed:
            session = getattr(self.connection, "session", None)
            self._worker_conn = session.connect() if session is not None else connection_of(self.connection)
        return self._worker_conn

    def refresh(self):
        """Compute the chosen chart again in a background task (queued after a running one)."""
        if self.task is not None:
            self._pending = True
            self.task.cancel_query()
            return
        key = self.chart.currentData()
        try:
            query = self.current_query()
            phenomena = None
            if key == charts.PHENOMENA:
                phenomena = (tuple(int(c) for c in self.phenomenon_a.checkedItemsData()),
                             tuple(int(c) for c in self.phenomenon_b.checkedItemsData()))
                if not phenomena[0] or not phenomena[1]:
                    self.status.setText(tr("Choose the categories of phenomena A and B."))
                    return
            conn = self._task_connection()
        except Exception as error:
            self._show_error(error)
            return
        language = self.language
        self.status.setText(tr("Computing…"))
        self.refresh_button.setEnabled(False)

        def work(task):
            try:
                return compute(conn, key, query, language, phenomena)
            except BaseException:
                conn.rollback()  # a cancelled or failed query leaves the connection usable
                raise

        def done(result, error):
            self.task = None
            self.refresh_button.setEnabled(True)
            if self._pending:
                self._pending = False
                self.refresh()
                return
            if error is not None:
                self._show_error(error)
            elif result is not None:
                self._show(key, query, *result)

        self.task = _QueryTask(tr("GPS-U: statistics"), work, done, conn)
        tasks.start(self.task)

    def _show(self, key, query, data, note):
        self.data, self.data_key, self.last_error = data, key, None
        self.figure = charts.chart_figure(key, data)
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(self.figure)
        canvas.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        canvas.setMinimumHeight(260)
        if self.canvas is not None:
            self.canvas_holder.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.canvas = canvas
        self.canvas_holder.addWidget(canvas)
        canvas.draw_idle()
        self.status.setText(" ".join(part for part in (self._summary(key, data), note) if part))
        self.chartReady.emit(key)

    def _summary(self, key, data):
        if key == charts.MONTHLY:
            return tr("{facts} facts over {months} months.").format(facts=data.facts, months=len(data.months))
        if key == charts.HANDLING:
            return tr("{cases} cases, {closed} closed.").format(cases=data.overall.cases, closed=data.overall.closed)
        total = data.total
        return tr("{facts} facts.").format(facts=int(round(total)))

    def _show_error(self, error):
        self.last_error = error
        self.status.setText("")
        push_error(self.message_bar, error)
        self.failed.emit(error)

    # -- export ---------------------------------------------------------------------------------

    def _default_name(self, suffix):
        key = self.data_key or "chart"
        try:
            start, end = self.period()
            return "gpsu-{}-{}-{}.{}".format(key, start.date().isoformat(), (end - timedelta(days=1)).date()
                                             .isoformat(), suffix)
        except InvalidInput:
            return "gpsu-{}.{}".format(key, suffix)

    def export_png(self, path=None):
        """Save the chart shown as a PNG (8 x 4.5 in at 150 dpi, whatever the dock's size); returns the path."""
        if self.data is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Save the chart"), self._default_name("png"),
                                                        tr("PNG images (*.png)"))
            if not path:
                return None
        try:
            charts.save_png(charts.chart_figure(self.data_key, self.data), path)
        except OSError as error:
            self._show_error(InvalidInput(tr("The file could not be written: {}").format(error)))
            return None
        return path

    def export_csv(self, path=None):
        """Save the numbers of the chart shown as CSV; returns the path."""
        if self.data is None:
            return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Save the numbers"), self._default_name("csv"),
                                                        tr("CSV files (*.csv)"))
            if not path:
                return None
        header, rows = self.data.table()
        try:
            statistics.write_csv(path, header, rows)
        except OSError as error:
            self._show_error(InvalidInput(tr("The file could not be written: {}").format(error)))
            return None
        return path

    # -- cleanup --------------------------------------------------------------------------------

    def cleanup(self):
        """Called by the plugin when the dock is removed: stop listening to the map, cancel, close."""
        if self._canvas_signal is not None:
            try:
                self._canvas_signal.extentsChanged.disconnect(self._map_moved)
            except (TypeError, RuntimeError):
                pass
            self._canvas_signal = None
        if self.task is not None:
            self.task.cancel_query()
        own = self._worker_conn is not None and self._worker_conn is not connection_of(self.connection)
        if own and getattr(self.connection, "session", None) is not None and self.task is None:
            self._worker_conn.close()
        self._worker_conn = None


class _QueryTask(tasks.FunctionTask):
    """A FunctionTask whose cancel also cancels the running query."""

    def __init__(self, description, function, done, conn):
        super().__init__(description, function, done, QgsTask.CanCancel)
        self._conn = conn

    def cancel(self):
        self.cancel_query()
        super().cancel()

    def cancel_query(self):
        try:
            self._conn.cancel()
        except Exception:  # already finished or closed: nothing to cancel
            pass
