"""`dpo-workbench id ...` and `dpo-workbench vault ...`: in process through `main()`, and as a real program.

In process the keys are in the test's in-memory keyring, or in a passphrase
file (cheap scrypt) when a test needs one. The real program gets no OS
keyring, so its data folder keeps the keys under DPO_WORKBENCH_PASSPHRASE.
Bad input gives one line on stderr, exit 2, and nothing stored.
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import keyring.backends.fail
import pytest
from PIL import Image
from sqlalchemy import text

from dpo_workbench import paths
from dpo_workbench.cli import main
from dpo_workbench.core.rights import Channel, DocumentKind, Right
from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import WrongPassphrase
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.vault.filetypes import MAX_SIZE
from dpo_workbench.vault.keystore import KEY_FILE_NAME, PassphraseFileStore, ScryptParams, ensure_install_id
from dpo_workbench.workbench import Workbench

PARIS = ZoneInfo("Europe/Paris")
CONSOLE_SCRIPT = Path(sys.executable).with_name("dpo-workbench")
PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a brand new passphrase, longer"
NAME = "Zéphyrine Quatremain"
FAST_SCRYPT = ScryptParams(n=2**8, r=8, p=1)  # cheap scrypt; the parameters are stored in the key file


def today() -> date:
    return datetime.now(PARIS).date()


def scan(seed: int = 1) -> bytes:
    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", (40, 30), rng.randbytes(40 * 30 * 3)).save(out, format="PNG")
    return out.getvalue()




@pytest.fixture
def ref(run) -> str:
    code, out, err = run("request", "add", "--right", "access", "--channel", "email", "--email",
                         "zq@exemple.fr", "--name", NAME, "--received", (today() - timedelta(days=3)).isoformat())
    assert code == 0, err
    return out.strip()


@pytest.fixture
def files(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "cni-Quatremain.png").write_bytes(scan(1))
    (folder / "lettre.png").write_bytes(scan(2))
    return folder


def open_wb(data_dir: Path, passphrase: str | None = None) -> Workbench:
    return Workbench.open(data_dir, actor="test", passphrase=passphrase)


def stored(data_dir: Path, passphrase: str | None = None) -> dict:
    wb = open_wb(data_dir, passphrase)
    try:
        with wb.db.reading() as s:
            counts = {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                      for t in ("document", "identity_check", "audit_entry")}
    finally:
        wb.close()
    counts["vault"] = sorted(os.listdir(data_dir / "vault"))
    return counts


def blob_of(data_dir: Path, doc_id: int, passphrase: str | None = None) -> Path:
    wb = open_wb(data_dir, passphrase)
    try:
        with wb.db.reading() as s:
            blob_id = s.execute(text("SELECT blob_id FROM document WHERE id = :i"), {"i": doc_id}).scalar_one()
    finally:
        wb.close()
    return data_dir / "vault" / blob_id


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def assert_one_error_line(code: int, out: str, err: str, expected: str | None = None) -> None:
    assert (code, out) == (2, ""), err
    assert err.startswith("dpo-workbench: error: ")
    assert len(err.splitlines()) == 1, err
    if expected is not None:
        assert expected in err, err


def passphrase_folder(data_dir: Path, passphrase: str = PASSPHRASE) -> None:
    """A data folder whose keys are in a passphrase file (cheap scrypt, recorded in the file)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse test keyring puts it back
    paths.ensure_data_dir(data_dir)
    ensure_install_id(data_dir / "keys")
    folder = DataFolder(path=data_dir, store=PassphraseFileStore(data_dir / "keys" / KEY_FILE_NAME,
                                                                 scrypt=FAST_SCRYPT))
    folder.create_keys(passphrase)
    wb = Workbench.from_folder(folder, actor="test")
    try:
        reference = wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL,
                                                   received_on=today() - timedelta(days=3), requester_name=NAME,
                                                   requester_email="zq@exemple.fr"))
        assert reference.endswith("-0001")
    finally:
        wb.close()


# --------------------------------------------------------------------------- #
# id attach
# --------------------------------------------------------------------------- #


def test_id_attach_encrypts_the_scan_and_says_what_was_stored(run, ref, files, data_dir):
    code, out, err = run("id", "attach", ref, str(files / "lettre.png"))
    assert (code, err) == (0, "")
    assert out == f"document 1 attached to {ref}: image/png, {len(scan(2))} bytes, encrypted\n"
    code, out, err = run("id", "attach", ref.lower(), str(files / "cni-Quatremain.png"), "--id-copy")
    assert (code, err) == (0, "")
    assert out == f"ID copy 2 attached to {ref}: image/png, {len(scan(1))} bytes, encrypted\n"
    wb = open_wb(data_dir)
    try:
        docs = wb.documents.of_request(ref)
        assert [(d.kind, d.label) for d in docs] == [(DocumentKind.OTHER, "lettre.png"),
                                                     (DocumentKind.ID_COPY, "cni-Quatremain.png")]
        assert wb.documents.read(2) == scan(1)
    finally:
        wb.close()
    assert len(os.listdir(data_dir / "vault")) == 2
    assert not any(b"Quatremain" in p.read_bytes() for p in (data_dir / "vault").iterdir())


def test_id_attach_after_verification_says_the_copy_was_destroyed_at_once(run, ref, files):
    assert run("id", "verify", ref, "--method", "account", "--outcome", "verified")[0] == 0
    code, out, _ = run("id", "attach", ref, str(files / "cni-Quatremain.png"), "--id-copy")
    assert code == 0
    assert out.endswith("encrypted (destroyed at once: identity already verified)\n")


def _bad_attach(files: Path, ref: str) -> dict[str, tuple[list[str], str]]:
    (files / "empty.png").write_bytes(b"")
    (files / "note.jpg").write_text("Ceci n'est pas une image.\n" * 10)
    (files / "cut.png").write_bytes(scan(3)[:500])
    with open(files / "huge.tif", "wb") as f:
        f.truncate(MAX_SIZE + 1)
    return {
        "unknown reference": (["DSR-2019-0999", str(files / "lettre.png")], "No request 'DSR-2019-0999'"),
        "missing file": ([ref, str(files / "absent.png")], "There is no file"),
        "a folder": ([ref, str(files)], "is a folder, not a file"),
        "empty file": ([ref, str(files / "empty.png")], "is empty (0 bytes)"),
        "text named .jpg": ([ref, str(files / "note.jpg")], "is not a JPEG, PNG, TIFF or PDF file"),
        "truncated PNG": ([ref, str(files / "cut.png")], "damaged or truncated"),
        "50 MB + 1 byte": ([ref, str(files / "huge.tif")], "the limit is 50 MB"),
        "no file argument": ([ref], "the following arguments are required: file"),
    }


@pytest.mark.parametrize("case", ["unknown reference", "missing file", "a folder", "empty file", "text named .jpg",
                                  "truncated PNG", "50 MB + 1 byte", "no file argument"])
def test_id_attach_bad_input_is_one_error_line_exit_2_and_nothing_stored(run, ref, files, data_dir, case):
    args, expected = _bad_attach(files, ref)[case]
    before = stored(data_dir)
    code, out, err = run("id", "attach", *args, "--id-copy")
    assert_one_error_line(code, out, err, expected)
    assert stored(data_dir) == before == {**before, "document": 0, "vault": []}


# --------------------------------------------------------------------------- #
# id verify
# --------------------------------------------------------------------------- #


def test_id_verify_records_the_check_and_destroys_the_id_copies(run, ref, files, data_dir):
    run("id", "attach", ref, str(files / "cni-Quatremain.png"), "--id-copy")
    run("id", "attach", ref, str(files / "lettre.png"))
    code, out, err = run("id", "verify", ref, "--method", "id-copy", "--document-type", "carte d'identité",
                         "--outcome", "verified", "--note", "photo conforme")
    assert (code, err) == (0, "")
    assert out == f"identity check recorded for {ref}: verified\n1 ID copy(ies) destroyed\n"
    wb = open_wb(data_dir)
    try:
        (check,) = wb.identity.checks(ref)
        assert (check.method.value, check.document_type, check.outcome.value, check.note, check.checked_on) == (
            "id-copy", "carte d'identité", "verified", "photo conforme", today())
        assert [d.available for d in wb.documents.of_request(ref)] == [False, True]
        assert wb.documents.read(2) == scan(2)
    finally:
        wb.close()
    assert len(os.listdir(data_dir / "vault")) == 1


def test_id_verify_with_a_grace_period_says_when_the_copy_goes(run, ref, files, data_dir):
    assert run("settings", "id_copy_grace_days", "3")[0] == 0
    run("id", "attach", ref, str(files / "cni-Quatremain.png"), "--id-copy")
    code, out, _ = run("id", "verify", ref, "--method", "id-copy", "--document-type", "passeport",
                       "--outcome", "verified", "--date", (today() - timedelta(days=1)).isoformat())
    assert code == 0
    wb = open_wb(data_dir)
    try:
        purge_after = wb.documents.get(1).purge_after
    finally:
        wb.close()
    assert out == (f"identity check recorded for {ref}: verified\n"
                   f"ID copy 1 kept; it will be destroyed on {purge_after:%Y-%m-%d}\n")
    assert purge_after.date() >= today() + timedelta(days=2)


def test_id_verify_doubt_keeps_the_copy_until_the_request_is_closed(run, ref, files):
    run("id", "attach", ref, str(files / "cni-Quatremain.png"), "--id-copy")
    code, out, _ = run("id", "verify", ref, "--method", "id-copy", "--document-type", "passeport",
                       "--outcome", "doubt")
    assert code == 0
    assert out.splitlines()[-1] == "ID copy 1 kept; it will be destroyed when the request is closed"


def test_a_second_check_does_not_claim_to_destroy_a_copy_again(run, ref, files):
    run("id", "attach", ref, str(files / "cni-Quatremain.png"), "--id-copy")
    first = run("id", "verify", ref, "--method", "id-copy", "--document-type", "passeport", "--outcome", "verified")
    assert first[1].endswith("1 ID copy(ies) destroyed\n")
    code, out, _ = run("id", "verify", ref, "--method", "account", "--outcome", "verified")
    assert code == 0
    assert out == f"identity check recorded for {ref}: verified\n"


BAD_VERIFY = {
    "bad --method": (["--method", "passport", "--outcome", "verified"], "invalid choice: 'passport'"),
    "bad --outcome": (["--method", "account", "--outcome", "ok"], "invalid choice: 'ok'"),
    "no --outcome": (["--method", "account"], "the following arguments are required: --outcome"),
    "id-copy without document type": (["--method", "id-copy", "--outcome", "verified"],
                                      "Say which document was checked"),
    "not a date": (["--method", "account", "--outcome", "verified", "--date", "yesterday"],
                   "'yesterday' is not a date"),
    "future date": (["--method", "account", "--outcome", "verified", "--date",
                     (date.today() + timedelta(days=5)).isoformat()], "must be between the receipt"),
    "before receipt": (["--method", "account", "--outcome", "verified", "--date", "2026-01-01"],
                       "must be between the receipt"),
}


@pytest.mark.parametrize("case", list(BAD_VERIFY))
def test_id_verify_bad_input_is_one_error_line_exit_2_and_nothing_stored(run, ref, files, data_dir, case):
    run("id", "attach", ref, str(files / "cni-Quatremain.png"), "--id-copy")
    before = stored(data_dir)
    args, expected = BAD_VERIFY[case]
    assert_one_error_line(*run("id", "verify", ref, *args), expected)
    assert stored(data_dir) == before
    assert before["identity_check"] == 0 and len(before["vault"]) == 1


def test_id_verify_unknown_reference(run, ref, data_dir):
    before = stored(data_dir)
    assert_one_error_line(*run("id", "verify", "DSR-2019-0999", "--method", "account", "--outcome", "verified"),
                          "No request 'DSR-2019-0999'")
    assert stored(data_dir) == before


def test_id_without_action_is_a_usage_error(run):
    assert_one_error_line(*run("id"))
    assert_one_error_line(*run("vault"))
    assert_one_error_line(*run("vault", "shred-everything"), "invalid choice")


# --------------------------------------------------------------------------- #
# vault check, info, rotate-key, change-passphrase (in process)
# --------------------------------------------------------------------------- #


def test_vault_check_exit_0_when_intact(run, ref, files):
    assert run("vault", "check") == (0, "0 document(s) checked: vault intact.\n", "")
    run("id", "attach", ref, str(files / "lettre.png"))
    assert run("vault", "check") == (0, "1 document(s) checked: vault intact.\n", "")


def test_vault_check_exit_1_names_the_damaged_and_missing_documents(run, ref, files, data_dir):
    for name in ("lettre.png", "cni-Quatremain.png", "lettre.png"):
        run("id", "attach", ref, str(files / name))
    flip_a_byte(blob_of(data_dir, 2))
    blob_of(data_dir, 3).unlink()
    code, out, err = run("vault", "check")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"damaged: document 2 of {ref}: this file is damaged or was altered",
        f"missing: document 3 of {ref}: its file is not in the vault",
        "3 document(s) checked: problems found.",
    ]
    assert "Quatremain" not in out


def test_vault_check_exit_1_lists_orphans_and_unfinished_writes(run, ref, data_dir):
    vault = data_dir / "vault"
    (vault / ("ab" * 16)).write_bytes(b"DPOV\x01" + bytes(40))
    (vault / f".{'cd' * 16}.tmp").write_bytes(b"DPOV\x01")
    code, out, _ = run("vault", "check")
    assert code == 1
    assert out.splitlines() == [
        f"orphan: vault/{'ab' * 16} belongs to no document (left by an interrupted write)",
        f"orphan: vault/.{'cd' * 16}.tmp is an unfinished write",
        "0 document(s) checked: problems found.",
    ]


def test_vault_info_with_the_system_keyring(run, data_dir):
    code, out, err = run("vault", "info")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("keys: System keyring (")
    assert lines[1] == f"data folder: {data_dir}"


def test_vault_rotate_key_in_process(run, ref, files, data_dir):
    run("id", "attach", ref, str(files / "lettre.png"))
    run("id", "attach", ref, str(files / "cni-Quatremain.png"))
    before = {p.name: p.read_bytes() for p in (data_dir / "vault").iterdir()}
    old_id = DataFolder.at(data_dir).store.load().current
    code, out, err = run("vault", "rotate-key")
    assert code == 0
    match = re.fullmatch(r"master key rotated: 2 data key\(s\) re-wrapped, database re-keyed, new key ([0-9a-f]{16})\n",
                         out)
    assert match and match.group(1) != old_id
    assert "re-wrapping data keys: 2/2" in err
    assert {p.name: p.read_bytes() for p in (data_dir / "vault").iterdir()} == before
    ring = DataFolder.at(data_dir).store.load()
    assert list(ring.ids()) == [match.group(1)]
    assert run("vault", "check")[0] == 0


@pytest.fixture
def no_terminal(monkeypatch):
    """No terminal: asking for a passphrase would find nothing to read (getpass on a closed stdin)."""
    import getpass

    asked = []

    def getpass_without_terminal(prompt: str = "Password: ", stream=None) -> str:
        asked.append(prompt)
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", getpass_without_terminal)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    return asked


def test_vault_change_passphrase_with_the_system_keyring_is_refused(run, monkeypatch, no_terminal):
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", PASSPHRASE)  # set, though the keyring holds the keys
    monkeypatch.setenv("DPO_WORKBENCH_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert_one_error_line(*run("vault", "change-passphrase"), "there is no passphrase to change")
    assert no_terminal == []


def test_vault_change_passphrase_with_the_system_keyring_and_no_terminal(run, monkeypatch, no_terminal):
    monkeypatch.delenv("DPO_WORKBENCH_PASSPHRASE", raising=False)
    monkeypatch.setenv("DPO_WORKBENCH_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert_one_error_line(*run("vault", "change-passphrase"), "there is no passphrase to change")
    assert no_terminal == []


def test_vault_change_passphrase_without_a_new_one_and_no_terminal(run, monkeypatch, no_terminal):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a passphrase file; the autouse keyring comes back
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("DPO_WORKBENCH_NEW_PASSPHRASE", raising=False)
    assert_one_error_line(*run("vault", "change-passphrase"), "set DPO_WORKBENCH_NEW_PASSPHRASE")


def test_keys_of_another_data_folder_are_one_error_line(run, ref, data_dir, tmp_path):
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "vault", "info"]) == 0
    shutil.copyfile(other / "keys" / "install-id", data_dir / "keys" / "install-id")
    run("vault", "info")  # clear the captured output of the first call
    assert_one_error_line(*run("vault", "check"), "None of the keys of this data folder opens its database")


def test_first_command_on_a_previous_version_database_converts_it(run, data_dir):
    from dpo_workbench.datafolder import is_plain_sqlite
    from dpo_workbench.store.db import Database

    data_dir.mkdir(parents=True)
    plain = Database.sqlite(data_dir / "workbench.db")
    plain.upgrade()
    plain.dispose()
    assert run("vault", "check") == (0, "0 document(s) checked: vault intact.\n", "")
    assert not is_plain_sqlite(data_dir / "workbench.db")


# --------------------------------------------------------------------------- #
# a passphrase-protected data folder (in process)
# --------------------------------------------------------------------------- #


def test_passphrase_folder_from_the_environment(run, data_dir, monkeypatch, files):
    passphrase_folder(data_dir)
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", PASSPHRASE)
    assert run("vault", "info") == (0, f"keys: Key file protected by a passphrase\ndata folder: {data_dir}\n", "")
    code, out, _ = run("id", "attach", f"DSR-{(today() - timedelta(days=3)).year}-0001",
                       str(files / "lettre.png"))
    assert code == 0 and out.startswith("document 1 attached")

    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", "not the passphrase")
    assert_one_error_line(*run("vault", "check"), "The passphrase is wrong.")
    monkeypatch.delenv("DPO_WORKBENCH_PASSPHRASE")
    assert_one_error_line(*run("vault", "check"), "set DPO_WORKBENCH_PASSPHRASE or run in a terminal")


def test_vault_change_passphrase_in_process(run, data_dir, monkeypatch):
    passphrase_folder(data_dir)
    key_file = data_dir / "keys" / KEY_FILE_NAME
    ring = PassphraseFileStore(key_file).unlock(PASSPHRASE)
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", PASSPHRASE)

    monkeypatch.setenv("DPO_WORKBENCH_NEW_PASSPHRASE", "short")
    before = key_file.read_bytes()
    assert_one_error_line(*run("vault", "change-passphrase"), "The passphrase is too short")
    assert key_file.read_bytes() == before

    monkeypatch.setenv("DPO_WORKBENCH_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run("vault", "change-passphrase") == (0, "passphrase changed\n", "")
    with pytest.raises(WrongPassphrase):
        PassphraseFileStore(key_file).unlock(PASSPHRASE)
    assert PassphraseFileStore(key_file).unlock(NEW_PASSPHRASE) == ring
    assert_one_error_line(*run("vault", "info"), "The passphrase is wrong.")
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", NEW_PASSPHRASE)
    assert run("vault", "check")[0] == 0


def test_passphrase_typed_at_the_terminal_three_tries(run, data_dir, monkeypatch):
    """At a terminal the passphrase is asked (getpass) up to three times."""
    from dpo_workbench.cli import common

    passphrase_folder(data_dir)
    monkeypatch.delenv("DPO_WORKBENCH_PASSPHRASE", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    typed = iter(["wrong one", "wrong two", "wrong three"])
    monkeypatch.setattr(common, "ask_passphrase", lambda prompt: next(typed))
    code, out, err = run("vault", "info")
    assert (code, out) == (2, "")
    assert err.splitlines() == ["The passphrase is wrong. Try again.", "The passphrase is wrong. Try again.",
                                "The passphrase is wrong.",
                                "dpo-workbench: error: The passphrase is wrong (3 tries); nothing was changed."]
    typed = iter(["wrong one", PASSPHRASE])
    code, out, err = run("vault", "info")
    assert code == 0 and out.startswith("keys: Key file protected by a passphrase")
    assert err == "The passphrase is wrong. Try again.\n"


# --------------------------------------------------------------------------- #
# as a real program
# --------------------------------------------------------------------------- #


def clean_env(passphrase: str = PASSPHRASE, **extra) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DPO_WORKBENCH_HOME",
                        "DPO_WORKBENCH_NEW_PASSPHRASE")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DPO_WORKBENCH_PASSPHRASE=passphrase)
    env.update(extra)
    return env


def program(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(CONSOLE_SCRIPT), "--data-dir", str(data_dir), *args], capture_output=True,
                          stdin=subprocess.DEVNULL, text=True, timeout=120, check=False,
                          env=env if env is not None else clean_env())


@pytest.mark.slow
def test_program_id_and_vault_commands_end_to_end(tmp_path, files):
    data = tmp_path / "data"
    passphrase_folder(data)
    ref = f"DSR-{(today() - timedelta(days=3)).year}-0001"

    result = program(data, "id", "attach", ref, str(files / "cni-Quatremain.png"), "--id-copy")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.startswith(f"ID copy 1 attached to {ref}: image/png")
    assert program(data, "id", "attach", ref, str(files / "lettre.png")).returncode == 0

    result = program(data, "vault", "check")
    assert (result.returncode, result.stdout) == (0, "2 document(s) checked: vault intact.\n")

    flip_a_byte(blob_of(data, 2, PASSPHRASE))
    result = program(data, "vault", "check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"damaged: document 2 of {ref}: this file is damaged or was altered",
                                          "2 document(s) checked: problems found."]

    result = program(data, "id", "verify", ref, "--method", "id-copy", "--document-type", "passeport",
                     "--outcome", "verified")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout == f"identity check recorded for {ref}: verified\n1 ID copy(ies) destroyed\n"
    assert not blob_of(data, 1, PASSPHRASE).exists()

    damaged_before = blob_of(data, 2, PASSPHRASE).read_bytes()
    result = program(data, "vault", "rotate-key")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("master key rotated: 1 data key(s) re-wrapped, database re-keyed, new key ")
    assert blob_of(data, 2, PASSPHRASE).read_bytes() == damaged_before  # not re-encrypted: still damaged

    result = program(data, "vault", "change-passphrase", env=clean_env(DPO_WORKBENCH_NEW_PASSPHRASE=NEW_PASSPHRASE))
    assert (result.returncode, result.stdout) == (0, "passphrase changed\n"), result.stderr

    result = program(data, "vault", "info")  # the old passphrase, from the environment
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "dpo-workbench: error: The passphrase is wrong.\n"

    result = program(data, "vault", "info", env=clean_env(NEW_PASSPHRASE))
    assert result.returncode == 0
    assert result.stdout == f"keys: Key file protected by a passphrase\ndata folder: {data}\n"

    wb = open_wb(data, NEW_PASSPHRASE)
    try:
        with wb.db.reading() as s:
            actions = list(s.execute(text("SELECT action FROM audit_entry")).scalars())
        assert wb.audit.verify().ok
    finally:
        wb.close()
    for action in ("document.attach", "vault.check", "identity.check", "document.destroy", "vault.rotate-key",
                   "vault.change-passphrase"):
        assert action in actions


@pytest.mark.slow
def test_program_bad_input_is_one_line_exit_2(tmp_path, files):
    data = tmp_path / "data"
    passphrase_folder(data)
    ref = f"DSR-{(today() - timedelta(days=3)).year}-0001"
    for args, expected in [
        (["id", "attach", "DSR-2019-0999", str(files / "lettre.png")], "No request 'DSR-2019-0999'"),
        (["id", "verify", ref, "--method", "passport", "--outcome", "verified"], "invalid choice: 'passport'"),
        (["id", "attach", ref, str(files / "absent.png")], "There is no file"),
    ]:
        result = program(data, *args)
        assert (result.returncode, result.stdout) == (2, ""), result.stderr
        assert result.stderr.startswith("dpo-workbench: error: ") and expected in result.stderr
        assert len(result.stderr.splitlines()) == 1
    assert stored(data, PASSPHRASE)["document"] == 0
