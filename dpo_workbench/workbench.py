"""The application service: the one API the GUI and the command line call.

Every call that creates, changes, shows or exports personal data writes its
journal entry in the same transaction as the act. Widgets never build
queries; they ask the workbench for plain dataclasses.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from dpo_workbench.datafolder import DataFolder
from dpo_workbench.vault import crypto, filetypes
from dpo_workbench.vault.crypto import TamperedError, VaultError
from dpo_workbench.audit import journal
from dpo_workbench.core import deadlines, lifecycle
from dpo_workbench.core.clock import PARIS, Clock, SystemClock, local_today
from dpo_workbench.core.lifecycle import Case, State, TransitionError
from dpo_workbench.core.profile import ProfileDetails, siren_problem
from dpo_workbench.core.rights import (
    Channel,
    DocumentKind,
    IdentityMethod,
    IdentityOutcome,
    Language,
    Outcome,
    Relation,
    Right,
)
from dpo_workbench.core.text import fold
from dpo_workbench.services.breaches import BreachService
from dpo_workbench.services.intake import IntakeService
from dpo_workbench.services.letters import LettersMixin
from dpo_workbench.settings import OPTIONS, SettingsValues
from dpo_workbench.store.db import Database
from dpo_workbench.store.models import (
    Document,
    IdentityCheck,
    Event,
    Organisation,
    ReferenceCounter,
    Request,
    RequestRight,
    RequestSearch,
    Setting,
)

GDPR_APPLIES_FROM = date(2018, 5, 25)
AUTOMATIC_DESTRUCTION = ("identity verified", "request closed", "request withdrawn")
SOON_DAYS = 7


class InputError(ValueError):
    """Bad input from a person: says which field and what to do."""

    def __init__(self, field_name: str, message: str):
        super().__init__(message)
        self.field = field_name
        self.message = message


class NotFound(LookupError):
    pass


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


@dataclass(frozen=True)
class RegisterQuery:
    text: str = ""
    state: State | None = None
    right: Right | None = None
    urgency: str | None = None  # "active" (open or suspended) | "overdue" | "soon"
    sort: str = "due_on"  # a key of SORT_COLUMNS
    descending: bool = False


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

    @property
    def urgency(self) -> str:
        """overdue, soon, suspended, running or done: what colour the register shows."""
        if self.state is State.AWAITING_IDENTITY:
            return "suspended"
        if self.days_left is None:
            return "done"
        if self.days_left < 0:
            return "overdue"
        if self.days_left <= SOON_DAYS:
            return "soon"
        return "running"


@dataclass(frozen=True)
class Counts:
    open: int
    due_soon: int
    overdue: int
    awaiting_identity: int


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
    warnings: list[str]


class DocumentDamaged(VaultError):
    """A stored file failed authentication (`problem` "altered") or is gone from the vault ("missing")."""

    def __init__(self, message: str, problem: str):
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    request_id: int
    kind: DocumentKind
    mime: str
    size: int
    label: str
    added_at: datetime
    added_by: str
    purge_after: datetime | None
    destroyed_at: datetime | None
    destroyed_reason: str

    @property
    def available(self) -> bool:
        return self.destroyed_at is None

    @property
    def is_id_copy(self) -> bool:
        return self.kind is DocumentKind.ID_COPY


@dataclass(frozen=True)
class IdentityCheckInfo:
    checked_by: str
    checked_on: date
    recorded_at: datetime
    method: IdentityMethod
    document_type: str
    outcome: IdentityOutcome
    note: str


@dataclass
class VaultReport:
    """What `vault check` found: each list names documents or files, never their content."""

    checked: int = 0
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (document id, request reference)
    missing: list[tuple[int, str]] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # blob files no live document refers to
    leftovers: list[str] = field(default_factory=list)  # temporary files of interrupted writes

    @property
    def ok(self) -> bool:
        return not (self.damaged or self.missing or self.orphans or self.leftovers)


@dataclass(frozen=True)
class RotationReport:
    rewrapped: int
    new_key_id: str
    resumed: bool


@dataclass
class OrganisationProfile:
    name: str
    address: str = ""
    siren: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    region: str = "FR"
    profile: dict[str, Any] = field(default_factory=dict)

    @property
    def details(self) -> ProfileDetails:
        """The typed view of `profile`: letterhead, signature, processing register."""
        return ProfileDetails.from_dict(self.profile)

    def with_details(self, details: ProfileDetails) -> OrganisationProfile:
        return replace(self, profile=details.to_dict())


SORT_COLUMNS = {
    # DSR-YYYY-NNNN: by year, then by number (a 5-digit number sorts after 9999)
    "reference": (func.substr(Request.reference, 5, 4), func.length(Request.reference), Request.reference),
    "requester": Request.name_key,
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


def _rights(text: str) -> tuple[Right, ...]:
    return tuple(Right(code) for code in text.split(",") if code)


LOGO_MAX_BYTES = 1_000_000
VIEW_SESSION = timedelta(minutes=15)  # a view shown again within this time is the same viewing (journaled once)


def logo_problem(encoded: str) -> str | None:
    """Why a base64 logo cannot go on the letterhead (not PNG/JPEG, corrupt, too large), or None."""
    import base64
    import binascii
    import io

    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return "The logo is not readable; choose the image file again."
    if len(data) > LOGO_MAX_BYTES:
        return f"The logo is {len(data) / 1e6:.1f} MB; use an image under 1 MB."
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                return "The logo must be a PNG or JPEG image."
            image.load()
    except (UnidentifiedImageError, OSError, ValueError):
        return "The logo file is damaged or is not an image."
    return None


def _email_ok(address: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InputError("email", f"The e-mail address {address!r} is not valid: {exc}") from None


class Workbench(LettersMixin, BreachService, IntakeService):
    """One data folder, one database, one clock, one person at the keyboard."""

    def __init__(self, folder: DataFolder, db: Database, *, clock: Clock | None = None, actor: str | None = None):
        self._views_journaled: dict[tuple, datetime] = {}  # see _journal_view
        self.folder = folder
        self.db = db
        self.clock = clock or SystemClock()
        self._actor = actor
        self._settings_actor: str | None = None

    @classmethod
    def open(cls, data_dir: Path, *, clock: Clock | None = None, actor: str | None = None,
             passphrase: str | None = None) -> Workbench:
        """Open (and on first start create) the data folder, its keys and its encrypted database.

        A passphrase-protected folder takes `passphrase`, else DPO_WORKBENCH_PASSPHRASE.
        """
        folder = DataFolder.at(data_dir)
        folder.open_keys(passphrase)
        return cls.from_folder(folder, clock=clock, actor=actor)

    @classmethod
    def from_folder(cls, folder: DataFolder, *, clock: Clock | None = None, actor: str | None = None) -> Workbench:
        """A workbench on a data folder whose keys are already unlocked (the GUI's unlock dialog)."""
        return cls(folder, folder.open_database(), clock=clock, actor=actor)

    @property
    def data_dir(self) -> Path:
        return self.folder.path

    def close(self) -> None:
        self.db.dispose()

    # -- who and when --------------------------------------------------------

    @property
    def actor(self) -> str:
        """Who is at the keyboard: the `user_name` setting, else the system account."""
        if self._actor:
            return self._actor
        if self._settings_actor is None:
            self._settings_actor = self.settings()["user_name"] or getpass.getuser()
        return self._settings_actor

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        return local_today(self.clock)

    def _journal(self, session: Session, action: str, object_type: str, object_id: str, **details) -> None:
        journal.append(session, at=self.now(), actor=self.actor, action=action,
                       object_type=object_type, object_id=object_id, details=details)

    def _journal_view(self, session: Session, action: str, object_type: str, object_id: str, **details) -> None:
        """Journal a view, once per viewing: the same thing shown again to the same person within
        VIEW_SESSION (a preview redrawn while the DPO types, a record shown again after a save) is
        the same viewing, already in the journal."""
        key = (action, object_type, object_id, tuple(sorted(details.items())), self.actor)
        now = self.now()
        last = self._views_journaled.get(key)
        if last is not None and timedelta(0) <= now - last <= VIEW_SESSION:
            return
        self._journal(session, action, object_type, object_id, **details)
        self._views_journaled[key] = now

    # -- settings and organisation -------------------------------------------

    def settings(self) -> SettingsValues:
        with self.db.reading() as s:
            rows = s.execute(select(Setting)).scalars().all()
            return SettingsValues({r.key: json.loads(r.value) for r in rows if r.key in OPTIONS})

    def set_setting(self, name: str, value: Any) -> None:
        if name not in OPTIONS:
            raise InputError(name, f"Unknown setting {name!r}; known settings: {', '.join(OPTIONS)}")
        try:
            value = OPTIONS[name].check(value)
        except ValueError as exc:
            raise InputError(name, str(exc)) from None
        with self.db.transaction() as s:
            row = s.get(Setting, name)
            if row is None:
                s.add(Setting(key=name, value=json.dumps(value)))
            else:
                row.value = json.dumps(value)
            # the setting's name, not its value: a user name is personal data
            self._journal(s, "settings.change", "setting", name)
        self._settings_actor = None

    def organisation(self) -> OrganisationProfile | None:
        with self.db.reading() as s:
            org = s.get(Organisation, 1)
            if org is None:
                return None
            return OrganisationProfile(
                name=org.name, address=org.address, siren=org.siren, dpo_name=org.dpo_name,
                dpo_email=org.dpo_email, dpo_phone=org.dpo_phone, region=org.region,
                profile=json.loads(org.profile or "{}"),
            )

    def save_organisation(self, profile: OrganisationProfile) -> None:
        if profile.region not in deadlines.REGIONS:
            raise InputError("region", f"Unknown region {profile.region!r}; one of {', '.join(deadlines.REGIONS)}")
        if not profile.name.strip():
            raise InputError("name", "The organisation needs a name.")
        problem = siren_problem(profile.siren)
        if problem:
            raise InputError("siren", problem)
        if profile.dpo_email.strip():
            try:
                profile = replace(profile, dpo_email=_email_ok(profile.dpo_email.strip()))
            except InputError as exc:
                raise InputError("dpo_email", exc.message) from None
        logo = profile.details.logo_png
        if logo:
            problem = logo_problem(logo)
            if problem:
                raise InputError("logo", problem)
        with self.db.transaction() as s:
            org = s.get(Organisation, 1) or Organisation(id=1)
            org.name, org.address, org.siren = profile.name.strip(), profile.address, profile.siren
            org.dpo_name, org.dpo_email, org.dpo_phone = profile.dpo_name, profile.dpo_email, profile.dpo_phone
            org.region = profile.region
            org.profile = json.dumps(profile.profile, ensure_ascii=False)
            s.add(org)
            self._journal(s, "organisation.change", "organisation", "1")

    @property
    def region(self) -> str:
        org = self.organisation()
        return org.region if org else "FR"

    # -- registering a request -----------------------------------------------

    def check_new_request(self, new: NewRequest) -> NewRequest:
        """Validate and tidy a new request; raise InputError naming the field."""
        return check_new_request(new, self.clock)

    def find_repeats(self, name: str, email: str, rights: Sequence[Right], received_on: date,
                     *, exclude_id: int | None = None) -> list[RepeatHit]:
        """Earlier requests by the same person for one of the same rights within the window.

        The policy lets the company refuse abusive, repetitive requests (Art. 12(5));
        the DPO must see them before deciding. Same person = same e-mail address,
        or the same name when either request has no e-mail address.
        """
        months = self.settings()["repeat_window_months"]
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
        with self.db.reading() as s:
            hits = []
            for req in s.execute(query).scalars():
                common = tuple(r for r in _rights(req.rights_text) if r.value in codes)
                hits.append(RepeatHit(req.reference, req.received_on, common, State(req.state)))
            return hits

    def register_request(self, new: NewRequest) -> str:
        """Log a request; returns its reference (e.g. DSR-2026-0042)."""
        new = self.check_new_request(new)
        region = self.region
        with self.db.transaction() as s:
            return self._insert_request(s, new, region).reference

    def _insert_request(self, s: Session, new: NewRequest, region: str) -> Request:
        """Add a checked new request, its first event and its journal entry, in the caller's transaction."""
        case_ = Case(received=new.received_on, region=region)
        now = self.now()
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
        s.add(Event(request_id=req.id, at=now, on=new.received_on, actor=self.actor, kind="received",
                    detail=json.dumps({"channel": new.channel.value, "due": case_.due.isoformat()})))
        self._journal(s, "request.create", "request", reference,
                      rights=[r.value for r in new.rights], channel=new.channel.value)
        return req

    def _next_reference(self, s: Session, year: int) -> str:
        counter = s.execute(select(ReferenceCounter).where(ReferenceCounter.year == year).with_for_update()
                            ).scalar_one_or_none()
        if counter is None:
            counter = ReferenceCounter(year=year, last=0)
            s.add(counter)
        counter.last += 1
        return f"DSR-{year}-{counter.last:04d}"

    # -- the register ----------------------------------------------------------

    def _filters(self, query: RegisterQuery) -> list:
        today = self.today()
        conditions = []
        terms = []
        for term in fold(query.text).split():
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            terms.append(RequestSearch.key.like(f"%{escaped}%", escape="\\"))
        if terms:
            conditions.append(Request.id.in_(select(RequestSearch.request_id).where(*terms)))
        if query.state is not None:
            conditions.append(Request.state == query.state.value)
        if query.right is not None:
            conditions.append(
                Request.id.in_(select(RequestRight.request_id).where(RequestRight.right == query.right.value))
            )
        if query.urgency == "active":
            conditions.append(Request.state.in_([State.OPEN.value, State.AWAITING_IDENTITY.value]))
        elif query.urgency == "overdue":
            conditions += [Request.state == State.OPEN.value, Request.due_on < today]
        elif query.urgency == "soon":
            conditions += [Request.state == State.OPEN.value, Request.due_on >= today,
                           Request.due_on <= today + timedelta(days=SOON_DAYS)]
        elif query.urgency is not None:
            raise ValueError(f"unknown urgency filter {query.urgency!r}")
        return conditions

    def register_ids(self, query: RegisterQuery = RegisterQuery()) -> list[int]:
        """Ids of the matching requests, in display order (rows are fetched lazily)."""
        column = SORT_COLUMNS.get(query.sort)
        if column is None:
            raise ValueError(f"cannot sort by {query.sort!r}")
        columns = column if isinstance(column, tuple) else (column,)
        order = [c.desc() if query.descending else c.asc() for c in columns]
        order.append(Request.id.desc() if query.descending else Request.id.asc())
        stmt = select(Request.id).where(*self._filters(query)).order_by(*order)
        with self.db.reading() as s:
            return list(s.execute(stmt).scalars())

    def register_rows(self, ids: Sequence[int]) -> list[RegisterRow]:
        """The rows for these ids, in the same order."""
        if not ids:
            return []
        today = self.today()
        cols = (Request.id, Request.reference, Request.requester_name, Request.requester_email,
                Request.rights_text, Request.channel, Request.received_on, Request.due_on, Request.state,
                Request.extended, Request.suspended_since)
        with self.db.reading() as s:
            found = {row.id: row for row in s.execute(select(*cols).where(Request.id.in_(list(ids))))}
        rows = []
        for i in ids:
            r = found.get(i)
            if r is None:
                continue
            state = State(r.state)
            rows.append(RegisterRow(
                id=r.id, reference=r.reference, requester_name=r.requester_name,
                requester_email=r.requester_email, rights=_rights(r.rights_text), channel=Channel(r.channel),
                received_on=r.received_on, due_on=r.due_on,
                days_left=deadlines.days_left(r.due_on, today) if state is State.OPEN else None,
                state=state, extended=r.extended, suspended_since=r.suspended_since,
            ))
        return rows

    def counts(self) -> Counts:
        today = self.today()
        is_open = Request.state == State.OPEN.value
        # only open requests, through the (state, due_on) index: closed ones are never read
        stmt = select(
            func.count(),
            func.count().filter(is_open, Request.due_on >= today, Request.due_on <= today + timedelta(days=SOON_DAYS)),
            func.count().filter(is_open, Request.due_on < today),
            func.count().filter(Request.state == State.AWAITING_IDENTITY.value),
        ).where(Request.state.in_([State.OPEN.value, State.AWAITING_IDENTITY.value]))
        with self.db.reading() as s:
            return Counts(*s.execute(stmt).one())

    def total_requests(self) -> int:
        with self.db.reading() as s:
            return s.execute(select(func.count(Request.id))).scalar_one()

    # -- one request -------------------------------------------------------------

    def _load(self, s: Session, key: int | str) -> Request:
        if isinstance(key, str):
            req = s.execute(select(Request).where(Request.reference == key.strip().upper())).scalar_one_or_none()
        else:
            req = s.get(Request, key)
        if req is None:
            raise NotFound(f"No request {key!r}.")
        return req

    @staticmethod
    def _case_of(req: Request) -> Case:
        return Case(received=req.received_on, region=req.region, state=State(req.state),
                    suspended_days=req.suspended_days, suspended_since=req.suspended_since,
                    extended=req.extended, outcome=Outcome(req.outcome) if req.outcome else None,
                    last_step_on=req.last_step_on)

    def _detail(self, req: Request, repeats: list[RepeatHit]) -> RequestDetail:
        state = State(req.state)
        case_ = self._case_of(req)
        return RequestDetail(
            id=req.id, reference=req.reference, requester_name=req.requester_name,
            requester_email=req.requester_email, requester_phone=req.requester_phone,
            requester_address=req.requester_address, relation=Relation(req.relation),
            channel=Channel(req.channel), received_on=req.received_on, received_at=req.received_at,
            registered_number=req.registered_number, rights=_rights(req.rights_text), notes=req.notes,
            state=state, outcome=Outcome(req.outcome) if req.outcome else None,
            outcome_reason=req.outcome_reason, extended=req.extended, extension_reason=req.extension_reason,
            suspended_days=req.suspended_days, suspended_since=req.suspended_since,
            one_month_due=case_.one_month_due, due_on=req.due_on,
            days_left=deadlines.days_left(req.due_on, self.today()) if state is State.OPEN else None,
            region=req.region, last_step_on=req.last_step_on, language=Language(req.language),
            timeline=[TimelineEntry(e.on, e.at, e.actor, e.kind, json.loads(e.detail)) for e in req.events],
            repeats=repeats,
        )

    def request_detail(self, key: int | str) -> RequestDetail:
        """A request's personal details and timeline; journaled as a view."""
        with self.db.transaction() as s:
            req = self._load(s, key)
            self._journal(s, "request.view", "request", req.reference)
            name, email, rights, received, rid = (req.requester_name, req.requester_email,
                                                  _rights(req.rights_text), req.received_on, req.id)
            detail = self._detail(req, [])
        detail.repeats = self.find_repeats(name, email, rights, received, exclude_id=rid)
        return detail

    def _act(self, key: int | str, kind: str, transition, detail: dict[str, Any], on: date,
             apply=None) -> ActionResult:
        today = self.today()
        with self.db.transaction() as s:
            req = self._load(s, key)
            before = self._case_of(req)
            result = transition(before, today)
            after, warnings = result if isinstance(result, tuple) else (result, [])
            req.state = after.state.value
            req.suspended_days = after.suspended_days
            req.suspended_since = after.suspended_since
            req.extended = after.extended
            req.outcome = after.outcome.value if after.outcome else None
            req.due_on = self._stored_due(after, today)
            req.last_step_on = after.last_step_on
            req.updated_at = self.now()
            event_detail = {**detail, "due": req.due_on.isoformat()}
            if after.suspended_days != before.suspended_days:
                event_detail["suspended_days"] = after.suspended_days - before.suspended_days
            if warnings:
                event_detail["warnings"] = warnings
            s.add(Event(request_id=req.id, at=self.now(), on=on, actor=self.actor, kind=kind,
                        detail=json.dumps(event_detail, ensure_ascii=False)))
            s.flush()
            if apply:  # after the step's own event, so the timeline reads in order
                apply(req)
                s.flush()
            journal_details = {k: v for k, v in event_detail.items() if k not in ("reason", "warnings")}
            self._journal(s, f"request.{kind}", "request", req.reference,
                          **journal_details, state=after.state.value)
        return ActionResult(warnings)

    @staticmethod
    def _stored_due(case: Case, today: date) -> date:
        """The due date the register sorts and shows: for a suspended request, if the information came today."""
        return case.projected_due(today) if case.state is State.AWAITING_IDENTITY else case.due

    def refresh_suspended_deadlines(self) -> int:
        """Move the shown due date of suspended requests to today's projection (once a day).

        While identity information is awaited the deadline moves one day per day;
        the stored date keeps the register's order and colours true. Runs at
        start-up and with the hourly purge, but works only once per day.
        """
        today = self.today()
        marker = "upkeep.suspended_due_on"
        with self.db.transaction() as s:
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
                    updates.append({"id": r.id, "due_on": due})
            if updates:
                s.execute(update(Request), updates)
            if done is None:
                s.add(Setting(key=marker, value=json.dumps(today.isoformat())))
            else:
                done.value = json.dumps(today.isoformat())
        return len(updates)

    def ask_identity(self, key: int | str, on: date | None = None) -> ActionResult:
        on = on or self.today()
        return self._act(key, "identity-requested", lambda c, t: lifecycle.ask_identity(c, on, t), {}, on)

    def identity_received(self, key: int | str, on: date | None = None) -> ActionResult:
        on = on or self.today()
        return self._act(key, "identity-received", lambda c, t: lifecycle.identity_received(c, on, t), {}, on)

    def extend(self, key: int | str, reason: str, on: date | None = None) -> ActionResult:
        on = on or self.today()

        def apply(req: Request) -> None:
            req.extension_reason = reason.strip()

        return self._act(key, "extended", lambda c, t: lifecycle.extend(c, on, reason, t),
                         {"reason": reason.strip()}, on, apply)

    def answer(self, key: int | str, outcome: Outcome, reason: str = "", on: date | None = None) -> ActionResult:
        on = on or self.today()
        outcome = Outcome(outcome)

        def apply(req: Request) -> None:
            req.outcome_reason = reason.strip()

        detail = {"outcome": outcome.value}
        if reason.strip():
            detail["reason"] = reason.strip()
        return self._act(key, "answered", lambda c, t: lifecycle.answer(c, on, outcome, reason, t), detail, on, apply)

    def close_request(self, key: int | str, on: date | None = None) -> ActionResult:
        """Close an answered request; its ID copies are destroyed with it."""
        on = on or self.today()
        shredded: list[str] = []
        result = self._act(key, "closed", lambda c, t: lifecycle.close(c, on, t), {}, on,
                           lambda req: shredded.extend(self._shred_id_copies(req, "request closed")))
        self._delete_blobs(shredded)
        return result

    def withdraw(self, key: int | str, on: date | None = None) -> ActionResult:
        """The person withdrew the request; its ID copies are no longer needed and are destroyed."""
        on = on or self.today()
        shredded: list[str] = []
        result = self._act(key, "withdrawn", lambda c, t: lifecycle.withdraw(c, on, t), {}, on,
                           lambda req: shredded.extend(self._shred_id_copies(req, "request withdrawn")))
        self._delete_blobs(shredded)
        return result

    # -- reminders and the journal -------------------------------------------------

    def due_list(self, within: int | None = None) -> list[DueRow]:
        """Open requests, soonest deadline first (a suspended one counts as if info came today)."""
        today = self.today()
        stmt = select(Request).where(Request.state.in_([State.OPEN.value, State.AWAITING_IDENTITY.value]))
        if within is not None:
            # a suspended deadline only moves later, so its stored date is a safe lower bound
            stmt = stmt.where(Request.due_on <= today + timedelta(days=within))
        rows = []
        with self.db.transaction() as s:
            for req in s.execute(stmt).scalars():
                state = State(req.state)
                due = req.due_on
                if state is State.AWAITING_IDENTITY:
                    due = self._case_of(req).projected_due(today)
                left = deadlines.days_left(due, today)
                if within is not None and left > within:
                    continue
                rows.append(DueRow(req.reference, due, left, state, _rights(req.rights_text), req.extended))
            self._journal(s, "register.due-list", "register", "due", count=len(rows), within=within)
        rows.sort(key=lambda r: (r.due_date, r.reference))
        return rows

    def verify_journal(self) -> journal.Verification:
        with self.db.reading() as s:
            return journal.verify(s)


    # -- documents and the vault ----------------------------------------------------

    @staticmethod
    def _blob_aad(document_id: int) -> bytes:
        return f"dpo-workbench document {document_id}".encode()

    @staticmethod
    def _key_aad(document_id: int) -> bytes:
        return f"dpo-workbench document key {document_id}".encode()

    @staticmethod
    def _document_info(d: Document) -> DocumentInfo:
        return DocumentInfo(
            id=d.id, request_id=d.request_id, kind=DocumentKind(d.kind), mime=d.mime, size=d.size,
            label=d.label, added_at=d.added_at, added_by=d.added_by, purge_after=d.purge_after,
            destroyed_at=d.destroyed_at, destroyed_reason=d.destroyed_reason,
        )

    def _timeline(self, s: Session, req: Request, event: str, on: date, **detail) -> None:
        s.add(Event(request_id=req.id, at=self.now(), on=on, actor=self.actor, kind=event,
                    detail=json.dumps(detail, ensure_ascii=False)))

    def _has_verified_identity(self, s: Session, request_id: int) -> bool:
        return s.execute(select(IdentityCheck.id).where(
            IdentityCheck.request_id == request_id, IdentityCheck.outcome == IdentityOutcome.VERIFIED.value)
        ).first() is not None

    def _purge_time(self) -> datetime:
        return self.now() + timedelta(days=self.settings()["id_copy_grace_days"])

    def attach_document(self, key: int | str, data: bytes, label: str = "", *, id_copy: bool = False,
                        kind: DocumentKind | None = None) -> DocumentInfo:
        """Encrypt a scan into the vault under its own data key and attach it to a request.

        The content is checked first (JPEG, PNG, TIFF or PDF, readable, at most 50 MB):
        anything else raises UnsupportedFile and nothing is stored.
        """
        mime = filetypes.check_scan(data, label or None)
        kind = DocumentKind.ID_COPY if id_copy else (kind or DocumentKind.OTHER)
        keys = self.folder.keys
        blobs = self.folder.blobs
        blob_id = blobs.new_id()
        data_key = crypto.new_key()
        written = False
        try:
            with self.db.transaction() as s:
                req = self._load(s, key)
                if kind is DocumentKind.ID_COPY and not State(req.state).is_open:
                    raise TransitionError("id-copy-request-not-open", state=req.state)
                doc = Document(request_id=req.id, blob_id=blob_id, kind=kind.value, mime=mime, size=len(data),
                               label=label[:255], key_id=keys.current, wrapped_key=b"",
                               added_at=self.now(), added_by=self.actor, destroyed_reason="")
                s.add(doc)
                s.flush()
                doc.wrapped_key = crypto.wrap_key(keys.current_key, data_key, aad=self._key_aad(doc.id))
                if kind is DocumentKind.ID_COPY and self._has_verified_identity(s, req.id):
                    doc.purge_after = self._purge_time()
                blobs.write(blob_id, crypto.encrypt(data_key, data, aad=self._blob_aad(doc.id)))
                written = True
                self._timeline(s, req, "document-added", self.today(), document=doc.id, kind=kind.value,
                               mime=mime, size=len(data))
                self._journal(s, "document.attach", "document", str(doc.id), request=req.reference,
                              kind=kind.value, mime=mime, size=len(data))
                s.flush()
                info = self._document_info(doc)
        except BaseException:
            if written:
                blobs.delete(blob_id)
            raise
        if info.purge_after is not None and info.purge_after <= self.now():
            self.purge_due()
            return self.document(info.id)
        return info

    def attach_file(self, key: int | str, path: Path, *, id_copy: bool = False) -> DocumentInfo:
        """Attach a file from disk (its name is kept only inside the encrypted database)."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise InputError("file", f"There is no file {path}.") from None
        except OSError as exc:
            raise InputError("file", f"The file {path} cannot be read: {exc.strerror}.") from None
        if path.is_dir():
            raise InputError("file", f"{path} is a folder, not a file.")
        if size > filetypes.MAX_SIZE:
            raise filetypes.UnsupportedFile(
                f"{path.name} is {size / 1_048_576:.1f} MB: the limit is 50 MB per document. "
                "Scan at a lower resolution or split the file.", "too_large", file_name=path.name, size=size)
        return self.attach_document(key, path.read_bytes(), path.name, id_copy=id_copy)

    def documents(self, key: int | str) -> list[DocumentInfo]:
        """The documents of a request (metadata only: nothing is decrypted)."""
        with self.db.reading() as s:
            req = self._load(s, key)
            rows = s.execute(select(Document).where(Document.request_id == req.id).order_by(Document.id)).scalars()
            return [self._document_info(d) for d in rows]

    def document(self, document_id: int) -> DocumentInfo:
        with self.db.reading() as s:
            d = s.get(Document, document_id)
            if d is None:
                raise NotFound(f"No document {document_id}.")
            return self._document_info(d)

    def read_document(self, document_id: int) -> bytes:
        """Decrypt a document in memory (never to a file); journaled as a view.

        A blob that fails authentication raises DocumentDamaged, journaled too;
        the rest of the application keeps working.
        """
        with self.db.reading() as s:
            d = s.get(Document, document_id)
            if d is None:
                raise NotFound(f"No document {document_id}.")
            if d.destroyed_at is not None or not d.wrapped_key:
                raise NotFound(f"Document {document_id} was destroyed on "
                               f"{d.destroyed_at.astimezone(PARIS):%d/%m/%Y}." if d.destroyed_at
                               else f"Document {document_id} has no key.")
            blob_id, key_id, wrapped, reference = d.blob_id, d.key_id, d.wrapped_key, d.request.reference
        try:
            data_key = crypto.unwrap_key(self.folder.keys.get(key_id), wrapped, aad=self._key_aad(document_id))
            data = crypto.decrypt(data_key, self.folder.blobs.read(blob_id), aad=self._blob_aad(document_id))
        except (TamperedError, VaultError, KeyError) as exc:
            missing = not self.folder.blobs.exists(blob_id)
            with self.db.transaction() as s:
                self._journal(s, "document.damaged", "document", str(document_id), request=reference,
                              problem="missing" if missing else "authentication failed")
            if missing:
                raise DocumentDamaged(f"The file of document {document_id} is missing from the vault.",
                                      "missing") from None
            raise DocumentDamaged("This file is damaged or was altered; it cannot be shown. "
                                  "Ask the person for a new copy if it is still needed.", "altered") from exc
        with self.db.transaction() as s:
            self._journal(s, "document.view", "document", str(document_id), request=reference)
        return data

    def requests_received_on(self, day: date) -> list[int]:
        """Ids of the requests received on `day`, oldest reference first (e.g. today's mail to acknowledge)."""
        with self.db.reading() as s:
            return list(s.execute(select(Request.id).where(Request.received_on == day).order_by(Request.id)).scalars())

    def set_document_kind(self, document_id: int, kind: DocumentKind) -> DocumentInfo:
        """Mark (or unmark) a document as an ID copy: ID copies are purged after verification."""
        kind = DocumentKind(kind)
        with self.db.transaction() as s:
            d = s.get(Document, document_id)
            if d is None:
                raise NotFound(f"No document {document_id}.")
            if d.destroyed_at is not None:
                raise TransitionError("document-destroyed")
            d.kind = kind.value
            d.purge_after = (self._purge_time() if kind is DocumentKind.ID_COPY
                             and self._has_verified_identity(s, d.request_id) else None)
            self._journal(s, "document.kind", "document", str(d.id), request=d.request.reference, kind=kind.value)
            info = self._document_info(d)
        if info.purge_after is not None and info.purge_after <= self.now():
            self.purge_due()
            return self.document(document_id)
        return info

    def identity_checks(self, key: int | str) -> list[IdentityCheckInfo]:
        with self.db.reading() as s:
            req = self._load(s, key)
            rows = s.execute(select(IdentityCheck).where(IdentityCheck.request_id == req.id)
                             .order_by(IdentityCheck.id)).scalars()
            return [IdentityCheckInfo(c.checked_by, c.checked_on, c.recorded_at, IdentityMethod(c.method),
                                      c.document_type, IdentityOutcome(c.outcome), c.note) for c in rows]

    def record_identity_check(self, key: int | str, *, method: IdentityMethod, document_type: str,
                              outcome: IdentityOutcome, on: date | None = None, note: str = "") -> ActionResult:
        """Keep the note of the check (who, when, how, which document, outcome).

        Once identity is verified the ID copies are destroyed, at once or after the
        grace period of the settings (at most 30 days). If identity information was
        awaited, its receipt is recorded on the same date: the clock runs again.
        """
        method, outcome = IdentityMethod(method), IdentityOutcome(outcome)
        on = on or self.today()
        document_type = " ".join(document_type.split())
        if method is IdentityMethod.ID_COPY and not document_type:
            raise InputError("document_type", "Say which document was checked (e.g. identity card, passport).")
        if len(document_type) > 100:
            raise InputError("document_type", "The document type is longer than 100 characters.")
        warnings: list[str] = []
        with self.db.transaction() as s:
            req = self._load(s, key)
            if not State(req.state).is_open:
                raise TransitionError("already-state", action="record-identity-check", state=req.state)
            if on < req.received_on or on > self.today():
                raise InputError("on", f"The date of the check ({on:%d/%m/%Y}) must be between the receipt "
                                       f"({req.received_on:%d/%m/%Y}) and today.")
            s.add(IdentityCheck(request_id=req.id, checked_by=self.actor, checked_on=on, recorded_at=self.now(),
                                method=method.value, document_type=document_type, outcome=outcome.value,
                                note=note.strip()))
            self._timeline(s, req, "identity-checked", on, method=method.value, document_type=document_type,
                           outcome=outcome.value)
            self._journal(s, "identity.check", "request", req.reference, method=method.value,
                          outcome=outcome.value)
            if outcome is IdentityOutcome.VERIFIED:
                purge_at = self._purge_time()
                for d in s.execute(select(Document).where(
                        Document.request_id == req.id, Document.kind == DocumentKind.ID_COPY.value,
                        Document.destroyed_at.is_(None))).scalars():
                    d.purge_after = purge_at
            awaiting = req.state == State.AWAITING_IDENTITY.value
        if awaiting and outcome is IdentityOutcome.VERIFIED:
            warnings += self.identity_received(key, on).warnings
        self.purge_due()
        return ActionResult(warnings)

    def _shred_id_copies(self, req: Request, reason: str) -> list[str]:
        """Destroy the wrapped keys of a request's ID copies (inside the caller's transaction)."""
        s = Session.object_session(req)
        blob_ids = []
        for d in s.execute(select(Document).where(
                Document.request_id == req.id, Document.kind == DocumentKind.ID_COPY.value,
                Document.destroyed_at.is_(None))).scalars():
            blob_ids.append(self._shred(s, req, d, reason))
        return blob_ids

    def _shred(self, s: Session, req: Request, d: Document, reason: str) -> str:
        d.wrapped_key = None
        d.key_id = None
        d.destroyed_at = self.now()
        d.destroyed_reason = reason
        d.purge_after = None
        kind = "id-copy-destroyed" if d.kind == DocumentKind.ID_COPY.value else "document-destroyed"
        self._timeline(s, req, kind, self.today(), document=d.id, reason=reason)
        # the DPO's own words may name the person: the journal keeps only the automatic reasons
        self._journal(s, "document.destroy", "document", str(d.id), request=req.reference, kind=d.kind,
                      reason=reason if reason in AUTOMATIC_DESTRUCTION else "by the DPO")
        return d.blob_id

    def _delete_blobs(self, blob_ids: Sequence[str]) -> None:
        """After the keys are gone (committed), remove the blobs themselves."""
        for blob_id in blob_ids:
            self.folder.blobs.delete(blob_id)

    def destroy_document(self, document_id: int, reason: str = "destroyed by the DPO") -> None:
        """Crypto-shredding: the wrapped data key is erased, then the blob."""
        with self.db.transaction() as s:
            d = s.get(Document, document_id)
            if d is None:
                raise NotFound(f"No document {document_id}.")
            if d.destroyed_at is not None:
                return
            blob_id = self._shred(s, d.request, d, reason)
        self._delete_blobs([blob_id])

    def purge_due(self) -> int:
        """Destroy the ID copies whose purge time has come; remove blobs of destroyed documents.

        Runs at start-up and daily while the application is open.
        """
        blob_ids = []
        with self.db.transaction() as s:
            due = s.execute(select(Document).where(
                Document.purge_after.is_not(None), Document.purge_after <= self.now(),
                Document.destroyed_at.is_(None))).scalars().all()
            for d in due:
                blob_ids.append(self._shred(s, d.request, d, "identity verified"))
            # blobs whose key was destroyed but whose file survived an interruption
            leftovers = s.execute(select(Document.blob_id).where(Document.destroyed_at.is_not(None))).scalars()
            stale = [b for b in leftovers if self.folder.blobs.exists(b)]
        self._delete_blobs(blob_ids + stale)
        return len(due)

    def vault_check(self) -> VaultReport:
        """Decrypt and authenticate every live blob; list damaged, missing and orphan files."""
        report = VaultReport()
        blobs = self.folder.blobs
        live = set()
        with self.db.reading() as s:
            rows = s.execute(select(Document.id, Document.blob_id, Document.key_id, Document.wrapped_key,
                                    Request.reference).join(Request)
                             .where(Document.destroyed_at.is_(None))).all()
        for doc_id, blob_id, key_id, wrapped, reference in rows:
            live.add(blob_id)
            report.checked += 1
            if not blobs.exists(blob_id):
                report.missing.append((doc_id, reference))
                continue
            try:
                data_key = crypto.unwrap_key(self.folder.keys.get(key_id), wrapped, aad=self._key_aad(doc_id))
                crypto.decrypt(data_key, blobs.read(blob_id), aad=self._blob_aad(doc_id))
            except (VaultError, KeyError):
                report.damaged.append((doc_id, reference))
        report.orphans = sorted(blobs.ids() - live)
        report.leftovers = sorted(p.name for p in blobs.leftovers())
        with self.db.transaction() as s:
            self._journal(s, "vault.check", "vault", "vault", checked=report.checked, damaged=len(report.damaged),
                          missing=len(report.missing), orphans=len(report.orphans),
                          leftovers=len(report.leftovers))
        return report

    def remove_orphans(self, report: VaultReport) -> int:
        """Delete the blobs no document refers to, and unfinished writes (`vault check --repair`).

        Their data keys were never committed (or were destroyed): nothing readable is lost.
        """
        live = self._live_blob_ids()
        removed = 0
        for blob_id in report.orphans:
            if blob_id not in live:
                self.folder.blobs.delete(blob_id)
                removed += 1
        removed += self.folder.blobs.remove_leftovers()
        with self.db.transaction() as s:
            self._journal(s, "vault.repair", "vault", "vault", removed=removed)
        return removed

    def _live_blob_ids(self) -> set[str]:
        with self.db.reading() as s:
            return set(s.execute(select(Document.blob_id).where(Document.destroyed_at.is_(None))).scalars())

    @property
    def key_store_description(self) -> str:
        return self.folder.store.description()

    def rotate_master_key(self, progress=None, batch: int = 200) -> RotationReport:
        """A new master key: re-wrap every data key (blobs are not re-encrypted), re-key the database.

        The key ring keeps the old key until nothing refers to it, and each wrapped
        key names its master key: an interrupted rotation loses nothing and is
        finished by the next call.
        """
        folder = self.folder
        keys = folder.keys
        resumed = len(list(keys.ids())) > 1
        if not resumed:
            keys, _ = keys.with_new_key()
            folder.store.save(keys)
            folder.keys = keys
            with self.db.transaction() as s:
                self._journal(s, "vault.rotate-key.start", "vault", keys.current)
        current_id, current_key = keys.current, keys.current_key
        with self.db.reading() as s:
            total = s.execute(select(func.count(Document.id)).where(
                Document.wrapped_key.is_not(None), Document.key_id != current_id)).scalar_one()
        done = 0
        if progress:
            progress(done, total)
        while True:
            with self.db.transaction() as s:
                rows = s.execute(select(Document).where(
                    Document.wrapped_key.is_not(None), Document.key_id != current_id).limit(batch)).scalars().all()
                for d in rows:
                    data_key = crypto.unwrap_key(keys.get(d.key_id), d.wrapped_key, aad=self._key_aad(d.id))
                    d.wrapped_key = crypto.wrap_key(current_key, data_key, aad=self._key_aad(d.id))
                    d.key_id = current_id
            if not rows:
                break
            done += len(rows)
            if progress:
                progress(done, total)
        if folder._database_master() != current_key:
            self.db = folder.rekey_database(self.db, current_key)
        for old in [k for k in keys.ids() if k != current_id]:
            keys = keys.drop(old)
        folder.store.save(keys)
        folder.keys = keys
        with self.db.transaction() as s:
            self._journal(s, "vault.rotate-key", "vault", current_id, rewrapped=done, resumed=resumed)
        return RotationReport(rewrapped=done, new_key_id=current_id, resumed=resumed)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-protect the key file under a new passphrase (atomic; the keys do not change)."""
        from dpo_workbench.vault.keystore import PassphraseFileStore

        store = self.folder.store
        if not isinstance(store, PassphraseFileStore):
            raise InputError("passphrase", "The keys of this data folder are in the system keyring: "
                                           "there is no passphrase to change.")
        store.change_passphrase(old, new)
        with self.db.transaction() as s:
            self._journal(s, "vault.change-passphrase", "vault", "keys")


def check_new_request(new: NewRequest, clock: Clock) -> NewRequest:
    """Validate and tidy a new request; raise InputError naming the field.

    Needs only a clock, so the command line checks its input before it opens
    (or creates) anything.
    """
    if not new.rights:
        raise InputError("rights", "Tick at least one right invoked by the person.")
    try:
        rights = [Right(r) for r in new.rights]
    except ValueError:
        raise InputError("rights", f"Unknown right in {list(new.rights)!r}.") from None
    try:
        channel = Channel(new.channel)
    except ValueError:
        raise InputError("channel", f"Unknown channel {new.channel!r}.") from None
    try:
        relation = Relation(new.relation)
    except ValueError:
        raise InputError("relation", f"Unknown relation {new.relation!r}.") from None
    if len(set(rights)) != len(rights):
        raise InputError("rights", "A right is listed twice.")
    name = " ".join(new.requester_name.split())
    if not name:
        raise InputError("name", "Enter the requester's name.")
    if len(name) > 200:
        raise InputError("name", "The name is longer than 200 characters.")
    if not isinstance(new.received_on, date) or isinstance(new.received_on, datetime):
        raise InputError("received", "The received date must be a date.")
    received_on = new.received_on
    received_at = new.received_at
    if received_at is not None:
        if received_at.tzinfo is None:
            received_at = received_at.replace(tzinfo=PARIS)
        received_on = received_at.astimezone(PARIS).date()
        if received_at > clock.now():
            raise InputError("received", f"The received time {received_at.astimezone(PARIS):%d/%m/%Y %H:%M} "
                                         "is in the future.")
    today = local_today(clock)
    if received_on > today:
        raise InputError("received", f"The received date {received_on:%d/%m/%Y} is in the future.")
    if received_on < GDPR_APPLIES_FROM:
        raise InputError("received", f"The received date {received_on:%d/%m/%Y} is before the GDPR applied "
                                     "(25/05/2018): check the year.")
    email = new.requester_email.strip()
    if email:
        email = _email_ok(email)
    if channel is Channel.EMAIL and not email:
        raise InputError("email", "A request received by e-mail needs the sender's address.")
    address = new.requester_address.strip()
    if channel is Channel.POST and not address:
        raise InputError("address", "A request received by post needs the sender's postal address.")
    registered = new.registered_number.strip()
    if registered and channel is not Channel.POST:
        raise InputError("registered_number", "A registered-mail number only goes with a request received by post.")
    return NewRequest(
        rights=rights, channel=channel, received_on=received_on, requester_name=name, relation=relation,
        requester_email=email, requester_phone=new.requester_phone.strip(), requester_address=address,
        registered_number=registered, received_at=received_at, notes=new.notes.strip(),
        language=Language(new.language),
    )

