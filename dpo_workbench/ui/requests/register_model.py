"""The register table: keeps only ids, builds rows lazily a page at a time.

Sorting and filtering run in SQL (`Workbench.register_ids`); the model asks
for the rows of a page when the view first paints it, so opening a register
of 100,000 requests reads one page of rows, not 100,000.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.text import fold
from dpo_workbench.services.requests import RegisterQuery, RegisterRow, Urgency
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.palette import FAINT_TEXT, REGISTER_SOON, SWATCHES, Tone, colour
from dpo_workbench.workbench import Workbench

ID_ROLE = Qt.ItemDataRole.UserRole  # the request id of a row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RegisterRow object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE = 200

URGENCY_BACKGROUND = {
    Urgency.OVERDUE: QBrush(colour(SWATCHES[Tone.DANGER].background)),
    Urgency.SOON: QBrush(colour(REGISTER_SOON)),
}
URGENCY_FOREGROUND = {
    Urgency.OVERDUE: QBrush(colour(SWATCHES[Tone.DANGER].text)),
    Urgency.SOON: QBrush(colour(SWATCHES[Tone.WARNING].text)),
    Urgency.SUSPENDED: QBrush(colour(SWATCHES[Tone.NEUTRAL].text)),
    Urgency.DONE: QBrush(colour(FAINT_TEXT)),
}

COLUMNS = ["reference", "requester", "rights", "channel", "received_on", "due_on", "days_left", "state"]


CELL_PADDING = 10  # the cell's margins and focus frame
SORT_ARROW = 18  # the header's sort indicator


def fit_columns(table: QTableView) -> None:
    """Column widths from what they can hold, in the interface's language and font: the requester takes the rest.

    The widths come from the labels the columns show (the longest right, state, channel, date, "days late"),
    never from the rows (a register of 100,000 is not read to size it); a list of several rights or a state
    with its extension that does not fit is elided, its whole text in the tooltip.
    """
    cells, headers = QFontMetrics(table.font()), QFontMetrics(table.horizontalHeader().font())
    model = table.model()

    def width(column: str, samples: list[str], cap: int = 400) -> int:
        title = model.headerData(COLUMNS.index(column), Qt.Orientation.Horizontal) or ""
        content = max((cells.horizontalAdvance(text) for text in samples), default=0) + CELL_PADDING
        return min(max(content, headers.horizontalAdvance(title) + SORT_ARROW), cap)

    dates = [labels.format_date(date(2026, month, 28)) for month in range(1, 13)]
    widths = {
        "reference": width("reference", ["DSR-2026-0000"]),
        "rights": width("rights", list(labels.right_labels().values()), cap=150),
        "channel": width("channel", list(labels.channel_labels().values())),
        "received_on": width("received_on", dates),
        "due_on": width("due_on", dates),
        "days_left": width("days_left", [labels.days_left_text(-365, State.OPEN), labels.days_left_text(99, State.OPEN),
                                         labels.days_left_text(0, State.OPEN),
                                         labels.days_left_text(None, State.AWAITING_IDENTITY)]),
        "state": width("state", list(labels.state_labels().values())),
    }
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    for column, pixels in widths.items():
        header.setSectionResizeMode(COLUMNS.index(column), QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(COLUMNS.index(column), pixels)
    header.setSectionResizeMode(COLUMNS.index("requester"), QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


class RegisterModel(QAbstractTableModel):
    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.query = RegisterQuery()
        self._ids: list[int] = []
        self._rows: dict[int, RegisterRow] = {}
        self._loaded = False
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading ----------------------------------------------------------------

    def set_query(self, query: RegisterQuery) -> None:
        self.beginResetModel()
        self._loaded = True
        self.query = query
        self._ids = self.workbench.requests.ids(query)
        self._rows.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Reload after a change (same filters and order)."""
        self.set_query(self.query)

    def _row(self, row: int) -> RegisterRow | None:
        request_id = self._ids[row]
        cached = self._rows.get(request_id)
        if cached is None:
            start = (row // PAGE) * PAGE
            page = self._ids[start:start + PAGE]
            for r in self.workbench.requests.rows(page):
                self._rows[r.id] = r
            cached = self._rows.get(request_id)
        return cached

    def row_of(self, request_id: int) -> int:
        try:
            return self._ids.index(request_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> int:
        return self._ids[row]

    # -- Qt model interface ---------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return [
            self.tr("Reference"), self.tr("Requester"), self.tr("Rights"), self.tr("Channel"),
            self.tr("Received"), self.tr("Due date"), self.tr("Days left"), self.tr("State"),
        ][section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return URGENCY_BACKGROUND.get(row.urgency)
        if role == Qt.ItemDataRole.ForegroundRole:
            return URGENCY_FOREGROUND.get(row.urgency)
        if role == Qt.ItemDataRole.FontRole and row.urgency is Urgency.SUSPENDED and column in ("due_on", "days_left"):
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "days_left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: RegisterRow, column: str) -> str:
        if column == "reference":
            return row.reference
        if column == "requester":
            return row.requester_name
        if column == "rights":
            return labels.rights_text(row.rights)
        if column == "channel":
            return labels.channel_labels()[row.channel]
        if column == "received_on":
            return labels.format_date(row.received_on)
        if column == "due_on":
            return labels.format_date(row.due_on)
        if column == "days_left":
            return labels.days_left_text(row.days_left, row.state)
        state = labels.state_labels()[row.state]
        if row.extended and row.state.is_open:
            state = self.tr("%1 · extended").replace("%1", state)
        return state

    @staticmethod
    def _sort_value(row: RegisterRow, column: str):
        return {
            # the same order as the register's SQL: year, then number; names folded
            "reference": f"{row.reference[4:8]}{len(row.reference):02d}{row.reference}",
            "requester": fold(row.requester_name), "rights": ",".join(row.rights),
            "channel": row.channel.value, "received_on": row.received_on.toordinal(),
            "due_on": row.due_on.toordinal(), "days_left": row.due_on.toordinal(), "state": row.state.value,
        }[column]

    def _tooltip(self, row: RegisterRow, column: str = "") -> str | None:
        if column in ("requester", "rights", "state"):  # the whole text, when the column elides it
            whole = self._display(row, column)
            urgency = self._tooltip(row)
            return f"{whole}\n{urgency}" if urgency else whole
        if row.urgency is Urgency.OVERDUE:
            return self.tr("Overdue: the deadline was %1.").replace("%1", labels.format_date(row.due_on))
        if row.urgency is Urgency.SOON:
            return self.tr("Due within 7 days.")
        if row.urgency is Urgency.SUSPENDED and row.suspended_since:
            return self.tr("Clock suspended since %1: identity information awaited. "
                           "The due date moves by the days waited.").replace(
                "%1", labels.format_date(row.suspended_since))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sort, descending = COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if not self._loaded or (sort, descending) == (self.query.sort, self.query.descending):
            # nothing loaded yet, or already in that order: remember it, query nothing
            self.query = replace(self.query, sort=sort, descending=descending)
            return
        self.layoutAboutToBeChanged.emit()
        self.query = replace(self.query, sort=sort, descending=descending)
        old_ids = self._ids
        self._ids = self.workbench.requests.ids(self.query)
        # keep persistent indexes (the selection) on the same requests
        persistent = self.persistentIndexList()
        positions = {request_id: i for i, request_id in enumerate(self._ids)} if persistent else {}
        for index in persistent:
            new_row = positions.get(old_ids[index.row()], -1) if index.row() < len(old_ids) else -1
            self.changePersistentIndex(index, self.index(new_row, index.column()) if new_row >= 0 else QModelIndex())
        self.layoutChanged.emit()

    @property
    def ids(self) -> list[int]:
        return list(self._ids)
