"""Envelope encryption for the vault: AES-256-GCM, one random data key per file.

Layout of the secrets:

* a **master key** (32 random bytes) lives in a key store (see ``keystore``);
* every stored file gets its own random **data key**, used to encrypt that
  one file exactly once; the data key is kept *wrapped* (encrypted) by the
  master key next to the file's metadata in the database;
* the SQLCipher database key is derived from the master key with HKDF.

Why one data key per file: AES-GCM breaks badly if a (key, nonce) pair is
ever reused. A data key that encrypts a single plaintext a single time can
never meet its nonce twice, whatever the random generator does. A file that
changes gets a new data key. Master keys wrap only 32-byte data keys with a
random 96-bit nonce each; that stays far below the 2**32-messages bound
NIST sets for random nonces.

The caller passes the document id as ``aad`` (authenticated, not encrypted):
a blob or a wrapped key copied onto another record then fails to decrypt.

Formats::

    encrypted file  = b"DPOV" 0x01 | nonce (12) | ciphertext | tag (16)
                      (AAD given to GCM = the 5 header bytes + caller's aad)
    wrapped key     = nonce (12) | encrypted data key (32) | tag (16)
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpo_workbench.errors import TamperedError, VaultError

__all__ = [
    "KEY_SIZE",
    "NONCE_SIZE",
    "TAG_SIZE",
    "MAGIC",
    "HEADER",
    "new_key",
    "key_id",
    "wrap_key",
    "unwrap_key",
    "encrypt",
    "decrypt",
    "database_key",
    "database_key_pragma",
]

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
MAGIC = b"DPOV"
FORMAT_VERSION = 1
HEADER = MAGIC + bytes([FORMAT_VERSION])
_PREFIX_SIZE = len(HEADER) + NONCE_SIZE
WRAPPED_KEY_SIZE = NONCE_SIZE + KEY_SIZE + TAG_SIZE

_HAS_ENCRYPT_INTO = hasattr(AESGCM, "encrypt_into")
_KEY_ID_LABEL = b"dpo-workbench key id"
_DATABASE_KEY_INFO = b"dpo-workbench sqlcipher v1"


def _check_key(key: bytes, what: str) -> None:
    if not isinstance(key, (bytes, bytearray, memoryview)):
        raise TypeError(f"the {what} must be bytes")
    if len(key) != KEY_SIZE:
        raise VaultError("vault.key-size", what=what, size=KEY_SIZE)


def new_key() -> bytes:
    """A fresh random 256-bit key (master or data key)."""
    return os.urandom(KEY_SIZE)


def key_id(master: bytes) -> str:
    """A short, stable, non-secret fingerprint of a key (16 hex digits).

    Stored beside each wrapped key so the right master key is picked during
    a key rotation. HMAC keeps it from revealing anything about the key.
    """
    _check_key(master, "master key")
    return hmac.new(master, _KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]


def wrap_key(master: bytes, data_key: bytes, *, aad: bytes) -> bytes:
    """Encrypt a data key under the master key: nonce || ciphertext+tag."""
    _check_key(master, "master key")
    _check_key(data_key, "data key")
    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(master).encrypt(nonce, bytes(data_key), aad)


def unwrap_key(master: bytes, wrapped: bytes, *, aad: bytes) -> bytes:
    """Recover a data key; TamperedError if the master, aad or bytes are wrong."""
    _check_key(master, "master key")
    if len(wrapped) != WRAPPED_KEY_SIZE:
        raise TamperedError()
    view = memoryview(wrapped)
    try:
        return AESGCM(master).decrypt(view[:NONCE_SIZE], view[NONCE_SIZE:], aad)
    except InvalidTag:
        raise TamperedError() from None


def encrypt(data_key: bytes, plaintext: bytes, *, aad: bytes) -> bytearray:
    """Encrypt one file with its own data key (use each data key only once).

    Returns a ``bytearray`` (bytes-like: write it, store it, slice it):
    the ciphertext is written straight after the header into one buffer, so
    a 50 MB scan is not copied a second time to prepend the header.
    """
    _check_key(data_key, "data key")
    nonce = os.urandom(NONCE_SIZE)
    cipher = AESGCM(data_key)
    if not _HAS_ENCRYPT_INTO:  # older cryptography: one extra copy
        blob = bytearray(HEADER + nonce)
        blob += cipher.encrypt(nonce, plaintext, HEADER + aad)
        return blob
    blob = bytearray(_PREFIX_SIZE + len(plaintext) + TAG_SIZE)
    blob[: len(HEADER)] = HEADER
    blob[len(HEADER) : _PREFIX_SIZE] = nonce
    cipher.encrypt_into(nonce, plaintext, HEADER + aad, memoryview(blob)[_PREFIX_SIZE:])
    return blob


def decrypt(data_key: bytes, blob: bytes, *, aad: bytes) -> bytes:
    """Decrypt a file written by :func:`encrypt`.

    Any mismatch (wrong key, wrong document aad, one altered byte, truncated
    file, unknown header) raises :class:`TamperedError`.
    """
    _check_key(data_key, "data key")
    if len(blob) < _PREFIX_SIZE + TAG_SIZE:
        raise TamperedError()
    view = memoryview(blob)
    if view[: len(HEADER)] != HEADER:
        raise TamperedError()
    try:
        return AESGCM(data_key).decrypt(
            view[len(HEADER) : _PREFIX_SIZE], view[_PREFIX_SIZE:], HEADER + aad
        )
    except InvalidTag:
        raise TamperedError() from None


def database_key(master: bytes) -> bytes:
    """The 32-byte raw SQLCipher key, derived from the master key (HKDF-SHA256).

    Deriving it (rather than storing another secret) means the key store
    holds one thing; the info label separates it from every other use of
    the master key. After a master-key rotation the database must be
    re-keyed (``PRAGMA rekey``) before the old master key is dropped.
    """
    _check_key(master, "master key")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=_DATABASE_KEY_INFO)
    return hkdf.derive(bytes(master))


def database_key_pragma(master: bytes) -> str:
    """``PRAGMA key = "x'…'"`` for SQLCipher, as a raw key.

    A raw key skips SQLCipher's own PBKDF2 (256 000 rounds at every open),
    which is pointless for a random 256-bit key. Never log this string.
    """
    return f"PRAGMA key = \"x'{database_key(master).hex()}'\""
