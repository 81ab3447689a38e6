"""Team mode in the window (offscreen, on a real PostgreSQL): connecting, signing in, the Team menu, the users."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.engine import make_url

from dpo_workbench import connections
from dpo_workbench.connections import LocalChoice, TeamConnection
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.team.connect import ConnectionDialog
from dpo_workbench.ui.team.signin import SignInDialog
from dpo_workbench.ui.team.users import AddUserDialog, ChangeTeamPassphraseDialog, UsersDialog
from tests.team.conftest import ALICE, ALICE_PASSPHRASE, BOB, BOB_PASSPHRASE
from tests.ui.conftest import english_dates, no_translator_left  # noqa: F401  (their autouse applies here too)

pytestmark = pytest.mark.qt_log_ignore("does not support")  # offscreen: raising or grabbing a window


@pytest.fixture(autouse=True)
def no_env_passphrase(monkeypatch):
    """The dialogs are what is tested: nothing typed for them from the environment."""
    for name in ("DPO_WORKBENCH_PASSPHRASE", "DPO_WORKBENCH_USER", "DPO_WORKBENCH_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


def server_of(url: str) -> tuple[TeamConnection, str]:
    """The connection and password of the test server's URL (no TLS on loopback)."""
    parsed = make_url(url)
    connection = TeamConnection(host=parsed.host or "", port=parsed.port or 5432, database=parsed.database or "",
                                user=parsed.username or "", tls="disable")
    return connection, parsed.password or ""


def fill_connection(dialog: ConnectionDialog, connection: TeamConnection, password: str) -> None:
    dialog.host.setText(connection.host)
    dialog.port.setValue(connection.port)
    dialog.database.setText(connection.database)
    dialog.user.setText(connection.user)
    dialog.password_edit.setText(password)
    dialog.tls.setCurrentIndex(dialog.tls.findData(connection.tls))


def test_the_connection_dialog_says_what_to_fix_and_tests_the_server(qtbot, team_url, tmp_path):
    connection, password = server_of(team_url)
    dialog = ConnectionDialog(tmp_path, LocalChoice())
    qtbot.add_widget(dialog)
    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    dialog.accept()  # nothing typed
    assert dialog.errors["host"].isVisibleTo(dialog) and "server's name" in dialog.errors["host"].text()
    fill_connection(dialog, connection, password)
    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    dialog.accept()
    assert "authority" in dialog.errors["ca_file"].text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))

    dialog.password_edit.setText("not the password")
    task = dialog.test_connection()
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert "refused the password of the server role" in dialog.test_result.text()
    dialog.password_edit.setText(password)
    task = dialog.test_connection()
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert "is a team register of this version, with 1 active user" in dialog.test_result.text()

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.connection == connection and dialog.password == password
    assert connections.server_password(connection) == password  # in the keyring, not in a file
    assert not (tmp_path / connections.FILE_NAME).exists()  # kept once someone signs in


def test_a_database_without_a_team_is_said_before_anyone_signs_in(qtbot, empty_postgres_url, tmp_path):
    connection, password = server_of(empty_postgres_url)
    dialog = ConnectionDialog(tmp_path, LocalChoice())
    qtbot.add_widget(dialog)
    fill_connection(dialog, connection, password)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "is not a team register yet" in dialog.test_result.text()


@pytest.fixture
def signin(qtbot, team_url, tmp_path, clock):
    """`signin(choice=None)`: a sign-in dialog on the team database, its connection kept as after connecting."""
    connection, password = server_of(team_url)
    connections.keep_server_password(connection, password)
    made = []

    def _make(choice: LocalChoice | None = None, **kwargs) -> SignInDialog:
        dialog = SignInDialog(tmp_path, choice or LocalChoice("team", connection), clock=clock, **kwargs)
        qtbot.add_widget(dialog)
        made.append(dialog)
        return dialog

    yield _make
    for dialog in made:
        if dialog.workbench is not None:
            dialog.workbench.close()


def test_signing_in_says_what_is_wrong_keeps_what_was_typed_and_lets_one_try_again(signin, team_wb, tmp_path):
    team_wb.users.add(BOB, "deputy", BOB_PASSPHRASE)
    team_wb.users.add("carole", "reader", "carole's passphrase")
    team_wb.users.remove("carole")
    dialog = signin()
    assert not dialog.server_row.isVisibleTo(dialog)  # kept in the keyring: not asked

    dialog.login.setText("nobody")
    dialog.passphrase.setText("whatever it is")
    dialog.accept()
    assert "nobody is not a user of this team database" in dialog.login_error.text()
    dialog.login.setText("carole")
    dialog.accept()
    assert "carole was removed" in dialog.login_error.text()

    dialog.login.setText(BOB)
    dialog.passphrase.setText("not bob's passphrase")
    dialog.accept()
    assert "The passphrase is wrong" in dialog.passphrase_error.text()
    assert dialog.login.text() == BOB and dialog.passphrase.text() == "" and dialog.workbench is None
    assert not dialog.login_error.isVisibleTo(dialog)

    dialog.passphrase.setText(BOB_PASSPHRASE)
    dialog.accept()
    assert dialog.outcome == "signed-in" and dialog.workbench is not None and dialog.workbench.actor == BOB
    kept = json.loads((tmp_path / connections.FILE_NAME).read_text())
    assert kept["mode"] == "team" and kept["login"] == BOB and kept["team_id"]
    assert "password" not in json.dumps(kept) and server_of(dialog.url())[1] not in json.dumps(kept)


def test_a_key_remembered_on_this_computer_signs_in_without_the_passphrase(signin, team_url, tmp_path):
    dialog = signin(LocalChoice("team", server_of(team_url)[0], ALICE))
    assert dialog.login.text() == ALICE and not dialog.key_note.isVisibleTo(dialog)
    dialog.accept()
    assert "Type your passphrase" in dialog.passphrase_error.text()
    dialog.passphrase.setText(ALICE_PASSPHRASE)
    dialog.remember.setChecked(True)
    dialog.accept()
    assert dialog.outcome == "signed-in"

    again = signin(connections.load_choice(tmp_path))
    assert again.key_note.isVisibleTo(again) and again.remember.isChecked()
    again.accept()  # no passphrase typed
    assert again.outcome == "signed-in" and again.workbench is not None
    assert again.workbench.folder.store.via == "keyring"


def test_without_a_kept_password_the_sign_in_asks_for_the_server_s(signin, team_url):
    connection, password = server_of(team_url)
    connections.forget_server_password(connection)
    dialog = signin()
    assert dialog.server_row.isVisibleTo(dialog)
    dialog.server_password_edit.setText("wrong")
    dialog.login.setText(ALICE)
    dialog.passphrase.setText(ALICE_PASSPHRASE)
    dialog.accept()
    assert "refused the password" in dialog.server_error.text() and dialog.workbench is None
    dialog.server_password_edit.setText(password)
    dialog.passphrase.setText(ALICE_PASSPHRASE)
    dialog.accept()
    assert dialog.outcome == "signed-in"


@pytest.fixture
def team_window(qtbot, team_wb):
    window = MainWindow(team_wb)
    qtbot.add_widget(window)
    return window


def test_the_window_says_who_is_signed_in_where_and_offers_no_data_folder_backup(team_window, team_url):
    where = server_of(team_url)[0].where
    assert team_window.windowTitle().endswith(f"— {ALICE} (dpo) — {where}")
    assert team_window.key_store_label.text() == f"{ALICE} (dpo) — {where}"
    visible = [a.text() for a in team_window.file_menu.actions() if a.isVisible() and not a.isSeparator()]
    assert "Back up now…" not in visible and "Recovery key…" not in visible and "Restore…" not in visible
    assert "Backups of the team database…" in visible and "Connect to a team database…" not in visible
    assert not team_window.backups.status_button.isVisibleTo(team_window)
    box = team_window.team.explain_backups()
    assert "pg_dump -Fc" in box.text() and "recovery key" in box.informativeText()
    team = [a.text() for a in team_window.team.menu.actions() if not a.isSeparator()]
    assert team == ["Users…", "Change my passphrase…", "Remember my key on this computer", "Switch user…", "Sign out",
                    "Use my data folder instead"]
    switched = []
    team_window.team.switch.connect(switched.append)
    team_window.team.sign_out_action.trigger()
    team_window.team.switch_action.trigger()
    assert switched == ["sign-out", "switch-user"]


def test_remember_my_key_keeps_it_and_forgets_it(team_window, team_wb):
    action = team_window.team.remember_action
    assert not action.isChecked()
    action.setChecked(True)
    assert team_window.team.key_kept()
    action.setChecked(False)
    assert not team_window.team.key_kept()


def test_a_dpo_adds_changes_and_removes_users_and_others_only_see_them(qtbot, team_wb, open_team, monkeypatch):
    dialog = UsersDialog(team_wb)
    qtbot.add_widget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == f"{ALICE} (you)"
    add = AddUserDialog(team_wb, dialog)
    add.login.setText("Bob Smith")
    add.passphrase.setText(BOB_PASSPHRASE)
    add.again.setText(BOB_PASSPHRASE)
    add.accept()
    assert "is not a login" in add.login_error.text() and add.added is None
    add.login.setText(BOB)
    add.name.setText("Bob Durand")
    add.again.setText("another one")
    add.accept()
    assert "differ" in add.again_error.text()
    add.again.setText(BOB_PASSPHRASE)
    add.accept()
    assert add.added is not None and add.added.role == "contributor"
    dialog.refresh(select=BOB)
    assert [dialog.table.item(r, 0).text() for r in range(2)] == [f"{ALICE} (you)", BOB]
    assert dialog.table.item(1, 2).text() == "contributor" and dialog.remove_button.isEnabled()

    assert dialog.change_role("deputy").role == "deputy"
    assert dialog.table.item(1, 2).text() == "deputy"
    dialog.refresh(select=ALICE)
    assert not dialog.remove_button.isEnabled() and not dialog.role_button.isEnabled()  # not one's own
    warned = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *args: warned.append(args[2]))
    assert dialog.change_role("reader") is None and "own role" in warned[0]  # had the button been there

    bob = open_team(BOB, BOB_PASSPHRASE)
    seen = UsersDialog(bob)
    qtbot.add_widget(seen)
    assert seen.table.rowCount() == 2 and not seen.add_button.isVisibleTo(seen)

    dialog.refresh(select=BOB)
    removed = dialog.remove_user(confirm=False)
    assert removed is not None and not removed.active
    assert dialog.table.item(1, 3).text().startswith("removed on ")


def test_changing_my_passphrase_asks_the_current_one(qtbot, team_wb, open_team):
    dialog = ChangeTeamPassphraseDialog(team_wb)
    qtbot.add_widget(dialog)
    dialog.current.setText("not my passphrase")
    dialog.new.setText("a brand new passphrase")
    dialog.again.setText("a brand new passphrase")
    dialog.accept()
    assert "current passphrase is wrong" in dialog.current_error.text()
    dialog.current.setText(ALICE_PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert open_team(ALICE, "a brand new passphrase").actor == ALICE


def test_switching_user_closes_the_register_and_opens_the_next_one(qtbot, qapp, team_wb, team_url, tmp_path,
                                                                  monkeypatch):
    from dpo_workbench.ui.app import Session

    team_wb.users.add(BOB, "deputy", BOB_PASSPHRASE)
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", ALICE_PASSPHRASE)
    session = Session(qapp, tmp_path, team_url, ALICE)
    assert session.open_team() is None and session.workbench is not None and session.workbench.actor == ALICE
    monkeypatch.delenv("DPO_WORKBENCH_PASSPHRASE")

    def sign_in_as_bob() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog) and dialog.login.text() == ""
        dialog.login.setText(BOB)
        dialog.passphrase.setText(BOB_PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(0, sign_in_as_bob)
    first = session.window
    session.switch("switch-user")
    assert session.workbench is not None and session.workbench.actor == BOB
    assert session.window is not first and session.window.windowTitle().endswith("— bob (deputy) — "
                                                                                  + server_of(team_url)[0].where)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    monkeypatch.setattr(qapp, "quit", lambda: None)  # signing out and cancelling closes the application
    session.switch("sign-out")
    assert session.window is None and session.workbench is None
    session.close()


def test_the_settings_of_a_team_have_no_backup_folder_and_say_how_the_team_key_opens(qtbot, team_wb):
    from dpo_workbench.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(team_wb)
    qtbot.add_widget(dialog)
    assert "backup_folder" not in dialog.editors and "user_name" not in dialog.editors
    assert not hasattr(dialog, "rotate_button")
    assert "team database" in dialog.key_store.text()
    dialog.editors["repeat_window_months"].setValue(6)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert team_wb.settings.values()["repeat_window_months"] == 6


def test_connecting_from_the_data_folder_keeps_it_open_until_someone_signed_in(qtbot, qapp, team_url, tmp_path,
                                                                               monkeypatch):
    from dpo_workbench.ui.app import Session

    session = Session(qapp, tmp_path / "local")
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", "the data folder's passphrase")  # no recovery key dialog
    assert session.open_folder() is None and session.workbench is not None and not session.workbench.in_team
    folder_window = session.window
    assert folder_window.team.connect_action.text() == "Connect to a team database…"
    connection, password = server_of(team_url)

    def connect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectionDialog)
        fill_connection(dialog, connection, password)
        QTimer.singleShot(0, cancel_sign_in)
        dialog.accept()

    def cancel_sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog) and dialog.where.text().startswith("Team database")
        dialog.reject()

    QTimer.singleShot(0, connect)
    session.switch("connect")
    assert session.window is folder_window and not session.workbench.in_team  # cancelled: nothing changed
    assert connections.load_choice(tmp_path / "local").mode == "folder"

    def connect_and_sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        fill_connection(dialog, connection, password)
        QTimer.singleShot(0, sign_in)
        dialog.accept()

    def sign_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.login.setText(ALICE)
        dialog.passphrase.setText(ALICE_PASSPHRASE)
        dialog.accept()

    QTimer.singleShot(0, connect_and_sign_in)
    session.switch("connect")
    assert session.workbench.in_team and session.workbench.actor == ALICE and session.window is not folder_window
    assert connections.load_choice(tmp_path / "local").team

    monkeypatch.setattr(qapp, "quit", lambda: None)
    session.switch("folder")  # back to the data folder (its keys in the keyring: no dialog)
    assert session.workbench is not None and not session.workbench.in_team
    assert connections.load_choice(tmp_path / "local").mode == "folder"
    session.close()
