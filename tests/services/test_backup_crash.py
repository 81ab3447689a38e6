"""Kill the application while it writes a backup: no file that looks like a backup is left half-written.

A child process (backup_writer.py) backs the folder up again and again; the parent
kills it with SIGKILL at random moments, synchronised on its output and on the
temporary file of the backup being written (no sleeping). After every kill, each
`.dpobak` in the backup folder verifies, and the unfinished temporary file, even
renamed to look like a backup, is refused as incomplete.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_workbench.errors import BackupDamaged
from dpo_workbench.services.backup_archive import TEMP_PATTERN
from dpo_workbench.services.requests import RegisterQuery
from dpo_workbench.workbench import Workbench
from tests.services import backup_data

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("backup_writer.py")
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
KILLS = 6
MAX_POLLS = 2_000_000


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DPO_WORKBENCH_HOME", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DPO_WORKBENCH_PASSPHRASE=PASSPHRASE,
               PYTHONPATH=str(ROOT))
    return env


def test_a_backup_killed_mid_write_leaves_no_file_that_verifies(tmp_path, clock, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", PASSPHRASE)
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    data = tmp_path / "data"
    wb = Workbench.open(data, clock=clock, actor="dpo-test")
    try:
        backup_data.fill(wb)
        ids = wb.requests.ids(RegisterQuery())
        for n in range(8):  # 8 scans of noise, ~2 MB each: a backup takes a moment to write
            wb.documents.attach(ids[n], backup_data.noise_png(n, 820), f"scan-{n}.png")
    finally:
        wb.close()
    backups = data / "backups"
    rng = random.Random(20261126)
    finished: list[str] = []
    posed = 0
    for kill in range(KILLS):
        process = subprocess.Popen([sys.executable, str(WRITER), str(data)], stdout=subprocess.PIPE, text=True,
                                   env=child_env())
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready", f"writer did not start ({process.poll()})"
        for _ in range(rng.randrange(0, 2)):  # let some backups finish first
            line = process.stdout.readline().strip()
            assert line.startswith("wrote "), line
            finished.append(Path(line.split(" ", 1)[1]).name)
        stale = {p.name for p in backups.iterdir() if TEMP_PATTERN.fullmatch(p.name)}
        temp = None
        for _ in range(MAX_POLLS):  # kill while a backup is being written
            temp = next((p for p in backups.iterdir() if TEMP_PATTERN.fullmatch(p.name) and p.name not in stale),
                        None)
            if temp is not None and temp.stat().st_size > rng.randrange(0, 4_000_000):
                break
        process.kill()
        process.wait()
        rest = process.stdout.read()
        finished += [Path(line.split(" ", 1)[1]).name for line in rest.splitlines() if line.startswith("wrote ")]
        process.stdout.close()
        assert temp is not None, "no backup was being written"

        wb = Workbench.open(data, clock=clock, actor="dpo-test")
        try:
            listed = wb.backups.list()
            assert all(e.status == "complete" for e in listed), [(e.name, e.status) for e in listed]
            for entry in listed:  # every file named like a backup is a whole one
                assert wb.backups.verify(entry.path).ok
            leftovers = [p for p in backups.iterdir() if TEMP_PATTERN.fullmatch(p.name)]
            for leftover in leftovers:  # what the kill left: hidden, and never restorable
                posing = tmp_path / f"posing-{kill}.dpobak"
                shutil.copyfile(leftover, posing)
                with pytest.raises(BackupDamaged):
                    wb.backups.verify(posing)
                posing.unlink()
                posed += 1
        finally:
            wb.close()
    assert finished  # backups did finish between the kills
    assert posed  # and unfinished ones were left by kills mid-write
