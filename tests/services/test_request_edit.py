"""Correcting a logged request: one call, one transaction, each change in the timeline, the deadline recomputed.

The clock is the conftest FixedClock: Thursday 26 November 2026, 10:00 in Paris. Due dates
below were counted by hand on the 2026 calendar (no public holiday falls on any of them).
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Language, Outcome, Relation, Right
from dpo_workbench.errors import InputError
from dpo_workbench.services.requests import NewRequest, RegisterQuery, RequestChanges
from dpo_workbench.store.models import AuditEntry

D = date.fromisoformat


def log(wb, *, received="2026-11-02", channel=Channel.POST, email="", address="4 avenue Jean-Jaurès\n69003 Lyon",
        name="Jean Dupont") -> str:
    return wb.requests.register(NewRequest(
        rights=[Right.ACCESS], channel=channel, received_on=D(received), requester_name=name, requester_email=email,
        requester_address=address, registered_number="1A 123 456 7890 1" if channel is Channel.POST else ""))


def journal(wb, action: str) -> list[AuditEntry]:
    with wb.db.reading() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))
                    .scalars())


def rows_of(wb) -> dict[str, list[tuple]]:
    with wb.db.reading() as s:
        return {t: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{t}" ORDER BY 1'))]
                for t in ("request", "request_search", "event", "audit_entry")}


def test_a_correction_changes_the_fields_given_and_keeps_each_change_in_the_timeline(workbench):
    reference = log(workbench)
    result = workbench.requests.edit(reference, RequestChanges(
        requester_name="Jean Dupond", requester_email="jean.dupond@example.org", requester_phone="+33 1 99 00 12 34",
        requester_address="Bâtiment B, 4 avenue Jean-Jaurès, 69003 Lyon", notes="Client depuis 2019.",
        relation=Relation.PROSPECT, language=Language.EN))
    assert result.changed == ("name", "email", "phone", "address", "relation", "notes", "language")
    assert not result.due_moved and result.warnings == []
    d = workbench.requests.detail(reference)
    assert (d.requester_name, d.requester_email, d.requester_phone) == (
        "Jean Dupond", "jean.dupond@example.org", "+33 1 99 00 12 34")
    assert d.requester_address == "Bâtiment B\n4 avenue Jean-Jaurès\n69003 Lyon"
    assert (d.relation, d.language, d.notes) == (Relation.PROSPECT, Language.EN, "Client depuis 2019.")
    # what was not given is kept
    assert (d.channel, d.received_on, d.registered_number, d.rights) == (
        Channel.POST, D("2026-11-02"), "1A 123 456 7890 1", (Right.ACCESS,))
    event = d.timeline[-1]
    assert event.kind == "details-corrected" and event.actor == "dpo-test"
    assert event.detail["changes"]["name"] == ["Jean Dupont", "Jean Dupond"]
    assert event.detail["changes"]["address"] == ["4 avenue Jean-Jaurès\n69003 Lyon",
                                                  "Bâtiment B\n4 avenue Jean-Jaurès\n69003 Lyon"]
    assert event.detail["changes"]["relation"] == ["customer", "prospect"]
    # the search finds the person under the corrected name and address
    assert workbench.requests.ids(RegisterQuery(text="dupond")) == [d.id]
    assert workbench.requests.ids(RegisterQuery(text="dupont")) == []


def test_the_journal_names_the_fields_corrected_never_their_values(workbench):
    reference = log(workbench)
    workbench.requests.edit(reference, RequestChanges(requester_name="Jean Dupond",
                                                      requester_email="jean.dupond@example.org"))
    [entry] = journal(workbench, "request.edit")
    details = json.loads(entry.details)
    assert entry.object_id == reference and details["fields"] == ["name", "email"]
    with workbench.db.reading() as s:
        every_entry = " ".join(e.details for e in s.execute(select(AuditEntry)).scalars())
    assert "Dupond" not in every_entry and "example.org" not in every_entry and "Dupont" not in every_entry


def test_a_new_date_of_receipt_recomputes_the_deadline(workbench):
    reference = log(workbench, received="2026-11-02")  # due Wed 2 Dec 2026
    result = workbench.requests.edit(reference, RequestChanges(received_on=D("2026-11-10")))
    assert (result.due_before, result.due_after) == (D("2026-12-02"), D("2026-12-10"))
    d = workbench.requests.detail(reference)
    assert (d.received_on, d.due_on, d.one_month_due, d.days_left) == (
        D("2026-11-10"), D("2026-12-10"), D("2026-12-10"), 14)
    assert d.timeline[-1].detail["due"] == "2026-12-10" and d.timeline[-1].detail["due_before"] == "2026-12-02"
    # the steps that follow are dated from the new receipt
    workbench.requests.ask_identity(reference, D("2026-11-10"))


def test_the_suspension_and_the_extension_are_kept_when_the_date_moves(workbench):
    suspended = log(workbench, received="2026-11-02", name="Anne Suspendue")
    workbench.requests.ask_identity(suspended, D("2026-11-05"))
    workbench.requests.identity_received(suspended, D("2026-11-12"))  # 7 days: due 9 Dec
    assert workbench.requests.detail(suspended).due_on == D("2026-12-09")
    result = workbench.requests.edit(suspended, RequestChanges(received_on=D("2026-10-30")))
    d = workbench.requests.detail(suspended)
    assert d.suspended_days == 7 and result.due_after == d.due_on == D("2026-12-07")  # 30 Nov + 7 days

    extended = log(workbench, received="2026-11-02", name="Bruno Prolongé")
    workbench.requests.extend(extended, "Many services to search.", D("2026-11-20"))
    result = workbench.requests.edit(extended, RequestChanges(received_on=D("2026-11-03")))
    d = workbench.requests.detail(extended)
    assert d.extended and result.due_after == d.due_on == D("2027-02-03")  # three months from the new date

    waiting = log(workbench, received="2026-11-02", name="Claire Attente")
    workbench.requests.ask_identity(waiting, D("2026-11-06"))  # 20 days waited by today: as if it came today
    result = workbench.requests.edit(waiting, RequestChanges(received_on=D("2026-11-04")))
    d = workbench.requests.detail(waiting)
    assert d.state is State.AWAITING_IDENTITY and d.suspended_since == D("2026-11-06")
    assert result.due_after == d.due_on == D("2026-12-24")  # 4 Dec + 20 days


def test_a_date_of_receipt_after_a_recorded_step_is_refused_and_nothing_changes(workbench):
    reference = log(workbench, received="2026-11-02")
    workbench.requests.ask_identity(reference, D("2026-11-05"))
    before = rows_of(workbench)
    with pytest.raises(InputError) as refused:
        workbench.requests.edit(reference, RequestChanges(received_on=D("2026-11-06"), requester_name="X Y"))
    assert refused.value.field == "received" and refused.value.code == "request.received-after-step"
    assert "05/11/2026" in str(refused.value)
    assert rows_of(workbench) == before


@pytest.mark.parametrize(("changes", "field", "code"), [
    (RequestChanges(requester_email="not an address"), "email", "email.invalid"),
    (RequestChanges(requester_name="  "), "name", "request.name-missing"),
    (RequestChanges(received_on=D("2026-11-27")), "received", "request.received-future"),
    (RequestChanges(requester_address="4 avenue Jean-Jaurès\nLyon"), "address", "address.postcode-missing"),
    (RequestChanges(requester_address=""), "address", "request.address-needed"),  # still received by post
    (RequestChanges(channel=Channel.EMAIL), "email", "request.email-needed"),
    (RequestChanges(channel=Channel.WEB), "registered_number", "request.registered-not-post"),
])
def test_a_correction_is_checked_as_a_new_request_is(workbench, changes, field, code):
    reference = log(workbench)
    before = rows_of(workbench)
    with pytest.raises(InputError) as refused:
        workbench.requests.edit(reference, changes)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert rows_of(workbench) == before


def test_moving_a_request_to_e_mail_keeps_its_time_of_receipt_and_leaving_e_mail_drops_it(workbench):
    reference = log(workbench)
    at = datetime(2026, 11, 3, 9, 41, tzinfo=PARIS)
    result = workbench.requests.edit(reference, RequestChanges(
        channel=Channel.EMAIL, requester_email="jean@example.org", registered_number="", received_at=at,
        received_on=at.date()))
    assert result.changed == ("email", "channel", "received", "received_at", "registered_number")
    d = workbench.requests.detail(reference)
    assert d.received_at == at and d.received_on == D("2026-11-03") and d.due_on == D("2026-12-03")
    workbench.requests.edit(reference, RequestChanges(channel=Channel.WEB))
    assert workbench.requests.detail(reference).received_at is None


def test_an_answer_made_late_by_an_earlier_date_of_receipt_is_said(workbench):
    reference = log(workbench, received="2026-11-02")
    workbench.requests.answer(reference, Outcome.GRANTED, "", D("2026-11-25"))
    result = workbench.requests.edit(reference, RequestChanges(received_on=D("2026-10-20")))
    assert result.due_after == D("2026-11-20")
    assert [w.code for w in result.warnings] == ["answer-late"]


def test_giving_the_recorded_values_changes_nothing(workbench):
    reference = log(workbench)
    events = len(workbench.requests.detail(reference).timeline)
    result = workbench.requests.edit(reference, RequestChanges(requester_name=" Jean  Dupont ",
                                                               received_on=D("2026-11-02")))
    assert result.changed == () and not result.due_moved
    assert len(workbench.requests.detail(reference).timeline) == events
    assert journal(workbench, "request.edit") == []
