"""The breach register table and the words the breach screens share (levels, decisions, the countdown).

Like the request register, the model keeps ids and builds rows a page at a
time (`Workbench.breach_ids` / `breach_rows`); sorting and filtering run in SQL.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from dpo_workbench.core.breach import Countdown, CountdownStatus, split_duration
from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.severity import Level
from dpo_workbench.services.breaches import BreachQuery, BreachRow
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.palette import Tone, background, chip_style, foreground

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200

COLUMNS = ["reference", "aware_at", "deadline", "summary", "severity", "notified", "people_informed", "state"]

COUNTDOWN_TONES = {
    CountdownStatus.RUNNING: Tone.INFO,
    CountdownStatus.SOON: Tone.WARNING,
    CountdownStatus.URGENT: Tone.DANGER,
    CountdownStatus.LATE: Tone.CRITICAL,
    CountdownStatus.NOTIFIED: Tone.SUCCESS,
    CountdownStatus.NOTIFIED_LATE: Tone.WARNING,
    CountdownStatus.NOT_NEEDED: Tone.NEUTRAL,
    CountdownStatus.CLOSED: Tone.NEUTRAL,
}
LEVEL_TONES = {Level.LOW: Tone.SUCCESS, Level.MEDIUM: Tone.WARNING, Level.HIGH: Tone.DANGER,
               Level.VERY_HIGH: Tone.CRITICAL}


def level_labels() -> dict[str, str]:
    return {"low": QCoreApplication.translate("Breaches", "low"),
            "medium": QCoreApplication.translate("Breaches", "medium"),
            "high": QCoreApplication.translate("Breaches", "high"),
            "very high": QCoreApplication.translate("Breaches", "very high")}


def decision_labels() -> dict[str, str]:
    return {
        "register-only": QCoreApplication.translate("Breaches", "Register only"),
        "notify": QCoreApplication.translate("Breaches", "Notify the CNIL"),
        "notify-and-inform": QCoreApplication.translate("Breaches", "Notify the CNIL and inform the people"),
    }


def informed_labels() -> dict[str, str]:
    return {
        "yes": QCoreApplication.translate("Breaches", "yes"),
        "no": QCoreApplication.translate("Breaches", "no"),
        "later": QCoreApplication.translate("Breaches", "not yet"),
        "exception": QCoreApplication.translate("Breaches", "Art. 34(3) exception"),
    }


def state_labels() -> dict[str, str]:
    return {"open": QCoreApplication.translate("Breaches", "open"),
            "closed": QCoreApplication.translate("Breaches", "closed")}


def type_labels() -> dict[str, str]:
    return {
        "initial": QCoreApplication.translate("Breaches", "Initial"),
        "complementary": QCoreApplication.translate("Breaches", "Complementary"),
        "complete": QCoreApplication.translate("Breaches", "Complete"),
    }


def hours_minutes(countdown: Countdown) -> tuple[str, str]:
    days, hours, minutes = split_duration(countdown.remaining)
    return str(days * 24 + hours), f"{minutes:02d}"


def countdown_text(countdown: Countdown) -> str:
    """'47 h 12 min left', 'late by 3 h 05 min', 'notified', ..."""
    hours, minutes = hours_minutes(countdown)
    if countdown.status in (CountdownStatus.RUNNING, CountdownStatus.SOON, CountdownStatus.URGENT):
        return QCoreApplication.translate("Breaches", "%1 h %2 min left").replace("%1", hours).replace("%2", minutes)
    if countdown.status is CountdownStatus.LATE:
        return QCoreApplication.translate("Breaches", "late by %1 h %2 min").replace("%1", hours).replace("%2", minutes)
    if countdown.status is CountdownStatus.NOTIFIED:
        return QCoreApplication.translate("Breaches", "notified in time")
    if countdown.status is CountdownStatus.NOTIFIED_LATE:
        return QCoreApplication.translate("Breaches", "notified %1 h %2 min late").replace(
            "%1", hours).replace("%2", minutes)
    if countdown.status is CountdownStatus.NOT_NEEDED:
        return QCoreApplication.translate("Breaches", "not to notify (decision recorded)")
    return QCoreApplication.translate("Breaches", "closed")


def deadline_text(deadline: datetime) -> str:
    return labels.format_datetime(deadline.astimezone(PARIS))


def countdown_style(countdown: Countdown) -> str:
    return chip_style(COUNTDOWN_TONES[countdown.status])


def fit_columns(table: QTableView) -> None:
    """Column widths from their headers and what they show, in the interface's language: no header is clipped,
    what happened takes the rest (its whole text in the tooltip)."""
    cells, headers = QFontMetrics(table.font()), QFontMetrics(table.horizontalHeader().font())
    model = table.model()
    now = datetime(2026, 9, 28, 23, 59, tzinfo=PARIS)
    instant = labels.format_datetime(now)
    samples = {
        "reference": ["BRE-2026-00000"],
        "aware_at": [instant],
        "deadline": [f"{instant} — {countdown_text(Countdown(CountdownStatus.LATE, -timedelta(hours=999), now))}"],
        "severity": [f"{text} (3,25)" for text in level_labels().values()]
        + [QCoreApplication.translate("BreachModel", "not assessed")],
        "notified": [QCoreApplication.translate("BreachModel", "yes, %1").replace("%1", instant)
                     + f" ({type_labels()['initial']})"],
        "people_informed": list(informed_labels().values()),
        "state": list(state_labels().values()),
    }
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column, texts in samples.items():
        index = COLUMNS.index(column)
        title = model.headerData(index, Qt.Orientation.Horizontal) or ""
        content = max(cells.horizontalAdvance(text) for text in texts) + 14
        table.setColumnWidth(index, min(max(content, headers.horizontalAdvance(title) + 26), 360))
    header.setSectionResizeMode(COLUMNS.index("summary"), QHeaderView.ResizeMode.Stretch)


class BreachModel(QAbstractTableModel):
    def __init__(self, workbench, parent=None):
        super().__init__(parent)
        self.workbench = workbench
        self.query = BreachQuery()
        self._ids: list[int] = []
        self._rows: dict[int, BreachRow] = {}

    def set_query(self, query: BreachQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._ids = self.workbench.breaches.ids(query)
        self._rows.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def ticked(self) -> None:
        """Time moved: the countdown column changes, the rows do not."""
        if self._ids:
            column = COLUMNS.index("deadline")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def _row(self, row: int) -> BreachRow | None:
        breach_id = self._ids[row]
        cached = self._rows.get(breach_id)
        if cached is None:
            start = (row // PAGE) * PAGE
            for r in self.workbench.breaches.rows(self._ids[start:start + PAGE]):
                self._rows[r.id] = r
            cached = self._rows.get(breach_id)
        return cached

    def row_of(self, breach_id: int) -> int:
        try:
            return self._ids.index(breach_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return [self.tr("Reference"), self.tr("Aware"), self.tr("72-hour limit"), self.tr("What happened"),
                self.tr("Severity"), self.tr("Notified"), self.tr("People informed"), self.tr("State")][section]

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
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if column == "deadline" and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            tone = COUNTDOWN_TONES[row.countdown(self.workbench.now()).status]
            return foreground(tone) if role == Qt.ItemDataRole.ForegroundRole else background(tone)
        if column == "severity" and role == Qt.ItemDataRole.ForegroundRole and row.severity_level in (
                Level.HIGH, Level.VERY_HIGH):
            return foreground(Tone.DANGER)
        if role == Qt.ItemDataRole.ToolTipRole and column == "summary":
            return row.summary
        if role == Qt.ItemDataRole.ToolTipRole and column == "notified" and row.phases:
            return "\n".join(f"{type_labels()[kind]}: {labels.format_datetime(at)}" + (f" — {ref}" if ref else "")
                             for kind, at, ref in row.phases)
        return None

    def _display(self, row: BreachRow, column: str) -> str:
        if column == "reference":
            return row.reference
        if column == "aware_at":
            return labels.format_datetime(row.aware_at)
        if column == "deadline":
            countdown = row.countdown(self.workbench.now())
            return f"{deadline_text(row.deadline)} — {countdown_text(countdown)}"
        if column == "summary":
            return " ".join(row.summary.split())
        if column == "severity":
            if not row.severity_level:
                return self.tr("not assessed")
            score = messages.short_number(row.severity_score) if row.severity_score is not None else ""
            return f"{level_labels()[row.severity_level]} ({score})"
        if column == "notified":
            if not row.notified:
                return self.tr("no")
            text = self.tr("yes, %1").replace("%1", labels.format_datetime(row.first_notified_at))
            kinds = [type_labels()[kind] for kind, _, _ in row.phases]
            return f"{text} ({' + '.join(kinds)})" if kinds else text
        if column == "people_informed":
            return informed_labels().get(row.people_informed) or "—"
        return state_labels().get(row.state, row.state)

    @staticmethod
    def _sort_value(row: BreachRow, column: str):
        return {
            "reference": row.reference, "aware_at": row.aware_at.timestamp(), "deadline": row.deadline.timestamp(),
            "summary": row.summary.casefold(), "severity": row.severity_score or -1.0, "notified": int(row.notified),
            "people_informed": row.people_informed, "state": row.state,
        }[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        from dataclasses import replace

        self.set_query(replace(self.query, sort=COLUMNS[column],
                               descending=order == Qt.SortOrder.DescendingOrder))
