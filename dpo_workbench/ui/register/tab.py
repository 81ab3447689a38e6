"""The Register tab's place in the main window: built when first opened, and the File menu's register actions.

The view (list, editor, history) is built the first time the DPO opens the tab or uses
one of its actions: start-up does not pay for it. The files are read and written off the
GUI thread; what an import will do is shown before it is done. One line hooks it all:

    self.register_area = RegisterArea(workbench, self)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from dpo_workbench.errors import ServiceError
from dpo_workbench.exports import write_export
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.background import BackgroundTask, run_in_background
from dpo_workbench.ui.widgets.forms import pydate
from dpo_workbench.workbench import Workbench

if TYPE_CHECKING:
    from dpo_workbench.services.register import ImportPreview
    from dpo_workbench.ui.register.view import RegisterView


class RegisterArea(QObject):
    """The Register tab (its view built when first needed) and its actions: import, export, print, show."""

    def __init__(self, workbench: Workbench, window: Any):
        super().__init__(window)
        self.workbench = workbench
        self.window = window
        self.tabs = window.tabs
        self.view: RegisterView | None = None
        self.placeholder = QWidget()
        self.tabs.addTab(self.placeholder, QCoreApplication.translate("Register", "Register"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.task: BackgroundTask | None = None
        self.written: Path | None = None
        self.import_action = QAction(
            QCoreApplication.translate("Register", "Import the register of processing activities…"), window)
        self.import_action.triggered.connect(lambda: self.import_file())
        self.export_action = QAction(
            QCoreApplication.translate("Register", "Export the register of processing activities…"), window)
        self.export_action.triggered.connect(lambda: self.export())
        self.print_action = QAction(QCoreApplication.translate("Register", "Print the register as of…"), window)
        self.print_action.triggered.connect(lambda: self.print_register())

    def actions(self) -> list[QAction]:
        return [self.import_action, self.export_action, self.print_action]

    def register(self) -> RegisterView:
        """The view, built (in place of the placeholder tab) the first time it is needed."""
        if self.view is not None:
            return self.view
        from dpo_workbench.ui.register.view import RegisterView

        view = self.view = RegisterView(self.workbench)
        view.import_requested.connect(lambda: self.import_file())
        view.export_requested.connect(lambda: self.export())
        view.print_requested.connect(lambda: self.print_register())
        index, current = self.tabs.indexOf(self.placeholder), self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, QCoreApplication.translate("Register", "Register"))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.placeholder.deleteLater()
        return view

    def _tab_changed(self, index: int) -> None:
        if self.view is None and self.tabs.widget(index) is self.placeholder:
            self.tabs.setCurrentWidget(self.register())

    def show(self) -> RegisterView:
        view = self.register()
        self.tabs.setCurrentWidget(view)
        return view

    # -- files ----------------------------------------------------------------------------------------

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)

    def _failed(self, title: str):
        def failed(exc: BaseException) -> None:
            self.window.unsetCursor()
            text = messages.text(exc) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self.window, title, text)
        return failed

    def import_file(self, path: str | None = None, *, confirm: bool = True) -> BackgroundTask | None:
        """Read a file in the background, show what it would change, import it on confirmation."""
        title = QCoreApplication.translate("Register", "Import the register of processing activities")
        if path is None:
            kinds = QCoreApplication.translate("Register", "Spreadsheets (*.xlsx *.ods *.csv)")
            path, _ = QFileDialog.getOpenFileName(self.window, title, "", kinds)
            if not path:
                return None
        self.window.setCursor(Qt.CursorShape.BusyCursor)

        def read() -> ImportPreview:
            return self.workbench.register.read_import(path)

        def show(preview: ImportPreview) -> None:
            self.window.unsetCursor()
            self.preview_dialog(preview, confirm=confirm)

        self.task = run_in_background(read, on_finished=show, on_failed=self._failed(title), parent=self.window)
        return self.task

    def preview_dialog(self, preview: ImportPreview, *, confirm: bool = True):
        from dpo_workbench.ui.register.dialogs import ImportPreviewDialog

        dialog = ImportPreviewDialog(preview, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(preview))
        self.last_dialog = dialog
        if confirm:
            dialog.open()
        return dialog

    def _apply(self, preview: ImportPreview) -> None:
        title = QCoreApplication.translate("Register", "Import the register of processing activities")
        self.window.setCursor(Qt.CursorShape.BusyCursor)

        def done(result) -> None:
            self.window.unsetCursor()
            text = QCoreApplication.translate("Register", "Register imported: %1 added, %2 changed, %3 unchanged.")
            self._status(text.replace(
                "%1", str(len(result.added))).replace("%2", str(len(result.changed))).replace(
                "%3", str(result.unchanged)))
            self.show().refresh()

        self.task = run_in_background(self.workbench.register.apply_import, preview, on_finished=done,
                                      on_failed=self._failed(title), parent=self.window)

    def _save(self, build, path: str, title: str, done_text: str) -> BackgroundTask:
        self.window.setCursor(Qt.CursorShape.BusyCursor)

        def work() -> Path:
            return write_export(path, build())

        def finished(written: Path) -> None:
            self.window.unsetCursor()
            self.written = written
            self._status(done_text.replace("%1", str(written)))

        self.task = run_in_background(work, on_finished=finished, on_failed=self._failed(title), parent=self.window)
        return self.task

    def export(self, *, fmt: str | None = None, layout: str = "rows", day: date | None = None, lang: str = "fr",
               path: str | None = None) -> BackgroundTask | None:
        """Ask the format, layout, day and file (unless given, as tests do), then export in the background."""
        from dpo_workbench.ui.register.dialogs import ExportDialog

        title = QCoreApplication.translate("Register", "Export the register of processing activities")
        today = self.workbench.today()
        if fmt is None:
            dialog = ExportDialog(today, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            fmt, layout = dialog.format.currentData(), dialog.layout_choice.currentData()
            day, lang = pydate(dialog.as_of.date()), dialog.language.currentData()
        if path is None:
            name = f"register-{(day or today).isoformat()}{'-cnil' if layout == 'cnil' else ''}.{fmt}"
            path, _ = QFileDialog.getSaveFileName(self.window, title, name, f"{fmt.upper()} (*.{fmt})")
            if not path:
                return None
        chosen_fmt, chosen_layout, chosen_day, chosen_lang = fmt, layout, day, lang
        return self._save(lambda: self.workbench.register.export(chosen_fmt, chosen_layout, day=chosen_day,
                                                                 lang=chosen_lang),
                          path, title,
                          QCoreApplication.translate("Register", "Register exported to %1 (readable by you only)."))

    def print_register(self, *, day: date | None = None, lang: str | None = None,
                       path: str | None = None) -> BackgroundTask | None:
        from dpo_workbench.ui.register.dialogs import PrintDialog

        title = QCoreApplication.translate("Register", "Print the register as of…")
        today = self.workbench.today()
        if day is None or lang is None:
            dialog = PrintDialog(today, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            day, lang = pydate(dialog.as_of.date()), dialog.language.currentData()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, title, f"register-{day.isoformat()}-{lang}.pdf",
                                                  "PDF (*.pdf)")
            if not path:
                return None
        chosen_day, chosen_lang = day, lang
        return self._save(lambda: self.workbench.register.pdf(day=chosen_day, lang=chosen_lang or "fr"), path, title,
                          QCoreApplication.translate("Register", "Register as of the chosen day saved as %1."))
