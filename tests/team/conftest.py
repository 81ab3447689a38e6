"""Fixtures of team mode: a team database on the test's PostgreSQL, its first user signed in."""

from __future__ import annotations

import pytest

ALICE, ALICE_PASSPHRASE = "alice", "alice's long passphrase"
BOB, BOB_PASSPHRASE = "bob", "bob's own long passphrase"


@pytest.fixture
def team_url(postgres_url, clock):
    """A team database: the schema, the team key, and alice, its dpo."""
    from dpo_workbench.team import initialise

    initialise(postgres_url, ALICE, ALICE_PASSPHRASE, clock.now(), display_name="Alice Martin")
    return postgres_url


@pytest.fixture
def open_team(team_url, clock, tmp_path):
    """`open_team(login, passphrase)`: a workbench signed in to the team database (closed at the end)."""
    from dpo_workbench.workbench import Workbench

    opened = []

    def _open(login: str = ALICE, passphrase: str = ALICE_PASSPHRASE, url: str = team_url):
        wb = Workbench.open_team(url, login, data_dir=tmp_path / f"local-{login}", clock=clock,
                                 passphrase=passphrase)
        opened.append(wb)
        return wb

    yield _open
    for wb in opened:
        wb.close()


@pytest.fixture
def team_wb(open_team):
    """Alice's workbench on the team database."""
    return open_team()


@pytest.fixture
def team_run(team_url, capsys, tmp_path, monkeypatch):
    """The command line on the team database: `team_run(*args, user=..., passphrase=...)` -> (code, out, err)."""
    from dpo_workbench.cli import main

    def _run(*args: str, user: str = ALICE, passphrase: str | None = ALICE_PASSPHRASE, url: str = team_url,
             new_passphrase: str | None = None):
        if passphrase is None:
            monkeypatch.delenv("DPO_WORKBENCH_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", passphrase)
        if new_passphrase is None:
            monkeypatch.delenv("DPO_WORKBENCH_NEW_PASSPHRASE", raising=False)
        else:
            monkeypatch.setenv("DPO_WORKBENCH_NEW_PASSPHRASE", new_passphrase)
        code = main(["--data-dir", str(tmp_path / "local"), "--database-url", url, "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run
