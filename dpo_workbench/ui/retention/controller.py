"""Retention in the main window: File › Records past retention…, a line in the status bar while something is past
its period, and a reminder at start-up (at most once a week, `RetentionService.reminder`).

What is due is read off the GUI thread (the journal may be long) shortly after start-up, then hourly and after a
purge or a change of the settings. Two lines hook it in the main window and the menus:

    self.retention = RetentionController(self, workbench)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from dpo_workbench.services.retention import PurgeReport, RetentionDue
from dpo_workbench.ui.retention.dialog import PurgeDialog, due_count
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.background import BackgroundTask, exclusive_work_running, run_in_background
from dpo_workbench.ui.widgets.forms import fill
from dpo_workbench.ui.widgets.palette import Tone, text_style
from dpo_workbench.workbench import Workbench

FIRST_CHECK_MS = 6000  # after the backup's first check: start-up is not slowed
CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly: a record's period may end while the application stays open


class RetentionController(QObject):
    """The action, the status-bar line and the start-up reminder; `window` is the main window."""

    def __init__(self, window: Any, workbench: Workbench):
        super().__init__(window)
        self.window = window
        self.workbench = workbench
        self.task: BackgroundTask | None = None
        self.due: RetentionDue | None = None
        self.dialog: PurgeDialog | None = None  # the last one opened (tests look at it)
        self.reminder_box: QMessageBox | None = None
        self.action = QAction(self.tr("Records past retention…"), window)
        self.action.triggered.connect(lambda: self.open_purge())
        self.status_button = QToolButton(window)
        self.status_button.setAutoRaise(True)
        self.status_button.setStyleSheet(f"QToolButton {{ {text_style(Tone.WARNING)} border: none; "
                                         "padding: 0 6px; }")
        self.status_button.clicked.connect(lambda: self.open_purge())
        self.status_button.hide()
        window.statusBar().addPermanentWidget(self.status_button)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.check())

    def start(self) -> None:
        """The application is running: look shortly after start-up (and remind once a week), then hourly."""
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, lambda: self.check(remind=True))

    # -- what is due -------------------------------------------------------------------------------------------

    def check(self, *, remind: bool = False) -> BackgroundTask | None:
        if exclusive_work_running() or (self.task is not None and self.task.running):
            return None
        self.task = run_in_background(self.workbench.retention.due, parent=self,
                                      on_finished=lambda due: self.show_due(due, remind=remind),
                                      on_failed=lambda exc: None)  # the next check tries again
        return self.task

    def show_due(self, due: RetentionDue, *, remind: bool = False) -> None:
        self.due = due
        count = due_count(due)
        self.status_button.setVisible(count > 0)
        if count:
            self.status_button.setText(self.tr("%n record(s) past retention", "", count))
            self.status_button.setToolTip(fill(self.tr(
                "On %1, records are past the retention periods set in Settings › Retention. Click to see them "
                "and purge them."), labels.format_date(due.as_of)))
        if remind and count and QApplication.activeModalWidget() is None:
            self.remind()

    def remind(self) -> QMessageBox | None:
        """Once a week at most: say what is due, offer to look at it (never purges by itself)."""
        due = self.workbench.retention.reminder()
        if due is None:
            return None
        box = self.reminder_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Retention periods"), self.tr(
            "%n record(s) are past their retention period. Review them and purge what must go?", "",
            due_count(due)), QMessageBox.StandardButton.NoButton, self.window)
        review = box.addButton(self.tr("Review…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self.open_purge() if button is review else None)
        box.open()
        return box

    # -- the purge ------------------------------------------------------------------------------------------------

    def open_purge(self) -> PurgeDialog:
        dialog = self.dialog = PurgeDialog(self.workbench, self.window)
        dialog.purged.connect(self._purged)
        dialog.finished.connect(lambda _result: self.check())
        dialog.open()
        return dialog

    def _purged(self, report: PurgeReport) -> None:
        window = self.window
        if window.panel.detail is not None:  # the request shown may have been anonymised
            window.panel.show_request(window.panel.detail.id)
        window.model.refresh()
        self.check()  # the status bar: nothing left, or what became due meanwhile
        window.statusBar().showMessage(self.tr("Purge done: recorded in the journal (entry %1).").replace(
            "%1", str(report.proof_entry)), 15000)
