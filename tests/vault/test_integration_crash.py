"""Kill the application while it attaches large scans; the data folder must stay usable.

A child process (attach_writer.py) attaches a 20 MB TIFF of noise again and
again through the workbench; the parent kills it with SIGKILL at random
moments, synchronised on its output and on the temporary files of the vault
(no sleeping). After every kill the database opens, no document is damaged
or missing, every document that has a key decrypts to the scan, everything
the child reported as committed is there, and the journal verifies. `vault
check` then exits 0, or 1 listing only orphans and unfinished writes.
"""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import text

from dpo_workbench import paths
from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.datafolder import DataFolder
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.vault.keystore import KEY_FILE_NAME, PassphraseFileStore, ensure_install_id
from dpo_workbench.workbench import Workbench

from .conftest import FAST_SCRYPT

WRITER = Path(__file__).with_name("attach_writer.py")
PASSPHRASE = "correct horse battery staple"
ITERATIONS = 8
MAX_POLLS = 500_000  # bounded wait for a temporary file of the vault to appear
SIDE = 2600  # 2600 x 2600 RGB: a 20 MB uncompressed TIFF


def noise_tiff(path: Path, seed: int) -> bytes:
    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", (SIDE, SIDE), rng.randbytes(SIDE * SIDE * 3)).save(out, format="TIFF")
    data = out.getvalue()
    path.write_bytes(data)
    return data


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DPO_WORKBENCH_HOME", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DPO_WORKBENCH_PASSPHRASE=PASSPHRASE)
    return env


def start_writer(data_dir: Path, reference: str, scan: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, str(WRITER), str(data_dir), reference, str(scan)],
                               stdout=subprocess.PIPE, text=True, env=child_env())
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until the workbench is open in the child
    assert line.strip() == "ready", f"writer did not start (exit code {process.poll()})"
    return process


def kill_at_random(process: subprocess.Popen[str], vault: Path, rng: random.Random) -> tuple[str, list[str]]:
    """SIGKILL the writer at a random moment; returns (where it was killed, its report lines).

    "write": while a scan is being written to its temporary file; "rename": just
    after the temporary file was renamed into place (before or during the commit);
    "anytime": wherever it happens to be.
    """
    assert process.stdout is not None
    lines = []
    stale = {name for name in os.listdir(vault) if name.endswith(".tmp")}  # left by earlier kills
    moment = rng.choice(["write", "write", "rename", "anytime"])

    def new_temp() -> str | None:
        return next((n for n in os.listdir(vault) if n.endswith(".tmp") and n not in stale), None)

    try:
        for _ in range(rng.randrange(0, 3)):  # let some writes finish first
            lines.append(process.stdout.readline().strip())
        temp = None
        if moment != "anytime":
            for _ in range(MAX_POLLS):
                if (temp := new_temp()) is not None:
                    break
        if moment == "rename" and temp is not None:
            for _ in range(MAX_POLLS):
                if not (vault / temp).exists():
                    break
            extra = 50
        else:
            extra = 400
        for _ in range(rng.randrange(0, extra)):  # a little further, by a random amount
            os.listdir(vault)
        if moment != "anytime" and temp is None:
            moment = "missed"
    finally:
        process.kill()
        process.wait()
    lines += process.stdout.read().splitlines()  # what it reported before dying was committed
    process.stdout.close()
    return moment, lines


@pytest.mark.slow
def test_killing_the_app_while_it_attaches_large_scans_loses_nothing_committed(tmp_path, clock):
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    scan_path = tmp_path / "scan.tif"
    scan = noise_tiff(scan_path, seed)
    data_dir = tmp_path / "data"
    paths.ensure_data_dir(data_dir)
    ensure_install_id(data_dir / "keys")
    folder = DataFolder(path=data_dir, store=PassphraseFileStore(data_dir / "keys" / KEY_FILE_NAME,
                                                                 scrypt=FAST_SCRYPT))
    folder.create_keys(PASSPHRASE)
    wb = Workbench.from_folder(folder, clock=clock, actor="dpo-test")
    reference = wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL,
                                               received_on=date(2026, 11, 20), requester_name="Jeanne Martin",
                                               requester_email="jeanne.martin@exemple.fr"))
    wb.close()

    vault = data_dir / "vault"
    attached: set[int] = set()
    destroyed: set[int] = set()
    moments = []
    for iteration in range(ITERATIONS):
        where = f"seed {seed}, iteration {iteration}"
        moment, lines = kill_at_random(start_writer(data_dir, reference, scan_path), vault, rng)
        moments.append(moment)
        for line in filter(None, lines):
            word, number = line.split() if " " in line else (line, "")
            if word == "attached":
                attached.add(int(number))
            elif word == "destroyed":
                destroyed.add(int(number))

        wb = Workbench.open(data_dir, clock=clock, actor="dpo-test", passphrase=PASSPHRASE)
        try:
            report = wb.vault.check()
            assert (report.damaged, report.missing) == ([], []), where
            with wb.db.reading() as s:
                rows = s.execute(text("SELECT id, wrapped_key IS NOT NULL, destroyed_at IS NOT NULL "
                                      "FROM document")).all()
            ids = {r[0] for r in rows}
            assert attached <= ids, f"{where}: a committed attachment is missing"
            live = [doc_id for doc_id, has_key, _ in rows if has_key]
            for doc_id in live:
                assert wb.documents.read(doc_id) == scan, where
            gone = {doc_id for doc_id, has_key, is_destroyed in rows if is_destroyed and not has_key}
            assert destroyed <= gone, f"{where}: a committed destruction was undone"
            assert all(has_key != is_destroyed for _, has_key, is_destroyed in rows), where
            assert wb.audit.verify().ok, where
            with wb.db.reading() as s:
                assert s.execute(text("SELECT count(*) FROM audit_entry WHERE action = 'document.damaged'")
                                 ).scalar_one() == 0, where
        finally:
            wb.close()
    assert "write" in moments or "rename" in moments, f"no kill landed during a write (seed {seed}, {moments})"
    assert attached, f"no attachment finished (seed {seed})"

    # the command line: exit 0 when clean, 1 listing only orphans and unfinished writes
    result = subprocess.run([sys.executable, "-m", "dpo_workbench", "--data-dir", str(data_dir), "vault", "check"],
                            capture_output=True, text=True, timeout=120, env=child_env(), check=False)
    *problems, summary = result.stdout.splitlines()
    assert all(line.startswith("orphan: vault/") for line in problems), result.stdout
    assert summary.endswith("vault intact." if not problems else "problems found."), result.stdout
    assert result.returncode == (1 if problems else 0), (seed, result.stdout, result.stderr)
    # and the start-up clean-up of the command line removed the files of destroyed documents
    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test", passphrase=PASSPHRASE)
    try:
        report = wb.vault.check()
        assert (report.damaged, report.missing) == ([], [])
        with wb.db.reading() as s:
            dead = set(s.execute(text("SELECT blob_id FROM document WHERE destroyed_at IS NOT NULL")).scalars())
        assert not dead & wb.folder.blobs.ids()
    finally:
        wb.close()
