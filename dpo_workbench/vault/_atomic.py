"""Crash-safe file replacement shared by the key file and the blob store.

The recipe: write a temporary file in the *same* folder, flush, fsync it,
``os.replace`` it over the target, then fsync the folder so the rename
itself is durable. A crash at any point leaves either the old file or the
new one, plus at worst a temporary file that is never read.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from contextlib import suppress
from pathlib import Path

_BINARY = getattr(os, "O_BINARY", 0)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (no-op on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems (network shares, some FUSE) refuse it.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
    finally:
        os.close(fd)


def sync_file_system(folder: Path) -> bool:
    """Flush the one file system that holds ``folder`` (Linux ``syncfs``); False where it is not available.

    One call makes a batch of files durable at once, without flushing every other disk of the
    machine as ``os.sync()`` would (a network drive, a USB stick being written...).
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        return syncfs(fd) == 0
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes | bytearray) -> None:
    view = memoryview(data).cast("B")
    while view:
        written = os.write(fd, view)
        view = view[written:]


def atomic_write(path: Path, data: bytes | bytearray, *, temp_path: Path | None = None, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; files are created 0600.

    ``temp_path`` names the temporary file (it must be in the same folder);
    by default a unique hidden name is chosen. With ``durable=False`` nothing is
    fsynced: the caller makes a group of files durable at once (BlobStore.make_durable).
    """
    folder = path.parent
    if temp_path is None:
        fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        temp = Path(temp_name)
    else:
        if temp_path.parent != folder:
            raise ValueError("the temporary file must be in the target's folder")
        temp = temp_path
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o600)
    try:
        try:
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    if durable:
        fsync_dir(folder)
