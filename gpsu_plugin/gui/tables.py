"""The look of GPS-U's record lists (cases, accounts, audit entries): whole rows selected, read-only,
compact rows, left-aligned headers; and the day fields that filter them."""

from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.i18n import tr


def record_table(model, selection=QAbstractItemView.SingleSelection, stretch_last=True):
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(stretch_last)
    table.setStyleSheet("QTableView::item:selected { background: #d1e9ff; color: black; }")
    return table


def filter_date_edit(tooltip):
    """A day field for a list's filter, empty ("any date") until a day is chosen."""
    edit = QgsDateEdit()
    edit.setAllowNull(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    edit.setToolTip(tooltip)
    edit.setNullRepresentation(tr("any date"))
    edit.clear()
    return edit
