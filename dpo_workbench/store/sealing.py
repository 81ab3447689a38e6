"""Sealing personal values for a shared database, and the blind index that still lets them be found.

A team database lives on a server whose administrator, backups and dumps must not read the register.
So every `Personal` value is sealed by the application before it leaves it, with AES-256-GCM under a key
derived from the *team key* (HKDF-SHA256, label "seal"); the column (`table.column`) is the associated
data, so a value copied into another column, or a value altered by one bit, does not open.

Sealed value (BYTEA)::

    0x01 | key id (8 bytes) | nonce (12) | ciphertext | tag (16)

The plaintext is UTF-8 padded to a multiple of 16 bytes (ISO/IEC 7816-4: 0x80 then zeros), so the
length of a name shows only to within 16 bytes. The key id names the team key of the ring that sealed it:
after a rotation, values sealed under the previous key still open while they are re-sealed.

Looking values up without reading them (a *blind index*, keyed by another key derived from the team
key, label "index"):

* `exact_token`: HMAC-SHA256 of the column and the folded value, 128 bits in hex: equality in SQL (the
  same e-mail address asking again) without the address;
* `search_tokens`: the folded text cut into words, each word into trigrams ("  j", " je", "jea", "ean"...,
  the first two marking the start of a word), each trigram into a 32-bit keyed hash. A search term of
  three letters or more is a substring of a word exactly when every trigram of the term is among the word's
  (checked on the few candidates it leaves); a term of one or two letters matches the words that start
  with it.

What the server administrator still sees is written in docs/design.md (lengths to 16 bytes, how often a
token occurs, which rows share a token, never which text a token stands for).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import threading
from collections.abc import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dpo_workbench.errors import TamperedError, TeamError
from dpo_workbench.vault.crypto import KEY_SIZE, NONCE_SIZE
from dpo_workbench.vault.keystore import MasterKeys

__all__ = ["Sealer", "trigrams", "query_grams", "SEAL_VERSION"]

SEAL_VERSION = 1
_KEY_ID_BYTES = 8
_HEADER = 1 + _KEY_ID_BYTES
_SEAL_INFO = b"dpo-workbench team seal v1"
_INDEX_INFO = b"dpo-workbench team index v1"
_AAD_PREFIX = b"dpo-workbench sealed v1|"
_BLOCK = 16


def _derive(key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=info).derive(key)


def _pad(data: bytes) -> bytes:
    padded = data + b"\x80"
    return padded + b"\0" * (-len(padded) % _BLOCK)


def _unpad(data: bytes) -> bytes:
    end = data.rstrip(b"\0")
    if not end.endswith(b"\x80"):
        raise TamperedError()
    return end[:-1]


def trigrams(word: str) -> set[str]:
    """The trigrams of a word, with the two that mark its start ("  w", " wo")."""
    padded = "  " + word
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def query_grams(term: str) -> list[str]:
    """The trigrams a search term needs: its own (a substring), or its start (one or two letters)."""
    if len(term) >= 3:
        return sorted({term[i:i + 3] for i in range(len(term) - 2)})
    return [("  " + term)[-3:]]


class Sealer:
    """Seals and opens personal values, and computes their blind-index tokens, with a team key ring.

    `reload` gives the ring again (from the database, with the user's own key): called once when a value
    names a key this ring does not hold, i.e. another user rotated the team key meanwhile.
    """

    def __init__(self, keys: MasterKeys, reload: Callable[[], MasterKeys] | None = None) -> None:
        self._reload = reload
        self._lock = threading.Lock()
        self._use(keys)

    def _use(self, keys: MasterKeys) -> None:
        self.keys = keys
        self._ciphers = {bytes.fromhex(k): AESGCM(_derive(keys.get(k), _SEAL_INFO)) for k in keys.ids()}
        self._current = bytes.fromhex(keys.current)
        self._index_key = _derive(keys.current_key, _INDEX_INFO)

    def replace(self, keys: MasterKeys) -> None:
        """Use another ring from now on (a rotation made by this process)."""
        with self._lock:
            self._use(keys)

    @property
    def current_key_id(self) -> str:
        return self.keys.current

    def refresh(self) -> bool:
        """Load the ring again (a rotation by another user); True if it changed."""
        if self._reload is None:
            return False
        with self._lock:
            keys = self._reload()
            if keys == self.keys:
                return False
            self._use(keys)
            return True

    # -- sealing ------------------------------------------------------------------------------

    def seal(self, text: str, aad: str) -> bytes:
        if not isinstance(text, str):
            raise TypeError(f"a personal value must be text, not {type(text).__name__}")
        nonce = os.urandom(NONCE_SIZE)
        header = bytes([SEAL_VERSION]) + self._current
        sealed = self._ciphers[self._current].encrypt(nonce, _pad(text.encode("utf-8")),
                                                      _AAD_PREFIX + aad.encode() + b"|" + header)
        return header + nonce + sealed

    def open(self, sealed: bytes, aad: str) -> str:
        if len(sealed) < _HEADER + NONCE_SIZE + 16 or sealed[0] != SEAL_VERSION:
            raise TamperedError()
        key_id = sealed[1:_HEADER]
        cipher = self._ciphers.get(key_id)
        if cipher is None and self.refresh():
            cipher = self._ciphers.get(key_id)
        if cipher is None:
            raise TeamError("team.unknown-key", key=key_id.hex())
        try:
            data = cipher.decrypt(sealed[_HEADER:_HEADER + NONCE_SIZE], sealed[_HEADER + NONCE_SIZE:],
                                  _AAD_PREFIX + aad.encode() + b"|" + sealed[:_HEADER])
        except InvalidTag:
            raise TamperedError() from None
        return _unpad(data).decode("utf-8")

    # -- the blind index ----------------------------------------------------------------------

    def exact_token(self, text: str, aad: str) -> str:
        return hmac.new(self._index_key, f"exact|{aad}|{text}".encode(), hashlib.sha256).hexdigest()[:32]

    def _gram_token(self, gram: str, aad: str) -> int:
        digest = hmac.new(self._index_key, f"gram|{aad}|{gram}".encode(), hashlib.sha256).digest()
        return struct.unpack(">i", digest[:4])[0]

    def search_tokens(self, text: str, aad: str) -> list[int]:
        """The tokens of every word of a folded text, sorted, each once."""
        grams: set[str] = set()
        for word in text.split():
            grams |= trigrams(word)
        return sorted({self._gram_token(g, aad) for g in grams})

    def query_tokens(self, term: str, aad: str) -> list[int]:
        """The tokens a row must hold for a folded search term to be in it."""
        return sorted({self._gram_token(g, aad) for g in query_grams(term)})
