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


class State(StrEnum):
    OPEN = "open"  # the clock runs
    AWAITING_IDENTITY = "awaiting-identity"  # the clock is suspended
    ANSWERED = "answered"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in (State.OPEN, State.AWAITING_IDENTITY)


class TransitionError(ValueError):
    """An action that the request's current state does not allow."""


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
        raise TransitionError(
            f"The date of {what} ({on:%d/%m/%Y}) is before the request was received ({case.received:%d/%m/%Y})."
        )
    if case.last_step_on is not None and on < case.last_step_on:
        raise TransitionError(
            f"The date of {what} ({on:%d/%m/%Y}) is before the previous step of the request "
            f"({case.last_step_on:%d/%m/%Y}): steps are recorded in the order they happened."
        )
    if on > today:
        raise TransitionError(f"The date of {what} ({on:%d/%m/%Y}) is in the future.")


def _step(case: Case, on: date, **changes) -> Case:
    return dataclasses.replace(case, last_step_on=on, **changes)


def _require_open(case: Case, action: str) -> None:
    if not case.state.is_open:
        raise TransitionError(f"Cannot {action}: the request is already {case.state.value}.")


# -- actions ---------------------------------------------------------------


def ask_identity(case: Case, on: date, today: date) -> Case:
    """Identity information asked for: the clock stops (décret 2019-536, art. 77)."""
    _require_open(case, "ask for identity information")
    if case.state is State.AWAITING_IDENTITY:
        raise TransitionError(
            f"Identity information was already asked for on {case.suspended_since:%d/%m/%Y}; "
            "record its receipt first."
        )
    _check_date(case, on, today, "the identity request")
    return _step(case, on, state=State.AWAITING_IDENTITY, suspended_since=on)


def identity_received(case: Case, on: date, today: date) -> Case:
    """The awaited information arrived: the clock runs again, later by the days waited."""
    if case.state is not State.AWAITING_IDENTITY or case.suspended_since is None:
        raise TransitionError("Cannot record identity information received: none was asked for.")
    if case.received <= on < case.suspended_since:
        raise TransitionError(
            f"The information cannot arrive ({on:%d/%m/%Y}) before it was asked for "
            f"({case.suspended_since:%d/%m/%Y})."
        )
    _check_date(case, on, today, "receipt of the identity information")
    waited = (on - case.suspended_since).days
    return _step(case, on, state=State.OPEN, suspended_since=None, suspended_days=case.suspended_days + waited)


def extend(case: Case, on: date, reason: str, today: date) -> tuple[Case, list[str]]:
    """Extend once by two months (Art. 12(3)); returns warnings the DPO must see."""
    _require_open(case, "extend the deadline")
    if case.extended:
        raise TransitionError("The deadline was already extended once; the law allows only one extension.")
    if not reason.strip():
        raise TransitionError("An extension needs a reason: the person must be told why (Art. 12(3)).")
    _check_date(case, on, today, "the extension")
    warnings = []
    one_month = case.projected_due(on, months=1)  # a running suspension still moves the first month
    if on > one_month:
        warnings.append(
            f"The extension is decided on {on:%d/%m/%Y}, after the one-month deadline "
            f"({one_month:%d/%m/%Y}): the person had to be told within the first month."
        )
    return _step(case, on, extended=True), warnings


def answer(case: Case, on: date, outcome: Outcome, reason: str, today: date) -> tuple[Case, list[str]]:
    """Record the reply sent to the person."""
    _require_open(case, "answer the request")
    if case.state is State.AWAITING_IDENTITY and outcome is not Outcome.REFUSED:
        raise TransitionError(
            "Identity information is still awaited: record its receipt first, "
            "or refuse the request giving the reason."
        )
    if outcome.needs_reason and not reason.strip():
        raise TransitionError(
            "A refusal, even partial, must give its reasons, the right to complain to the CNIL "
            "and to a judicial remedy (Art. 12(4)): enter the reason."
        )
    _check_date(case, on, today, "the answer")
    warnings = []
    current_due = case.projected_due(on)
    if on > current_due:
        warnings.append(f"The answer is late: the deadline was {current_due:%d/%m/%Y}.")
    if case.state is State.AWAITING_IDENTITY:
        case = identity_received(case, on, today)
    return _step(case, on, state=State.ANSWERED, outcome=outcome), warnings


def close(case: Case, on: date, today: date) -> Case:
    if case.state is not State.ANSWERED:
        if case.state.is_open:
            raise TransitionError("Cannot close the request: record the answer first.")
        raise TransitionError(f"Cannot close the request: it is already {case.state.value}.")
    _check_date(case, on, today, "closing")
    return _step(case, on, state=State.CLOSED)


def withdraw(case: Case, on: date, today: date) -> Case:
    """The person withdrew the request before it was answered."""
    _require_open(case, "withdraw the request")
    _check_date(case, on, today, "the withdrawal")
    if case.state is State.AWAITING_IDENTITY:
        case = identity_received(case, on, today)
    return _step(case, on, state=State.WITHDRAWN)
