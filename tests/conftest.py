"""Shared fixtures: a fresh data folder and workbench per test, a clock that only moves when told."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DPO_WORKBENCH_HOME", None)

from datetime import UTC, datetime  # noqa: E402

import pytest  # noqa: E402

from dpo_workbench.core.clock import FixedClock  # noqa: E402

# Thursday 26 November 2026, 10:00 in Paris.
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def test_keyring():
    """Every test gets its own in-memory OS keyring: never the real one, never shared."""
    import keyring

    from tests.vault.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def workbench(data_dir, clock):
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    yield wb
    wb.close()


@pytest.fixture
def run(data_dir, capsys):
    """The command line, `main([...])`, on the test's data folder; returns (exit code, stdout, stderr)."""
    from dpo_workbench.cli import main

    def _run(*args: str):
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run
