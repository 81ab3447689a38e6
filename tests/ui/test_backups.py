"""Backups in the GUI: the File menu, the status line, the daily backup, back up / verify / restore with
progress off the GUI thread, the recovery key (first set-up, shown once, its sheet), opening with it.

The clock of tests/conftest.py stands at Thursday 26 November 2026, 10:00 in Paris (09:00 UTC).
"""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QMessageBox

from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import VaultError
from dpo_workbench.ui.backups.recovery import RecoveryKeyDialog
from dpo_workbench.ui.backups.restore import RestoreDialog
from dpo_workbench.ui.backups.verify import RecoveryKeyPrompt, VerifyReportDialog
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.settings.recovery_unlock import RecoveryUnlockDialog, offer_recovery
from dpo_workbench.ui.settings.unlock import UnlockDialog
from dpo_workbench.ui.widgets.palette import Tone
from dpo_workbench.vault.keystore import PASSPHRASE_ENV, PassphraseFileStore
from dpo_workbench.vault.recovery import RecoveryKey
from dpo_workbench.workbench import Workbench
from tests.vault.conftest import FAST_SCRYPT
from tests.vault.memory_keyring import MemoryKeyring

from .conftest import journal_actions
from .test_documents import Boxes

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def window(qtbot, workbench, log_request):
    log_request("Élodie Lefèvre")
    w = MainWindow(workbench)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def controller(window):
    ctl = window.backups
    ctl.restarts = []
    ctl.restart = ctl.restarts.append  # a restore starts the application again: recorded, not done
    return ctl


def idle(qtbot, ctl) -> None:
    qtbot.waitUntil(lambda: not ctl.busy and not (ctl.status_task and ctl.status_task.running), timeout=30000)
    qtbot.wait(10)  # the callbacks of the last task, queued to the GUI thread


def backups_of(workbench) -> list:
    return sorted((workbench.data_dir / "backups").glob("*.dpobak"))


# -- menu and status line ----------------------------------------------------------------------------------


def test_the_file_menu_holds_the_backup_entries_before_quit(window, controller):
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    entries = ["Back up now…", "Restore…", "Verify a backup…", "Recovery key…"]
    start = texts.index(entries[0])
    assert texts[start:start + len(entries)] == entries  # together, in this order
    assert texts[-1] == "&Quit"  # other areas' entries may come before, Quit stays last
    assert [a.text() for a in controller.status_button.menu().actions()] == entries


def test_the_status_line_says_when_the_last_backup_was_made_and_turns_red_after_a_week(qtbot, window, controller,
                                                                                      workbench, clock):
    controller.check()
    idle(qtbot, controller)
    assert controller.status_button.text() == "No backup yet · no recovery key"
    assert controller.status_button.tone is Tone.DANGER
    assert backups_of(workbench) == []  # the status alone never backs up: only the running application does
    workbench.backups.create_recovery_key()
    workbench.backups.create()
    controller.check()
    idle(qtbot, controller)
    assert controller.status_button.text() == "Last backup: today 10:00"
    assert controller.status_button.tone is Tone.NEUTRAL
    clock.advance(days=8)
    controller.check()
    idle(qtbot, controller)
    assert controller.status_button.text() == "Last backup: 8 day(s) ago"  # no translator: the source text
    assert controller.status_button.tone is Tone.DANGER
    assert "more than a week old" in controller.status_button.toolTip()


def test_the_running_application_backs_up_once_a_day(qtbot, window, controller, workbench, clock):
    controller.start()
    controller.check()
    idle(qtbot, controller)
    idle(qtbot, controller)
    made = backups_of(workbench)
    assert len(made) == 1
    assert journal_actions(workbench, "backup.create")
    controller.check()  # later the same day: nothing more
    idle(qtbot, controller)
    assert backups_of(workbench) == made
    assert controller.status_button.text().startswith("Last backup: today")
    clock.advance(days=1)
    controller.check()
    idle(qtbot, controller)
    idle(qtbot, controller)
    assert len(backups_of(workbench)) == 2
    controller.timer.stop()


def test_a_failed_daily_backup_is_said_and_deletes_nothing(qtbot, window, controller, workbench, tmp_path, clock):
    first = workbench.backups.create().path
    clock.advance(days=1)
    (tmp_path / "a-file").write_text("x")
    workbench.settings.set("backup_folder", str(tmp_path / "a-file" / "backups"))
    controller.start()
    controller.check()
    idle(qtbot, controller)
    qtbot.waitUntil(lambda: controller.last_error is not None, timeout=10000)
    idle(qtbot, controller)
    assert controller.status_button.text() == "Automatic backup failed"
    assert controller.status_button.tone is Tone.DANGER
    assert "cannot be used" in controller.status_button.toolTip()
    said = controller.dialog
    assert isinstance(said, QMessageBox) and "daily backup could not be made" in said.text()
    said.close()
    assert first.is_file()
    controller.check()  # an hour later, still failing: tried again, said in the status bar, not in a new message
    idle(qtbot, controller)
    qtbot.wait(50)
    assert controller.dialog is said and controller.status_button.text() == "Automatic backup failed"
    controller.timer.stop()


def test_back_up_now_runs_in_the_background_and_says_where(qtbot, window, controller, workbench, boxes):
    task = controller.back_up_now()
    assert task is not None
    idle(qtbot, controller)
    [made] = backups_of(workbench)
    [text] = boxes.texts("information")
    assert made.name in text and str(made.parent) in text and "recovery key (File › Recovery key…)" in text
    assert controller.progress is None


def test_a_backup_that_cannot_be_written_is_said_clearly(qtbot, window, controller, workbench, tmp_path, boxes):
    (tmp_path / "a-file").write_text("x")
    workbench.settings.set("backup_folder", str(tmp_path / "a-file" / "backups"))
    controller.back_up_now()
    idle(qtbot, controller)
    [text] = boxes.texts("warning")
    assert "cannot be used" in text and "Older backups were not touched" in text


# -- verify -------------------------------------------------------------------------------------------------


def test_verify_shows_the_report(qtbot, window, controller, workbench):
    path = workbench.backups.create().path
    controller.verify(path)
    idle(qtbot, controller)
    report = controller.dialog
    assert isinstance(report, VerifyReportDialog) and report.report.ok
    assert "Requests: 1" in report.details.text() and "hash chain intact" in report.details.text()
    report.close()


def test_verify_a_damaged_backup_says_so(qtbot, window, controller, workbench, boxes):
    path = workbench.backups.create().path
    path.write_bytes(path.read_bytes()[:-100])
    controller.verify(path)
    idle(qtbot, controller)
    [text] = boxes.texts("warning")
    assert "damaged" in text and "Use another backup" in text


def test_a_backup_of_another_folder_asks_for_its_recovery_key(qtbot, window, controller, tmp_path, clock,
                                                              monkeypatch):
    other = Workbench.open(tmp_path / "other", clock=clock, actor="t")
    key = other.backups.create_recovery_key().key
    path = other.backups.create().path
    other.close()
    typed = []

    def type_key(prompt):
        prompt.field.setText("not a key")
        prompt.accept()
        typed.append(prompt.error.text())  # a bad key is refused in the dialog itself
        prompt.field.setText(key.text)
        prompt.accept()
        return prompt.result()

    monkeypatch.setattr(RecoveryKeyPrompt, "exec", type_key)
    controller.verify(path)
    idle(qtbot, controller)
    assert "40 characters" in typed[0]
    assert controller.dialog.report.ok and controller.dialog.report.opened_with == "recovery-key"
    controller.dialog.close()


# -- the recovery key ---------------------------------------------------------------------------------------------


def test_first_set_up_shows_a_new_recovery_key_once(qtbot, window, controller, workbench, boxes, tmp_path):
    dialog = controller.open_recovery_key(first_setup=True)
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.new is not None
    shown = dialog.key_label.text().replace("\n", "  ").split("  ")
    assert shown == dialog.new.key.groups
    assert dialog.windowTitle() == "Your data is encrypted"
    assert any("first start" in label.text() for label in dialog.findChildren(type(dialog.state)))
    DataFolder.at(workbench.data_dir).unlock_with_recovery_key(RecoveryKey.parse(" ".join(shown)))
    sheet = dialog.save_sheet(tmp_path / "sheet.pdf")
    assert sheet.read_bytes().startswith(b"%PDF") and sheet.stat().st_mode & 0o077 == 0
    boxes.answers.append(QMessageBox.StandardButton.No)
    dialog.reject()  # not said kept yet: asked, and No keeps the dialog open
    assert dialog.isVisible()
    dialog.kept.setChecked(True)
    dialog.reject()
    assert not dialog.isVisible()
    assert journal_actions(workbench, "recovery-key.create") == [dialog.new.id]


def test_replacing_the_recovery_key_is_confirmed(qtbot, window, controller, workbench, boxes):
    first = workbench.backups.create_recovery_key()
    dialog = controller.open_recovery_key()
    assert "cannot be shown again" in dialog.state.text() and dialog.key_label.isHidden()
    boxes.answers.append(QMessageBox.StandardButton.No)
    assert dialog.create_key() is None
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    new = dialog.create_key()
    assert new is not None and new.replaced == first.id
    dialog.kept.setChecked(True)
    dialog.reject()


# -- restore --------------------------------------------------------------------------------------------------------


def test_restore_into_a_new_folder_then_start_on_it(qtbot, window, controller, workbench, tmp_path, boxes):
    path = workbench.backups.create().path
    dialog = controller.open_restore()
    assert isinstance(dialog, RestoreDialog)
    dialog.accept()
    assert dialog.file_error.text() == "Choose the backup file to restore."
    dialog.choose_file(path)
    assert "opens with this data folder's keys" in dialog.about.text() and dialog.key_row.isHidden()
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    dialog.elsewhere.setChecked(True)
    dialog.target.setText(str(tmp_path / "busy"))
    dialog.accept()
    assert "not empty" in dialog.target_error.text()
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.accept()
    idle(qtbot, controller)
    assert controller.restarts == [tmp_path / "restored"]
    assert any("was restored into" in t for t in boxes.texts("information"))
    restored = Workbench.open(tmp_path / "restored", actor="t")
    try:
        assert restored.requests.total() == 1 and restored.audit.verify().ok
    finally:
        restored.close()


def test_restore_replacing_the_register_in_use_backs_it_up_first(qtbot, window, controller, workbench, boxes,
                                                                 log_request):
    path = workbench.backups.create().path
    log_request("Noé Après")
    dialog = controller.open_restore()
    dialog.choose_file(path)
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    dialog.accept()
    idle(qtbot, controller)
    idle(qtbot, controller)
    assert controller.restarts == [workbench.data_dir]
    [text] = [t for t in boxes.texts("information") if "was restored" in t]
    assert "backed up first" in text
    again = Workbench.open(workbench.data_dir, actor="t")
    try:
        assert again.requests.total() == 1
        assert [e.reason for e in again.backups.list()].count("pre-restore") == 1
    finally:
        again.close()


def test_restore_of_another_folders_backup_needs_the_right_recovery_key(qtbot, window, controller, tmp_path, clock):
    other = Workbench.open(tmp_path / "other", clock=clock, actor="t")
    other.backups.create_recovery_key()
    path = other.backups.create().path
    other.close()
    dialog = controller.open_restore()
    dialog.choose_file(path)
    assert dialog.key_row.isVisibleTo(dialog) and "do not open it" in dialog.about.text()
    dialog.elsewhere.setChecked(True)
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.key.setText(RecoveryKey.generate().text)
    dialog.accept()
    idle(qtbot, controller)
    assert "does not open" in dialog.key_error.text()
    assert not (tmp_path / "restored").exists() and controller.restarts == []
    dialog.close()


def test_a_file_that_is_not_a_backup_is_said_in_the_dialog(qtbot, window, controller, tmp_path):
    (tmp_path / "x.dpobak").write_bytes(b"%PDF-1.7 not a backup")
    dialog = controller.open_restore()
    dialog.choose_file(tmp_path / "x.dpobak")
    assert "is not a DPO Workbench backup" in dialog.file_error.text()
    dialog.close()


# -- opening with the recovery key -----------------------------------------------------------------------------------


@pytest.fixture
def passphrase_folder(tmp_path, monkeypatch, clock):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    folder = DataFolder.at(tmp_path / "data")
    assert isinstance(folder.store, PassphraseFileStore)
    folder.store.scrypt = FAST_SCRYPT
    folder.create_keys("the old passphrase")
    wb = Workbench.from_folder(folder, clock=clock, actor="t")
    key = wb.backups.create_recovery_key().key
    wb.close()
    return tmp_path / "data", key


def test_a_forgotten_passphrase_is_replaced_from_the_unlock_dialog(qtbot, passphrase_folder, monkeypatch):
    path, key = passphrase_folder
    folder = DataFolder.at(path)
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)

    def fill_in(recovery):
        recovery.key.setText(key.text)
        recovery.passphrase.setText("a new passphrase")
        recovery.again.setText("a new passphrase")
        recovery.accept()
        return recovery.result()

    monkeypatch.setattr(RecoveryUnlockDialog, "exec", fill_in)
    assert dialog.use_recovery_key()
    assert dialog.recovered and folder.keys is not None
    again = DataFolder.at(path)
    again.unlock("a new passphrase")
    assert again.keys == folder.keys


def test_lost_keyring_keys_at_start_up_offer_the_recovery_key(qtbot, tmp_path, clock, monkeypatch, boxes):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    wb = Workbench.open(tmp_path / "data", clock=clock, actor="t")
    key = wb.backups.create_recovery_key().key
    wb.close()
    keyring.set_keyring(MemoryKeyring())  # the keyring entry is gone
    folder = DataFolder.at(tmp_path / "data")
    try:
        folder.create_keys()
    except VaultError as exc:
        lost = exc
    assert lost.code == "keys.lost"

    def fill_in(recovery):
        recovery.key.setText(key.text)
        recovery.accept()
        return recovery.result()

    monkeypatch.setattr(RecoveryUnlockDialog, "exec", fill_in)
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    assert offer_recovery(folder, lost)
    assert "recovery key" in boxes.texts("question")[0]
    reopened = DataFolder.at(tmp_path / "data")
    reopened.unlock()  # kept in the keyring again
    assert reopened.keys == folder.keys
