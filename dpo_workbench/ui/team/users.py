"""The team's users (Team › Users…): the list with roles and state; a dpo adds, removes, changes a role.
And the signed-in person's own passphrase (Team › Change my passphrase…).

Adding a user wraps the team key for them: the dpo gives the new person a first passphrase in person,
and that person chooses their own. Removing a user deletes their keys; what they may have copied before
stays with them, which the confirmation says, with what to do (rotate the team key).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import ServiceError, WrongPassphrase
from dpo_workbench.services.users import UserInfo
from dpo_workbench.store.models import ROLES
from dpo_workbench.team import check_login
from dpo_workbench.ui.settings.unlock import passphrase_problem
from dpo_workbench.ui.team.common import password_field, role_labels, role_names, text
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.forms import error_label, fill, with_error
from dpo_workbench.ui.widgets.palette import FAINT_STYLE, HINT_STYLE, Tone, foreground
from dpo_workbench.workbench import Workbench

COLUMNS = ("login", "name", "role", "state")


class UsersDialog(QDialog):
    """Everyone of the team, active first; the buttons that change users are a dpo's only."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.users: list[UserInfo] = []
        self.setWindowTitle(self.tr("Users of the team"))
        self.resize(820, 440)
        self.can_manage = workbench.users.me().role == "dpo"
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("state"), QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.tr("Add a user…"))
        self.add_button.clicked.connect(lambda: self.add_user())
        self.role_button = QPushButton(self.tr("Change the role…"))
        self.role_button.clicked.connect(lambda: self.change_role())
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(lambda: self.remove_user())
        row = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.remove_button):
            button.setAutoDefault(False)
            button.setVisible(self.can_manage)
            row.addWidget(button)
        row.addStretch(1)
        note = QLabel(self.tr("Each user has their own login and passphrase. The roles: a dpo does everything and "
                              "manages the users; a deputy everything but the users; a contributor logs requests "
                              "and answers the ones assigned to them; a reader sees the registers and the figures, "
                              "no documents.") if self.can_manage else
                      self.tr("Only a dpo of the team adds or removes users and changes their roles."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.users = self.workbench.users.all()
        self.table.setRowCount(len(self.users))
        names = role_names()
        for row, user in enumerate(self.users):
            login = user.login + (self.tr(" (you)") if user.is_you else "")
            if user.active:
                state = fill(self.tr("active since %1 (added by %2)"), labels.format_date(user.created_at.date()),
                             user.created_by)
            else:
                assert user.disabled_at is not None
                state = fill(self.tr("removed on %1 by %2"), labels.format_date(user.disabled_at.date()),
                             user.disabled_by)
            for column, value in enumerate((login, user.display_name or "—", names.get(user.role, user.role), state)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, user.login)
                if not user.active:
                    item.setForeground(foreground(Tone.NEUTRAL))
                self.table.setItem(row, column, item)
            if user.login == select:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        user = self.selected()
        changeable = user is not None and user.active and not user.is_you
        self.role_button.setEnabled(changeable)  # another dpo changes yours (the team keeps one)
        self.remove_button.setEnabled(changeable)

    # -- a dpo's changes ----------------------------------------------------------------------------------

    def add_user(self) -> UserInfo | None:
        dialog = AddUserDialog(self.workbench, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.added is None:
            return None
        self.refresh(select=dialog.added.login)
        QMessageBox.information(self, self.tr("Add a user"), fill(self.tr(
            "%1 is a user of the team (%2). Give them their login and first passphrase in person (never by "
            "e-mail); they sign in with them, then choose their own passphrase (Team › Change my passphrase…)."),
            dialog.added.login, role_names().get(dialog.added.role, dialog.added.role)))
        return dialog.added

    def change_role(self, role: str | None = None) -> UserInfo | None:
        user = self.selected()
        if user is None:
            return None
        if role is None:
            choices = role_labels()
            picked, ok = QInputDialog.getItem(self, self.tr("Change the role"), fill(self.tr("Role of %1:"),
                                              user.login), list(choices.values()), ROLES.index(user.role), False)
            if not ok:
                return None
            role = next(code for code, label in choices.items() if label == picked)
        if role == user.role:  # the same role chosen again: nothing to change
            return None
        try:
            changed = self.workbench.users.set_role(user.login, role)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Change the role"), text(exc))
            return None
        self.refresh(select=changed.login)
        return changed

    def remove_user(self, confirm: bool = True) -> UserInfo | None:
        user = self.selected()
        if user is None:
            return None
        if confirm:
            answer = QMessageBox.question(self, self.tr("Remove a user"), fill(self.tr(
                "Remove %1 from the team? Their copy of the team key and their own keys are deleted from the "
                "database: nothing there opens for them any more. The journal keeps naming them for what they "
                "did, and their login is never given to someone else.\n\n"
                "What they read or copied before stays with them. If they may have kept a copy of the data or of "
                "the key, a dpo then rotates the team key (dpo-workbench team rotate-key)."), user.login))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            removed = self.workbench.users.remove(user.login)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Remove a user"), text(exc))
            return None
        self.refresh(select=removed.login)
        return removed


class AddUserDialog(QDialog):
    """Login, name, role and a first passphrase (twice); the user is added in one transaction."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.added: UserInfo | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(560)
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. m.leroy"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Marc Leroy"))
        self.role = QComboBox()
        for code, label in role_labels().items():
            self.role.addItem(label, code)
        self.role.setCurrentIndex(self.role.findData("contributor"))
        self.passphrase = password_field()
        self.again = password_field()
        self.login_error, self.passphrase_error, self.again_error = error_label(), error_label(), error_label()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Login"), with_error(self.login, self.login_error))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("First passphrase"), with_error(self.passphrase, self.passphrase_error))
        form.addRow(self.tr("Type it again"), with_error(self.again, self.again_error))
        note = QLabel(self.tr("Lower-case letters, digits, '.', '_' or '-' for the login. The new user changes "
                              "this first passphrase after signing in."))
        note.setWordWrap(True)
        note.setStyleSheet(FAINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _show(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()
        self.adjustSize()

    def accept(self) -> None:
        for label in (self.login_error, self.passphrase_error, self.again_error, self.error):
            label.hide()
        try:
            check_login(self.login.text())
        except ServiceError as exc:
            self._show(self.login_error, text(exc))
            self.login.setFocus()
            return
        problem = passphrase_problem(self.passphrase.text())
        if problem:
            self._show(self.passphrase_error, problem)
            return
        if self.again.text() != self.passphrase.text():
            self._show(self.again_error, self.tr("The two passphrases differ: type the same one twice."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.added = self.workbench.users.add(self.login.text(), self.role.currentData(), self.passphrase.text(),
                                                  self.name.text())
        except ServiceError as exc:
            login_codes = ("team.login-invalid", "team.user-exists", "team.user-exists-removed")
            self._show(self.login_error if exc.code in login_codes else self.error, text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()


class ChangeTeamPassphraseDialog(QDialog):
    """The signed-in person's passphrase: the current one, the new one twice (the team key does not change)."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.setMinimumWidth(480)
        self.current, self.new, self.again = password_field(), password_field(), password_field()
        self.current_error, self.new_error, self.again_error = error_label(), error_label(), error_label()
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), with_error(self.current, self.current_error))
        form.addRow(self.tr("New passphrase"), with_error(self.new, self.new_error))
        form.addRow(self.tr("Type it again"), with_error(self.again, self.again_error))
        note = QLabel(fill(self.tr("The passphrase of %1 on this team database. Nobody else knows it and nobody "
                                   "can read it back: keep it in a password manager."), workbench.actor))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _show(self, label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()
        self.adjustSize()

    def accept(self) -> None:
        for label in (self.current_error, self.new_error, self.again_error):
            label.hide()
        if not self.current.text():
            self._show(self.current_error, self.tr("Type your current passphrase."))
            return
        problem = passphrase_problem(self.new.text())
        if problem:
            self._show(self.new_error, problem)
            return
        if self.again.text() != self.new.text():
            self._show(self.again_error, self.tr("The two passphrases differ: type the same one twice."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workbench.users.change_passphrase(self.new.text(), current=self.current.text())
        except WrongPassphrase:
            self._show(self.current_error, self.tr("The current passphrase is wrong; nothing was changed."))
            self.current.clear()
            return
        except ServiceError as exc:
            self._show(self.new_error, text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()
