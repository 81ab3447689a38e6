from __future__ import annotations

import hashlib
import hmac
import os

import pytest

from dpo_workbench.errors import TamperedError, VaultError
from dpo_workbench.vault.crypto import (
    HEADER,
    KEY_SIZE,
    NONCE_SIZE,
    TAG_SIZE,
    database_key,
    database_key_pragma,
    decrypt,
    encrypt,
    key_id,
    new_key,
    unwrap_key,
    wrap_key,
)

DOC = b"document:42"
OTHER_DOC = b"document:43"


def test_new_key_is_32_random_bytes() -> None:
    first, second = new_key(), new_key()
    assert len(first) == len(second) == KEY_SIZE
    assert first != second


def test_encrypt_round_trip_and_layout() -> None:
    data_key = new_key()
    plaintext = b"scan of an identity card \x00\xff" * 100
    blob = encrypt(data_key, plaintext, aad=DOC)
    assert bytes(blob[: len(HEADER)]) == b"DPOV\x01"
    assert len(blob) == len(HEADER) + NONCE_SIZE + len(plaintext) + TAG_SIZE
    assert plaintext[:20] not in bytes(blob)
    assert decrypt(data_key, blob, aad=DOC) == plaintext
    assert decrypt(data_key, bytes(blob), aad=DOC) == plaintext


def test_empty_plaintext_round_trip() -> None:
    data_key = new_key()
    assert decrypt(data_key, encrypt(data_key, b"", aad=DOC), aad=DOC) == b""


def test_two_encryptions_differ() -> None:
    data_key = new_key()
    first = encrypt(data_key, b"same", aad=DOC)
    second = encrypt(data_key, b"same", aad=DOC)
    assert first[len(HEADER) : len(HEADER) + NONCE_SIZE] != second[len(HEADER) : len(HEADER) + NONCE_SIZE]


def test_blob_moved_to_another_document_fails() -> None:
    data_key = new_key()
    blob = encrypt(data_key, b"passport", aad=DOC)
    with pytest.raises(TamperedError, match="this file is damaged or was altered"):
        decrypt(data_key, blob, aad=OTHER_DOC)


def test_wrong_data_key_fails() -> None:
    blob = encrypt(new_key(), b"passport", aad=DOC)
    with pytest.raises(TamperedError):
        decrypt(new_key(), blob, aad=DOC)


def test_every_single_byte_flip_is_detected() -> None:
    data_key = new_key()
    plaintext = b"0123456789"
    blob = encrypt(data_key, plaintext, aad=DOC)
    for index in range(len(blob)):
        altered = bytearray(blob)
        altered[index] ^= 0x01
        with pytest.raises(TamperedError):
            decrypt(data_key, altered, aad=DOC)


def test_truncated_or_garbage_blob_fails() -> None:
    data_key = new_key()
    blob = encrypt(data_key, b"passport", aad=DOC)
    for broken in (b"", blob[:10], blob[:-1], b"not a vault file at all, really"):
        with pytest.raises(TamperedError):
            decrypt(data_key, broken, aad=DOC)


def test_error_messages_leak_nothing() -> None:
    data_key = new_key()
    secret = b"JEAN DUPONT 1970"
    blob = encrypt(data_key, secret, aad=DOC)
    with pytest.raises(TamperedError) as caught:
        decrypt(data_key, blob, aad=OTHER_DOC)
    text = str(caught.value)
    assert "DUPONT" not in text and data_key.hex() not in text
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_wrap_round_trip() -> None:
    master, data_key = new_key(), new_key()
    wrapped = wrap_key(master, data_key, aad=DOC)
    assert len(wrapped) == NONCE_SIZE + KEY_SIZE + TAG_SIZE
    assert data_key not in wrapped
    assert unwrap_key(master, wrapped, aad=DOC) == data_key
    assert wrap_key(master, data_key, aad=DOC) != wrapped  # fresh nonce


def test_unwrap_with_wrong_master_fails() -> None:
    wrapped = wrap_key(new_key(), new_key(), aad=DOC)
    with pytest.raises(TamperedError):
        unwrap_key(new_key(), wrapped, aad=DOC)


def test_unwrap_for_another_document_fails() -> None:
    master = new_key()
    wrapped = wrap_key(master, new_key(), aad=DOC)
    with pytest.raises(TamperedError):
        unwrap_key(master, wrapped, aad=OTHER_DOC)


def test_flipped_byte_in_wrapped_key_fails() -> None:
    master = new_key()
    wrapped = wrap_key(master, new_key(), aad=DOC)
    for index in range(len(wrapped)):
        altered = bytearray(wrapped)
        altered[index] ^= 0x80
        with pytest.raises(TamperedError):
            unwrap_key(master, bytes(altered), aad=DOC)
    with pytest.raises(TamperedError):
        unwrap_key(master, wrapped[:-1], aad=DOC)


def test_keys_must_be_256_bit() -> None:
    with pytest.raises(VaultError, match="32 bytes"):
        encrypt(os.urandom(16), b"x", aad=DOC)
    with pytest.raises(VaultError, match="32 bytes"):
        wrap_key(os.urandom(31), new_key(), aad=DOC)
    with pytest.raises(VaultError, match="32 bytes"):
        wrap_key(new_key(), os.urandom(16), aad=DOC)
    with pytest.raises(TypeError):
        key_id("not bytes")  # type: ignore[arg-type]


def test_key_id_is_stable_short_and_distinct() -> None:
    master = bytes(range(32))
    identifier = key_id(master)
    assert len(identifier) == 16
    assert identifier not in master.hex()
    assert key_id(new_key()) != key_id(new_key())
    # Pinned: a changed derivation would orphan every wrapped key on disk.
    assert identifier == "00245b69b6901903"
    expected = hmac.new(master, b"dpo-workbench key id", hashlib.sha256).hexdigest()[:16]
    assert identifier == expected


def test_database_key_is_deterministic_and_distinct_from_master() -> None:
    master = new_key()
    derived = database_key(master)
    assert len(derived) == 32
    assert derived == database_key(bytes(master))
    assert derived != master
    assert derived != database_key(new_key())


def test_database_key_matches_hkdf_sha256_vector() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    master = bytes(32)
    expected = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"dpo-workbench sqlcipher v1"
    ).derive(master)
    assert database_key(master) == expected
    # Pinned: a changed derivation would lock the database for good.
    assert database_key(master).hex() == (
        "d29673f9e981beea7bca6ddc4a3f9fe3c52f8f3f2b6b89c13816612e9fdb43d8"
    )


def test_database_key_pragma_is_a_raw_key() -> None:
    master = new_key()
    pragma = database_key_pragma(master)
    assert pragma == f"PRAGMA key = \"x'{database_key(master).hex()}'\""
    assert master.hex() not in pragma


def test_large_buffer_round_trip() -> None:
    data_key = new_key()
    plaintext = os.urandom(5 * 1024 * 1024)
    assert decrypt(data_key, encrypt(data_key, plaintext, aad=DOC), aad=DOC) == plaintext


def test_fallback_without_encrypt_into_gives_the_same_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dpo_workbench.vault import crypto

    data_key = new_key()
    monkeypatch.setattr(crypto, "_HAS_ENCRYPT_INTO", False)
    blob = encrypt(data_key, b"older cryptography", aad=DOC)
    monkeypatch.undo()
    assert isinstance(blob, bytearray)
    assert bytes(blob[: len(HEADER)]) == HEADER
    assert decrypt(data_key, blob, aad=DOC) == b"older cryptography"
