"""Child process for the workbench crash test: attaches a large scan again and again until killed.

Usage:
    python attach_writer.py DATA_DIR REFERENCE SCAN_PATH

The data folder keeps its keys in a passphrase file; the passphrase comes from
DPO_WORKBENCH_PASSPHRASE (an in-memory keyring would not outlive the process).
Prints "ready" once the workbench is open, "attached ID" once an attachment is
committed and "destroyed ID" once a document is destroyed (every second
document, so a kill can also land in a destruction), so the parent waits for
events instead of guessing times.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dpo_workbench.workbench import Workbench


def main(data_dir: str, reference: str, scan_path: str) -> None:
    data = Path(scan_path).read_bytes()
    wb = Workbench.open(Path(data_dir), actor="attach-writer")
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        info = wb.documents.attach(reference, data, f"scan-{n}.tif", id_copy=n % 3 == 0)
        print(f"attached {info.id}", flush=True)
        if info.id % 2 == 0:
            wb.documents.destroy(info.id, "crash test")
            print(f"destroyed {info.id}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
