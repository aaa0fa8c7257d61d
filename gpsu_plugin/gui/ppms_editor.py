"""The PPMS editor (principals): one tab per section of the national PPMS model, the yearly exercise
log, the list of missing mandatory sections, and "Produce the PDF" (stored as a new PPMS version of
the school). The structured data stays in the database: next year's plan starts from this one."""

from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (QAbstractItemView, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                                 QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                                 QSpinBox, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core import schools
from ..core.i18n import tr
from . import tasks
from .messages import connection_of, readable_error

_ERROR_STYLE = "QLabel { color: #b42318; background: #fdecea; border: 1px solid #f1aeb5; padding: 6px; }"
_OK_STYLE = "QLabel { color: #14532d; background: #e6f4ea; border: 1px solid #9fd3ad; padding: 6px; }"
CONTACT_KEYS = ("role", "name", "phone", "alt_phone")
EXERCISE_KEYS = ("date", "kind", "scenario", "lessons")


class SectionPages(QWidget):
    """The sections listed on the left (missing ones in red), the current one's page on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

    def addTab(self, page, label):  # noqa: N802 (QTabWidget's name)
        self.stack.addWidget(page)
        self.list.addItem(label)
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 12)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def setCurrentIndex(self, index):  # noqa: N802
        self.list.setCurrentRow(index)

    def mark(self, missing_rows):
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setForeground(QBrush(QColor("#b42318")) if row in missing_rows else QBrush())


class PpmsEditor(QDialog):
    """Edit the PPMS of one school for one school year. `connection`: a SharedConnection."""

    documentProduced = pyqtSignal("qint64")

    def __init__(self, connection, school_id, parent=None, school_year=None):
        super().__init__(parent)
        self.connection = connection
        self.school_id = school_id
        self.plan = None
        self.synchronous = False
        self.task = None
        self._saved = None  # the sections as last read or saved: what "unsaved changes" compares with
        self._shown_year = None
        self.setWindowTitle(tr("School safety plan (PPMS)"))
        self.resize(820, 580)
        self._build(school_year or schools.current_school_year())
        self.load()

    def _conn(self):
        return connection_of(self.connection)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self, school_year):
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.school_label = QLabel()
        self.school_label.setTextFormat(Qt.RichText)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(school_year)
        self.year.setPrefix(tr("School year") + " ")
        self.year.setSuffix("-{}".format(school_year + 1))
        self.year.valueChanged.connect(lambda value: self.year.setSuffix("-{}".format(value + 1)))
        self.year.valueChanged.connect(self._year_changed)
        top.addWidget(self.school_label, 1)
        top.addWidget(self.year)
        layout.addLayout(top)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        layout.addWidget(self.origin)

        self.tabs = SectionPages()
        labels = {key: label for key, label, _m in schools.ppms_sections()}
        self.fields = {}

        page, form = self._form_page()
        for key, label in (("director", tr("Head of school")), ("phone", tr("Phone")), ("email", tr("Email")),
                           ("deputy", tr("Deputy"))):
            self.fields[("identification", key)] = self._line(form, label)
        self.tabs.addTab(page, labels["identification"])

        page = QWidget()
        box = QVBoxLayout(page)
        self.risks = self._checklist(schools.ppms_risks())
        box.addWidget(self.risks)
        self.fields[("risks", "notes")] = self._text(box, tr("Notes (sources: DDRM, DICRIM, prefecture)"))
        self.tabs.addTab(page, labels["risks"])

        page, form = self._form_page()
        for key, label in (("confinement", tr("Confinement")), ("evacuation", tr("Evacuation")),
                           ("intrusion", tr("Intrusion")), ("end", tr("End of alert"))):
            self.fields[("alerts", key)] = self._line(form, label)
        self.tabs.addTab(page, labels["alerts"])

        self.contacts = self._table_page(labels["crisis_cell"], [tr("Role"), tr("Name"), tr("Phone"),
                                                                 tr("Other phone")])

        for key in ("confinement", "evacuation"):
            page = QWidget()
            box = QVBoxLayout(page)
            self.fields[(key, "arrangements")] = self._text(box, tr("Arrangements"))
            counter = QLabel()
            counter.setWordWrap(True)
            box.addWidget(counter)
            setattr(self, key + "_counter", counter)
            self.tabs.addTab(page, labels[key])

        page = QWidget()
        box = QVBoxLayout(page)
        self.equipment = self._checklist(schools.ppms_equipment())
        box.addWidget(self.equipment)
        self.fields[("equipment", "notes")] = self._text(box, tr("Notes"))
        self.tabs.addTab(page, labels["equipment"])

        self.exercises = self._table_page(labels["exercises"], [tr("Date"), tr("Exercise"), tr("Scenario"),
                                                                tr("Lessons learnt")])
        layout.addWidget(self.tabs, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("gpsu_ppms_status")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("Missing sections"))
        self.check_button.clicked.connect(self.check)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.produce_button = QPushButton(tr("Produce the PDF"))
        self.produce_button.setToolTip(tr("Make the PPMS PDF with the site map and store it as a new version "
                                          "of the school's PPMS."))
        self.produce_button.clicked.connect(self.produce)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.check_button)
        buttons.addStretch()
        for button in (self.save_button, self.produce_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _form_page(self):
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        return page, form

    @staticmethod
    def _line(form, label):
        edit = QLineEdit()
        form.addRow(label, edit)
        return edit

    @staticmethod
    def _text(box, label):
        box.addWidget(QLabel(label))
        edit = QPlainTextEdit()
        box.addWidget(edit, 1)
        return edit

    @staticmethod
    def _checklist(choices):
        widget = QListWidget()
        for code, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            widget.addItem(item)
        return widget

    def _table_page(self, title, headers):
        page = QWidget()
        box = QVBoxLayout(page)
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        box.addWidget(table, 1)
        row = QHBoxLayout()
        add, remove = QPushButton(tr("Add a row")), QPushButton(tr("Remove the row"))
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        box.addLayout(row)
        self.tabs.addTab(page, title)
        return table

    def _add_row(self, table, values=None):
        row = table.rowCount()
        table.insertRow(row)
        if values is None and table is self.exercises:
            values = [QDate.currentDate().toString(Qt.ISODate)]
        for column, value in enumerate(values or []):
            table.setItem(row, column, QTableWidgetItem(str(value or "")))
        return row

    # -- unsaved changes: closing or changing the year asks first; a failed save keeps the form ----
    def has_unsaved_changes(self):
        return self._saved is not None and self.sections() != self._saved

    def ask_unsaved(self):
        """QMessageBox.Save, Discard or Cancel (tests replace it)."""
        return QMessageBox.question(
            self, tr("School safety plan (PPMS)"),
            tr("This PPMS has changes that are not saved. Save them before leaving it?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)

    def _may_leave(self):
        """True when the plan shown may be left: nothing unsaved, saved now, or discarded."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.Save:
            return self.save()  # a failed save says why and keeps the form as it is
        return answer == QMessageBox.Discard

    def reject(self):
        if self._may_leave():
            super().reject()

    def _year_changed(self, _value):
        if self._shown_year is not None and self.year.value() != self._shown_year and not self._leave_year():
            return
        self.load()

    def _leave_year(self):
        """Ask about the shown year's changes; on Cancel (or a failed save) the shown year comes back."""
        if self.has_unsaved_changes():
            year = self.year.value()
            self.year.blockSignals(True)
            self.year.setValue(self._shown_year)  # the question and a save are about the year shown
            self.year.setSuffix("-{}".format(self._shown_year + 1))
            self.year.blockSignals(False)
            if not self._may_leave():
                return False
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.setSuffix("-{}".format(year + 1))
            self.year.blockSignals(False)
        return True

    # -- data -------------------------------------------------------------------------------------
    def load(self):
        try:
            conn = self._conn()
            school = schools.school(conn, self.school_id)
            self.plan = schools.load_ppms(conn, self.school_id, self.year.value())
            features = schools.site_features(conn, self.school_id)
        except Exception as error:
            self._error(error)
            return False
        self.school_label.setText("<b>{}</b> ({})".format(school.name.replace("<", "&lt;"), school.code))
        if self.plan.copied_from:
            self.origin.setText(tr("New plan for {year}, started from the plan of {previous}: check every section.")
                                .format(year=schools.school_year_text(self.plan.school_year),
                                        previous=schools.school_year_text(self.plan.copied_from)))
        else:
            self.origin.setText("")
        points = [kind for kind, _l, _w in features["points"]]
        self.confinement_counter.setText(tr("{} confinement areas are drawn on the map.").format(
            len(features["areas"])))
        self.evacuation_counter.setText(tr("On the map: {routes} evacuation routes, {assembly} assembly points, "
                                           "{access} emergency access points.").format(
            routes=len(features["routes"]), assembly=points.count("assembly_point"),
            access=points.count("emergency_access")))
        self.set_sections(self.plan.sections)
        self._saved = self.sections()
        self._shown_year = self.year.value()
        self.status.setText("")
        self.status.setStyleSheet("")
        return True

    def set_sections(self, sections):
        for (section, key), widget in self.fields.items():
            value = (sections.get(section) or {}).get(key) or ""
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        for widget, section, key in ((self.risks, "risks", "selected"), (self.equipment, "equipment", "items")):
            chosen = set((sections.get(section) or {}).get(key) or [])
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen else Qt.Unchecked)
        for table, section, key, keys in ((self.contacts, "crisis_cell", "members", CONTACT_KEYS),
                                          (self.exercises, "exercises", "log", EXERCISE_KEYS)):
            table.setRowCount(0)
            for entry in (sections.get(section) or {}).get(key) or []:
                self._add_row(table, [entry.get(k, "") for k in keys])

    def sections(self):
        """The sections as the form shows them."""
        result = {}
        for (section, key), widget in self.fields.items():
            text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            result.setdefault(section, {})[key] = text.strip()
        for widget, section, key in ((self.risks, "risks", "selected"), (self.equipment, "equipment", "items")):
            result.setdefault(section, {})[key] = [widget.item(r).data(Qt.UserRole) for r in range(widget.count())
                                                   if widget.item(r).checkState() == Qt.Checked]
        for table, section, key, keys in ((self.contacts, "crisis_cell", "members", CONTACT_KEYS),
                                          (self.exercises, "exercises", "log", EXERCISE_KEYS)):
            rows = []
            for row in range(table.rowCount()):
                entry = {k: (table.item(row, c).text().strip() if table.item(row, c) else "")
                         for c, k in enumerate(keys)}
                if any(entry.values()):
                    rows.append(entry)
            result[section] = {key: rows}
        return result

    # -- actions ------------------------------------------------------------------------------------
    def check(self):
        missing = schools.missing_sections(self.sections())
        order = [key for key, _l, _m in schools.ppms_sections()]
        self.tabs.mark({order.index(key) for key, _l, _w in missing})
        if missing:
            self.status.setText(tr("Missing mandatory sections:") + "\n" + "\n".join(
                "• {} ({})".format(label, what) for _k, label, what in missing))
            self.status.setStyleSheet(_ERROR_STYLE)
        else:
            self.status.setText(tr("Every mandatory section is filled in."))
            self.status.setStyleSheet(_OK_STYLE)
        return missing

    def save(self):
        self.plan.sections = self.sections()
        try:
            self.plan = schools.save_ppms(self._conn(), self.plan)
        except Exception as error:
            self._error(error)
            return False
        self._saved = self.sections()
        self.status.setText(tr("PPMS saved."))
        self.status.setStyleSheet(_OK_STYLE)
        return True

    def produce(self):
        if self.check() or not self.save():
            return None
        from ..reports import ppms

        plan = self.plan
        self.produce_button.setEnabled(False)
        self.status.setText(tr("Making the PPMS PDF…"))

        def done(result, error):
            self.produce_button.setEnabled(True)
            if error is not None:
                self._error(error)
                return
            version, self.plan = result
            self.status.setText(tr("The PPMS PDF is stored as version {} of \"{}\".").format(version.version,
                                                                                           version.title))
            self.status.setStyleSheet(_OK_STYLE)
            self.documentProduced.emit(version.id)

        if self.synchronous or not hasattr(self.connection, "session"):
            try:
                result = ppms.produce(self._conn(), plan)
            except Exception as error:
                done(None, error)
                return None
            done(result, None)
            return result
        try:
            conn = self.connection.session.connect()  # main thread: a password prompt may appear
        except Exception as error:
            done(None, error)
            return None

        def work(_task):
            try:
                return ppms.produce(conn, plan)
            finally:
                conn.close()

        self.task = tasks.start(tasks.FunctionTask(tr("Making the PPMS PDF"), work, done))
        return self.task

    def _error(self, error):
        readable = readable_error(error)
        self.status.setText(readable.message if readable is not None else
                            tr("An unexpected error occurred; the GPS-U log panel has the details."))
        self.status.setStyleSheet(_ERROR_STYLE)
