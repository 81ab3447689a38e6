"""Verifying a backup: asking for its recovery key when this folder's keys do not open it, and the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import RecoveryKeyError
from dpo_workbench.services.backup_restore import VerifyReport
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import error_label, fill, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE, Tone, box_style
from dpo_workbench.vault import backupfile
from dpo_workbench.vault.recovery import RecoveryKey
from dpo_workbench.workbench import Workbench


def needs_recovery_key(workbench: Workbench, path: Path) -> bool:
    """True when this folder's keys do not open the backup (another folder's, or made before a rotation)."""
    header = backupfile.read_header(path)
    return backupfile.open_with_ring(header, workbench.folder.unlocked_keys) is None


def key_field() -> QLineEdit:
    field = QLineEdit()
    field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    field.setPlaceholderText("-".join(["XXXXX"] * 8))  # the shape of a key
    field.setMinimumWidth(420)
    return field


class RecoveryKeyPrompt(QDialog):
    """Type a recovery key; a typing error is named by its group before anything is tried."""

    def __init__(self, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.key: RecoveryKey | None = None
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.field = key_field()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), with_error(self.field, self.error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.key = RecoveryKey.parse(self.field.text())
        except RecoveryKeyError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            self.field.setFocus()
            return
        super().accept()


def ask_recovery_key(parent: QWidget | None, path: Path) -> RecoveryKey | None:
    prompt = RecoveryKeyPrompt(fill(QCoreApplication.translate(
        "Backups", "The keys of this data folder do not open %1: it was made by another data folder, or before the "
                   "master key was replaced. Type the recovery key that was in force when it was made (on its "
                   "recovery sheet)."), path.name), parent)
    return prompt.key if prompt.exec() == QDialog.DialogCode.Accepted else None


def count_names() -> dict[str, str]:
    return {
        "requests": QCoreApplication.translate("Backups", "Requests"),
        "documents": QCoreApplication.translate("Backups", "Documents"),
        "breaches": QCoreApplication.translate("Backups", "Breaches"),
        "e-mails imported": QCoreApplication.translate("Backups", "E-mails imported"),
        "timeline events": QCoreApplication.translate("Backups", "Timeline events"),
        "journal entries": QCoreApplication.translate("Backups", "Journal entries"),
    }


def report_lines(report: VerifyReport) -> list[str]:
    names = count_names()
    lines = [fill(QCoreApplication.translate("Backups", "Made on %1 by DPO Workbench %2 (database version %3)."),
                  labels.format_datetime(report.created), report.app_version, str(report.schema))]
    lines += [f"{names.get(label, label)}: {messages.number(count, 0)}" for label, count in report.friendly_counts]
    lines.append(QCoreApplication.translate("Backups", "%n document file(s) decrypted and authenticated.", "",
                                            report.documents_checked))
    if report.journal.ok:
        lines.append(QCoreApplication.translate("Backups", "Journal: %n entries, hash chain intact.", "",
                                                report.journal.entries))
    else:
        lines.append(fill(QCoreApplication.translate("Backups", "Journal: broken at entry %1."),
                          str(report.journal.broken_id)))
    if report.migrated_from:
        lines.append(fill(QCoreApplication.translate(
            "Backups", "The test restore upgraded its database from version %1, as a restore will."),
            report.migrated_from))
    for doc_id in report.damaged_documents:
        lines.append(fill(QCoreApplication.translate("Backups", "Document %1 does not decrypt."), str(doc_id)))
    if report.missing_documents:
        lines.append(QCoreApplication.translate(
            "Backups", "%n document file(s) were already missing from the vault when it was made.", "",
            len(report.missing_documents)))
    if not report.counts_match:
        lines.append(QCoreApplication.translate(
            "Backups", "Its database does not hold the numbers of rows its manifest records."))
    return lines


class VerifyReportDialog(QDialog):
    def __init__(self, report: VerifyReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Verify a backup"))
        self.setMinimumWidth(560)
        verdict = QLabel(self.tr("Complete and restorable: every part was read, checked and restored in a temporary "
                                 "folder.") if report.ok else
                         self.tr("Damaged: do not rely on this backup."))
        verdict.setWordWrap(True)
        verdict.setStyleSheet(box_style(Tone.SUCCESS if report.ok else Tone.DANGER))
        name = QLabel(report.path.name)
        name.setStyleSheet(HINT_STYLE)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel("\n".join(report_lines(report)))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(verdict)
        layout.addWidget(name)
        layout.addWidget(self.details)
        layout.addWidget(buttons)


def show_report(parent: QWidget | None, report: VerifyReport) -> VerifyReportDialog:
    dialog = VerifyReportDialog(report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
