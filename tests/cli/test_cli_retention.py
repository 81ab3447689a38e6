"""`retention due` and `retention purge [--yes]`: listing, asking, refusing without a terminal, purging."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from dpo_workbench.core.clock import FixedClock
from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.services.requests import NewRequest


@pytest.fixture
def old_case(data_dir):
    """A request of 2019, closed then: past its five years on the real clock the command runs on."""
    from dpo_workbench.workbench import Workbench

    wb = Workbench.open(data_dir, clock=FixedClock(datetime(2019, 3, 25, 9, tzinfo=UTC)), actor="dpo-test")
    reference = wb.requests.register(NewRequest(
        rights=[Right.ERASURE], channel=Channel.EMAIL, received_on=date(2019, 3, 1), requester_name="Paul Ancien",
        requester_email="paul@example.org"))
    wb.requests.answer(reference, Outcome.GRANTED, on=date(2019, 3, 20))
    wb.requests.close(reference, date(2019, 3, 21))
    wb.close()
    return reference


def test_due_lists_references_and_dates_only(run, old_case):
    code, out, _ = run("retention", "due")
    assert code == 0 and f"{old_case}   ended 2019-03-21  past since 2024-03-21" in out
    assert "Closed requests (kept 5 years after closing; anonymised): 1" in out and "Paul" not in out
    code, out, _ = run("retention", "due", "--format", "json")
    assert json.loads(out)["requests"] == [{"reference": old_case, "ended_on": "2019-03-21",
                                           "past_since": "2024-03-21"}]


def test_purge_refuses_without_a_terminal_or_yes(run, old_case):
    code, out, err = run("retention", "purge")
    assert code == 2 and "--yes" in err and out == ""
    code, out, _ = run("request", "list", "--with-personal-data")
    assert "Paul Ancien" in out


def test_purge_asks_and_does_nothing_unless_confirmed(run, old_case, monkeypatch):
    from dpo_workbench.cli import retention

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["no", "purge"])
    monkeypatch.setattr(retention, "ask_confirmation", lambda prompt: next(answers))
    code, out, _ = run("retention", "purge")
    assert code == 1 and old_case in out and "Nothing was purged." in out
    code, out, _ = run("retention", "purge")
    assert code == 0 and "1 request(s) anonymised" in out
    code, out, _ = run("request", "list", "--with-personal-data")
    assert old_case in out and "Paul" not in out
    code, out, _ = run("audit", "verify")
    assert code == 0 and "Journal intact" in out


def test_purge_yes_and_then_nothing_is_due(run, old_case):
    code, out, _ = run("retention", "purge", "--yes")
    assert code == 0 and "1 request(s) anonymised" in out
    code, out, _ = run("retention", "due")
    assert out == "Nothing is past its retention period.\n"
    code, out, _ = run("retention", "purge", "--yes")
    assert code == 0 and out == "Nothing is past its retention period.\n"
