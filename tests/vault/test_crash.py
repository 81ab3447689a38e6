"""Kill a writing process at random moments; what is on disk must stay usable.

SIGKILL stops the process between any two instructions, which covers
everything the program itself can get wrong (order of write, rename,
clean-up). Power loss additionally relies on the fsync calls, which a test
cannot observe.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dpo_workbench.errors import WrongPassphrase
from dpo_workbench.vault.blobs import BlobStore
from dpo_workbench.vault.crypto import decrypt, new_key
from dpo_workbench.vault.keystore import KEY_FILE_NAME, MasterKeys, PassphraseFileStore

from .conftest import FAST_SCRYPT
from .crash_writer import REPLACED_ID

WRITER = Path(__file__).with_name("crash_writer.py")
ITERATIONS = 12
MAX_POLLS = 500_000  # bounded wait for a temporary file to appear
BLOB_SIZE = 4 * 1024 * 1024

PASSPHRASE_A = "first passphrase"
PASSPHRASE_B = "second passphrase"


def _start(*args: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until the child finished starting
    assert line.strip() == "ready", f"writer did not start (exit code {process.poll()})"
    return process


def _kill_during_a_write(
    process: subprocess.Popen[str],
    finished_writes: int,
    folder: Path,
    is_temp: Callable[[str], bool],
    rng: random.Random,
) -> bool:
    """Kill ``process`` once it finished some writes and a temp file is seen.

    A random number of extra polls moves the kill anywhere from the start of
    a write to after its rename. Returns whether a temporary file was seen.
    """
    seen = False
    try:
        assert process.stdout is not None
        for _ in range(finished_writes):
            assert process.stdout.readline().strip() == "wrote"
        for _ in range(MAX_POLLS):
            if any(is_temp(name) for name in os.listdir(folder)):
                seen = True
                break
        for _ in range(rng.randrange(0, 300)):  # random moment: some kills land later
            os.listdir(folder)
    finally:
        process.kill()
        process.wait()
        assert process.stdout is not None
        process.stdout.close()
    return seen


@pytest.mark.slow
def test_killed_blob_writer_leaves_only_finished_blobs_and_temp_files(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    root = tmp_path / "vault"
    data_key = new_key()
    seen = 0
    for iteration in range(ITERATIONS):
        process = _start("blobs", str(root), data_key.hex(), str(BLOB_SIZE))
        seen += _kill_during_a_write(
            process, iteration % 4, root, lambda name: name.endswith(".tmp"), rng
        )

        store = BlobStore(root)
        finished = store.ids()
        leftovers = {path.name for path in store.leftovers()}
        assert set(os.listdir(root)) == finished | leftovers, f"seed {seed}"
        for blob_id in finished:
            plaintext = decrypt(data_key, store.read(blob_id), aad=blob_id.encode())
            unit = plaintext[: plaintext.index(b";") + 1]
            assert unit.startswith(blob_id.encode() + b":"), f"seed {seed}"
            assert plaintext == unit * (len(plaintext) // len(unit)), f"seed {seed}"
    assert seen >= 1, f"no kill landed while a temporary file existed (seed {seed})"
    assert REPLACED_ID in BlobStore(root).ids()

    store = BlobStore(root)
    store.remove_leftovers()
    assert store.leftovers() == []
    assert set(os.listdir(root)) == store.ids()


@pytest.mark.slow
def test_killed_passphrase_change_leaves_a_usable_key_file(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    path = tmp_path / "keys" / KEY_FILE_NAME
    ring = MasterKeys.generate()
    PassphraseFileStore(path, scrypt=FAST_SCRYPT).save(ring, PASSPHRASE_A)
    prefix = f".{KEY_FILE_NAME}."
    seen = 0
    for iteration in range(ITERATIONS):
        process = _start("keyfile", str(path), PASSPHRASE_A, PASSPHRASE_B, str(FAST_SCRYPT.n))
        seen += _kill_during_a_write(
            process,
            iteration % 3,
            path.parent,
            lambda name: name.startswith(prefix) and name.endswith(".tmp"),
            rng,
        )
        opened = []
        for passphrase in (PASSPHRASE_A, PASSPHRASE_B):
            try:
                opened.append(PassphraseFileStore(path).unlock(passphrase))
            except WrongPassphrase:
                continue
        assert opened == [ring], f"seed {seed}: the key file must open with exactly one passphrase"
        # The child alternates A->B, B->A; put it back on A for the next round.
        store = PassphraseFileStore(path, scrypt=FAST_SCRYPT)
        try:
            store.unlock(PASSPHRASE_A)
        except WrongPassphrase:
            store.change_passphrase(PASSPHRASE_B, PASSPHRASE_A)
        else:
            store.save(ring)  # also removes leftovers of the killed save
        assert sorted(os.listdir(path.parent)) == [KEY_FILE_NAME]
    assert seen >= 1, f"no kill landed while a temporary file existed (seed {seed})"
