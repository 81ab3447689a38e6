"""Child process for the crash tests: writes forever until it is killed.

Usage:
    python crash_writer.py blobs ROOT KEY_HEX SIZE
    python crash_writer.py keyfile PATH PASSPHRASE_A PASSPHRASE_B N

Prints "ready" once imports and set-up are done, then "wrote" after each
finished write, so the parent waits for events instead of guessing times.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dpo_workbench.vault.blobs import BlobStore
from dpo_workbench.vault.crypto import encrypt
from dpo_workbench.vault.keystore import PassphraseFileStore, ScryptParams

# Rewritten again and again, so a kill can land in the middle of a replacement.
REPLACED_ID = "f" * 32


def payload(blob_id: str, generation: int, size: int) -> bytes:
    unit = f"{blob_id}:{generation:08d};".encode()
    return unit * (size // len(unit))


def write_blobs(root: str, key_hex: str, size: int) -> None:
    store = BlobStore(Path(root))
    data_key = bytes.fromhex(key_hex)  # one key for the test only; the app uses one per file
    print("ready", flush=True)
    generation = 0
    while True:
        generation += 1
        blob_id = store.new_id()
        store.write(blob_id, encrypt(data_key, payload(blob_id, generation, size), aad=blob_id.encode()))
        print("wrote", flush=True)
        store.write(
            REPLACED_ID,
            encrypt(data_key, payload(REPLACED_ID, generation, size), aad=REPLACED_ID.encode()),
        )
        print("wrote", flush=True)


def change_passphrases(path: str, first: str, second: str, n: int) -> None:
    store = PassphraseFileStore(Path(path), scrypt=ScryptParams(n=n))
    print("ready", flush=True)
    while True:
        store.change_passphrase(first, second)
        print("wrote", flush=True)
        store.change_passphrase(second, first)
        print("wrote", flush=True)


if __name__ == "__main__":
    mode, *args = sys.argv[1:]
    if mode == "blobs":
        write_blobs(args[0], args[1], int(args[2]))
    elif mode == "keyfile":
        change_passphrases(args[0], args[1], args[2], int(args[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
