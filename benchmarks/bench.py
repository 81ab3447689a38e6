"""`make bench`: speed and memory figures of DPO Workbench on a large register.

    python -m benchmarks.bench [--requests N] [--data-dir DIR] [--keep]
                               [--runs R] [--repeats K] [--only NAME[,NAME]]

Prints a table: metric, figure, target, figure/target and PASS or MISS
(rows without a target are information). It is a measuring tool, not a
test: the exit code is 0 whatever the figures.

Each benchmark is a function taking the `Context` and returning `Row`s,
registered with `@benchmark`; add a row by adding a function (or a row to
one). Times are medians of `repeats` runs (start-up: of `runs` process
starts), measured with `time.perf_counter`.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import fill
from benchmarks.common import (
    BENCHMARKS,
    Context,
    Row,
    Timing,
    _fmt,
    _notes,
    benchmark,
    format_table,
    read_first_page,
    timed,
)

REPO_ROOT = fill.REPO_ROOT
BARE_QT = Path(__file__).with_name("bare_qt.py")
CHILD_TIMEOUT = 180  # seconds before a start-up that never shows its window is killed
NO_MATCH = "Quetzalcoatl"


# -- (a) start-up and (d) the application's peak memory ------------------------------------


@dataclass
class Child:
    wall_s: float  # from just before the spawn to the process's exit
    reported_s: float  # what the program printed: run()/main() start -> first page painted
    shown_s: float  # from just before the spawn to the first page painted (the target's figure)
    max_rss_mb: float  # the process's peak resident memory (VmHWM)
    cpu_s: float  # user + system CPU time of the process
    exit_code: int  # negative: killed by that signal (after the first page was shown)


def child_environment() -> dict[str, str]:
    env = dict(os.environ)
    fill.apply_bench_environment(env)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["DPO_WORKBENCH_BENCH_EXIT"] = "1"
    return env


def run_child(argv: list[str], env: dict[str, str], timeout: float = CHILD_TIMEOUT) -> Child:
    """Start a program, wait for its exit; its wall-clock time and its own peak RSS (wait4).

    wait4 gives this child's own rusage (ru_maxrss is its VmHWM), unlike
    RUSAGE_CHILDREN, which is the maximum over every child waited for.
    """
    if not (hasattr(os, "posix_spawn") and hasattr(os, "wait4")):  # Windows: time only
        t0, epoch0 = time.perf_counter(), time.time()
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout, check=False)
        wall = time.perf_counter() - t0
        reported = [line.split()[1:] for line in done.stdout.splitlines() if line.startswith("first-page-shown ")]
        if not reported:
            raise RuntimeError(f"{' '.join(argv)} exited with {done.returncode} without showing its first page:\n"
                               f"{done.stdout[-2000:]}{done.stderr[-4000:]}")
        inside, shown = float(reported[0][0]), float(reported[0][1]) - epoch0
        return Child(wall, inside, shown, math.nan, math.nan, done.returncode)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        t0, epoch0 = time.perf_counter(), time.time()
        pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
        killer = threading.Timer(timeout, os.kill, (pid, 9))
        killer.start()
        try:
            _, status, usage = os.wait4(pid, 0)
            wall = time.perf_counter() - t0
        finally:
            killer.cancel()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    code = os.waitstatus_to_exitcode(status)
    reported = [line.split()[1:] for line in stdout.splitlines() if line.startswith("first-page-shown ")]
    if not reported:
        raise RuntimeError(f"{' '.join(argv)} exited with {code} without showing its first page:\n"
                           f"{stdout[-2000:]}{stderr[-4000:]}")
    # ru_maxrss is in kilobytes on Linux, bytes on macOS
    rss_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    inside, shown = float(reported[0][0]), float(reported[0][1]) - epoch0
    return Child(wall, inside, shown, rss_mb, usage.ru_utime + usage.ru_stime, code)


def _spread(children: list[Child]) -> str:
    values = [c.wall_s for c in children]
    cpu = statistics.median(c.cpu_s for c in children)
    text = f"cpu {_fmt(cpu, 's')}; min {_fmt(min(values), 's')}, max {_fmt(max(values), 's')}, n={len(values)}"
    failed = [c.exit_code for c in children if c.exit_code != 0]
    if failed:
        how = ", ".join(sorted({f"signal {-c}" if c < 0 else f"code {c}" for c in failed}))
        text += f"; EXIT FAILED in {len(failed)}/{len(values)} ({how}) after the first page"
    return text


def keyring_folder(ctx: Context) -> tuple[Path, dict[str, str]]:
    """A copy of the benchmark folder whose key sits in a keyring, as on a desktop, and its environment.

    The filled folder keeps its key in a passphrase file (scrypt costs 0.3 s at
    every start); a DPO's desktop normally hands the key over from its keyring.
    """
    from benchmarks.bench_keyring import ENV

    copy = ctx.data_dir.with_name(ctx.data_dir.name + "-keyring")
    marker = ctx.data_dir / "bench-fill.json"
    copied = copy / "bench-fill.json"
    env = child_environment()
    env.pop("DPO_WORKBENCH_PASSPHRASE", None)
    env["PYTHON_KEYRING_BACKEND"] = "benchmarks.bench_keyring.BenchFileKeyring"
    env[ENV] = str(copy / "bench-keyring.json")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                      env.get("PYTHONPATH")]))
    if not (copied.exists() and marker.exists() and copied.read_bytes() == marker.read_bytes()):
        ctx.log(f"  copying the folder to {copy} with its key in a (benchmark) keyring…")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(ctx.data_dir, copy)
        script = (
            "import keyring, sys\n"
            "from pathlib import Path\n"
            "from benchmarks.bench_keyring import BenchFileKeyring\n"
            "from dpo_workbench.vault.keystore import KeyringStore, PassphraseFileStore, ensure_install_id\n"
            "folder = Path(sys.argv[1])\n"
            "key_file = folder / 'keys' / 'master-keys.json'\n"
            "keys = PassphraseFileStore(key_file).unlock(sys.argv[2])\n"
            "keyring.set_keyring(BenchFileKeyring())\n"
            "KeyringStore(ensure_install_id(folder / 'keys')).save(keys)\n"
            "key_file.unlink()\n"
        )
        subprocess.run([sys.executable, "-c", script, str(copy), fill.BENCH_PASSPHRASE], env=env, check=True)
    return copy, env


def compile_package() -> None:
    """Bytecode for the package, as an installed one has (pip compiles at install; PyInstaller freezes it).

    Without it a source checkout whose interpreter may not write bytecode (PYTHONDONTWRITEBYTECODE)
    compiles every module at each start, which no installed application does.
    """
    import compileall

    import dpo_workbench

    compileall.compile_dir(str(Path(dpo_workbench.__file__).parent), quiet=1)


def frozen_application() -> Path | None:
    """The bundle `make package` builds, when there is one."""
    exe = REPO_ROOT / "dist" / "dpo-workbench" / ("dpo-workbench.exe" if os.name == "nt" else "dpo-workbench")
    return exe if exe.is_file() else None


@benchmark
def bench_startup(ctx: Context) -> list[Row]:
    """(a) process start to first page shown, the app against a bare PySide6 table window; (d) peak RSS."""
    compile_package()
    folder, keyring_env = keyring_folder(ctx)
    passphrase_env = child_environment()
    app_argv = [sys.executable, "-m", "dpo_workbench", "--data-dir", str(folder)]
    passphrase_argv = [sys.executable, "-m", "dpo_workbench", "--data-dir", str(ctx.data_dir)]
    bare_argv = [sys.executable, str(BARE_QT)]
    run_child(app_argv, keyring_env)  # the first start of the day does the daily upkeep: not measured
    apps: list[Child] = []
    bares: list[Child] = []
    locked: list[Child] = []
    for i in range(ctx.runs):  # alternate, so drifts of the machine hit all alike
        apps.append(run_child(app_argv, keyring_env))
        bares.append(run_child(bare_argv, passphrase_env))
        locked.append(run_child(passphrase_argv, passphrase_env))
        ctx.log(f"  start-up run {i + 1}/{ctx.runs}: app {apps[-1].shown_s:.2f} s (exit {apps[-1].exit_code}), "
                f"bare Qt {bares[-1].shown_s:.2f} s, app with a passphrase file {locked[-1].shown_s:.2f} s")
    app_shown = statistics.median(c.shown_s for c in apps)
    bare_shown = statistics.median(c.shown_s for c in bares)
    locked_shown = statistics.median(c.shown_s for c in locked)
    app_in = statistics.median(c.reported_s for c in apps)
    bare_in = statistics.median(c.reported_s for c in bares)
    cpu_ratio = statistics.median(c.cpu_s for c in apps) / statistics.median(c.cpu_s for c in bares)
    return [
        Row("startup.app_s", "start-up: app (key in keyring), process start → first page", app_shown, "s",
            note=_spread(apps)),
        Row("startup.bare_s", "start-up: bare PySide6 table window, same", bare_shown, "s", note=_spread(bares)),
        Row("startup.ratio", "start-up ratio app / bare", app_shown / bare_shown, "x", target=3.0,
            note=f"by CPU time to exit: {cpu_ratio:.2f}×"),
        Row("startup.passphrase_s", "start-up: app, key file unlocked from the environment", locked_shown, "s",
            note=_notes("scrypt n=2^17 at each start", _spread(locked))),
        Row("startup.app_inside_s", "start-up: app, run() → first page painted", app_in, "s",
            note=f"so {app_shown - app_in:.2f} s go to interpreter and imports"),
        Row("startup.bare_inside_s", "start-up: bare, main() → first page painted", bare_in, "s",
            note=f"so {bare_shown - bare_in:.2f} s go to interpreter and imports"),
        Row("memory.app_peak_mb", "peak RSS: app process during start-up", max(c.max_rss_mb for c in apps + locked),
            "MB", target=300.0, note=f"max of {len(apps) + len(locked)} starts, passphrase file included"),
        Row("memory.bare_peak_mb", "peak RSS: bare PySide6 process", max(c.max_rss_mb for c in bares), "MB"),
    ] + frozen_startup(ctx, passphrase_argv, bare_argv, passphrase_env)


def frozen_startup(ctx: Context, source_argv: list[str], bare_argv: list[str], env: dict[str, str]) -> list[Row]:
    """The frozen application (`make package`), when built, beside the source one and the bare window.

    Both open the folder whose key file is unlocked from the environment: a frozen program cannot
    load the benchmark's keyring backend, so the scrypt derivation is in both figures.
    """
    exe = frozen_application()
    if exe is None:
        return []
    frozen_argv = [str(exe), "--data-dir", str(ctx.data_dir)]
    run_child(frozen_argv, env)  # the first start reads the bundle's files from disk: not measured
    frozen: list[Child] = []
    source: list[Child] = []
    bares: list[Child] = []
    for _ in range(ctx.runs):
        frozen.append(run_child(frozen_argv, env))
        source.append(run_child(source_argv, env))
        bares.append(run_child(bare_argv, env))
    frozen_s = statistics.median(c.shown_s for c in frozen)
    source_s = statistics.median(c.shown_s for c in source)
    bare_s = statistics.median(c.shown_s for c in bares)
    return [
        Row("startup.frozen_s", "start-up: frozen app (make package), key file, process start → first page",
            frozen_s, "s", note=_spread(frozen)),
        Row("startup.frozen_vs_source", "start-up: frozen / source, same folder and key file", frozen_s / source_s,
            "x", note=f"source {source_s:.2f} s in the same runs"),
        Row("startup.frozen_vs_bare", "start-up: frozen (key file) / bare PySide6 window", frozen_s / bare_s, "x",
            note=f"bare {bare_s:.2f} s in the same runs; the scrypt derivation is in the frozen figure"),
    ]


# -- the command line: the everyday commands against importing SQLAlchemy -------------------


def time_process(argv: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT, check=False)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {done.returncode}:\n{done.stderr[-2000:]}")
    return wall


@benchmark
def bench_cli(ctx: Context) -> list[Row]:
    """`due` and `request add` as processes, against `python -c "import sqlalchemy"`; the scrypt cost apart."""
    from dpo_workbench.vault.keystore import ScryptParams

    compile_package()
    folder, keyring_env = keyring_folder(ctx)
    passphrase_env = child_environment()
    program = [sys.executable, "-m", "dpo_workbench"]
    yardstick = [sys.executable, "-c", "import sqlalchemy"]
    # the daily reminder: due within a week; then the whole list of open requests
    due = [*program, "--data-dir", str(folder), "due", "--within", "7", "--format", "json"]
    due_all = [*program, "--data-dir", str(folder), "due", "--format", "json"]
    due_locked = [*program, "--data-dir", str(ctx.data_dir), "due", "--within", "7", "--format", "json"]
    today = time.strftime("%Y-%m-%d")

    def add(n: int) -> list[str]:  # into the keyring copy of the folder: the filled one stays as filled
        return [*program, "--data-dir", str(folder), "request", "add", "--right", "access", "--channel", "email",
                "--received", today, "--name", f"Benchmark Requester {n}", "--email", f"bench{n}@exemple.fr"]

    time_process(due, keyring_env)  # warm the file cache
    runs: dict[str, list[float]] = {"sqlalchemy": [], "due": [], "all": [], "add": [], "locked": []}
    for i in range(ctx.runs):  # alternate, so drifts of the machine hit all alike
        runs["sqlalchemy"].append(time_process(yardstick, keyring_env))
        runs["due"].append(time_process(due, keyring_env))
        runs["all"].append(time_process(due_all, keyring_env))
        runs["add"].append(time_process(add(i), keyring_env))
        runs["locked"].append(time_process(due_locked, passphrase_env))
    median = {name: statistics.median(values) for name, values in runs.items()}
    t0 = time.perf_counter()
    ScryptParams().derive("benchmark passphrase", b"\0" * 16)
    scrypt_s = time.perf_counter() - t0

    def spread(name: str) -> str:
        return f"min {min(runs[name]):.2f} s, max {max(runs[name]):.2f} s, n={len(runs[name])}"

    return [
        Row("cli.sqlalchemy_s", 'python -c "import sqlalchemy" (the yardstick)', median["sqlalchemy"], "s",
            note=spread("sqlalchemy")),
        Row("cli.due_s", "dpo-workbench due --within 7 --format json (key in keyring)", median["due"], "s",
            note=spread("due")),
        Row("cli.due_ratio", "due --within 7 / import sqlalchemy", median["due"] / median["sqlalchemy"], "x",
            target=3.0, note=f"{ctx.requests:,} requests; no Qt, no reportlab loaded (tests/cli/test_cli_imports.py)"),
        Row("cli.due_all_s", "dpo-workbench due --format json, every open request", median["all"], "s",
            note=f"{spread('all')}; {median['all'] / median['sqlalchemy']:.1f}× import sqlalchemy"),
        Row("cli.request_add_s", "dpo-workbench request add (key in keyring)", median["add"], "s",
            note=spread("add")),
        Row("cli.request_add_ratio", "request add / import sqlalchemy", median["add"] / median["sqlalchemy"], "x",
            note="the deadline needs the year's public holidays (the holidays library builds them), the e-mail "
                 "address its check; journal entry and repeat check included"),
        Row("cli.due_passphrase_s", "due --within 7, key file unlocked from the environment", median["locked"], "s",
            note=f"{spread('locked')}; one scrypt derivation per command"),
        Row("cli.scrypt_s", "the passphrase derivation alone (scrypt n=2^17, r=8, p=1)", scrypt_s, "s",
            note="deliberately slow: it is what makes guessing the passphrase costly"),
    ]


# -- (b) search and filters, (c) sort: the model the GUI uses ------------------------------


def search_terms(wb) -> list[tuple[str, str]]:
    """(label, text) pairs a DPO would type, taken from the data so that they match."""
    from sqlalchemy import func, select

    from dpo_workbench.store.models import Request

    with wb.db.reading() as s:
        count = s.execute(select(func.count(Request.id))).scalar_one()

        def at(column, fraction: float, *where):
            stmt = select(column).where(*where).order_by(Request.id).offset(int(count * fraction)).limit(1)
            return s.execute(stmt).scalar_one_or_none() or ""

        email = at(Request.requester_email, 0.5, Request.requester_email != "")
        reference = at(Request.reference, 0.33)
        full_name = at(Request.requester_name, 0.25)
    return [
        ("a surname", "Lefèvre"),
        ("first name and surname", full_name),
        ("part of an e-mail", email.split("@")[0]),
        ("a reference", reference),
        ("no match", NO_MATCH),
    ]


def _query_rows(ctx: Context, scenarios) -> list[Row]:
    from dpo_workbench.ui.requests.register_model import RegisterModel

    wb = ctx.workbench()
    ctx.qt_app()
    model = RegisterModel(wb)
    rows = []
    for key, label, query in scenarios:
        matches = len(wb.requests.ids(query))
        bare = timed(lambda q=query: wb.requests.ids(q), ctx.repeats)

        def gui(q=query) -> None:
            model.set_query(q)
            read_first_page(model)

        full = timed(gui, ctx.repeats)
        rows.append(Row(f"{key}.ids_ms", f"{label}: register_ids", bare.wall_ms, "ms", target=100.0,
                        note=_notes(bare.note, f"{matches:,} match{'es' if matches != 1 else ''}")))
        rows.append(Row(f"{key}.gui_ms", f"{label}: set_query + first page", full.wall_ms, "ms", target=100.0,
                        note=full.note))
    return rows


@benchmark
def bench_search(ctx: Context) -> list[Row]:
    """(b) text search over the whole register, as typed in the search box."""
    from dpo_workbench.services.requests import RegisterQuery

    scenarios = []
    for n, (label, text) in enumerate(search_terms(ctx.workbench())):
        scenarios.append((f"search.{n}", f"search {label} '{text}'", RegisterQuery(text=text)))
    return _query_rows(ctx, scenarios)


@benchmark
def bench_filters(ctx: Context) -> list[Row]:
    """(b) the state and deadline filters, and the unfiltered register."""
    from dpo_workbench.core.lifecycle import State
    from dpo_workbench.services.requests import RegisterQuery

    return _query_rows(ctx, [
        ("filter.awaiting", "filter state = awaiting identity", RegisterQuery(state=State.AWAITING_IDENTITY)),
        ("filter.overdue", "filter deadline = overdue", RegisterQuery(urgency="overdue")),
        ("filter.active", "filter deadline = open (the start-up view)", RegisterQuery(urgency="active")),
        ("filter.none", "no filter (every request)", RegisterQuery()),
    ])


@benchmark
def bench_sort(ctx: Context) -> list[Row]:
    """(c) a click on the due-date header, both orders, on the unfiltered register, a row selected."""
    from PySide6.QtCore import QPersistentModelIndex, Qt

    from dpo_workbench.services.requests import RegisterQuery
    from dpo_workbench.ui.requests.register_model import COLUMNS, RegisterModel

    wb = ctx.workbench()
    ctx.qt_app()
    model = RegisterModel(wb)
    model.set_query(RegisterQuery())
    read_first_page(model)
    # a selected row: the view's selection keeps persistent indexes the sort must move
    selected = [QPersistentModelIndex(model.index(min(10, model.rowCount() - 1), c)) for c in (0, len(COLUMNS) - 1)]
    due = COLUMNS.index("due_on")
    walls: dict[Qt.SortOrder, list[float]] = {Qt.SortOrder.AscendingOrder: [], Qt.SortOrder.DescendingOrder: []}
    cpus: dict[Qt.SortOrder, list[float]] = {order: [] for order in walls}
    for _ in range(ctx.repeats):
        for order in walls:  # alternate: each sort changes the order, as a click on the header does
            c0, t0 = time.process_time(), time.perf_counter()
            model.sort(due, order)
            read_first_page(model)
            walls[order].append((time.perf_counter() - t0) * 1000)
            cpus[order].append((time.process_time() - c0) * 1000)
    asc, desc = (Timing(statistics.median(walls[o]), statistics.median(cpus[o])) for o in walls)
    bare_asc = timed(lambda: wb.requests.ids(RegisterQuery(sort="due_on")), ctx.repeats)
    bare_desc = timed(lambda: wb.requests.ids(RegisterQuery(sort="due_on", descending=True)), ctx.repeats)
    del selected
    n = model.rowCount()
    return [
        Row("sort.due_asc_ms", "sort by due date ↑: model.sort + first page", asc.wall_ms, "ms", target=100.0,
            note=_notes(asc.note, f"{n:,} rows, one selected")),
        Row("sort.due_desc_ms", "sort by due date ↓: model.sort + first page", desc.wall_ms, "ms", target=100.0,
            note=desc.note),
        Row("sort.due_asc_ids_ms", "sort by due date ↑: register_ids", bare_asc.wall_ms, "ms", target=100.0,
            note=bare_asc.note),
        Row("sort.due_desc_ids_ms", "sort by due date ↓: register_ids", bare_desc.wall_ms, "ms", target=100.0,
            note=bare_desc.note),
    ]


@benchmark
def bench_window(ctx: Context) -> list[Row]:
    """The same acts through the main window, painted: what the DPO waits for."""
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
    from PySide6.QtTest import QTest

    from dpo_workbench.ui.main_window import MainWindow
    from dpo_workbench.ui.requests.register_model import COLUMNS

    wb = ctx.workbench()
    app = ctx.qt_app()
    c0, t0 = time.process_time(), time.perf_counter()
    window = MainWindow(wb)
    window.show()
    window.table.viewport().repaint()
    built = Timing((time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000)
    app.processEvents()
    surname = "Lefèvre"

    def search() -> None:
        window.set_filters(text=surname)
        window.table.viewport().repaint()

    searched = timed(search, ctx.repeats)
    window.set_filters(text="")
    header = window.table.horizontalHeader()
    due = COLUMNS.index("due_on")

    def sort() -> None:  # a real click: the header flips the order and the view sorts the model (once)
        x = header.sectionViewportPosition(due) + header.sectionSize(due) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(x, header.height() // 2))
        window.table.viewport().repaint()

    sorts = []
    window.model.layoutChanged.connect(lambda *args: sorts.append(1))
    sorted_ = timed(sort, ctx.repeats)
    rows = window.model.rowCount()
    window.close()
    window.deleteLater()  # now, not at interpreter exit (where PySide6 may destroy it twice)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return [
        Row("window.build_ms", "window: MainWindow built, shown, painted", built.wall_ms, "ms",
            note=_notes(built.note, "once, in-process, start-up view (open requests)")),
        Row("window.search_ms", f"window: search '{surname}', counts and paint", searched.wall_ms, "ms",
            target=100.0, note=_notes(searched.note, "set_filters → set_query + counts strip + repaint")),
        Row("window.sort_ms", "window: click due-date header and paint", sorted_.wall_ms, "ms", target=100.0,
            note=_notes(sorted_.note, f"{rows:,} rows (no filter), {len(sorts) / ctx.repeats:g} model sort per click")),
    ]


@benchmark
def bench_memory(ctx: Context) -> list[Row]:
    """(d) the benchmark process's own peak (the fill runs in a child process)."""
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    mb = usage / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return [Row("memory.bench_peak_mb", "peak RSS: this benchmark process", mb, "MB",
                note="workbench, models and a main window in-process")]


# -- the encrypted vault (issue: nothing personal readable on disk) ----------------------------


def _noise_scan(megabytes: int) -> bytes:
    """Incompressible bytes the size of a big scan (the cipher does not care about the format)."""
    return os.urandom(megabytes * 1024 * 1024)


@benchmark
def bench_vault_crypto(ctx: Context) -> list[Row]:
    """Encrypt then decrypt a 50 MB scan: the vault's envelope against bare AES-GCM, same buffer."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from dpo_workbench.vault import crypto

    data = _noise_scan(50)
    key, master = crypto.new_key(), crypto.new_key()
    aad = b"dpo-workbench document 1"

    def vault_round_trip() -> None:
        data_key = crypto.new_key()
        wrapped = crypto.wrap_key(master, data_key, aad=aad)
        blob = crypto.encrypt(data_key, data, aad=aad)
        assert len(crypto.decrypt(crypto.unwrap_key(master, wrapped, aad=aad), blob, aad=aad)) == len(data)

    def bare_round_trip() -> None:
        nonce = os.urandom(12)
        cipher = AESGCM(key)
        assert len(cipher.decrypt(nonce, cipher.encrypt(nonce, data, aad), aad)) == len(data)

    repeats = max(3, ctx.repeats // 2)
    vault, bare = [], []
    for _ in range(repeats):  # alternate, so drifts of the machine hit both alike
        vault.append(timed(vault_round_trip, 1))
        bare.append(timed(bare_round_trip, 1))
    vault_ms = statistics.median(t.wall_ms for t in vault)
    bare_ms = statistics.median(t.wall_ms for t in bare)
    mb = len(data) / 1e6
    return [
        Row("vault.crypto_mb_s", "vault: encrypt + decrypt a 50 MB scan (envelope)", mb / (vault_ms / 1000), "MB/s",
            note=f"{vault_ms:.0f} ms per round trip, data key wrapped and unwrapped"),
        Row("vault.bare_mb_s", "bare cryptography AESGCM encrypt + decrypt, same buffer", mb / (bare_ms / 1000),
            "MB/s", note=f"{bare_ms:.0f} ms per round trip"),
        Row("vault.crypto_ratio", "vault throughput / bare AES-GCM", bare_ms / vault_ms, "x", target=0.8,
            higher_is_better=True),
    ]


def plain_copy(ctx: Context) -> Path:
    """The benchmark database exported to plain SQLite (same rows, same indexes), made once."""
    target = ctx.data_dir.with_name(ctx.data_dir.name + "-plain.db")
    marker = ctx.data_dir / "bench-fill.json"
    if target.exists() and target.stat().st_mtime >= marker.stat().st_mtime:
        return target
    from dpo_workbench.datafolder import _connect

    ctx.log(f"  exporting the database to plain SQLite ({target.name}) for the comparison…")
    target.unlink(missing_ok=True)
    wb = ctx.workbench()
    master = wb.folder.database_master()
    conn = _connect(wb.folder.database_path, master)
    try:
        conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return target


@benchmark
def bench_encrypted_register(ctx: Context) -> list[Row]:
    """Opening the register (connect, counts, open requests, first page) on SQLCipher against plain SQLite."""
    from dpo_workbench.services.requests import RegisterQuery
    from dpo_workbench.store.db import Database
    from dpo_workbench.ui.requests.register_model import RegisterModel
    from dpo_workbench.workbench import Workbench

    ctx.qt_app()
    wb = ctx.workbench()
    plain = plain_copy(ctx)
    folder = wb.folder

    def open_register(database_factory) -> Callable[[], None]:
        def run() -> None:
            db = database_factory()
            try:
                bench = Workbench(folder, db, actor="benchmark")
                bench.requests.counts()
                model = RegisterModel(bench)
                model.set_query(RegisterQuery(urgency="active"))
                read_first_page(model)
            finally:
                db.dispose()
        return run

    from dpo_workbench.datafolder import sqlcipher_url

    def plain_with_sqlcipher_library() -> Database:
        """The plain file through SQLCipher's own SQLite build, without a key: the cost of encryption alone."""
        import sqlcipher3.dbapi2

        return Database(f"sqlite:///{plain}", module=sqlcipher3.dbapi2)

    master = folder.database_master()
    encrypted = open_register(lambda: Database(sqlcipher_url(folder.database_path, master)))
    clear = open_register(lambda: Database.sqlite(plain))
    same_library = open_register(plain_with_sqlcipher_library)
    enc, pla, same = [], [], []
    for _ in range(ctx.repeats):
        enc.append(timed(encrypted, 1))
        pla.append(timed(clear, 1))
        same.append(timed(same_library, 1))
    enc_ms = statistics.median(t.wall_ms for t in enc)
    pla_ms = statistics.median(t.wall_ms for t in pla)
    same_ms = statistics.median(t.wall_ms for t in same)
    return [
        Row("vault.register_encrypted_ms", "open the register, SQLCipher database", enc_ms, "ms",
            note=f"cpu {_fmt(statistics.median(t.cpu_ms for t in enc), 'ms')}; {ctx.requests:,} requests"),
        Row("vault.register_plain_ms", "open the register, same data in plain SQLite (Python's sqlite3)", pla_ms,
            "ms", note=f"cpu {_fmt(statistics.median(t.cpu_ms for t in pla), 'ms')}"),
        Row("vault.register_ratio", "encrypted / plain SQLite, opening the register", enc_ms / pla_ms, "x",
            target=1.3),
        Row("vault.register_same_library_ms", "open the register, plain file through SQLCipher's SQLite, no key",
            same_ms, "ms", note=f"cpu {_fmt(statistics.median(t.cpu_ms for t in same), 'ms')}"),
        Row("vault.register_encryption_ratio", "encrypted / plain, same SQLite build: the cost of encryption",
            enc_ms / same_ms, "x"),
    ]


def scan_pdf(pages: int = 20) -> bytes:
    """A 20-page PDF like a scanner makes: one 200 dpi greyscale JPEG image per A4 page."""
    import io

    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = 1654, 2339  # A4 at 200 dpi
    for _page in range(pages):
        image = Image.effect_noise((width, height), 24).point(lambda v: 200 + v // 8)
        draw = ImageDraw.Draw(image)
        for line in range(60):
            draw.rectangle((150, 200 + line * 33, 150 + (line * 97) % 1300, 215 + line * 33), fill=40)
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=70)
        pdf.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, *A4)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@benchmark
def bench_pdf_first_page(ctx: Context) -> list[Row]:
    """First page of a 20-page PDF scan on screen, from the decrypted bytes (in memory)."""
    from dpo_workbench.ui.widgets.document_viewer import first_pdf_page_ms

    ctx.qt_app()
    data = scan_pdf()
    first = first_pdf_page_ms(data)
    times = [first_pdf_page_ms(data) for _ in range(ctx.repeats)]
    return [
        Row("vault.pdf_first_page_ms", "first page of a 20-page PDF scan on screen", max(first, *times), "ms",
            target=300.0, note=f"worst of {len(times) + 1}; first (cold) {first:.0f} ms, median "
                               f"{statistics.median(times):.0f} ms; {len(data) / 1e6:.1f} MB PDF"),
    ]


# -- running ----------------------------------------------------------------------------------


def machine_info() -> list[str]:
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages * size / 2**30:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    try:
        import sqlcipher3

        sqlcipher = f", SQLCipher's SQLite {sqlcipher3.sqlite_version}"
    except ImportError:
        sqlcipher = ""
    return [
        f"machine: {os.cpu_count()} CPUs{f' ({cpu})' if cpu else ''}{memory}, {platform.platform()}",
        f"Python {platform.python_version()} ({platform.python_implementation()}), PySide6 {PySide6.__version__} "
        f"(Qt {qVersion()}), SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}{sqlcipher}",
    ]


def _load() -> float | None:
    try:
        return os.getloadavg()[0]
    except (OSError, AttributeError):
        return None


def run_all(ctx: Context, only: list[str] | None = None) -> list[Row]:
    rows: list[Row] = []
    try:
        for fn in BENCHMARKS:
            name = fn.__name__.removeprefix("bench_")
            if only and name not in only:
                continue
            ctx.log(f"{name}: {(fn.__doc__ or '').strip().splitlines()[0]}")
            t0 = time.perf_counter()
            rows.extend(fn(ctx))
            ctx.log(f"  ({time.perf_counter() - t0:.1f} s)")
    finally:
        ctx.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    names = [fn.__name__.removeprefix("bench_") for fn in BENCHMARKS]
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=fill.DEFAULT_REQUESTS, metavar="N",
                        help=f"requests in the register (default {fill.DEFAULT_REQUESTS:,})")
    parser.add_argument("--data-dir", type=Path, default=fill.DEFAULT_DATA_DIR, metavar="DIR",
                        help="the filled folder, reused while it matches N (default bench-data/ in the repository)")
    parser.add_argument("--keep", action="store_true",
                        help="measure the folder as it is: never refill it, whatever it holds "
                             "(e.g. an earlier fill of another size, or a copy of a real data folder)")
    parser.add_argument("--runs", type=int, default=5, help="process starts per program for start-up (default 5)")
    parser.add_argument("--repeats", type=int, default=9, help="timings per in-process figure (default 9)")
    parser.add_argument("--only", default="", metavar="NAMES", help=f"comma-separated subset of: {', '.join(names)}")
    args = parser.parse_args(argv)
    only = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = set(only) - set(names)
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(sorted(unknown))}; known: {', '.join(names)}")

    fill.apply_bench_environment()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = args.data_dir.resolve()
    header = machine_info()
    load_before = _load()
    if args.keep:
        if not (data_dir / "workbench.db").exists():
            parser.error(f"--keep: {data_dir} holds no database")
        info = None
        fill_line = f"data: {data_dir} as it is (--keep)"
    else:
        try:
            info = fill.ensure_filled(data_dir, args.requests, in_subprocess=True,
                                      log=lambda m: print(m, file=sys.stderr, flush=True))
        except fill.FillError as exc:
            print(f"python -m benchmarks.bench: error: {exc}", file=sys.stderr)
            return 2
        if info.cached:
            fill_line = (f"data: {data_dir}, {info.requests:,} requests filled on {info.filled_on}, reused "
                         f"({info.database_mb:.0f} MB database)")
        else:
            fill_line = (f"data: {data_dir}, filled {info.requests:,} requests + {info.events:,} events in "
                         f"{info.seconds:.1f} s (generate {info.generate_seconds:.1f} s, insert "
                         f"{info.insert_seconds:.1f} s; {info.database_mb:.0f} MB database; {info.reason})")

    ctx = Context(data_dir=data_dir, requests=args.requests, runs=args.runs, repeats=args.repeats)
    if args.keep:
        ctx.requests = ctx.workbench().total_requests()
        fill_line += f", {ctx.requests:,} requests"
    rows = run_all(ctx, only)

    print()
    print("DPO Workbench benchmark")
    for line in header:
        print(line)
    print(fill_line)
    if ctx.key_store:
        print(f"key store: {ctx.key_store} (benchmark folders: a passphrase file, unlocked from "
              "DPO_WORKBENCH_PASSPHRASE)")
    print(f"times: medians of {args.repeats} in-process runs, start-up of {args.runs} process starts each; "
          "'cpu' in the notes: CPU time of the process, median")
    load_after = _load()
    if load_before is not None and load_after is not None:
        cpus = os.cpu_count() or 1
        print(f"load average (1 min): {load_before:.2f} before, {load_after:.2f} after, on {cpus} CPUs")
        if max(load_before, load_after) > 0.5 * cpus:
            print("WARNING: other processes were using the CPUs: wall-clock figures are inflated "
                  "(the cpu figures in the notes much less so); run again on a quiet machine to compare.")
    print()
    print(format_table(rows))
    misses = [r for r in rows if r.verdict == "MISS"]
    print()
    print(f"{sum(r.verdict == 'PASS' for r in rows)} PASS, {len(misses)} MISS, "
          f"{sum(r.verdict == 'info' for r in rows)} information")
    return 0


# The benchmarks of other areas live in their own modules and register with @benchmark when imported,
# after this module's own: they run in the order they are registered.
from benchmarks import (  # noqa: E402,F401
    bench_backups,
    bench_breaches,
    bench_intake,
    bench_letters,
    bench_mail,
    bench_register,
    bench_reports,
    bench_team,
)

if __name__ == "__main__":
    raise SystemExit(main())
