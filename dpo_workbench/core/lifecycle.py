"""The life cycle of a request as a pure state machine.

A `Case` is the part of a request the rules need. Each action is a function
that takes a case and returns the next one, or raises `TransitionError` with a
sentence that tells the DPO why the action is not possible now. Nothing here
touches the database: the workbench applies the result and journals it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dpo_workbench.core import deadlines
from dpo_workbench.core.rights import Outcome
from dpo_workbench.errors import Message, TransitionError


class State(StrEnum):
    OPEN = "open"  # the clock runs
    AWAITING_IDENTITY = "awaiting-identity"  # the clock is suspended
    ANSWERED = "answered"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in (State.OPEN, State.AWAITING_IDENTITY)


@dataclass(frozen=True)
class Case:
    received: date
    region: str = "FR"
    state: State = State.OPEN
    suspended_days: int = 0
    suspended_since: date | None = None
    extended: bool = False
    outcome: Outcome | None = None
    last_step_on: date | None = None  # date of the latest step: a later step cannot be dated before it

    # -- deadlines ---------------------------------------------------------

    @property
    def one_month_due(self) -> date:
        """The Art. 12(3) one-month deadline, moved by the suspensions so far."""
        return deadlines.due_date(self.received, 1, region=self.region, suspended_days=self.suspended_days)

    @property
    def due(self) -> date:
        """The deadline in force: one month, or three months once extended."""
        months = 3 if self.extended else 1
        return deadlines.due_date(self.received, months, region=self.region, suspended_days=self.suspended_days)

    def projected_due(self, today: date, *, months: int | None = None) -> date:
        """The deadline if the awaited identity information arrived today."""
        months = months or (3 if self.extended else 1)
        waiting = max(0, (today - self.suspended_since).days) if self.suspended_since else 0
        return deadlines.due_date(
            self.received, months, region=self.region, suspended_days=self.suspended_days + waiting
        )


# -- checks shared by the actions ------------------------------------------


def _check_date(case: Case, on: date, today: date, what: str) -> None:
    if on < case.received:
        raise TransitionError("date-before-receipt", what=what, on=on, received=case.received)
    if case.last_step_on is not None and on < case.last_step_on:
        raise TransitionError("date-before-previous-step", what=what, on=on, previous=case.last_step_on)
    if on > today:
        raise TransitionError("date-in-future", what=what, on=on)


def _step(case: Case, on: date, **changes) -> Case:
    return dataclasses.replace(case, last_step_on=on, **changes)


def _require_open(case: Case, action: str) -> None:
    if not case.state.is_open:
        raise TransitionError("already-state", action=action, state=case.state.value)


# -- actions ---------------------------------------------------------------


def ask_identity(case: Case, on: date, today: date) -> Case:
    """Identity information asked for: the clock stops (décret 2019-536, art. 77)."""
    _require_open(case, "ask-identity")
    if case.state is State.AWAITING_IDENTITY:
        raise TransitionError("identity-already-asked", since=case.suspended_since)
    _check_date(case, on, today, "identity-request")
    return _step(case, on, state=State.AWAITING_IDENTITY, suspended_since=on)


def identity_received(case: Case, on: date, today: date) -> Case:
    """The awaited information arrived: the clock runs again, later by the days waited."""
    if case.state is not State.AWAITING_IDENTITY or case.suspended_since is None:
        raise TransitionError("identity-not-asked")
    if case.received <= on < case.suspended_since:
        raise TransitionError("identity-before-asked", on=on, since=case.suspended_since)
    _check_date(case, on, today, "identity-receipt")
    waited = (on - case.suspended_since).days
    return _step(case, on, state=State.OPEN, suspended_since=None, suspended_days=case.suspended_days + waited)


def extend(case: Case, on: date, reason: str, today: date) -> tuple[Case, list[Message]]:
    """Extend once by two months (Art. 12(3)); returns warnings the DPO must see."""
    _require_open(case, "extend")
    if case.extended:
        raise TransitionError("already-extended")
    if not reason.strip():
        raise TransitionError("extension-needs-reason")
    _check_date(case, on, today, "extension")
    warnings: list[Message] = []
    one_month = case.projected_due(on, months=1)  # a running suspension still moves the first month
    if on > one_month:
        warnings.append(Message("extension-late", on=on, due=one_month))
    return _step(case, on, extended=True), warnings


def answer(case: Case, on: date, outcome: Outcome, reason: str, today: date) -> tuple[Case, list[Message]]:
    """Record the reply sent to the person."""
    _require_open(case, "answer-request")
    if case.state is State.AWAITING_IDENTITY and outcome is not Outcome.REFUSED:
        raise TransitionError("identity-still-awaited")
    if outcome.needs_reason and not reason.strip():
        raise TransitionError("refusal-needs-reason")
    _check_date(case, on, today, "answer")
    warnings: list[Message] = []
    current_due = case.projected_due(on)
    if on > current_due:
        warnings.append(Message("answer-late", due=current_due))
    if case.state is State.AWAITING_IDENTITY:
        case = identity_received(case, on, today)
    return _step(case, on, state=State.ANSWERED, outcome=outcome), warnings


def close(case: Case, on: date, today: date) -> Case:
    if case.state is not State.ANSWERED:
        if case.state.is_open:
            raise TransitionError("close-needs-answer")
        raise TransitionError("already-state", action="close", state=case.state.value)
    _check_date(case, on, today, "closing")
    return _step(case, on, state=State.CLOSED)


def withdraw(case: Case, on: date, today: date) -> Case:
    """The person withdrew the request before it was answered."""
    _require_open(case, "withdraw")
    _check_date(case, on, today, "withdrawal")
    if case.state is State.AWAITING_IDENTITY:
        case = identity_received(case, on, today)
    return _step(case, on, state=State.WITHDRAWN)
