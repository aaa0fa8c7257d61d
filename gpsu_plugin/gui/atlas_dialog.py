"""The "Atlas and print layouts" dialog: choose a layout (atlas by district, of hot spots, of schools,
or the A3 poster), a period and a PDF file; GPS-U puts the layouts in the project (editable in the
layout designer) and exports the chosen one in a background task with progress and cancel.

    task = open_atlas_dialog(iface, session)   # session: core.session.Session (profile + connect())

The domain work is in reports.layouts and reports.atlas_export; this module only asks and tells.
"""

import os
import tempfile
from datetime import date, timedelta

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QDate, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                                 QHBoxLayout, QLabel, QVBoxLayout)

from ..core.exceptions import GpsuError
from ..core.i18n import tr, user_language
from . import messages

_RUNNING = {}  # the export tasks running, kept referenced until they finish


def action_text():
    """The text of the plugin's menu action that opens this dialog."""
    return tr("Atlas and print layouts (PDF)…")


def default_period(today=None):
    """The previous calendar month."""
    today = today or date.today()
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class AtlasDialog(QDialog):
    """Asks for the kind of layout, the period and the PDF file; `choice()` gives them back."""

    def __init__(self, parent=None, today=None):
        super().__init__(parent)
        from ..reports import layouts

        self.setWindowTitle(tr("GPS-U – atlas and print layouts"))
        self.kind = QComboBox()
        for kind, label in layouts.kind_labels().items():
            self.kind.addItem(label, kind)
        start, end = default_period(today)
        self.start = self._date_edit(start)
        self.end = self._date_edit(end)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(tr("to")))
        period.addWidget(self.end)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.SaveFile)
        self.output.setFilter(tr("PDF files (*.pdf)"))
        self.output.setFilePath(os.path.join(tempfile.gettempdir(), "gpsu-atlas.pdf"))
        self.open_when_done = QCheckBox(tr("Open the PDF when it is ready"))
        self.open_when_done.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("Layout"), self.kind)
        form.addRow(tr("Facts observed from"), period)
        form.addRow(tr("PDF file"), self.output)
        form.addRow("", self.open_when_done)
        note = QLabel(tr("The layouts are added to the project: open them in the Layout Manager to change them. "
                         "The PDF is made in the background; you can go on working."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Make the PDF"))
        self.layouts_only = self.buttons.addButton(tr("Only add the layouts"), QDialogButtonBox.ActionRole)
        self.layouts_only.clicked.connect(self._layouts_only)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.only_layouts = False
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(note)
        box.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._suggest_name)
        self._suggest_name()

    @staticmethod
    def _date_edit(day):
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _suggest_name(self):
        folder = os.path.dirname(self.output.filePath()) or tempfile.gettempdir()
        self.output.setFilePath(os.path.join(folder, "gpsu-{}-{}.pdf".format(
            self.kind.currentData(), self.end.date().toString("yyyy-MM-dd"))))

    def _layouts_only(self):
        self.only_layouts = True
        self.accept()

    def choice(self):
        """(kind, Period, path, open when done); InvalidInput for a bad period."""
        from ..reports import layouts

        period = layouts.Period(self.start.date().toPyDate(), self.end.date().toPyDate())
        path = self.output.filePath().strip()
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return self.kind.currentData(), period, path, self.open_when_done.isChecked()


def create_layouts(session, kind, period, project=None):
    """On the main thread: the GPS-U layouts in the project (the chosen one first); returns it."""
    from ..core import migrations
    from ..reports import layouts

    project = project or QgsProject.instance()
    conn = session.connect()  # may ask for the password: main thread only
    try:
        srid = migrations.installed_srid(conn)
        made = layouts.create_layouts(project, session.profile, srid, conn, period, layouts.KINDS,
                                      user_language())
    finally:
        conn.close()
    return made[kind]


def export(iface, project, layout, path, open_when_done=True):
    """Start the export task of `layout`; the message bar tells how it ended. Returns the task."""
    from ..reports import atlas_export

    def done(result, error):
        _RUNNING.pop(path, None)
        if isinstance(error, atlas_export.ExportCanceled):
            iface.messageBar().pushMessage(tr("GPS-U"), error.message, level=Qgis.Info, duration=5)
        elif error is not None:
            messages.show_error(iface, error)
        elif result is not None:
            text = tr("{path}: {pages} pages in {seconds:.0f} s.").format(path=result.path, pages=result.pages,
                                                                          seconds=result.seconds)
            if result.message:
                text += " " + result.message
            iface.messageBar().pushMessage(tr("GPS-U"), text, level=Qgis.Warning if result.empty else Qgis.Success,
                                           duration=10)
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(result.path))

    task = atlas_export.export_task(project, layout, path, done)
    _RUNNING[path] = task
    return task


def open_atlas_dialog(iface, session, parent=None, project=None):
    """Ask, put the layouts in the project, start the export; returns the task (None if none started)."""
    dialog = AtlasDialog(parent or iface.mainWindow())
    if not dialog.exec_():
        return None
    project = project or QgsProject.instance()
    try:
        kind, period, path, open_when_done = dialog.choice()
        layout = create_layouts(session, kind, period, project)
        if dialog.only_layouts:
            messages.show_success(iface, tr("The GPS-U layouts are in the project ({period}): open them in the "
                                            "Layout Manager.").format(period=period.text()))
            return None
        if not path:
            from ..core.exceptions import InvalidInput

            raise InvalidInput(tr("Choose the PDF file to write."))
        if path in _RUNNING:
            from ..core.exceptions import InvalidInput

            raise InvalidInput(tr("This PDF is already being made."))
        return export(iface, project, layout, path, open_when_done)
    except GpsuError as error:
        messages.show_error(iface, error)
        return None
