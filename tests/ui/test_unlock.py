"""Keys in the GUI: first-run set-up (passphrase twice, or where the keyring keeps the key), the unlock
dialog (three tries, then the application closes having changed nothing), DPO_WORKBENCH_PASSPHRASE,
the key store shown in the status bar and the settings, changing the passphrase, rotating the master key."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import WrongPassphrase
from dpo_workbench.ui import app as app_module
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.settings import unlock
from dpo_workbench.ui.settings.dialog import SettingsDialog
from dpo_workbench.ui.settings.unlock import ChangePassphraseDialog, FirstRunDialog, UnlockDialog, unlock_data_folder
from dpo_workbench.vault.keystore import PASSPHRASE_ENV
from dpo_workbench.workbench import Workbench
from tests.vault.conftest import FAST_SCRYPT

from .test_documents import Boxes, make_png

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

PASSPHRASE = "cinq mots bien choisis"


@pytest.fixture
def no_keyring(monkeypatch):
    """No safe system keyring: the keys go to a passphrase file (the autouse fixture restores the keyring)."""
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    keyring.set_keyring(keyring.backends.fail.Keyring())


def passphrase_folder(path) -> DataFolder:
    folder = DataFolder.at(path)
    assert folder.uses_passphrase
    folder.store.scrypt = FAST_SCRYPT  # cheap for tests; the file records the parameters it was made with
    return folder


@pytest.fixture
def new_folder(no_keyring, tmp_path) -> DataFolder:
    folder = passphrase_folder(tmp_path / "data")
    assert folder.is_new
    return folder


@pytest.fixture
def locked_folder(no_keyring, tmp_path) -> DataFolder:
    passphrase_folder(tmp_path / "data").create_keys(PASSPHRASE)
    folder = DataFolder.at(tmp_path / "data")
    assert not folder.is_new and folder.uses_passphrase and folder.keys is None
    return folder


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    return Boxes(monkeypatch)


def type_in(dialog, **fields) -> None:
    for name, text in fields.items():
        getattr(dialog, name).setText(text)


# -- first run -----------------------------------------------------------------------------------------------


def test_first_run_explains_the_key_file_and_checks_the_passphrase(qtbot, new_folder):
    dialog = FirstRunDialog(new_folder)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.passphrase_error)))
    assert "no safe system keyring" in shown
    assert str(new_folder.store.path) in shown
    assert "passphrase" in shown

    type_in(dialog, passphrase="court", again="court")
    dialog.accept()
    assert dialog.passphrase_error.isVisibleTo(dialog)
    assert dialog.passphrase_error.text().startswith("Too short: use at least 8 characters")
    assert dialog.result() != QDialog.DialogCode.Accepted

    type_in(dialog, passphrase=PASSPHRASE, again=PASSPHRASE + "!")
    dialog.accept()
    assert not dialog.passphrase_error.isVisibleTo(dialog)
    assert dialog.again_error.text() == "The two passphrases differ: type the same one twice."
    assert dialog.again.text() == ""  # typed again from scratch
    assert not new_folder.store.path.exists()

    type_in(dialog, passphrase="        ", again="        ")
    dialog.accept()
    assert dialog.passphrase_error.text() == "Type a passphrase."

    type_in(dialog, passphrase=PASSPHRASE, again=PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert new_folder.store.path.is_file()
    assert new_folder.keys is not None
    reopened = DataFolder.at(new_folder.path)
    reopened.unlock(PASSPHRASE)
    assert reopened.keys == new_folder.keys
    wb = Workbench.from_folder(new_folder)
    try:
        assert wb.requests.total() == 0
    finally:
        wb.close()


def test_first_run_with_the_system_keyring_needs_no_dialog_and_says_where_the_key_is(qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("no dialog expected"))
    folder = DataFolder.at(tmp_path / "data")
    assert folder.is_new and not folder.uses_passphrase

    assert unlock_data_folder(folder) == "created"

    assert folder.keys is not None and folder.store.exists()
    notice = unlock.key_created_notice(folder)
    qtbot.addWidget(notice)
    assert str(folder.path) in notice.text()
    assert "system keyring" in notice.informativeText()
    assert unlock.key_store_text(folder).startswith("System keyring (")


# -- unlocking -------------------------------------------------------------------------------------------------


def test_wrong_passphrase_three_times_rejects_and_changes_nothing(qtbot, locked_folder):
    key_file = locked_folder.store.path.read_bytes()
    dialog = UnlockDialog(locked_folder)
    qtbot.addWidget(dialog)
    assert str(locked_folder.path) in dialog.findChildren(type(dialog.error))[0].text()

    dialog.accept()  # nothing typed: not a try
    assert dialog.error.text() == "Type the passphrase." and dialog.failures == 0

    type_in(dialog, passphrase="pas la bonne")
    dialog.accept()
    assert dialog.error.text() == "The passphrase is wrong. 2 try(ies) left."
    assert dialog.passphrase.text() == ""
    type_in(dialog, passphrase="toujours pas")
    dialog.accept()
    assert dialog.error.text() == "The passphrase is wrong. 1 try(ies) left."
    assert dialog.result() != QDialog.DialogCode.Accepted
    type_in(dialog, passphrase="encore faux")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.gave_up
    assert locked_folder.keys is None
    assert locked_folder.store.path.read_bytes() == key_file


def test_the_right_passphrase_unlocks(qtbot, locked_folder):
    dialog = UnlockDialog(locked_folder)
    qtbot.addWidget(dialog)
    type_in(dialog, passphrase="faux")
    dialog.accept()
    type_in(dialog, passphrase=PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert locked_folder.keys is not None


def test_the_environment_passphrase_skips_the_dialog(locked_folder, monkeypatch):
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: pytest.fail("no dialog expected"))
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert unlock_data_folder(locked_folder) == "unlocked"
    assert locked_folder.keys is not None


def test_a_wrong_environment_passphrase_is_an_error_not_a_dialog(locked_folder, monkeypatch):
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: pytest.fail("no dialog expected"))
    monkeypatch.setenv(PASSPHRASE_ENV, "pas la bonne")
    with pytest.raises(WrongPassphrase):
        unlock_data_folder(locked_folder)


def three_wrong_tries(dialog: UnlockDialog):
    for attempt in range(3):
        dialog.passphrase.setText(f"faux {attempt}")
        dialog.accept()
    return dialog.result()


def test_unlock_flow_reports_giving_up(locked_folder, monkeypatch):
    monkeypatch.setattr(UnlockDialog, "exec", three_wrong_tries)
    assert unlock_data_folder(locked_folder) == "gave-up"


def test_the_application_closes_after_three_wrong_passphrases_without_changing_anything(
        qapp, locked_folder, monkeypatch, boxes):
    import logging
    import sys

    data = locked_folder.path
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file() and "logs" not in p.parts}
    monkeypatch.setattr(UnlockDialog, "exec", three_wrong_tries)
    monkeypatch.setattr(QApplication, "exec", lambda self: pytest.fail("the main window must not start"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger("dpo_workbench").handlers)
    try:
        assert app_module.run(data) == 1
    finally:
        for handler in logging.getLogger("dpo_workbench").handlers[len(handlers):]:
            logging.getLogger("dpo_workbench").removeHandler(handler)
            handler.close()
    after = {p: p.read_bytes() for p in data.rglob("*") if p.is_file() and "logs" not in p.parts}
    assert after == before
    assert not (data / "workbench.db").exists()
    [(kind, _title, text)] = boxes.shown
    assert kind == "critical" and "wrong three times" in text and "nothing was changed" in text


# -- which store, shown; changing the passphrase; rotating the master key ------------------------------------------


@pytest.fixture
def passphrase_workbench(new_folder, clock):
    new_folder.create_keys(PASSPHRASE)
    wb = Workbench.from_folder(new_folder, clock=clock, actor="dpo-test")
    yield wb
    wb.close()


def test_a_passphrase_store_is_shown_in_the_status_bar_and_the_settings(qtbot, passphrase_workbench):
    window = MainWindow(passphrase_workbench)
    qtbot.addWidget(window)
    assert window.key_store_label.text() == "Keys: Key file protected by a passphrase"
    assert str(passphrase_workbench.folder.store.path) in window.key_store_label.toolTip()
    settings = SettingsDialog(passphrase_workbench, window)
    qtbot.addWidget(settings)
    assert settings.key_store.text() == "Kept in: Key file protected by a passphrase"
    assert settings.change_passphrase_button.isVisibleTo(settings)


def test_the_system_keyring_is_shown_in_the_status_bar_and_the_settings(qtbot, workbench):
    keyring_window = MainWindow(workbench)  # the test keyring is a safe store
    qtbot.addWidget(keyring_window)
    assert keyring_window.key_store_label.text().startswith("Keys: System keyring (")
    keyring_settings = SettingsDialog(workbench, keyring_window)
    qtbot.addWidget(keyring_settings)
    assert not keyring_settings.change_passphrase_button.isVisibleTo(keyring_settings)


def test_change_passphrase(qtbot, passphrase_workbench, boxes):
    folder = passphrase_workbench.folder
    dialog = ChangePassphraseDialog(passphrase_workbench)
    qtbot.addWidget(dialog)
    new = "une toute nouvelle phrase"

    type_in(dialog, old="pas la bonne", new=new, again=new)
    dialog.accept()
    assert dialog.old_error.text() == "The current passphrase is wrong; nothing was changed."
    type_in(dialog, old=PASSPHRASE, new="court", again="court")
    dialog.accept()
    assert dialog.new_error.text().startswith("Too short")
    type_in(dialog, old=PASSPHRASE, new=new, again=new + "x")
    dialog.accept()
    assert "differ" in dialog.again_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted

    type_in(dialog, old=PASSPHRASE, new=new, again=new)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    reopened = DataFolder.at(folder.path)
    with pytest.raises(WrongPassphrase):
        reopened.unlock(PASSPHRASE)
    reopened.unlock(new)
    assert reopened.keys == folder.keys


def test_rotate_master_key_runs_in_the_background_with_progress(qtbot, workbench, log_request, tmp_path, boxes):
    reference = log_request("Chloé Da Silva").reference
    docs = [workbench.documents.attach_file(reference, make_png(tmp_path / f"scan{i}.png")) for i in range(3)]
    old_key = workbench.folder.keys.current
    settings = SettingsDialog(workbench)
    qtbot.addWidget(settings)
    boxes.answers.append(QMessageBox.StandardButton.Yes)

    rotation = settings.rotate_master_key()
    steps = []
    rotation.task.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(rotation.task.finished, timeout=20000) as blocker:
        pass
    assert steps == [] or steps[-1] == (3, 3)  # the first steps may arrive before the connection above

    report = blocker.args[0]
    assert report.rewrapped == 3 and report.new_key_id != old_key
    assert workbench.folder.keys.current == report.new_key_id
    assert list(workbench.folder.keys.ids()) == [report.new_key_id]
    assert rotation.progress.maximum() == 3 and rotation.progress.value() == 3
    assert [d.mime for d in workbench.documents.of_request(reference)] == ["image/png"] * 3
    assert workbench.documents.read(docs[0].id).startswith(b"\x89PNG")
    assert any("master key was replaced" in t and "3 document key" in t for t in boxes.texts("information"))


def test_rotation_not_confirmed_does_nothing(qtbot, workbench, boxes):
    old = workbench.folder.keys.current
    settings = SettingsDialog(workbench)
    qtbot.addWidget(settings)
    boxes.answers.append(QMessageBox.StandardButton.No)
    assert settings.rotate_master_key() is None
    assert workbench.folder.keys.current == old
