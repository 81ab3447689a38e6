"""Team mode in the main window: who is signed in and where, the Team menu, what a team does instead of backups.

On a team database the title and the status bar say "alice (dpo) — register@db.example.fr"; the Team
menu holds the users (managed by a dpo), the person's own passphrase and keyring entry, switching user,
signing out and going back to the data folder. The data folder's backups, restore and recovery key are
not offered (a team database is backed up on its server with pg_dump): File › *Backups of the team
database…* says so. On a data folder, File › *Connect to a team database…* is the way in.

What needs another workbench (sign out, switch user, connect, the data folder) is asked with the
`switch` signal: the application closes this window and opens the next one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from dpo_workbench.connections import TeamConnection
from dpo_workbench.errors import ServiceError
from dpo_workbench.services.users import UserInfo
from dpo_workbench.team import keyring_private_key
from dpo_workbench.ui.team.common import role_names, text
from dpo_workbench.ui.widgets.forms import fill


def where_of(url: str) -> str:
    """"register@db.example.fr" for a database URL."""
    try:
        return TeamConnection.from_url(url)[0].where
    except ServiceError:
        return ""


class TeamArea(QObject):
    """The main window's team entries; on a data folder, only the way to connect to a team database."""

    switch = Signal(str)  # "sign-out", "switch-user", "connect", "folder"

    def __init__(self, window: Any):  # the main window (its file_menu, backups, key_store_label, help_menu)
        super().__init__(window)
        self.window = window
        self.workbench = workbench = window.workbench
        self.me: UserInfo | None = None
        self.where = ""
        self.dialog: QWidget | None = None  # the open dialog (tests look at it)
        if not workbench.in_team:
            self.connect_action = QAction(self.tr("Connect to a team database…"), window)
            self.connect_action.triggered.connect(lambda: self.switch.emit("connect"))
            window.file_menu.insertSeparator(window.file_end)
            window.file_menu.insertAction(window.file_end, self.connect_action)
            return
        self.me = workbench.users.me()
        self.where = where_of(workbench.db.url)
        self._replace_backups()
        self._team_menu()
        self.mine = QCheckBox(self.tr("Mine"))  # the register's filter: the requests assigned to me
        self.mine.setToolTip(self.tr("Only the requests assigned to you"))
        self.mine.toggled.connect(window.apply_filters)
        window.filters.insertWidget(window.filters.indexOf(window.result_count) - 1, self.mine)
        from dpo_workbench.ui.team.live import LiveRefresh

        self.live = LiveRefresh(window, self.me.login)  # what the others change appears (every 10 s)
        label = window.key_store_label
        label.setText(self.signed_in_text())
        label.setStyleSheet("")
        via = getattr(workbench.folder.store, "via", "passphrase")
        label.setToolTip(self.tr("Signed in with this computer's keyring.") if via == "keyring" else
                         self.tr("Signed in with your passphrase."))

    @property
    def in_team(self) -> bool:
        return self.me is not None

    def mine_only(self) -> bool:
        """The register shows only the requests assigned to the signed-in user."""
        return self.me is not None and self.mine.isChecked()

    def signed_in_text(self) -> str:
        """"alice (dpo) — register@db.example.fr"."""
        assert self.me is not None
        return f"{self.me.login} ({role_names().get(self.me.role, self.me.role)}) — {self.where}"

    def title_suffix(self) -> str:
        return f" — {self.signed_in_text()}" if self.me is not None else ""

    # -- building -----------------------------------------------------------------------------------

    def _replace_backups(self) -> None:
        """The data folder's backups and recovery key are hidden; File says what a team does instead."""
        backups = self.window.backups
        for action in backups.actions():
            action.setVisible(False)
            action.setEnabled(False)
        backups.status_button.hide()
        self.backups_action = QAction(self.tr("Backups of the team database…"), self.window)
        self.backups_action.triggered.connect(self.explain_backups)
        self.window.file_menu.insertAction(backups.backup_action, self.backups_action)

    def _team_menu(self) -> None:
        window = self.window
        self.menu = window.menuBar().addMenu(self.tr("&Team"))
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        self.users_action = self.menu.addAction(self.tr("Users…"))
        self.users_action.triggered.connect(lambda: self.open_users())
        self.menu.addSeparator()
        self.passphrase_action = self.menu.addAction(self.tr("Change my passphrase…"))
        self.passphrase_action.triggered.connect(lambda: self.change_passphrase())
        self.remember_action = self.menu.addAction(self.tr("Remember my key on this computer"))
        self.remember_action.setCheckable(True)
        self.remember_action.setChecked(self.key_kept())
        self.remember_action.toggled.connect(self.remember_key)
        self.menu.addSeparator()
        self.switch_action = self.menu.addAction(self.tr("Switch user…"))
        self.switch_action.triggered.connect(lambda: self.switch.emit("switch-user"))
        self.sign_out_action = self.menu.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(lambda: self.switch.emit("sign-out"))
        self.menu.addSeparator()
        self.folder_action = self.menu.addAction(self.tr("Use my data folder instead"))
        self.folder_action.triggered.connect(lambda: self.switch.emit("folder"))

    # -- acting -------------------------------------------------------------------------------------

    def key_kept(self) -> bool:
        folder = self.workbench.folder
        return keyring_private_key(folder.install_id, self.workbench.actor) is not None

    def remember_key(self, on: bool) -> None:
        try:
            if on:
                self.workbench.users.keep_key_in_keyring()
                message = self.tr("Your key is kept in this computer's keyring: no passphrase is asked here any "
                                  "more. Untick the entry to type it again.")
            else:
                self.workbench.users.forget_key_in_keyring()
                message = self.tr("Your key was removed from this computer's keyring: your passphrase is asked "
                                  "at the next sign-in.")
        except ServiceError as exc:
            self.remember_action.blockSignals(True)
            self.remember_action.setChecked(not on)
            self.remember_action.blockSignals(False)
            QMessageBox.warning(self.window, self.tr("Remember my key"), text(exc))
            return
        self.window.statusBar().showMessage(message, 10000)

    def change_passphrase(self) -> bool:
        from dpo_workbench.ui.team.users import ChangeTeamPassphraseDialog

        dialog = ChangeTeamPassphraseDialog(self.workbench, self.window)
        self.dialog = dialog
        if dialog.exec() != ChangeTeamPassphraseDialog.DialogCode.Accepted:
            return False
        self.window.statusBar().showMessage(self.tr("Your passphrase was changed: type the new one at the next "
                                                    "sign-in."), 10000)
        return True

    def open_users(self):
        from dpo_workbench.ui.team.users import UsersDialog

        dialog = UsersDialog(self.workbench, self.window)
        self.dialog = dialog
        dialog.open()
        return dialog

    def explain_backups(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backups of the team database"), fill(self.tr(
            "The team register %1 is kept on its PostgreSQL server, so it is backed up there, not by this "
            "application: the server's administrator makes a dump each night, e.g.\n\n"
            "    pg_dump -Fc %2 > %2.dump\n\n"
            "and keeps the dumps like any other database backup. Everything personal in a dump is sealed: it "
            "opens only with the passphrase of a user of the team."), self.where, self.where.split("@")[0]),
            QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(self.tr(
            "There is no recovery key in a team: each person opens the team key with their own passphrase. Keep "
            "at least two users with the dpo role, so that someone can always add users again."))
        self.dialog = box
        box.open()
        return box
