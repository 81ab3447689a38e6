"""`core/` holds the legal rules and must never pull in Qt or the database layer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dpo_workbench.core

CORE_DIR = Path(dpo_workbench.core.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "alembic")


def core_modules() -> list[str]:
    return sorted(f"dpo_workbench.core.{p.stem}" for p in CORE_DIR.glob("*.py") if p.stem != "__init__")


def test_core_folder_is_listed():
    modules = core_modules()
    # the modules the rest of the application relies on are really there to be checked
    for name in ("deadlines", "lifecycle", "rights", "clock", "text"):
        assert f"dpo_workbench.core.{name}" in modules


def test_core_imports_neither_qt_nor_sqlalchemy():
    modules = core_modules()
    code = (
        f"import sys\n"
        f"import {', '.join(modules)}\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        f"print(bad)\n"
        f"sys.exit(bool(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, f"core imports {result.stdout.strip()}{result.stderr}"
    assert result.stdout.strip() == "[]"


def test_the_purity_check_can_fail():
    """The same check reports a forbidden import when one happens (so the test above means something)."""
    code = (
        "import sys, sqlalchemy\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "sys.exit(bool(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1
