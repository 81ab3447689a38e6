"""Writing a file the DPO asked for (a letter, a register export, a case file): atomic and private.

An exported file may hold personal data; it leaves the encrypted data folder only
because the DPO asked for it, so it is created readable by its owner only (0600), and
written whole or not at all (a temporary file in the same folder, then renamed over
the target): a crash or a full disk never leaves half a PDF under the name asked for.
"""

from __future__ import annotations

import os
from pathlib import Path

from dpo_workbench.errors import InputError
from dpo_workbench.vault._atomic import atomic_write

EXPORT_MODE = 0o600


def write_export(path: Path | str, data: bytes, *, field: str = "out") -> Path:
    """Write `data` to `path` (replacing it), readable by the user only; returns the path written.

    Bad targets (a missing folder, a folder given as the file, no permission) raise
    InputError naming `field`; nothing is written then.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise InputError(field, "export.is-folder", path=str(path))
    folder = path.parent
    if not folder.is_dir():
        raise InputError(field, "export.folder-missing", folder=str(folder))
    try:
        atomic_write(path, data)
        os.chmod(path, EXPORT_MODE)  # mkstemp already made it 0600; a umask or a platform may differ
    except OSError as exc:
        raise InputError(field, "export.not-writable", path=str(path), reason=exc.strerror or str(exc)) from None
    return path
