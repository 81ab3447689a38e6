"""Damaged or altered files, and wrong keys, through the workbench.

One flipped byte in a blob gives a clear error and a `document.damaged`
journal entry, and the rest of the application keeps working. A wrong
passphrase, or keys that belong to another data folder, are refused with a
clear message and change nothing.
"""

from __future__ import annotations

import io
import json
import random
import shutil
from datetime import date
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PIL import Image
from sqlalchemy import text

from dpo_workbench import paths
from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import DatabaseKeyError, DocumentDamaged, VaultError, WrongPassphrase
from dpo_workbench.services.requests import NewRequest, RegisterQuery
from dpo_workbench.vault.crypto import HEADER, NONCE_SIZE
from dpo_workbench.vault.keystore import KEY_FILE_NAME, KeyringStore, PassphraseFileStore, ensure_install_id
from dpo_workbench.workbench import Workbench

from .conftest import FAST_SCRYPT

PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "another folder's passphrase"
DAMAGED = "This file is damaged or was altered; it cannot be shown."


def scan(seed: int) -> bytes:
    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", (40, 30), rng.randbytes(40 * 30 * 3)).save(out, format="PNG")
    return out.getvalue()


def register(wb: Workbench, name: str = "Jeanne Martin") -> str:
    return wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL,
                                          received_on=date(2026, 11, 20), requester_name=name,
                                          requester_email="jeanne.martin@exemple.fr"))


def blob_path(wb: Workbench, doc_id: int) -> Path:
    with wb.db.reading() as s:
        blob_id = s.execute(text("SELECT blob_id FROM document WHERE id = :i"), {"i": doc_id}).scalar_one()
    return wb.data_dir / "vault" / blob_id


def journal_tail(wb: Workbench, n: int = 1) -> list[tuple[str, str, dict]]:
    with wb.db.reading() as s:
        rows = s.execute(text("SELECT action, object_id, details FROM audit_entry ORDER BY id DESC LIMIT :n"),
                         {"n": n}).all()
    return [(a, o, json.loads(d)) for a, o, d in reversed(rows)]


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def two_documents(workbench):
    ref = register(workbench)
    first = workbench.documents.attach(ref, scan(1), "premier.png", id_copy=True)
    second = workbench.documents.attach(ref, scan(2), "second.png")
    return ref, first.id, second.id


def assert_still_works(wb: Workbench, ref: str, good_doc: int, good_data: bytes) -> None:
    """Other documents open, the register takes a new request, the journal verifies."""
    assert wb.documents.read(good_doc) == good_data
    new_ref = register(wb, name="Paul Durand")
    assert len(wb.requests.ids(RegisterQuery(text="Durand"))) == 1
    assert wb.requests.detail(new_ref).requester_name == "Paul Durand"
    assert wb.documents.attach(new_ref, scan(9), "x.png").available
    assert wb.requests.detail(ref).reference == ref
    assert wb.audit.verify().ok


# --------------------------------------------------------------------------- #
# damaged blobs
# --------------------------------------------------------------------------- #

BLOB_OFFSETS = {
    "magic": 0,
    "version": len(HEADER) - 1,
    "nonce": len(HEADER) + NONCE_SIZE // 2,
    "ciphertext": "middle",
    "tag": -1,
}


@pytest.mark.parametrize("where", list(BLOB_OFFSETS))
def test_one_flipped_byte_is_a_clear_error_journaled_and_the_rest_keeps_working(workbench, two_documents, where):
    ref, damaged, good = two_documents
    path = blob_path(workbench, damaged)
    offset = BLOB_OFFSETS[where]
    flip(path, path.stat().st_size // 2 if offset == "middle" else offset)

    with pytest.raises(DocumentDamaged) as info:
        workbench.documents.read(damaged)
    assert str(info.value).startswith(DAMAGED)
    assert "damaged or was altered" in str(info.value)
    assert journal_tail(workbench) == [("document.damaged", str(damaged),
                                        {"request": ref, "problem": "authentication failed"})]
    # asking again gives the same answer (and another entry): nothing was repaired or deleted behind our back
    with pytest.raises(DocumentDamaged):
        workbench.documents.read(damaged)
    assert path.exists()
    assert workbench.documents.get(damaged).available

    report = workbench.vault.check()
    assert report.damaged == [(damaged, ref)]
    assert (report.missing, report.orphans, report.leftovers, report.ok) == ([], [], [], False)
    assert_still_works(workbench, ref, good, scan(2))


def test_a_truncated_blob_is_damaged(workbench, two_documents):
    ref, damaged, good = two_documents
    path = blob_path(workbench, damaged)
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(DocumentDamaged, match="damaged or was altered"):
        workbench.documents.read(damaged)
    assert workbench.vault.check().damaged == [(damaged, ref)]
    assert_still_works(workbench, ref, good, scan(2))


def test_a_blob_copied_over_another_documents_blob_is_refused(workbench, two_documents):
    """Each blob is bound to its document: a valid blob moved onto another record does not open."""
    ref, first, second = two_documents
    shutil.copyfile(blob_path(workbench, second), blob_path(workbench, first))
    with pytest.raises(DocumentDamaged, match="damaged or was altered"):
        workbench.documents.read(first)
    assert workbench.documents.read(second) == scan(2)
    assert workbench.vault.check().damaged == [(first, ref)]


def test_wrapped_keys_swapped_between_documents_are_refused(workbench, two_documents):
    ref, first, second = two_documents
    with workbench.db.transaction() as s:
        keys = dict(s.execute(text("SELECT id, wrapped_key FROM document")).all())
        s.execute(text("UPDATE document SET wrapped_key = :k WHERE id = :i"), {"k": keys[second], "i": first})
    with pytest.raises(DocumentDamaged, match="damaged or was altered"):
        workbench.documents.read(first)
    assert journal_tail(workbench)[0][0] == "document.damaged"
    assert workbench.vault.check().damaged == [(first, ref)]
    assert workbench.documents.read(second) == scan(2)


def test_a_missing_blob_is_reported_as_missing(workbench, two_documents):
    ref, gone, good = two_documents
    blob_path(workbench, gone).unlink()
    with pytest.raises(DocumentDamaged, match="is missing from the vault"):
        workbench.documents.read(gone)
    assert journal_tail(workbench) == [("document.damaged", str(gone), {"request": ref, "problem": "missing"})]
    report = workbench.vault.check()
    assert (report.missing, report.damaged) == ([(gone, ref)], [])
    assert_still_works(workbench, ref, good, scan(2))


def test_vault_check_is_clean_on_an_intact_vault_and_journaled(workbench, two_documents):
    ref, first, second = two_documents
    workbench.documents.destroy(first)
    report = workbench.vault.check()
    assert report.ok and report.checked == 1
    assert journal_tail(workbench) == [("vault.check", "vault", {"checked": 1, "damaged": 0, "missing": 0,
                                                                   "orphans": 0, "leftovers": 0})]


def test_vault_check_lists_orphans_and_unfinished_writes(workbench, two_documents):
    vault = workbench.data_dir / "vault"
    (vault / ("ab" * 16)).write_bytes(b"DPOV\x01" + bytes(40))
    (vault / f".{'cd' * 16}.tmp").write_bytes(b"DPOV\x01")
    report = workbench.vault.check()
    assert report.orphans == ["ab" * 16]
    assert report.leftovers == [f".{'cd' * 16}.tmp"]
    assert (report.damaged, report.missing, report.ok) == ([], [], False)


# --------------------------------------------------------------------------- #
# wrong keys
# --------------------------------------------------------------------------- #


def passphrase_folder(data_dir: Path, passphrase: str, clock) -> Workbench:
    """A data folder whose keys are in a passphrase file (cheap scrypt), with one document."""
    paths.ensure_data_dir(data_dir)
    ensure_install_id(data_dir / "keys")
    folder = DataFolder(path=data_dir, store=PassphraseFileStore(data_dir / "keys" / KEY_FILE_NAME,
                                                                 scrypt=FAST_SCRYPT))
    folder.create_keys(passphrase)
    return Workbench.from_folder(folder, clock=clock, actor="dpo-test")


def folder_state(data_dir: Path) -> dict[str, bytes]:
    return {p.relative_to(data_dir).as_posix(): p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()}


@pytest.fixture
def no_keyring():
    """No usable OS keyring: new data folders keep their keys in a passphrase file."""
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse test keyring puts it back


def test_wrong_passphrase_is_refused_clearly_and_changes_nothing(tmp_path, clock, no_keyring):
    data = tmp_path / "data"
    wb = passphrase_folder(data, PASSPHRASE, clock)
    ref = register(wb)
    doc = wb.documents.attach(ref, scan(1), "cni.png", id_copy=True)
    wb.close()
    before = folder_state(data)

    with pytest.raises(WrongPassphrase) as info:
        Workbench.open(data, clock=clock, passphrase="not the passphrase")
    assert str(info.value) == "The passphrase is wrong."
    folder = DataFolder.at(data)
    assert folder.uses_passphrase and not folder.is_new
    with pytest.raises(WrongPassphrase):
        folder.unlock("not the passphrase")
    assert folder_state(data) == before

    wb = Workbench.open(data, clock=clock, passphrase=PASSPHRASE)
    try:
        assert wb.documents.read(doc.id) == scan(1)
    finally:
        wb.close()


def test_key_file_replaced_by_another_folders_is_refused_and_restoring_it_works(tmp_path, clock, no_keyring):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    wb = passphrase_folder(mine, PASSPHRASE, clock)
    ref = register(wb)
    doc = wb.documents.attach(ref, scan(1), "cni.png")
    wb.close()
    passphrase_folder(theirs, OTHER_PASSPHRASE, clock).close()
    key_file = mine / "keys" / KEY_FILE_NAME
    original = key_file.read_bytes()
    shutil.copyfile(theirs / "keys" / KEY_FILE_NAME, key_file)

    # our passphrase does not open their key file
    with pytest.raises(WrongPassphrase, match="The passphrase is wrong"):
        Workbench.open(mine, clock=clock, passphrase=PASSPHRASE)
    # their passphrase opens their keys, which do not open our database
    with pytest.raises(DatabaseKeyError) as info:
        Workbench.open(mine, clock=clock, passphrase=OTHER_PASSPHRASE)
    assert "None of the keys of this data folder opens its database" in str(info.value)
    assert "another data folder" in str(info.value)

    key_file.write_bytes(original)
    wb = Workbench.open(mine, clock=clock, passphrase=PASSPHRASE)
    try:
        assert wb.documents.read(doc.id) == scan(1)
        assert wb.audit.verify().ok
    finally:
        wb.close()


def test_keyring_entry_replaced_by_another_folders_keys_is_a_database_key_error(tmp_path, clock, test_keyring):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    wb = Workbench.open(mine, clock=clock, actor="dpo-test")
    doc = wb.documents.attach(register(wb), scan(1), "cni.png")
    wb.close()
    Workbench.open(theirs, clock=clock, actor="dpo-test").close()
    my_store, their_store = DataFolder.at(mine).store, DataFolder.at(theirs).store
    assert isinstance(my_store, KeyringStore) and my_store.install_id != their_store.install_id
    my_ring = my_store.load()
    my_store.save(their_store.load())

    with pytest.raises(DatabaseKeyError, match="None of the keys of this data folder opens its database"):
        Workbench.open(mine, clock=clock)
    # the other folder's install id (its whole key store) does not open our database either
    shutil.copyfile(theirs / "keys" / "install-id", mine / "keys" / "install-id")
    with pytest.raises(DatabaseKeyError):
        Workbench.open(mine, clock=clock)
    assert their_store.load() != my_ring  # their keys were never touched

    my_store.save(my_ring)
    (mine / "keys" / "install-id").write_text(my_store.install_id + "\n")
    wb = Workbench.open(mine, clock=clock)
    try:
        assert wb.documents.read(doc.id) == scan(1)
    finally:
        wb.close()


def test_a_database_from_another_folder_is_a_database_key_error(tmp_path, clock):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    Workbench.open(mine, clock=clock, actor="dpo-test").close()
    Workbench.open(theirs, clock=clock, actor="dpo-test").close()
    shutil.copyfile(theirs / "workbench.db", mine / "workbench.db")
    with pytest.raises(DatabaseKeyError):
        Workbench.open(mine, clock=clock)


def test_lost_keys_are_not_replaced_by_new_ones(tmp_path, clock, test_keyring):
    """Keys gone from the keyring: a clear error, and no new key that would orphan the encrypted data."""
    data = tmp_path / "data"
    Workbench.open(data, clock=clock, actor="dpo-test").close()
    test_keyring.entries.clear()
    with pytest.raises(VaultError, match="keys are missing from this computer's key store"):
        Workbench.open(data, clock=clock)
    assert test_keyring.entries == {}


def test_a_ring_without_the_key_of_a_document_reports_it_damaged(workbench, two_documents):
    """A data key wrapped by a master key the ring no longer has cannot be opened: damaged, not a crash."""
    ref, first, second = two_documents
    with workbench.db.transaction() as s:
        s.execute(text("UPDATE document SET key_id = 'ffffffffffffffff' WHERE id = :i"), {"i": first})
    with pytest.raises(DocumentDamaged):
        workbench.documents.read(first)
    assert workbench.vault.check().damaged == [(first, ref)]
    assert workbench.documents.read(second) == scan(2)
