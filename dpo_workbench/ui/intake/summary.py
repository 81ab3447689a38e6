"""The summary of an import: created, follow-ups, duplicates and failures with the reason; a double-click opens
the request, and a follow-up can be made a request of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import InputError, NotFound, VaultError
from dpo_workbench.services.intake import ImportOutcome
from dpo_workbench.ui.intake.importing import ImportRun, outcome_details, status_labels
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, TITLE_STYLE, WARNING_STYLE, Tone, foreground
from dpo_workbench.workbench import Workbench

STATUS_TONES = {"created": Tone.SUCCESS, "follow-up": Tone.INFO, "duplicate": Tone.NEUTRAL, "failed": Tone.DANGER}


class ImportSummaryDialog(QDialog):
    """Created, follow-ups, duplicates and failures with the reason; a double-click opens the request."""

    open_reference = Signal(str)
    separated = Signal(str)  # a follow-up became a request of its own: the register refreshes
    COLUMNS = ("file", "status", "reference", "details")

    def __init__(self, run: ImportRun, parent: QWidget | None = None, workbench: Workbench | None = None):
        super().__init__(parent)
        self.run = run
        self.workbench = workbench
        self.setWindowTitle(self.tr("Fetched mail") if run.mailbox else self.tr("E-mail import"))
        self.resize(1000, 520)
        counts = {s: sum(1 for o in run.outcomes if o.status == s) for s in status_labels()}
        self.headline = QLabel(self.tr("%n message(s): created %1, follow-ups %2, duplicates %3, failed %4.", "",
                                       len(run.outcomes))
                               .replace("%1", str(counts["created"])).replace("%2", str(counts["follow-up"]))
                               .replace("%3", str(counts["duplicate"])).replace("%4", str(counts["failed"])))
        self.headline.setStyleSheet(TITLE_STYLE)
        self.cancelled = QLabel(self.tr("Import cancelled: %1 of %2 message(s) were handled; the others were not "
                                        "imported.").replace("%1", str(len(run.outcomes)))
                                .replace("%2", str(run.total)))
        self.cancelled.setStyleSheet(WARNING_STYLE)
        self.cancelled.setWordWrap(True)
        self.cancelled.setVisible(run.cancelled)

        headers = {"file": self.tr("Message") if run.mailbox else self.tr("File"), "status": self.tr("Result"),
                   "reference": self.tr("Request"), "details": self.tr("Details")}
        self.table = QTableWidget(len(run.outcomes), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([headers[c] for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in zip(self.COLUMNS, (220, 90, 120), strict=False):  # the last column stretches
            self.table.setColumnWidth(self.COLUMNS.index(column), width)
        for row, outcome in enumerate(run.outcomes):
            self._fill_row(row, outcome)
        self.table.itemDoubleClicked.connect(self._open_item)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open request"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_selected)
        self.separate_button = QPushButton(self.tr("Make it a new request"))
        self.separate_button.setToolTip(self.tr("This message came from a sender with an open request and was "
                                                "attached to it: make it a request of its own instead."))
        buttons.addButton(self.separate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.separate_button.clicked.connect(self.separate_selected)
        self.separate_button.setVisible(workbench is not None and any(o.status == "follow-up"
                                                                       for o in run.outcomes))
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.cancelled)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_buttons()

    def _fill_row(self, row: int, outcome: ImportOutcome) -> None:
        if self.run.mailbox:  # "account #UID", as the fetch names it
            name = outcome.file
        else:
            name = Path(outcome.file.split("#")[0]).name
            if "#" in outcome.file:  # a message of an mbox file
                name += f" #{outcome.file.rsplit('#', 1)[1]}"
        values = {"file": name, "status": status_labels()[outcome.status], "reference": outcome.reference,
                  "details": outcome_details(outcome)}
        for column, key in enumerate(self.COLUMNS):
            item = QTableWidgetItem(values[key])
            if key == "file":
                item.setToolTip(outcome.file)
            if key == "status":
                item.setData(Qt.ItemDataRole.ForegroundRole, foreground(STATUS_TONES[outcome.status]))
            item.setData(Qt.ItemDataRole.UserRole, outcome.reference)
            self.table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.selected_reference()))
        outcome = self.selected_outcome()
        self.separate_button.setEnabled(outcome is not None and outcome.status == "follow-up")

    def selected_outcome(self) -> ImportOutcome | None:
        rows = self.table.selectionModel().selectedRows()
        return self.run.outcomes[rows[0].row()] if rows else None

    def separate_selected(self) -> str | None:
        """The selected follow-up becomes a request of its own; its row says so."""
        outcome = self.selected_outcome()
        if (self.workbench is None or outcome is None or outcome.status != "follow-up"
                or outcome.document_id is None):
            return None
        self.error.hide()
        try:
            reference = self.workbench.intake.separate_follow_up(outcome.document_id)
        except (InputError, NotFound, VaultError) as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return None
        outcome.status, outcome.reference = "created", reference
        row = self.run.outcomes.index(outcome)
        self._fill_row(row, outcome)
        self._update_buttons()
        self.separated.emit(reference)
        self.open_reference.emit(reference)
        return reference

    def selected_reference(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def _open_item(self, item: QTableWidgetItem) -> None:
        reference = item.data(Qt.ItemDataRole.UserRole)
        if reference:
            self.open_reference.emit(reference)

    def open_selected(self) -> None:
        reference = self.selected_reference()
        if reference:
            self.open_reference.emit(reference)
