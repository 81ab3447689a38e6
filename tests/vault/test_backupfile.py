"""The backup file format: streamed, authenticated chunks; any cut, swap or change is caught."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_workbench.errors import BackupDamaged, BackupError, RecoveryKeyError, WrongPassphrase
from dpo_workbench.vault import backupfile
from dpo_workbench.vault.keystore import MasterKeys, PassphraseFileStore
from dpo_workbench.vault.recovery import RecoveryFile, RecoveryKey

from .conftest import FAST_SCRYPT

CHUNK = 1024  # small chunks: many of them in a small file
NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)


def write(path: Path, payload: bytes, *, ring: MasterKeys | None = None, extra: list | None = None,
          pieces: int = 7) -> tuple[bytes, MasterKeys]:
    ring = ring or MasterKeys.generate()
    file_key = backupfile.new_file_key()
    fields = {"id": "ab" * 16, "created": NOW.isoformat(), "reason": "manual", "schema": "0008",
              "recipients": [backupfile.master_recipient(ring, file_key, "ab" * 16), *(extra or [])]}
    writer = backupfile.BackupWriter(path, fields, file_key, chunk_size=CHUNK)
    step = max(1, len(payload) // pieces)
    for start in range(0, len(payload), step):  # written in uneven pieces, as tarfile does
        writer.write(payload[start:start + step])
    writer.commit()
    return file_key, ring


def read_all(path: Path, ring: MasterKeys) -> bytes:
    header = backupfile.read_header(path)
    file_key = backupfile.open_with_ring(header, ring)
    assert file_key is not None
    reader = backupfile.BackupReader(header, file_key)
    try:
        data = reader.read()
        reader.finish()
    finally:
        reader.close()
    return data


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17])
def test_what_is_written_reads_back(tmp_path, size):
    payload = os.urandom(size)
    _, ring = write(tmp_path / "b.dpobak", payload)
    assert read_all(tmp_path / "b.dpobak", ring) == payload
    header = backupfile.read_header(tmp_path / "b.dpobak")
    backupfile.check_end(header, backupfile.open_with_ring(header, ring))


def test_the_file_holds_nothing_in_clear_and_is_private(tmp_path):
    payload = b"Elodie Lefevre, 12 rue des Lilas " * 200
    write(tmp_path / "b.dpobak", payload)
    data = (tmp_path / "b.dpobak").read_bytes()
    assert b"Lefevre" not in data and b"Lilas" not in data
    assert (tmp_path / "b.dpobak").stat().st_mode & 0o077 == 0


def test_nothing_is_under_the_final_name_until_commit_and_abort_leaves_nothing(tmp_path):
    ring = MasterKeys.generate()
    key = backupfile.new_file_key()
    writer = backupfile.BackupWriter(tmp_path / "b.dpobak", {"id": "cd" * 16, "recipients": [
        backupfile.master_recipient(ring, key, "cd" * 16)]}, key, chunk_size=CHUNK)
    writer.write(os.urandom(5 * CHUNK))
    assert not (tmp_path / "b.dpobak").exists()
    assert [p.name for p in tmp_path.iterdir()] == [".b.dpobak.tmp"]
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_an_unfinished_file_renamed_by_hand_does_not_read(tmp_path):
    """What a killed backup leaves (its temporary file) never passes for a backup, even renamed."""
    ring = MasterKeys.generate()
    key = backupfile.new_file_key()
    writer = backupfile.BackupWriter(tmp_path / "b.dpobak", {"id": "cd" * 16, "recipients": [
        backupfile.master_recipient(ring, key, "cd" * 16)]}, key, chunk_size=CHUNK)
    writer.write(os.urandom(5 * CHUNK + 100))
    os.replace(writer.temp, tmp_path / "renamed.dpobak")
    with pytest.raises(BackupDamaged) as caught:
        read_all(tmp_path / "renamed.dpobak", ring)
    assert caught.value.code == "backup.truncated"
    header = backupfile.read_header(tmp_path / "renamed.dpobak")
    with pytest.raises(BackupDamaged):
        backupfile.check_end(header, key)


def _cut(path: Path, keep: int) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:keep])


def test_a_file_cut_between_two_chunks_is_incomplete(tmp_path):
    _, ring = write(tmp_path / "b.dpobak", os.urandom(4 * CHUNK + 10))
    header = backupfile.read_header(tmp_path / "b.dpobak")
    _cut(tmp_path / "b.dpobak", header.body_offset + 2 * (CHUNK + 16))
    with pytest.raises(BackupDamaged) as caught:
        read_all(tmp_path / "b.dpobak", ring)
    assert caught.value.code == "backup.truncated"
    with pytest.raises(BackupDamaged) as caught:
        backupfile.check_end(header, backupfile.open_with_ring(header, ring))
    assert caught.value.code == "backup.truncated"
    assert "incomplete" in str(caught.value)


@pytest.mark.parametrize("where", ["in a chunk", "in the header"])
def test_a_file_cut_anywhere_else_is_damaged(tmp_path, where):
    _, ring = write(tmp_path / "b.dpobak", os.urandom(4 * CHUNK + 10))
    header = backupfile.read_header(tmp_path / "b.dpobak")
    _cut(tmp_path / "b.dpobak", header.body_offset + CHUNK + 100 if where == "in a chunk" else 30)
    with pytest.raises(BackupDamaged):
        read_all(tmp_path / "b.dpobak", ring)


@pytest.mark.parametrize("offset", ["header json", "first chunk", "middle chunk", "last byte"])
def test_one_changed_byte_anywhere_is_caught(tmp_path, offset):
    _, ring = write(tmp_path / "b.dpobak", os.urandom(4 * CHUNK + 10))
    path = tmp_path / "b.dpobak"
    header = backupfile.read_header(path)
    data = bytearray(path.read_bytes())
    position = {"header json": header.raw.index(b'"manual"') + 2, "first chunk": header.body_offset + 5,
                "middle chunk": header.body_offset + 2 * (CHUNK + 16) + 300, "last byte": len(data) - 1}[offset]
    data[position] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged) as caught:
        read_all(path, ring)
    assert caught.value.code == "backup.damaged"


def test_chunks_swapped_or_appended_are_caught(tmp_path):
    _, ring = write(tmp_path / "b.dpobak", os.urandom(4 * CHUNK + 10))
    path = tmp_path / "b.dpobak"
    header = backupfile.read_header(path)
    data = path.read_bytes()
    body, sealed = data[header.body_offset:], CHUNK + 16
    chunks = [body[i:i + sealed] for i in range(0, len(body), sealed)]
    chunks[1], chunks[2] = chunks[2], chunks[1]
    path.write_bytes(header.raw + b"".join(chunks))
    with pytest.raises(BackupDamaged):
        read_all(path, ring)
    path.write_bytes(data + data[header.body_offset:header.body_offset + sealed])
    with pytest.raises(BackupDamaged):
        read_all(path, ring)


@pytest.mark.parametrize("content", [b"", b"%PDF-1.7\n" + os.urandom(200), b"SQLite format 3\x00" + bytes(100),
                                     b"DPOW"])
def test_another_kind_of_file_is_not_a_backup(tmp_path, content):
    path = tmp_path / "x.dpobak"
    path.write_bytes(content)
    with pytest.raises(BackupError) as caught:
        backupfile.read_header(path)
    assert caught.value.code == "backup.not-a-backup"
    assert not isinstance(caught.value, BackupDamaged)


def test_a_newer_format_is_refused_as_such(tmp_path):
    _, ring = write(tmp_path / "b.dpobak", b"x")
    data = bytearray((tmp_path / "b.dpobak").read_bytes())
    data[8] = 2
    (tmp_path / "b.dpobak").write_bytes(bytes(data))
    with pytest.raises(BackupError) as caught:
        backupfile.read_header(tmp_path / "b.dpobak")
    assert caught.value.code == "backup.format-newer"


def test_the_recovery_key_and_the_passphrase_open_it_too(tmp_path):
    ring = MasterKeys.generate()
    recovery, key = RecoveryFile.create(tmp_path / "recovery.json", ring, NOW)
    store = PassphraseFileStore(tmp_path / "master-keys.json", scrypt=FAST_SCRYPT)
    store.save(ring, "correct horse battery staple")
    file_key = backupfile.new_file_key()
    extra = [backupfile.recovery_recipient(recovery.escrowed_kek(ring), recovery.salt, file_key, "ab" * 16),
             backupfile.key_file_recipient(store.document())]
    fields = {"id": "ab" * 16, "recipients": [backupfile.master_recipient(ring, file_key, "ab" * 16), *extra]}
    writer = backupfile.BackupWriter(tmp_path / "b.dpobak", fields, file_key, chunk_size=CHUNK)
    writer.write(b"payload")
    writer.commit()
    header = backupfile.read_header(tmp_path / "b.dpobak")

    assert backupfile.open_with_recovery_key(header, key) == file_key
    assert backupfile.open_with_passphrase(header, "correct horse battery staple") == ring
    assert backupfile.open_with_ring(header, MasterKeys.generate()) is None  # another folder's keys
    with pytest.raises(RecoveryKeyError) as caught:
        backupfile.open_with_recovery_key(header, RecoveryKey.generate())
    assert caught.value.code == "backup.recovery-key-wrong"
    with pytest.raises(WrongPassphrase):
        backupfile.open_with_passphrase(header, "not the passphrase")
