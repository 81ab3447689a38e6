"""Encrypted files on disk, named by random ids.

The store only moves bytes: callers hand it ciphertext made by
``crypto.encrypt``. File names are random hex ids, never anything derived
from a person, so a listing of the folder reveals nothing.

Writes go through a temporary ``.<id>.tmp`` file renamed into place, so a
crash (or a killed process) leaves finished blobs intact and at most a
temporary file, which :meth:`BlobStore.leftovers` finds and
:meth:`BlobStore.remove_leftovers` deletes.
"""

from __future__ import annotations

import os
import re
import secrets
from contextlib import suppress
from pathlib import Path

from dpo_workbench.errors import InvalidBlobId, MissingBlob

from ._atomic import atomic_write, fsync_dir, sync_file_system

__all__ = ["BlobStore", "BLOB_ID_BYTES", "check_blob_id"]

BLOB_ID_BYTES = 16
_ID_PATTERN = re.compile(rf"[0-9a-f]{{{BLOB_ID_BYTES * 2}}}")
_LEFTOVER_PATTERN = re.compile(rf"\.([0-9a-f]{{{BLOB_ID_BYTES * 2}}})\.tmp")


def check_blob_id(blob_id: str) -> str:
    """The id, if it is one a store may hold (32 lowercase hex digits); InvalidBlobId otherwise."""
    return _check_id(blob_id)


def _check_id(blob_id: str) -> str:
    if not isinstance(blob_id, str) or not _ID_PATTERN.fullmatch(blob_id):
        raise InvalidBlobId("vault.blob-id-invalid", digits=BLOB_ID_BYTES * 2)
    return blob_id


class BlobStore:
    """A folder of encrypted blobs, one file per blob id."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)

    def __repr__(self) -> str:
        return f"BlobStore({str(self.root)!r})"

    @staticmethod
    def new_id() -> str:
        """A fresh random id (128 bits, hex)."""
        return secrets.token_hex(BLOB_ID_BYTES)

    def path_of(self, blob_id: str) -> Path:
        """Where a blob lives (for diagnostics and backups; it stays encrypted)."""
        return self.root / _check_id(blob_id)

    def _temp_path(self, blob_id: str) -> Path:
        return self.root / f".{blob_id}.tmp"

    def write(self, blob_id: str, data: bytes | bytearray, *, durable: bool = True) -> None:
        """Store ``data`` under ``blob_id`` atomically (replaces an existing blob).

        ``durable=False`` skips the fsyncs: call :meth:`make_durable` for a group of
        blobs before committing anything that refers to them (batch imports).
        """
        path = self.path_of(blob_id)
        atomic_write(path, data, temp_path=self._temp_path(blob_id), durable=durable)

    def make_durable(self, blob_ids: list[str]) -> None:
        """Flush blobs written with ``durable=False`` to the disk, with their names."""
        if not blob_ids:
            return
        if len(blob_ids) <= 4 or not sync_file_system(self.root):  # one flush of the vault's file system
            for blob_id in blob_ids:
                fd = os.open(self.path_of(blob_id), os.O_RDONLY | getattr(os, "O_BINARY", 0))
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
        fsync_dir(self.root)

    def read(self, blob_id: str) -> bytes:
        """The stored bytes; :class:`MissingBlob` if the file is gone."""
        path = self.path_of(blob_id)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise MissingBlob("vault.blob-missing", blob=blob_id, folder=self.root) from None

    def exists(self, blob_id: str) -> bool:
        return self.path_of(blob_id).is_file()

    def delete(self, blob_id: str) -> None:
        """Remove a blob; deleting a blob that is already gone is not an error.

        The bytes may survive on the disk, but without the data key (deleted
        with the database row) they are unreadable.
        """
        path = self.path_of(blob_id)
        try:
            path.unlink()
        except FileNotFoundError:
            return
        fsync_dir(self.root)

    def ids(self) -> set[str]:
        """Ids of the finished blobs (temporary files are not included)."""
        with os.scandir(self.root) as entries:
            return {
                entry.name
                for entry in entries
                if _ID_PATTERN.fullmatch(entry.name) and entry.is_file()
            }

    def leftovers(self) -> list[Path]:
        """Temporary files left by an interrupted write, sorted by name."""
        with os.scandir(self.root) as entries:
            return sorted(
                Path(entry.path)
                for entry in entries
                if _LEFTOVER_PATTERN.fullmatch(entry.name) and entry.is_file()
            )

    def remove_leftovers(self) -> int:
        """Delete the temporary files of interrupted writes; returns how many.

        Call it when no other process writes to this folder (e.g. at start-up).
        """
        removed = 0
        for path in self.leftovers():
            with suppress(FileNotFoundError):
                path.unlink()
                removed += 1
        if removed:
            fsync_dir(self.root)
        return removed
