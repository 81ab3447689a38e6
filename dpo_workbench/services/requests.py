"""The request register: log a request, list and search it, and move a request through its life cycle.

Every step is one transaction with its timeline event and its journal entry;
the rules themselves are the pure functions of `core.lifecycle`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session, lazyload
from sqlalchemy.sql.elements import ColumnElement

from dpo_workbench.core import address as postal
from dpo_workbench.core import deadlines, lifecycle
from dpo_workbench.core.clock import PARIS, Clock, local_today
from dpo_workbench.core.lifecycle import Case, State
from dpo_workbench.core.rights import Channel, ExtensionGround, Language, Outcome, RefusalGround, Relation, Right
from dpo_workbench.core.text import fold
from dpo_workbench.errors import InputError, Message, TransitionError
from dpo_workbench.services.collab import (
    CommentInfo,
    assignee_id,
    check_comment,
    check_version,
    login_of,
    read_comments,
    touch,
    write_comment,
)
from dpo_workbench.services.common import (
    TextSearch,
    anonymised_on,
    case_of,
    checked_email,
    holds_every,
    load_request,
    refuse_if_anonymised,
    rights_of,
    text_search,
)
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentService
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.policy import requires
from dpo_workbench.store.casework_models import DataTask
from dpo_workbench.store.db import next_number, take_turns
from dpo_workbench.store.models import (
    AppUser,
    Event,
    IntakeMessage,
    ReferenceCounter,
    Request,
    RequestRight,
    RequestSearch,
    Setting,
)

GDPR_APPLIES_FROM = date(2018, 5, 25)
# the letters that answer a request (letters.model.LetterKind values): the date of the first one saved
# counts as the answered date when it is earlier than the date recorded with the answer
ANSWER_LETTERS = frozenset({
    "access-reply", "rectification-done", "erasure-done", "erasure-refused", "restriction-answer",
    "objection-answer", "post-mortem-registered", "portability-reply", "refusal", "no-data",
})
SOON_DAYS = 7
MAX_NAME = 200


# -- plain data handed to the GUI and the CLI -----------------------------------


@dataclass
class NewRequest:
    rights: Sequence[Right]
    channel: Channel
    received_on: date
    requester_name: str
    relation: Relation = Relation.CUSTOMER
    requester_email: str = ""
    requester_phone: str = ""
    requester_address: str = ""
    registered_number: str = ""
    received_at: datetime | None = None  # e-mail: the time it arrived (aware)
    notes: str = ""
    language: Language = Language.FR  # of the request, and so of its letters
    email_verbatim: bool = False  # an imported e-mail's odd address (reserved domain...): kept as given, flagged


class Urgency(StrEnum):
    """Where a request of the register stands against its deadline (what colour its row shows)."""

    OVERDUE = "overdue"
    SOON = "soon"  # due within SOON_DAYS
    SUSPENDED = "suspended"  # the clock stops while identity information is awaited
    RUNNING = "running"
    DONE = "done"  # answered, closed or withdrawn: no clock


class DeadlineFilter(StrEnum):
    """The register's deadline filter (and the summary cards that set it)."""

    ACTIVE = "active"  # open or suspended
    OVERDUE = "overdue"
    SOON = "soon"


@dataclass(frozen=True)
class RegisterQuery:
    text: str = ""
    state: State | None = None
    right: Right | None = None
    urgency: DeadlineFilter | None = None
    sort: str = "due_on"  # a key of SORT_COLUMNS
    descending: bool = False
    mine: bool = False  # only those assigned to the signed-in user (team mode; on one seat all are theirs)


@dataclass(frozen=True)
class RegisterRow:
    id: int
    reference: str
    requester_name: str
    requester_email: str
    rights: tuple[Right, ...]
    channel: Channel
    received_on: date
    due_on: date
    days_left: int | None  # None when the clock is not running
    state: State
    extended: bool
    suspended_since: date | None
    assigned_to: str = ""  # the login of the user it is assigned to (team mode)

    @property
    def urgency(self) -> Urgency:
        if self.state is State.AWAITING_IDENTITY:
            return Urgency.SUSPENDED
        if self.days_left is None:
            return Urgency.DONE
        if self.days_left < 0:
            return Urgency.OVERDUE
        if self.days_left <= SOON_DAYS:
            return Urgency.SOON
        return Urgency.RUNNING


@dataclass(frozen=True)
class Counts:
    open: int
    due_soon: int
    overdue: int
    awaiting_identity: int


@dataclass(frozen=True)
class Agenda:
    """What needs the DPO first, for the register's side panel: each list soonest deadline first, cut at a
    limit; the counts are whole."""

    overdue: list[RegisterRow]
    due_today: list[RegisterRow]
    due_soon: list[RegisterRow]  # within SOON_DAYS, after today
    counts: tuple[int, int, int]  # overdue, due today, due soon


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    at: datetime
    actor: str
    kind: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class RepeatHit:
    reference: str
    received_on: date
    rights: tuple[Right, ...]
    state: State


@dataclass
class RequestDetail:
    id: int
    reference: str
    requester_name: str
    requester_email: str
    requester_phone: str
    requester_address: str
    relation: Relation
    channel: Channel
    received_on: date
    received_at: datetime | None
    registered_number: str
    rights: tuple[Right, ...]
    notes: str
    state: State
    outcome: Outcome | None
    outcome_reason: str
    extended: bool
    extension_reason: str
    suspended_days: int
    suspended_since: date | None
    one_month_due: date
    due_on: date
    days_left: int | None
    region: str
    last_step_on: date | None = None
    language: Language = Language.FR
    timeline: list[TimelineEntry] = field(default_factory=list)
    repeats: list[RepeatHit] = field(default_factory=list)
    anonymised_on: date | None = None  # its personal data were removed at the end of its retention period
    # working together: the version a save carries back (optimistic locking), who changed it last and when,
    # who it is assigned to (a login, "" for nobody), the comments
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None
    assigned_to: str = ""
    comments: list[CommentInfo] = field(default_factory=list)

    @property
    def case(self) -> Case:
        return Case(
            received=self.received_on,
            region=self.region,
            state=self.state,
            suspended_days=self.suspended_days,
            suspended_since=self.suspended_since,
            extended=self.extended,
            outcome=self.outcome,
            last_step_on=self.last_step_on,
        )


@dataclass(frozen=True)
class DueRow:
    reference: str
    due_date: date
    days_left: int
    state: State
    rights: tuple[Right, ...]
    extended: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "reference": self.reference,
            "due_date": self.due_date.isoformat(),
            "days_left": self.days_left,
            "state": self.state.value,
            "rights": [r.value for r in self.rights],
            "extended": self.extended,
        }


@dataclass(frozen=True)
class ActionResult:
    warnings: list[Message]


@dataclass(frozen=True)
class RequestChanges:
    """A correction of a logged request: the fields given (not None) replace the recorded ones.

    `received_at` is an e-mail's time of receipt; a new `received_on` alone on an e-mail
    request drops the old time (it would contradict the date).
    """

    requester_name: str | None = None
    requester_email: str | None = None
    requester_phone: str | None = None
    requester_address: str | None = None
    channel: Channel | None = None
    received_on: date | None = None
    received_at: datetime | None = None
    registered_number: str | None = None
    notes: str | None = None
    relation: Relation | None = None
    language: Language | None = None


@dataclass(frozen=True)
class EditResult:
    changed: tuple[str, ...]  # the fields corrected, by name ("name", "received"...), in the form's order
    due_before: date
    due_after: date
    warnings: list[Message]

    @property
    def due_moved(self) -> bool:
        return self.due_before != self.due_after


# a correction's field names (those of InputError and of the journal) and the request's attributes
EDITABLE_FIELDS: dict[str, str] = {
    "name": "requester_name", "email": "requester_email", "phone": "requester_phone",
    "address": "requester_address", "relation": "relation", "channel": "channel", "received": "received_on",
    "received_at": "received_at", "registered_number": "registered_number", "notes": "notes",
    "language": "language",
}
# the steps a date of receipt cannot come after (the clock and the case file count from it)
STEP_KINDS = ("identity-requested", "identity-received", "extended", "answered", "closed", "withdrawn",
              "letter-saved", "identity-checked")


SORT_COLUMNS = {
    # DSR-YYYY-NNNN: by year, then by number (a 5-digit number sorts after 9999)
    "reference": (func.substr(Request.reference, 5, 4), func.length(Request.reference), Request.reference),
    "requester": Request.name_key,  # the folded name (SQLite); sorted after opening where sealed (`ids`)
    "rights": Request.rights_text,
    "channel": Request.channel,
    "received_on": Request.received_on,
    "due_on": Request.due_on,
    "days_left": Request.due_on,
    "state": Request.state,
}


def search_key(name: str, email: str, reference: str) -> str:
    """What the register's search box looks in: name, e-mail and reference, folded."""
    return fold(f"{name} {email} {reference}")


def check_rights(rights: Sequence[Right | str]) -> list[Right]:
    """At least one right, each known, none twice; InputError("rights") otherwise."""
    if not rights:
        raise InputError("rights", "request.rights-missing")
    try:
        checked = [Right(r) for r in rights]
    except ValueError:
        raise InputError("rights", "request.right-unknown", rights=repr(list(rights))) from None
    if len(set(checked)) != len(checked):
        raise InputError("rights", "request.right-twice")
    return checked


def check_new_request(new: NewRequest, clock: Clock) -> NewRequest:
    """Validate and tidy a new request; raise InputError naming the field.

    Needs only a clock, so the command line checks its input before it opens
    (or creates) anything.
    """
    rights = check_rights(new.rights)
    try:
        channel = Channel(new.channel)
    except ValueError:
        raise InputError("channel", "request.channel-unknown", channel=repr(new.channel)) from None
    try:
        relation = Relation(new.relation)
    except ValueError:
        raise InputError("relation", "request.relation-unknown", relation=repr(new.relation)) from None
    name = " ".join(new.requester_name.split())
    if not name:
        raise InputError("name", "request.name-missing")
    if len(name) > MAX_NAME:
        raise InputError("name", "request.name-too-long", limit=MAX_NAME)
    if not isinstance(new.received_on, date) or isinstance(new.received_on, datetime):
        raise InputError("received", "request.received-not-date")
    received_on = new.received_on
    received_at = new.received_at
    if received_at is not None:
        if received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=PARIS)
        received_on = received_at.astimezone(PARIS).date()
        if received_at > clock.now():
            raise InputError("received", "request.received-time-future", at=received_at.astimezone(PARIS))
    today = local_today(clock)
    if received_on > today:
        raise InputError("received", "request.received-future", on=received_on)
    if received_on < GDPR_APPLIES_FROM:
        raise InputError("received", "request.received-before-gdpr", on=received_on)
    email = new.requester_email.strip()
    if email and not (new.email_verbatim and "@" in email):
        email = checked_email(email)
    if channel is Channel.EMAIL and not email:
        raise InputError("email", "request.email-needed")
    address = new.requester_address.strip()
    if channel is Channel.POST and not address:
        raise InputError("address", "request.address-needed")
    if address:  # a letter may go there: the post needs a postcode and a town (NF Z10-011)
        wrong = postal.problem(address)
        if wrong is not None:
            raise InputError("address", wrong[0], **wrong[1])
        address = postal.tidy(address)
    registered = new.registered_number.strip()
    if registered and channel is not Channel.POST:
        raise InputError("registered_number", "request.registered-not-post")
    return NewRequest(
        rights=rights, channel=channel, received_on=received_on, requester_name=name, relation=relation,
        requester_email=email, requester_phone=new.requester_phone.strip(), requester_address=address,
        registered_number=registered, received_at=received_at, notes=new.notes.strip(),
        language=Language(new.language), email_verbatim=new.email_verbatim,
    )


def _plain(value: object) -> str:
    """A recorded value as the timeline keeps it: text, ISO dates, codes."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value.value if isinstance(value, StrEnum) else value)


def stored_due(case: Case, today: date) -> date:
    """The due date the register sorts and shows: for a suspended request, if the information came today."""
    return case.projected_due(today) if case.state is State.AWAITING_IDENTITY else case.due


Transition = Callable[[Case, date], "Case | tuple[Case, list[Message]]"]
# told, in the caller's transaction, that a request took a step or that its due date moved: (session, request id,
# the step's kind, the due date now) — the internal data requests follow the request's deadline
DeadlineListener = Callable[[Session, int, str, date], None]


class RequestService:
    """Log, list and move requests through their life cycle."""

    def __init__(self, ctx: Context, organisation: OrganisationService, documents: DocumentService) -> None:
        self.ctx = ctx
        self.organisation = organisation
        self.documents = documents
        self.deadline_listeners: list[DeadlineListener] = []

    def _moved(self, s: Session, request_id: int, kind: str, due_on: date) -> None:
        for listener in self.deadline_listeners:
            listener(s, request_id, kind, due_on)

    # -- registering a request -----------------------------------------------

    def check_new(self, new: NewRequest) -> NewRequest:
        """Validate and tidy a new request; raise InputError naming the field."""
        return check_new_request(new, self.ctx.clock)

    @requires("request.view")
    def find_repeats(self, name: str, email: str, rights: Sequence[Right], received_on: date,
                     *, exclude_id: int | None = None) -> list[RepeatHit]:
        """Earlier requests by the same person for one of the same rights within the window.

        The policy lets the company refuse abusive, repetitive requests (Art. 12(5));
        the DPO must see them before deciding. Same person = same e-mail address,
        or the same name when either request has no e-mail address.
        """
        months = self.ctx.settings()["repeat_window_months"]
        since = deadlines.add_months(received_on, -months)
        name_key, email_key = fold(name), fold(email)
        same_person = [Request.name_key == name_key] if not email_key else [
            Request.email_key == email_key,
            and_(Request.name_key == name_key, Request.email_key == ""),
        ]
        codes = [Right(r).value for r in rights]
        query = (
            select(Request)
            .join(RequestRight)
            .where(or_(*same_person), RequestRight.right.in_(codes), Request.received_on >= since,
                   Request.received_on <= received_on)
            .order_by(Request.received_on.desc())
            .distinct()
        )
        if exclude_id is not None:
            query = query.where(Request.id != exclude_id)
        with self.ctx.db.reading() as s:
            hits = []
            for req in s.execute(query).scalars():
                common = tuple(r for r in rights_of(req.rights_text) if r.value in codes)
                hits.append(RepeatHit(req.reference, req.received_on, common, State(req.state)))
            return hits

    @requires("request.create")
    def register(self, new: NewRequest) -> str:
        """Log a request; returns its reference (e.g. DSR-2026-0042)."""
        new = self.check_new(new)
        region = self.organisation.region
        with self.ctx.db.transaction() as s:
            return self.insert(s, new, region).reference

    def insert(self, s: Session, new: NewRequest, region: str) -> Request:
        """Add a checked new request, its first event and its journal entry, in the caller's transaction."""
        case_ = Case(received=new.received_on, region=region)
        now = self.ctx.now()
        reference = self._next_reference(s, new.received_on.year)
        req = Request(
            reference=reference,
            requester_name=new.requester_name,
            requester_email=new.requester_email,
            requester_phone=new.requester_phone,
            requester_address=new.requester_address,
            relation=new.relation.value,
            channel=new.channel.value,
            received_on=new.received_on,
            received_at=new.received_at,
            registered_number=new.registered_number,
            rights_text=",".join(r.value for r in new.rights),
            notes=new.notes,
            language=Language(new.language).value,
            state=State.OPEN.value,
            region=region,
            due_on=case_.due,
            last_step_on=new.received_on,
            name_key=fold(new.requester_name),
            email_key=fold(new.requester_email),
            created_at=now,
            updated_at=now,
        )
        req.rights = [RequestRight(right=r.value) for r in new.rights]
        req.search = RequestSearch(key=search_key(new.requester_name, new.requester_email, reference))
        s.add(req)
        s.flush()
        s.add(Event(request_id=req.id, at=now, on=new.received_on, actor=self.ctx.actor, kind="received",
                    detail=json.dumps({"channel": new.channel.value, "due": case_.due.isoformat()})))
        self.ctx.journal(s, "request.create", "request", reference,
                         rights=[r.value for r in new.rights], channel=new.channel.value)
        return req

    @staticmethod
    def _next_reference(s: Session, year: int) -> str:
        """DSR-YYYY-NNNN: the year's counter moved on atomically (never twice the same, whoever writes too)."""
        return f"DSR-{year}-{next_number(s, ReferenceCounter, year):04d}"

    # -- the register ----------------------------------------------------------

    def _filters(self, query: RegisterQuery, search: TextSearch) -> list[ColumnElement[bool]]:
        today = self.ctx.today()
        conditions: list[ColumnElement[bool]] = []
        if search.conditions:
            conditions.append(Request.id.in_(select(RequestSearch.request_id).where(*search.conditions)))
        if query.state is not None:
            conditions.append(Request.state == query.state.value)
        if query.right is not None:
            conditions.append(
                Request.id.in_(select(RequestRight.request_id).where(RequestRight.right == query.right.value))
            )
        if query.urgency == DeadlineFilter.ACTIVE:
            conditions.append(Request.state.in_([State.OPEN.value, State.AWAITING_IDENTITY.value]))
        elif query.urgency == DeadlineFilter.OVERDUE:
            conditions += [Request.state == State.OPEN.value, Request.due_on < today]
        elif query.urgency == DeadlineFilter.SOON:
            conditions += [Request.state == State.OPEN.value, Request.due_on >= today,
                           Request.due_on <= today + timedelta(days=SOON_DAYS)]
        elif query.urgency is not None:
            raise InputError("urgency", "register.urgency-unknown", urgency=repr(query.urgency))
        if query.mine and self.ctx.team_login is not None:
            conditions.append(Request.assigned_to == self.ctx.my_user_id())
        return conditions

    @requires("request.view")
    def ids(self, query: RegisterQuery = RegisterQuery()) -> list[int]:
        """Ids of the matching requests, in display order (rows are fetched lazily).

        Where values are sealed (team mode) the names cannot be sorted nor searched for in SQL: the search
        goes through the blind index (its long words checked on the candidates' opened names and e-mails),
        and a sort by name opens the names of the matching requests and sorts them here.
        """
        column = SORT_COLUMNS.get(query.sort)
        if column is None:
            raise InputError("sort", "register.sort-unknown", column=repr(query.sort))
        search = text_search(self.ctx.db, RequestSearch.key, query.text)
        filters = self._filters(query, search)
        by_name = query.sort == "requester" and self.ctx.db.sealed
        with self.ctx.db.reading() as s:
            if search.to_check:
                opened = [r for r in s.execute(select(Request.id, Request.reference, Request.requester_name,
                                                      Request.requester_email).where(*filters))
                          if holds_every(search_key(r.requester_name, r.requester_email, r.reference),
                                         search.to_check)]
                kept = {r.id for r in opened}
                if by_name:
                    return self._by_name(((r.id, r.requester_name) for r in opened), query.descending)
            elif by_name:
                return self._by_name(s.execute(select(Request.id, Request.requester_name).where(*filters)).all(),
                                     query.descending)
            columns = column if isinstance(column, tuple) else (column,)
            order = [c.desc() if query.descending else c.asc() for c in columns]
            order.append(Request.id.desc() if query.descending else Request.id.asc())
            found = s.execute(select(Request.id).where(*filters).order_by(*order)).scalars()
            return [rid for rid in found if rid in kept] if search.to_check else list(found)

    @staticmethod
    def _by_name(rows: Iterable[tuple[int, str]], descending: bool) -> list[int]:
        """Ids sorted by the folded name (then id), as SQLite sorts `name_key`: for names opened here."""
        keyed = sorted(((fold(name), rid) for rid, name in rows), reverse=descending)
        return [rid for _, rid in keyed]

    @requires("request.view")
    def rows(self, ids: Sequence[int]) -> list[RegisterRow]:
        """The rows for these ids, in the same order."""
        if not ids:
            return []
        today = self.ctx.today()
        cols = (Request.id, Request.reference, Request.requester_name, Request.requester_email,
                Request.rights_text, Request.channel, Request.received_on, Request.due_on, Request.state,
                Request.extended, Request.suspended_since, AppUser.login)
        with self.ctx.db.reading() as s:
            stmt = select(*cols).outerjoin(AppUser, AppUser.id == Request.assigned_to).where(Request.id.in_(list(ids)))
            found = {row.id: row for row in s.execute(stmt)}
        rows = []
        for i in ids:
            r = found.get(i)
            if r is None:
                continue
            state = State(r.state)
            rows.append(RegisterRow(
                id=r.id, reference=r.reference, requester_name=r.requester_name,
                requester_email=r.requester_email, rights=rights_of(r.rights_text), channel=Channel(r.channel),
                received_on=r.received_on, due_on=r.due_on,
                days_left=deadlines.days_left(r.due_on, today) if state is State.OPEN else None,
                state=state, extended=r.extended, suspended_since=r.suspended_since, assigned_to=r.login or "",
            ))
        return rows

    @requires("request.view")
    def counts(self) -> Counts:
        today = self.ctx.today()
        is_open = Request.state == State.OPEN.value
        # only open requests, through the (state, due_on) index: closed ones are never read
        stmt = select(
            func.count(),
            func.count().filter(is_open, Request.due_on >= today, Request.due_on <= today + timedelta(days=SOON_DAYS)),
            func.count().filter(is_open, Request.due_on < today),
            func.count().filter(Request.state == State.AWAITING_IDENTITY.value),
        ).where(Request.state.in_([State.OPEN.value, State.AWAITING_IDENTITY.value]))
        with self.ctx.db.reading() as s:
            return Counts(*s.execute(stmt).one())

    @requires("request.view")
    def total(self) -> int:
        with self.ctx.db.reading() as s:
            return s.execute(select(func.count(Request.id))).scalar_one()

    @requires("request.view")
    def agenda(self, limit: int = 6) -> Agenda:
        """The open requests overdue, due today and due within the week (through the (state, due_on) index)."""
        today = self.ctx.today()
        is_open = Request.state == State.OPEN.value
        groups = [
            (Request.due_on < today,),
            (Request.due_on == today,),
            (Request.due_on > today, Request.due_on <= today + timedelta(days=SOON_DAYS)),
        ]
        found: list[list[int]] = []
        counts: list[int] = []
        with self.ctx.db.reading() as s:
            for conditions in groups:
                counts.append(s.execute(select(func.count()).where(is_open, *conditions)).scalar_one())
                found.append(list(s.execute(select(Request.id).where(is_open, *conditions)
                                            .order_by(Request.due_on, Request.id).limit(limit)).scalars()))
        rows = [self.rows(ids) for ids in found]
        return Agenda(rows[0], rows[1], rows[2], (counts[0], counts[1], counts[2]))

    @requires("request.view")
    def received_on(self, day: date) -> list[int]:
        """Ids of the requests received on `day`, oldest reference first (e.g. today's mail to acknowledge)."""
        with self.ctx.db.reading() as s:
            return list(s.execute(select(Request.id).where(Request.received_on == day).order_by(Request.id)).scalars())

    # -- one request -------------------------------------------------------------

    def _detail(self, req: Request, repeats: list[RepeatHit], s: Session | None = None) -> RequestDetail:
        state = State(req.state)
        case_ = case_of(req)
        return RequestDetail(
            id=req.id, reference=req.reference, requester_name=req.requester_name,
            requester_email=req.requester_email, requester_phone=req.requester_phone,
            requester_address=req.requester_address, relation=Relation(req.relation),
            channel=Channel(req.channel), received_on=req.received_on, received_at=req.received_at,
            registered_number=req.registered_number, rights=rights_of(req.rights_text), notes=req.notes,
            state=state, outcome=Outcome(req.outcome) if req.outcome else None,
            outcome_reason=req.outcome_reason, extended=req.extended, extension_reason=req.extension_reason,
            suspended_days=req.suspended_days, suspended_since=req.suspended_since,
            one_month_due=case_.one_month_due, due_on=req.due_on,
            days_left=deadlines.days_left(req.due_on, self.ctx.today()) if state is State.OPEN else None,
            region=req.region, last_step_on=req.last_step_on, language=Language(req.language),
            timeline=[TimelineEntry(e.on, e.at, e.actor, e.kind, json.loads(e.detail)) for e in req.events],
            repeats=repeats, version=req.version, updated_by=req.updated_by or "", updated_at=req.updated_at,
            assigned_to=login_of(s, req.assigned_to) if s is not None else "",
            comments=read_comments(s, request_id=req.id) if s is not None else [],
        )

    @requires("request.view")
    def detail(self, key: int | str) -> RequestDetail:
        """A request's personal details and timeline; journaled as a view."""
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            self.ctx.journal(s, "request.view", "request", req.reference)
            name, email, rights, received, rid = (req.requester_name, req.requester_email,
                                                  rights_of(req.rights_text), req.received_on, req.id)
            detail = self._detail(req, [], s)
            detail.anonymised_on = anonymised_on(s, req.id)
        if detail.anonymised_on is None:  # an anonymised request has no person to find again
            detail.repeats = self.find_repeats(name, email, rights, received, exclude_id=rid)
        return detail

    def step(self, s: Session, req: Request, kind: str, transition: Transition, detail: dict[str, Any], on: date,
             apply: Callable[[Request], None] | None = None) -> list[Message]:
        """Apply a life-cycle step to a loaded request, in the caller's transaction; returns its warnings.

        The timeline event and the journal entry are written with it.
        """
        today = self.ctx.today()
        before = case_of(req)
        result = transition(before, today)
        after, warnings = result if isinstance(result, tuple) else (result, list[Message]())
        req.state = after.state.value
        req.suspended_days = after.suspended_days
        req.suspended_since = after.suspended_since
        req.extended = after.extended
        req.outcome = after.outcome.value if after.outcome else None
        req.due_on = stored_due(after, today)
        req.last_step_on = after.last_step_on
        touch(req, self.ctx)
        event_detail = {**detail, "due": req.due_on.isoformat()}
        if after.suspended_days != before.suspended_days:
            event_detail["suspended_days"] = after.suspended_days - before.suspended_days
        if warnings:
            event_detail["warnings"] = warnings
        s.add(Event(request_id=req.id, at=self.ctx.now(), on=on, actor=self.ctx.actor, kind=kind,
                    detail=json.dumps(event_detail, ensure_ascii=False)))
        s.flush()
        if apply:  # after the step's own event, so the timeline reads in order
            apply(req)
            s.flush()
        self._moved(s, req.id, kind, req.due_on)
        # the DPO's words (a reason) may name the person: the timeline keeps them, the journal does not
        journal_details = {k: v for k, v in event_detail.items() if not k.endswith("reason") and k != "warnings"}
        self.ctx.journal(s, f"request.{kind}", "request", req.reference, **journal_details, state=after.state.value)
        return list(warnings)

    def _act(self, key: int | str, kind: str, transition: Transition, detail: dict[str, Any], on: date,
             apply: Callable[[Request], None] | None = None, version: int | None = None) -> ActionResult:
        with self.ctx.db.transaction() as s:
            warnings = self.step(s, self.lock(s, key, version), kind, transition, detail, on, apply)
        return ActionResult(warnings)

    def lock(self, s: Session, key: int | str, version: int | None = None) -> Request:
        """The request, locked to be changed in the caller's transaction; ChangedMeanwhile when `version` (what the
        caller read, `RequestDetail.version`) is not the current one: nothing is written then."""
        req = load_request(s, key, lock=True)
        check_version(req, version, "request.changed", self.ctx.today())
        return req

    def refresh_suspended_deadlines(self) -> int:
        """Move the shown due date of suspended requests to today's projection (once a day).

        While identity information is awaited the deadline moves one day per day;
        the stored date keeps the register's order and colours true. Runs at
        start-up and with the hourly purge, but works only once per day.
        """
        today = self.ctx.today()
        marker = "upkeep.suspended_due_on"
        with self.ctx.db.transaction() as s:
            take_turns(s, "upkeep")
            done = s.get(Setting, marker)
            if done is not None and done.value == json.dumps(today.isoformat()):
                return 0
            rows = s.execute(select(Request.id, Request.received_on, Request.region, Request.suspended_days,
                                    Request.suspended_since, Request.extended, Request.due_on)
                             .where(Request.state == State.AWAITING_IDENTITY.value)).all()
            updates = []
            for r in rows:
                due = Case(received=r.received_on, region=r.region, state=State.AWAITING_IDENTITY,
                           suspended_days=r.suspended_days, suspended_since=r.suspended_since,
                           extended=r.extended).projected_due(today)
                if due != r.due_on:
                    updates.append({"row_id": r.id, "due_on": due})
            if updates:
                # the table's UPDATE, not the ORM's: the daily move of a projected date is nobody's change, so the
                # requests' versions stay (a form open on one of them still saves)
                table: Any = Request.__table__
                s.execute(update(table).where(table.c.id == bindparam("row_id")), updates)
                for moved in updates:
                    self._moved(s, moved["row_id"], "due-refresh", moved["due_on"])
            if done is None:
                s.add(Setting(key=marker, value=json.dumps(today.isoformat())))
            else:
                done.value = json.dumps(today.isoformat())
        return len(updates)

    @requires("request.change", "request")
    def ask_identity(self, key: int | str, on: date | None = None, *, version: int | None = None) -> ActionResult:
        when = on or self.ctx.today()
        return self._act(key, "identity-requested", lambda c, t: lifecycle.ask_identity(c, when, t), {}, when,
                         version=version)

    @requires("request.change", "request")
    def identity_received(self, key: int | str, on: date | None = None, *, version: int | None = None
                          ) -> ActionResult:
        when = on or self.ctx.today()
        return self._act(key, "identity-received", lambda c, t: lifecycle.identity_received(c, when, t), {}, when,
                         version=version)

    @requires("request.change", "request")
    def extend(self, key: int | str, reason: str, on: date | None = None, *,
               ground: ExtensionGround | None = None, version: int | None = None) -> ActionResult:
        """Extend by two months; `ground` is what the annual report counts (the reason is for the person)."""
        when = on or self.ctx.today()
        ground = ExtensionGround(ground) if ground else None

        def apply(req: Request) -> None:
            req.extension_reason = reason.strip()
            req.extension_ground = ground.value if ground else None

        detail = {"reason": reason.strip()}
        if ground:
            detail["ground"] = ground.value
        return self._act(key, "extended", lambda c, t: lifecycle.extend(c, when, reason, t), detail, when, apply,
                         version)

    @requires("request.change", "request")
    def answer(self, key: int | str, outcome: Outcome, reason: str = "", on: date | None = None, *,
               ground: RefusalGround | None = None, without_tasks_reason: str = "",
               version: int | None = None) -> ActionResult:
        """Record the answer. A refusal (whole or partial) may give its ground, which the report counts; a
        refusal while identity information is still awaited is, unless told otherwise, identity not proven.

        While departments asked for the data have not answered, the answer is recorded only with the DPO's
        reason for answering without them (`without_tasks_reason`, kept in the timeline).

        The answered date is the earlier of `on` and the date of the first answering letter saved."""
        when = on or self.ctx.today()
        with self.ctx.db.reading() as s:
            awaited = list(s.execute(select(DataTask.department).where(
                DataTask.request_id == load_request(s, key).id, DataTask.state == "open").order_by(DataTask.id)
            ).scalars())
        if awaited and not without_tasks_reason.strip():
            raise TransitionError("request.tasks-open", count=len(awaited), departments=", ".join(awaited))
        outcome = Outcome(outcome)
        ground = RefusalGround(ground) if ground and outcome.needs_reason else None

        def apply(req: Request) -> None:
            req.outcome_reason = reason.strip()
            letters = [e.on for e in req.events if e.kind == "letter-saved"
                       and json.loads(e.detail).get("letter") in ANSWER_LETTERS]
            req.answered_on = min([when, *letters])
            req.refusal_ground = ground.value if ground else None

        if ground is None and outcome is Outcome.REFUSED:
            with self.ctx.db.reading() as s:
                if load_request(s, key).state == State.AWAITING_IDENTITY.value:
                    ground = RefusalGround.IDENTITY_NOT_PROVEN
        detail: dict[str, Any] = {"outcome": outcome.value}
        if reason.strip():
            detail["reason"] = reason.strip()
        if ground:
            detail["ground"] = ground.value
        if awaited:
            detail["tasks_open"] = len(awaited)
            detail["without_tasks_reason"] = without_tasks_reason.strip()
        return self._act(key, "answered", lambda c, t: lifecycle.answer(c, when, outcome, reason, t), detail, when,
                         apply, version)

    @requires("request.change", "request")
    def close(self, key: int | str, on: date | None = None, *, version: int | None = None) -> ActionResult:
        """Close an answered request; its ID copies are destroyed with it."""
        return self._finish(key, "closed", lifecycle.close, "request closed", on, version)

    @requires("request.change", "request")
    def withdraw(self, key: int | str, on: date | None = None, *, version: int | None = None) -> ActionResult:
        """The person withdrew the request; its ID copies are no longer needed and are destroyed."""
        return self._finish(key, "withdrawn", lifecycle.withdraw, "request withdrawn", on, version)

    def _finish(self, key: int | str, kind: str, rule: Callable[[Case, date, date], Case], reason: str,
                on: date | None, version: int | None = None) -> ActionResult:
        when = on or self.ctx.today()
        shredded: list[str] = []
        result = self._act(key, kind, lambda c, t: rule(c, when, t), {}, when,
                           lambda req: shredded.extend(self.documents.shred_id_copies(req, reason)), version)
        self.documents.delete_blobs(shredded)
        return result

    # -- correcting a logged request -------------------------------------------------------------

    @requires("request.change", "request")
    def edit(self, key: int | str, changes: RequestChanges, *, version: int | None = None) -> EditResult:
        """Correct what was logged (name, contact details, channel, date of receipt, notes...).

        Checked as `request add` checks a new request; on bad input nothing is saved. A new
        date of receipt recomputes the deadline (the suspensions and the extension are kept)
        and may not come after a step already recorded. One transaction: the request, a
        timeline event holding each change as old -> new (the timeline is in the encrypted
        database) and a journal entry naming the fields only (never their values).

        `version`: the one the form was filled from (`RequestDetail.version`); a save over a newer one is refused
        (ChangedMeanwhile, naming who changed it and when) and nothing is written.
        """
        today = self.ctx.today()
        with self.ctx.db.transaction() as s:
            req = self.lock(s, key, version)
            refuse_if_anonymised(s, req)
            recorded = NewRequest(
                rights=rights_of(req.rights_text), channel=Channel(req.channel), received_on=req.received_on,
                requester_name=req.requester_name, relation=Relation(req.relation),
                requester_email=req.requester_email, requester_phone=req.requester_phone,
                requester_address=req.requester_address, registered_number=req.registered_number,
                received_at=req.received_at, notes=req.notes, language=Language(req.language))
            given = {name: value for name, value in vars(changes).items() if value is not None}
            wanted = replace(recorded, **given)
            if wanted.channel is not Channel.EMAIL or ("received_on" in given and "received_at" not in given):
                wanted = replace(wanted, received_at=None)  # an e-mail's time of receipt, and only that
            checked = check_new_request(wanted, self.ctx.clock)
            before, after = vars(recorded), vars(checked)
            changed = [name for name, attribute in EDITABLE_FIELDS.items() if before[attribute] != after[attribute]]
            if not changed:
                return EditResult((), req.due_on, req.due_on, [])
            steps = [e for e in req.events if e.kind in STEP_KINDS]
            if "received" in changed and steps and checked.received_on > min(e.on for e in steps):
                first = min(steps, key=lambda e: e.on)
                raise InputError("received", "request.received-after-step", on=checked.received_on,
                                 step=first.on)
            due_before = req.due_on
            for name in changed:
                value = after[EDITABLE_FIELDS[name]]
                setattr(req, EDITABLE_FIELDS[name], value.value if isinstance(value, StrEnum) else value)
            req.name_key, req.email_key = fold(req.requester_name), fold(req.requester_email)
            if {"name", "email"} & set(changed):
                s.execute(update(RequestSearch).where(RequestSearch.request_id == req.id).values(
                    key=search_key(req.requester_name, req.requester_email, req.reference)))
            warnings: list[Message] = []
            if "received" in changed:
                if not steps:
                    req.last_step_on = checked.received_on  # nothing happened before the (new) receipt
                case_ = case_of(req)
                req.due_on = stored_due(case_, today)
                warnings = self._late_steps(case_, steps)
                self._moved(s, req.id, "details-corrected", req.due_on)
            touch(req, self.ctx)
            shown = {name: [_plain(before[EDITABLE_FIELDS[name]]), _plain(after[EDITABLE_FIELDS[name]])]
                     for name in changed}
            self.ctx.timeline(s, req, "details-corrected", today, changes=shown, due=req.due_on.isoformat(),
                              due_before=due_before.isoformat())
            self.ctx.journal(s, "request.edit", "request", req.reference, fields=changed,
                             due=req.due_on.isoformat(), due_before=due_before.isoformat())
            return EditResult(tuple(changed), due_before, req.due_on, warnings)

    @staticmethod
    def _late_steps(case_: Case, steps: list[Event]) -> list[Message]:
        """With the new date of receipt, an extension or an answer already recorded may now be late."""
        warnings: list[Message] = []
        for event in steps:
            if event.kind == "extended" and event.on > case_.projected_due(event.on, months=1):
                warnings.append(Message("extension-late", on=event.on, due=case_.projected_due(event.on, months=1)))
            elif event.kind == "answered" and event.on > case_.due:
                warnings.append(Message("answer-late", due=case_.due))
        return warnings

    @requires("request.change", "request")
    def set_rights(self, key: int | str, rights: Sequence[Right], *, version: int | None = None) -> None:
        """Confirm or change the rights a request invokes (e.g. those suggested from its e-mail)."""
        checked = check_rights(rights)
        with self.ctx.db.transaction() as s:
            req = self.lock(s, key, version)
            before = [r.value for r in rights_of(req.rights_text)]
            after = [r.value for r in checked]
            if before != after:
                req.rights = [RequestRight(right=code) for code in after]
                req.rights_text = ",".join(after)
                touch(req, self.ctx)
                self.ctx.timeline(s, req, "rights-changed", self.ctx.today(), rights=after, before=before)
            for row in s.execute(select(IntakeMessage).where(IntakeMessage.request_id == req.id,
                                                             IntakeMessage.rights_confirmed_at.is_(None))).scalars():
                row.rights_confirmed_at = self.ctx.now()
            self.ctx.journal(s, "request.rights", "request", req.reference, rights=after, before=before)

    # -- working together (team mode): assignment and comments ----------------------------------

    @requires("request.assign", "request")
    def assign(self, key: int | str, login: str | None, *, version: int | None = None) -> str:
        """Assign the request to `login` (an active user of the team: a contributor may then change and answer
        it), or to nobody (None). In the timeline and the journal; returns the reference."""
        with self.ctx.db.transaction() as s:
            req = self.lock(s, key, version)
            to = assignee_id(s, self.ctx, login)
            if to == req.assigned_to:
                return req.reference
            before = login_of(s, req.assigned_to)
            after = login_of(s, to)
            req.assigned_to = to
            touch(req, self.ctx)
            self.ctx.timeline(s, req, "assigned", self.ctx.today(), to=after, before=before)
            self.ctx.journal(s, "request.assign", "request", req.reference, to=after or None, before=before or None)
            return req.reference

    @requires("request.comment", "request")
    def comment(self, key: int | str, text: str) -> CommentInfo:
        """Add a comment to a request (its text sealed where the database is shared; the journal keeps its length)."""
        text = check_comment(text)
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            info = write_comment(s, self.ctx, text, request_id=req.id)
            self.ctx.journal(s, "request.comment", "request", req.reference, comment=info.id, length=len(text))
            return info

    @requires("request.view", "request")
    def comments(self, key: int | str) -> list[CommentInfo]:
        """A request's comments, oldest first (also in `detail`)."""
        with self.ctx.db.reading() as s:
            return read_comments(s, request_id=load_request(s, key).id)

    # -- reminders -------------------------------------------------------------------

    @requires("request.view")
    def due(self, within: int | None = None) -> list[DueRow]:
        """Open requests, soonest deadline first (a suspended one counts as if info came today)."""
        today = self.ctx.today()
        # the rights come from rights_text: not the rights rows, which would be loaded for every request
        stmt = (select(Request).options(lazyload(Request.rights))
                .where(Request.state.in_([State.OPEN.value, State.AWAITING_IDENTITY.value])))
        if within is not None:
            # a suspended deadline only moves later, so its stored date is a safe lower bound
            stmt = stmt.where(Request.due_on <= today + timedelta(days=within))
        rows = []
        with self.ctx.db.transaction() as s:
            for req in s.execute(stmt).scalars():
                state = State(req.state)
                due = req.due_on
                if state is State.AWAITING_IDENTITY:
                    due = case_of(req).projected_due(today)
                left = deadlines.days_left(due, today)
                if within is not None and left > within:
                    continue
                rows.append(DueRow(req.reference, due, left, state, rights_of(req.rights_text), req.extended))
            self.ctx.journal(s, "register.due-list", "register", "due", count=len(rows), within=within)
        rows.sort(key=lambda r: (r.due_date, r.reference))
        return rows

