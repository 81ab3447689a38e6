from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from dpo_workbench.vault.keystore import ScryptParams

from .memory_keyring import MemoryKeyring

# Cheap scrypt for tests; the production parameters are tested once.
FAST_SCRYPT = ScryptParams(n=2**8, r=8, p=1)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    """Put the process-wide keyring backend back as it was after the test."""
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(restore_keyring: None) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
