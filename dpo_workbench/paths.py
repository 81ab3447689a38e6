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
