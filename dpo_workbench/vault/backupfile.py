"""The backup file: a clear header naming who may open it, then an encrypted, authenticated stream.

Layout::

    b"DPOWBAK\\0" | version (1 byte) | header length (4 bytes, big-endian) | header (JSON, UTF-8)
    | chunk 0 | chunk 1 | ... | final chunk

The header holds nothing personal: the backup's random id, when and why it
was made, the application and schema versions, the data folder's random
install id, the chunk size, and the *recipients*: the random 256-bit file key
wrapped once per way of opening the file:

* ``master-key``: wrapped (AES-256-GCM) under a key derived from the master
  key (HKDF, label "dpo-workbench backup v1"), named by the master key's id;
* ``recovery-key``: wrapped under the recovery key's KEK (see ``recovery``),
  with the salt needed to derive it from the typed key;
* ``key-file``: the passphrase-protected key file itself (already encrypted
  with scrypt), so that the passphrase alone opens the ring on another computer.

The body is the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár,
2015; the one age and Tink use): the plaintext is cut into chunks of
``chunk_size`` bytes, each encrypted with AES-256-GCM under the file key with
the nonce ``counter (11 bytes) | last (1 byte)`` and the SHA-256 of the header
as associated data. So a changed header, a changed, swapped or removed chunk,
and a file cut short anywhere (even between two chunks: the last chunk it
keeps was not written as the last) all fail authentication. The file key is
fresh for each backup, so the counter nonces never repeat under a key.

A file is written as a hidden temporary file in the target folder, fsynced,
then renamed to its ``.dpobak`` name: a process killed while writing leaves
only a hidden ``.tmp`` file, which lacks its final chunk and never verifies.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import struct
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpo_workbench.errors import BackupDamaged, BackupError, RecoveryKeyError, TamperedError

from ._atomic import fsync_dir
from .crypto import KEY_SIZE, TAG_SIZE, key_id, new_key, unwrap_key, wrap_key
from .keystore import MasterKeys, embedded_key_file
from .recovery import RecoveryKey, derive_kek

__all__ = [
    "MAGIC",
    "SUFFIX",
    "CHUNK_SIZE",
    "BackupHeader",
    "BackupWriter",
    "BackupReader",
    "read_header",
    "master_recipient",
    "recovery_recipient",
    "key_file_recipient",
    "open_with_ring",
    "open_with_recovery_key",
    "open_with_passphrase",
]

MAGIC = b"DPOWBAK\x00"
FORMAT_VERSION = 1
SUFFIX = ".dpobak"
CHUNK_SIZE = 1 << 20
MAX_HEADER = 1 << 20
_PREFIX = struct.Struct(">8sBI")
_WRAP_INFO = b"dpo-workbench backup v1"
_FILE_KEY_AAD = b"dpo-workbench backup file key v1|"
CIPHER = "AES-256-GCM STREAM"


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _wrapping_key(master: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=_WRAP_INFO).derive(master)


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    import base64
    import binascii

    if not isinstance(text, str):
        raise ValueError("not a string")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None


# -- the header -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupHeader:
    """What can be read of a backup without a key (nothing personal)."""

    path: Path
    raw: bytes  # prefix + JSON, exactly as stored: its SHA-256 is every chunk's associated data
    fields: dict[str, Any]

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.raw).digest()

    @property
    def body_offset(self) -> int:
        return len(self.raw)

    @property
    def id(self) -> str:
        return str(self.fields.get("id", ""))

    @property
    def created(self) -> str:
        return str(self.fields.get("created", ""))

    @property
    def reason(self) -> str:
        return str(self.fields.get("reason", ""))

    @property
    def schema(self) -> str:
        return str(self.fields.get("schema", ""))

    @property
    def app_version(self) -> str:
        return str(self.fields.get("app_version", ""))

    @property
    def install_id(self) -> str:
        return str(self.fields.get("install_id", ""))

    @property
    def chunk_size(self) -> int:
        return int(self.fields["chunk_size"])

    @property
    def recipients(self) -> list[dict[str, Any]]:
        return [r for r in self.fields.get("recipients", []) if isinstance(r, dict)]

    def recipient(self, kind: str) -> dict[str, Any] | None:
        return next((r for r in self.recipients if r.get("type") == kind), None)

    @property
    def recovery_id(self) -> str | None:
        r = self.recipient("recovery-key")
        return str(r["id"]) if r and "id" in r else None


def encode_header(fields: dict[str, Any]) -> bytes:
    body = json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return _PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body


def read_header(path: Path) -> BackupHeader:
    """The clear header; BackupError if the file is not a backup, BackupDamaged if its header is cut or altered."""
    try:
        with open(path, "rb") as f:
            prefix = f.read(_PREFIX.size)
            if len(prefix) < len(MAGIC) or prefix[: len(MAGIC)] != MAGIC:
                raise BackupError("backup.not-a-backup", path=path)
            if len(prefix) < _PREFIX.size:
                raise BackupDamaged("backup.truncated", path=path)
            _magic, version, length = _PREFIX.unpack(prefix)
            if version != FORMAT_VERSION:
                raise BackupError("backup.format-newer", path=path, version=version, supported=FORMAT_VERSION)
            if length > MAX_HEADER:
                raise BackupDamaged("backup.damaged", path=path, detail="header")
            body = f.read(length)
    except FileNotFoundError:
        raise BackupError("file.not-found", path=path) from None
    except IsADirectoryError:
        raise BackupError("file.is-folder", path=path) from None
    except PermissionError as exc:
        raise BackupError("file.unreadable", path=path, reason=exc.strerror or "permission denied") from None
    if len(body) < length:
        raise BackupDamaged("backup.truncated", path=path)
    try:
        fields = json.loads(body)
        if not isinstance(fields, dict):
            raise ValueError("not an object")
        int(fields["chunk_size"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise BackupDamaged("backup.damaged", path=path, detail="header") from None
    if not 1024 <= int(fields["chunk_size"]) <= 64 << 20 or fields.get("cipher") != CIPHER:
        raise BackupDamaged("backup.damaged", path=path, detail="header")
    return BackupHeader(path=path, raw=prefix + body, fields=fields)


# -- recipients: the ways to open the file key ------------------------------------------------------


def _file_key_aad(backup_id: str) -> bytes:
    return _FILE_KEY_AAD + backup_id.encode("ascii")


def master_recipient(ring: MasterKeys, file_key: bytes, backup_id: str) -> dict[str, Any]:
    wrapped = wrap_key(_wrapping_key(ring.current_key), file_key, aad=_file_key_aad(backup_id))
    return {"type": "master-key", "key_id": ring.current, "wrapped": _b64(wrapped)}


def recovery_recipient(kek: bytes, salt: bytes, file_key: bytes, backup_id: str) -> dict[str, Any]:
    wrapped = wrap_key(kek, file_key, aad=_file_key_aad(backup_id))
    return {"type": "recovery-key", "id": key_id(kek), "salt": _b64(salt), "wrapped": _b64(wrapped)}


def key_file_recipient(document: dict[str, Any]) -> dict[str, Any]:
    return {"type": "key-file", "key_file": document}


def _unwrap(header: BackupHeader, recipient: dict[str, Any], kek: bytes) -> bytes:
    try:
        wrapped = _unb64(recipient.get("wrapped"))
        return unwrap_key(kek, wrapped, aad=_file_key_aad(header.id))
    except (ValueError, TamperedError):
        raise BackupDamaged("backup.damaged", path=header.path, detail="header") from None


def open_with_ring(header: BackupHeader, ring: MasterKeys) -> bytes | None:
    """The file key, if a key of this ring opens the backup; None if it holds none of its keys.

    A backup may name several master keys (the one made before a restore also opens with the
    restored folder's key).
    """
    ids = set(ring.ids())
    for recipient in header.recipients:
        if recipient.get("type") == "master-key" and str(recipient.get("key_id")) in ids:
            return _unwrap(header, recipient, _wrapping_key(ring.get(str(recipient["key_id"]))))
    return None


def open_with_recovery_key(header: BackupHeader, key: RecoveryKey) -> bytes:
    """The file key from the recovery key; RecoveryKeyError if it is not the key of this backup."""
    recipient = header.recipient("recovery-key")
    if recipient is None:
        raise RecoveryKeyError("backup.no-recovery-key", path=header.path)
    try:
        salt = _unb64(recipient.get("salt"))
    except ValueError:
        raise BackupDamaged("backup.damaged", path=header.path, detail="header") from None
    kek = derive_kek(key, salt)
    if key_id(kek) != str(recipient.get("id")):
        raise RecoveryKeyError("backup.recovery-key-wrong", path=header.path)
    return _unwrap(header, recipient, kek)


def open_with_passphrase(header: BackupHeader, passphrase: str) -> MasterKeys | None:
    """The key ring from the key file the backup carries (None if the folder used a keyring)."""
    recipient = header.recipient("key-file")
    if recipient is None or not isinstance(recipient.get("key_file"), dict):
        return None
    return embedded_key_file(recipient["key_file"], header.path).unlock(passphrase)


# -- writing ------------------------------------------------------------------------------------------


class BackupWriter(io.RawIOBase):
    """Encrypts what is written into a hidden temporary file; `commit()` seals and renames it into place.

    Only whole chunks are encrypted as they fill; the final chunk (0 to
    chunk_size bytes) is sealed by `commit()`. Any failure before that leaves
    no file under the final name (`abort()` removes the temporary one).
    """

    def __init__(self, target: Path, fields: dict[str, Any], file_key: bytes, chunk_size: int = CHUNK_SIZE):
        super().__init__()
        self.target = target
        self.temp = target.with_name(f".{target.name}.tmp")
        self.header = encode_header({**fields, "chunk_size": chunk_size, "cipher": CIPHER})
        self._aad = hashlib.sha256(self.header).digest()
        self._cipher = AESGCM(file_key)
        self._chunk = chunk_size
        self._buffer = bytearray()
        self._counter = 0
        self.written = 0
        self._fd: int | None = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                                       0o600)
        try:
            self._write_out(self.header)
        except BaseException:
            self.abort()
            raise

    def writable(self) -> bool:
        return True

    def _write_out(self, data: bytes | bytearray | memoryview) -> None:
        assert self._fd is not None, "the backup file is closed"
        view = memoryview(data).cast("B")
        while view:
            n = os.write(self._fd, view)
            if n == 0:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            view = view[n:]
        self.written += len(data)

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._buffer += view
        if len(self._buffer) > self._chunk:
            cut = (len(self._buffer) - 1) // self._chunk * self._chunk  # keep at least one byte for the end
            whole = memoryview(self._buffer)[:cut]
            for start in range(0, cut, self._chunk):
                self._seal(whole[start:start + self._chunk], last=False)
            whole.release()
            del self._buffer[:cut]
        return len(view)

    def _seal(self, plain: bytes | bytearray | memoryview, *, last: bool) -> None:
        self._write_out(self._cipher.encrypt(_nonce(self._counter, last), bytes(plain), self._aad))
        self._counter += 1

    def commit(self) -> Path:
        """Seal the final chunk, make the file durable, rename it to its name. Returns the path."""
        self._seal(self._buffer, last=True)
        self._buffer = bytearray()
        assert self._fd is not None
        os.fsync(self._fd)
        os.close(self._fd)
        self._fd = None
        os.replace(self.temp, self.target)
        fsync_dir(self.target.parent)
        return self.target

    def abort(self) -> None:
        """Give up: close and remove the temporary file (never a file that could look finished)."""
        if self._fd is not None:
            try:
                os.close(self._fd)
            finally:
                self._fd = None
        with suppress(FileNotFoundError):
            os.unlink(self.temp)

    def close(self) -> None:
        if self._fd is not None:
            self.abort()
        super().close()


# -- reading ------------------------------------------------------------------------------------------


class BackupReader(io.RawIOBase):
    """Decrypts and authenticates the stream chunk by chunk; BackupDamaged on any mismatch or early end."""

    def __init__(self, header: BackupHeader, file_key: bytes):
        super().__init__()
        self.header = header
        self._cipher = AESGCM(file_key)
        self._aad = header.digest
        self._sealed_size = header.chunk_size + TAG_SIZE
        self._file = io.BufferedReader(io.FileIO(header.path, "rb"), buffer_size=self._sealed_size + 1)
        self._file.seek(header.body_offset)
        self._counter = 0
        self._plain = b""
        self._pos = 0
        self.finished = False
        self.read_bytes = header.body_offset

    def readable(self) -> bool:
        return True

    def _next_chunk(self) -> bool:
        if self.finished:
            return False
        sealed = self._file.read(self._sealed_size)
        self.read_bytes += len(sealed)
        last = len(sealed) < self._sealed_size or not self._file.peek(1)
        if len(sealed) < TAG_SIZE:
            raise BackupDamaged("backup.truncated", path=self.header.path)
        try:
            self._plain = self._cipher.decrypt(_nonce(self._counter, last), sealed, self._aad)
        except InvalidTag:
            raise _failure(self._cipher, self.header, self._counter, sealed, last) from None
        self._pos = 0
        self._counter += 1
        self.finished = last
        return True

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            parts: list[bytes] = []
            while True:
                part = self.read(self.header.chunk_size)
                if not part:
                    return b"".join(parts)
                parts.append(part)
        while self._pos >= len(self._plain):
            if not self._next_chunk():
                return b""
        part = self._plain[self._pos:self._pos + size]
        self._pos += len(part)
        return part

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def finish(self) -> None:
        """Read to the end: the stream must end with its final chunk and nothing after it."""
        while self._next_chunk():
            if self._pos < len(self._plain) and self._plain[self._pos:].strip(b"\0"):
                raise BackupDamaged("backup.damaged", path=self.header.path, detail="content")
        if self._pos < len(self._plain) and self._plain[self._pos:].strip(b"\0"):
            raise BackupDamaged("backup.damaged", path=self.header.path, detail="content")

    def close(self) -> None:
        self._file.close()
        super().close()


def check_end(header: BackupHeader, file_key: bytes) -> None:
    """Authenticate only the final chunk: a cheap check that the file is complete (not cut short, sealed).

    BackupDamaged otherwise. A full check reads every chunk (`BackupReader`).
    """
    size = header.path.stat().st_size
    body = size - header.body_offset
    sealed = header.chunk_size + TAG_SIZE
    if body < TAG_SIZE:
        raise BackupDamaged("backup.truncated", path=header.path)
    index = (body - 1) // sealed
    with open(header.path, "rb") as f:
        f.seek(header.body_offset + index * sealed)
        data = f.read()
    cipher = AESGCM(file_key)
    try:
        cipher.decrypt(_nonce(index, True), data, header.digest)
    except InvalidTag:
        raise _failure(cipher, header, index, data, True) from None


def _failure(cipher: AESGCM, header: BackupHeader, index: int, sealed: bytes, last: bool) -> BackupDamaged:
    """Why a chunk failed: a whole chunk that was not written as the last one means the file was cut short."""
    if last:
        try:
            cipher.decrypt(_nonce(index, False), sealed, header.digest)
            return BackupDamaged("backup.truncated", path=header.path)
        except InvalidTag:
            pass
    return BackupDamaged("backup.damaged", path=header.path, detail="content")


def new_file_key() -> bytes:
    return new_key()


def recipients_summary(recipients: Iterable[dict[str, Any]]) -> list[str]:
    """The kinds of key that open a backup ("master-key", "recovery-key", "key-file")."""
    return [str(r.get("type")) for r in recipients]
