"""Opening the data folder with its recovery key: the keyring entry is lost, or the passphrase forgotten.

The recovery key unwraps the master keys from keys/recovery.json; they are then kept
again as on the first start (a new keyring entry, or the key file under a new
passphrase), and the register opens as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import RecoveryKeyError, VaultError
from dpo_workbench.ui.settings.unlock import passphrase_problem
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label, fill, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE
from dpo_workbench.vault.keystore import passphrase_from_env
from dpo_workbench.vault.recovery import RecoveryKey

LOST_KEYS = ("keys.lost", "keys.not-in-keyring", "keys.no-key-file")


class RecoveryUnlockDialog(QDialog):
    """The recovery key, and a new passphrase when the keys go back to a key file."""

    def __init__(self, folder: DataFolder, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.setMinimumWidth(560)
        intro = QLabel(fill(self.tr("Type the recovery key of the data folder %1 (on its recovery sheet). Its keys "
                                    "are then kept again as on the first start."), str(folder.path)))
        intro.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText("-".join(["XXXXX"] * 8))  # the shape of a key
        self.key_error = error_label()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), with_error(self.key, self.key_error))
        if folder.uses_passphrase:
            note = QLabel(self.tr("Choose a new passphrase for the key file; the old one no longer opens it."))
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE)
            form.addRow(note)
            form.addRow(self.tr("New passphrase"), with_error(self.passphrase, self.passphrase_error))
            form.addRow(self.tr("Type it again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()
        self.adjustSize()

    def accept(self) -> None:
        self.key_error.hide()
        self.passphrase_error.hide()
        passphrase = None
        if self.folder.uses_passphrase:
            problem = passphrase_problem(self.passphrase.text())
            if problem:
                self._show(self.passphrase_error, problem)
                return
            if self.again.text() != self.passphrase.text():
                self._show(self.passphrase_error, self.tr("The two passphrases differ: type the same one twice."))
                return
            passphrase = self.passphrase.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.folder.unlock_with_recovery_key(RecoveryKey.parse(self.key.text()))
            self.folder.protect_keys(passphrase)
        except RecoveryKeyError as exc:
            self._show(self.key_error, messages.text(exc))
            return
        except VaultError as exc:
            self._show(self.key_error, messages.text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


def offer_recovery(folder: DataFolder, exc: VaultError, parent: QWidget | None = None) -> bool:
    """The keys are missing at start-up: offer the recovery key (True once the folder is open again)."""
    if passphrase_from_env() is not None or exc.code not in LOST_KEYS or not folder.recovery_path.exists():
        return False
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Keys", "Keys missing"),
        messages.text(exc) + "\n\n" + QCoreApplication.translate(
            "Keys", "This data folder has a recovery key: open it with the recovery key now?"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return RecoveryUnlockDialog(folder, parent).exec() == QDialog.DialogCode.Accepted
