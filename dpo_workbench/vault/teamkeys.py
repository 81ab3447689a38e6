"""The team key and each user's copy of it (team mode: a shared database on a server).

The *team key ring* (a `MasterKeys` ring, so it can rotate) seals the personal values of a team
database and wraps the data keys of its stored files. Nobody types it and it is never stored in clear:
it is wrapped once per user, to that user's own key pair.

* Each user has an X25519 key pair. The public key is stored in clear in the user's row; the private
  key is stored sealed under the user's passphrase (scrypt, then AES-256-GCM, bound to the login), and
  may also be kept in the user's own computer's keyring.
* The ring is wrapped to a user's public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM, bound to the
  login): `wrap_ring`. Whoever holds the ring can add a user without knowing any passphrase but the new
  user's first one (given once, and changed by that user), and a rotation re-wraps a new ring for every
  remaining user without asking them for anything.

Removing a user deletes their wrap and their keys: from then on the database gives them nothing they
can open. What they may have copied before stays readable to them; rotating the team key (a new ring,
every value sealed again, the other users' wraps renewed) ends that for everything written since.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpo_workbench.errors import TeamError, WrongPassphrase

from .crypto import KEY_SIZE, NONCE_SIZE
from .keystore import DEFAULT_SCRYPT, SALT_SIZE, MasterKeys, ScryptParams, check_new_passphrase

__all__ = ["UserKeyPair", "wrap_ring", "unwrap_ring", "protect_private_key", "open_private_key", "new_key_pair"]

_WRAP_MAGIC = b"DPOT\x01"
_WRAP_INFO = b"dpo-workbench team key wrap v1|"
_USER_KEY_FORMAT = "dpo-workbench user key"
_USER_KEY_AAD = b"dpo-workbench user key v1|"
_PUBLIC_SIZE = 32


def _raw(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption())


def _public_raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class UserKeyPair:
    """A user's X25519 key pair (raw 32-byte keys). Never printed: the repr hides the private key."""

    private: bytes
    public: bytes

    def __repr__(self) -> str:
        return f"UserKeyPair(public={self.public.hex()[:16]}…)"

    @classmethod
    def from_private(cls, private: bytes) -> UserKeyPair:
        key = X25519PrivateKey.from_private_bytes(private)
        return cls(private=private, public=_public_raw(key.public_key()))


def new_key_pair() -> UserKeyPair:
    key = X25519PrivateKey.generate()
    return UserKeyPair(private=_raw(key), public=_public_raw(key.public_key()))


def _kek(shared: bytes, ephemeral: bytes, recipient: bytes, login: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=ephemeral + recipient,
                info=_WRAP_INFO + login.encode()).derive(shared)


def wrap_ring(ring: MasterKeys, public_key: bytes, login: str) -> bytes:
    """The ring, readable only with the private key of `public_key` (and only as `login`'s)."""
    if len(public_key) != _PUBLIC_SIZE:
        raise TeamError("team.user-key-damaged", login=login)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _public_raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = os.urandom(NONCE_SIZE)
    header = _WRAP_MAGIC + ephemeral_public
    sealed = AESGCM(_kek(shared, ephemeral_public, public_key, login)).encrypt(
        nonce, ring.to_json(), header + login.encode())
    return header + nonce + sealed


def unwrap_ring(wrapped: bytes, pair: UserKeyPair, login: str) -> MasterKeys:
    """The ring a user's wrap holds; TeamError if it is not theirs or was altered."""
    start = len(_WRAP_MAGIC) + _PUBLIC_SIZE
    if len(wrapped) < start + NONCE_SIZE + 16 or not wrapped.startswith(_WRAP_MAGIC):
        raise TeamError("team.user-key-damaged", login=login)
    ephemeral_public = wrapped[len(_WRAP_MAGIC):start]
    try:
        shared = X25519PrivateKey.from_private_bytes(pair.private).exchange(
            X25519PublicKey.from_public_bytes(ephemeral_public))
        data = AESGCM(_kek(shared, ephemeral_public, pair.public, login)).decrypt(
            wrapped[start:start + NONCE_SIZE], wrapped[start + NONCE_SIZE:], wrapped[:start] + login.encode())
    except (InvalidTag, ValueError):
        raise TeamError("team.user-key-damaged", login=login) from None
    return MasterKeys.from_json(data)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def protect_private_key(pair: UserKeyPair, passphrase: str, login: str,
                        scrypt: ScryptParams = DEFAULT_SCRYPT) -> bytes:
    """The private key under a passphrase (scrypt + AES-256-GCM), as stored in the user's row."""
    check_new_passphrase(passphrase)
    salt, nonce = os.urandom(SALT_SIZE), os.urandom(NONCE_SIZE)
    derived = scrypt.derive(passphrase, salt)
    sealed = AESGCM(derived).encrypt(nonce, pair.private, _USER_KEY_AAD + login.encode())
    document = {"format": _USER_KEY_FORMAT, "version": 1, "kdf": "scrypt",
                "kdf_params": {"n": scrypt.n, "r": scrypt.r, "p": scrypt.p}, "cipher": "AES-256-GCM",
                "salt": _b64(salt), "nonce": _b64(nonce), "ciphertext": _b64(sealed)}
    return json.dumps(document, sort_keys=True).encode("utf-8")


def open_private_key(stored: bytes, passphrase: str, login: str) -> UserKeyPair:
    """The user's key pair from their row; WrongPassphrase if the passphrase does not open it."""
    try:
        document: Any = json.loads(stored)
        params = document["kdf_params"]
        scrypt = ScryptParams(n=params["n"], r=params["r"], p=params["p"])
        salt, nonce, sealed = (base64.b64decode(document[k], validate=True) for k in ("salt", "nonce", "ciphertext"))
        if document.get("format") != _USER_KEY_FORMAT or document.get("version") != 1:
            raise ValueError("format")
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise TeamError("team.user-key-damaged", login=login) from None
    try:
        private = AESGCM(scrypt.derive(passphrase, salt)).decrypt(nonce, sealed, _USER_KEY_AAD + login.encode())
    except InvalidTag:
        raise WrongPassphrase("team.wrong-passphrase") from None
    return UserKeyPair.from_private(private)
