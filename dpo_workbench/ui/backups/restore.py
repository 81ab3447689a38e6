"""The restore dialog: a backup file, the key that opens it, where it goes; then the work, off the GUI thread.

Nothing changes until the backup was read whole, checked against its manifest and,
for an older version, migrated beside the target. Replacing the register in use
backs it up first; the application then starts again on the restored register.
"""

from __future__ import annotations

from pathlib import Path

import keyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import BackupError, RecoveryKeyError, ServiceError
from dpo_workbench.services.backup_archive import classify_target
from dpo_workbench.services.backup_restore import KeySource, PreparedRestore, prepare_restore
from dpo_workbench.ui.backups.verify import key_field
from dpo_workbench.ui.settings.unlock import passphrase_problem
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.background import Cancelled
from dpo_workbench.ui.widgets.forms import error_label, fill, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE, Tone, box_style
from dpo_workbench.vault import backupfile
from dpo_workbench.vault.keystore import is_safe_backend
from dpo_workbench.vault.recovery import RecoveryKey


def _password() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class RestoreDialog(QDialog):
    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.workbench = controller.workbench
        self.header: backupfile.BackupHeader | None = None
        self.prepared: PreparedRestore | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(640)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("Choose a backup file (.dpobak)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(lambda: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        self.file_error = error_label()
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet(HINT_STYLE)
        self.about.hide()

        self.key = key_field()
        self.key_error = error_label()
        self.key_row = with_error(self.key, self.key_error)

        self.replace = QRadioButton(self.tr("Replace the register in use (it is backed up first)"))
        self.elsewhere = QRadioButton(self.tr("Into a new, empty data folder:"))
        self.replace.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.replace)
        group.addButton(self.elsewhere)
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("an empty folder"))
        pick = QPushButton(self.tr("Choose…"))
        pick.setAutoDefault(False)
        pick.clicked.connect(lambda: self.choose_target())
        target_row = QHBoxLayout()
        target_row.addWidget(self.elsewhere)
        target_row.addWidget(self.target, 1)
        target_row.addWidget(pick)
        self.target_error = error_label()
        self.passphrase, self.again = _password(), _password()
        self.passphrase_error = error_label()
        self.passphrase_box = QWidget()
        box_form = QFormLayout(self.passphrase_box)
        box_form.setContentsMargins(0, 0, 0, 0)
        note = QLabel(self.tr("No safe system keyring here: the keys of the new folder will be kept in a key file, "
                              "protected by a passphrase you choose now."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        box_form.addRow(note)
        box_form.addRow(self.tr("Passphrase"), with_error(self.passphrase, self.passphrase_error))
        box_form.addRow(self.tr("Type it again"), self.again)
        self.passphrase_box.setVisible(False)
        self.elsewhere.toggled.connect(self._target_changed)

        form = QFormLayout()
        form.addRow(self.tr("Backup"), file_row)
        form.addRow("", self.file_error)
        form.addRow("", self.about)
        form.addRow(self.tr("Recovery key"), self.key_row)
        self.key_label = form.labelForField(self.key_row)
        form.addRow(self.tr("Restore"), self.replace)
        form.addRow("", target_row)
        form.addRow("", self.target_error)
        form.addRow("", self.passphrase_box)
        self._show_key(False)
        self.general_error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr("A restore brings back the register as it was when the backup was made: what was "
                                 "done since is not in it. Nothing changes until the backup was read and checked "
                                 "whole."))
        warning.setWordWrap(True)
        warning.setStyleSheet(box_style(Tone.INFO))
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    # -- the fields ------------------------------------------------------------------------------------------

    def _show_key(self, needed: bool) -> None:
        self.key_row.setVisible(needed)
        if self.key_label is not None:
            self.key_label.setVisible(needed)

    def _target_changed(self) -> None:
        self.passphrase_box.setVisible(self.elsewhere.isChecked() and not is_safe_backend(keyring.get_keyring()))
        self.adjustSize()

    def choose_file(self, path: Path | None = None) -> None:
        if path is None:
            path = self.controller.choose_backup(self.tr("Restore a backup"))
            if path is None:
                return
        self.file.setText(str(path))
        self.file_error.hide()
        self.header = None
        try:
            header = backupfile.read_header(path)
        except BackupError as exc:
            self.file_error.setText(messages.text(exc))
            self.file_error.show()
            self.about.hide()
            self._show_key(False)
            return
        self.header = header
        needs_key = backupfile.open_with_ring(header, self.workbench.folder.unlocked_keys) is None
        made = labels.format_datetime(self._created(header))
        self.about.setText(fill(self.tr("Made on %1 by DPO Workbench %2.") + " " +
                                (self.tr("This data folder's keys do not open it: type the recovery key that was in "
                                         "force when it was made.") if needs_key else
                                 self.tr("It opens with this data folder's keys.")), made, header.app_version))
        self.about.show()
        self._show_key(needs_key)
        self.adjustSize()

    @staticmethod
    def _created(header: backupfile.BackupHeader):
        from datetime import datetime

        try:
            return datetime.fromisoformat(header.created)
        except ValueError:
            return None

    def choose_target(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the restored data"))
        if folder:
            self.target.setText(folder)
            self.elsewhere.setChecked(True)

    # -- restoring ------------------------------------------------------------------------------------------

    def _error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()
        self.adjustSize()

    def accept(self) -> None:
        for label in (self.file_error, self.key_error, self.target_error, self.passphrase_error, self.general_error):
            label.hide()
        if self.header is None:
            self._error(self.file_error, self.tr("Choose the backup file to restore."))
            return
        keys = KeySource(rings=[self.workbench.folder.unlocked_keys])
        if self.key_row.isVisible():
            try:
                keys.recovery_key = RecoveryKey.parse(self.key.text())
            except RecoveryKeyError as exc:
                self._error(self.key_error, messages.text(exc))
                return
        self.passphrase_value = None
        if self.elsewhere.isChecked():
            text = self.target.text().strip()
            if not text:
                self._error(self.target_error, self.tr("Choose the folder to restore into."))
                return
            target = Path(text).expanduser()
            kind = classify_target(target)
            if kind != "empty":
                self._error(self.target_error, self.tr("This folder is not empty: choose an empty folder (or a new "
                                                       "one), or replace the register in use."))
                return
            if self.passphrase_box.isVisible():
                problem = passphrase_problem(self.passphrase.text())
                if problem:
                    self._error(self.passphrase_error, problem)
                    return
                if self.again.text() != self.passphrase.text():
                    self._error(self.passphrase_error, self.tr("The two passphrases differ: type the same one "
                                                               "twice."))
                    return
                self.passphrase_value = self.passphrase.text()
            replace = False
        else:
            target = self.workbench.data_dir
            answer = QMessageBox.question(self, self.tr("Restore a backup"), fill(self.tr(
                "Replace the register in use with the backup made on %1? What was done since then will be in the "
                "backup of the current register made first, not in the restored one."),
                labels.format_datetime(self._created(self.header))))
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        self.target_path, self.replacing = target, replace
        self.ok_button.setEnabled(False)
        self.controller._run(prepare_restore, self.header.path, target, keys, actor=self.workbench.actor,
                             now=self.workbench.now(), replace=replace,
                             label=self.tr("Reading and checking the backup…"), title=self.tr("Restore a backup"),
                             on_finished=self._prepared, on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self._error(self.general_error, self.tr("Stopped. Nothing was changed."))
        elif isinstance(exc, RecoveryKeyError):
            self._error(self.key_error, messages.text(exc))
        elif isinstance(exc, ServiceError):
            self._error(self.general_error, messages.text(exc))
        else:
            self._error(self.general_error, self.tr("The restore stopped on an unexpected error; nothing was "
                                                    "changed. The details are in the log."))

    def _prepared(self, prepared: PreparedRestore) -> None:
        self.prepared = prepared
        if not self.replacing:
            self._commit(None)
            return
        self.controller._run(self.workbench.backups.create, "pre-restore", also_for=prepared.ring,
                             label=self.tr("Backing up the register in use first…"),
                             title=self.tr("Restore a backup"), on_finished=lambda result: self._commit(result.path),
                             on_failed=self._safety_failed)

    def _safety_failed(self, exc: BaseException) -> None:
        if self.prepared is not None:
            self.prepared.discard()
        self._failed(exc)

    def _commit(self, pre_restore: Path | None) -> None:
        assert self.prepared is not None
        current = None
        if self.replacing:
            for timer in self.controller.window.findChildren(QTimer):  # nothing may touch the database now
                timer.stop()
            self.workbench.close()
            current = self.workbench.folder
        try:
            report = self.prepared.commit(current, passphrase=self.passphrase_value, pre_restore=pre_restore)
        except (ServiceError, OSError) as exc:
            self.prepared.discard()
            self._failed(exc)
            return
        self.hide()
        self.controller.restored(self.target_path, self.replacing, report)
        self.done(QDialog.DialogCode.Accepted)
