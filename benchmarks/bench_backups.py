"""Backups: create and verify the benchmark folder, against a plain copy of the same bytes; peak memory.

Two folders: the 100,000-request benchmark folder as filled (its database, no stored files), and a
copy of it with 2,000 scans in its vault (about 64 kB each, noise: they do not compress), so that
the cost per stored file shows too. For each: `wb.backups.create` and `wb.backups.verify` (a test
restore: unpack, manifest, counts, journal chain, every document decrypted) in process, timed; the
same bytes (database, vault files) copied by `shutil.copyfile` into a fresh folder and fsynced, as
the reference; and, in a child process that has opened the folder, the growth of the peak RSS while
it backs up and while it verifies (Linux: the peak is reset through /proc/self/clear_refs once the
folder is open, so scrypt and imports do not count): streamed, it must not grow with the folder.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import fill
from benchmarks.common import Context, Row, benchmark

SCANS = 2_000
SCAN_SIDE = 146  # 146 x 146 RGB noise: a ~64 kB PNG
MARKER = "bench-backups.json"


CHILD = """
import json, re, sys, time
from pathlib import Path
from dpo_workbench.workbench import Workbench


def memory():
    status = open("/proc/self/status").read()
    return {k: int(re.search(k + r":\\s+(\\d+)", status).group(1)) / 1024 for k in ("VmRSS", "VmHWM")}


wb = Workbench.open(Path(sys.argv[1]), actor="benchmark")
before = memory()
with open("/proc/self/clear_refs", "w") as f:  # the peak so far (scrypt, imports) is not the backup's
    f.write("5")
t0 = time.perf_counter()
if sys.argv[2] == "create":
    wb.backups.create(out=Path(sys.argv[3]))
else:
    assert wb.backups.verify(Path(sys.argv[3])).ok
seconds = time.perf_counter() - t0
print(json.dumps({"before": before["VmRSS"], "peak": memory()["VmHWM"], "seconds": seconds}))
"""


def child_memory(folder: Path, mode: str, path: Path) -> dict:
    """Peak RSS of a process while it backs up or verifies, and its RSS before (Linux: /proc/self)."""
    env = dict(os.environ)
    fill.apply_bench_environment(env)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(fill.REPO_ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), mode, str(path)], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} process failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _noise_png(seed: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (SCAN_SIDE, SCAN_SIDE),
                    random.Random(seed).randbytes(SCAN_SIDE * SCAN_SIDE * 3)).save(out, format="PNG")
    return out.getvalue()


def folder_with_scans(ctx: Context) -> Path:
    """A copy of the benchmark folder with SCANS scans in its vault (made once, reused)."""
    from sqlalchemy import select

    from dpo_workbench.core.rights import DocumentKind
    from dpo_workbench.store.models import Request
    from dpo_workbench.workbench import Workbench

    scans = min(SCANS, ctx.requests)  # fewer on a small benchmark register (the smoke test)
    copy = ctx.data_dir.with_name(ctx.data_dir.name + "-scans")
    source_marker = (ctx.data_dir / fill.MARKER).read_bytes() if (ctx.data_dir / fill.MARKER).exists() else b""
    marker = copy / MARKER
    if marker.exists() and json.loads(marker.read_text()) == {"source": source_marker.decode(), "scans": scans}:
        return copy
    ctx.log(f"  copying the folder to {copy} and storing {scans:,} scans in its vault…")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(ctx.data_dir, copy, ignore=shutil.ignore_patterns("backups"))
    wb = Workbench.open(copy, actor="benchmark")
    try:
        with wb.db.reading() as s:
            ids = list(s.execute(select(Request.id).order_by(Request.id).limit(scans)).scalars())
        for start in range(0, scans, 200):
            batch: list[str] = []
            with wb.db.transaction() as s:
                for n in range(start, min(start + 200, scans)):
                    req = s.get(Request, ids[n % len(ids)])
                    wb.documents.store(s, req, _noise_png(n), DocumentKind.OTHER, "image/png", f"scan-{n}.png",
                                       batch, durable=False, announce=False)
            wb.folder.blobs.make_durable(batch)
    finally:
        wb.close()
    marker.write_text(json.dumps({"source": source_marker.decode(), "scans": scans}))
    return copy


def _payload_bytes(folder: Path) -> tuple[int, list[Path]]:
    files = [folder / "workbench.db", *sorted(p for p in (folder / "vault").iterdir() if p.is_file())]
    return sum(p.stat().st_size for p in files), files


def plain_copy(files: list[Path], target: Path) -> float:
    """Copy the same bytes file by file, fsync them and the folder: the reference a backup is compared with."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    t0 = time.perf_counter()
    for path in files:
        destination = target / path.name
        shutil.copyfile(path, destination)
        fd = os.open(destination, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - t0


def _rows(ctx: Context, folder: Path, key: str, label: str) -> list[Row]:
    from dpo_workbench.workbench import Workbench

    work = Path(tempfile.mkdtemp(prefix="dpo-bench-backups-", dir=folder.parent))
    try:
        size, files = _payload_bytes(folder)
        mb = size / 1e6
        wb = Workbench.open(folder, actor="benchmark")
        try:
            creates, verifies, copies = [], [], []
            result = None
            runs = max(1, min(3, ctx.repeats))
            for n in range(runs):
                out = work / f"b{n}.dpobak"
                t0 = time.perf_counter()
                result = wb.backups.create(out=out)
                creates.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                report = wb.backups.verify(out)
                verifies.append(time.perf_counter() - t0)
                assert report.ok, "the benchmark's backup does not verify"
                copies.append(plain_copy(files, work / "copy"))
                if n:
                    out.unlink()
            assert result is not None
            backup_mb = result.size / 1e6
        finally:
            wb.close()
        linux = Path("/proc/self/clear_refs").exists()
        created = child_memory(folder, "create", work / "child.dpobak") if linux else None
        verified = child_memory(folder, "verify", work / "child.dpobak") if linux else None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    create, verify, copy = min(creates), min(verifies), min(copies)
    rows = [
        Row(f"{key}.create_s", f"{label}: backup create (in process)", create, "s",
            note=f"{mb:.0f} MB of database and vault files, {result.documents:,} stored files; backup file "
                 f"{backup_mb:.0f} MB; best of {runs}"),
        Row(f"{key}.create_mbs", f"{label}: backup create throughput", mb / create, "MB/s", target=50.0,
            higher_is_better=True, note="a 1 GB folder in under 20 s"),
        Row(f"{key}.copy_s", f"{label}: plain copy of the same bytes (shutil + fsync)", copy, "s",
            note=f"{mb / copy:.0f} MB/s, {len(files):,} files, warm page cache"),
        Row(f"{key}.create_ratio", f"{label}: backup / plain copy", create / copy, "x",
            note="consistent snapshot (SQLite backup API, pages re-encrypted) + tar + AES-GCM + SHA-256 + fsync"),
        Row(f"{key}.verify_s", f"{label}: backup verify (test restore, in process)", verify, "s",
            note="unpack, manifest, counts, journal chain, every document decrypted"),
        Row(f"{key}.verify_mbs", f"{label}: backup verify throughput", backup_mb / verify, "MB/s", target=50.0,
            higher_is_better=True, note="MB of backup file per second"),
        Row(f"{key}.verify_ratio", f"{label}: verify / plain copy", verify / copy, "x"),
    ]
    for name, measured in (("create", created), ("verify", verified)):
        if measured is None:
            continue
        rows.append(Row(f"{key}.{name}_rss_mb", f"{label}: peak RSS growth during `backup {name}`",
                        max(0.0, measured["peak"] - measured["before"]), "MB", target=64.0,
                        note=f"peak {measured['peak']:.0f} MB over {measured['before']:.0f} MB held before (an open "
                             f"folder); {mb:.0f} MB streamed"))
    return rows


@benchmark
def bench_backups(ctx: Context) -> list[Row]:
    """Backups: create and verify against a plain copy of the same bytes, and the peak RSS of each process."""
    rows = _rows(ctx, ctx.data_dir, "backup", f"{ctx.requests:,} requests")
    rows += _rows(ctx, folder_with_scans(ctx), "backup_scans", f"same + {min(SCANS, ctx.requests):,} scans")
    return rows
