"""Possible duplicates of a fact about to be saved: link it to an open case nearby, or not."""

from qgis.PyQt.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                                 QTableWidgetItem, QVBoxLayout)

from ..core.i18n import tr


def status_label(code):
    return {
        "new": tr("New"), "dispatched": tr("Dispatched"), "in_progress": tr("In progress"),
        "resolved": tr("Resolved"), "closed": tr("Closed"), "rejected": tr("Rejected"),
        "duplicate": tr("Duplicate"),
    }.get(code, code)


class DuplicateDialog(QDialog):
    """Open cases near the new fact: link it to one of them, save it as a new fact, or cancel.
    `choice` is the chosen case's id, 0 for a new fact."""

    COLUMNS = 5

    def __init__(self, candidates, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("GPS-U – possible duplicates"))
        self.setMinimumWidth(560)
        self.candidates = list(candidates)
        self.choice = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Open cases of the same kind were logged near this place at about the same time. "
                          "Is this fact one of them?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.candidates), self.COLUMNS)
        self.table.setHorizontalHeaderLabels([tr("Number"), tr("Status"), tr("Distance"), tr("Date"),
                                              tr("Description")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, candidate in enumerate(self.candidates):
            cells = (candidate.number, status_label(candidate.status),
                     tr("{} m").format(round(candidate.distance_m)),
                     candidate.observed.astimezone().strftime("%Y-%m-%d %H:%M") if candidate.observed else "",
                     candidate.description)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.selectRow(0)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.link_button = buttons.addButton(tr("Link to this case"), QDialogButtonBox.AcceptRole)
        self.new_button = buttons.addButton(tr("Save as a new fact"), QDialogButtonBox.AcceptRole)
        buttons.addButton(QDialogButtonBox.Cancel)
        layout.addWidget(buttons)
        self.link_button.clicked.connect(self._link)
        self.new_button.clicked.connect(self._new)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.link_button.setEnabled(bool(self.table.selectionModel().selectedRows())))

    def _link(self):
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.choice = self.candidates[rows[0].row()].id
            self.accept()

    def _new(self):
        self.choice = 0
        self.accept()
