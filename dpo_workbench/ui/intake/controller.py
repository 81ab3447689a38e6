"""Intake in the main window: drop e-mails on the window, import files or a folder, log a postal letter.

The import runs off the GUI thread (widgets/background.py) with a progress
dialog that can be cancelled between two batches; the summary lists what was
created, the follow-ups, the duplicates and the failures with their reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog

from dpo_workbench.services.requests import RegisterQuery
from dpo_workbench.ui.intake.importing import MAIL_PATTERNS, ImportRun, mail_paths, run_import
from dpo_workbench.ui.intake.mail import MailFetcher
from dpo_workbench.ui.intake.postal import PostalRequestDialog
from dpo_workbench.ui.intake.summary import ImportSummaryDialog
from dpo_workbench.ui.widgets.background import BackgroundTask, run_in_background
from dpo_workbench.workbench import Workbench


class Register(Protocol):
    """What intake needs of the main window besides the window itself: the workbench, the register to refresh
    and to select a request in."""

    workbench: Workbench

    def apply_filters(self) -> None: ...

    def select_request(self, request_id: int) -> bool: ...

    def set_filters(self, *, text: str) -> None: ...


class IntakeController(QObject):
    """Adds the intake actions and the e-mail drop target to the main window."""

    def __init__(self, window: QMainWindow, register: Register):
        super().__init__(window)
        self.window = window
        self.register = register
        self.workbench = register.workbench
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self.import_action = QAction(self.tr("Import e-mail…"), window)
        self.import_action.setToolTip(self.tr("Import .eml, .msg or mbox files as requests "
                                              "(or drop them on the window)"))
        self.import_action.triggered.connect(self.choose_files)
        self.folder_action = QAction(self.tr("Import a folder…"), window)
        self.folder_action.triggered.connect(self.choose_folder)
        self.postal_action = QAction(self.tr("New postal request…"), window)
        self.postal_action.triggered.connect(self.new_postal_request)
        self.mail = MailFetcher(window, self.workbench, self.show_summary,  # the DPO mailbox (IMAP)
                                lambda: self.register.apply_filters())
        self.accounts_action = QAction(self.tr("Mail accounts…"), window)
        self.accounts_action.triggered.connect(self.edit_accounts)
        menus = window.menuBar()
        menu = QMenu(self.tr("&Intake"), window)
        menus.insertMenu(menus.actions()[-1], menu)  # before Help
        for action in (self.mail.action, self.import_action, self.folder_action, self.postal_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.accounts_action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def actions(self) -> list[QAction]:
        return [self.mail.action, self.import_action, self.postal_action]

    def edit_accounts(self) -> None:
        from dpo_workbench.ui.settings.mail_accounts import MailAccountsDialog

        MailAccountsDialog(self.workbench, self.window).exec()
        self.mail.apply_poll_setting()

    # -- drops -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt API)
        if isinstance(event, QDragMoveEvent):  # entering (QDragEnterEvent) or moving over the window
            if mail_paths(event) and not self.busy:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return True
        if isinstance(event, QDropEvent):
            paths = mail_paths(event)
            if not paths or self.busy:
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.start_import(paths)
            return True
        return super().eventFilter(watched, event)

    # -- actions -------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import e-mails"), "",
            self.tr("E-mails (%1);;All files (*)").replace("%1", MAIL_PATTERNS))
        if names:
            self.start_import([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import every e-mail of a folder"))
        if folder:
            self.start_import([Path(folder)])

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def start_import(self, paths: list[Path]) -> BackgroundTask | None:
        if self.busy:
            return None
        self.progress = QProgressDialog(self.tr("Importing e-mails…"), self.tr("Cancel"), 0, 0, self.window)
        self.progress.setWindowTitle(self.tr("E-mail import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.task = run_in_background(run_import, self.workbench, paths, progress=True,
                                      on_finished=self._finished, on_failed=self._failed,
                                      on_progress=self._progressed, parent=self)
        self.progress.canceled.connect(self.task.cancel)
        return self.task

    def _progressed(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None:
            return
        if total:
            progress.setLabelText(self.tr("Importing e-mails… %1 of %2").replace("%1", str(done))
                                  .replace("%2", str(total)))
        progress.setMaximum(total)
        progress.setValue(done)  # a window-modal dialog processes events here: the import may end meanwhile

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, run: ImportRun) -> None:
        self._close_progress()
        self.show_summary(run)

    def show_summary(self, run: ImportRun, open_first: bool = True) -> None:
        """The summary of an import (files, or messages fetched from the mailbox); the first request opened
        (not after a poll: the DPO may be working on another one)."""
        self.register.apply_filters()
        if self.summary is not None:
            self.summary.close()
        self.summary = ImportSummaryDialog(run, self.window, self.workbench)
        self.summary.separated.connect(lambda _reference: self.register.apply_filters())
        self.summary.open_reference.connect(self.open_reference)
        self.summary.show()
        first = next((o.reference for o in run.outcomes if o.status in ("created", "follow-up")), None)
        if first and open_first:
            self.open_reference(first)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.register.apply_filters()
        QMessageBox.warning(self.window, self.tr("E-mail import"),
                            self.tr("The import stopped on an unexpected error; the messages imported before it "
                                    "are kept. The problem is in the log."))

    def open_reference(self, reference: str) -> bool:
        """Show a request of the import in the register, whatever the filters were."""
        ids = self.workbench.requests.ids(RegisterQuery(text=reference))
        if not ids:
            return False
        if not self.register.select_request(ids[0]):
            self.register.set_filters(text="")
            return self.register.select_request(ids[0])
        return True

    def new_postal_request(self) -> str | None:
        dialog = PostalRequestDialog(self.workbench, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.reference is None:
            return None
        self.window.statusBar().showMessage(self.tr("Request %1 logged.").replace("%1", dialog.reference), 8000)
        self.register.apply_filters()
        self.open_reference(dialog.reference)
        return dialog.reference
