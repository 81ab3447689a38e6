"""The Workbench service: the register, the actions on a request, repeats, settings, reminders.

The clock is the conftest FixedClock: Thursday 26 November 2026, 10:00 in Paris.
Deadlines below were worked out by hand on a 2026 calendar (no holiday falls on
any of them unless said).
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.errors import InputError, TransitionError
from dpo_workbench.services.requests import SORT_COLUMNS, Counts, NewRequest, RegisterQuery
from dpo_workbench.settings import OPTIONS
from dpo_workbench.store.models import AuditEntry
from dpo_workbench.workbench import Workbench

D = date.fromisoformat
TODAY = D("2026-11-26")


def new(name="Jean Dupont", email="", *, rights=(Right.ACCESS,), received="2026-11-02", channel=None,
        address="4 avenue Jean-Jaurès\n69003 Lyon", phone="") -> NewRequest:
    if channel is None:
        channel = Channel.EMAIL if email else Channel.POST
    return NewRequest(rights=list(rights), channel=channel, received_on=D(received), requester_name=name,
                      requester_email=email, requester_address=address, requester_phone=phone)


def journal(wb) -> list[AuditEntry]:
    with wb.db.reading() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


def snapshot(wb) -> dict[str, list[tuple]]:
    """Every row of every table, to prove that a refused action changed nothing."""
    with wb.db.reading() as s:
        tables = [r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))]
        return {t: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{t}" ORDER BY 1'))] for t in tables}


def ids_of(wb, references) -> list[int]:
    return [wb.requests.detail(r).id for r in references]


def refs(wb, query: RegisterQuery) -> list[str]:
    return [row.reference for row in wb.requests.rows(wb.requests.ids(query))]


# --------------------------------------------------------------------------- #
# Text search
# --------------------------------------------------------------------------- #


@pytest.fixture
def people(workbench):
    return {
        "elodie": workbench.requests.register(new("Élodie Lefèvre", "elodie.lefevre@exemple.fr")),
        "jean": workbench.requests.register(new("Jean Dupont", "jean.dupont@exemple.fr")),
        "underscore": workbench.requests.register(new("Paul Martin", "p_martin@exemple.fr")),
        "no_underscore": workbench.requests.register(new("Pierre Martin", "pxmartin@exemple.com")),
        "soren": workbench.requests.register(new("Søren Østergaard", "")),
    }


@pytest.mark.parametrize("term", ["lefevre", "LEFÈVRE", "élodie", "Elodie   Lefevre", "efèv"])
def test_search_ignores_case_and_accents(workbench, people, term):
    assert refs(workbench, RegisterQuery(text=term)) == [people["elodie"]]


def test_search_by_email(workbench, people):
    assert refs(workbench, RegisterQuery(text="jean.dupont@exemple.fr")) == [people["jean"]]
    assert refs(workbench, RegisterQuery(text="exemple.com")) == [people["no_underscore"]]


def test_search_by_reference(workbench, people):
    assert refs(workbench, RegisterQuery(text=people["jean"])) == [people["jean"]]
    assert refs(workbench, RegisterQuery(text=people["jean"].lower())) == [people["jean"]]


def test_search_terms_are_anded(workbench, people):
    assert refs(workbench, RegisterQuery(text="martin paul")) == [people["underscore"]]
    assert sorted(refs(workbench, RegisterQuery(text="martin"))) == sorted(
        [people["underscore"], people["no_underscore"]])
    assert refs(workbench, RegisterQuery(text="jean lefevre")) == []


def test_search_underscore_is_literal(workbench, people):
    assert refs(workbench, RegisterQuery(text="p_martin")) == [people["underscore"]]
    assert refs(workbench, RegisterQuery(text="_")) == [people["underscore"]]


def test_search_percent_is_literal(workbench, people):
    # as a wildcard, "n%d" would match "jean dupont"
    assert refs(workbench, RegisterQuery(text="n%d")) == []
    assert refs(workbench, RegisterQuery(text="%")) == []


def test_search_backslash_is_literal(workbench, people):
    assert refs(workbench, RegisterQuery(text="\\")) == []


def test_search_with_non_latin_letters(workbench, people):
    assert refs(workbench, RegisterQuery(text="søren")) == [people["soren"]]


def test_empty_search_lists_everything(workbench, people):
    assert len(workbench.requests.ids(RegisterQuery(text="   "))) == 5


# --------------------------------------------------------------------------- #
# Filters, urgency, rows, counts
# --------------------------------------------------------------------------- #


@pytest.fixture
def register(workbench):
    """One request per urgency case; due dates relative to Thu 26 Nov 2026."""
    r = {}
    r["due_today"] = workbench.requests.register(new("A", received="2026-10-26"))  # -> Thu 26 Nov
    r["due_in_7"] = workbench.requests.register(new("B", received="2026-11-03"))  # -> Thu 3 Dec
    r["due_in_8"] = workbench.requests.register(new("C", received="2026-11-04", rights=[Right.ERASURE]))  # Fri 4 Dec
    r["due_yesterday"] = workbench.requests.register(new("D", received="2026-10-25"))  # -> Wed 25 Nov
    # suspended: its stored deadline (Fri 20 Nov) is past, but the clock is stopped
    r["suspended_past"] = workbench.requests.register(new("E", received="2026-10-20"))
    workbench.requests.ask_identity(r["suspended_past"], D("2026-10-21"))
    # suspended: stored deadline Fri 27 Nov would be "soon"
    r["suspended_soon"] = workbench.requests.register(new("F", received="2026-10-27", rights=[Right.ERASURE]))
    workbench.requests.ask_identity(r["suspended_soon"], D("2026-10-28"))
    # answered after its deadline: no longer overdue
    r["answered"] = workbench.requests.register(new("G", received="2026-10-01"))
    workbench.requests.answer(r["answered"], Outcome.GRANTED, on=D("2026-11-20"))
    return r


def test_state_filter(workbench, register):
    assert sorted(refs(workbench, RegisterQuery(state=State.AWAITING_IDENTITY))) == sorted(
        [register["suspended_past"], register["suspended_soon"]])
    assert refs(workbench, RegisterQuery(state=State.ANSWERED)) == [register["answered"]]
    assert refs(workbench, RegisterQuery(state=State.CLOSED)) == []


def test_right_filter(workbench, register):
    assert sorted(refs(workbench, RegisterQuery(right=Right.ERASURE))) == sorted(
        [register["due_in_8"], register["suspended_soon"]])
    assert refs(workbench, RegisterQuery(right=Right.PORTABILITY)) == []


def test_right_filter_finds_a_request_with_several_rights(workbench):
    ref = workbench.requests.register(new(rights=[Right.ACCESS, Right.PORTABILITY]))
    assert refs(workbench, RegisterQuery(right=Right.PORTABILITY)) == [ref]
    assert refs(workbench, RegisterQuery(right=Right.ACCESS)) == [ref]


def test_filters_combine(workbench, register):
    assert refs(workbench, RegisterQuery(state=State.OPEN, right=Right.ERASURE)) == [register["due_in_8"]]
    assert refs(workbench, RegisterQuery(text="c", urgency="soon")) == []


def test_urgency_overdue(workbench, register):
    assert refs(workbench, RegisterQuery(urgency="overdue")) == [register["due_yesterday"]]


def test_urgency_soon_includes_today_and_the_seventh_day(workbench, register):
    assert refs(workbench, RegisterQuery(urgency="soon")) == [register["due_today"], register["due_in_7"]]


def test_urgency_moves_with_the_clock(workbench, register, clock):
    clock.advance(days=1)  # Fri 27 Nov: the request due on the 26th is now overdue, the one due 4 Dec soon
    assert refs(workbench, RegisterQuery(urgency="overdue")) == [register["due_yesterday"], register["due_today"]]
    assert refs(workbench, RegisterQuery(urgency="soon")) == [register["due_in_7"], register["due_in_8"]]


def test_unknown_urgency_is_refused(workbench):
    with pytest.raises(ValueError, match="urgency"):
        workbench.requests.ids(RegisterQuery(urgency="late"))


def test_register_rows_compute_days_left_and_urgency(workbench, register):
    order = ["due_in_8", "answered", "due_yesterday", "suspended_soon", "due_today", "due_in_7", "suspended_past"]
    rows = workbench.requests.rows(ids_of(workbench, [register[k] for k in order]))
    assert [r.reference for r in rows] == [register[k] for k in order]
    got = {k: (row.days_left, row.urgency) for k, row in zip(order, rows, strict=True)}
    assert got == {
        "due_today": (0, "soon"),
        "due_in_7": (7, "soon"),
        "due_in_8": (8, "running"),
        "due_yesterday": (-1, "overdue"),
        "suspended_past": (None, "suspended"),
        "suspended_soon": (None, "suspended"),
        "answered": (None, "done"),
    }
    row = rows[order.index("suspended_past")]
    assert row.state is State.AWAITING_IDENTITY
    assert row.suspended_since == D("2026-10-21")
    # suspended since 21 Oct: 20 Nov + 36 days waited = Sat 26 Dec -> Mon 28 Dec (the date if it came today)
    assert row.due_on == D("2026-12-28")
    assert rows[0].rights == (Right.ERASURE,)
    assert rows[0].channel is Channel.POST
    assert rows[0].requester_name == "C"


def test_register_rows_skip_unknown_ids_and_accept_empty(workbench, register):
    ids = ids_of(workbench, [register["due_today"]])
    assert [r.reference for r in workbench.requests.rows([999_999, *ids])] == [register["due_today"]]
    assert workbench.requests.rows([]) == []


def test_register_rows_do_not_journal(workbench, register):
    before = len(journal(workbench))
    workbench.requests.rows(workbench.requests.ids())
    assert len(journal(workbench)) == before


def test_counts(workbench, register):
    assert workbench.requests.counts() == Counts(open=6, due_soon=2, overdue=1, awaiting_identity=2)


def test_counts_of_an_empty_register(workbench):
    assert workbench.requests.counts() == Counts(0, 0, 0, 0)
    assert workbench.requests.total() == 0


# --------------------------------------------------------------------------- #
# Sorting
# --------------------------------------------------------------------------- #


@pytest.fixture
def sortable(workbench):
    """Five requests whose values differ in every sortable column (R1 and R5 share a channel)."""
    r1 = workbench.requests.register(new("Zoé Abel", "zoe@exemple.fr", rights=[Right.ERASURE], received="2026-11-02"))
    r2 = workbench.requests.register(new("élodie Lefèvre", rights=[Right.ACCESS], received="2026-10-20"))
    r3 = workbench.requests.register(new("Marc Durand", rights=[Right.OBJECTION], received="2026-11-10",
                                        channel=Channel.WEB))
    r4 = workbench.requests.register(new("Bruno Roy", rights=[Right.RECTIFICATION, Right.ACCESS],
                                        received="2026-09-15", channel=Channel.IN_PERSON))
    r5 = workbench.requests.register(new("Anne Roy", "anne@exemple.fr", rights=[Right.PORTABILITY],
                                        received="2026-11-20"))
    workbench.requests.answer(r2, Outcome.GRANTED, on=D("2026-11-05"))
    workbench.requests.ask_identity(r3, D("2026-11-11"))
    workbench.requests.extend(r3, "complex", D("2026-11-12"))
    workbench.requests.withdraw(r4, D("2026-09-20"))
    # due: r4 Thu 15 Oct, r2 Fri 20 Nov, r1 Wed 2 Dec, r5 Sun 20 Dec -> Mon 21 Dec, r3 extended Wed 10 Feb 2027
    return {"R1": r1, "R2": r2, "R3": r3, "R4": r4, "R5": r5}


ASCENDING = {
    "reference": ["R1", "R2", "R3", "R4", "R5"],
    "requester": ["R5", "R4", "R2", "R3", "R1"],  # anne, bruno, elodie (accent folded), marc, zoe
    "rights": ["R2", "R1", "R3", "R5", "R4"],  # access, erasure, objection, portability, rectification,...
    "channel": ["R1", "R5", "R4", "R2", "R3"],  # email (tie by id), in-person, post, web
    "received_on": ["R4", "R2", "R1", "R3", "R5"],
    "due_on": ["R4", "R2", "R1", "R5", "R3"],
    "days_left": ["R4", "R2", "R1", "R5", "R3"],
    "state": ["R2", "R3", "R1", "R5", "R4"],  # answered, awaiting-identity, open (tie), withdrawn
}
DESCENDING = {
    "channel": ["R3", "R2", "R4", "R5", "R1"],  # ties by id descending too
    "state": ["R4", "R5", "R1", "R3", "R2"],
}


def test_every_sort_key_is_covered():
    assert set(ASCENDING) == set(SORT_COLUMNS)


@pytest.mark.parametrize("key", list(ASCENDING))
@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_sorting(workbench, sortable, key, descending):
    expected = DESCENDING.get(key, ASCENDING[key][::-1]) if descending else ASCENDING[key]
    got = refs(workbench, RegisterQuery(sort=key, descending=descending))
    assert got == [sortable[name] for name in expected]


def test_due_dates_of_the_sort_fixture(workbench, sortable):
    due = {name: workbench.requests.detail(ref).due_on for name, ref in sortable.items()}
    # R3 is suspended: its date is the one it would have if the information came today
    assert due == {"R1": D("2026-12-02"), "R2": D("2026-11-20"), "R3": D("2027-02-25"),
                   "R4": D("2026-10-15"), "R5": D("2026-12-21")}


def test_unknown_sort_key_is_refused(workbench):
    with pytest.raises(ValueError, match="cannot sort by"):
        workbench.requests.ids(RegisterQuery(sort="requester_email"))


def test_sorting_by_reference_follows_the_year_of_the_reference(workbench):
    late_logged = [
        workbench.requests.register(new(received="2026-01-05")),  # DSR-2026-0001
        workbench.requests.register(new(received="2025-12-29")),  # DSR-2025-0001, logged after it
        workbench.requests.register(new(received="2026-01-06")),  # DSR-2026-0002
    ]
    assert late_logged == ["DSR-2026-0001", "DSR-2025-0001", "DSR-2026-0002"]
    assert refs(workbench, RegisterQuery(sort="reference")) == ["DSR-2025-0001", "DSR-2026-0001", "DSR-2026-0002"]


# --------------------------------------------------------------------------- #
# One request: detail view and actions
# --------------------------------------------------------------------------- #


def test_request_detail_journals_a_view(workbench):
    ref = workbench.requests.register(new("Jean Dupont", "jean.dupont@exemple.fr"))
    before = journal(workbench)
    detail = workbench.requests.detail(ref)
    after = journal(workbench)
    assert len(after) == len(before) + 1
    entry = after[-1]
    assert (entry.action, entry.object_type, entry.object_id, entry.actor) == (
        "request.view", "request", ref, "dpo-test")
    assert [e.kind for e in detail.timeline] == ["received"]


def test_the_request_keeps_its_language_french_by_default(workbench):
    from dpo_workbench.core.rights import Language

    french = workbench.requests.register(new())
    english = new("Søren Østergaard", "soren@example.dk")
    english.language = Language.EN
    english = workbench.requests.register(english)
    assert workbench.requests.detail(french).language is Language.FR
    assert workbench.requests.detail(english).language is Language.EN


def test_register_request_journals_the_creation(workbench):
    ref = workbench.requests.register(new(rights=[Right.ACCESS, Right.ERASURE]))
    [entry] = journal(workbench)
    assert (entry.action, entry.object_id) == ("request.create", ref)
    assert entry.details == '{"channel":"post","rights":["access","erasure"]}'
    assert entry.at == "2026-11-26T09:00:00.000000+00:00"


ACTIONS = {
    # name: (set-up calls, action, expected state, expected due, expected event kind)
    # suspended since 5 Nov, today 26 Nov: shown as if the information came today, 2 Dec + 21 days
    "ask_identity": ([], lambda wb, r: wb.requests.ask_identity(r, D("2026-11-05")),
                     State.AWAITING_IDENTITY, D("2026-12-23"), "identity-requested"),
    "identity_received": ([lambda wb, r: wb.requests.ask_identity(r, D("2026-11-05"))],
                          lambda wb, r: wb.requests.identity_received(r, D("2026-11-12")),
                          State.OPEN, D("2026-12-09"), "identity-received"),  # Wed 2 Dec + 7
    "extend": ([], lambda wb, r: wb.requests.extend(r, "  six years of history to search  ", D("2026-11-10")),
               State.OPEN, D("2027-02-02"), "extended"),  # Tue 2 Feb 2027
    "answer": ([], lambda wb, r: wb.requests.answer(r, Outcome.PARTLY, "invoices kept 10 years", D("2026-11-20")),
               State.ANSWERED, D("2026-12-02"), "answered"),
    "close_request": ([lambda wb, r: wb.requests.answer(r, Outcome.GRANTED, on=D("2026-11-20"))],
                      lambda wb, r: wb.requests.close(r), State.CLOSED, D("2026-12-02"), "closed"),
    "withdraw": ([], lambda wb, r: wb.requests.withdraw(r, D("2026-11-06")), State.WITHDRAWN, D("2026-12-02"),
                 "withdrawn"),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_action_updates_state_timeline_and_journal(workbench, name):
    setup, action, state, due, kind = ACTIONS[name]
    ref = workbench.requests.register(new(received="2026-11-02"))  # due Wed 2 Dec
    for step in setup:
        step(workbench, ref)
    entries_before = len(journal(workbench))
    events_before = len(workbench.requests.detail(ref).timeline)
    entries_before += 1  # the view just journaled

    result = action(workbench, ref)

    assert result.warnings == []
    entries = journal(workbench)
    assert len(entries) == entries_before + 1
    assert (entries[-1].action, entries[-1].object_type, entries[-1].object_id) == (f"request.{kind}", "request", ref)
    assert f'"state":"{state.value}"' in entries[-1].details
    detail = workbench.requests.detail(ref)
    assert detail.state is state
    assert detail.due_on == due
    assert len(detail.timeline) == events_before + 1
    event = detail.timeline[-1]
    assert event.kind == kind
    assert event.actor == "dpo-test"
    assert event.detail["due"] == due.isoformat()
    assert workbench.audit.verify().ok


def test_action_defaults_to_today(workbench):
    ref = workbench.requests.register(new(received="2026-11-02"))
    workbench.requests.ask_identity(ref)
    detail = workbench.requests.detail(ref)
    assert detail.suspended_since == TODAY
    assert detail.timeline[-1].on == TODAY


def test_identity_suspension_moves_the_deadline_and_the_timeline_says_why(workbench, clock):
    ref = workbench.requests.register(new(received="2026-11-02"))  # due Wed 2 Dec
    workbench.requests.ask_identity(ref, D("2026-11-05"))
    detail = workbench.requests.detail(ref)
    assert detail.days_left is None
    clock.advance(days=3)  # Sun 29 Nov
    workbench.requests.identity_received(ref, D("2026-11-29"))  # 24 days: Wed 2 Dec + 24 = Sat 26 Dec -> Mon 28 Dec
    detail = workbench.requests.detail(ref)
    assert detail.state is State.OPEN
    assert detail.suspended_days == 24
    assert detail.due_on == detail.one_month_due == D("2026-12-28")
    assert detail.days_left == 29
    assert detail.timeline[-1].detail == {"due": "2026-12-28", "suspended_days": 24}


def test_extension_reason_is_kept_on_the_request_and_timeline_but_not_in_the_journal(workbench):
    ref = workbench.requests.register(new(received="2026-11-02"))
    workbench.requests.extend(ref, "  six years of history to search  ", D("2026-11-10"))
    detail = workbench.requests.detail(ref)
    assert detail.extended
    assert detail.extension_reason == "six years of history to search"
    extended = [e for e in detail.timeline if e.kind == "extended"][0]
    assert extended.detail["reason"] == "six years of history to search"
    assert all("six years" not in e.details for e in journal(workbench))


def test_answer_stores_outcome_and_reason(workbench):
    ref = workbench.requests.register(new(received="2026-11-02"))
    workbench.requests.answer(ref, Outcome.REFUSED, "  processing is lawful  ", D("2026-11-20"))
    detail = workbench.requests.detail(ref)
    assert detail.outcome is Outcome.REFUSED
    assert detail.outcome_reason == "processing is lawful"
    assert detail.days_left is None


def test_late_answer_warning_is_returned_and_kept_in_the_timeline(workbench):
    ref = workbench.requests.register(new(received="2026-10-01"))  # due Mon 2 Nov (1 Nov is a Sunday holiday)
    result = workbench.requests.answer(ref, Outcome.GRANTED, on=D("2026-11-20"))
    assert result.warnings == ["The answer is late: the deadline was 02/11/2026."]
    event = workbench.requests.detail(ref).timeline[-1]
    assert event.detail["warnings"] == result.warnings
    assert "warnings" not in journal(workbench)[-2].details  # [-1] is the view


def test_late_extension_warning_is_returned(workbench):
    ref = workbench.requests.register(new(received="2026-10-01"))
    result = workbench.requests.extend(ref, "complex", D("2026-11-03"))
    assert len(result.warnings) == 1
    assert "02/11/2026" in result.warnings[0]
    assert workbench.requests.detail(ref).due_on == D("2027-01-04")  # Fri 1 Jan 2027 holiday -> Mon 4 Jan


IMPOSSIBLE = {
    "answer while awaiting identity": (
        [lambda wb, r: wb.requests.ask_identity(r, D("2026-11-05"))],
        lambda wb, r: wb.requests.answer(r, Outcome.GRANTED, on=D("2026-11-20"))),
    "close before answering": ([], lambda wb, r: wb.requests.close(r)),
    "extend twice": ([lambda wb, r: wb.requests.extend(r, "complex", D("2026-11-05"))],
                     lambda wb, r: wb.requests.extend(r, "more complex", D("2026-11-06"))),
    "extend without reason": ([], lambda wb, r: wb.requests.extend(r, "  ", D("2026-11-05"))),
    "refuse without reason": ([], lambda wb, r: wb.requests.answer(r, Outcome.REFUSED, "", D("2026-11-20"))),
    "identity received when none asked": ([], lambda wb, r: wb.requests.identity_received(r, D("2026-11-05"))),
    "withdraw after answer": ([lambda wb, r: wb.requests.answer(r, Outcome.GRANTED, on=D("2026-11-20"))],
                              lambda wb, r: wb.requests.withdraw(r)),
    "date before receipt": ([], lambda wb, r: wb.requests.ask_identity(r, D("2026-11-01"))),
    "date in the future": ([], lambda wb, r: wb.requests.ask_identity(r, D("2026-11-27"))),
}


@pytest.mark.parametrize("name", list(IMPOSSIBLE))
def test_impossible_action_raises_and_changes_nothing(workbench, name):
    setup, action = IMPOSSIBLE[name]
    ref = workbench.requests.register(new(received="2026-11-02"))
    for step in setup:
        step(workbench, ref)
    before = snapshot(workbench)
    with pytest.raises(TransitionError):
        action(workbench, ref)
    assert snapshot(workbench) == before


def test_action_and_journal_commit_together(workbench):
    """If the journal entry cannot be written, the action is not recorded either."""
    ref = workbench.requests.register(new(received="2026-11-02"))
    with workbench.db.transaction() as s:
        s.execute(text("CREATE TRIGGER refuse_journal BEFORE INSERT ON audit_entry "
                       "BEGIN SELECT RAISE(ABORT, 'journal refused'); END"))
    before = snapshot(workbench)
    with pytest.raises(DBAPIError, match="journal refused"):
        workbench.requests.answer(ref, Outcome.GRANTED, on=D("2026-11-20"))
    with pytest.raises(DBAPIError, match="journal refused"):
        workbench.requests.register(new(received="2026-11-03"))
    assert snapshot(workbench) == before


# --------------------------------------------------------------------------- #
# Repeated requests
# --------------------------------------------------------------------------- #


def test_repeat_same_email_even_with_another_name(workbench):
    first = workbench.requests.register(new("Jean Dupont", "jean.dupont@exemple.fr", received="2026-06-01"))
    hits = workbench.requests.find_repeats("J. Dupont", "Jean.Dupont@exemple.fr", [Right.ACCESS], TODAY)
    assert [(h.reference, h.received_on, h.rights, h.state) for h in hits] == [
        (first, D("2026-06-01"), (Right.ACCESS,), State.OPEN)]


def test_repeat_same_name_without_email(workbench):
    first = workbench.requests.register(new("Élodie Lefèvre", "elodie@exemple.fr", received="2026-06-01"))
    # the new request has no e-mail: the name decides (accents and case folded)
    hits = workbench.requests.find_repeats("ELODIE LEFEVRE", "", [Right.ACCESS], TODAY)
    assert [h.reference for h in hits] == [first]


def test_repeat_same_name_when_the_earlier_request_had_no_email(workbench):
    first = workbench.requests.register(new("Élodie Lefèvre", "", received="2026-06-01"))
    hits = workbench.requests.find_repeats("Élodie Lefèvre", "elodie@exemple.fr", [Right.ACCESS], TODAY)
    assert [h.reference for h in hits] == [first]


def test_same_name_with_two_different_emails_is_not_a_repeat(workbench):
    workbench.requests.register(new("Jean Dupont", "jean.dupont@exemple.fr", received="2026-06-01"))
    assert workbench.requests.find_repeats("Jean Dupont", "jean.dupont@autre.fr", [Right.ACCESS], TODAY) == []


def test_different_right_is_not_a_repeat(workbench):
    workbench.requests.register(new("Jean Dupont", "jean.dupont@exemple.fr", received="2026-06-01"))
    assert workbench.requests.find_repeats("Jean Dupont", "jean.dupont@exemple.fr", [Right.ERASURE], TODAY) == []


def test_repeat_lists_only_the_rights_in_common(workbench):
    workbench.requests.register(new("Jean Dupont", "j@exemple.fr",
                                    rights=[Right.ACCESS, Right.ERASURE, Right.OBJECTION], received="2026-06-01"))
    [hit] = workbench.requests.find_repeats("Jean Dupont", "j@exemple.fr", [Right.OBJECTION, Right.ACCESS], TODAY)
    assert hit.rights == (Right.ACCESS, Right.OBJECTION)


def test_repeat_window_boundary(workbench):
    # default window 12 months: since Wed 26 Nov 2025 for a request of 26 Nov 2026
    inside = workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2025-11-26"))
    workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2025-11-25"))
    hits = workbench.requests.find_repeats("Jean Dupont", "j@exemple.fr", [Right.ACCESS], TODAY)
    assert [h.reference for h in hits] == [inside]


def test_repeat_window_setting_changes_it(workbench):
    old = workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2025-11-25"))
    assert workbench.requests.find_repeats("Jean Dupont", "j@exemple.fr", [Right.ACCESS], TODAY) == []
    workbench.settings.set("repeat_window_months", 24)
    hits = workbench.requests.find_repeats("Jean Dupont", "j@exemple.fr", [Right.ACCESS], TODAY)
    assert [h.reference for h in hits] == [old]
    workbench.settings.set("repeat_window_months", 1)
    recent = workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2026-10-26"))
    workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2026-10-25"))
    hits = workbench.requests.find_repeats("Jean Dupont", "j@exemple.fr", [Right.ACCESS], TODAY)
    assert [h.reference for h in hits] == [recent]


def test_repeats_newest_first(workbench):
    a = workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2026-03-01"))
    b = workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2026-09-01"))
    hits = workbench.requests.find_repeats("Jean Dupont", "j@exemple.fr", [Right.ACCESS], TODAY)
    assert [h.reference for h in hits] == [b, a]


def test_request_detail_lists_earlier_repeats_but_not_itself_or_later_ones(workbench):
    first = workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2026-03-01"))
    second = workbench.requests.register(new("Jean Dupont", "j@exemple.fr", received="2026-09-01"))
    assert [h.reference for h in workbench.requests.detail(second).repeats] == [first]
    assert workbench.requests.detail(first).repeats == []


# --------------------------------------------------------------------------- #
# Settings
# --------------------------------------------------------------------------- #


def test_settings_defaults(workbench):
    values = workbench.settings.values()
    assert {name: values[name] for name in OPTIONS} == {
        "language": "auto", "user_name": "", "repeat_window_months": 12, "id_copy_grace_days": 0,
        "backup_folder": "", "mail_poll_minutes": 0, "task_lead_days": 10, "retention_requests_years": 5,
        "retention_breaches_years": 5, "retention_messages_years": 1, "retention_journal_years": 6}
    with pytest.raises(KeyError):
        values["no_such_setting"]


def test_settings_set_and_get(workbench):
    workbench.settings.set("language", "fr")
    workbench.settings.set("repeat_window_months", "24")  # text from a form or the command line
    workbench.settings.set("id_copy_grace_days", 30)
    workbench.settings.set("language", "en")  # changed again
    values = workbench.settings.values()
    assert values["language"] == "en"
    assert values["repeat_window_months"] == 24
    assert values["id_copy_grace_days"] == 30


def test_settings_survive_reopening(workbench, data_dir):
    workbench.settings.set("repeat_window_months", 6)
    again = Workbench.open(data_dir)
    try:
        assert again.settings.values()["repeat_window_months"] == 6
    finally:
        again.close()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("language", "de"),
        ("repeat_window_months", 0),
        ("repeat_window_months", 61),
        ("repeat_window_months", "twelve"),
        ("repeat_window_months", True),
        ("repeat_window_months", 1.5),
        ("id_copy_grace_days", -1),
        ("id_copy_grace_days", 31),
        ("no_such_setting", "x"),
    ],
)
def test_bad_setting_is_refused_and_not_written(workbench, name, value):
    before = snapshot(workbench)
    with pytest.raises(InputError) as info:
        workbench.settings.set(name, value)
    assert info.value.field == name
    assert snapshot(workbench) == before


def test_setting_change_is_journaled_without_its_value(workbench):
    workbench.settings.set("user_name", "Marie Curie")
    [entry] = journal(workbench)
    assert (entry.action, entry.object_id, entry.details) == ("settings.change", "user_name", "{}")
    assert entry.actor == "dpo-test"  # the fixture's actor, fixed at opening


def test_actor_comes_from_the_user_name_setting(data_dir, clock):
    wb = Workbench.open(data_dir, clock=clock)
    try:
        wb.settings.set("user_name", "Marie Curie")
        ref = wb.requests.register(new())
        assert wb.requests.detail(ref).timeline[0].actor == "Marie Curie"
        assert journal(wb)[-1].actor == "Marie Curie"
    finally:
        wb.close()


# --------------------------------------------------------------------------- #
# The due list
# --------------------------------------------------------------------------- #


@pytest.fixture
def due_register(workbench):
    r = {}
    r["later"] = workbench.requests.register(new("A", received="2026-11-20"))  # Sun 20 Dec -> Mon 21 Dec
    r["overdue"] = workbench.requests.register(new("B", received="2026-10-25"))  # Wed 25 Nov
    r["soon"] = workbench.requests.register(new("C", received="2026-11-03", rights=[Right.ERASURE]))  # Thu 3 Dec
    r["same_day"] = workbench.requests.register(new("D", received="2026-11-03"))  # Thu 3 Dec
    # asked on 21 Oct, still waiting on 26 Nov: 36 days -> Fri 20 Nov + 36 = Sat 26 Dec -> Mon 28 Dec
    r["suspended"] = workbench.requests.register(new("E", received="2026-10-20"))
    workbench.requests.ask_identity(r["suspended"], D("2026-10-21"))
    r["answered"] = workbench.requests.register(new("F", received="2026-10-01"))
    workbench.requests.answer(r["answered"], Outcome.GRANTED, on=D("2026-11-02"))
    r["withdrawn"] = workbench.requests.register(new("G", received="2026-11-01"))
    workbench.requests.withdraw(r["withdrawn"], D("2026-11-02"))
    return r


def test_due_list_soonest_first_with_projected_due_for_suspended(workbench, due_register):
    rows = workbench.requests.due()
    r = due_register
    assert [row.reference for row in rows] == [r["overdue"], r["soon"], r["same_day"], r["later"], r["suspended"]]
    assert r["soon"] < r["same_day"]  # same due date: by reference
    by_ref = {row.reference: row for row in rows}
    assert (by_ref[r["overdue"]].due_date, by_ref[r["overdue"]].days_left) == (D("2026-11-25"), -1)
    assert (by_ref[r["soon"]].due_date, by_ref[r["soon"]].days_left) == (D("2026-12-03"), 7)
    assert by_ref[r["soon"]].rights == (Right.ERASURE,)
    suspended = by_ref[r["suspended"]]
    assert suspended.state is State.AWAITING_IDENTITY
    assert (suspended.due_date, suspended.days_left) == (D("2026-12-28"), 32)
    assert suspended.as_dict() == {"reference": r["suspended"], "due_date": "2026-12-28", "days_left": 32,
                                   "state": "awaiting-identity", "rights": ["access"], "extended": False}


def test_due_list_within(workbench, due_register):
    r = due_register
    assert [row.reference for row in workbench.requests.due(within=7)] == [r["overdue"], r["soon"], r["same_day"]]
    assert [row.reference for row in workbench.requests.due(within=6)] == [r["overdue"]]
    assert [row.reference for row in workbench.requests.due(within=0)] == [r["overdue"]]
    # the suspended request's stored date (20 Nov) is past, but its projected date is 32 days away
    assert r["suspended"] not in [row.reference for row in workbench.requests.due(within=31)]
    assert r["suspended"] in [row.reference for row in workbench.requests.due(within=32)]


def test_due_list_moves_with_the_clock(workbench, due_register, clock):
    clock.advance(days=10)  # Sun 6 Dec: the suspension has now lasted 46 days -> Tue 5 Jan 2027
    rows = {row.reference: row for row in workbench.requests.due()}
    assert rows[due_register["suspended"]].due_date == D("2027-01-05")
    assert rows[due_register["soon"]].days_left == -3


def test_due_list_is_journaled(workbench, due_register):
    before = len(journal(workbench))
    workbench.requests.due(within=7)
    entries = journal(workbench)
    assert len(entries) == before + 1
    assert (entries[-1].action, entries[-1].details) == ("register.due-list", '{"count":3,"within":7}')


# --------------------------------------------------------------------------- #
# No personal data in the journal
# --------------------------------------------------------------------------- #


def test_journal_holds_no_personal_data(workbench, clock):
    name, email = "Marie-Thérèse Bréchet", "mt.brechet@exemple.fr"
    address, phone = "27 boulevard Voltaire\n13001 Marseille", "06 98 76 54 32"
    first = workbench.requests.register(NewRequest(
        rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=D("2026-10-01"), requester_name=name,
        requester_email=email, requester_address=address, requester_phone=phone, notes="Voltaire"))
    second = workbench.requests.register(NewRequest(
        rights=[Right.ACCESS, Right.ERASURE], channel=Channel.POST, received_on=D("2026-11-02"),
        requester_name=name, requester_address=address, registered_number="1A 555 666 7777 8"))
    workbench.requests.detail(first)
    workbench.requests.ask_identity(first, D("2026-10-02"))
    workbench.requests.identity_received(first, D("2026-10-09"))
    workbench.requests.extend(first, f"{name} asked for six years", D("2026-10-10"))
    workbench.requests.answer(first, Outcome.PARTLY, f"{name}: invoices kept", D("2026-11-20"))
    workbench.requests.close(first)
    workbench.requests.withdraw(second, D("2026-11-03"))
    workbench.requests.ids(RegisterQuery(text="brechet"))
    workbench.requests.due()
    workbench.requests.find_repeats(name, email, [Right.ACCESS], TODAY)
    workbench.requests.detail(second)

    with workbench.db.reading() as s:
        rows = s.execute(text("SELECT * FROM audit_entry")).all()
    assert len(rows) >= 10
    dump = "\n".join(" | ".join(str(v) for v in row) for row in rows).casefold()
    for secret in ["Bréchet", "Brechet", "Marie-Thérèse", "Marie", "mt.brechet", "exemple.fr", "Voltaire",
                   "Marseille", "13001", "06 98 76", "555 666", "invoices", "six years"]:
        assert secret.casefold() not in dump, secret


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(out, format="PNG")
    return out.getvalue()


def _journal_text(wb) -> str:
    with wb.db.reading() as s:
        rows = s.execute(text("SELECT * FROM audit_entry")).all()
    return "\n".join(" | ".join(str(v) for v in row) for row in rows).casefold()


def test_document_label_is_not_journaled(workbench):
    ref = workbench.requests.register(new("Marie-Thérèse Bréchet", received="2026-11-02"))
    workbench.documents.attach(ref, _png(), "passeport Bréchet.png", id_copy=True)
    assert "bréchet" not in _journal_text(workbench)


def test_document_destruction_reason_is_not_journaled(workbench):
    ref = workbench.requests.register(new("Marie-Thérèse Bréchet", received="2026-11-02"))
    info = workbench.documents.attach(ref, _png(), "scan.png")
    workbench.documents.destroy(info.id, "scan of Mme Bréchet sent by mistake")
    assert "bréchet" not in _journal_text(workbench)


def test_requests_received_on_a_day(workbench):
    today = [workbench.requests.register(new(received="2026-11-26")),
             workbench.requests.register(new("Zoë Œuvray", received="2026-11-26"))]
    workbench.requests.register(new(received="2026-11-25"))
    found = workbench.requests.received_on(D("2026-11-26"))
    assert [workbench.requests.detail(i).reference for i in found] == today
    assert workbench.requests.received_on(D("2026-11-27")) == []
