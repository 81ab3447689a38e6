"""An in-memory keyring backend for tests (never touches the real keyring).

Importable by name, so ``PYTHON_KEYRING_BACKEND=tests.vault.memory_keyring.MemoryKeyring``
works too.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


class ForgetfulKeyring(MemoryKeyring):
    """Accepts a password and silently drops it (like a broken backend)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None
