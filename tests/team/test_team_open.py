"""Creating a team database and signing in to it; every bad input is one line (exit 2) and writes nothing."""

from __future__ import annotations

import psycopg
import pytest
from alembic import command

from dpo_workbench.store.db import HEAD_REVISION, Database, alembic_config
from tests.pgserver import free_port, with_database
from tests.team.conftest import ALICE, ALICE_PASSPHRASE, BOB, BOB_PASSPHRASE


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("dpo-workbench: error: "), err
    return err


def revision(url: str) -> str | None:
    db = Database(url)
    try:
        return db.current_revision()
    finally:
        db.dispose()


def journal_size(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]


def test_init_creates_the_team_and_its_first_dpo(team_run, empty_postgres_url, capsys, monkeypatch, tmp_path):
    from dpo_workbench.cli import main

    monkeypatch.setenv("DPO_WORKBENCH_PASSPHRASE", ALICE_PASSPHRASE)
    code = main(["--data-dir", str(tmp_path / "local"), "--database-url", empty_postgres_url, "init",
                 "--user", "c.dupuis", "--name", "Claire Dupuis"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "c.dupuis is its first user, a dpo" in out
    code, out, err = team_run("user", "list", "--format", "json", user="c.dupuis", url=empty_postgres_url)
    assert code == 0, err
    assert '"login": "c.dupuis"' in out and '"role": "dpo"' in out and "Claire Dupuis" in out
    code, out, err = team_run("audit", "verify", user="c.dupuis", url=empty_postgres_url)
    assert code == 0 and "intact" in out


def test_init_twice_is_refused_and_changes_nothing(team_run, team_url):
    before = journal_size(team_url)
    code, out, err = team_run("init", "--user", "mallory", passphrase="mallory's passphrase")
    assert code == 2
    assert "already holds a team register" in one_line(err)
    assert journal_size(team_url) == before
    code, out, err = team_run("user", "list")
    assert "mallory" not in out


def test_init_without_a_passphrase_creates_nothing(team_run, empty_postgres_url):
    code, out, err = team_run("init", "--user", "alice", passphrase=None, url=empty_postgres_url)
    assert code == 2 and "DPO_WORKBENCH_PASSPHRASE" in one_line(err)
    assert revision(empty_postgres_url) is None
    code, out, err = team_run("init", "--user", "alice", passphrase="short", url=empty_postgres_url)
    assert code == 2 and "at least" in one_line(err)
    assert revision(empty_postgres_url) is None


@pytest.mark.parametrize("url, expected", [
    ("mysql://dpo@db.example.fr/register", "A team database is a PostgreSQL one"),
    ("sqlite:///tmp/register.db", "the data folder's own"),
    ("postgresql://dpo@db.example.fr", "names no database"),
    ("not a url at all", "cannot be read"),
])
def test_a_url_that_is_not_a_team_database_is_named(team_run, url, expected):
    code, out, err = team_run("due", url=url)
    assert code == 2 and expected in one_line(err)


def test_an_unreachable_server_is_named_with_what_to_check(team_run):
    code, out, err = team_run("due", url=f"postgresql://dpo:pw@127.0.0.1:{free_port()}/register")
    assert code == 2
    assert "does not answer" in one_line(err) and "pw" not in err


def test_a_wrong_server_password_is_named_without_showing_it(team_run, team_url):
    user, _, rest = team_url.partition("://")[2].partition("@")
    wrong = f"postgresql://{user.split(':')[0]}:not-the-password@{rest}"
    code, out, err = team_run("due", url=wrong)
    assert code == 2
    assert "refused the password of postgres" in one_line(err) and "not-the-password" not in err


def test_a_missing_database_is_named(team_run, team_url):
    code, out, err = team_run("due", url=with_database(team_url, "no_such_register"))
    assert code == 2 and "There is no database" in one_line(err) and "no_such_register" in err


def test_a_database_without_a_team_says_how_to_create_it(team_run, empty_postgres_url, postgres_server):
    no_team = postgres_server.fresh_database()
    for url in (empty_postgres_url, no_team):  # no schema; the schema but no team
        code, out, err = team_run("due", url=url)
        assert code == 2 and "init --user LOGIN" in one_line(err)
    postgres_server.drop(no_team)


def test_an_older_schema_is_refused_until_a_dpo_upgrades_it(team_run, empty_postgres_url):
    old = Database(empty_postgres_url)
    try:
        with old.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "0012")
    finally:
        old.dispose()
    code, out, err = team_run("init", "--user", "alice", url=empty_postgres_url)
    assert code == 2 and "older version (0012" in one_line(err) and "team upgrade" in err
    assert revision(empty_postgres_url) == "0012"
    code, out, err = team_run("team", "upgrade", url=empty_postgres_url)
    assert code == 0 and f"from schema 0012 to {HEAD_REVISION}" in out
    code, out, err = team_run("init", "--user", "alice", url=empty_postgres_url)
    assert code == 0, err


def test_a_newer_schema_is_refused_and_left_alone(team_run, team_url):
    with psycopg.connect(team_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    for args in (("due",), ("team", "upgrade")):
        code, out, err = team_run(*args)
        assert code == 2 and "newer version of DPO Workbench (schema 0099)" in one_line(err)
    assert revision(team_url) == "0099"


def test_an_unknown_login_and_a_wrong_passphrase_are_refused(team_run, team_url):
    before = journal_size(team_url)
    code, out, err = team_run("request", "add", "--right", "access", "--channel", "web", "--received",
                              "2026-11-20", "--name", "Zoé Test", user="zoe")
    assert code == 2 and "zoe is not a user of the team database" in one_line(err)
    code, out, err = team_run("request", "add", "--right", "access", "--channel", "web", "--received",
                              "2026-11-20", "--name", "Zoé Test", passphrase="not alice's passphrase")
    assert code == 2 and "passphrase does not open" in one_line(err)
    code, out, err = team_run("due", passphrase=None)
    assert code == 2 and "DPO_WORKBENCH_PASSPHRASE" in one_line(err)
    assert journal_size(team_url) == before


def test_a_removed_user_cannot_sign_in_any_more(team_run, team_url):
    code, out, err = team_run("user", "add", BOB, "--role", "contributor", new_passphrase=BOB_PASSPHRASE)
    assert code == 0, err
    assert team_run("due", user=BOB, passphrase=BOB_PASSPHRASE)[0] == 0
    code, out, err = team_run("user", "remove", BOB)
    assert code == 0 and "team rotate-key" in out
    code, out, err = team_run("due", user=BOB, passphrase=BOB_PASSPHRASE)
    assert code == 2 and "bob was removed" in one_line(err)
    with psycopg.connect(team_url) as conn:  # their keys are gone from the database
        row = conn.execute("SELECT public_key, private_key, team_keys, disabled_by FROM app_user "
                           "WHERE login = 'bob'").fetchone()
    assert row == (None, None, None, ALICE)


def test_team_commands_need_a_team_database(run):
    code, out, err = run("user", "list")
    assert code == 2 and "--database-url" in one_line(err)


def test_one_seat_commands_are_refused_on_a_team_database(team_run):
    for args, expected in ((("backup", "create"), "pg_dump"), (("backup", "list"), "pg_dump"),
                           (("vault", "rotate-key"), "team rotate-key"),
                           (("vault", "change-passphrase"), "user passphrase"), (("recovery-key", "create"), "own")):
        code, out, err = team_run(*args)
        assert code == 2, (args, err)
        assert expected in one_line(err), (args, err)


def test_the_window_opens_on_a_team_database_signed_in_from_the_command_line(team_url, tmp_path):
    import subprocess
    import sys

    from tests.ui.test_app import clean_env

    env = clean_env(QT_QPA_PLATFORM="offscreen", DPO_WORKBENCH_BENCH_EXIT="1",
                    DPO_WORKBENCH_PASSPHRASE=ALICE_PASSPHRASE)
    result = subprocess.run([sys.executable, "-m", "dpo_workbench", "--data-dir", str(tmp_path / "local"),
                             "--database-url", team_url, "--user", "alice"], env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("first-page-shown ") for line in result.stdout.splitlines()), result.stdout
    assert "team database" in (tmp_path / "local" / "logs" / "dpo-workbench.log").read_text()

    bad = subprocess.run([sys.executable, "-m", "dpo_workbench", "--database-url", "mysql://x@y/z"], env=env,
                         capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 2 and "PostgreSQL" in one_line(bad.stderr)
