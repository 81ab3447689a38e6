"""The figures: the annual report equals an independent count of `request list --format json`.

The register below holds one request of each kind the definitions speak of (README,
"Figures: the definitions"): answered on time and late, extended, suspended and still
suspended, refused with and without a ground, refused for identity not proven, withdrawn,
open past its deadline, answered by a letter saved before the answer was recorded, with
two rights, and one of the year before. Dates are seen from Thursday 26 November 2026.

Every test runs on SQLite (one seat) and on PostgreSQL (a team database, whose figure cells are kept
by plpgsql triggers and whose personal columns are sealed): the figures must be the same, exactly.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from dpo_workbench.core.report import Period, median, percentile
from dpo_workbench.core.rights import (
    Channel,
    ExtensionGround,
    Outcome,
    RefusalGround,
    Relation,
    Right,
)
from dpo_workbench.errors import InputError
from dpo_workbench.services.reports import FigureFilter
from dpo_workbench.services.requests import NewRequest
from tests import both_databases
from tests.letters.conftest import with_demo_register

D = date.fromisoformat


def log(wb, received: str, *rights: Right, channel: Channel = Channel.EMAIL,
        relation: Relation = Relation.CUSTOMER) -> str:
    return wb.requests.register(NewRequest(
        rights=list(rights or [Right.ACCESS]), channel=channel, received_on=D(received), requester_name="Anne Test",
        requester_email="anne@example.org", requester_address="1 rue de la Paix\n75002 Paris", relation=relation))


# each test runs on SQLite and on PostgreSQL
backend, team_url, workbench = both_databases.backend, both_databases.team_url, both_databases.workbench
run = both_databases.run


@pytest.fixture
def register(workbench, clock):
    """The register of the module docstring; returns {name: reference}."""
    wb = workbench
    with_demo_register(wb)  # the access reply below describes the processings linked to its request
    refs = {}
    refs["on_time"] = log(wb, "2026-03-02", Right.ACCESS, Right.ERASURE)
    wb.requests.answer(refs["on_time"], Outcome.GRANTED, on=D("2026-03-20"))
    refs["late"] = log(wb, "2026-04-01", Right.RECTIFICATION, channel=Channel.POST, relation=Relation.EMPLOYEE)
    wb.requests.answer(refs["late"], Outcome.GRANTED, on=D("2026-05-20"))  # due 4 May
    refs["extended"] = log(wb, "2026-05-04", Right.PORTABILITY, channel=Channel.WEB)
    wb.requests.extend(refs["extended"], "Six years of history", D("2026-05-20"), ground=ExtensionGround.COMPLEXITY)
    wb.requests.answer(refs["extended"], Outcome.GRANTED, on=D("2026-07-15"))
    refs["extended_no_ground"] = log(wb, "2026-06-01")
    wb.requests.extend(refs["extended_no_ground"], "Many requests", D("2026-06-10"))
    refs["suspended"] = log(wb, "2026-06-15", Right.ERASURE)
    wb.requests.ask_identity(refs["suspended"], D("2026-06-16"))
    wb.requests.identity_received(refs["suspended"], D("2026-06-26"))  # 10 days
    wb.requests.answer(refs["suspended"], Outcome.PARTLY, "Invoices kept ten years", on=D("2026-07-20"),
                       ground=RefusalGround.LEGAL_EXCEPTION)
    refs["still_suspended"] = log(wb, "2026-11-02", Right.ACCESS, relation=Relation.PROSPECT)
    wb.requests.ask_identity(refs["still_suspended"], D("2026-11-16"))  # 10 days to 26 Nov
    refs["refused"] = log(wb, "2026-08-03", Right.OBJECTION)
    wb.requests.answer(refs["refused"], Outcome.REFUSED, "Third request this month", on=D("2026-08-10"),
                       ground=RefusalGround.UNFOUNDED_EXCESSIVE)
    refs["refused_no_ground"] = log(wb, "2026-08-04", Right.OBJECTION)
    wb.requests.answer(refs["refused_no_ground"], Outcome.REFUSED, "Compelling legitimate grounds", on=D("2026-08-11"))
    refs["identity"] = log(wb, "2026-09-01", Right.ACCESS, channel=Channel.POST)
    wb.requests.ask_identity(refs["identity"], D("2026-09-02"))
    wb.requests.answer(refs["identity"], Outcome.REFUSED, "No answer to our request", on=D("2026-10-15"))
    refs["withdrawn"] = log(wb, "2026-09-10")
    wb.requests.withdraw(refs["withdrawn"], D("2026-09-12"))
    refs["overdue"] = log(wb, "2026-10-01", Right.ERASURE)  # due 2 November: open and overdue
    refs["no_data"] = log(wb, "2026-10-05", Right.ACCESS, relation=Relation.OTHER)
    wb.requests.answer(refs["no_data"], Outcome.NO_DATA, on=D("2026-10-06"))
    refs["closed"] = log(wb, "2026-02-02", Right.CONSENT_WITHDRAWAL, channel=Channel.IN_PERSON)
    wb.requests.answer(refs["closed"], Outcome.GRANTED, on=D("2026-02-05"))
    wb.requests.close(refs["closed"], on=D("2026-02-06"))
    refs["letter_first"] = log(wb, "2026-11-02", Right.ACCESS)
    wb.links.link_suggested(refs["letter_first"])
    wb.letters.save(refs["letter_first"], "access-reply", values={"data_held": "Account: customer since 2019"})
    clock.advance(days=3)  # the answer is recorded three days after the letter was saved
    wb.requests.answer(refs["letter_first"], Outcome.GRANTED)
    clock.advance(days=-3)
    refs["year_before"] = log(wb, "2025-12-15", Right.ACCESS)
    wb.requests.answer(refs["year_before"], Outcome.GRANTED, on=D("2026-01-05"))
    refs["today"] = log(wb, "2026-10-26", Right.ERASURE)  # due today, 26 November
    # breaches: one notified in time, one late, one not notified
    paris = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    first = wb.breaches.open(paris, "Laptop stolen")
    wb.breaches.record_notification(first, paris + timedelta(hours=30), "initial")
    second = wb.breaches.open(paris + timedelta(days=100), "Mail to the wrong person")
    wb.breaches.record_notification(second, paris + timedelta(days=100, hours=80), "initial")
    wb.breaches.open(paris + timedelta(days=200), "Lost USB key")
    return refs


def recount(rows: list[dict], today: date) -> dict:
    """The annual figures from the exported rows, counted here with nothing of the application."""
    answered = [r for r in rows if r["answered"]]
    days = sorted(r["days_taken"] for r in answered)
    refusals = [r for r in rows if r["outcome"] in ("refused", "partly")]
    extended = [r for r in rows if r["extended"]]
    suspended = [r for r in rows if r["suspended_days"] > 0 or r["state"] == "awaiting-identity"]
    return {
        "received": len(rows),
        "by_right": dict(Counter(right for r in rows for right in r["rights"])),
        "by_state": dict(Counter(r["state"] for r in rows)),
        "by_outcome": dict(Counter(r["outcome"] for r in answered)),
        "by_channel": dict(Counter(r["channel"] for r in rows)),
        "by_relation": dict(Counter(r["relation"] for r in rows)),
        "answer_times": {
            "answered": len(answered),
            "on_time": sum(1 for r in answered if D(r["answered"]) <= D(r["due"])),
            "late": sum(1 for r in answered if D(r["answered"]) > D(r["due"])),
            "on_time_rate": sum(1 for r in answered if D(r["answered"]) <= D(r["due"])) / len(answered),
            "median_days": float(statistics.median(days)),
            "p90_days": days[math.ceil(0.9 * len(days)) - 1],
        },
        "open_overdue": sum(1 for r in rows if r["state"] == "open" and D(r["due"]) < today),
        "extensions": {"count": len(extended),
                       "grounds": dict(Counter(r["extension_ground"] or "not-recorded" for r in extended))},
        "suspensions": {"count": len(suspended), "days": sum(r["suspended_days"] for r in suspended),
                        "reason": "identity-information-awaited"},
        "refusals": {"count": len(refusals),
                     "grounds": dict(Counter(r["refusal_ground"] or "not-recorded" for r in refusals))},
    }


@pytest.fixture
def cli(run, clock, monkeypatch):
    """The command line, on the tests' fixed clock (the command line itself reads the system clock)."""
    monkeypatch.setattr("dpo_workbench.workbench.SystemClock", lambda: clock)
    return run


def test_annual_report_equals_an_independent_count_of_the_request_list(register, cli):
    run = cli
    code, out, err = run("report", "annual", "--year", "2026", "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    code, out, err = run("request", "list", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 15  # the one of 2025 is not in the year
    assert report["requests"] == recount(rows, D("2026-11-26"))


def test_the_definitions_on_the_cases_that_test_them(register, workbench):
    rows = {r.reference: r for r in workbench.reports.export_rows(
        workbench.reports.list_ids(), personal_data=False, fmt="json")}
    refs = register
    assert rows[refs["late"]].on_time is False and rows[refs["late"]].days_taken == 49
    extended = rows[refs["extended"]]  # due three months after 4 May: 4 August
    assert (extended.due, extended.on_time, extended.extension_ground) == (D("2026-08-04"), True, "complexity")
    suspended = rows[refs["suspended"]]  # one month + 10 days: 25 July, a Saturday -> Monday 27 July
    assert (suspended.suspended_days, suspended.due, suspended.on_time) == (10, D("2026-07-27"), True)
    assert rows[refs["still_suspended"]].suspended_days == 10  # running: counted to today
    assert rows[refs["identity"]].refusal_ground == "identity-not-proven"  # refused while identity was awaited
    assert rows[refs["refused_no_ground"]].refusal_ground is None
    assert rows[refs["withdrawn"]].answered is None
    letter = rows[refs["letter_first"]]  # the letter (26 Nov) before the answer recorded (29 Nov)
    assert (letter.answered, letter.days_taken) == (D("2026-11-26"), 24)


def test_breach_figures(register, workbench):
    report = workbench.reports.annual(2026).breaches
    assert (report.count, report.notified, report.notified_in_72h, report.notified_late, report.not_notified,
            report.open) == (3, 2, 1, 1, 1, 3)
    months = {m.month: (m.breaches, m.breaches_notified, m.breaches_in_72h) for m in workbench.reports.annual(
        2026).months if m.breaches}
    assert months == {"2026-03": (1, 1, 1), "2026-06": (1, 1, 0), "2026-09": (1, 0, 0)}


def test_dashboard_counts_filters_and_quarters(register, workbench):
    period = Period(D("2026-01-01"), D("2026-12-31"))
    board = workbench.reports.dashboard(FigureFilter(period))
    assert board.counts.open == 4  # extended_no_ground, still_suspended, overdue, today
    assert (board.counts.overdue, board.counts.due_today, board.counts.awaiting_identity) == (2, 1, 1)
    assert board.counts.due_soon == 1  # due within 7 days, as the register's card counts them
    assert [r.reference for r in board.due_today] == [register["today"]]
    q3 = next(q for q in board.quarters if q.quarter == "2026-Q3")
    assert (q3.received, q3.times.answered, q3.times.on_time) == (4, 3, 3)  # the withdrawn one has no answer
    access = workbench.reports.dashboard(FigureFilter(period, right=Right.ACCESS))
    assert access.requests.received == 7 and set(access.requests.by_right) == {"access"}
    post = workbench.reports.dashboard(FigureFilter(period, channel=Channel.POST))
    assert post.requests.by_channel == {"post": 2} and post.counts.open == 0
    assert sum(m.received for m in board.months) == board.requests.received == 15


def test_bad_periods_and_years_are_refused(workbench):
    with pytest.raises(InputError) as err:
        workbench.reports.dashboard(FigureFilter(Period(D("2026-05-01"), D("2026-04-01"))))
    assert err.value.code == "report.period-reversed"
    with pytest.raises(InputError) as err:
        workbench.reports.annual(2030)
    assert err.value.code == "report.year-out-of-range"


def test_median_and_percentile_from_counts():
    assert median({}) is None and percentile({}, 90) is None
    assert median({3: 1, 5: 1}) == 4.0
    assert median({1: 2, 9: 1}) == 1.0
    values = [1, 2, 2, 3, 8, 8, 9, 10, 30, 31]
    histogram = Counter(values)
    assert median(histogram) == statistics.median(values)
    assert percentile(histogram, 90) == 30  # rank ceil(9) = 9th value
    assert percentile({4: 1}, 90) == 4


def test_the_figures_follow_every_change_of_the_register(register, workbench, cli):
    """The cells are recomputed for the months that changed: figures read after a change equal a recount."""
    run = cli
    before = workbench.reports.annual(2026).requests
    workbench.requests.answer(register["overdue"], Outcome.REFUSED, "Third request", on=D("2026-11-20"),
                              ground=RefusalGround.UNFOUNDED_EXCESSIVE)
    workbench.requests.identity_received(register["still_suspended"], D("2026-11-20"))
    workbench.requests.set_rights(register["today"], [Right.ACCESS, Right.PORTABILITY])
    log(workbench, "2026-11-25", Right.RESTRICTION, channel=Channel.POST)
    after = workbench.reports.annual(2026).requests
    assert after.received == before.received + 1 and after.refusals == before.refusals + 1
    code, out, err = run("request", "list", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json")
    assert code == 0, err
    assert after.as_dict() == recount(json.loads(out), D("2026-11-26"))
    months = {m.month: m for m in workbench.reports.annual(2026).months}
    assert months["2026-10"].by_right.get("portability") == 1
