"""Signing in to a team database: the person's login and passphrase (or their key kept in the keyring).

A wrong passphrase, an unknown or removed login, a server that refuses: said beside the field to fix,
nothing typed is lost but the wrong passphrase, and the person tries again. From here one can also
change the connection, or go back to the data folder of this computer.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench import connections
from dpo_workbench.connections import DEFAULT_PORT, LocalChoice, TeamConnection
from dpo_workbench.core.clock import Clock
from dpo_workbench.errors import PassphraseRequired, ServiceError, TeamError, WrongPassphrase
from dpo_workbench.team import keyring_private_key, login_from_env, server_name
from dpo_workbench.ui.team.common import password_field, text
from dpo_workbench.ui.widgets.forms import error_label, fill, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE, TITLE_STYLE, Tone, text_style
from dpo_workbench.workbench import Workbench

LOGIN_CODES = ("team.login-invalid", "team.unknown-user", "team.user-removed")
SERVER_CODES = ("team.server-password",)


class SignInDialog(QDialog):
    """Accepted with `workbench` signed in; `outcome` is "signed-in", "folder" (use the data folder) or
    "cancelled"."""

    def __init__(self, data_dir: Path, choice: LocalChoice, *, fixed_url: str | None = None, login: str = "",
                 clock: Clock | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.choice = choice
        self.fixed_url = fixed_url  # --database-url or DPO_WORKBENCH_DATABASE_URL: not changed here
        self.clock = clock
        self.workbench: Workbench | None = None
        self.outcome = "cancelled"
        self.server_password: str | None = None  # kept in the keyring, or typed in the connection dialog
        self.asks_server_password = False
        self.setWindowTitle(self.tr("DPO Workbench — sign in"))
        self.setMinimumWidth(600)

        self.where = QLabel()
        self.where.setStyleSheet(TITLE_STYLE)
        self.where.setWordWrap(True)
        self.server_password_edit = password_field()
        self.server_password_edit.setPlaceholderText(self.tr("empty if the server asks for none"))
        self.server_error = error_label()
        self.server_label = QLabel(self.tr("Server password"))
        self.login = QLineEdit(login or choice.login or login_from_env() or "")
        self.login.setPlaceholderText(fill(self.tr("e.g. %1"), getpass.getuser().lower()))
        self.login.textChanged.connect(self._login_changed)
        self.login_error = error_label()
        self.passphrase = password_field()
        self.passphrase_error = error_label()
        self.key_note = QLabel(self.tr("Your key is kept in this computer's keyring: no passphrase to type."))
        self.key_note.setWordWrap(True)
        self.key_note.setStyleSheet(text_style(Tone.SUCCESS))
        self.remember = QCheckBox(self.tr("Remember my key on this computer"))
        self.remember.setEnabled(connections.keyring_is_safe())
        if not self.remember.isEnabled():
            self.remember.setToolTip(self.tr("This computer has no safe keyring: type your passphrase each time."))
        self.error = error_label()

        self.form = form = QFormLayout()
        self.server_row = with_error(self.server_password_edit, self.server_error)
        form.addRow(self.server_label, self.server_row)
        form.addRow(self.tr("Login"), with_error(self.login, self.login_error))
        form.addRow(self.tr("Passphrase"), with_error(self.passphrase, self.passphrase_error))
        form.addRow("", self.key_note)
        form.addRow("", self.remember)
        note = QLabel(self.tr("Each person of the team has their own login and passphrase; the register's data "
                              "opens with them. A forgotten passphrase: a dpo of the team gives you a new "
                              "login."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.connection_button = buttons.addButton(self.tr("Connection…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.connection_button.setAutoDefault(False)
        self.connection_button.clicked.connect(lambda: self.change_connection())
        self.connection_button.setVisible(fixed_url is None)
        self.folder_button = buttons.addButton(self.tr("Use my data folder"),
                                               QDialogButtonBox.ButtonRole.ResetRole)
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.use_folder)
        self.folder_button.setVisible(fixed_url is None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_connection()
        (self.passphrase if self.login.text() else self.login).setFocus()

    # -- what is shown ---------------------------------------------------------------------------------

    @property
    def connection(self) -> TeamConnection | None:
        return self.choice.connection

    def _show_connection(self) -> None:
        if self.fixed_url is not None:  # its password, if any, is in it (or in ~/.pgpass, PGPASSWORD)
            try:
                shown = TeamConnection.from_url(self.fixed_url)[0]
            except ServiceError:
                shown = TeamConnection(host=server_name(self.fixed_url))
            ask_password = False
        elif self.connection is None:  # nothing chosen yet: the connection dialog comes first
            self.where.setText(self.tr("No team database chosen yet: Connection…"))
            self.asks_server_password = False
            self.form.setRowVisible(self.server_row, False)
            return
        else:
            shown = self.connection
            self.server_password = connections.server_password(shown)
            ask_password = self.server_password is None
        port = f":{shown.port}" if shown.port != DEFAULT_PORT else ""
        self.where.setText(fill(self.tr("Team database %1 on %2"), shown.database, shown.host + port))
        self.asks_server_password = ask_password
        self.form.setRowVisible(self.server_row, ask_password)
        self._login_changed()

    def key_kept(self, login: str) -> bool:
        """Whether this computer's keyring keeps `login`'s key for the team last signed in to."""
        return bool(self.choice.team_id and login) and keyring_private_key(self.choice.team_id, login) is not None

    def _login_changed(self) -> None:
        kept = self.key_kept(self.login.text().strip())
        self.key_note.setVisible(kept)
        self.passphrase.setPlaceholderText(self.tr("not needed: kept in the keyring") if kept else "")
        self.remember.setChecked(kept)

    def _show(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()
        self.adjustSize()

    # -- the buttons -----------------------------------------------------------------------------------

    def change_connection(self) -> bool:
        from dpo_workbench.ui.team.connect import ConnectionDialog

        dialog = ConnectionDialog(self.data_dir, self.choice, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.choice = dialog.choice
        self._show_connection()
        self.server_password = dialog.password
        if self.asks_server_password and dialog.password:
            self.server_password_edit.setText(dialog.password)
        return True

    def use_folder(self) -> None:
        self.outcome = "folder"
        super().reject()

    def url(self) -> str:
        if self.fixed_url is not None:
            return self.fixed_url
        assert self.connection is not None
        typed = self.server_password_edit.text() if self.asks_server_password else None
        return self.connection.url(typed or self.server_password)

    def accept(self) -> None:
        for label in (self.server_error, self.login_error, self.passphrase_error, self.error):
            label.hide()
        if self.fixed_url is None and self.connection is None and not self.change_connection():
            return
        login = self.login.text().strip()
        if not login:
            self._show(self.login_error, self.tr("Type your login."))
            return
        passphrase = self.passphrase.text() or None
        if passphrase is None and not self.key_kept(login) and self.fixed_url is None:
            self._show(self.passphrase_error, self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workbench = Workbench.open_team(self.url(), login, data_dir=self.data_dir, clock=self.clock,
                                            passphrase=passphrase)
        except (WrongPassphrase, PassphraseRequired) as exc:
            self._show(self.passphrase_error, text(exc))
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        except TeamError as exc:
            if exc.code in LOGIN_CODES:
                self._show(self.login_error, text(exc))
                self.login.setFocus()
            elif exc.code in SERVER_CODES and self.asks_server_password:
                self._show(self.server_error, text(exc))
                self.server_password_edit.setFocus()
            else:
                self._show(self.error, text(exc))
            return
        except ServiceError as exc:
            self._show(self.error, text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.workbench = workbench
        self._keep_or_forget_key(workbench)
        if self.fixed_url is None:
            self.choice = LocalChoice("team", self.connection, workbench.actor, workbench.folder.install_id)
            connections.save_choice(self.data_dir, self.choice)
        self.outcome = "signed-in"
        super().accept()

    def _keep_or_forget_key(self, workbench: Workbench) -> None:
        """As the box says: the key kept in (or taken out of) this computer's keyring."""
        kept = self.key_kept(workbench.actor)
        try:
            if self.remember.isChecked() and not kept:
                workbench.users.keep_key_in_keyring()
            elif self.remember.isEnabled() and not self.remember.isChecked() and kept:
                workbench.users.forget_key_in_keyring()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Remember my key"), text(exc))
