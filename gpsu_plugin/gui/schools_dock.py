"""The "Schools" dock (SAGES): find a school, list its safety documents (latest versions, older ones
below them, overdue reviews in red), open them with the system viewer, download, upload (button or
drag and drop: a refused file is explained), the reflex sheet and the PPMS editor.

The dock never runs SQL: it calls gpsu_plugin.core.schools. Opening, downloading and uploading run
in a QgsTask on a connection of their own, opened on the main thread (where a password prompt may
appear) and closed by the task.
"""

import os

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QDate, Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices, QFont
from qgis.PyQt.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                                 QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                                 QListWidgetItem, QMessageBox, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem,
                                 QVBoxLayout, QWidget)

from ..core import schools
from ..core.exceptions import GpsuError
from ..core.i18n import tr
from . import tasks
from .messages import connection_of, readable_error, size_text

OBJECT_NAME = "GpsuSchoolsDock"
_ERROR_STYLE = ("QLabel { color: #b42318; background: #fdecea; border: 1px solid #f1aeb5; "
                "border-radius: 3px; padding: 6px; }")
_SUCCESS_STYLE = ("QLabel { color: #14532d; background: #e6f4ea; border: 1px solid #9fd3ad; "
                  "border-radius: 3px; padding: 6px; }")
_INFO_STYLE = ("QLabel { color: #344054; background: #f2f4f7; border: 1px solid #d0d5dd; "
               "border-radius: 3px; padding: 6px; }")
OVERDUE = QColor("#b42318")
DOC_ROLE = Qt.UserRole + 1
COLUMNS = 3  # document, version, review date


class UploadDialog(QDialog):
    """Type, title and review date of a file to upload."""

    def __init__(self, filename, titles=(), parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Add a document"))
        form = QFormLayout(self)
        form.addRow(tr("File"), QLabel(filename))
        self.doc_type = QComboBox()
        for code in schools.DOC_TYPES:
            self.doc_type.addItem(schools.doc_type_label(code), code)
        guessed = "photo" if schools.guess_mime_type(filename).startswith("image/") else \
            "ppms" if "ppms" in filename.lower() else "other"
        self.doc_type.setCurrentIndex(self.doc_type.findData(guessed))
        form.addRow(tr("Type"), self.doc_type)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(sorted(set(titles)))
        self.title.setEditText(os.path.splitext(filename)[0])
        self.title.setToolTip(tr("The same type and title as an existing document make a new version of it."))
        form.addRow(tr("Title"), self.title)
        self.review = QDateEdit(QDate.currentDate().addYears(1))
        self.review.setCalendarPopup(True)
        form.addRow(tr("Review by"), self.review)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def details(self):
        return self.doc_type.currentData(), self.title.currentText().strip(), self.review.date().toPyDate()


class ImportDialog(QDialog):
    """A CSV or GeoPackage of schools and which of its columns holds what (guessed, then checked)."""

    FIELDS = (("code", True), ("name", True), ("school_type", False), ("address", False), ("town", False),
              ("pupils", False), ("staff", False), ("x", False), ("y", False), ("geometry", False))

    def __init__(self, parent=None, path=""):
        from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget

        super().__init__(parent)
        self.setWindowTitle(tr("Import schools"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("A school already in GPS-U (same code) is updated, never duplicated. Every rejected "
                          "row is listed with the reason."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.file = QgsFileWidget()
        self.file.setFilter(tr("Schools (*.csv *.txt *.gpkg *.shp *.geojson)"))
        self.file.fileChanged.connect(self.read_columns)
        form.addRow(tr("File"), self.file)
        labels = {"code": tr("Code (e.g. UAI)"), "name": tr("Name"), "school_type": tr("Type"),
                  "address": tr("Address"), "town": tr("Town"), "pupils": tr("Pupils"), "staff": tr("Staff"),
                  "x": tr("X or longitude"), "y": tr("Y or latitude"), "geometry": tr("Geometry (WKT)")}
        self.combos = {}
        for name, _required in self.FIELDS:
            combo = QComboBox()
            self.combos[name] = combo
            form.addRow(labels[name], combo)
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        form.addRow(tr("CRS of the coordinates"), self.crs)
        self.has_geometry = False
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if path:
            self.file.setFilePath(path)
            self.read_columns(path)

    def read_columns(self, path):
        try:
            columns, self.has_geometry = schools.file_columns(path)
        except GpsuError as error:
            QMessageBox.warning(self, tr("Import schools"), error.message)
            return False
        guess = schools.guess_mapping(columns, self.has_geometry)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(tr("(layer geometry)") if name in ("x", "y", "geometry") and self.has_geometry
                          else "—", None)
            for column in columns:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(getattr(guess, name))))
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:{}".format(guess.srid)))
        return True

    def path(self):
        return self.file.filePath()

    def mapping(self):
        values = {name: combo.currentData() for name, combo in self.combos.items()}
        authid = self.crs.crs().authid()
        srid = int(authid.split(":")[1]) if authid.upper().startswith("EPSG:") else 4326
        return schools.ColumnMapping(srid=srid, **values)


class SchoolsDock(QgsDockWidget):
    """Schools and their documents. `connection` is a core.session.SharedConnection.

    Signals: `schoolChanged(id)` when another school is shown, `documentUploaded(id)` after an upload.
    Hooks tests replace: ask_upload_details, ask_save_path, open_url, show_import_report; `synchronous` runs the work
    inline instead of in a QgsTask.
    """

    schoolChanged = pyqtSignal(int)
    documentUploaded = pyqtSignal("qint64")
    schoolsImported = pyqtSignal()

    def __init__(self, iface, connection, parent=None):
        super().__init__(tr("Schools"), parent)
        self.setObjectName(OBJECT_NAME)
        self.iface = iface
        self.connection = connection
        self.school = None
        self.versions = []
        self.synchronous = False
        self.running = []
        self.last_import = None
        self._last_dir = ""
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.search)
        self._build()
        self.setAcceptDrops(True)

    # -- layout -----------------------------------------------------------------------------------
    def _build(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Name, code, town or address of a school…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(self.search)
        layout.addWidget(self.search_edit)

        splitter = QSplitter(Qt.Vertical)
        self.results = QListWidget()
        self.results.setObjectName("gpsu_school_results")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.ElideRight)
        self.results.currentItemChanged.connect(self._result_chosen)
        splitter.addWidget(self.results)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(tr("Search for a school, or find it with the QGIS search bar (Ctrl+K)."))
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.header.setStyleSheet(_INFO_STYLE)
        details_layout.addWidget(self.header)
        row = QHBoxLayout()
        self.zoom_button = QPushButton(QgsApplication.getThemeIcon("/mActionZoomToSelected.svg"), tr("Zoom"))
        self.zoom_button.clicked.connect(self.zoom_to_school)
        self.sheet_button = QPushButton(QgsApplication.getThemeIcon("/mActionSaveAsPDF.svg"), tr("Reflex sheet"))
        self.sheet_button.setToolTip(tr("One-page PDF for responders: site map, crisis cell, pupils and staff."))
        self.sheet_button.clicked.connect(self.make_reflex_sheet)
        self.ppms_button = QPushButton(QgsApplication.getThemeIcon("/mActionEditTable.svg"), tr("PPMS…"))
        self.ppms_button.setToolTip(tr("Edit the school's safety plan (PPMS) and produce its PDF."))
        self.ppms_button.clicked.connect(self.open_ppms_editor)
        for button in (self.zoom_button, self.sheet_button, self.ppms_button):
            row.addWidget(button)
        row.addStretch()
        self.import_button = QPushButton(QgsApplication.getThemeIcon("/mActionFileOpen.svg"), "")
        self.import_button.setToolTip(tr("Import schools from a CSV or a GeoPackage (administrators)…"))
        self.import_button.clicked.connect(self.choose_import)
        row.addWidget(self.import_button)
        details_layout.addLayout(row)

        self.tree = QTreeWidget()
        self.tree.setObjectName("gpsu_school_documents")
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([tr("Document"), tr("Version"), tr("Review by")])
        self.tree.header().setStretchLastSection(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.ElideMiddle)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, COLUMNS):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.tree.setToolTip(tr("Drop files here to add them to the school's documents."))
        details_layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(QgsApplication.getThemeIcon("/mActionFileOpen.svg"), tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.download_button = QPushButton(QgsApplication.getThemeIcon("/mActionFileSave.svg"), tr("Download…"))
        self.download_button.clicked.connect(self.download_selected)
        self.upload_button = QPushButton(QgsApplication.getThemeIcon("/mActionAdd.svg"), tr("Add…"))
        self.upload_button.setToolTip(tr("Add a document or a new version (you can also drop files on the list)."))
        self.upload_button.clicked.connect(self.choose_files)
        for button in (self.open_button, self.download_button, self.upload_button):
            buttons.addWidget(button)
        details_layout.addLayout(buttons)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        layout.addWidget(splitter, 1)

        self.status = QLabel()
        self.status.setObjectName("gpsu_schools_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.status.hide()
        layout.addWidget(self.status)
        self.setWidget(page)
        self.setMinimumWidth(340)
        self._update_buttons()

    def _update_buttons(self):
        has_school = self.school is not None
        has_doc = self.selected_version() is not None
        for button in (self.zoom_button, self.sheet_button, self.ppms_button, self.upload_button):
            button.setEnabled(has_school)
        self.open_button.setEnabled(has_doc)
        self.download_button.setEnabled(has_doc)

    # -- messages ---------------------------------------------------------------------------------
    def say(self, text, style=_INFO_STYLE):
        self.status.setText(text)
        self.status.setStyleSheet(style)
        self.status.setVisible(bool(text))

    def say_error(self, error):
        readable = readable_error(error)
        self.say(readable.message if readable is not None
                 else tr("An unexpected error occurred; the GPS-U log panel has the details."), _ERROR_STYLE)
        if readable is None:
            import logging
            logging.getLogger(__name__).error("schools dock: %s", error, exc_info=error)

    def _conn(self):
        return connection_of(self.connection)

    # -- schools ----------------------------------------------------------------------------------
    def search(self):
        self._debounce.stop()
        text = self.search_edit.text().strip()
        self.results.blockSignals(True)
        self.results.clear()
        self.results.blockSignals(False)
        if len(text) < 2:
            return []
        try:
            found = schools.search_schools(self._conn(), text, limit=30)
        except Exception as error:
            self.say_error(error)
            return []
        for school in found:
            item = QListWidgetItem("{}  ·  {}".format(school.name, " · ".join(
                p for p in (school.code, school.town) if p)))
            item.setData(Qt.UserRole, school.id)
            item.setToolTip(school.place())
            self.results.addItem(item)
        if not found:
            self.say(tr("No school matches \"{}\".").format(text))
        else:
            self.say("")
        return found

    def _result_chosen(self, current, _previous):
        if current is not None:
            self.open_school(current.data(Qt.UserRole))

    def open_school(self, school_id):
        """Show the school `school_id` and its documents (from the locator, the map or the list)."""
        try:
            self.school = schools.school(self._conn(), school_id)
        except Exception as error:
            self.say_error(error)
            return False
        school = self.school
        counts = []
        if school.pupils is not None:
            counts.append(tr("{} pupils").format(school.pupils))
        if school.staff is not None:
            counts.append(tr("{} staff").format(school.staff))
        self.header.setText("<b>{}</b><br>{} · {}<br>{}{}".format(
            _html(school.name), _html(school.type_label), _html(school.code), _html(school.place()),
            "<br>" + " · ".join(counts) if counts else ""))
        self.say("")
        self.refresh_documents()
        self.schoolChanged.emit(school.id)
        return True

    def zoom_to_school(self):
        if self.school is None or self.iface is None:
            return
        try:
            conn = self._conn()
            extent = QgsRectangle(*schools.school_extent(conn, self.school.id))
            srid = schools.database_srid(conn)
        except Exception as error:
            self.say_error(error)
            return
        canvas = self.iface.mapCanvas()
        source = QgsCoordinateReferenceSystem("EPSG:{}".format(srid))
        target = canvas.mapSettings().destinationCrs()
        if source.isValid() and target.isValid() and source != target:
            extent = QgsCoordinateTransform(source, target, QgsProject.instance()).transformBoundingBox(extent)
        canvas.setExtent(extent)
        canvas.refresh()

    # -- documents --------------------------------------------------------------------------------
    def refresh_documents(self):
        self.tree.clear()
        self.versions = []
        if self.school is None:
            self._update_buttons()
            return
        try:
            self.versions = schools.documents(self._conn(), self.school.id)
        except Exception as error:
            self.say_error(error)
            self._update_buttons()
            return
        parents, groups = {}, {}
        overdue = 0
        for version in self.versions:
            key = (version.doc_type, version.title)
            if version.is_latest:
                group = groups.get(version.doc_type)
                if group is None:
                    group = groups[version.doc_type] = QTreeWidgetItem(self.tree, [version.type_label])
                    group.setFirstColumnSpanned(True)
                    group.setFlags(Qt.ItemIsEnabled)
                    font = QFont(group.font(0))
                    font.setBold(True)
                    group.setFont(0, font)
                    group.setExpanded(True)
                item = QTreeWidgetItem(group)
                parents[key] = item
                label = version.title
            else:
                item = QTreeWidgetItem(parents[key])
                label = "{:%Y-%m-%d}".format(version.created_at)
            item.setText(0, label)
            item.setText(1, "v{}".format(version.version))
            item.setText(2, version.review_due.isoformat() if version.review_due else "")
            item.setData(0, DOC_ROLE, version.id)
            item.setToolTip(0, tr("{filename} · {size}\nAdded on {date} by {author}\nSHA-256 {sha}").format(
                filename=version.filename, size=size_text(version.size_bytes),
                date="{:%Y-%m-%d %H:%M}".format(version.created_at), author=version.author, sha=version.sha256))
            if version.overdue:
                overdue += 1
                bold = QFont(item.font(0))
                bold.setBold(True)
                for column in range(COLUMNS):
                    item.setForeground(column, QBrush(OVERDUE))
                item.setFont(2, bold)
                item.setToolTip(2, tr("Review overdue since {}").format(version.review_due.isoformat()))
        if not self.versions:
            empty = QTreeWidgetItem(self.tree, [tr("No document yet: add one, or drop files here.")])
            empty.setDisabled(True)
            empty.setFirstColumnSpanned(True)
        if overdue:
            self.say(tr("{} documents are past their review date.").format(overdue) if overdue > 1
                     else tr("1 document is past its review date."), _ERROR_STYLE)
        self._update_buttons()

    def selected_version(self):
        item = self.tree.currentItem()
        document_id = item.data(0, DOC_ROLE) if item is not None else None
        return next((v for v in self.versions if v.id == document_id), None)

    def select_document(self, document_id):
        for item in self._items():
            if item.data(0, DOC_ROLE) == document_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    # -- background work --------------------------------------------------------------------------
    def _background(self, description, work, done):
        """work(conn) on a connection of its own (in a QgsTask unless `synchronous`); done(result, error)."""
        if self.synchronous:
            try:
                done(work(self._conn()), None)
            except Exception as error:
                done(None, error)
            return None
        try:
            conn = self.connection.session.connect() if hasattr(self.connection, "session") else self._conn()
        except Exception as error:
            done(None, error)
            return None
        own = hasattr(self.connection, "session")

        def run(_task):
            try:
                return work(conn)
            finally:
                if own:
                    conn.close()

        def finished(result, error):
            self.running = [t for t in self.running if t is not task]
            done(result, error)

        task = tasks.FunctionTask(description, run, finished)
        self.running.append(task)
        tasks.start(task)
        return task

    def open_selected(self):
        version = self.selected_version()
        if version is None:
            return
        self.say(tr("Opening \"{}\"…").format(version.filename))

        def done(result, error):
            if error is not None:
                self.say_error(error)
                return
            path = schools.temporary_copy(*result)
            self.say(tr("\"{}\" opened (checksum verified).").format(version.filename), _SUCCESS_STYLE)
            self.open_url(QUrl.fromLocalFile(path))

        self._background(tr("Opening a school document"),
                         lambda conn: schools.download_document(conn, version.id, "open"), done)

    def download_selected(self):
        version = self.selected_version()
        if version is None:
            return
        path = self.ask_save_path(os.path.join(self._last_dir, schools.safe_filename(version.filename)))
        if not path:
            return
        self._last_dir = os.path.dirname(path)

        def done(result, error):
            if error is not None:
                self.say_error(error)
                return
            try:
                with open(path, "wb") as handle:
                    handle.write(result[1])
            except OSError as exc:
                self.say(tr("The file could not be written: {}").format(exc), _ERROR_STYLE)
                return
            self.say(tr("Saved to {} (checksum verified).").format(path), _SUCCESS_STYLE)

        self._background(tr("Downloading a school document"),
                         lambda conn: schools.download_document(conn, version.id, "download"), done)

    def choose_files(self):
        paths, _filter = QFileDialog.getOpenFileNames(self, tr("Add documents"), self._last_dir,
                                                      tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp "
                                                         "*.doc *.docx *.xls *.xlsx *.odt *.ods *.ppt *.pptx *.txt);;"
                                                         "All files (*)"))
        if paths:
            self._last_dir = os.path.dirname(paths[0])
            self.upload_files(paths)

    def upload_files(self, paths):
        """Upload each file as a document (or a new version) of the current school; refusals explained."""
        if self.school is None:
            self.say(tr("Choose a school first."), _ERROR_STYLE)
            return
        try:
            limits = schools.document_limits(self._conn())
        except Exception as error:
            self.say_error(error)
            return
        titles = [v.title for v in self.versions if v.is_latest]
        refused, accepted = [], []
        pending = []
        for path in paths:
            name = os.path.basename(path)
            mime = schools.guess_mime_type(name)
            try:
                schools.check_document(name, os.path.getsize(path), mime, limits)  # before reading it
            except schools.DocumentRefused as refusal:
                refused.append(refusal.message)
                continue
            except OSError as exc:
                refused.append(tr("\"{name}\" could not be read: {error}").format(name=name, error=exc.strerror))
                continue
            details = self.ask_upload_details(name, titles)
            if details is None:
                continue
            pending.append((path, name, mime) + tuple(details))
        school_id = self.school.id

        def work(conn):
            done_versions, errors = [], []
            for path, name, mime, doc_type, title, review_due in pending:
                try:
                    with open(path, "rb") as handle:
                        content = handle.read()
                    done_versions.append(schools.upload_document(conn, school_id, doc_type, title, name, content,
                                                                 mime, review_due))
                except (GpsuError, OSError) as error:
                    errors.append(getattr(error, "message", None) or str(error))
            return done_versions, errors

        def done(result, error):
            if error is not None:
                self.say_error(error)
                return
            versions, errors = result
            accepted.extend(versions)
            self.refresh_documents()
            messages = refused + errors
            if versions:
                self.select_document(versions[-1].id)
                for version in versions:
                    self.documentUploaded.emit(version.id)
            if messages:
                self.say("\n".join(messages), _ERROR_STYLE)
            elif versions:
                self.say(tr("Added: {}").format(", ".join("{} (v{})".format(v.filename, v.version)
                                                            for v in versions)), _SUCCESS_STYLE)

        if pending:
            self._background(tr("Uploading school documents"), work, done)
        elif refused:
            self.say("\n".join(refused), _ERROR_STYLE)
        return accepted

    # -- import -------------------------------------------------------------------------------------
    def choose_import(self):
        dialog = ImportDialog(self)
        if dialog.exec_() == QDialog.Accepted and dialog.path():
            self.import_file(dialog.path(), dialog.mapping())

    def import_file(self, path, mapping):
        """Import the schools of `path` (in the background); the report is shown when done."""
        self.say(tr("Importing {}…").format(os.path.basename(path)))

        def done(report, error):
            if error is not None:
                self.say_error(error)
                return
            self.last_import = report
            self.say(report.summary(), _ERROR_STYLE if report.rejected else _SUCCESS_STYLE)
            self.show_import_report(report)
            self.schoolsImported.emit()
            if self.search_edit.text().strip():
                self.search()

        self._background(tr("Importing schools"), lambda conn: schools.import_schools(conn, path, mapping), done)

    def show_import_report(self, report):
        box = QMessageBox(QMessageBox.Warning if report.rejected else QMessageBox.Information,
                          tr("Import schools"), report.summary(), QMessageBox.Ok, self)
        if report.rejected:
            box.setDetailedText(report.details())
        box.exec_()

    # -- hooks (dialogs), replaced by tests ---------------------------------------------------------
    def ask_upload_details(self, filename, titles):
        dialog = UploadDialog(filename, titles, self)
        return dialog.details() if dialog.exec_() == QDialog.Accepted else None

    def ask_save_path(self, suggested):
        path, _filter = QFileDialog.getSaveFileName(self, tr("Download the document"), suggested)
        return path

    def open_url(self, url):
        QDesktopServices.openUrl(url)

    # -- drag and drop ------------------------------------------------------------------------------
    def dragEnterEvent(self, event):  # noqa: N802
        if self.school is not None and event.mimeData().hasUrls() and \
                any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event):  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        paths = [p for p in paths if os.path.isfile(p)]
        if paths:
            event.acceptProposedAction()
            self.upload_files(paths)

    # -- reflex sheet and PPMS ----------------------------------------------------------------------
    def make_reflex_sheet(self, path=None):
        if self.school is None:
            return
        from ..reports import reflex_sheet

        path = path or self.ask_save_path(os.path.join(
            self._last_dir, schools.safe_filename(tr("Reflex sheet {}").format(self.school.code)) + ".pdf"))
        if not path:
            return
        school_id = self.school.id

        def done(result, error):
            if error is not None:
                self.say_error(error)
                return
            self.say(tr("Reflex sheet saved to {}.").format(path), _SUCCESS_STYLE)
            self.open_url(QUrl.fromLocalFile(path))

        self._background(tr("Reflex sheet"), lambda conn: reflex_sheet.make(conn, school_id, path), done)

    def open_ppms_editor(self):
        if self.school is None:
            return None
        from .ppms_editor import PpmsEditor

        editor = PpmsEditor(self.connection, self.school.id, self)
        editor.documentProduced.connect(lambda _id: self.refresh_documents())
        editor.show()
        return editor

    def cleanup(self):
        self._debounce.stop()


def _html(text):
    from xml.sax.saxutils import escape

    return escape(text or "")

