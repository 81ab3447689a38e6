"""Where the data folder is: --data-dir, then DPO_WORKBENCH_HOME, then the platform's user data dir."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "dpo-workbench"
DATABASE_FILE = "workbench.db"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("DPO_WORKBENCH_HOME")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def ensure_data_dir(path: Path) -> Path:
    """Create the folder and its sub-folders, readable by the user only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    for sub in ("vault", "backups", "logs", "keys"):
        (path / sub).mkdir(exist_ok=True, mode=0o700)
    return path


def write_private(path: str | os.PathLike, data: bytes) -> None:
    """Write a file the user asked for (a letter, an e-mail draft, a breach draft): readable by its owner only.

    Such a file holds personal data, so it is created with mode 0600 whatever the umask, and a file it
    replaces loses any wider rights it had. (On Windows the user's folders already belong to the user.)
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as file:
        if hasattr(os, "fchmod"):
            os.fchmod(file.fileno(), 0o600)
        file.write(data)
