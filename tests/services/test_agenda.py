"""The side panel's lists: overdue, due today, due within the week, soonest first, cut at a limit, counted whole.

The FixedClock says Thursday 26 November 2026."""

from __future__ import annotations

from datetime import date

from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.services.requests import NewRequest


def log(wb, received: str, name: str) -> str:
    return wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.WEB,
                                           received_on=date.fromisoformat(received), requester_name=name))


def test_the_agenda_lists_what_is_late_due_today_and_due_this_week(workbench):
    late = [log(workbench, f"2026-10-0{n}", f"Late {n}") for n in (1, 2, 5, 6)]  # due 2, 2, 5, 6 Nov
    today = log(workbench, "2026-10-26", "Today")  # due Thu 26 Nov
    soon = log(workbench, "2026-10-30", "Soon")  # due Mon 30 Nov
    log(workbench, "2026-11-20", "Later")  # due 21 Dec: not listed
    waiting = log(workbench, "2026-10-03", "Waiting")
    workbench.requests.ask_identity(waiting, date(2026, 10, 5))  # suspended: no clock running, not listed
    agenda = workbench.requests.agenda(limit=3)
    assert agenda.counts == (4, 1, 1)
    assert [r.reference for r in agenda.overdue] == late[:3]  # soonest deadline first, cut at the limit
    assert [r.reference for r in agenda.due_today] == [today]
    assert [r.reference for r in agenda.due_soon] == [soon]
    assert agenda.overdue[0].requester_name == "Late 1" and agenda.overdue[0].days_left == -24
