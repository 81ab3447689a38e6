from __future__ import annotations

import base64
import json
import os
import time
from pathlib import Path

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from dpo_workbench.errors import MissingKeys, PassphraseRequired, VaultError, WrongPassphrase
from dpo_workbench.vault.crypto import key_id, new_key
from dpo_workbench.vault.keystore import (
    KEY_FILE_NAME,
    PASSPHRASE_ENV,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    SERVICE_NAME,
    KeyringStore,
    KeyStore,
    MasterKeys,
    PassphraseFileStore,
    ScryptParams,
    ensure_install_id,
    is_safe_backend,
    passphrase_from_env,
    select_store,
)

from .conftest import FAST_SCRYPT
from .memory_keyring import ForgetfulKeyring, MemoryKeyring

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "tr0ub4dor & three"


# -- MasterKeys ---------------------------------------------------------------


def test_generated_ring_has_one_current_key() -> None:
    ring = MasterKeys.generate()
    assert list(ring.keys) == [ring.current]
    assert len(ring.current_key) == 32
    assert key_id(ring.current_key) == ring.current
    assert ring.get(ring.current) == ring.current_key


def test_repr_never_shows_key_bytes() -> None:
    ring = MasterKeys.generate()
    text = repr(ring) + str(ring)
    assert ring.current in text
    assert ring.current_key.hex() not in text
    assert repr(ring.current_key)[2:20] not in text
    assert base64.b64encode(ring.current_key).decode() not in text


def test_rotation_keeps_old_key_until_dropped() -> None:
    ring = MasterKeys.generate()
    old_id = ring.current
    rotated, new_id = ring.with_new_key()
    assert new_id != old_id
    assert rotated.current == new_id
    assert set(rotated.keys) == {old_id, new_id}
    assert rotated.get(old_id) == ring.current_key
    assert set(ring.keys) == {old_id}  # the original is unchanged
    finished = rotated.drop(old_id)
    assert set(finished.keys) == {new_id}
    with pytest.raises(KeyError, match=f"{old_id} is not in the key ring"):
        finished.get(old_id)


def test_cannot_drop_current_or_unknown_key() -> None:
    ring = MasterKeys.generate()
    with pytest.raises(VaultError, match="current master key cannot be removed"):
        ring.drop(ring.current)
    with pytest.raises(KeyError):
        ring.drop("0123456789abcdef")


def test_ring_validates_ids_and_sizes() -> None:
    key = new_key()
    with pytest.raises(VaultError, match="does not match its id"):
        MasterKeys(current="0000000000000000", keys={"0000000000000000": key})
    with pytest.raises(VaultError, match="32-byte"):
        MasterKeys(current="x", keys={"x": b"short"})
    with pytest.raises(VaultError, match="not in the key ring"):
        MasterKeys(current="0000000000000000", keys={key_id(key): key})


def test_ring_is_not_aliased_to_the_callers_dict() -> None:
    key = new_key()
    source = {key_id(key): key}
    ring = MasterKeys(current=key_id(key), keys=source)
    source.clear()
    assert ring.current_key == key


def test_json_round_trip() -> None:
    ring, _ = MasterKeys.generate().with_new_key()
    data = ring.to_json()
    document = json.loads(data)
    assert document["current"] == ring.current
    assert set(document["keys"]) == set(ring.keys)
    assert MasterKeys.from_json(data) == ring


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"[]",
        b'{"format": "something else"}',
        b'{"format": "dpo-workbench key ring", "version": 99, "current": "x", "keys": {}}',
        b'{"format": "dpo-workbench key ring", "version": 1, "current": "x", "keys": {"x": "@@"}}',
    ],
)
def test_damaged_json_is_refused_clearly(data: bytes) -> None:
    with pytest.raises(VaultError):
        MasterKeys.from_json(data)


# -- is_safe_backend ----------------------------------------------------------


class _FixedChainer(keyring.backends.chainer.ChainerBackend):
    """A chainer whose chosen backends are given, instead of discovered."""

    backends: list = []  # type: ignore[assignment]

    def __init__(self, chosen: list | None = None) -> None:
        super().__init__()
        self.backends = list(chosen or [])


def test_fail_and_null_backends_are_unsafe() -> None:
    assert not is_safe_backend(keyring.backends.fail.Keyring())
    assert not is_safe_backend(keyring.backends.null.Keyring())


def test_plaintext_and_prompting_file_backends_are_unsafe(tmp_path: Path) -> None:
    file_backends = pytest.importorskip("keyrings.alt.file")
    plaintext = file_backends.PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plain.cfg")
    assert not is_safe_backend(plaintext)
    # Built without __init__, which needs pycryptodome: only the class matters.
    encrypted = file_backends.EncryptedKeyring.__new__(file_backends.EncryptedKeyring)
    assert not is_safe_backend(encrypted)

    class MyPlaintext(file_backends.PlaintextKeyring):
        pass

    assert not is_safe_backend(MyPlaintext())


def test_other_backends_are_safe() -> None:
    assert is_safe_backend(MemoryKeyring())


def test_chainer_is_safe_only_if_it_writes_to_a_safe_backend() -> None:
    fail_backend = keyring.backends.fail.Keyring()
    assert not is_safe_backend(_FixedChainer([]))
    assert not is_safe_backend(_FixedChainer([fail_backend, keyring.backends.null.Keyring()]))
    assert is_safe_backend(_FixedChainer([MemoryKeyring(), fail_backend]))
    # Writes go to the first backend: a safe one behind it does not help.
    assert not is_safe_backend(_FixedChainer([fail_backend, MemoryKeyring()]))


# -- KeyringStore ---------------------------------------------------------------


def test_keyring_store_round_trip(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore("install-a")
    assert isinstance(store, KeyStore)
    assert store.kind == "keyring" and store.is_system_store
    assert not store.exists()
    with pytest.raises(MissingKeys):
        store.load()
    ring = MasterKeys.generate()
    store.save(ring)
    assert store.exists()
    assert store.load() == ring
    assert (SERVICE_NAME, "master-keys:install-a") in memory_keyring.entries
    stored = memory_keyring.entries[(SERVICE_NAME, "master-keys:install-a")]
    assert MasterKeys.from_json(base64.b64decode(stored)) == ring


def test_keyring_stores_of_two_folders_do_not_collide(memory_keyring: MemoryKeyring) -> None:
    first, second = MasterKeys.generate(), MasterKeys.generate()
    KeyringStore("folder-1").save(first)
    KeyringStore("folder-2").save(second)
    assert KeyringStore("folder-1").load() == first
    assert KeyringStore("folder-2").load() == second


def test_keyring_store_save_replaces_ring(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore("install-a")
    ring = MasterKeys.generate()
    store.save(ring)
    rotated, _ = ring.with_new_key()
    store.save(rotated)
    assert store.load() == rotated


def test_keyring_store_notices_a_backend_that_drops_the_secret(restore_keyring: None) -> None:
    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(VaultError, match="did not keep"):
        KeyringStore("install-a").save(MasterKeys.generate())


def test_keyring_store_reports_keyring_errors(restore_keyring: None) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(VaultError, match="could not be read"):
        KeyringStore("install-a").exists()
    with pytest.raises(VaultError, match="refused"):
        KeyringStore("install-a").save(MasterKeys.generate())


def test_keyring_store_description_names_the_backend(memory_keyring: MemoryKeyring) -> None:
    text = KeyringStore("x").description()
    assert text.startswith("System keyring (")
    assert "MemoryKeyring" in text


# -- PassphraseFileStore ------------------------------------------------------


def _store(tmp_path: Path) -> PassphraseFileStore:
    return PassphraseFileStore(tmp_path / "keys" / KEY_FILE_NAME, scrypt=FAST_SCRYPT)


def test_passphrase_store_create_and_unlock(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert store.kind == "passphrase" and not store.is_system_store
    assert store.description() == "Key file protected by a passphrase"
    assert not store.exists()
    ring = MasterKeys.generate()
    store.save(ring, PASSPHRASE)
    assert store.exists()

    fresh = _store(tmp_path)
    assert not fresh.is_unlocked
    with pytest.raises(PassphraseRequired):
        fresh.load()
    assert fresh.unlock(PASSPHRASE) == ring
    assert fresh.is_unlocked
    assert fresh.load() == ring


def test_key_file_holds_params_and_no_key_bytes(tmp_path: Path) -> None:
    store = _store(tmp_path)
    ring = MasterKeys.generate()
    store.save(ring, PASSPHRASE)
    raw = store.path.read_bytes()
    document = json.loads(raw)
    assert document["version"] == 1
    assert document["kdf"] == "scrypt"
    assert document["kdf_params"] == {"n": FAST_SCRYPT.n, "r": 8, "p": 1, "length": 32}
    assert document["cipher"] == "AES-256-GCM"
    assert len(base64.b64decode(document["salt"])) == 16
    assert len(base64.b64decode(document["nonce"])) == 12
    assert ring.current_key not in raw
    assert base64.b64encode(ring.current_key) not in raw
    assert ring.current.encode() not in raw  # even the key id is inside the ciphertext
    if os.name == "posix":
        assert store.path.stat().st_mode & 0o777 == 0o600


def test_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save(MasterKeys.generate(), PASSPHRASE)
    before = store.path.read_bytes()
    fresh = _store(tmp_path)
    with pytest.raises(WrongPassphrase, match="^The passphrase is wrong.$"):
        fresh.unlock("not the passphrase")
    assert not fresh.is_unlocked
    assert store.path.read_bytes() == before
    with pytest.raises(WrongPassphrase):
        fresh.change_passphrase("not the passphrase", NEW_PASSPHRASE)
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == [KEY_FILE_NAME]


def test_each_save_uses_new_salt_and_nonce(tmp_path: Path) -> None:
    store = _store(tmp_path)
    ring = MasterKeys.generate()
    store.save(ring, PASSPHRASE)
    first = json.loads(store.path.read_bytes())
    store.save(ring)  # held passphrase
    second = json.loads(store.path.read_bytes())
    assert first["salt"] != second["salt"]
    assert first["nonce"] != second["nonce"]
    assert _store(tmp_path).unlock(PASSPHRASE) == ring


def test_change_passphrase(tmp_path: Path) -> None:
    store = _store(tmp_path)
    ring = MasterKeys.generate()
    store.save(ring, PASSPHRASE)
    store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        _store(tmp_path).unlock(PASSPHRASE)
    assert _store(tmp_path).unlock(NEW_PASSPHRASE) == ring
    assert store.load() == ring  # the store now holds the new passphrase
    assert sorted(p.name for p in store.path.parent.iterdir()) == [KEY_FILE_NAME]


@pytest.mark.parametrize("weak", ["", "        ", "short", "1234567"])
def test_weak_passphrases_are_refused_on_creation_and_change(tmp_path: Path, weak: str) -> None:
    store = _store(tmp_path)
    with pytest.raises(VaultError, match="passphrase is (empty|too short)"):
        store.save(MasterKeys.generate(), weak)
    assert not store.exists()
    store.save(MasterKeys.generate(), PASSPHRASE)
    before = store.path.read_bytes()
    with pytest.raises(VaultError, match="passphrase is (empty|too short)"):
        store.change_passphrase(PASSPHRASE, weak)
    assert store.path.read_bytes() == before


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    composed = "éléphant rose"  # é as one code point
    decomposed = "e\u0301le\u0301phant rose"  # é as e + combining accent
    store = _store(tmp_path)
    ring = MasterKeys.generate()
    store.save(ring, composed)
    assert _store(tmp_path).unlock(decomposed) == ring


def test_key_file_remembers_its_own_params(tmp_path: Path) -> None:
    ring = MasterKeys.generate()
    _store(tmp_path).save(ring, PASSPHRASE)
    # A store built with other defaults still opens the file it finds.
    other = PassphraseFileStore(tmp_path / "keys" / KEY_FILE_NAME, scrypt=ScryptParams(n=2**9))
    assert other.unlock(PASSPHRASE) == ring


def test_altered_key_file_is_refused(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save(MasterKeys.generate(), PASSPHRASE)
    document = json.loads(store.path.read_bytes())
    ciphertext = bytearray(base64.b64decode(document["ciphertext"]))
    ciphertext[0] ^= 1
    document["ciphertext"] = base64.b64encode(ciphertext).decode()
    store.path.write_text(json.dumps(document))
    with pytest.raises(WrongPassphrase):
        _store(tmp_path).unlock(PASSPHRASE)
    store.path.write_text("{ not json")
    with pytest.raises(VaultError, match="damaged"):
        _store(tmp_path).unlock(PASSPHRASE)


def test_absurd_params_in_file_are_refused(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save(MasterKeys.generate(), PASSPHRASE)
    document = json.loads(store.path.read_bytes())
    document["kdf_params"]["n"] = 2**40
    store.path.write_text(json.dumps(document))
    with pytest.raises(VaultError, match="too much memory"):
        _store(tmp_path).unlock(PASSPHRASE)


def test_unlock_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingKeys):
        _store(tmp_path).unlock(PASSPHRASE)


def test_failed_replace_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = _store(tmp_path)
    ring = MasterKeys.generate()
    store.save(ring, PASSPHRASE)
    before = store.path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == [KEY_FILE_NAME]
    assert _store(tmp_path).unlock(PASSPHRASE) == ring


def test_save_removes_leftovers_of_interrupted_saves(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.save(MasterKeys.generate(), PASSPHRASE)
    leftover = store.path.parent / f".{KEY_FILE_NAME}.abc123.tmp"
    leftover.write_bytes(b"half a key file")
    store.save(store.load())
    assert not leftover.exists()


def test_default_scrypt_params(tmp_path: Path) -> None:
    """The production cost, once: n=2**17, r=8, p=1 (about a quarter second)."""
    assert (SCRYPT_N, SCRYPT_R, SCRYPT_P) == (2**17, 8, 1)
    store = PassphraseFileStore(tmp_path / KEY_FILE_NAME)
    assert store.scrypt == ScryptParams(n=2**17, r=8, p=1)
    ring = MasterKeys.generate()
    store.save(ring, PASSPHRASE)
    params = json.loads(store.path.read_bytes())["kdf_params"]
    assert params == {"n": 2**17, "r": 8, "p": 1, "length": 32}
    started = time.perf_counter()
    assert PassphraseFileStore(tmp_path / KEY_FILE_NAME).unlock(PASSPHRASE) == ring
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"one scrypt derivation took {elapsed:.2f} s"


# -- select_store and helpers ---------------------------------------------------


def test_select_store_prefers_a_safe_keyring(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = select_store(tmp_path, "install-a")
    assert isinstance(store, KeyringStore)
    assert store.install_id == "install-a"


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring]
)
def test_select_store_falls_back_to_passphrase_file(
    tmp_path: Path, restore_keyring: None, backend: type
) -> None:
    keyring.set_keyring(backend())
    store = select_store(tmp_path, "install-a")
    assert isinstance(store, PassphraseFileStore)
    assert store.path == tmp_path / KEY_FILE_NAME


def test_select_store_falls_back_from_plaintext_keyring(
    tmp_path: Path, restore_keyring: None
) -> None:
    file_backends = pytest.importorskip("keyrings.alt.file")
    plaintext = file_backends.PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "plain.cfg")
    keyring.set_keyring(plaintext)
    assert isinstance(select_store(tmp_path, "install-a"), PassphraseFileStore)


def test_existing_key_file_wins_over_a_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    PassphraseFileStore(tmp_path / KEY_FILE_NAME, scrypt=FAST_SCRYPT).save(
        MasterKeys.generate(), PASSPHRASE
    )
    store = select_store(tmp_path, "install-a")
    assert isinstance(store, PassphraseFileStore)
    assert store.path == tmp_path / KEY_FILE_NAME


def test_select_store_with_keyring_chosen_by_environment(
    tmp_path: Path, restore_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.vault.memory_keyring.MemoryKeyring")
    keyring.core.init_backend()
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    assert isinstance(select_store(tmp_path, "install-a"), KeyringStore)

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    keyring.core.init_backend()
    assert isinstance(select_store(tmp_path, "install-a"), PassphraseFileStore)


def test_passphrase_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    assert passphrase_from_env() is None
    monkeypatch.setenv(PASSPHRASE_ENV, "")
    assert passphrase_from_env() is None
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert passphrase_from_env() == PASSPHRASE


def test_install_id_is_created_once_per_folder(tmp_path: Path) -> None:
    first = ensure_install_id(tmp_path / "a")
    assert len(first) == 32
    assert ensure_install_id(tmp_path / "a") == first
    assert ensure_install_id(tmp_path / "b") != first
