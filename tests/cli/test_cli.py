"""The `dpo-workbench` command line: in-process through `main()`, and as a real program for exit codes.

The command line runs on the real system clock, so received dates are placed
relative to today's date in Paris (the calendar the deadlines use).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from dpo_workbench.cli import main
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.workbench import Workbench

PARIS = ZoneInfo("Europe/Paris")
CONSOLE_SCRIPT = Path(sys.executable).with_name("dpo-workbench")
# Subprocesses get no OS keyring, so their data folders keep the keys under this passphrase.
PASSPHRASE = "correct horse battery staple"


def today() -> date:
    return datetime.now(PARIS).date()


def days_ago(n: int) -> str:
    return (today() - timedelta(days=n)).isoformat()




def add_args(*, name="Jean Dupont", right=("access",), channel="post", received=None, email=None,
             address="4 avenue Jean-Jaurès, 69003 Lyon", extra=()) -> list[str]:
    args = ["request", "add", "--channel", channel, "--received", received or days_ago(3), "--name", name]
    for r in right:
        args += ["--right", r]
    if email is not None:
        args += ["--email", email]
    if address is not None:
        args += ["--address", address]
    return args + list(extra)


def stored(data_dir: Path, passphrase: str | None = None) -> dict[str, int]:
    """Rows written so far (a folder without a database counts as empty)."""
    if not (data_dir / "workbench.db").exists():
        return {"request": 0, "audit_entry": 0}
    wb = Workbench.open(data_dir, actor="test", passphrase=passphrase)
    try:
        with wb.db.reading() as s:
            return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in ("request", "audit_entry")}
    finally:
        wb.close()


def detail(data_dir: Path, reference: str):
    wb = Workbench.open(data_dir, actor="test")
    try:
        return wb.requests.detail(reference)
    finally:
        wb.close()


def clean_env(**extra) -> dict[str, str]:
    """No display, no data folder from the environment, no OS keyring: the passphrase store."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DPO_WORKBENCH_HOME")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", DPO_WORKBENCH_PASSPHRASE=PASSPHRASE)
    env.update(extra)
    return env


def program(*args: str, data_dir: Path | None = None, env=None, module=False) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "dpo_workbench"] if module else [str(CONSOLE_SCRIPT)]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return subprocess.run(command + list(args), capture_output=True, text=True, timeout=120, check=False,
                          env=env if env is not None else clean_env())


# --------------------------------------------------------------------------- #
# request add
# --------------------------------------------------------------------------- #


def test_request_add_prints_the_reference(run, data_dir):
    code, out, err = run(*add_args(received=days_ago(3)))
    year = date.fromisoformat(days_ago(3)).year
    assert (code, err) == (0, "")
    assert out == f"DSR-{year}-0001\n"
    d = detail(data_dir, out.strip())
    assert d.requester_name == "Jean Dupont"
    assert d.channel is Channel.POST
    assert d.received_on == today() - timedelta(days=3)
    assert d.rights == (Right.ACCESS,)
    assert d.state is State.OPEN


def test_request_add_twice_counts_up(run):
    assert run(*add_args())[1].endswith("-0001\n")
    assert run(*add_args(name="Karim Benali"))[1].endswith("-0002\n")


def test_request_add_with_several_rights(run, data_dir):
    code, out, _ = run(*add_args(right=("access", "ERASURE", "consent_withdrawal")))
    assert code == 0
    assert detail(data_dir, out.strip()).rights == (Right.ACCESS, Right.ERASURE, Right.CONSENT_WITHDRAWAL)


def test_request_add_all_options(run, data_dir):
    code, out, _ = run(*add_args(extra=["--registered-number", "1A 123 456 7890 1", "--phone", "06 12 34 56 78",
                                        "--relation", "prospect", "--notes", "ID copy enclosed",
                                        "--email", "jean.dupont@exemple.fr"]))
    assert code == 0
    d = detail(data_dir, out.strip())
    assert (d.registered_number, d.requester_phone, d.relation.value, d.notes, d.requester_email) == (
        "1A 123 456 7890 1", "06 12 34 56 78", "prospect", "ID copy enclosed", "jean.dupont@exemple.fr")


def test_request_add_email_with_paris_time(run, data_dir):
    day = days_ago(3)
    code, out, err = run(*add_args(channel="email", email="jean.dupont@exemple.fr", address=None,
                                   received=f"{day}T23:30"))
    assert (code, err) == (0, "")
    d = detail(data_dir, out.strip())
    assert d.channel is Channel.EMAIL
    assert d.received_on == date.fromisoformat(day)
    assert d.received_at == datetime.fromisoformat(f"{day}T23:30").replace(tzinfo=PARIS)


def test_request_add_email_with_utc_time_late_at_night_is_the_next_day_in_paris(run, data_dir):
    day = days_ago(4)
    code, out, _ = run(*add_args(channel="email", email="jean.dupont@exemple.fr", address=None,
                                 received=f"{day}T23:30+00:00"))
    assert code == 0
    assert detail(data_dir, out.strip()).received_on == date.fromisoformat(day) + timedelta(days=1)


def test_request_add_warns_of_a_repeat_on_stderr(run):
    first = run(*add_args(channel="email", email="jean.dupont@exemple.fr", address=None,
                          received=days_ago(40)))[1].strip()
    code, out, err = run(*add_args(name="J. Dupont", channel="email", email="Jean.Dupont@exemple.fr",
                                   address=None, received=days_ago(2), right=("access", "erasure")))
    assert code == 0
    assert re.fullmatch(r"DSR-\d{4}-\d{4}\n", out)  # the new reference, alone on stdout
    assert out.strip() != first
    assert err.startswith("warning: the same person already made a request for access on ")
    assert first in err
    assert "Art. 12(5)" in err
    assert len(err.splitlines()) == 1


def test_request_add_different_right_is_not_a_repeat(run):
    run(*add_args(channel="email", email="jean.dupont@exemple.fr", address=None, received=days_ago(40)))
    code, _, err = run(*add_args(channel="email", email="jean.dupont@exemple.fr", address=None,
                                 right=("erasure",)))
    assert (code, err) == (0, "")


BAD_ADD = {
    "unknown right": dict(right=("fax-me",)),
    "unknown channel": dict(channel="fax"),
    "not a date": dict(received="last tuesday"),
    "30 February": dict(received="2026-02-30"),
    "bad date-time": dict(received="2026-11-02T25:61"),
    "future date": dict(received=(date.today() + timedelta(days=3)).isoformat()),
    "before the GDPR": dict(received="2018-05-24"),
    "malformed e-mail": dict(email="jean.dupont@exemple"),
    "e-mail channel without address": dict(channel="email", address=None),
    "post without postal address": dict(address=None),
    "registered number by e-mail": dict(channel="email", email="j@exemple.fr",
                                        extra=["--registered-number", "1A 2"]),
    "unknown relation": dict(extra=["--relation", "cousin"]),
}


@pytest.mark.parametrize("case", list(BAD_ADD))
def test_bad_request_add_gives_one_error_line_exit_2_and_writes_nothing(run, data_dir, case):
    run(*add_args(name="Someone Else"))  # a request already there
    before = stored(data_dir)
    code, out, err = run(*add_args(**BAD_ADD[case]))
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith("dpo-workbench: error: ")
    assert stored(data_dir) == before


def test_missing_name_is_one_error_line(run, data_dir):
    args = add_args()
    i = args.index("--name")
    del args[i:i + 2]
    code, out, err = run(*args)
    assert (code, out) == (2, "")
    assert err == "dpo-workbench: error: the following arguments are required: --name\n"
    assert stored(data_dir) == {"request": 0, "audit_entry": 0}


def test_error_messages_say_what_is_wrong(run):
    assert "unknown right 'fax-me'; valid rights: access," in run(*add_args(right=("fax-me",)))[2]
    assert "'2026-02-30' is not a date (expected YYYY-MM-DD" in run(*add_args(received="2026-02-30"))[2]
    assert "in the future" in run(*add_args(received=(date.today() + timedelta(days=3)).isoformat()))[2]
    assert "e-mail address 'jean.dupont@exemple' is not valid" in run(*add_args(email="jean.dupont@exemple"))[2]
    assert "invalid choice: 'fax'" in run(*add_args(channel="fax"))[2]


def test_request_edit_corrects_and_says_where_the_due_date_moves(run, data_dir):
    reference = run(*add_args(received=days_ago(10)))[1].strip()
    code, out, err = run("request", "edit", reference.lower(), "--received", days_ago(12), "--name", "Jean Dupond",
                         "--email", "jean.dupond@example.org")
    assert (code, err) == (0, "")
    d = detail(data_dir, reference)
    assert out.splitlines()[0] == f"{reference}: corrected name, email, received"
    assert out.splitlines()[1].startswith(f"due date: {d.due_on.isoformat()} (was ")
    assert (d.requester_name, d.requester_email, d.received_on) == (
        "Jean Dupond", "jean.dupond@example.org", today() - timedelta(days=12))
    assert d.requester_address == "4 avenue Jean-Jaurès\n69003 Lyon"  # not given: kept
    assert run("request", "edit", reference, "--name", "Jean Dupond")[1] == (
        f"{reference}: nothing changed (the values given are the recorded ones)\n")


@pytest.mark.parametrize("args", [
    [],  # nothing to change
    ["--address", "4 avenue Jean-Jaurès, Lyon"],  # no postcode
    ["--email", "jean@"],
    ["--received", "2026-02-30"],
    ["--channel", "fax"],
])
def test_a_bad_request_edit_is_one_error_line_and_changes_nothing(run, data_dir, args):
    reference = run(*add_args())[1].strip()
    before = stored(data_dir)
    code, out, err = run("request", "edit", reference, *args)
    assert (code, out) == (2, "")
    assert err.startswith("dpo-workbench: error:") and len(err.splitlines()) == 1
    assert stored(data_dir) == before  # nothing written, not even a journal entry
    assert detail(data_dir, reference).requester_name == "Jean Dupont"


@pytest.mark.slow
def test_program_request_edit_loads_neither_qt_nor_reportlab(tmp_path):
    data = tmp_path / "data"
    reference = program(*add_args(received=days_ago(5)), data_dir=data).stdout.strip()
    code = ("import sys\nfrom dpo_workbench.cli import main\n"
            f"rc = main(['--data-dir', {str(data)!r}, 'request', 'edit', {reference!r}, '--phone', '01 99 00 12 34'])\n"
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'reportlab'})\n"
            "print(rc, heavy)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False,
                            env=clean_env())
    assert result.stdout.splitlines()[-1] == "0 []", result.stderr


def test_request_without_action_is_a_usage_error(run):
    code, _, err = run("request")
    assert code == 2
    assert err.startswith("dpo-workbench: error:")


def test_unknown_command_is_a_usage_error(run):
    code, _, err = run("frobnicate")
    assert code == 2
    assert err.startswith("dpo-workbench: error:") and len(err.splitlines()) == 1


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("dpo-workbench ")


# --------------------------------------------------------------------------- #
# due
# --------------------------------------------------------------------------- #


@pytest.fixture
def three_requests(run):
    """Overdue (received 40 days ago), due within about a week (25 days ago), due in about a month (2 days ago)."""
    refs = [run(*add_args(name=n, received=days_ago(d), right=r))[1].strip()
            for n, d, r in [("A", 2, ("access",)), ("B", 40, ("erasure", "objection")), ("C", 25, ("access",))]]
    return {"recent": refs[0], "overdue": refs[1], "soon": refs[2]}


def test_due_json(run, three_requests):
    code, out, err = run("due", "--format", "json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert [r["reference"] for r in rows] == [three_requests[k] for k in ("overdue", "soon", "recent")]
    for row in rows:
        assert {"reference", "due_date", "days_left", "state", "rights"} <= set(row)
        due = date.fromisoformat(row["due_date"])  # ISO date
        assert row["days_left"] == (due - today()).days
        assert row["state"] == "open"
    assert [r["due_date"] for r in rows] == sorted(r["due_date"] for r in rows)
    assert rows[0]["days_left"] < 0
    assert rows[0]["rights"] == ["erasure", "objection"]
    assert 0 < rows[1]["days_left"] <= 10
    assert rows[2]["days_left"] > 20


def test_due_within_filters_keeping_overdue(run, three_requests):
    rows = json.loads(run("due", "--within", "10", "--format", "json")[1])
    assert [r["reference"] for r in rows] == [three_requests["overdue"], three_requests["soon"]]
    rows = json.loads(run("due", "--within", "0", "--format", "json")[1])
    assert [r["reference"] for r in rows] == [three_requests["overdue"]]


@pytest.mark.parametrize("value", ["-1", "abc", "1.5"])
def test_due_within_must_be_a_whole_number_of_days(run, value):
    code, out, err = run("due", "--within", value)
    assert (code, out) == (2, "")
    assert err.startswith("dpo-workbench: error:") and len(err.splitlines()) == 1


def test_due_csv(run, three_requests):
    code, out, _ = run("due", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["reference", "due_date", "days_left", "state", "rights", "extended"]
    assert [r["reference"] for r in rows] == [three_requests[k] for k in ("overdue", "soon", "recent")]
    assert rows[0]["rights"] == "erasure objection"
    assert rows[0]["extended"] == "no"
    assert int(rows[0]["days_left"]) == (date.fromisoformat(rows[0]["due_date"]) - today()).days


def test_due_table(run, three_requests):
    code, out, _ = run("due")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["REFERENCE", "DUE", "DAYS", "LEFT", "STATE", "RIGHTS"]
    assert [line.split()[0] for line in lines[1:]] == [three_requests[k] for k in ("overdue", "soon", "recent")]
    assert "(late)" in lines[1]
    assert "erasure, objection" in lines[1]
    assert "(late)" not in lines[2]


def test_due_table_shows_a_suspended_request_as_suspended(run, data_dir, three_requests):
    """Its clock stops while identity information is awaited: the table says so, as the GUI does,
    instead of a number of days that does not count down; JSON and CSV keep the number."""
    wb = Workbench.open(data_dir, actor="test")
    try:
        wb.requests.ask_identity(three_requests["soon"])
    finally:
        wb.close()
    lines = run("due")[1].splitlines()
    suspended = next(line for line in lines if line.startswith(three_requests["soon"]))
    assert suspended.split()[2:4] == ["suspended", "awaiting-identity"]
    assert "suspended" not in "".join(line for line in lines if line is not suspended)
    rows = {r["reference"]: r for r in json.loads(run("due", "--format", "json")[1])}
    assert rows[three_requests["soon"]]["state"] == "awaiting-identity"
    assert isinstance(rows[three_requests["soon"]]["days_left"], int)
    rows = {r["reference"]: r for r in csv.DictReader(io.StringIO(run("due", "--format", "csv")[1]))}
    assert int(rows[three_requests["soon"]]["days_left"]) >= 0


def test_due_on_an_empty_register(run):
    assert run("due") == (0, "No open request.\n", "")
    assert run("due", "--within", "7") == (0, "No open request due within 7 days.\n", "")
    assert run("due", "--format", "json")[1] == "[]\n"


# --------------------------------------------------------------------------- #
# settings, demo, audit verify (in process)
# --------------------------------------------------------------------------- #


def test_settings_lists_every_option(run):
    code, out, _ = run("settings")
    assert code == 0
    assert "language = 'auto'" in out
    assert "repeat_window_months = 12" in out
    assert "user_name = ''" in out
    assert "id_copy_grace_days = 0" in out


def test_settings_set_and_show_one(run):
    assert run("settings", "repeat_window_months", "24") == (0, "repeat_window_months = 24\n", "")
    assert run("settings", "repeat_window_months") == (0, "24\n", "")
    assert "repeat_window_months = 24" in run("settings")[1]


def test_setting_a_value_says_what_was_set(run):
    """A silent success left the user unsure it had worked: the value is printed as stored."""
    assert run("settings", "language", "en") == (0, "language = 'en'\n", "")
    assert run("settings", "language") == (0, "en\n", "")


@pytest.mark.parametrize("args", [("repeat_window_months", "0"), ("repeat_window_months", "many"),
                                  ("language", "de"), ("colour", "blue"), ("colour",)])
def test_bad_settings_are_refused(run, args):
    code, out, err = run("settings", *args)
    assert (code, out) == (2, "")
    assert err.startswith("dpo-workbench: error:") and len(err.splitlines()) == 1
    assert run("settings", "repeat_window_months")[1] == "12\n"


def test_demo_fills_forty_requests_then_refuses(run, data_dir):
    code, out, _ = run("demo")
    assert code == 0
    assert out.startswith("Demo organisation and 40 requests created in ")
    assert stored(data_dir)["request"] == 40
    before = stored(data_dir)
    code, out, err = run("demo")
    assert (code, out) == (2, "")
    assert err == ("dpo-workbench: error: the data folder already holds requests; "
                   "the demo only fills an empty one\n")
    assert stored(data_dir) == before


def test_audit_verify_in_process(run, three_requests):
    code, out, err = run("audit", "verify")
    assert code == 0
    assert out.startswith("Journal intact: ")
    assert err == ""


# --------------------------------------------------------------------------- #
# As a real program: exit codes
# --------------------------------------------------------------------------- #


@pytest.mark.slow
def test_program_request_add_and_bad_input_exit_codes(tmp_path):
    data = tmp_path / "data"
    ok = program(*add_args(received=days_ago(5)), data_dir=data)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip().startswith("DSR-")
    for bad in (add_args(right=("fax-me",)), add_args(received="2026-02-30"),
                add_args(email="jean.dupont@exemple")):
        result = program(*bad, data_dir=data)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.startswith("dpo-workbench: error:")
        assert len(result.stderr.splitlines()) == 1
    assert stored(data, PASSPHRASE) == {"request": 1, "audit_entry": 1}


@pytest.mark.slow
def test_program_as_module_due_within_negative_is_exit_2(tmp_path):
    result = program("due", "--within", "-1", data_dir=tmp_path / "data", module=True)
    assert result.returncode == 2
    assert result.stderr.startswith("dpo-workbench: error:")
    ok = program("due", "--format", "json", data_dir=tmp_path / "data", module=True)
    assert (ok.returncode, ok.stdout) == (0, "[]\n")


@pytest.mark.slow
def test_program_audit_verify_exit_0_then_1_after_tampering(tmp_path):
    data = tmp_path / "data"
    for n in (3, 2):
        assert program(*add_args(received=days_ago(n)), data_dir=data).returncode == 0
    result = program("audit", "verify", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Journal intact: 2 entries")
    wb = Workbench.open(data, passphrase=PASSPHRASE)
    try:
        with wb.db.transaction() as s:
            s.execute(text("UPDATE audit_entry SET details = '{}' WHERE id = 1"))
    finally:
        wb.close()
    result = program("audit", "verify", data_dir=data)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Journal broken at entry 1:")


@pytest.mark.slow
def test_program_demo_then_demo_again_is_exit_2(tmp_path):
    data = tmp_path / "data"
    first = program("demo", data_dir=data)
    assert first.returncode == 0, first.stderr
    second = program("demo", data_dir=data)
    assert second.returncode == 2
    assert second.stderr.startswith("dpo-workbench: error:")
    assert stored(data, PASSPHRASE)["request"] == 40


@pytest.mark.slow
def test_program_data_dir_from_environment(tmp_path):
    data = tmp_path / "from-env"
    result = program("settings", "language", "fr", env=clean_env(DPO_WORKBENCH_HOME=str(data)))
    assert result.returncode == 0, result.stderr
    assert (data / "workbench.db").is_file()
    assert program("settings", "language", data_dir=data).stdout == "fr\n"


@pytest.mark.slow
@pytest.mark.parametrize("module", [False, True], ids=["script", "module"])
def test_program_without_display_exits_with_a_clear_message(tmp_path, module):
    result = program(data_dir=tmp_path / "data", module=module)
    assert result.returncode != 0
    assert "no display found" in result.stderr
    assert "dpo-workbench due" in result.stderr  # says what to do instead
    assert result.stdout == ""
    assert not (tmp_path / "data").exists()  # nothing created before giving up


@pytest.mark.parametrize("case", ["future date", "malformed e-mail"])
def test_bad_request_add_on_a_fresh_folder_creates_nothing(run, data_dir, case):
    code, _, _ = run(*add_args(**BAD_ADD[case]))
    assert code == 2
    assert not data_dir.exists()
