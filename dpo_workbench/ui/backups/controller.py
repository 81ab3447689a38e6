"""Backups in the main window: the File menu entries, the status bar line, the daily backup.

*Back up now…*, *Restore…*, *Verify a backup…* and *Recovery key…* go into the File
menu; long work runs off the GUI thread (widgets/background.py) with a progress
dialog. Once a day the application makes a backup by itself (checked shortly after
start-up and then hourly, so that start-up is not slowed): it is said in the status
bar while it runs, and a failure is said in a message and in red in the status bar.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from dpo_workbench.errors import BackupError, ServiceError
from dpo_workbench.ui.backups.status import BackupStatusButton
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.background import BackgroundTask, Cancelled, exclusive_work_running, run_in_background
from dpo_workbench.ui.widgets.forms import fill
from dpo_workbench.ui.widgets.palette import Tone
from dpo_workbench.workbench import Workbench

if TYPE_CHECKING:
    from dpo_workbench.services.backup_archive import BackupResult
    from dpo_workbench.services.backup_restore import BackupStatus

FIRST_CHECK_MS = 4000  # after start-up: the window is shown and the register loaded first
CHECK_INTERVAL_MS = 60 * 60 * 1000  # hourly: a new day while the application stays open


def restart_application(data_dir: Path) -> None:
    """Start the application again on `data_dir` (after a restore), then quit this one."""
    arguments = [a for a in sys.orig_argv[1:]]
    if "--data-dir" in arguments:
        i = arguments.index("--data-dir")
        del arguments[i:i + 2]
    arguments = [a for a in arguments if not a.startswith("--data-dir=")]
    QProcess.startDetached(sys.executable, [*arguments, "--data-dir", str(data_dir)])
    QApplication.quit()


class BackupController(QObject):
    """Adds the backup actions and the status line to the main window; makes the daily backup."""

    def __init__(self, window: QMainWindow, workbench: Workbench):
        super().__init__(window)
        self.window = window
        self.workbench = workbench
        self.task: BackgroundTask | None = None  # a backup, a verification, a restore
        self.status_task: BackgroundTask | None = None  # reading the backup folder for the status line
        self.progress: QProgressDialog | None = None
        self.last_error: ServiceError | None = None
        self.said_on: date | None = None  # the day a failed daily backup was said in a message (once a day)
        self.restart: Callable[[Path], None] = restart_application
        self.dialog: QWidget | None = None  # the open dialog of a flow (kept alive; tests look at it)
        self.backup_action = QAction(self.tr("Back up now…"), window)
        self.backup_action.triggered.connect(lambda: self.back_up_now())
        self.restore_action = QAction(self.tr("Restore…"), window)
        self.restore_action.triggered.connect(lambda: self.open_restore())
        self.verify_action = QAction(self.tr("Verify a backup…"), window)
        self.verify_action.triggered.connect(lambda: self.choose_and_verify())
        self.recovery_action = QAction(self.tr("Recovery key…"), window)
        self.recovery_action.triggered.connect(lambda: self.open_recovery_key())
        self.status_button = BackupStatusButton(window)
        for action in self.actions():
            self.status_button.menu().addAction(action)
        window.statusBar().addPermanentWidget(self.status_button)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self, *, first_setup: bool = False) -> None:
        """The application is running: the daily backup from now on; at first set-up, the recovery key."""
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)
        if first_setup:
            self.open_recovery_key(first_setup=True)

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action, self.verify_action, self.recovery_action]

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    # -- the status line and the daily backup --------------------------------------------------------

    def check(self) -> BackgroundTask | None:
        """Read the backup folder off the GUI thread (it may be a slow network drive); back up if due."""
        if self.busy or exclusive_work_running() or (self.status_task is not None and self.status_task.running):
            return None
        self.status_task = run_in_background(self.workbench.backups.status, on_finished=self._checked,
                                             on_failed=lambda exc: None, parent=self)
        return self.status_task

    def _checked(self, status: BackupStatus) -> None:
        if self.busy:  # a backup started meanwhile: its end reads the status again
            return
        self.show_status(status)
        if status.due and self.timer.isActive():  # tried again each hour while it fails (a drive back online)
            self.back_up_automatically()

    def show_status(self, status: BackupStatus) -> None:
        self.status_button.show_status(status, self.workbench.now())
        if self.last_error is not None:
            self.status_button.show_text(self.tr("Automatic backup failed"), Tone.DANGER,
                                         messages.text(self.last_error))

    def refresh(self) -> None:
        """Read the status again (after a backup made here); quick for a local folder."""
        self.check()

    def back_up_automatically(self) -> BackgroundTask | None:
        if self.busy or exclusive_work_running():
            return None
        self.status_button.show_text(self.tr("Backing up…"), Tone.INFO, "")

        def progressed(done: int, total: int) -> None:
            self.status_button.setText(fill(self.tr("Backing up… %1%"), str(done * 100 // max(total, 1))))

        self.task = run_in_background(self.workbench.backups.create, "daily", progress=True, exclusive=True,
                                      on_finished=self._automatic_done, on_failed=self._automatic_failed,
                                      on_progress=progressed, parent=self)
        return self.task

    def _automatic_done(self, result: BackupResult) -> None:
        self.last_error = None
        self.window.statusBar().showMessage(fill(self.tr("Daily backup made: %1"), result.path.name), 10000)
        self.refresh()

    def _automatic_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.last_error = exc
            self.status_button.show_text(self.tr("Automatic backup failed"), Tone.DANGER,
                                         messages.text(exc))
            if self.said_on == self.workbench.today():
                return
            self.said_on = self.workbench.today()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Daily backup"),
                              self.tr("The daily backup could not be made.") + "\n\n" + messages.text(exc),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # said, without stopping the work in progress
            self.dialog = box
        else:
            self.refresh()

    # -- back up now -------------------------------------------------------------------------------------

    def _progress_dialog(self, label: str, title: str) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self.window)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress
        return progress

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()  # close() would emit canceled
            self.progress.deleteLater()
            self.progress = None

    def _run(self, function: Callable, *args, label: str, title: str, on_finished, on_failed,
             **kwargs) -> BackgroundTask | None:
        if self.busy or exclusive_work_running():
            QMessageBox.information(self.window, title, self.tr("A backup or another long task is running; try "
                                                                "again once it is finished."))
            return None
        progress = self._progress_dialog(label, title)

        def finished(result) -> None:
            self._close_progress()
            on_finished(result)

        def failed(exc: BaseException) -> None:
            self._close_progress()
            on_failed(exc)

        self.task = run_in_background(function, *args, progress=True, exclusive=True, parent=self,
                                      on_finished=finished, on_failed=failed,
                                      on_progress=lambda done, total: self._step(done, total), **kwargs)
        progress.canceled.connect(self.task.cancel)
        return self.task

    def _step(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def back_up_now(self) -> BackgroundTask | None:
        title = self.tr("Back up now")
        return self._run(self.workbench.backups.create, "manual", label=self.tr("Backing up the data folder…"),
                         title=title, on_finished=self._backed_up, on_failed=lambda exc: self._failed(title, exc))

    def _backed_up(self, result: BackupResult) -> None:
        self.last_error = None
        text = fill(self.tr("The backup %1 (%2) was written to %3."), result.path.name,
                    messages.number(result.size / 1_000_000) + " MB", str(result.path.parent))
        text += "\n\n" + (self.tr("It opens with this data folder's keys and with its recovery key.")
                          if result.recovery_key else
                          self.tr("It opens with this data folder's keys only: create a recovery key (File › "
                                  "Recovery key…) so that it can be restored if the keys are lost."))
        if result.missing_documents:
            text += "\n\n" + self.tr("%n document file(s) were already missing from the vault; the backup holds "
                                     "everything else.", "", len(result.missing_documents))
        QMessageBox.information(self.window, self.tr("Back up now"), text)
        self.refresh()

    def _failed(self, title: str, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(self.window, title, self.tr("Stopped. Nothing was written or deleted."))
        elif isinstance(exc, ServiceError):
            QMessageBox.warning(self.window, title, messages.text(exc))
        else:
            QMessageBox.critical(self.window, title, self.tr("The work stopped on an unexpected error; nothing was "
                                                             "deleted. The details are in the log."))
        self.refresh()

    # -- verify, restore, recovery key -----------------------------------------------------------------------

    def choose_backup(self, title: str) -> Path | None:
        try:
            start = str(self.workbench.backups.folder)
        except ServiceError:
            start = ""
        name, _filter = QFileDialog.getOpenFileName(self.window, title, start,
                                                    self.tr("DPO Workbench backups (*.dpobak);;All files (*)"))
        return Path(name) if name else None

    def choose_and_verify(self) -> BackgroundTask | None:
        path = self.choose_backup(self.tr("Verify a backup"))
        return self.verify(path) if path else None

    def verify(self, path: Path, recovery_key=None) -> BackgroundTask | None:
        from dpo_workbench.ui.backups.verify import ask_recovery_key, needs_recovery_key, show_report

        title = self.tr("Verify a backup")
        if recovery_key is None:
            try:
                needed = needs_recovery_key(self.workbench, path)
            except BackupError as exc:
                QMessageBox.warning(self.window, title, messages.text(exc))
                return None
            if needed:
                recovery_key = ask_recovery_key(self.window, path)
                if recovery_key is None:
                    return None

        def verified(report) -> None:
            self.dialog = show_report(self.window, report)

        return self._run(self.workbench.backups.verify, path, recovery_key, label=self.tr("Verifying the backup: "
                                                                                          "a test restore…"),
                         title=title, on_finished=verified, on_failed=lambda exc: self._failed(title, exc))

    def open_recovery_key(self, *, first_setup: bool = False):
        from dpo_workbench.ui.backups.recovery import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(self.workbench, self.window, first_setup=first_setup)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda _new: self.refresh())
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_restore(self):
        from dpo_workbench.ui.backups.restore import RestoreDialog

        dialog = RestoreDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def restored(self, target: Path, replaced: bool, report) -> None:
        """After a restore: say what came back, then start again on the restored folder."""
        lines = [fill(self.tr("The backup made on %1 was restored into %2."), labels.format_datetime(report.created),
                      str(target))]
        counts = ", ".join(f"{messages.number(count, 0)} {name}" for name, count in self.friendly(report))
        lines.append(counts)
        if report.migrated_from:
            lines.append(fill(self.tr("Its database was upgraded from version %1."), report.migrated_from))
        if report.pre_restore_backup:
            lines.append(fill(self.tr("The register it replaced was backed up first: %1"),
                              report.pre_restore_backup.name))
        if report.recovery_id:
            lines.append(fill(self.tr("The recovery key that opens it: the one made on %1 (identifier %2)."),
                              labels.format_datetime(report.recovery_created),
                              " ".join(report.recovery_id[i:i + 4] for i in range(0, len(report.recovery_id), 4))))
        else:
            lines.append(self.tr("It has no recovery key: make one (File › Recovery key…)."))
        lines.append(self.tr("DPO Workbench starts again on the restored register."))
        QMessageBox.information(self.window, self.tr("Restore"), "\n\n".join(lines))
        self.restart(target)

    def friendly(self, report) -> list[tuple[str, int]]:
        names = {"requests": self.tr("requests"), "documents": self.tr("documents"), "breaches": self.tr("breaches"),
                 "e-mails imported": self.tr("e-mails imported"), "journal entries": self.tr("journal entries")}
        return [(names[label], count) for label, count in report.friendly_counts if label in names]
