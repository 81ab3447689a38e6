"""Work off the GUI thread through one helper; results, progress and failures come back by signal.

The callable runs in a QThreadPool worker and returns plain data (the
workbench opens its own sessions per call). Its outcome arrives in the GUI
thread as ``finished(result)`` or ``failed(exception)``; a callable started
with ``progress=True`` receives a ``progress(done, total)`` function whose
calls arrive as the ``progress`` signal. ``cancel()`` makes the next
progress call raise :class:`Cancelled` inside the worker, so work stops
between two of its steps, never in the middle of one.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The person cancelled the work; it stopped between two steps."""


class _Relay(QObject):
    """Signals emitted from the worker thread; queued to the task, which lives in the GUI thread."""

    done = Signal(object)
    error = Signal(object)
    step = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask):
        super().__init__()
        self.setAutoDelete(True)
        self.task = task
        self.relay = task._relay

    def run(self) -> None:
        task = self.task
        kwargs = dict(task._kwargs)
        if task._with_progress:
            kwargs["progress"] = task._report_progress
        try:
            result = task._function(*task._args, **kwargs)
        except BaseException as exc:  # noqa: BLE001  (every failure goes back to the GUI thread)
            if not isinstance(exc, Cancelled):
                # where it failed, never the message: it may quote personal data
                log.warning("background work failed: %s\n%s", type(exc).__name__,
                            "".join(traceback.format_tb(exc.__traceback__)))
            self.relay.error.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[BackgroundTask] = set()  # keeps each task alive until it has reported


class BackgroundTask(QObject):
    """One call of a function in a worker thread. Connect the signals, then `start()`."""

    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised (Cancelled if the person cancelled)
    progress = Signal(int, int)  # done, total

    def __init__(self, function: Callable[..., Any], *args: Any, progress: bool = False, exclusive: bool = False,
                 parent: QObject | None = None, **kwargs: Any):
        super().__init__(parent)
        self._function, self._args, self._kwargs = function, args, kwargs
        self._with_progress = progress
        self.exclusive = exclusive  # other work on the data waits (e.g. the purge timer during a key rotation)
        self._cancelled = False
        self.running = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._relay = _Relay()
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.error.connect(self._on_error, Qt.ConnectionType.QueuedConnection)
        self._relay.step.connect(self.progress, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> BackgroundTask:
        if self.running:
            raise RuntimeError("this task is already running")
        self.running = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _report_progress(self, done: int, total: int) -> None:
        """Called in the worker thread by the function."""
        if self._cancelled:
            raise Cancelled()
        self._relay.step.emit(int(done), int(total))

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.running = False
        self.result = result
        _running.discard(self)
        self.finished.emit(result)

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self.running = False
        self.error = exc
        _running.discard(self)
        self.failed.emit(exc)


def run_in_background(function: Callable[..., Any], *args: Any, progress: bool = False, exclusive: bool = False,
                      on_finished: Callable[[Any], None] | None = None,
                      on_failed: Callable[[BaseException], None] | None = None,
                      on_progress: Callable[[int, int], None] | None = None,
                      parent: QObject | None = None, **kwargs: Any) -> BackgroundTask:
    """Start `function(*args, **kwargs)` in a worker thread; the callbacks run in the GUI thread."""
    task = BackgroundTask(function, *args, progress=progress, exclusive=exclusive, parent=parent, **kwargs)
    if on_finished:
        task.finished.connect(on_finished)
    if on_failed:
        task.failed.connect(on_failed)
    if on_progress:
        task.progress.connect(on_progress)
    return task.start()


def exclusive_work_running() -> bool:
    """True while work that must not overlap other changes (a key rotation) is running."""
    return any(task.exclusive for task in _running)
