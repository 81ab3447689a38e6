"""A keyring backend for the benchmark only: stands in for the system keyring.

The start-up figure is meant for the everyday case, a desktop whose keyring
(Secret Service, Keychain, Credential Manager) hands over the master key
without a prompt. A benchmark machine has no such keyring, so this backend
keeps the entries in a JSON file named by DPO_BENCH_KEYRING_FILE. It protects
nothing: never use it outside `make bench`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV = "DPO_BENCH_KEYRING_FILE"


class BenchFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._read()
        entries[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._read()
        entries.pop(f"{service}\n{username}", None)
        self._path().write_text(json.dumps(entries))
