"""Master-key rotation and passphrase change through the workbench.

Rotation re-wraps the data keys (the blobs are not re-encrypted), re-keys the
database and drops the old key; interrupted at any step it leaves everything
readable and the next call finishes it. Changing the passphrase changes only
the protection of the key file.
"""

from __future__ import annotations

import io
import json
import random
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
from dpo_workbench.errors import InputError, VaultError, WrongPassphrase
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.vault import crypto
from dpo_workbench.vault.keystore import KEY_FILE_NAME, PassphraseFileStore, ensure_install_id
from dpo_workbench.workbench import Workbench

from .conftest import FAST_SCRYPT

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a brand new passphrase, longer"


class Stop(Exception):
    """Stands for a crash at a chosen point of the rotation."""


def scan(seed: int) -> bytes:
    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", (40, 30), rng.randbytes(40 * 30 * 3)).save(out, format="PNG")
    return out.getvalue()


def register(wb: Workbench) -> str:
    return wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL,
                                          received_on=date(2026, 11, 20), requester_name="Jeanne Martin",
                                          requester_email="jeanne.martin@exemple.fr"))


def opens_with(path: Path, master: bytes) -> bool:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(crypto.database_key_pragma(master))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def blobs(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((data_dir / "vault").iterdir())}


def key_columns(wb: Workbench) -> dict[int, tuple[str | None, bytes | None]]:
    with wb.db.reading() as s:
        return {i: (k, w) for i, k, w in s.execute(text("SELECT id, key_id, wrapped_key FROM document"))}


def journal(wb: Workbench, prefix: str) -> list[tuple[str, str, dict]]:
    with wb.db.reading() as s:
        rows = s.execute(text("SELECT action, object_id, details FROM audit_entry WHERE action LIKE :p "
                              "ORDER BY id"), {"p": prefix + "%"}).all()
    return [(a, o, json.loads(d)) for a, o, d in rows]


@pytest.fixture
def filled(workbench):
    """Five live documents and one destroyed one (no key to re-wrap)."""
    ref = register(workbench)
    docs = {workbench.documents.attach(ref, scan(i), f"scan-{i}.png").id: scan(i) for i in range(6)}
    destroyed = next(iter(docs))
    workbench.documents.destroy(destroyed)
    del docs[destroyed]
    return docs


def assert_all_readable(wb: Workbench, docs: dict[int, bytes]) -> None:
    for doc_id, data in docs.items():
        assert wb.documents.read(doc_id) == data
    report = wb.vault.check()
    assert report.ok, report


def test_rotation_rewraps_data_keys_keeps_blobs_and_rekeys_the_database(workbench, filled, data_dir, clock):
    old_id, old_key = workbench.folder.keys.current, workbench.folder.keys.current_key
    before_blobs, before_keys = blobs(data_dir), key_columns(workbench)
    calls = []

    report = workbench.vault.rotate_master_key(lambda done, total: calls.append((done, total)), batch=2)

    assert report.resumed is False and report.rewrapped == 5
    assert calls == [(0, 5), (2, 5), (4, 5), (5, 5)]
    new_id = report.new_key_id
    assert new_id != old_id and list(workbench.folder.keys.ids()) == [new_id]
    assert blobs(data_dir) == before_blobs  # byte for byte: the blobs were not re-encrypted
    after_keys = key_columns(workbench)
    for doc_id, (key_id, wrapped) in after_keys.items():
        if before_keys[doc_id][1] is None:  # the destroyed document stays without key
            assert (key_id, wrapped) == (None, None)
        else:
            assert key_id == new_id and wrapped != before_keys[doc_id][1]
    assert_all_readable(workbench, filled)
    db = data_dir / "workbench.db"
    assert not opens_with(db, old_key)
    assert opens_with(db, workbench.folder.keys.current_key)
    assert [(a, o, d) for a, o, d in journal(workbench, "vault.rotate-key")] == [
        ("vault.rotate-key.start", new_id, {}),
        ("vault.rotate-key", new_id, {"rewrapped": 5, "resumed": False}),
    ]
    workbench.close()

    reopened = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        assert list(reopened.folder.keys.ids()) == [new_id]
        assert_all_readable(reopened, filled)
        assert reopened.audit.verify().ok
        assert not opens_with(db, old_key)
    finally:
        reopened.close()


def test_rotation_interrupted_after_the_first_batch_is_finished_by_the_next_call(workbench, filled, data_dir,
                                                                                  clock):
    old_key = workbench.folder.keys.current_key
    before_blobs = blobs(data_dir)

    def crash_after_first_batch(done: int, total: int) -> None:
        if done > 0:
            raise Stop

    with pytest.raises(Stop):
        workbench.vault.rotate_master_key(crash_after_first_batch, batch=2)
    new_id = workbench.folder.keys.current
    assert len(list(workbench.folder.keys.ids())) == 2  # the old key is still there
    wrapped_by = [k for k, w in key_columns(workbench).values() if w is not None]
    assert sorted(wrapped_by).count(new_id) == 2  # one batch committed, the rest still under the old key
    assert_all_readable(workbench, filled)
    assert opens_with(data_dir / "workbench.db", old_key)  # not re-keyed yet
    workbench.close()

    # the next start (a new process) reads everything, then the next rotation finishes the job
    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        assert wb.folder.keys.current == new_id
        assert_all_readable(wb, filled)
        late = wb.documents.attach(register(wb), scan(42), "late.png")  # wrapped by the new key already
        report = wb.vault.rotate_master_key(batch=2)
        assert (report.resumed, report.rewrapped, report.new_key_id) == (True, 3, new_id)
        assert list(wb.folder.keys.ids()) == [new_id]
        assert {k for k, w in key_columns(wb).values() if w is not None} == {new_id}
        assert_all_readable(wb, {**filled, late.id: scan(42)})
        assert not opens_with(data_dir / "workbench.db", old_key)
        assert wb.audit.verify().ok
    finally:
        wb.close()
    after = blobs(data_dir)
    assert {k: after[k] for k in before_blobs} == before_blobs  # every blob byte-identical, none lost


def test_rotation_stopped_right_after_saving_the_new_ring_is_finished_next_time(workbench, filled, data_dir, clock):
    folder = workbench.folder
    old_key = folder.keys.current_key
    ring, new_id = folder.keys.with_new_key()
    folder.store.save(ring)  # the first step of a rotation, then the "crash"
    workbench.close()

    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        assert wb.folder.keys.current == new_id
        assert_all_readable(wb, filled)  # the database opens with the old key, the data keys with it too
        report = wb.vault.rotate_master_key()
        assert (report.resumed, report.rewrapped, report.new_key_id) == (True, 5, new_id)
        assert list(wb.folder.keys.ids()) == [new_id]
        assert_all_readable(wb, filled)
    finally:
        wb.close()
    assert not opens_with(data_dir / "workbench.db", old_key)


def test_rotation_stopped_after_the_rekey_only_drops_the_old_key_next_time(workbench, filled, data_dir, clock):
    old_key = workbench.folder.keys.current_key

    def crash_when_all_rewrapped(done: int, total: int) -> None:
        if done == total:
            raise Stop

    with pytest.raises(Stop):
        workbench.vault.rotate_master_key(crash_when_all_rewrapped)
    folder = workbench.folder
    workbench.db = folder.rekey_database(workbench.db, folder.keys.current_key)  # the next step, then the "crash"
    assert not opens_with(data_dir / "workbench.db", old_key)
    assert len(list(folder.keys.ids())) == 2
    workbench.close()

    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        assert_all_readable(wb, filled)
        report = wb.vault.rotate_master_key()
        assert (report.resumed, report.rewrapped) == (True, 0)
        assert list(wb.folder.keys.ids()) == [report.new_key_id]
        assert_all_readable(wb, filled)
    finally:
        wb.close()


def test_two_rotations_in_a_row(workbench, filled, data_dir):
    first = workbench.vault.rotate_master_key()
    second = workbench.vault.rotate_master_key()
    assert first.new_key_id != second.new_key_id
    assert (second.resumed, second.rewrapped) == (False, 5)
    assert list(workbench.folder.keys.ids()) == [second.new_key_id]
    assert_all_readable(workbench, filled)


def test_rotation_with_an_empty_vault(workbench, data_dir):
    register(workbench)
    report = workbench.vault.rotate_master_key()
    assert (report.resumed, report.rewrapped) == (False, 0)
    assert opens_with(data_dir / "workbench.db", workbench.folder.keys.current_key)
    assert workbench.requests.total() == 1


def test_a_damaged_wrapped_key_stops_the_rotation_without_losing_anything(workbench, filled, data_dir, clock):
    damaged = next(iter(filled))
    with workbench.db.transaction() as s:
        s.execute(text("UPDATE document SET wrapped_key = zeroblob(60) WHERE id = :i"), {"i": damaged})
    good = {k: v for k, v in filled.items() if k != damaged}
    with pytest.raises(VaultError):
        workbench.vault.rotate_master_key()
    assert_all_readable_but(workbench, good, damaged)
    workbench.close()
    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        assert_all_readable_but(wb, good, damaged)
        assert wb.audit.verify().ok
    finally:
        wb.close()


def assert_all_readable_but(wb: Workbench, good: dict[int, bytes], damaged: int) -> None:
    for doc_id, data in good.items():
        assert wb.documents.read(doc_id) == data
    assert [d for d, _ in wb.vault.check().damaged] == [damaged]


# --------------------------------------------------------------------------- #
# passphrase store: rotation and passphrase change
# --------------------------------------------------------------------------- #


@pytest.fixture
def passphrase_workbench(data_dir, clock):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse test keyring puts it back
    paths.ensure_data_dir(data_dir)
    ensure_install_id(data_dir / "keys")
    folder = DataFolder(path=data_dir, store=PassphraseFileStore(data_dir / "keys" / KEY_FILE_NAME,
                                                                 scrypt=FAST_SCRYPT))
    folder.create_keys(PASSPHRASE)
    wb = Workbench.from_folder(folder, clock=clock, actor="dpo-test")
    ref = register(wb)
    docs = {wb.documents.attach(ref, scan(i), f"scan-{i}.png").id: scan(i) for i in range(3)}
    yield wb, docs
    wb.close()


def test_change_passphrase_old_no_longer_works_new_does_nothing_else_changes(passphrase_workbench, data_dir, clock):
    wb, docs = passphrase_workbench
    ring = wb.folder.keys
    before_blobs = blobs(data_dir)
    key_file = data_dir / "keys" / KEY_FILE_NAME
    old_file = key_file.read_bytes()

    wb.vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)

    assert key_file.read_bytes() != old_file
    assert sorted(p.name for p in key_file.parent.iterdir()) == ["install-id", KEY_FILE_NAME]  # no temp file left
    with pytest.raises(WrongPassphrase):
        DataFolder.at(data_dir).unlock(PASSPHRASE)
    assert PassphraseFileStore(key_file).unlock(NEW_PASSPHRASE) == ring  # the same keys
    assert blobs(data_dir) == before_blobs
    assert journal(wb, "vault.change-passphrase") == [("vault.change-passphrase", "keys", {})]
    assert_all_readable(wb, docs)
    wb.close()

    with pytest.raises(WrongPassphrase):
        Workbench.open(data_dir, clock=clock, passphrase=PASSPHRASE)
    reopened = Workbench.open(data_dir, clock=clock, actor="dpo-test", passphrase=NEW_PASSPHRASE)
    try:
        assert reopened.folder.keys == ring
        assert_all_readable(reopened, docs)
        assert reopened.audit.verify().ok
    finally:
        reopened.close()


@pytest.mark.parametrize("old, new, error, message", [
    ("not the passphrase", NEW_PASSPHRASE, WrongPassphrase, "The passphrase is wrong."),
    (PASSPHRASE, "short", VaultError, "too short"),
    (PASSPHRASE, "   ", VaultError, "empty"),
])
def test_a_refused_passphrase_change_changes_nothing(passphrase_workbench, data_dir, old, new, error, message):
    wb, docs = passphrase_workbench
    key_file = data_dir / "keys" / KEY_FILE_NAME
    before = key_file.read_bytes()
    with pytest.raises(error, match=message):
        wb.vault.change_passphrase(old, new)
    assert key_file.read_bytes() == before
    assert journal(wb, "vault.change-passphrase") == []
    assert PassphraseFileStore(key_file).unlock(PASSPHRASE) == wb.folder.keys


def test_rotation_with_a_passphrase_store_keeps_the_passphrase(passphrase_workbench, data_dir, clock):
    wb, docs = passphrase_workbench
    report = wb.vault.rotate_master_key()
    assert report.rewrapped == 3
    wb.close()
    reopened = Workbench.open(data_dir, clock=clock, actor="dpo-test", passphrase=PASSPHRASE)
    try:
        assert list(reopened.folder.keys.ids()) == [report.new_key_id]
        assert_all_readable(reopened, docs)
    finally:
        reopened.close()


def test_change_passphrase_with_the_system_keyring_is_refused(workbench):
    with pytest.raises(InputError, match="there is no passphrase to change"):
        workbench.vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
