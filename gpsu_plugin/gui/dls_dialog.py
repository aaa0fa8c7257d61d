"""The DLS statistics report from QGIS: choose the period, the report is made in a background task
(progress and cancel in QGIS's task bar) and opened when done."""

import os
import tempfile
from datetime import date, timedelta

from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..core.i18n import tr


def last_twelve_months(today=None):
    """[first day of the month a year ago, first day of this month): whole months."""
    today = today or date.today()
    end = today.replace(day=1)
    return end.replace(year=end.year - 1), end


class DlsPeriodDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("DLS statistics report"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The report compares the period with the previous period of the same length: facts per "
                          "category and section, their change, the rhythms of the week, handling times, hot spots "
                          "and a map."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        start, end = last_twelve_months()
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(end.year, end.month, end.day).addDays(-1))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._check)
        form.addRow(tr("From (included)"), self.start)
        form.addRow(tr("To (included)"), self.end)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b42318;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Make the report"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def period(self):
        """(start, end) as dates, end excluded."""
        return self.start.date().toPyDate(), self.end.date().toPyDate() + timedelta(days=1)

    def _check(self, *_):
        start, end = self.period()
        ok = start < end
        self.problem.setText("" if ok else tr("The end of the period comes before its start."))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)


def report_path(start, end):
    return os.path.join(tempfile.gettempdir(), "gpsu-dls-{}-{}.pdf".format(start.isoformat(), end.isoformat()))
