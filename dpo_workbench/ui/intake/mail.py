"""Fetching the DPO mailbox from the main window: *Fetch mail* (Intake menu and toolbar) and a poll every N minutes.

The fetch runs off the GUI thread (widgets/background.py) with progress for a large
mailbox; its summary is the import summary. A poll works in the background without
taking the window from the DPO: no dialog, no jump to another request; the register
is refreshed and the status bar says what arrived or what failed (a person asking
gets the summary, or a message box for an error).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog

from dpo_workbench.core.clock import PARIS
from dpo_workbench.errors import ServiceError
from dpo_workbench.services.mail import FetchReport
from dpo_workbench.ui.intake.importing import ImportRun
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.background import BackgroundTask, Cancelled, run_in_background
from dpo_workbench.workbench import Workbench


@dataclass
class FetchRun:
    reports: list[FetchReport] = field(default_factory=list)
    cancelled: bool = False

    def as_import(self) -> ImportRun:
        outcomes = [o for r in self.reports for o in r.outcomes]
        return ImportRun(outcomes=outcomes, total=sum(r.found for r in self.reports), cancelled=self.cancelled,
                         mailbox=True)


def run_fetch(workbench: Workbench, progress: Callable[[int, int], None]) -> FetchRun:
    """In the worker thread: fetch every account; a cancel stops after the chunk being imported."""
    run = FetchRun()

    def report(done: int, total: int) -> None:
        try:
            progress(done, total)
        except Cancelled:
            run.cancelled = True

    run.reports = workbench.mail.fetch(progress=report, cancelled=lambda: run.cancelled)
    return run


class MailFetcher(QObject):
    """The Fetch mail action, the poll timer, the progress and the summary."""

    def __init__(self, window: QMainWindow, workbench: Workbench, show_summary: Callable[[ImportRun, bool], None],
                 refresh: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self.workbench = workbench
        self.show_summary = show_summary
        self.refresh = refresh  # the register, after a poll brought requests in
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.asked = False  # a person asked (errors in a box) or the poll (errors in the status bar)
        self.last_run: FetchRun | None = None
        self.action = QAction(self.tr("Fetch mail"), window)
        self.action.setToolTip(self.tr("Import the new messages of the DPO mailbox as requests"))
        self.action.setShortcut("Ctrl+Shift+M")
        self.action.triggered.connect(lambda: self.fetch(asked=True))
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.fetch(asked=False))
        self.apply_poll_setting()

    def apply_poll_setting(self) -> None:
        """(Re)start the poll from the setting: every N minutes, or never (0)."""
        minutes = int(self.workbench.settings.values()["mail_poll_minutes"])
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * 60_000)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def fetch(self, *, asked: bool) -> BackgroundTask | None:
        if self.busy:
            return None
        if not self.workbench.mail.accounts():
            if asked:
                QMessageBox.information(self.window, self.tr("Fetch mail"), messages.text(
                    ServiceError("mail-account.none").message))
            return None
        self.asked = asked
        if asked:
            self.progress = QProgressDialog(self.tr("Connecting to the mailbox…"), self.tr("Cancel"), 0, 0,
                                            self.window)
            self.progress.setWindowTitle(self.tr("Fetch mail"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(400)
            self.progress.setAutoClose(False)
            self.progress.setAutoReset(False)
        else:
            self.window.statusBar().showMessage(self.tr("Fetching mail…"), 5000)
        self.task = run_in_background(run_fetch, self.workbench, progress=True, on_finished=self._finished,
                                      on_failed=self._failed, on_progress=self._progressed, parent=self)
        if self.progress is not None:
            self.progress.canceled.connect(self.task.cancel)
        return self.task

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        if total:
            self.progress.setLabelText(self.tr("Fetching mail… %1 of %2").replace("%1", str(done))
                                       .replace("%2", str(total)))
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, run: FetchRun) -> None:
        self._close_progress()
        self.last_run = run
        errors = [f"{r.account}: {messages.text(r.error)}" for r in run.reports if r.error is not None]
        imported = run.as_import()
        if imported.outcomes and self.asked:
            self.show_summary(imported, True)  # and the first new request opened
        elif imported.outcomes:
            self.refresh()
            self.window.statusBar().showMessage(self.polled_text(imported))  # stays until the next message
            if any(o.status == "failed" for o in imported.outcomes):  # the reasons are only said now
                self.show_summary(imported, False)
        elif self.asked and not errors:
            self.window.statusBar().showMessage(self.tr("No new message."), 8000)
        if errors:
            if self.asked:
                QMessageBox.warning(self.window, self.tr("Fetch mail"), "\n\n".join(errors))
            else:
                self.window.statusBar().showMessage(self.tr("Fetching mail failed: %1").replace(
                    "%1", errors[0]), 30000)

    def polled_text(self, run: ImportRun) -> str:
        """What a poll brought in, for the status bar."""
        counts = {s: sum(o.status == s for o in run.outcomes) for s in ("created", "follow-up", "duplicate", "failed")}
        at = f"{self.workbench.now().astimezone(PARIS):%H:%M}"
        text = self.tr("Mail fetched at %1: %n new message(s); requests created %2, follow-ups %3, duplicates %4.",
                       "", len(run.outcomes))
        for placeholder, value in (("%1", at), ("%2", counts["created"]), ("%3", counts["follow-up"]),
                                   ("%4", counts["duplicate"])):
            text = text.replace(placeholder, str(value))
        if counts["failed"]:
            text += " " + self.tr("%n message(s) could not be imported: left in the mailbox as they were.", "",
                                  counts["failed"])
        return text

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        text = messages.text(exc) if isinstance(exc, ServiceError) else self.tr(
            "The fetch stopped on an unexpected error; the messages imported before it are kept. The problem is "
            "in the log.")
        if self.asked:
            QMessageBox.warning(self.window, self.tr("Fetch mail"), text)
        else:
            self.window.statusBar().showMessage(text, 30000)
