"""Child process for the crash test: makes backups again and again until it is killed.

Usage: python backup_writer.py DATA_DIR

Prints "ready" once the data folder is open, then "wrote PATH" after each finished
backup, so the parent waits for events instead of guessing times.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dpo_workbench.workbench import Workbench

if __name__ == "__main__":
    wb = Workbench.open(Path(sys.argv[1]), actor="crash-test")
    print("ready", flush=True)
    while True:
        result = wb.backups.create()
        print(f"wrote {result.path}", flush=True)
