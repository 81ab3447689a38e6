"""The recovery key dialog: whether the folder has one, making a new one, showing it once, saving its sheet.

At first set-up the dialog opens by itself and makes the key at once. The key is
shown once, in large characters by groups; the one-page sheet (PDF, nothing
personal on it) can be saved to print it. Closing before saying it was kept
asks for a confirmation: the key is never shown again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import InputError, ServiceError
from dpo_workbench.exports import write_export
from dpo_workbench.services.backup_restore import NewRecoveryKey
from dpo_workbench.ui.settings.unlock import key_store_explanation
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import fill
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.ui.widgets.palette import HINT_STYLE, TITLE_STYLE, Tone, box_style, heading_style
from dpo_workbench.workbench import Workbench


def grouped(key_id: str) -> str:
    return " ".join(key_id[i:i + 4] for i in range(0, len(key_id), 4))


class RecoveryKeyDialog(QDialog):
    created = Signal(object)  # NewRecoveryKey: a new key was made (the status line reads it again)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None, *, first_setup: bool = False):
        super().__init__(parent)
        self.workbench = workbench
        self.new: NewRecoveryKey | None = None
        self.sheet_path: Path | None = None
        self.setWindowTitle(self.tr("Recovery key"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        if first_setup:  # the first start: where the new key is kept, then its recovery key
            self.setWindowTitle(self.tr("Your data is encrypted"))
            heading = QLabel(self.tr("Your data is encrypted"))
            heading.setStyleSheet(heading_style(13))
            welcome = QLabel(fill(self.tr("This is the first start with the data folder %1. A new encryption key "
                                          "was created for it."), str(workbench.folder.path))
                             + " " + key_store_explanation(workbench.folder))
            welcome.setWordWrap(True)
            layout.addWidget(heading)
            layout.addWidget(welcome)
            layout.addSpacing(6)
        intro = QLabel(self.tr(
            "The recovery key opens this data folder and its backups when the keyring entry or the passphrase is "
            "lost, on this computer or on another one. It is shown once: print its sheet or write it down, and keep "
            "it locked away from the computer. Whoever has it and a backup can read the register."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        self.key_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 8)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(box_style(Tone.INFO))
        self.key_label.hide()
        layout.addWidget(self.key_label)
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.key_note.setStyleSheet(HINT_STYLE)
        self.key_note.hide()
        layout.addWidget(self.key_note)

        row = QHBoxLayout()
        self.create_button = QPushButton()
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_key)
        self.sheet_button = QPushButton(self.tr("Save the recovery sheet (PDF)…"))
        self.sheet_button.setAutoDefault(False)
        self.sheet_button.clicked.connect(lambda: self.save_sheet())
        self.sheet_button.hide()
        row.addWidget(self.create_button)
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.kept = QCheckBox(self.tr("I have printed the sheet or written the key down, and will keep it in a safe "
                                      "place"))
        self.kept.hide()
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_state()
        if first_setup:
            self.create_key(confirm=False)

    def show_state(self) -> None:
        state = self.workbench.backups.recovery_state()
        try:
            recovery = self.workbench.folder.recovery()
        except ServiceError:
            recovery = None
        if state == "ok" and recovery is not None:
            self.state.setText(fill(self.tr("A recovery key was made on %1 (identifier %2). It is on its recovery "
                                            "sheet; it cannot be shown again."),
                                    labels.format_datetime(recovery.created), grouped(recovery.id)))
            self.state.setStyleSheet(TITLE_STYLE)
            self.create_button.setText(self.tr("Replace the recovery key…"))
        elif state == "none":
            self.state.setText(self.tr("This data folder has no recovery key yet: if its keyring entry or its "
                                       "passphrase were lost, nobody could open it or its backups."))
            self.state.setStyleSheet(box_style(Tone.WARNING))
            self.create_button.setText(self.tr("Create the recovery key"))
        else:
            self.state.setText(self.tr("The recovery key no longer matches the keys of this data folder (its file "
                                       "is damaged, or it was made before a key change): create a new one."))
            self.state.setStyleSheet(box_style(Tone.DANGER))
            self.create_button.setText(self.tr("Create a new recovery key"))

    def create_key(self, confirm: bool = True) -> NewRecoveryKey | None:
        if confirm and self.workbench.backups.recovery_state() == "ok":
            answer = QMessageBox.question(self, self.tr("Replace the recovery key"), self.tr(
                "Make a new recovery key? The current one will no longer open this data folder nor the backups made "
                "from now on (the backups made until now still open with it). Destroy its sheet once the new one "
                "is kept."))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            self.new = self.workbench.backups.create_recovery_key()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Recovery key"), messages.text(exc))
            return None
        self.key_label.setText("\n".join(["  ".join(self.new.key.groups[:4]), "  ".join(self.new.key.groups[4:])]))
        self.key_label.show()
        self.key_note.setText(fill(self.tr("Identifier %1, made on %2. The fifth character of each group is a "
                                           "check: a typing error is named by its group. It is not shown again."),
                                   grouped(self.new.id), labels.format_datetime(self.new.created)))
        self.key_note.show()
        self.state.setText(self.tr("The new recovery key:") if self.new.replaced is None else
                           self.tr("The new recovery key (the previous one no longer opens this data folder):"))
        self.state.setStyleSheet(TITLE_STYLE)
        self.create_button.hide()
        self.sheet_button.show()
        self.kept.show()
        self.created.emit(self.new)
        return self.new

    def save_sheet(self, path: Path | None = None) -> Path | None:
        """Write the sheet (readable by the user only); returns where, or None if not saved."""
        if self.new is None:
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the recovery sheet"),
                                                        str(Path.home() / self.tr("recovery-sheet.pdf")),
                                                        self.tr("PDF (*.pdf)"))
            if not name:
                return None
            path = Path(name)
        try:
            data = self.workbench.backups.recovery_sheet(self.new, lang=current_language())
            write_export(path, data)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Save the recovery sheet"), messages.text(exc))
            return None
        self.sheet_path = path
        QMessageBox.information(self, self.tr("Save the recovery sheet"), fill(self.tr(
            "The sheet was saved to %1. Print it, then delete the file: a printed sheet in a safe is harder to "
            "steal than a file."), str(path)))
        return path

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802  (Qt API)
        # the window's own close button, or the application quitting: no question (it could not be answered)
        self.done(QDialog.DialogCode.Rejected)
        event.accept()

    def reject(self) -> None:
        """Close, or Escape: closing before the key was said kept asks first (it is never shown again)."""
        if self.new is not None and not self.kept.isChecked():
            answer = QMessageBox.question(self, self.tr("Recovery key"), self.tr(
                "Close without keeping the recovery key? It is never shown again (you can make a new one later)."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
