"""The vault must work for the CLI without a GUI or the database layer."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import dpo_workbench.vault
import dpo_workbench.vault.blobs, dpo_workbench.vault.crypto
import dpo_workbench.vault.filetypes, dpo_workbench.vault.keystore
heavy = sorted(
    name for name in sys.modules
    if name.split(".")[0] in {"PySide6", "shiboken6", "sqlalchemy", "PIL", "pypdf"}
)
print(",".join(heavy))
"""


def test_vault_imports_no_qt_no_sqlalchemy_and_loads_decoders_lazily() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
