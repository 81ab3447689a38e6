"""The process survives the Qt binding's lost references (PySide6 6.12 on Python 3.11, see dpo_workbench/ui)."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(50_000):  # a long session's worth of calls returning None or a boolean
    label.setText("x")
    label.isVisible()
    label.isEnabled()
print("survived")
"""


def run(script: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180,
                          check=False)


def test_a_long_session_of_qt_calls_does_not_abort_the_application():
    done = run("import dpo_workbench.ui  # what every entry point of the interface imports first\n" + CALLS)
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]

