"""The request panel's "Case file for an inquiry…": the zip of one request, for a CNIL inspector or a court."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from dpo_workbench.errors import ServiceError
from dpo_workbench.exports import write_export
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.workbench import Workbench


def export_case_file(parent: QWidget, workbench: Workbench, reference: str, path: str | None = None) -> Path | None:
    """Build the case file (journaled as an export) and write it where the DPO chooses, readable by them only."""
    title = QCoreApplication.translate("CaseFile", "Case file for an inquiry")
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, f"{reference}-case-file.zip",
                                              QCoreApplication.translate("CaseFile", "Zip archive (*.zip)"))
        if not path:
            return None
    parent.setCursor(Qt.CursorShape.BusyCursor)
    try:
        case = workbench.case_files.build(reference, "fr" if current_language() == "fr" else "en")
        written = write_export(path, case.data)
    except ServiceError as exc:
        QMessageBox.warning(parent, title, messages.text(exc))
        return None
    finally:
        parent.unsetCursor()
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "CaseFile", "The case file of %1 is saved in %2: its timeline (PDF), its letters, the record of the identity "
        "checks and its journal entries with how to verify them. The file is readable by you only; the export is "
        "recorded in the journal.").replace("%1", reference).replace("%2", str(written)))
    return written
