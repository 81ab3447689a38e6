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


# -- PostgreSQL (team mode): the server .ci/run started, or a throw-away cluster of our own --------------


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server for the session (tests/pgserver.py); the test is skipped, saying why, without one."""
    from tests import pgserver

    reason = pgserver.skip_reason()
    if reason is not None:
        pytest.skip(reason)
    url = os.environ.get(pgserver.URL_VARIABLE)
    if url:
        yield pgserver.Server(url)
        return
    with pgserver.Cluster() as cluster:
        yield pgserver.Server(cluster.url)


@pytest.fixture
def postgres_url(postgres_server):
    """The URL of a database of the test's own, at the head schema (empty: no team yet)."""
    url = postgres_server.fresh_database()
    yield url
    postgres_server.drop(url)


@pytest.fixture
def empty_postgres_url(postgres_server):
    """The URL of an empty database of the test's own (no schema)."""
    url = postgres_server.fresh_database(migrated=False)
    yield url
    postgres_server.drop(url)
