"""The keys of the data folder: first-run set-up, unlocking, changing the passphrase, rotating the master key.

Where the keys live is said plainly: the system keyring when it is a safe
store, else a key file protected by a passphrase the DPO chooses on the
first start and types on each later start (three tries, then the
application closes without changing anything). DPO_WORKBENCH_PASSPHRASE
skips the dialogs for non-interactive use.
"""

from __future__ import annotations

import unicodedata

import keyring
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import VaultError, WrongPassphrase
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.background import BackgroundTask, Cancelled
from dpo_workbench.ui.widgets.forms import error_label as _error_label
from dpo_workbench.ui.widgets.forms import fill
from dpo_workbench.ui.widgets.forms import with_error as _with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE
from dpo_workbench.vault.keystore import (
    MIN_PASSPHRASE_LENGTH,
    backend_label,
    check_new_passphrase,
    passphrase_from_env,
)

MAX_TRIES = 3


def key_store_text(folder: DataFolder) -> str:
    """Which store holds the keys, in the DPO's language."""
    if folder.uses_passphrase:
        return QCoreApplication.translate("Keys", "Key file protected by a passphrase")
    return fill(QCoreApplication.translate("Keys", "System keyring (%1)"), backend_label(keyring.get_keyring()))


def key_store_explanation(folder: DataFolder) -> str:
    if folder.uses_passphrase:
        return fill(QCoreApplication.translate(
            "Keys", "No safe system keyring was found on this computer, so the encryption keys are kept in the "
                    "file %1, protected by your passphrase. Without the passphrase the data cannot be read."),
            str(folder.key_file))
    return fill(QCoreApplication.translate(
        "Keys", "The encryption keys are kept in the system keyring (%1) of this user account, under the name "
                "dpo-workbench. Without that keyring entry the data folder cannot be read."),
        backend_label(keyring.get_keyring()))


def passphrase_problem(passphrase: str) -> str | None:
    """What is wrong with a new passphrase, in the DPO's language; None if it will do."""
    if not passphrase.strip():
        return QCoreApplication.translate("Keys", "Type a passphrase.")
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        return QCoreApplication.translate(
            "Keys", "Too short: use at least %n characters (a few unrelated words are easy to remember and "
                    "hard to guess).", "", MIN_PASSPHRASE_LENGTH)
    try:
        check_new_passphrase(passphrase)  # the keystore's own rule decides in the end
    except VaultError as exc:
        return messages.text(exc)
    return None


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class _PassphraseDialog(QDialog):
    def _show_error(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()
        self.adjustSize()  # room for the message's lines: nothing clipped

    def _clear_errors(self, *labels: QLabel) -> None:
        for label in labels:
            label.clear()
            label.hide()

    def _show_toggle(self, *fields: QLineEdit) -> QCheckBox:
        toggle = QCheckBox(QCoreApplication.translate("Keys", "Show the passphrase"))
        def show(on: bool) -> None:
            for f in fields:
                f.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

        toggle.toggled.connect(show)
        return toggle


class FirstRunDialog(_PassphraseDialog):
    """First start without a safe keyring: explain the key file, ask for the passphrase twice, create the keys."""

    def __init__(self, folder: DataFolder, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("DPO Workbench — protect your data"))
        self.setMinimumWidth(560)
        intro = QLabel(fill(self.tr(
            "This is the first start with the data folder %1. Everything in it (the register, the journal, "
            "the ID copies) is encrypted.\n\n"
            "There is no safe system keyring on this computer, so the encryption keys will be kept in the file "
            "%2, protected by a passphrase that you choose now. You will type it each time the application "
            "starts.\n\n"
            "Without the passphrase nobody can read the data, not even the support: keep it in a safe place "
            "(a password manager, or a sealed envelope in a safe)."), str(folder.path), str(folder.key_file)))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = _password_field()
        self.again = _password_field()
        self.passphrase_error = _error_label()
        self.again_error = _error_label()
        self.general_error = _error_label()
        self.hint = hint = QLabel(self.tr("At least %n characters.", "", MIN_PASSPHRASE_LENGTH))
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), _with_error(self.passphrase, self.passphrase_error))
        form.addRow("", hint)
        form.addRow(self.tr("Type it again"), _with_error(self.again, self.again_error))
        form.addRow("", self._show_toggle(self.passphrase, self.again))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the keys"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.wants_team = False  # the register is a team's, on a server: no data folder keys are made
        team = buttons.addButton(self.tr("Connect to a team database instead…"), QDialogButtonBox.ButtonRole.ResetRole)
        team.setAutoDefault(False)
        team.clicked.connect(self.use_team)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def use_team(self) -> None:
        self.wants_team = True
        self.reject()

    def accept(self) -> None:
        self._clear_errors(self.passphrase_error, self.again_error, self.general_error)
        passphrase = self.passphrase.text()
        problem = passphrase_problem(passphrase)
        self.hint.setVisible(not problem)  # the message says it already
        if problem:
            self._show_error(self.passphrase_error, problem)
            self.passphrase.setFocus()
            return
        if self.again.text() != passphrase:
            self._show_error(self.again_error, self.tr("The two passphrases differ: type the same one twice."))
            self.again.clear()
            self.again.setFocus()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.folder.create_keys(passphrase)
        except VaultError as exc:
            self._show_error(self.general_error, messages.text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


class UnlockDialog(_PassphraseDialog):
    """Later starts with a key file: the passphrase, three tries; then the dialog is rejected (`gave_up`)."""

    def __init__(self, folder: DataFolder, max_tries: int = MAX_TRIES, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.max_tries = max_tries
        self.failures = 0
        self.setWindowTitle(self.tr("DPO Workbench — unlock"))
        self.setMinimumWidth(480)
        intro = QLabel(fill(self.tr("The keys of the data folder %1 are protected by a passphrase. Type it to "
                                    "open the register."), str(folder.path)))
        intro.setWordWrap(True)
        self.passphrase = _password_field()
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), _with_error(self.passphrase, self.error))
        form.addRow("", self._show_toggle(self.passphrase))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.recovered = False
        if folder.recovery_path.exists():  # a forgotten passphrase: the recovery key opens the folder
            recovery = buttons.addButton(self.tr("Forgotten? Use the recovery key…"),
                                         QDialogButtonBox.ButtonRole.ResetRole)
            recovery.setAutoDefault(False)
            recovery.clicked.connect(self.use_recovery_key)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def use_recovery_key(self) -> bool:
        from dpo_workbench.ui.settings.recovery_unlock import RecoveryUnlockDialog

        if RecoveryUnlockDialog(self.folder, self).exec() != QDialog.DialogCode.Accepted:
            return False
        self.recovered = True
        super().accept()
        return True

    @property
    def gave_up(self) -> bool:
        return self.failures >= self.max_tries

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self._show_error(self.error, self.tr("Type the passphrase."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.folder.unlock(passphrase)
        except WrongPassphrase:
            self.failures += 1
            self.passphrase.clear()
            if self.gave_up:
                self.reject()
                return
            left = self.max_tries - self.failures
            self._show_error(self.error, self.tr("The passphrase is wrong. %n try(ies) left.", "", left))
            self.passphrase.setFocus()
            return
        except VaultError as exc:  # a damaged key file: says what to do (restore it from a backup)
            self._show_error(self.error, messages.text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


def key_created_notice(folder: DataFolder, parent: QWidget | None = None) -> QMessageBox:
    """First start with the system keyring: say where the new key is kept (shown without blocking)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Keys", "Your data is encrypted"))
    box.setText(fill(QCoreApplication.translate(
        "Keys", "This is the first start with the data folder %1. A new encryption key was created for it."),
        str(folder.path)))
    box.setInformativeText(key_store_explanation(folder))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def unlock_data_folder(folder: DataFolder, parent: QWidget | None = None) -> str:
    """Create or unlock the keys: "created", "unlocked", "recovered" (with the recovery key), "cancelled",
    "gave-up" (three wrong passphrases) or "team" (at the first start: a team database instead).

    Raises VaultError when the keys cannot be opened without asking (a wrong
    DPO_WORKBENCH_PASSPHRASE, a damaged key file, a keyring entry that is missing).
    """
    env = passphrase_from_env()
    if folder.is_new:
        if folder.uses_passphrase and env is None:
            first_run = FirstRunDialog(folder, parent)
            if first_run.exec() == QDialog.DialogCode.Accepted:
                return "created"
            return "team" if first_run.wants_team else "cancelled"
        folder.create_keys(env)
        return "created"
    if folder.uses_passphrase and env is None:
        dialog = UnlockDialog(folder, parent=parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return "recovered" if dialog.recovered else "unlocked"
        return "gave-up" if dialog.gave_up else "cancelled"
    folder.unlock(env)  # the system keyring, or the passphrase from the environment
    return "unlocked"


class ChangePassphraseDialog(_PassphraseDialog):
    """Old passphrase, new one twice; the key file is re-protected atomically (the keys do not change)."""

    def __init__(self, workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.setMinimumWidth(480)
        self.old = _password_field()
        self.new = _password_field()
        self.again = _password_field()
        self.old_error, self.new_error, self.again_error = _error_label(), _error_label(), _error_label()
        self.general_error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), _with_error(self.old, self.old_error))
        form.addRow(self.tr("New passphrase"), _with_error(self.new, self.new_error))
        form.addRow(self.tr("Type it again"), _with_error(self.again, self.again_error))
        form.addRow("", self._show_toggle(self.old, self.new, self.again))
        note = QLabel(self.tr("The keys stay the same; only their protection changes. Keep the new passphrase "
                              "in a safe place: without it the data cannot be read."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from dpo_workbench.errors import InputError

        self._clear_errors(self.old_error, self.new_error, self.again_error, self.general_error)
        if not self.old.text():
            self._show_error(self.old_error, self.tr("Type the current passphrase."))
            return
        problem = passphrase_problem(self.new.text())
        if problem:
            self._show_error(self.new_error, problem)
            return
        if self.again.text() != self.new.text():
            self._show_error(self.again_error, self.tr("The two passphrases differ: type the same one twice."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workbench.vault.change_passphrase(self.old.text(), self.new.text())
        except WrongPassphrase:
            self._show_error(self.old_error, self.tr("The current passphrase is wrong; nothing was changed."))
            self.old.clear()
            return
        except InputError as exc:
            self._show_error(self.general_error, messages.text(exc))
            return
        except VaultError as exc:
            self._show_error(self.general_error, messages.text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


class KeyRotation(QObject):
    """`Workbench.rotate_master_key` off the GUI thread, with a progress dialog fed by its callback."""

    def __init__(self, workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.window = parent
        self.progress = QProgressDialog(QCoreApplication.translate("Keys", "Rotating the master key…"),
                                        QCoreApplication.translate("Keys", "Stop"), 0, 0, parent)
        self.progress.setWindowTitle(QCoreApplication.translate("Keys", "Rotate the master key"))
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.task = BackgroundTask(workbench.vault.rotate_master_key, progress=True, exclusive=True, parent=self)
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.progress.canceled.connect(self.task.cancel)
        self.report = None
        self.error: BaseException | None = None

    def start(self) -> BackgroundTask:
        self.progress.setValue(0)
        return self.task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setLabelText(fill(QCoreApplication.translate(
            "Keys", "Rotating the master key: %1 of %2 document keys re-wrapped."), str(done), str(total)))

    def _finished(self, report) -> None:
        self.report = report
        self.progress.hide()  # close() would emit canceled
        text = QCoreApplication.translate(
            "Keys", "The master key was replaced: %n document key(s) re-wrapped and the database re-encrypted. The "
                    "old key was removed.", "", report.rewrapped)
        if report.recovery_key is True:
            text += "\n\n" + QCoreApplication.translate(
                "Keys", "The recovery key still opens the data folder. Backups made before now open with the recovery "
                        "key only: make a new backup (File › Back up now…).")
        else:
            text += "\n\n" + QCoreApplication.translate(
                "Keys", "Backups made before now no longer open with the keys of this folder: make a new backup now "
                        "(File › Back up now…), and a recovery key (File › Recovery key…).")
        QMessageBox.information(self.window, QCoreApplication.translate("Keys", "Rotate the master key"), text)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.progress.hide()  # close() would emit canceled
        if isinstance(exc, Cancelled):
            QMessageBox.information(self.window, QCoreApplication.translate("Keys", "Rotate the master key"),
                                    QCoreApplication.translate(
                                        "Keys", "The rotation was stopped. Nothing is lost: the old key is kept "
                                                "until the rotation is finished; start it again to finish it."))
            return
        QMessageBox.critical(self.window, QCoreApplication.translate("Keys", "Rotate the master key"),
                             QCoreApplication.translate(
                                 "Keys", "The rotation failed. Nothing is lost: the old key is kept until the "
                                         "rotation is finished; start it again to finish it.")
                             + "\n\n" + f"{type(exc).__name__}: {exc}")


def confirm_and_rotate(workbench, parent: QWidget | None = None) -> KeyRotation | None:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Keys", "Rotate the master key"),
        QCoreApplication.translate(
            "Keys", "Replace the master key with a new one? Every document key is re-wrapped under the new key "
                    "and the database is re-encrypted; the documents themselves are not rewritten. With many "
                    "documents this can take a while. If it is interrupted, nothing is lost and it is finished "
                    "the next time you start it."))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    rotation = KeyRotation(workbench, parent)
    rotation.start()
    return rotation
