"""The background helper: work runs in a worker thread; result, progress and failure come back by signal."""

from __future__ import annotations

import threading

import pytest

from dpo_workbench.ui.widgets.background import BackgroundTask, Cancelled, exclusive_work_running, run_in_background


def test_runs_the_function_in_another_thread_and_delivers_the_result(qtbot):
    seen = {}

    def work(a, b, *, c):
        seen["thread"] = threading.get_ident()
        return a + b + c

    task = BackgroundTask(work, 1, 2, c=3)
    received_in = []
    task.finished.connect(lambda _result: received_in.append(threading.get_ident()))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [6]
    assert task.result == 6 and task.error is None and not task.running
    assert seen["thread"] != threading.get_ident()
    assert received_in == [threading.get_ident()]  # the result arrives in the GUI thread


def test_progress_arrives_in_order_then_the_result(qtbot):
    def work(progress):
        for done in range(4):
            progress(done, 3)
        return "done"

    steps = []
    task = BackgroundTask(work, progress=True)
    task.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert task.result == "done"


def test_a_failure_comes_back_as_the_exception(qtbot):
    def work():
        raise ValueError("no such request")

    finished = []
    with qtbot.waitSignal(
            run_in_background(work, on_finished=finished.append).failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError)
    assert str(blocker.args[0]) == "no such request"
    assert finished == []


def test_cancel_stops_at_the_next_progress_step(qtbot):
    started, release = threading.Event(), threading.Event()
    reached = []

    def work(progress):
        progress(0, 2)
        started.set()
        assert release.wait(5)
        reached.append(1)
        progress(1, 2)  # raises Cancelled: the second step never runs
        reached.append(2)
        return "finished anyway"

    task = BackgroundTask(work, progress=True)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
        assert started.wait(5)
        task.cancel()
        release.set()
    assert isinstance(blocker.args[0], Cancelled)
    assert reached == [1]
    assert task.cancelled


def test_exclusive_work_is_known_while_it_runs(qtbot):
    started, release = threading.Event(), threading.Event()

    def work():
        started.set()
        assert release.wait(5)
        return 1

    assert not exclusive_work_running()
    task = BackgroundTask(work, exclusive=True)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        assert started.wait(5)
        assert exclusive_work_running()
        release.set()
    assert not exclusive_work_running()


def test_a_task_cannot_be_started_twice(qtbot):
    release = threading.Event()
    task = BackgroundTask(lambda: release.wait(5))
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        with pytest.raises(RuntimeError):
            task.start()
        release.set()
