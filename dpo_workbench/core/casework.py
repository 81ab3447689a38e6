"""The casework the register drives: which processings concern a requester, what each department is asked
and by when, and when the workbench's own records are past their retention period.

Pure: no Qt, no SQL, no I/O. Dates are plain dates in France (the services give today's).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from dpo_workbench.core import deadlines
from dpo_workbench.core.rights import Relation, Right

# -- requests <-> processings ---------------------------------------------------------------------

# The categories of data subjects of the register (core.register.SUBJECTS) that a requester's category
# (core.rights.Relation) belongs to. A customer is also a user of the services they pay for; a prospect may have
# been only a visitor of the sites, which is a processing of its own (cookies, statistics) the DPO adds by hand
# when the request speaks of it. "other" suggests the processings that name "other" people (a contact form).
RELATION_SUBJECTS: dict[Relation, tuple[str, ...]] = {
    Relation.CUSTOMER: ("customer", "user"),
    Relation.PROSPECT: ("prospect",),
    Relation.EMPLOYEE: ("employee",),
    Relation.OTHER: ("other",),
}


def suggested_subjects(relation: Relation | str) -> tuple[str, ...]:
    """The register's categories of data subjects a requester of this category is suggested to be in."""
    return RELATION_SUBJECTS.get(Relation(relation), ())


def concerns(relation: Relation | str, subjects: Iterable[str]) -> bool:
    """Whether a processing of these categories of data subjects is suggested for a requester of this category."""
    wanted = set(suggested_subjects(relation))
    return any(code in wanted for code in subjects)


def subjects_of(column: str) -> tuple[str, ...]:
    """The codes of the register's `processing.subjects` column (",customer,prospect,")."""
    return tuple(code for code in column.split(",") if code)


# -- internal data requests -------------------------------------------------------------------------

# what a department may be asked to do for a request, in the order the e-mail lists them
TASK_KINDS = ("extraction", "erasure", "rectification", "restriction", "objection")
# the rights that need each: an access or a portability request needs the data found and extracted, an objection
# (or a consent withdrawn) needs the processing stopped for the person
RIGHT_TASKS: dict[Right, tuple[str, ...]] = {
    Right.ACCESS: ("extraction",),
    Right.PORTABILITY: ("extraction",),
    Right.ERASURE: ("erasure",),
    Right.RECTIFICATION: ("rectification",),
    Right.RESTRICTION: ("restriction",),
    Right.OBJECTION: ("objection",),
    Right.CONSENT_WITHDRAWAL: ("objection",),
    Right.AUTOMATED_DECISION: ("extraction",),  # the logic involved and the data used: what the department holds
}
TASK_STATES = ("open", "answered", "cancelled")
TASK_OUTCOMES = ("done", "no-data", "not-done")


def asked_for(rights: Iterable[Right | str]) -> tuple[str, ...]:
    """What the departments are asked to do for a request invoking these rights (TASK_KINDS order)."""
    wanted = {kind for right in rights for kind in RIGHT_TASKS.get(Right(right), ())}
    return tuple(kind for kind in TASK_KINDS if kind in wanted)


def previous_working_day(day: date, region: str = "FR") -> date:
    while not deadlines.is_working_day(day, region):
        day -= timedelta(days=1)
    return day


def task_due(request_due: date, asked_on: date, lead_days: int, region: str = "FR") -> date:
    """When a department must answer: `lead_days` before the request's due date, on a working day, so the DPO has
    that time to write the answer; never after the request's due date.

    Asked late (the request is due within `lead_days`), the department gets half of the time left, and the DPO the
    other half. Asked on or after the request's due date (the request is late already), the department is to answer
    the day it is asked: a date in the past could not be given to it."""
    if request_due <= asked_on:
        return asked_on
    due = request_due - timedelta(days=lead_days)
    if due < asked_on:
        due = asked_on + timedelta(days=(request_due - asked_on).days // 2)
    working = previous_working_day(due, region)
    due = working if working >= asked_on else due
    return min(due, request_due)


def task_is_overdue(state: str, due_on: date, today: date) -> bool:
    return state == "open" and due_on < today


# -- retention of the workbench's own records --------------------------------------------------------


def retention_cutoff(today: date, years: int) -> date:
    """The last day a record may have ended on to be past a period of `years` today (29 Feb counts as 28)."""
    return deadlines.add_months(today, -12 * years)


def past_retention(ended_on: date, years: int, today: date) -> bool:
    """Whether a record that ended on `ended_on` (closed, withdrawn) is past a period of `years` years today."""
    return ended_on <= retention_cutoff(today, years)


def purge_from(ended_on: date, years: int) -> date:
    """The first day a record that ended on `ended_on` is past its period."""
    return deadlines.add_months(ended_on, 12 * years)


def journal_prefix(entries: Sequence[tuple[int, date, str | None]], cutoff: date, kept: set[str]) -> int:
    """How far the journal may be purged: the id of the last entry of its oldest run whose entries are all on or
    before `cutoff` and none proves a record still kept (`kept`: "request:DSR-…", "breach:BRE-…"); 0 if none.

    `entries` are (id, day, record proved or None), in id order from the first entry of the journal. Only the
    start of the chain goes: an entry that must stay keeps every later one (the chain stays one piece)."""
    last = 0
    for entry_id, day, record in entries:
        if day > cutoff or (record is not None and record in kept):
            break
        last = entry_id
    return last
