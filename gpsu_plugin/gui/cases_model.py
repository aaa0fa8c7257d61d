"""The list of cases as a Qt table model, paged by the database.

The model never runs SQL: it is given a `loader(after)` that returns one core.cases.Page, and asks
it for the next page (keyset cursor) when the view scrolls to the end or the dock's "More" button
is pressed. A failed load is reported through `loadFailed` and stops the automatic loading until
the next reset, so a broken connection does not retry on every scroll.
"""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap

from ..core.i18n import tr

COLUMN_NUMBER, COLUMN_PRIORITY, COLUMN_STATUS, COLUMN_CATEGORY, COLUMN_SERVICE, COLUMN_DISTRICT, \
    COLUMN_RECORDED, COLUMN_DUE = range(8)
CASE_ID_ROLE = Qt.UserRole
CASE_ROW_ROLE = Qt.UserRole + 1
OVERDUE_ROLE = Qt.UserRole + 2

_ROOT = QModelIndex()
_OVERDUE_TEXT = QColor("#b42318")
_OVERDUE_BACKGROUND = QColor("#fef3f2")
_PRIORITY_COLOURS = {1: "#b42318", 2: "#dc6803", 3: "#475467", 4: "#98a2b3"}


def format_datetime(value, with_time=True):
    """A timestamp in the user's local time, short and sortable ("2026-01-10 14:05")."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def colour_icon(colour, size=12, _cache={}):  # noqa: B006 (deliberate memo of swatches)
    """A small rounded swatch of `colour` ("#rrggbb") for category decorations."""
    if colour not in _cache:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QColor(colour).darker(130))
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
        painter.end()
        _cache[colour] = QIcon(pixmap)
    return _cache[colour]


class CasesTableModel(QAbstractTableModel):
    """Rows of core.cases.CaseRow; `reset(loader)` starts again from the first page."""

    loadFailed = pyqtSignal(object)    # the GpsuError (or unexpected exception) of a page load
    pageLoaded = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        self._loader = None
        self._next_cursor = None
        self._failed = False
        self._loading = False
        self.status_labels = {}
        self.priority_labels = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_icon = QgsApplication.getThemeIcon("/mIconWarning.svg")

    # -- data from the database -------------------------------------------------------------------

    def set_labels(self, status_labels, priority_labels):
        self.status_labels = dict(status_labels)
        self.priority_labels = dict(priority_labels)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def reset(self, loader):
        """Forget the rows and load the first page with `loader(after)`; False if it failed."""
        self.beginResetModel()
        self._rows = []
        self._loader = loader
        self._next_cursor = None
        self._failed = False
        self.endResetModel()
        return self._load(None)

    def clear(self):
        self.beginResetModel()
        self._rows, self._loader, self._next_cursor, self._failed = [], None, None, False
        self.endResetModel()

    def has_more(self):
        return self._loader is not None and self._next_cursor is not None

    def load_more(self):
        """The next page (the "More" button); also retries after a failed load."""
        if not self.has_more():
            return False
        self._failed = False
        return self._load(self._next_cursor)

    def _load(self, after):
        if self._loader is None or self._loading:
            return False
        self._loading = True
        try:
            page = self._loader(after)
        except Exception as error:  # shown by the dock; GpsuError or a lost connection
            self._failed = True
            self.loadFailed.emit(error)
            return False
        finally:
            self._loading = False
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._next_cursor = page.next_cursor
            self.endInsertRows()
        else:
            self._next_cursor = None
        self.pageLoaded.emit()
        return True

    # -- Qt's incremental loading (scrolling to the end of the view) -------------------------------

    def canFetchMore(self, parent=_ROOT):
        return not parent.isValid() and self.has_more() and not self._failed and not self._loading

    def fetchMore(self, parent=_ROOT):
        if not parent.isValid():
            self.load_more()

    # -- access -----------------------------------------------------------------------------------

    def row_at(self, row):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id):
        for position, case in enumerate(self._rows):
            if case.id == case_id:
                return position
        return -1

    def cases(self):
        return list(self._rows)

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent=_ROOT):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT):
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (tr("Number"), tr("Priority"), tr("Status"), tr("Category"), tr("Service"), tr("District"),
                tr("Recorded"), tr("Due"))[section]

    def data(self, index, role=Qt.DisplayRole):
        case = self.row_at(index.row()) if index.isValid() else None
        if case is None:
            return None
        column = index.column()
        if role == Qt.DisplayRole:
            return self._display(case, column)
        if role == Qt.ToolTipRole:
            if column == COLUMN_DUE and case.overdue:
                return tr("Overdue: the case was due on {}").format(format_datetime(case.due_at))
            if column == COLUMN_NUMBER and case.description:
                return case.description
            if column in (COLUMN_RECORDED, COLUMN_DUE):
                return format_datetime(case.recorded_at if column == COLUMN_RECORDED else case.due_at)
            return self._display(case, column)
        if role == Qt.DecorationRole:
            if column == COLUMN_CATEGORY and case.colour:
                return colour_icon(case.colour)
            if column == COLUMN_DUE and case.overdue:
                return self._overdue_icon
            return None
        if role == Qt.FontRole:
            if column == COLUMN_DUE and case.overdue:
                return self._bold
            return None
        if role == Qt.ForegroundRole:
            if column == COLUMN_DUE and case.overdue:
                return QBrush(_OVERDUE_TEXT)
            if column == COLUMN_PRIORITY:
                return QBrush(QColor(_PRIORITY_COLOURS.get(case.priority, "#475467")))
            return None
        if role == Qt.BackgroundRole and case.overdue:
            return QBrush(_OVERDUE_BACKGROUND)
        if role == CASE_ID_ROLE:
            return case.id
        if role == CASE_ROW_ROLE:
            return case
        if role == OVERDUE_ROLE:
            return case.overdue
        return None

    def _display(self, case, column):
        if column == COLUMN_NUMBER:
            return case.number
        if column == COLUMN_PRIORITY:
            return self.priority_labels.get(case.priority, str(case.priority))
        if column == COLUMN_STATUS:
            return self.status_labels.get(case.status, case.status)
        if column == COLUMN_CATEGORY:
            return case.category
        if column == COLUMN_SERVICE:
            return case.service
        if column == COLUMN_DISTRICT:
            return case.district
        if column == COLUMN_RECORDED:
            return format_datetime(case.recorded_at, with_time=False)
        if column == COLUMN_DUE:
            return format_datetime(case.due_at, with_time=False)
        return None
