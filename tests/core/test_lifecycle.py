"""Tests for the pure request life cycle (dpo_workbench.core.lifecycle).

Expected dates were worked out by hand from a printed 2026 calendar and the
French public holidays (1 Nov 2026 is a Sunday, 15 Aug a Saturday, 18 Oct a
Sunday, 13 Dec a Sunday); none is recomputed with `deadlines`.
"""

from __future__ import annotations

from datetime import date

import pytest

from dpo_workbench.core import lifecycle
from dpo_workbench.core.lifecycle import Case, State
from dpo_workbench.core.rights import Outcome
from dpo_workbench.errors import TransitionError

D = date.fromisoformat

# Tuesday 1 September 2026: one month -> Thu 1 Oct, extended -> Tue 1 Dec.
RECEIVED = D("2026-09-01")
TODAY = D("2026-11-26")


def open_case(**kw) -> Case:
    return Case(received=RECEIVED, **kw)


def awaiting_case() -> Case:
    return lifecycle.ask_identity(open_case(), D("2026-09-03"), TODAY)


def answered_case() -> Case:
    case, _ = lifecycle.answer(open_case(), D("2026-09-20"), Outcome.GRANTED, "", TODAY)
    return case


def closed_case() -> Case:
    return lifecycle.close(answered_case(), D("2026-09-25"), TODAY)


def withdrawn_case() -> Case:
    return lifecycle.withdraw(open_case(), D("2026-09-10"), TODAY)


# --------------------------------------------------------------------------- #
# Deadlines of a fresh case
# --------------------------------------------------------------------------- #


def test_fresh_case_is_open_with_one_month_deadline():
    case = open_case()
    assert case.state is State.OPEN
    assert case.state.is_open
    assert case.one_month_due == D("2026-10-01")
    assert case.due == D("2026-10-01")
    assert case.projected_due(TODAY) == D("2026-10-01")


def test_is_open_only_for_open_and_awaiting_identity():
    assert {s for s in State if s.is_open} == {State.OPEN, State.AWAITING_IDENTITY}


def test_extended_deadline_counts_three_months_from_receipt_not_from_rolled_one_month_date():
    # Received Wed 15 Jul 2026: one month ends Sat 15 Aug (also a holiday) -> Mon 17 Aug.
    # Three months from receipt: Thu 15 Oct. Chaining onto 17 Aug would give Sat 17 Oct -> Mon 19 Oct.
    case = Case(received=D("2026-07-15"))
    assert case.due == D("2026-08-17")
    extended, warnings = lifecycle.extend(case, D("2026-07-20"), "many services to search", TODAY)
    assert warnings == []
    assert extended.extended
    assert extended.due == D("2026-10-15")
    assert extended.one_month_due == D("2026-08-17")


# --------------------------------------------------------------------------- #
# Allowed transitions
# --------------------------------------------------------------------------- #


def test_open_ask_identity_suspends_the_clock():
    case = lifecycle.ask_identity(open_case(), D("2026-09-03"), TODAY)
    assert case.state is State.AWAITING_IDENTITY
    assert case.suspended_since == D("2026-09-03")
    assert case.suspended_days == 0
    assert case.due == D("2026-10-01")  # stored deadline does not move until the information arrives


def test_awaiting_identity_received_resumes_the_clock_later_by_days_waited():
    case = lifecycle.identity_received(awaiting_case(), D("2026-09-10"), TODAY)
    assert case.state is State.OPEN
    assert case.suspended_since is None
    assert case.suspended_days == 7
    assert case.one_month_due == D("2026-10-08")  # Thu 1 Oct + 7 = Thu 8 Oct
    assert case.due == D("2026-10-08")


def test_open_extend():
    case, warnings = lifecycle.extend(open_case(), D("2026-09-15"), "complex search", TODAY)
    assert warnings == []
    assert case.state is State.OPEN
    assert case.extended
    assert case.due == D("2026-12-01")
    assert case.one_month_due == D("2026-10-01")


def test_awaiting_identity_extend_keeps_waiting():
    case, _ = lifecycle.extend(awaiting_case(), D("2026-09-15"), "complex search", TODAY)
    assert case.state is State.AWAITING_IDENTITY
    assert case.extended
    assert case.suspended_since == D("2026-09-03")


@pytest.mark.parametrize("outcome", list(Outcome))
def test_open_answer_with_each_outcome(outcome):
    reason = "legal obligation to keep invoices" if outcome.needs_reason else ""
    case, warnings = lifecycle.answer(open_case(), D("2026-09-20"), outcome, reason, TODAY)
    assert warnings == []
    assert case.state is State.ANSWERED
    assert case.outcome is outcome


def test_awaiting_identity_can_be_refused_and_the_wait_is_counted():
    # asked 3 Sep, refused on 9 Oct for lack of identity: 36 days suspended,
    # projected deadline Thu 1 Oct + 36 = Fri 6 Nov -> not late.
    case, warnings = lifecycle.answer(awaiting_case(), D("2026-10-09"), Outcome.REFUSED,
                                      "identity could not be established", TODAY)
    assert warnings == []
    assert case.state is State.ANSWERED
    assert case.outcome is Outcome.REFUSED
    assert case.suspended_days == 36
    assert case.suspended_since is None


def test_answered_can_be_closed():
    case = lifecycle.close(answered_case(), D("2026-09-25"), TODAY)
    assert case.state is State.CLOSED
    assert case.outcome is Outcome.GRANTED


def test_open_withdraw():
    case = lifecycle.withdraw(open_case(), D("2026-09-10"), TODAY)
    assert case.state is State.WITHDRAWN
    assert not case.state.is_open


def test_awaiting_identity_withdraw_ends_the_suspension():
    case = lifecycle.withdraw(awaiting_case(), D("2026-09-13"), TODAY)
    assert case.state is State.WITHDRAWN
    assert case.suspended_since is None
    assert case.suspended_days == 10


def test_transitions_do_not_change_the_case_they_are_given():
    before = open_case()
    lifecycle.ask_identity(before, D("2026-09-03"), TODAY)
    lifecycle.extend(before, D("2026-09-03"), "reason", TODAY)
    lifecycle.answer(before, D("2026-09-03"), Outcome.GRANTED, "", TODAY)
    assert before == open_case()


def test_action_on_the_day_of_receipt_and_on_today_is_allowed():
    case = lifecycle.ask_identity(open_case(), RECEIVED, TODAY)
    case = lifecycle.identity_received(case, TODAY, TODAY)
    assert case.suspended_days == (TODAY - RECEIVED).days


# --------------------------------------------------------------------------- #
# Refused transitions: the message says why
# --------------------------------------------------------------------------- #


def _actions(on: date):
    return {
        "ask_identity": lambda c: lifecycle.ask_identity(c, on, TODAY),
        "identity_received": lambda c: lifecycle.identity_received(c, on, TODAY),
        "extend": lambda c: lifecycle.extend(c, on, "a reason", TODAY),
        "answer": lambda c: lifecycle.answer(c, on, Outcome.GRANTED, "", TODAY),
        "withdraw": lambda c: lifecycle.withdraw(c, on, TODAY),
        "close": lambda c: lifecycle.close(c, on, TODAY),
    }


FINISHED = {"answered": answered_case, "closed": closed_case, "withdrawn": withdrawn_case}


@pytest.mark.parametrize("state_name", ["closed", "withdrawn"])
@pytest.mark.parametrize("action", ["ask_identity", "identity_received", "extend", "answer", "withdraw", "close"])
def test_nothing_is_possible_on_a_finished_request(state_name, action):
    case = FINISHED[state_name]()
    message = "none was asked for" if action == "identity_received" else f"already {state_name}"
    with pytest.raises(TransitionError, match=message):
        _actions(D("2026-10-05"))[action](case)


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("ask_identity", "Cannot ask for identity information: the request is already answered"),
        ("identity_received", "none was asked for"),
        ("extend", "Cannot extend the deadline: the request is already answered"),
        ("answer", "Cannot answer the request: the request is already answered"),
        ("withdraw", "Cannot withdraw the request: the request is already answered"),
    ],
)
def test_answered_request_only_allows_closing(action, message):
    with pytest.raises(TransitionError, match=message):
        _actions(D("2026-10-05"))[action](answered_case())


def test_answering_while_identity_is_awaited_is_refused_unless_it_is_a_refusal():
    for outcome in (Outcome.GRANTED, Outcome.PARTLY, Outcome.NO_DATA):
        with pytest.raises(TransitionError, match="Identity information is still awaited: record its receipt first"):
            lifecycle.answer(awaiting_case(), D("2026-09-20"), outcome, "some reason", TODAY)


@pytest.mark.parametrize("case_factory", [open_case, awaiting_case], ids=["open", "awaiting-identity"])
def test_closing_before_answering_is_refused(case_factory):
    with pytest.raises(TransitionError, match="Cannot close the request: record the answer first"):
        lifecycle.close(case_factory(), D("2026-09-20"), TODAY)


def test_asking_identity_twice_without_receipt_is_refused():
    with pytest.raises(TransitionError, match="already asked for on 03/09/2026; record its receipt first"):
        lifecycle.ask_identity(awaiting_case(), D("2026-09-05"), TODAY)


def test_identity_received_when_none_was_asked_is_refused():
    with pytest.raises(TransitionError, match="none was asked for"):
        lifecycle.identity_received(open_case(), D("2026-09-05"), TODAY)


def test_identity_received_before_it_was_asked_is_refused():
    case = lifecycle.ask_identity(open_case(), D("2026-09-10"), TODAY)
    with pytest.raises(TransitionError, match=r"cannot arrive \(05/09/2026\) before it was asked for \(10/09/2026\)"):
        lifecycle.identity_received(case, D("2026-09-05"), TODAY)


def test_extending_twice_is_refused():
    case, _ = lifecycle.extend(open_case(), D("2026-09-10"), "complex", TODAY)
    with pytest.raises(TransitionError, match="already extended once; the law allows only one extension"):
        lifecycle.extend(case, D("2026-09-11"), "still complex", TODAY)


@pytest.mark.parametrize("reason", ["", "   \n\t"])
def test_extension_without_reason_is_refused(reason):
    with pytest.raises(TransitionError, match=r"An extension needs a reason"):
        lifecycle.extend(open_case(), D("2026-09-10"), reason, TODAY)


@pytest.mark.parametrize("outcome", [Outcome.REFUSED, Outcome.PARTLY])
@pytest.mark.parametrize("reason", ["", "  "])
def test_refusal_or_partial_answer_without_reason_is_refused(outcome, reason):
    with pytest.raises(TransitionError, match=r"must give its reasons.*CNIL.*judicial remedy"):
        lifecycle.answer(open_case(), D("2026-09-20"), outcome, reason, TODAY)


def test_refusal_without_reason_is_refused_while_awaiting_identity_too():
    with pytest.raises(TransitionError, match="must give its reasons"):
        lifecycle.answer(awaiting_case(), D("2026-09-20"), Outcome.REFUSED, "", TODAY)


DATED_ACTIONS = {
    "ask_identity": (open_case, lambda c, on: lifecycle.ask_identity(c, on, TODAY), "the identity request"),
    "identity_received": (awaiting_case, lambda c, on: lifecycle.identity_received(c, on, TODAY),
                          "receipt of the identity information"),
    "extend": (open_case, lambda c, on: lifecycle.extend(c, on, "reason", TODAY), "the extension"),
    "answer": (open_case, lambda c, on: lifecycle.answer(c, on, Outcome.GRANTED, "", TODAY), "the answer"),
    "close": (answered_case, lambda c, on: lifecycle.close(c, on, TODAY), "closing"),
    "withdraw": (open_case, lambda c, on: lifecycle.withdraw(c, on, TODAY), "the withdrawal"),
}


@pytest.mark.parametrize("action", list(DATED_ACTIONS))
def test_date_before_receipt_is_refused(action):
    factory, act, what = DATED_ACTIONS[action]
    with pytest.raises(TransitionError) as info:
        act(factory(), D("2026-08-31"))
    assert str(info.value) == (
        f"The date of {what} (31/08/2026) is before the request was received (01/09/2026)."
    )


@pytest.mark.parametrize("action", list(DATED_ACTIONS))
def test_date_in_the_future_is_refused(action):
    factory, act, what = DATED_ACTIONS[action]
    with pytest.raises(TransitionError) as info:
        act(factory(), D("2026-11-27"))
    assert str(info.value) == f"The date of {what} (27/11/2026) is in the future."


def test_transition_error_is_a_value_error():
    assert issubclass(TransitionError, ValueError)


# --------------------------------------------------------------------------- #
# Suspension arithmetic
# --------------------------------------------------------------------------- #


def test_two_suspensions_add_up_and_move_both_deadlines():
    case = open_case()
    case = lifecycle.ask_identity(case, D("2026-09-03"), TODAY)
    case = lifecycle.identity_received(case, D("2026-09-10"), TODAY)  # 7 days
    assert case.suspended_days == 7
    case = lifecycle.ask_identity(case, D("2026-09-15"), TODAY)
    case = lifecycle.identity_received(case, D("2026-09-20"), TODAY)  # 5 more days
    assert case.suspended_days == 12
    # Thu 1 Oct + 12 days = Tue 13 Oct.
    assert case.one_month_due == D("2026-10-13")
    assert case.due == D("2026-10-13")
    case, warnings = lifecycle.extend(case, D("2026-09-21"), "complex", TODAY)
    assert warnings == []
    # Extended: from receipt, Tue 1 Dec + 12 = Sun 13 Dec -> Mon 14 Dec.
    assert case.due == D("2026-12-14")
    assert case.one_month_due == D("2026-10-13")


def test_suspension_is_added_before_the_weekend_roll():
    # Received Wed 15 Jul 2026, 3 days suspended.
    # One month: Sat 15 Aug + 3 = Tue 18 Aug (not Mon 17 Aug + 3 = Thu 20 Aug).
    # Extended: Thu 15 Oct + 3 = Sun 18 Oct -> Mon 19 Oct.
    case = Case(received=D("2026-07-15"))
    case = lifecycle.ask_identity(case, D("2026-07-16"), TODAY)
    case = lifecycle.identity_received(case, D("2026-07-19"), TODAY)
    assert case.suspended_days == 3
    assert case.due == D("2026-08-18")
    case, _ = lifecycle.extend(case, D("2026-07-20"), "complex", TODAY)
    assert case.due == D("2026-10-19")


def test_identity_received_the_same_day_it_was_asked_adds_nothing():
    case = lifecycle.ask_identity(open_case(), D("2026-09-03"), TODAY)
    case = lifecycle.identity_received(case, D("2026-09-03"), TODAY)
    assert case.suspended_days == 0
    assert case.due == D("2026-10-01")


def test_projected_due_while_suspended_counts_the_days_waited_so_far():
    case = awaiting_case()  # asked Thu 3 Sep
    assert case.projected_due(D("2026-09-03")) == D("2026-10-01")
    assert case.projected_due(D("2026-09-10")) == D("2026-10-08")  # +7: Thu 8 Oct
    # +17: Sun 18 Oct -> Mon 19 Oct
    assert case.projected_due(D("2026-09-20")) == D("2026-10-19")
    # a day before the request for information counts as no wait at all
    assert case.projected_due(D("2026-09-01")) == D("2026-10-01")
    # the stored deadline is unchanged while suspended
    assert case.due == D("2026-10-01")


def test_projected_due_while_suspended_after_an_extension_uses_three_months():
    case, _ = lifecycle.extend(awaiting_case(), D("2026-09-04"), "complex", TODAY)
    # Tue 1 Dec + 10 days = Fri 11 Dec
    assert case.projected_due(D("2026-09-13")) == D("2026-12-11")


def test_projected_due_when_not_suspended_is_the_due_date():
    case = lifecycle.identity_received(awaiting_case(), D("2026-09-10"), TODAY)
    assert case.projected_due(D("2026-11-20")) == case.due == D("2026-10-08")


# --------------------------------------------------------------------------- #
# Warnings
# --------------------------------------------------------------------------- #


def test_extending_on_the_one_month_date_gives_no_warning():
    _, warnings = lifecycle.extend(open_case(), D("2026-10-01"), "complex", TODAY)
    assert warnings == []


def test_extending_after_the_one_month_date_warns_but_extends():
    case, warnings = lifecycle.extend(open_case(), D("2026-10-02"), "complex", TODAY)
    assert case.extended
    assert case.due == D("2026-12-01")
    assert len(warnings) == 1
    assert "after the one-month deadline (01/10/2026)" in warnings[0]
    assert "02/10/2026" in warnings[0]
    assert "within the first month" in warnings[0]


def test_extending_after_the_one_month_date_moved_by_a_suspension_gives_no_warning():
    case = lifecycle.ask_identity(open_case(), D("2026-09-03"), TODAY)
    case = lifecycle.identity_received(case, D("2026-09-10"), TODAY)  # one month now Thu 8 Oct
    _, warnings = lifecycle.extend(case, D("2026-10-08"), "complex", TODAY)
    assert warnings == []
    _, warnings = lifecycle.extend(case, D("2026-10-09"), "complex", TODAY)
    assert len(warnings) == 1 and "(08/10/2026)" in warnings[0]


def test_extending_while_identity_is_awaited_counts_the_running_suspension():
    # Asked on Thu 3 Sep, still waiting on Mon 5 Oct: only 2 days of the month have run
    # (the projected one-month date is Thu 1 Oct + 32 days = Mon 2 Nov), so the extension
    # is decided within the first month and no warning is due.
    case, warnings = lifecycle.extend(awaiting_case(), D("2026-10-05"), "complex", TODAY)
    assert warnings == []


def test_answer_on_the_due_date_is_not_late():
    _, warnings = lifecycle.answer(open_case(), D("2026-10-01"), Outcome.GRANTED, "", TODAY)
    assert warnings == []


def test_answer_after_the_due_date_warns_it_is_late():
    case, warnings = lifecycle.answer(open_case(), D("2026-10-02"), Outcome.GRANTED, "", TODAY)
    assert case.state is State.ANSWERED
    assert warnings == ["The answer is late: the deadline was 01/10/2026."]


def test_late_answer_uses_the_extended_and_suspended_deadline():
    case = lifecycle.ask_identity(open_case(), D("2026-09-03"), TODAY)
    case = lifecycle.identity_received(case, D("2026-09-10"), TODAY)
    case, _ = lifecycle.extend(case, D("2026-09-11"), "complex", TODAY)
    # extended + 7 days: Tue 1 Dec + 7 = Tue 8 Dec; today must allow it
    later = D("2026-12-31")
    _, warnings = lifecycle.answer(case, D("2026-12-08"), Outcome.GRANTED, "", later)
    assert warnings == []
    _, warnings = lifecycle.answer(case, D("2026-12-09"), Outcome.GRANTED, "", later)
    assert warnings == ["The answer is late: the deadline was 08/12/2026."]


def test_late_refusal_while_awaiting_identity_uses_the_projected_deadline():
    # asked Thu 3 Sep; refused Mon 2 Nov: 60 days waited -> projected Thu 1 Oct + 60 = Mon 30 Nov
    _, warnings = lifecycle.answer(awaiting_case(), D("2026-11-02"), Outcome.REFUSED, "no identity", TODAY)
    assert warnings == []
    # Received 1 Sep, asked only on Tue 29 Sep; refused Fri 20 Nov: waited 52 days ->
    # Thu 1 Oct + 52 = Sun 22 Nov -> Mon 23 Nov: still not late.
    case = lifecycle.ask_identity(open_case(), D("2026-09-29"), TODAY)
    _, warnings = lifecycle.answer(case, D("2026-11-20"), Outcome.REFUSED, "no identity", TODAY)
    assert warnings == []
    # Identity asked only on Mon 5 Oct, after the deadline of Thu 1 Oct had passed; refused
    # Sat 10 Oct: 5 days waited -> projected Tue 6 Oct, so the refusal is late.
    case = lifecycle.ask_identity(open_case(), D("2026-10-05"), TODAY)
    _, warnings = lifecycle.answer(case, D("2026-10-10"), Outcome.REFUSED, "no identity", TODAY)
    assert warnings == ["The answer is late: the deadline was 06/10/2026."]


def test_a_new_suspension_cannot_start_before_the_previous_one_ended():
    case = lifecycle.ask_identity(open_case(), D("2026-09-03"), TODAY)
    case = lifecycle.identity_received(case, D("2026-09-20"), TODAY)  # 17 days suspended
    # backdated second request for information, inside the first suspension
    with pytest.raises(TransitionError, match="20/09/2026"):
        lifecycle.ask_identity(case, D("2026-09-05"), TODAY)

