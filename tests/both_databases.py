"""Fixtures for tests that run on both databases: a data folder's SQLite, and a team database on PostgreSQL.

A test module imports `backend, team_url, workbench, run` from here; each of its tests then runs twice.
The PostgreSQL runs are skipped, saying why, where no server can be started (tests/pgserver.py).
"""

from __future__ import annotations

import pytest

TEAM_LOGIN, TEAM_PASSPHRASE = "dpo-test", "the team test passphrase"


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request):
    return request.param


def make_team_url(backend, request, clock):
    """A team database set up now by the clock (its journal starts then), or None for SQLite."""
    if backend == "sqlite":
        return None
    from dpo_workbench.team import initialise

    url = request.getfixturevalue("postgres_url")
    initialise(url, TEAM_LOGIN, TEAM_PASSPHRASE, clock.now())
    return url


@pytest.fixture
def team_url(backend, request, clock):
    """A team database on PostgreSQL for the postgresql runs (None for SQLite)."""
    return make_team_url(backend, request, clock)


@pytest.fixture
def workbench(team_url, data_dir, clock):
    """The data folder's workbench (SQLite), or the team database's (PostgreSQL)."""
    from dpo_workbench.workbench import Workbench

    if team_url is None:
        wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    else:
        wb = Workbench.open_team(team_url, TEAM_LOGIN, data_dir=data_dir, clock=clock, passphrase=TEAM_PASSPHRASE)
    yield wb
    wb.close()


@pytest.fixture
def run(team_url, data_dir, capsys, monkeypatch):
    """The command line on the same register (the data folder, or the team database as its user)."""
    from dpo_workbench.cli import main

    where = ["--data-dir", str(data_dir)]
    if team_url is not None:
        monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", TEAM_PASSPHRASE)
        where += ["--database-url", team_url, "--user", TEAM_LOGIN]

    def _run(*args: str):
        code = main([*where, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run
