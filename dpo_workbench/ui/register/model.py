"""The list of the register: a table model that keeps the processings' ids and reads their rows by pages."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from dpo_workbench.core import register as reg
from dpo_workbench.core.clock import PARIS
from dpo_workbench.services.register import ProcessingRow, RegisterQuery
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.ui.widgets.palette import FAINT_TEXT, Tone, background, colour, foreground
from dpo_workbench.workbench import Workbench

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("reference", "name", "department", "dpia", "updated")
PAGE = 200
DPIA_TONES = {"required": Tone.DANGER, "not-required": Tone.SUCCESS, "exempt": Tone.SUCCESS,
              "unscreened": Tone.WARNING}


def lang() -> str:
    """The language of the words of the register's codes (the interface's: French or English)."""
    return "fr" if current_language() == "fr" else "en"


def headings() -> dict[str, str]:
    return {"reference": QCoreApplication.translate("Register", "Reference"),
            "name": QCoreApplication.translate("Register", "Processing"),
            "department": QCoreApplication.translate("Register", "Department"),
            "dpia": QCoreApplication.translate("Register", "DPIA screening"),
            "updated": QCoreApplication.translate("Register", "Changed on")}


class ProcessingModel(QAbstractTableModel):
    """The processings a query selects (ids in the order of their references; rows fetched when shown)."""

    def __init__(self, workbench: Workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.query = RegisterQuery()
        self.ids: list[int] = []
        self.cache: dict[int, ProcessingRow] = {}
        self.titles = headings()

    def set_query(self, query: RegisterQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.ids = self.workbench.register.ids(query)
        self.cache.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def row(self, row: int) -> ProcessingRow | None:
        if not 0 <= row < len(self.ids):
            return None
        key = self.ids[row]
        if key not in self.cache:
            start = row - row % PAGE
            for found in self.workbench.register.rows(self.ids[start:start + PAGE]):
                self.cache[found.id] = found
        return self.cache.get(key)

    def row_of(self, processing_id: int) -> int:
        try:
            return self.ids.index(processing_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and \
                0 <= section < len(COLUMNS):
            return self.titles[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        found = self.row(index.row())
        if found is None:
            return None
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return found.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            if column == "reference":
                return found.reference
            if column == "name":
                ended = QCoreApplication.translate("Register", " (ended)") if found.status == "retired" else ""
                return found.name + ended
            if column == "department":
                return found.department
            if column == "dpia":
                return reg.status_words(found.dpia_status, lang())
            if role == SORT_ROLE:
                return found.updated_at.isoformat()
            if role == Qt.ItemDataRole.ToolTipRole:
                return labels.format_datetime(found.updated_at)
            return labels.format_date(found.updated_at.astimezone(PARIS).date())
        if role == Qt.ItemDataRole.ForegroundRole:
            if found.status == "retired":
                return colour(FAINT_TEXT)
            if column == "dpia":
                return foreground(DPIA_TONES[found.dpia_status])
        if role == Qt.ItemDataRole.BackgroundRole and column == "dpia" and found.dpia_status == "required":
            return background(Tone.DANGER)
        return None
