"""The recovery key: its written form catches typing errors; it opens the key ring with no keyring or passphrase."""

from __future__ import annotations

import base64
import json
import re
from datetime import UTC, datetime

import keyring
import pytest

from dpo_workbench.datafolder import DataFolder
from dpo_workbench.errors import RecoveryKeyError, VaultError
from dpo_workbench.vault.keystore import MasterKeys
from dpo_workbench.vault.recovery import ALPHABET, RecoveryFile, RecoveryKey

from .memory_keyring import MemoryKeyring

NOW = datetime(2026, 11, 26, 9, tzinfo=UTC)


def test_a_key_is_eight_groups_of_five_characters_that_read_back_to_the_same_secret():
    for _ in range(50):
        key = RecoveryKey.generate()
        assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}", key.text), key.text
        assert RecoveryKey.parse(key.text) == key
    assert len(RecoveryKey.generate().secret) * 8 == 160
    assert "…" in repr(RecoveryKey.generate())  # never the secret


def test_case_spaces_dashes_and_look_alike_letters_do_not_matter():
    key = RecoveryKey(bytes(range(20)))
    typed = " ".join(key.groups).lower()
    assert RecoveryKey.parse(typed) == key
    assert RecoveryKey.parse(key.text.replace("-", "")) == key
    # a person may read a zero as O and a one as I or L
    alternating = sum((i % 2) << (5 * i) for i in range(32))  # characters 0 and 1 in turn
    key = RecoveryKey(alternating.to_bytes(20, "big"))
    assert "0" in key.text and "1" in key.text
    assert RecoveryKey.parse(key.text.replace("0", "O").replace("1", "l")) == key


@pytest.mark.parametrize("group", range(8))
def test_a_typing_error_is_named_by_its_group(group):
    key = RecoveryKey(bytes(range(100, 120)))
    groups = key.groups
    char = groups[group][1]
    groups[group] = groups[group][0] + next(c for c in ALPHABET if c != char) + groups[group][2:]
    with pytest.raises(RecoveryKeyError) as caught:
        RecoveryKey.parse("-".join(groups))
    assert caught.value.code == "recovery.key-typo"
    assert caught.value.params["group"] == group + 1
    assert f"Group {group + 1} " in str(caught.value)


def test_two_groups_swapped_are_caught():
    key = RecoveryKey(bytes(range(20)))
    groups = key.groups
    groups[2], groups[3] = groups[3], groups[2]
    with pytest.raises(RecoveryKeyError) as caught:
        RecoveryKey.parse("-".join(groups))
    assert caught.value.code == "recovery.key-typo"


@pytest.mark.parametrize("text", ["", "ABCDE", "7K2QD-" * 9, "not a key at all, really"])
def test_a_key_of_the_wrong_length_says_how_long_it_should_be(text):
    with pytest.raises(RecoveryKeyError) as caught:
        RecoveryKey.parse(text)
    assert caught.value.code == "recovery.key-length"
    assert caught.value.params["expected"] == 40


def test_the_recovery_file_opens_the_ring_with_the_key_only(tmp_path):
    ring = MasterKeys.generate()
    item, key = RecoveryFile.create(tmp_path / "recovery.json", ring, NOW)
    stored = (tmp_path / "recovery.json").read_bytes()
    assert ring.current_key not in stored and ring.current_key.hex().encode() not in stored
    assert key.secret not in stored and key.text.encode() not in stored
    assert RecoveryFile.read(tmp_path / "recovery.json").unlock(key) == ring
    assert (tmp_path / "recovery.json").stat().st_mode & 0o077 == 0


def test_another_key_is_refused_without_touching_the_file(tmp_path):
    ring = MasterKeys.generate()
    RecoveryFile.create(tmp_path / "recovery.json", ring, NOW)
    before = (tmp_path / "recovery.json").read_bytes()
    with pytest.raises(RecoveryKeyError) as caught:
        RecoveryFile.read(tmp_path / "recovery.json").unlock(RecoveryKey.generate())
    assert caught.value.code == "recovery.key-wrong"
    assert (tmp_path / "recovery.json").read_bytes() == before


def test_a_new_recovery_key_invalidates_the_old_one(tmp_path):
    ring = MasterKeys.generate()
    _, old = RecoveryFile.create(tmp_path / "recovery.json", ring, NOW)
    _, new = RecoveryFile.create(tmp_path / "recovery.json", ring, NOW)
    current = RecoveryFile.read(tmp_path / "recovery.json")
    assert current.unlock(new) == ring
    with pytest.raises(RecoveryKeyError):
        current.unlock(old)


def test_after_a_key_rotation_the_same_recovery_key_opens_the_new_ring(tmp_path):
    ring = MasterKeys.generate()
    item, key = RecoveryFile.create(tmp_path / "recovery.json", ring, NOW)
    rotating, _ = ring.with_new_key()
    item = item.rewrapped(ring, rotating)
    done = rotating.drop(ring.current)
    item.rewrapped(rotating, done)
    reopened = RecoveryFile.read(tmp_path / "recovery.json")
    assert reopened.unlock(key) == done
    assert reopened.escrow_key == done.current


@pytest.mark.parametrize("damage", ["json", "format", "ring", "escrow"])
def test_a_damaged_recovery_file_says_so(tmp_path, damage):
    ring = MasterKeys.generate()
    _, key = RecoveryFile.create(tmp_path / "recovery.json", ring, NOW)
    path = tmp_path / "recovery.json"
    doc = json.loads(path.read_text())
    if damage == "json":
        path.write_text("{not json")
    else:
        if damage == "format":
            doc["format"] = "something else"
        else:
            raw = bytearray(base64.b64decode(doc[damage]))
            raw[-1] ^= 1
            doc[damage] = base64.b64encode(bytes(raw)).decode()
        path.write_text(json.dumps(doc))
    with pytest.raises(VaultError) as caught:
        item = RecoveryFile.read(path)
        item.unlock(key) if damage != "escrow" else item.escrowed_kek(ring)
    assert caught.value.code == "recovery.file-damaged"


def test_a_folder_whose_keyring_entry_is_lost_opens_with_its_recovery_key(tmp_path, test_keyring):
    folder = DataFolder.at(tmp_path / "data")
    folder.create_keys()
    db = folder.open_database()
    db.dispose()
    _, key = folder.create_recovery_key(NOW)
    keys = folder.keys

    keyring.set_keyring(MemoryKeyring())  # the entry is gone (a new session, a wiped keyring)
    again = DataFolder.at(tmp_path / "data")
    assert again.is_new  # no keys where they were kept
    with pytest.raises(RecoveryKeyError):
        again.unlock_with_recovery_key(RecoveryKey.generate())
    again.unlock_with_recovery_key(key)
    assert again.keys == keys
    again.protect_keys()  # kept again, in the new keyring
    assert not DataFolder.at(tmp_path / "data").is_new
    third = DataFolder.at(tmp_path / "data")
    third.unlock()
    third.open_database().dispose()
