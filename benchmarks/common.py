"""What every benchmark module shares: the result rows and their table, the context, the registry, timings.

Kept apart from `bench.py` (the runner) so that the area modules (`bench_letters`...) import it without
importing the runner that imports them.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import fill

PAGE_ROWS = 50  # rows of the register's first screen


# -- results ------------------------------------------------------------------------


@dataclass
class Row:
    key: str  # stable identifier (tests and later comparisons use it)
    metric: str
    figure: float
    unit: str  # "s", "ms", "MB", "x" (a ratio), or any unit, e.g. "MB/s"
    target: float | None = None  # None: information only
    higher_is_better: bool = False  # True for throughputs: the target is a floor
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.target is None or not self.target:
            return None
        return self.figure / self.target

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "info"
        ok = self.figure >= self.target if self.higher_is_better else self.figure <= self.target
        return "PASS" if ok else "MISS"


def _fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.3g} {unit}"


def format_table(rows: list[Row]) -> str:
    header = ("metric", "figure", "target", "ratio", "verdict", "note")
    lines = []
    for r in rows:
        target = "—" if r.target is None else ("≥ " if r.higher_is_better else "≤ ") + _fmt(r.target, r.unit)
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}"
        lines.append((r.metric, _fmt(r.figure, r.unit), target, ratio, r.verdict, r.note))
    widths = [max(len(str(x[i])) for x in [header, *lines]) for i in range(len(header) - 1)]
    out = []
    for n, line in enumerate([header, *lines]):
        cells = [str(line[0]).ljust(widths[0])]
        cells += [str(c).rjust(w) for c, w in zip(line[1:-1], widths[1:], strict=True)]
        out.append("  ".join(cells) + ("  " + line[-1] if line[-1] else ""))
        if n == 0:
            out.append("  ".join("-" * w for w in widths) + "  ----")
    return "\n".join(out)


# -- context ------------------------------------------------------------------------


@dataclass
class Context:
    data_dir: Path
    requests: int
    runs: int = 5  # process starts per program (start-up)
    repeats: int = 9  # timings per in-process figure
    log: Callable[[str], None] = lambda message: print(message, file=sys.stderr, flush=True)
    key_store: str = ""  # the folder's key store, once opened
    _workbench: object = field(default=None, repr=False)
    _app: object = field(default=None, repr=False)

    def workbench(self):
        """The in-process workbench on the data folder (opened once)."""
        if self._workbench is None:
            from dpo_workbench.workbench import Workbench

            fill.apply_bench_environment()
            self._workbench = Workbench.open(self.data_dir, actor="benchmark")
            folder = getattr(self._workbench, "folder", None)
            self.key_store = type(folder.store).__name__ if folder is not None else "none"
        return self._workbench

    def qt_app(self):
        """The QApplication (offscreen unless the caller chose a platform)."""
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        if self._app is None:
            self._app = QApplication.instance() or QApplication([sys.argv[0]])
        return self._app

    def close(self) -> None:
        if self._workbench is not None:
            self._workbench.close()
            self._workbench = None


BENCHMARKS: list[Callable[[Context], list[Row]]] = []


def benchmark(fn: Callable[[Context], list[Row]]) -> Callable[[Context], list[Row]]:
    """Register a benchmark function; they run in the order they are defined."""
    BENCHMARKS.append(fn)
    return fn


@dataclass
class Timing:
    wall_ms: float  # median wall-clock time: the figure
    cpu_ms: float  # median CPU time of this process: less sensitive to a busy machine

    @property
    def note(self) -> str:
        return f"cpu {_fmt(self.cpu_ms, 'ms')}"


def timed(fn: Callable[[], object], repeats: int) -> Timing:
    walls, cpus = [], []
    for _ in range(repeats):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        walls.append((time.perf_counter() - t0) * 1000)
        cpus.append((time.process_time() - c0) * 1000)
    return Timing(statistics.median(walls), statistics.median(cpus))


def _notes(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _view_roles():
    from PySide6.QtCore import Qt

    R = Qt.ItemDataRole
    # what QStyledItemDelegate asks of each visible cell when painting it
    return [R.DisplayRole, R.DecorationRole, R.FontRole, R.TextAlignmentRole, R.ForegroundRole,
            R.BackgroundRole, R.CheckStateRole]


def read_first_page(model, rows: int = PAGE_ROWS) -> None:
    roles = _view_roles()
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                model.data(index, role)
