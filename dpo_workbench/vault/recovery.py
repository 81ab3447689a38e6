"""The recovery key: a third way to the master keys, written on paper, for when the other two are lost.

The master key ring normally sits in the system keyring or in a key file
under a passphrase. A lost keyring entry or a forgotten passphrase would lose
every case; the recovery key prevents that. It is 160 random bits shown once
as eight groups of five characters (Crockford base32, so 0/O and 1/I/L read
alike), the fifth character of each group a check character bound to the
group's position: a typing error is caught, and named by its group, before
any decryption is tried.

``keys/recovery.json`` holds the ring encrypted under a key-encryption key
(KEK) derived from the recovery key (HKDF-SHA256 with a random salt: the key
is random and long, a slow KDF would add nothing). It also holds the KEK
wrapped by the current master key (the *escrow*): whoever has the master key
can re-wrap the ring after a key rotation, and wrap the file key of each
backup for the recovery key, without the recovery key being typed again.
A new recovery key replaces the file: the old one then opens nothing new.

Format of ``recovery.json`` (version 1)::

    {"format": "dpo-workbench recovery", "version": 1, "id": <key id of the KEK>,
     "created": <ISO UTC>, "kdf": "HKDF-SHA256", "salt": <b64, 16 bytes>,
     "cipher": "AES-256-GCM", "nonce": <b64>, "ring": <b64 AES-GCM of the ring JSON>,
     "escrow_key": <master key id>, "escrow": <b64 wrapped KEK>}
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpo_workbench.errors import RecoveryKeyError, TamperedError, VaultError

from ._atomic import atomic_write
from .crypto import KEY_SIZE, NONCE_SIZE, key_id, unwrap_key, wrap_key
from .keystore import MasterKeys

__all__ = [
    "RECOVERY_FILE_NAME",
    "RECOVERY_KEY_ENV",
    "GROUPS",
    "RecoveryKey",
    "RecoveryFile",
    "derive_kek",
    "recovery_key_from_env",
]

RECOVERY_FILE_NAME = "recovery.json"  # in keys/ (DataFolder.recovery_path)
RECOVERY_KEY_ENV = "DPO_WORKBENCH_RECOVERY_KEY"
FORMAT = "dpo-workbench recovery"
VERSION = 1

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U
_READ_AS = {"O": "0", "I": "1", "L": "1"}  # what a person may type for a digit
SECRET_BYTES = 20  # 160 bits
GROUPS = 8
DATA_PER_GROUP = 4  # 8 x 4 characters x 5 bits = 160 bits
GROUP_SIZE = DATA_PER_GROUP + 1
SALT_SIZE = 16

_KDF_INFO = b"dpo-workbench recovery key v1"
_CHECK_LABEL = b"dpo-workbench recovery check"
_RING_AAD = b"dpo-workbench recovery ring v1|"
_ESCROW_AAD = b"dpo-workbench recovery escrow v1|"


def _check_char(group: int, data: str) -> str:
    digest = hashlib.sha256(_CHECK_LABEL + bytes([group]) + data.encode("ascii")).digest()
    return ALPHABET[digest[0] & 31]


@dataclass(frozen=True)
class RecoveryKey:
    """The secret itself (never logged, never stored: shown once, then on paper only)."""

    secret: bytes

    def __repr__(self) -> str:  # never show the secret
        return "RecoveryKey(…)"

    @classmethod
    def generate(cls) -> RecoveryKey:
        return cls(os.urandom(SECRET_BYTES))

    @property
    def groups(self) -> list[str]:
        """The eight groups as they are written down: four characters and a check character each."""
        number = int.from_bytes(self.secret, "big")
        chars = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(SECRET_BYTES * 8 // 5)))
        out = []
        for g in range(GROUPS):
            data = chars[g * DATA_PER_GROUP:(g + 1) * DATA_PER_GROUP]
            out.append(data + _check_char(g, data))
        return out

    @property
    def text(self) -> str:
        return "-".join(self.groups)

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Read a typed key: spaces, dashes and case do not matter; O reads as 0, I and L as 1.

        RecoveryKeyError names the first group with a typing error.
        """
        if not isinstance(text, str):
            raise RecoveryKeyError("recovery.key-length", count=0, expected=GROUPS * GROUP_SIZE)
        cleaned = "".join(_READ_AS.get(c, c) for c in text.upper() if not c.isspace() and c not in "-_.")
        if len(cleaned) != GROUPS * GROUP_SIZE:
            raise RecoveryKeyError("recovery.key-length", count=len(cleaned), expected=GROUPS * GROUP_SIZE)
        data = []
        for g in range(GROUPS):
            group = cleaned[g * GROUP_SIZE:(g + 1) * GROUP_SIZE]
            if any(c not in ALPHABET for c in group) or _check_char(g, group[:DATA_PER_GROUP]) != group[-1]:
                raise RecoveryKeyError("recovery.key-typo", group=g + 1)
            data.append(group[:DATA_PER_GROUP])
        number = 0
        for c in "".join(data):
            number = (number << 5) | ALPHABET.index(c)
        return cls(number.to_bytes(SECRET_BYTES, "big"))


def derive_kek(key: RecoveryKey, salt: bytes) -> bytes:
    """The key-encryption key of a recovery key (HKDF-SHA256, salted per data folder)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt, info=_KDF_INFO).derive(key.secret)


def recovery_key_from_env() -> RecoveryKey | None:
    """The recovery key given in DPO_WORKBENCH_RECOVERY_KEY (scripts), if set; RecoveryKeyError if mistyped."""
    text = os.environ.get(RECOVERY_KEY_ENV)
    return RecoveryKey.parse(text) if text else None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class RecoveryFile:
    """``keys/recovery.json``: the ring under the recovery key, and that key's KEK under the master key."""

    path: Path
    id: str
    created: datetime
    salt: bytes
    nonce: bytes
    ring: bytes
    escrow_key: str
    escrow: bytes

    # -- reading and writing

    @classmethod
    def read(cls, path: Path) -> RecoveryFile | None:
        """The recovery file, or None if there is none; VaultError if it is damaged."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            doc = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultError("recovery.file-damaged", path=path, detail="not valid JSON") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultError("recovery.file-damaged", path=path, detail="not a recovery file")
        if doc.get("version") != VERSION:
            raise VaultError("recovery.file-version", path=path, version=repr(doc.get("version")), supported=VERSION)
        try:
            item = cls(path=path, id=str(doc["id"]), created=datetime.fromisoformat(doc["created"]),
                       salt=_unb64(doc["salt"]), nonce=_unb64(doc["nonce"]), ring=_unb64(doc["ring"]),
                       escrow_key=str(doc["escrow_key"]), escrow=_unb64(doc["escrow"]))
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise VaultError("recovery.file-damaged", path=path, detail="a value is missing") from None
        if len(item.salt) != SALT_SIZE or len(item.nonce) != NONCE_SIZE:
            raise VaultError("recovery.file-damaged", path=path, detail="salt or nonce")
        return item

    def document(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "id": self.id,
            "created": self.created.astimezone(UTC).isoformat(timespec="seconds"),
            "kdf": "HKDF-SHA256", "salt": _b64(self.salt), "cipher": "AES-256-GCM",
            "nonce": _b64(self.nonce), "ring": _b64(self.ring),
            "escrow_key": self.escrow_key, "escrow": _b64(self.escrow),
        }

    def write(self) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(self.path, (json.dumps(self.document(), indent=2) + "\n").encode("utf-8"))

    # -- making

    @classmethod
    def create(cls, path: Path, ring: MasterKeys, now: datetime) -> tuple[RecoveryFile, RecoveryKey]:
        """A new recovery key for `ring`, written to `path` (replacing any earlier one)."""
        key = RecoveryKey.generate()
        salt = os.urandom(SALT_SIZE)
        item = cls._sealed(path, derive_kek(key, salt), salt, ring, now)
        item.write()
        return item, key

    @classmethod
    def _sealed(cls, path: Path, kek: bytes, salt: bytes, ring: MasterKeys, created: datetime) -> RecoveryFile:
        identifier = key_id(kek)
        nonce = os.urandom(NONCE_SIZE)
        sealed = AESGCM(kek).encrypt(nonce, ring.to_json(), _RING_AAD + identifier.encode())
        escrow = wrap_key(ring.current_key, kek, aad=_ESCROW_AAD + identifier.encode())
        return cls(path=path, id=identifier, created=created, salt=salt, nonce=nonce, ring=sealed,
                   escrow_key=ring.current, escrow=escrow)

    # -- using

    def kek_for(self, key: RecoveryKey) -> bytes:
        """The KEK of a typed recovery key; RecoveryKeyError if it is not this file's key."""
        kek = derive_kek(key, self.salt)
        if key_id(kek) != self.id:
            raise RecoveryKeyError("recovery.key-wrong")
        return kek

    def unlock(self, key: RecoveryKey) -> MasterKeys:
        """The master key ring, opened with the recovery key (no keyring, no passphrase)."""
        return self.ring_under(self.kek_for(key))

    def ring_under(self, kek: bytes) -> MasterKeys:
        """The ring this file holds, opened with its KEK (from the recovery key, or from the escrow)."""
        try:
            plain = AESGCM(kek).decrypt(self.nonce, self.ring, _RING_AAD + self.id.encode())
        except InvalidTag:
            raise VaultError("recovery.file-damaged", path=self.path, detail="the key ring does not decrypt") from None
        return MasterKeys.from_json(plain)

    def escrowed_kek(self, ring: MasterKeys) -> bytes:
        """The KEK, unwrapped with the master key (to re-wrap the ring, or wrap a backup's file key)."""
        try:
            master = ring.get(self.escrow_key)
        except KeyError:
            raise VaultError("recovery.escrow-key-gone") from None
        try:
            kek = unwrap_key(master, self.escrow, aad=_ESCROW_AAD + self.id.encode())
        except TamperedError:
            raise VaultError("recovery.file-damaged", path=self.path, detail="the escrow does not decrypt") from None
        if key_id(kek) != self.id:
            raise VaultError("recovery.file-damaged", path=self.path, detail="the escrow is not this key's")
        return kek

    def rewrapped(self, old_ring: MasterKeys, new_ring: MasterKeys) -> RecoveryFile:
        """The same recovery key, now opening `new_ring` (after a key rotation); written at once."""
        kek = self.escrowed_kek(old_ring)
        item = self._sealed(self.path, kek, self.salt, new_ring, self.created)
        item.write()
        return item


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not a string")
    return base64.b64decode(text.encode("ascii"), validate=True)
