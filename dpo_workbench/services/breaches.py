"""The breach register (GDPR Art. 33 and 34): the part of the workbench's API that keeps it.

Breach descriptions can hold personal data, so
they live only in the encrypted database; the journal says which breach was
created, changed, viewed, drafted or exported and which fields changed, never
what they hold.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from dpo_workbench.core import address as postal
from dpo_workbench.core import breach as form
from dpo_workbench.core.breach import Countdown, countdown
from dpo_workbench.core.clock import PARIS, Clock
from dpo_workbench.core.deadlines import breach_deadline
from dpo_workbench.core.severity import (
    DECISIONS,
    DPC_ADJUSTMENTS,
    DPC_CATEGORIES,
    EASE_OF_IDENTIFICATION,
    Level,
    Severity,
    dpc_score,
    enisa_severity,
    suggested_decision,
)
from dpo_workbench.core.text import fold
from dpo_workbench.errors import InputError, LetterIncomplete, NotFound
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
from dpo_workbench.services.common import TextSearch, text_search
from dpo_workbench.services.context import Context
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.policy import requires
from dpo_workbench.store.db import next_number
from dpo_workbench.store.models import AppUser, Breach, BreachCounter, BreachDetail, BreachNotification

if TYPE_CHECKING:
    from dpo_workbench.letters.breach_notice import Addressee, BreachLetter


def _engine():
    """The letters engine (Jinja2, babel): imported with the first letter, not at start-up."""
    from dpo_workbench.letters import engine

    return engine

GDPR_APPLIES_FROM = date(2018, 5, 25)
MAX_SUMMARY = 2000


# -- plain data handed to the GUI and the CLI -----------------------------------------------------


@dataclass(frozen=True)
class BreachQuery:
    text: str = ""
    state: str | None = None  # "open" | "closed"
    level: str | None = None  # a severity level, or "unassessed"
    notified: bool | None = None
    late: bool = False  # open, to notify, not notified, past the 72 hours
    sort: str = "aware_at"  # a key of BREACH_SORT
    descending: bool = True
    mine: bool = False  # only those assigned to the signed-in user (team mode; on one seat all are theirs)


@dataclass(frozen=True)
class BreachRow:
    id: int
    reference: str
    aware_at: datetime  # in the offset it was given with
    deadline: datetime  # Europe/Paris
    summary: str
    state: str
    severity_score: float | None
    severity_level: str | None
    notified: bool
    first_notified_at: datetime | None
    people_informed: str
    decision: str
    phases: tuple[tuple[str, datetime, str], ...] = ()  # notifications sent: (type, sent at, CNIL reference)
    assigned_to: str = ""  # the login of the user it is assigned to (team mode)

    def countdown(self, now: datetime) -> Countdown:
        return countdown(self.deadline, now, notified_at=self.first_notified_at,
                         register_only=self.decision == "register-only", closed=self.state == "closed")

    def as_dict(self) -> dict[str, Any]:
        """The register line for JSON and CSV (no description: it may name people)."""
        return {
            "reference": self.reference,
            "aware_at": self.aware_at.isoformat(timespec="minutes"),
            "deadline": self.deadline.isoformat(timespec="minutes"),
            "severity": self.severity_level or "",
            "severity_score": self.severity_score,
            "notified": self.notified,
            "first_notified_at": (self.first_notified_at.astimezone(PARIS).isoformat(timespec="minutes")
                                  if self.first_notified_at else None),
            "people_informed": self.people_informed or "",
            "decision": self.decision or "",
            "state": self.state,
            "notifications": [{"type": kind, "sent_at": at.astimezone(PARIS).isoformat(timespec="minutes"),
                               "cnil_reference": ref} for kind, at, ref in self.phases],
        }


@dataclass(frozen=True)
class Assessment:
    """The ENISA inputs the DPO chose."""

    category: str = "simple"
    adjustment: float = 0.0
    ei: float = 0.25
    confidentiality: float = 0.0
    integrity: float = 0.0
    availability: float = 0.0
    malicious: bool = False

    @property
    def dpc(self) -> float:
        return dpc_score(self.category, self.adjustment)

    def severity(self) -> Severity:
        return enisa_severity(self.dpc, self.ei, confidentiality=self.confidentiality, integrity=self.integrity,
                              availability=self.availability, malicious=self.malicious)


@dataclass(frozen=True)
class NotificationInfo:
    id: int
    sent_at: datetime
    kind: str
    cnil_reference: str
    recorded_by: str


@dataclass
class BreachRecord:
    id: int
    reference: str
    aware_at: datetime
    deadline: datetime
    summary: str
    state: str
    fields: dict[str, Any]
    assessment: Assessment | None
    severity: Severity | None
    decision: str
    decision_reason: str
    notifications: list[NotificationInfo] = field(default_factory=list)
    created_at: datetime | None = None
    closed_at: datetime | None = None
    # working together: the version a save carries back (optimistic locking), who changed it last and when,
    # who it is assigned to (a login), the comments
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None
    assigned_to: str = ""
    comments: list[CommentInfo] = field(default_factory=list)

    @property
    def notified(self) -> bool:
        return bool(self.notifications)

    @property
    def first_notified_at(self) -> datetime | None:
        return min((n.sent_at for n in self.notifications), default=None)

    @property
    def suggested_decision(self) -> str | None:
        return suggested_decision(self.severity.level) if self.severity else None

    def countdown(self, now: datetime) -> Countdown:
        return countdown(self.deadline, now, notified_at=self.first_notified_at,
                         register_only=self.decision == "register-only", closed=self.state == "closed")

    def late(self, now: datetime) -> bool:
        """Notified (or, not yet notified, now) after the 72 hours: the draft must give the reasons."""
        return (self.first_notified_at or now) > self.deadline


BREACH_SORT = {
    "reference": (func.substr(Breach.reference, 5, 4), func.length(Breach.reference), Breach.reference),
    "aware_at": (Breach.aware_at,),
    "deadline": (Breach.deadline,),
    "severity": (Breach.severity_score,),
    "notified": (Breach.notified,),
    "people_informed": (Breach.people_informed,),
    "state": (Breach.state,),
    "summary": (Breach.search_key,),
}


def check_new_breach(aware_at: datetime, summary: str, clock: Clock) -> tuple[datetime, str]:
    """Validate a new breach (awareness instant, what happened); raise InputError naming the field.

    Needs only a clock, so the command line checks its input before it opens anything.
    """
    if not isinstance(aware_at, datetime):
        raise InputError("aware_at", "breach.aware-missing")
    if aware_at.tzinfo is None or aware_at.utcoffset() is None:
        raise InputError("aware_at", "breach.aware-no-offset")
    if aware_at > clock.now() + timedelta(minutes=1):
        raise InputError("aware_at", "breach.aware-future", at=form.format_instant(aware_at))
    if aware_at.astimezone(PARIS).date() < GDPR_APPLIES_FROM:
        raise InputError("aware_at", "breach.aware-before-gdpr")
    summary = (summary or "").strip()
    if not summary:
        raise InputError("summary", "breach.summary-missing")
    if len(summary) > MAX_SUMMARY:
        raise InputError("summary", "breach.summary-too-long", limit=MAX_SUMMARY)
    return aware_at, summary


def _offset_minutes(instant: datetime) -> int:
    offset = instant.utcoffset()
    if offset is None:  # check_new_breach refuses a naive instant first
        raise InputError("aware_at", "breach.aware-no-offset")
    return int(offset.total_seconds() // 60)


def _detail_of(s: Session, b: Breach) -> BreachDetail:
    """The sections of a breach (created with it, removed with it)."""
    detail = s.get(BreachDetail, b.id)
    if detail is None:
        detail = BreachDetail(breach_id=b.id, fields="{}", assessment="{}")
        s.add(detail)
    return detail


def _as_given(instant_utc: datetime, offset_minutes: int) -> datetime:
    return instant_utc.astimezone(timezone(timedelta(minutes=offset_minutes)))


def _assessment(data: dict) -> Assessment | None:
    return Assessment(**data) if data else None


class BreachService:
    """Open, complete, assess, notify, communicate and export breaches."""

    def __init__(self, ctx: Context, organisation: OrganisationService) -> None:
        self.ctx = ctx
        self.organisation = organisation

    # -- opening and reading --------------------------------------------------------------

    @requires("breach.create")
    def open(self, aware_at: datetime, summary: str) -> str:
        """Record a new breach; returns its reference (e.g. BRE-2026-0001). The 72 hours start at `aware_at`."""
        aware_at, summary = check_new_breach(aware_at, summary, self.ctx.clock)
        now = self.ctx.now()
        with self.ctx.db.transaction() as s:
            reference = self._next_breach_reference(s, aware_at.astimezone(PARIS).year)
            b = Breach(reference=reference, aware_at=aware_at, aware_offset=_offset_minutes(aware_at),
                       deadline=breach_deadline(aware_at), summary=summary,
                       search_key=fold(f"{reference} {summary}"), state="open", notified=False,
                       people_informed="", decision="", decision_reason="", created_at=now, updated_at=now)
            b.detail = BreachDetail(fields="{}", assessment="{}")
            s.add(b)
            self.ctx.journal(s, "breach.create", "breach", reference)
        return reference

    @staticmethod
    def _next_breach_reference(s: Session, year: int) -> str:
        return f"BRE-{year}-{next_number(s, BreachCounter, year):04d}"

    def _load_breach(self, s: Session, key: int | str) -> Breach:
        if isinstance(key, str):
            b = s.execute(select(Breach).where(Breach.reference == key.strip().upper())).scalar_one_or_none()
        else:
            b = s.get(Breach, key)
        if b is None:
            raise NotFound("breach.not-found", key=repr(key))
        return b

    def lock(self, s: Session, key: int | str, version: int | None = None) -> Breach:
        """The breach, locked to be changed in the caller's transaction (as `RequestService.lock`); ChangedMeanwhile
        when `version` (`BreachRecord.version`, what the form was filled from) is not the current one."""
        where = Breach.reference == key.strip().upper() if isinstance(key, str) else Breach.id == key
        b = s.execute(select(Breach).where(where).with_for_update(of=Breach)
                      .execution_options(populate_existing=True)).scalar_one_or_none()
        if b is None:
            raise NotFound("breach.not-found", key=repr(key))
        check_version(b, version, "breach.changed", self.ctx.today())
        return b

    def _record(self, s: Session, b: Breach) -> BreachRecord:
        detail = _detail_of(s, b)
        assessment = _assessment(json.loads(detail.assessment or "{}"))
        return BreachRecord(
            id=b.id, reference=b.reference, aware_at=_as_given(b.aware_at, b.aware_offset),
            deadline=b.deadline.astimezone(PARIS), summary=b.summary, state=b.state,
            fields=json.loads(detail.fields or "{}"), assessment=assessment,
            severity=(Severity(b.severity_score, Level(b.severity_level))
                      if b.severity_level and b.severity_score is not None else None),
            decision=b.decision, decision_reason=b.decision_reason,
            notifications=[NotificationInfo(n.id, n.sent_at.astimezone(PARIS), n.kind, n.cnil_reference,
                                            n.recorded_by) for n in b.notifications],
            created_at=b.created_at, closed_at=b.closed_at, version=b.version, updated_by=b.updated_by or "",
            updated_at=b.updated_at, assigned_to=login_of(s, b.assigned_to), comments=read_comments(s, breach_id=b.id),
        )

    @requires("breach.view")
    def record(self, key: int | str) -> BreachRecord:
        """The whole record of a breach; journaled as a view (it may describe people)."""
        with self.ctx.db.transaction() as s:
            b = self._load_breach(s, key)
            self.ctx.journal_view(s, "breach.view", "breach", b.reference)  # shown again after a save: one viewing
            return self._record(s, b)

    # -- changing -------------------------------------------------------------------------------

    @requires("breach.change", "breach")
    def update(self, key: int | str, *, summary: str | None = None, aware_at: datetime | None = None,
                      fields: dict[str, Any] | None = None, version: int | None = None) -> BreachRecord:
        """Save what the DPO typed. Every value is checked first: on bad input nothing is saved.

        Raises InputError naming the first wrong field. Returns the saved record.
        """
        return self.save(key, summary=summary, aware_at=aware_at, fields=fields, version=version)

    @requires("breach.change", "breach")
    def save(self, key: int | str, *, summary: str | None = None, aware_at: datetime | None = None,
             fields: dict[str, Any] | None = None, assessment: Assessment | None = None,
             decision: tuple[str, str] | None = None, version: int | None = None) -> BreachRecord:
        """Save the whole breach form in one transaction: its fields, the ENISA assessment, the decision.

        Every value is checked before anything is written; on bad input (InputError naming
        the field) nothing of it is saved. `decision` is (decision, reasoning). `version`: the one the form was
        filled from (`BreachRecord.version`): a save over a newer one is refused (ChangedMeanwhile), nothing written.
        """
        cleaned = {key_: form.clean_value(key_, raw) for key_, raw in (fields or {}).items()}
        severity = self._check_assessment(assessment) if assessment is not None else None
        if decision is not None:
            decision = self._check_decision(*decision)
        with self.ctx.db.transaction() as s:
            b = self.lock(s, key, version)
            self._update_in(s, b, summary, aware_at, cleaned)
            if assessment is not None and severity is not None:
                self._assess_in(s, b, assessment, severity)
            if decision is not None:
                self._decide_in(b, s, *decision)
            return self._record(s, b)

    def _update_in(self, s: Session, b: Breach, summary: str | None, aware_at: datetime | None,
                   cleaned: dict[str, Any]) -> None:
        detail = _detail_of(s, b)
        values = json.loads(detail.fields or "{}")
        merged = {**values, **cleaned}
        if merged.get("started_at") and merged.get("ended_at") and (
                datetime.fromisoformat(merged["ended_at"]) < datetime.fromisoformat(merged["started_at"])):
            raise InputError("ended_at", "breach.end-before-start")
        changed = sorted(k for k in cleaned if values.get(k) != cleaned[k]
                         and not (form.is_empty(values.get(k)) and form.is_empty(cleaned[k])))
        if summary is not None or aware_at is not None:
            new_aware, new_summary = check_new_breach(aware_at or _as_given(b.aware_at, b.aware_offset),
                                                      b.summary if summary is None else summary, self.ctx.clock)
            if new_summary != b.summary:
                b.summary = new_summary
                b.search_key = fold(f"{b.reference} {new_summary}")
                changed.append("summary")
            if new_aware != b.aware_at or _offset_minutes(new_aware) != b.aware_offset:
                b.aware_at = new_aware
                b.aware_offset = _offset_minutes(new_aware)
                b.deadline = breach_deadline(new_aware)
                changed.append("aware_at")
        if changed:
            detail.fields = json.dumps({k: v for k, v in merged.items() if not form.is_empty(v)},
                                       ensure_ascii=False, sort_keys=True)
            b.people_informed = merged.get("people_informed") or ""
            touch(b, self.ctx)
            self.ctx.journal(s, "breach.change", "breach", b.reference, fields=changed)

    @staticmethod
    def _check_assessment(assessment: Assessment) -> Severity:
        if assessment.category not in DPC_CATEGORIES:
            raise InputError("category", "breach.category-unknown", category=repr(assessment.category))
        if assessment.adjustment not in DPC_ADJUSTMENTS:
            raise InputError("adjustment", "breach.adjustment-unknown", adjustment=repr(assessment.adjustment))
        if assessment.ei not in EASE_OF_IDENTIFICATION.values():
            raise InputError("ei", "breach.ei-unknown", ei=repr(assessment.ei))
        try:
            return assessment.severity()
        except ValueError as exc:
            raise InputError("assessment", "breach.assessment-invalid", reason=str(exc)) from None

    def _assess_in(self, s: Session, b: Breach, assessment: Assessment, severity: Severity) -> None:
        detail = _detail_of(s, b)
        stored = json.dumps(asdict(assessment), sort_keys=True)
        if detail.assessment == stored and b.severity_level == severity.level:
            return
        detail.assessment = stored
        b.severity_score, b.severity_level = severity.score, severity.level
        touch(b, self.ctx)
        self.ctx.journal(s, "breach.assess", "breach", b.reference, score=severity.score, level=severity.level)

    @requires("breach.change", "breach")
    def assess(self, key: int | str, assessment: Assessment, *, version: int | None = None) -> Severity:
        """Keep the ENISA inputs and the score they give (the register filters on its level)."""
        severity = self._check_assessment(assessment)
        with self.ctx.db.transaction() as s:
            self._assess_in(s, self.lock(s, key, version), assessment, severity)
        return severity

    @staticmethod
    def _check_decision(decision: str, reasoning: str) -> tuple[str, str]:
        reasoning = (reasoning or "").strip()
        if not decision and reasoning:
            raise InputError("decision", "breach.decision-without-reasoning")
        if decision not in DECISIONS:
            raise InputError("decision", "breach.decision-missing")
        if not reasoning:
            raise InputError("decision_reason", "breach.reasoning-missing")
        if len(reasoning) > 20_000:
            raise InputError("decision_reason", "breach.reasoning-too-long")
        return decision, reasoning

    def _decide_in(self, b: Breach, s: Session, decision: str, reasoning: str) -> None:
        if b.decision == decision and b.decision_reason == reasoning:
            return
        b.decision, b.decision_reason = decision, reasoning
        touch(b, self.ctx)
        self.ctx.journal(s, "breach.decision", "breach", b.reference, decision=decision)

    @requires("breach.change", "breach")
    def decide(self, key: int | str, decision: str, reasoning: str, *, version: int | None = None) -> None:
        """The DPO's own decision (Art. 33(5): the reasoning is part of the register)."""
        decision, reasoning = self._check_decision(decision, reasoning)
        with self.ctx.db.transaction() as s:
            self._decide_in(self.lock(s, key, version), s, decision, reasoning)

    @requires("breach.change", "breach")
    def record_notification(self, key: int | str, sent_at: datetime, kind: str, cnil_reference: str = "", *,
                            version: int | None = None) -> None:
        """A notification actually sent to the CNIL: when, which phase, the CNIL's reference."""
        if kind not in form.NOTIFICATION_TYPES:
            raise InputError("kind", "breach.notification-type", types=", ".join(form.NOTIFICATION_TYPES))
        if not isinstance(sent_at, datetime) or sent_at.tzinfo is None:
            raise InputError("sent_at", "breach.sent-missing")
        if sent_at > self.ctx.now() + timedelta(minutes=1):
            raise InputError("sent_at", "breach.sent-future")
        cnil_reference = " ".join((cnil_reference or "").split())
        if len(cnil_reference) > 60:
            raise InputError("cnil_reference", "breach.cnil-reference-too-long")
        with self.ctx.db.transaction() as s:
            b = self.lock(s, key, version)
            if sent_at < b.aware_at:
                raise InputError("sent_at", "breach.sent-before-aware")
            earlier = [n for n in b.notifications if n.sent_at <= sent_at]
            if kind == "complementary" and not any(n.kind == "initial" for n in earlier):
                raise InputError("kind", "breach.complementary-first")
            if kind in ("initial", "complete") and any(n.kind in ("initial", "complete") for n in b.notifications):
                raise InputError("kind", "breach.first-already")
            s.add(BreachNotification(breach_id=b.id, sent_at=sent_at, kind=kind, cnil_reference=cnil_reference,
                                     recorded_at=self.ctx.now(), recorded_by=self.ctx.actor))
            first = min([sent_at, *(n.sent_at for n in b.notifications)])
            b.notified, b.first_notified_at = True, first
            touch(b, self.ctx)
            self.ctx.journal(s, "breach.notification", "breach", b.reference, kind=kind,
                          late=first > b.deadline)

    @requires("breach.change", "breach")
    def close(self, key: int | str, *, version: int | None = None) -> None:
        """Close a breach: only with the DPO's decision and its reasoning recorded."""
        with self.ctx.db.transaction() as s:
            b = self.lock(s, key, version)
            if b.state == "closed":
                return
            if not b.decision or not b.decision_reason.strip():
                raise InputError("decision", "breach.close-needs-decision")
            if b.decision != "register-only" and not b.notified:
                raise InputError("decision", "breach.close-needs-notification")
            b.state, b.closed_at = "closed", self.ctx.now()
            touch(b, self.ctx)
            self.ctx.journal(s, "breach.close", "breach", b.reference)

    @requires("breach.change", "breach")
    def reopen(self, key: int | str, *, version: int | None = None) -> None:
        with self.ctx.db.transaction() as s:
            b = self.lock(s, key, version)
            if b.state == "open":
                return
            b.state, b.closed_at = "open", None
            touch(b, self.ctx)
            self.ctx.journal(s, "breach.reopen", "breach", b.reference)

    # -- working together (team mode): assignment and comments ----------------------------------

    @requires("breach.assign", "breach")
    def assign(self, key: int | str, login: str | None, *, version: int | None = None) -> str:
        """Assign the breach to `login` (an active user of the team), or to nobody (None); journaled. Returns the
        reference."""
        with self.ctx.db.transaction() as s:
            b = self.lock(s, key, version)
            to = assignee_id(s, self.ctx, login)
            if to == b.assigned_to:
                return b.reference
            before, after = login_of(s, b.assigned_to), login_of(s, to)
            b.assigned_to = to
            touch(b, self.ctx)
            self.ctx.journal(s, "breach.assign", "breach", b.reference, to=after or None, before=before or None)
            return b.reference

    @requires("breach.comment", "breach")
    def comment(self, key: int | str, text: str) -> CommentInfo:
        """Add a comment to a breach (sealed where the database is shared; the journal keeps its length)."""
        text = check_comment(text)
        with self.ctx.db.transaction() as s:
            b = self._load_breach(s, key)
            info = write_comment(s, self.ctx, text, breach_id=b.id)
            self.ctx.journal(s, "breach.comment", "breach", b.reference, comment=info.id, length=len(text))
            return info

    @requires("breach.view", "breach")
    def comments(self, key: int | str) -> list[CommentInfo]:
        with self.ctx.db.reading() as s:
            return read_comments(s, breach_id=self._load_breach(s, key).id)

    # -- the register -----------------------------------------------------------------------------

    def _breach_filters(self, query: BreachQuery, search: TextSearch) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = list(search.conditions)
        if query.state is not None:
            conditions.append(Breach.state == query.state)
        if query.level == "unassessed":
            conditions.append(Breach.severity_level.is_(None))
        elif query.level is not None:
            conditions.append(Breach.severity_level == query.level)
        if query.notified is not None:
            conditions.append(Breach.notified.is_(query.notified))
        if query.late:
            conditions += [Breach.state == "open", Breach.notified.is_(False), Breach.decision != "register-only",
                           Breach.deadline < self.ctx.now()]
        if query.mine and self.ctx.team_login is not None:
            conditions.append(Breach.assigned_to == self.ctx.my_user_id())
        return conditions

    @requires("breach.view")
    def ids(self, query: BreachQuery = BreachQuery()) -> list[int]:
        columns = BREACH_SORT.get(query.sort)
        if columns is None:
            raise InputError("sort", "breach.sort-unknown", column=repr(query.sort))
        search = text_search(self.ctx.db, Breach.search_key, query.text)
        filters = self._breach_filters(query, search)
        by_summary = query.sort == "summary" and self.ctx.db.sealed  # sealed: opened and sorted here
        with self.ctx.db.reading() as s:
            if by_summary or search.to_check:
                opened = [(b.id, fold(f"{b.reference} {b.summary}")) for b in s.execute(
                    select(Breach.id, Breach.reference, Breach.summary).where(*filters))]
                opened = [(bid, key) for bid, key in opened if all(term in key for term in search.to_check)]
                if by_summary:
                    return [bid for _, bid in sorted(((key, bid) for bid, key in opened), reverse=query.descending)]
                kept = {bid for bid, _ in opened}
            order = [c.desc() if query.descending else c.asc() for c in columns]
            order.append(Breach.id.desc() if query.descending else Breach.id.asc())
            found = s.execute(select(Breach.id).where(*filters).order_by(*order)).scalars()
            return [bid for bid in found if bid in kept] if search.to_check else list(found)

    _ROW_COLUMNS = (Breach.id, Breach.reference, Breach.aware_at, Breach.aware_offset, Breach.deadline,
                    Breach.summary, Breach.state, Breach.severity_score, Breach.severity_level, Breach.notified,
                    Breach.first_notified_at, Breach.people_informed, Breach.decision, AppUser.login)

    def _row_select(self) -> Any:
        """The register row's columns, with the assignee's login (an outer join: most breaches have none)."""
        return select(*self._ROW_COLUMNS).outerjoin(AppUser, AppUser.id == Breach.assigned_to)

    @staticmethod
    def _breach_row(r, phases=()) -> BreachRow:
        return BreachRow(
            id=r.id, reference=r.reference, aware_at=_as_given(r.aware_at, r.aware_offset),
            deadline=r.deadline.astimezone(PARIS), summary=r.summary, state=r.state,
            severity_score=r.severity_score, severity_level=r.severity_level, notified=r.notified,
            first_notified_at=r.first_notified_at, people_informed=r.people_informed, decision=r.decision,
            phases=tuple(phases), assigned_to=r.login or "",
        )

    @requires("breach.view")
    def rows(self, ids: Sequence[int]) -> list[BreachRow]:
        """The register rows of these ids, in the same order, with the notifications sent (the phases)."""
        if not ids:
            return []
        phases: dict[int, list] = {}
        with self.ctx.db.reading() as s:
            found = {r.id: r for r in s.execute(self._row_select().where(Breach.id.in_(list(ids))))}
            notified = [i for i in ids if i in found and found[i].notified]
            if notified:
                for n in s.execute(select(BreachNotification.breach_id, BreachNotification.kind,
                                          BreachNotification.sent_at, BreachNotification.cnil_reference)
                                   .where(BreachNotification.breach_id.in_(notified))
                                   .order_by(BreachNotification.sent_at)):
                    phases.setdefault(n.breach_id, []).append((n.kind, n.sent_at.astimezone(PARIS),
                                                               n.cnil_reference))
        return [self._breach_row(found[i], phases.get(i, ())) for i in ids if i in found]

    @requires("breach.view")
    def register(self, query: BreachQuery = BreachQuery(), *, listed_as: str | None = None) -> list[BreachRow]:
        """The register's rows; `listed_as` (a format) journals the listing, as the command line does."""
        rows = []
        ids = self.ids(query)
        for start in range(0, len(ids), 900):
            rows += self.rows(ids[start:start + 900])
        if listed_as is not None:
            with self.ctx.db.transaction() as s:
                self.ctx.journal(s, "breach.list", "register", "breaches", count=len(rows), format=listed_as)
        return rows

    @requires("breach.view")
    def alert(self) -> BreachRow | None:
        """The open breach nearest its 72-hour limit among those still to notify (None: nothing to watch)."""
        stmt = (self._row_select()
                .where(Breach.state == "open", Breach.notified.is_(False), Breach.decision != "register-only")
                .order_by(Breach.deadline.asc(), Breach.id.asc()).limit(1))
        with self.ctx.db.reading() as s:
            r = s.execute(stmt).first()
        return self._breach_row(r) if r is not None else None

    @requires("breach.view")
    def total(self) -> int:
        with self.ctx.db.reading() as s:
            return s.execute(select(func.count(Breach.id))).scalar_one()

    # -- documents ----------------------------------------------------------------------------------

    def draft_values(self, record: BreachRecord) -> tuple[dict[str, Any], set[str]]:
        """The record's values with the organisation profile filling what the DPO left empty.

        Returns the values and the keys that came from the profile. What the DPO typed wins.
        """
        values = dict(record.fields)
        prefilled: set[str] = set()
        org = self.organisation.get()
        if org is None:
            return values, prefilled
        for f in form.FIELDS.values():
            if not f.profile or not form.is_empty(values.get(f.key)):
                continue
            found = getattr(org, f.profile, None) if f.profile in ("name", "address", "siren", "dpo_name",
                                                                   "dpo_email", "dpo_phone") \
                else (org.profile or {}).get(f.profile)
            if isinstance(found, (int, float)) and not isinstance(found, bool):
                found = str(found)
            if isinstance(found, str) and found.strip():
                values[f.key] = found.strip()
                prefilled.add(f.key)
        return values, prefilled

    @requires("breach.letter", "breach")
    def draft(self, key: int | str, kind: str = "initial", *, purpose: str = "export") -> bytes:
        """The CNIL notification draft (PDF, in memory); journaled, with what it is for (preview or export)."""
        from dpo_workbench.letters.breach_draft import build_notification_draft

        if kind not in form.NOTIFICATION_TYPES:
            raise InputError("kind", "breach.notification-type", types=", ".join(form.NOTIFICATION_TYPES))
        with self.ctx.db.reading() as s:
            record = self._record(s, self._load_breach(s, key))
        values, prefilled = self.draft_values(record)
        now = self.ctx.now()
        pdf = build_notification_draft(record, values, kind=kind, now=now, prefilled=prefilled)
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "breach.draft", "breach", record.reference, kind=kind, late=record.late(now),
                          missing=len(form.missing_fields(values, late=record.late(now))), purpose=purpose)
        return pdf

    @requires("breach.letter", "breach")
    def communication(self, key: int | str, language: str = "fr", *, public: bool = False,
                      purpose: str = "export", addressee: Addressee | None = None) -> bytes:
        """The Art. 34 letter to the people concerned, or the public notice (Art. 34(3)(c)), as PDF bytes.

        Journaled; an export that still holds parts to complete is refused (LetterIncomplete).
        """
        return self.communication_letter(key, language, public=public, purpose=purpose, addressee=addressee).pdf

    @requires("breach.letter", "breach")
    def communication_letter(self, key: int | str, language: str = "fr", *, public: bool = False,
                             purpose: str = "preview", addressee: Addressee | None = None) -> BreachLetter:
        """The Art. 34 letter with the parts nobody recorded (consequences, measures, severity...).

        A preview shows them as highlighted placeholders; an export (`purpose="export"`) of a letter
        that still holds any is refused with LetterIncomplete naming them, and nothing is journaled.
        """
        from dpo_workbench.letters.breach_notice import build_communication

        if language not in ("fr", "en"):
            raise InputError("language", "breach.language")
        addressee = self._check_addressee(addressee) if not public else None
        org = self.organisation.letterhead()
        with self.ctx.db.reading() as s:
            record = self._record(s, self._load_breach(s, key))
        values, _ = self.draft_values(record)
        letter = build_communication(_engine().templates_for(self.ctx.folder.path / "letters"), record, values, org,
                                     language=language, public=public, today=self.ctx.today(), addressee=addressee)
        if purpose == "export" and letter.missing:
            raise LetterIncomplete(letter.missing_labels(), "breach-public-notice" if public else "breach-letter")
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "breach.communication", "breach", record.reference, language=language,
                             kind="public-notice" if public else "letter", purpose=purpose,
                             addressed=addressee is not None)
        return letter

    @requires("breach.letter", "breach")
    def communication_missing(self, key: int | str, language: str = "fr") -> tuple[str, ...]:
        """What the Art. 34 letter would still hold as placeholders (codes of `breach_notice.PARTS`)."""
        from dpo_workbench.letters.breach_notice import missing_parts

        org = self.organisation.letterhead()
        with self.ctx.db.reading() as s:
            record = self._record(s, self._load_breach(s, key))
        values, _ = self.draft_values(record)
        return missing_parts(record, values, org, language=language, today=self.ctx.today())

    @staticmethod
    def _check_addressee(addressee: Addressee | None) -> Addressee | None:
        """A copy addressed to one person: a name, and a postal address the post can deliver (or none)."""
        if addressee is None or not (addressee.name.strip() or addressee.address.strip()):
            return None
        name = " ".join(addressee.name.split())
        if not name:
            raise InputError("addressee_name", "breach.addressee-name-missing")
        if len(name) > 200:
            raise InputError("addressee_name", "request.name-too-long", limit=200)
        address = addressee.address.strip()
        if address:
            wrong = postal.problem(address)
            if wrong is not None:
                raise InputError("addressee_address", wrong[0], **wrong[1])
        return replace(addressee, name=name, address=postal.tidy(address))

    @requires("breach.view")
    def export(self, fmt: str, query: BreachQuery = BreachQuery()) -> bytes:
        """The register as CSV (UTF-8 with BOM, for spreadsheets) or PDF, for an inspection; journaled."""
        rows = self.register(query)
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\r\n")
            names = ["reference", "aware_at", "deadline", "severity", "severity_score", "notified",
                     "first_notified_at", "notifications", "people_informed", "decision", "state", "summary"]
            writer.writerow(names)
            for r in rows:
                d = r.as_dict()
                d["summary"] = r.summary
                d["notified"] = "yes" if r.notified else "no"
                d["notifications"] = "; ".join(f"{kind} {at.isoformat(timespec='minutes')}"
                                               + (f" {ref}" if ref else "") for kind, at, ref in r.phases)
                writer.writerow(["" if d[n] is None else d[n] for n in names])
            data = ("\ufeff" + out.getvalue()).encode("utf-8")
        elif fmt == "pdf":
            from dpo_workbench.letters.breach_register import build_register_pdf

            org = self.organisation.get()
            data = build_register_pdf(rows, organisation=org.name if org else "", now=self.ctx.now())
        else:
            raise InputError("format", "breach.export-format")
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "breach.export", "register", "breaches", format=fmt, count=len(rows))
        return data
