"""No command: the desktop application (on the data folder, or on a team database with --database-url), or a
clear message when there is no display to show it on."""

from __future__ import annotations

import argparse
import os
import sys

from dpo_workbench import paths


def _display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def open_gui(args: argparse.Namespace) -> int:
    """Checked before Qt is imported, so nothing is created and the message is ours, not Qt's abort."""
    from dpo_workbench.cli.common import database_url

    url = database_url(args)
    if url:  # a wrong URL: one line, before any window
        from dpo_workbench.store.db import check_url

        url = check_url(url)
    if not _display_available():
        print("dpo-workbench: no display found (DISPLAY and WAYLAND_DISPLAY are not set). "
              "Run it in a desktop session, or use a command such as 'dpo-workbench due' "
              "(see 'dpo-workbench --help').", file=sys.stderr)
        return 1
    # the database layer before Qt: once PySide6 is loaded, it reads the source of every module imported
    # after it (looking for `from __feature__ import`), which would cost SQLAlchemy's hundreds of modules
    import dpo_workbench.workbench  # noqa: F401
    from dpo_workbench.ui.app import run

    return run(paths.data_dir(args.data_dir), database_url=url, login=getattr(args, "user", None))
