from __future__ import annotations

import os
from pathlib import Path

import pytest

from dpo_workbench.errors import InvalidBlobId, MissingBlob, VaultError
from dpo_workbench.vault.blobs import BlobStore
from dpo_workbench.vault.crypto import decrypt, encrypt, new_key


def test_new_ids_are_random_hex(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    ids = {store.new_id() for _ in range(100)}
    assert len(ids) == 100
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_write_read_delete(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "vault")
    blob_id = store.new_id()
    store.write(blob_id, b"ciphertext bytes")
    assert store.read(blob_id) == b"ciphertext bytes"
    assert store.exists(blob_id)
    assert store.ids() == {blob_id}
    assert (tmp_path / "vault" / blob_id).is_file()
    store.delete(blob_id)
    assert store.ids() == set()
    store.delete(blob_id)  # already gone: not an error
    with pytest.raises(MissingBlob, match=blob_id):
        store.read(blob_id)


def test_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    blob_id = store.new_id()
    store.write(blob_id, b"first")
    store.write(blob_id, bytearray(b"second"))
    assert store.read(blob_id) == b"second"
    assert sorted(os.listdir(tmp_path)) == [blob_id]


def test_files_are_private(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    store = BlobStore(tmp_path / "vault")
    blob_id = store.new_id()
    store.write(blob_id, b"x")
    assert store.path_of(blob_id).stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "vault").stat().st_mode & 0o077 == 0


def test_encrypted_round_trip_through_the_store(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    data_key = new_key()
    blob_id = store.new_id()
    plaintext = os.urandom(1_000_000)
    store.write(blob_id, encrypt(data_key, plaintext, aad=blob_id.encode()))
    assert decrypt(data_key, store.read(blob_id), aad=blob_id.encode()) == plaintext


@pytest.mark.parametrize(
    "bad_id",
    [
        "../etc/passwd",
        "..",
        "",
        "/tmp/x",
        "0" * 31,
        "0" * 33,
        "A" * 32,
        "g" * 32,
        "0" * 30 + "/.",
        "0" * 31 + "\n",
        ".{}.tmp".format("0" * 32),
        None,
    ],
)
def test_ids_that_could_escape_are_refused(tmp_path: Path, bad_id: object) -> None:
    store = BlobStore(tmp_path / "vault")
    for operation in (
        lambda: store.write(bad_id, b"x"),  # type: ignore[arg-type]
        lambda: store.read(bad_id),  # type: ignore[arg-type]
        lambda: store.delete(bad_id),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidBlobId):
            operation()
    assert os.listdir(tmp_path / "vault") == []
    assert issubclass(InvalidBlobId, VaultError) and issubclass(InvalidBlobId, ValueError)


def test_ids_and_leftovers_ignore_foreign_files(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    finished = store.new_id()
    store.write(finished, b"done")
    crashed = store.new_id()
    leftover = tmp_path / f".{crashed}.tmp"
    leftover.write_bytes(b"half")
    (tmp_path / "notes.txt").write_text("not a blob")
    (tmp_path / store.new_id().upper()).write_text("not a blob id either")
    (tmp_path / ("0" * 32)).mkdir()
    assert store.ids() == {finished}
    assert store.leftovers() == [leftover]
    assert store.remove_leftovers() == 1
    assert store.leftovers() == []
    assert (tmp_path / "notes.txt").exists()
    assert store.read(finished) == b"done"


def test_a_leftover_of_the_same_id_is_overwritten(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    blob_id = store.new_id()
    (tmp_path / f".{blob_id}.tmp").write_bytes(b"x" * 1000)
    store.write(blob_id, b"short")
    assert store.read(blob_id) == b"short"
    assert store.leftovers() == []


def test_failed_write_keeps_the_old_blob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = BlobStore(tmp_path)
    blob_id = store.new_id()
    store.write(blob_id, b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError("I/O error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="I/O error"):
        store.write(blob_id, b"new")
    monkeypatch.undo()
    assert store.read(blob_id) == b"old"
    assert store.leftovers() == []


def test_a_batch_is_made_durable_by_flushing_the_vault_file_system_only(tmp_path, monkeypatch):
    """Never os.sync(): it would flush every disk of the machine (a network drive, a USB stick)."""
    import os

    from dpo_workbench.vault import _atomic, blobs

    monkeypatch.setattr(os, "sync", lambda: (_ for _ in ()).throw(AssertionError("os.sync called")))
    flushed = []
    real = _atomic.sync_file_system
    monkeypatch.setattr(blobs, "sync_file_system", lambda folder: flushed.append(folder) or real(folder))
    store = blobs.BlobStore(tmp_path / "vault")
    ids = [store.new_id() for _ in range(6)]
    for blob_id in ids:
        store.write(blob_id, b"x" * 10, durable=False)
    store.make_durable(ids)
    assert flushed == [store.root]
    assert all(store.read(blob_id) == b"x" * 10 for blob_id in ids)
