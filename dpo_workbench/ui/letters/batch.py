"""Letters for many requests at once, e.g. the acknowledgements of today's mail.

The letters are written off the GUI thread (`ui/background.py`), each in its own
transaction, with a progress dialog; cancelling stops between two letters and
keeps those already saved. A request whose letter still has a part to complete
is skipped, and the summary says which and why.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import InputError
from dpo_workbench.exports import write_export
from dpo_workbench.letters.model import LetterKind
from dpo_workbench.ui.letters.kinds import letter_kind_labels
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.background import BackgroundTask, Cancelled
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, HINT_STYLE
from dpo_workbench.workbench import Workbench


class LetterBatchDialog(QDialog):
    """Choose a kind and a set of requests; write and save one letter per request."""

    def __init__(self, workbench: Workbench, scopes: Sequence[tuple[str, str, Sequence[int]]],
                 parent: QWidget | None = None):
        """`scopes`: (key, label, request ids), e.g. ("today", "Received today", [...])."""
        super().__init__(parent)
        self.workbench = workbench
        self.scopes = {key: list(ids) for key, _label, ids in scopes}
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.report = None
        self.setWindowTitle(self.tr("Letters for several requests"))
        self.setMinimumWidth(620)

        self.kind = QComboBox()
        for kind, label in letter_kind_labels().items():
            self.kind.addItem(label, kind)
        self.scope_buttons = QButtonGroup(self)
        scope_box = QWidget()
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        first = True
        for key, label, ids in scopes:
            button = QRadioButton(f"{label} ({len(ids)})")
            button.setProperty("scope", key)
            button.setEnabled(bool(ids))
            if ids and first:
                button.setChecked(True)
                first = False
            self.scope_buttons.addButton(button)
            scope_layout.addWidget(button)
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind)
        form.addRow(self.tr("Requests"), scope_box)
        note = QLabel(self.tr("Each letter is written in its request's language from the organisation profile, "
                              "and saved encrypted into its case file. A letter with a part to complete (e.g. the "
                              "reasons of a refusal) is not saved: the request is listed at the end."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.skipped = QListWidget()
        self.skipped.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export for sending…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setToolTip(self.tr("Into a folder: an e-mail draft (.eml) for each request received by "
                                              "e-mail, the PDF to print for the others"))
        self.export_button.clicked.connect(lambda: self.export_for_sending())
        self.export_button.hide()
        self.start_button = self.buttons.addButton(self.tr("Write the letters"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.start_button.setEnabled(self.selected_ids() != [])

    def selected_ids(self) -> list[int]:
        button = self.scope_buttons.checkedButton()
        return self.scopes.get(button.property("scope"), []) if button else []

    def start(self) -> BackgroundTask | None:
        ids = self.selected_ids()
        if not ids or (self.task is not None and self.task.running):
            return None
        kind = LetterKind(self.kind.currentData())
        self.summary.hide()
        self.skipped.hide()
        self.error.hide()
        self.start_button.setEnabled(False)
        self.progress = QProgressDialog(self.tr("Writing the letters…"), self.tr("Cancel"), 0, len(ids), self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setValue(0)
        task = BackgroundTask(self._run, ids, kind, progress=True, parent=self)
        self.progress.canceled.connect(task.cancel)
        task.progress.connect(self._progress)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        self.task = task
        return task.start()

    def _run(self, ids: list[int], kind: LetterKind, progress) -> object:
        """In the worker thread: the report comes back even when cancelled (letters done are kept)."""
        task = self.task

        def report(done: int, total: int) -> None:
            with contextlib.suppress(Cancelled):  # `cancelled` below stops the batch between two letters
                progress(done, total)

        return self.workbench.letters.generate(ids, kind, progress=report,
                                               cancelled=lambda: task is not None and task.cancelled)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, report) -> None:
        self._close_progress()
        self.report = report
        cancelled = self.task is not None and self.task.cancelled
        text = self.tr("%n letter(s) saved in the case files.", "", len(report.saved))
        if report.skipped:
            text += " " + self.tr("%n request(s) skipped:", "", len(report.skipped))
        if cancelled:
            text += " " + self.tr("Cancelled: the letters written before stopping are kept.")
        self.summary.setText(text)
        self.summary.show()
        self.skipped.clear()
        for reference, reason in report.skipped:
            self.skipped.addItem(f"{reference} — {reason}")
        self.skipped.setVisible(bool(report.skipped))
        self.export_button.setVisible(bool(report.saved))
        self.start_button.setEnabled(True)

    def export_for_sending(self, folder: str | None = None) -> list[Path] | None:
        """The letters just written, ready to send: .eml drafts (e-mail requests), PDFs (post); journaled."""
        if self.report is None or not self.report.saved:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export the letters to"))
            if not folder:
                return None
        target = Path(folder)
        written: list[Path] = []
        try:
            for reference, document_id in self.report.saved:
                if self.workbench.letters.by_email(reference):
                    path = target / f"{reference}.eml"  # the reference, never the person's name
                    write_export(path, self.workbench.letters.eml(document_id))
                    written.append(path)
                    continue
                for name, _mime, data in self.workbench.letters.files(document_id):
                    path = target / Path(name).name
                    write_export(path, data)
                    written.append(path)
        except InputError as exc:
            self.error.setText(self.tr("The export stopped: %1. The files written before are in the folder.")
                               .replace("%1", messages.text(exc)))
            self.error.show()
            return written
        self.summary.setText(self.summary.text() + " " + self.tr("%n file(s) exported for sending.", "",
                                                                 len(written)))
        return written

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.error.setText(self.tr("The letters could not be written; those saved before the problem are kept. "
                                   "The details are in the log file of the data folder."))
        self.error.show()
        self.start_button.setEnabled(True)
