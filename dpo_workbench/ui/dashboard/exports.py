"""The File menu's exports: the register as shown (XLSX or CSV) and the annual report (PDF).

Both are written off the GUI thread, then saved with `exports.write_export` (whole or
not at all, readable by the user only); the register's export is journaled by the
service, with or without the requesters' names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import InputError, ServiceError
from dpo_workbench.exports import write_export
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.background import BackgroundTask, run_in_background
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.ui.widgets.palette import HINT_STYLE
from dpo_workbench.workbench import Workbench


class RegisterExportDialog(QDialog):
    """Export the requests shown in the register: the format, and whether the names go with them."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the register"))
        self.setMinimumWidth(440)
        shown = QLabel(self.tr("%n request(s) shown in the register, with their current filter.", "", count))
        shown.setWordWrap(True)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV file (.csv)"), "csv")
        self.personal = QCheckBox(self.tr("Include the requesters' names"))
        hint = QLabel(self.tr("Without names, the file holds references, rights, dates, outcomes and days taken. "
                              "Names are personal data: the file is readable by you only and the export is "
                              "recorded in the journal."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(shown)
        layout.addLayout(form)
        layout.addWidget(self.personal)
        layout.addWidget(hint)
        layout.addWidget(buttons)


class AnnualReportDialog(QDialog):
    """The year and the language of the annual report."""

    def __init__(self, this_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annual report"))
        self.setMinimumWidth(400)
        self.year = QSpinBox()
        self.year.setRange(2018, this_year)
        self.year.setValue(this_year - 1 if this_year > 2018 else this_year)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("French"), "fr")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setCurrentIndex(0 if current_language() == "fr" else 1)
        hint = QLabel(self.tr("The requests received in the year and the breaches known in it, as they stand "
                              "today: figures and charts, no personal data."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Language"), self.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)


class Exporter(QObject):
    """Runs an export off the GUI thread and writes the file; tells the DPO how it went."""

    def __init__(self, workbench: Workbench, parent: QWidget, status: Callable[[str], None]):
        super().__init__(parent)
        self.workbench = workbench
        self.window = parent
        self.status = status
        self.task: BackgroundTask | None = None
        self.written: Path | None = None

    def _run(self, build: Callable[[], bytes], path: str, title: str, done_text: str) -> BackgroundTask:
        self.window.setCursor(Qt.CursorShape.BusyCursor)

        def work() -> Path:
            return write_export(path, build())

        def finished(written: Path) -> None:
            self.window.unsetCursor()
            self.written = written
            self.status(done_text.replace("%1", str(written)))

        def failed(exc: BaseException) -> None:
            self.window.unsetCursor()
            text = messages.text(exc) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self.window, title, text)

        self.task = run_in_background(work, on_finished=finished, on_failed=failed, parent=self.window)
        return self.task

    def export_register(self, ids: Sequence[int], *, fmt: str | None = None, personal: bool | None = None,
                        path: str | None = None) -> BackgroundTask | None:
        """Ask the format and the file (unless given, as tests do), then export in the background."""
        title = self.tr("Export the register")
        if fmt is None or personal is None:
            dialog = RegisterExportDialog(len(ids), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            fmt, personal = dialog.format.currentData(), dialog.personal.isChecked()
        if path is None:
            name = f"requests-{self.workbench.today().isoformat()}.{fmt}"
            filters = "Excel (*.xlsx)" if fmt == "xlsx" else "CSV (*.csv)"
            path, _ = QFileDialog.getSaveFileName(self.window, title, name, filters)
            if not path:
                return None
        ids = list(ids)
        done = self.tr("Register exported to %1 (readable by you only).")
        return self._run(lambda: self.workbench.reports.export_register(ids, fmt, personal_data=bool(personal)),
                         path, title, done)

    def annual_report(self, *, year: int | None = None, lang: str | None = None,
                      path: str | None = None) -> BackgroundTask | None:
        title = self.tr("Annual report")
        if year is None or lang is None:
            dialog = AnnualReportDialog(self.workbench.today().year, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            year, lang = dialog.year.value(), dialog.lang.currentData()
        if path is None:
            name = f"annual-report-{year}-{lang}.pdf"
            path, _ = QFileDialog.getSaveFileName(self.window, title, name, self.tr("PDF (*.pdf)"))
            if not path:
                return None
        try:
            self.workbench.reports.annual(year)  # a year out of range is said at once
        except InputError as exc:
            QMessageBox.warning(self.window, title, messages.text(exc))
            return None
        done = self.tr("Annual report saved as %1.")
        return self._run(lambda: self.workbench.reports.annual_pdf(year, lang), path, title, done)
