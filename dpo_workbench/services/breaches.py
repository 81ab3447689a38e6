"""The breach register (GDPR Art. 33 and 34): the part of the workbench's API that keeps it.

A mixin of `Workbench`: the GUI and the command line call these methods on
the workbench like any other. Breach descriptions can hold personal data, so
they live only in the encrypted database; the journal says which breach was
created, changed, viewed, drafted or exported and which fields changed, never
what they hold.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_workbench.core import breach as form
from dpo_workbench.core.breach import Countdown, countdown
from dpo_workbench.core.clock import PARIS, Clock
from dpo_workbench.core.deadlines import breach_deadline
from dpo_workbench.core.severity import (
    DECISIONS,
    DPC_ADJUSTMENTS,
    DPC_CATEGORIES,
    EASE_OF_IDENTIFICATION,
    Severity,
    dpc_score,
    enisa_severity,
    suggested_decision,
)
from dpo_workbench.core.text import fold
from dpo_workbench.store.models import Breach, BreachCounter, BreachDetail, BreachNotification

GDPR_APPLIES_FROM = date(2018, 5, 25)
MAX_SUMMARY = 2000


def _input_error(field_name: str, message: str) -> Exception:
    from dpo_workbench.workbench import InputError  # the workbench imports this module: import late

    return InputError(field_name, message)


def _not_found(message: str) -> Exception:
    from dpo_workbench.workbench import NotFound

    return NotFound(message)


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
        raise _input_error("aware_at", "Give the date and time the company became aware of the breach.")
    if aware_at.tzinfo is None or aware_at.utcoffset() is None:
        raise _input_error("aware_at", "The awareness time needs its UTC offset (e.g. +01:00).")
    if aware_at > clock.now() + timedelta(minutes=1):
        raise _input_error("aware_at", f"The awareness time {form.format_instant(aware_at)} is in the future.")
    if aware_at.astimezone(PARIS).date() < GDPR_APPLIES_FROM:
        raise _input_error("aware_at", "The awareness time is before the GDPR applied (25/05/2018): check the year.")
    summary = (summary or "").strip()
    if not summary:
        raise _input_error("summary", "Say in a few words what happened.")
    if len(summary) > MAX_SUMMARY:
        raise _input_error("summary", f"The summary is longer than {MAX_SUMMARY} characters: put the details "
                                      "in the description section.")
    return aware_at, summary


def _offset_minutes(instant: datetime) -> int:
    return int(instant.utcoffset().total_seconds() // 60)


def _as_given(instant_utc: datetime, offset_minutes: int) -> datetime:
    return instant_utc.astimezone(timezone(timedelta(minutes=offset_minutes)))


def _assessment(data: dict) -> Assessment | None:
    return Assessment(**data) if data else None


class BreachService:
    """Open, complete, assess, notify, communicate and export breaches (mixed into `Workbench`)."""

    # provided by Workbench
    db: Any
    clock: Clock

    # -- opening and reading --------------------------------------------------------------

    def open_breach(self, aware_at: datetime, summary: str) -> str:
        """Record a new breach; returns its reference (e.g. BRE-2026-0001). The 72 hours start at `aware_at`."""
        aware_at, summary = check_new_breach(aware_at, summary, self.clock)
        now = self.now()
        with self.db.transaction() as s:
            reference = self._next_breach_reference(s, aware_at.astimezone(PARIS).year)
            b = Breach(reference=reference, aware_at=aware_at, aware_offset=_offset_minutes(aware_at),
                       deadline=breach_deadline(aware_at), summary=summary,
                       search_key=fold(f"{reference} {summary}"), state="open", notified=False,
                       people_informed="", decision="", decision_reason="", created_at=now, updated_at=now)
            b.detail = BreachDetail(fields="{}", assessment="{}")
            s.add(b)
            self._journal(s, "breach.create", "breach", reference)
        return reference

    def _next_breach_reference(self, s: Session, year: int) -> str:
        counter = s.execute(select(BreachCounter).where(BreachCounter.year == year).with_for_update()
                            ).scalar_one_or_none()
        if counter is None:
            counter = BreachCounter(year=year, last=0)
            s.add(counter)
        counter.last += 1
        return f"BRE-{year}-{counter.last:04d}"

    def _load_breach(self, s: Session, key: int | str) -> Breach:
        if isinstance(key, str):
            b = s.execute(select(Breach).where(Breach.reference == key.strip().upper())).scalar_one_or_none()
        else:
            b = s.get(Breach, key)
        if b is None:
            raise _not_found(f"No breach {key!r}.")
        return b

    def _record(self, s: Session, b: Breach) -> BreachRecord:
        detail = s.get(BreachDetail, b.id)
        assessment = _assessment(json.loads(detail.assessment or "{}"))
        return BreachRecord(
            id=b.id, reference=b.reference, aware_at=_as_given(b.aware_at, b.aware_offset),
            deadline=b.deadline.astimezone(PARIS), summary=b.summary, state=b.state,
            fields=json.loads(detail.fields or "{}"), assessment=assessment,
            severity=Severity(b.severity_score, b.severity_level) if b.severity_level else None,
            decision=b.decision, decision_reason=b.decision_reason,
            notifications=[NotificationInfo(n.id, n.sent_at.astimezone(PARIS), n.kind, n.cnil_reference,
                                            n.recorded_by) for n in b.notifications],
            created_at=b.created_at, closed_at=b.closed_at,
        )

    def breach_record(self, key: int | str) -> BreachRecord:
        """The whole record of a breach; journaled as a view (it may describe people)."""
        with self.db.transaction() as s:
            b = self._load_breach(s, key)
            self._journal_view(s, "breach.view", "breach", b.reference)  # shown again after a save: one viewing
            return self._record(s, b)

    # -- changing -------------------------------------------------------------------------------

    def update_breach(self, key: int | str, *, summary: str | None = None, aware_at: datetime | None = None,
                      fields: dict[str, Any] | None = None) -> BreachRecord:
        """Save what the DPO typed. Every value is checked first: on bad input nothing is saved.

        Raises InputError naming the first wrong field. Returns the saved record.
        """
        cleaned: dict[str, Any] = {}
        for key_, raw in (fields or {}).items():
            try:
                cleaned[key_] = form.clean_value(key_, raw)
            except form.FieldError as exc:
                raise _input_error(exc.key, exc.message) from None
        with self.db.transaction() as s:
            b = self._load_breach(s, key)
            detail = s.get(BreachDetail, b.id)
            values = json.loads(detail.fields or "{}")
            merged = {**values, **cleaned}
            if merged.get("started_at") and merged.get("ended_at") and (
                    datetime.fromisoformat(merged["ended_at"]) < datetime.fromisoformat(merged["started_at"])):
                raise _input_error("ended_at", "The end of the breach is before its start.")
            changed = sorted(k for k in cleaned if values.get(k) != cleaned[k]
                             and not (form.is_empty(values.get(k)) and form.is_empty(cleaned[k])))
            if summary is not None or aware_at is not None:
                new_aware, new_summary = check_new_breach(aware_at or _as_given(b.aware_at, b.aware_offset),
                                                          b.summary if summary is None else summary, self.clock)
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
                b.updated_at = self.now()
                self._journal(s, "breach.change", "breach", b.reference, fields=changed)
            return self._record(s, b)

    def assess_breach(self, key: int | str, assessment: Assessment) -> Severity:
        """Keep the ENISA inputs and the score they give (the register filters on its level)."""
        if assessment.category not in DPC_CATEGORIES:
            raise _input_error("category", f"Unknown data category {assessment.category!r}.")
        if assessment.adjustment not in DPC_ADJUSTMENTS:
            raise _input_error("adjustment", f"Unknown context adjustment {assessment.adjustment!r}.")
        if assessment.ei not in EASE_OF_IDENTIFICATION.values():
            raise _input_error("ei", f"Unknown ease of identification {assessment.ei!r}.")
        try:
            severity = assessment.severity()
        except ValueError as exc:
            raise _input_error("assessment", str(exc)) from None
        with self.db.transaction() as s:
            b = self._load_breach(s, key)
            detail = s.get(BreachDetail, b.id)
            detail.assessment = json.dumps(asdict(assessment), sort_keys=True)
            b.severity_score, b.severity_level = severity.score, severity.level
            b.updated_at = self.now()
            self._journal(s, "breach.assess", "breach", b.reference, score=severity.score, level=severity.level)
        return severity

    def record_decision(self, key: int | str, decision: str, reasoning: str) -> None:
        """The DPO's own decision (Art. 33(5): the reasoning is part of the register)."""
        if decision not in DECISIONS:
            raise _input_error("decision", "Choose the decision: register only, notify the CNIL, or notify "
                                           "the CNIL and inform the people.")
        reasoning = (reasoning or "").strip()
        if not reasoning:
            raise _input_error("decision_reason", "Write the reasoning of the decision (Art. 33(5)).")
        if len(reasoning) > 20_000:
            raise _input_error("decision_reason", "The reasoning is longer than 20,000 characters.")
        with self.db.transaction() as s:
            b = self._load_breach(s, key)
            if b.decision == decision and b.decision_reason == reasoning:
                return
            b.decision, b.decision_reason = decision, reasoning
            b.updated_at = self.now()
            self._journal(s, "breach.decision", "breach", b.reference, decision=decision)

    def record_notification(self, key: int | str, sent_at: datetime, kind: str, cnil_reference: str = "") -> None:
        """A notification actually sent to the CNIL: when, which phase, the CNIL's reference."""
        if kind not in form.NOTIFICATION_TYPES:
            raise _input_error("kind", f"The type is one of {', '.join(form.NOTIFICATION_TYPES)}.")
        if not isinstance(sent_at, datetime) or sent_at.tzinfo is None:
            raise _input_error("sent_at", "Give the date and time the notification was sent.")
        if sent_at > self.now() + timedelta(minutes=1):
            raise _input_error("sent_at", "The notification time is in the future.")
        cnil_reference = " ".join((cnil_reference or "").split())
        if len(cnil_reference) > 60:
            raise _input_error("cnil_reference", "The CNIL reference is longer than 60 characters.")
        with self.db.transaction() as s:
            b = self._load_breach(s, key)
            if sent_at < b.aware_at:
                raise _input_error("sent_at", "The notification cannot be sent before the company became aware "
                                              "of the breach.")
            earlier = [n for n in b.notifications if n.sent_at <= sent_at]
            if kind == "complementary" and not any(n.kind == "initial" for n in earlier):
                raise _input_error("kind", "A complementary notification follows an initial one: record the "
                                           "initial notification first.")
            if kind in ("initial", "complete") and any(n.kind in ("initial", "complete") for n in b.notifications):
                raise _input_error("kind", "The first notification is already recorded: later ones are "
                                           "complementary.")
            s.add(BreachNotification(breach_id=b.id, sent_at=sent_at, kind=kind, cnil_reference=cnil_reference,
                                     recorded_at=self.now(), recorded_by=self.actor))
            first = min([sent_at, *(n.sent_at for n in b.notifications)])
            b.notified, b.first_notified_at = True, first
            b.updated_at = self.now()
            self._journal(s, "breach.notification", "breach", b.reference, kind=kind,
                          late=first > b.deadline)

    def close_breach(self, key: int | str) -> None:
        """Close a breach: only with the DPO's decision and its reasoning recorded."""
        with self.db.transaction() as s:
            b = self._load_breach(s, key)
            if b.state == "closed":
                return
            if not b.decision or not b.decision_reason.strip():
                raise _input_error("decision", "Record your decision and its reasoning before closing the breach.")
            if b.decision != "register-only" and not b.notified:
                raise _input_error("decision", "You decided to notify the CNIL: record the notification sent "
                                               "before closing the breach.")
            b.state, b.closed_at, b.updated_at = "closed", self.now(), self.now()
            self._journal(s, "breach.close", "breach", b.reference)

    def reopen_breach(self, key: int | str) -> None:
        with self.db.transaction() as s:
            b = self._load_breach(s, key)
            if b.state == "open":
                return
            b.state, b.closed_at, b.updated_at = "open", None, self.now()
            self._journal(s, "breach.reopen", "breach", b.reference)

    # -- the register -----------------------------------------------------------------------------

    def _breach_filters(self, query: BreachQuery) -> list:
        conditions = []
        for term in fold(query.text).split():
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(Breach.search_key.like(f"%{escaped}%", escape="\\"))
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
                           Breach.deadline < self.now()]
        return conditions

    def breach_ids(self, query: BreachQuery = BreachQuery()) -> list[int]:
        columns = BREACH_SORT.get(query.sort)
        if columns is None:
            raise ValueError(f"cannot sort breaches by {query.sort!r}")
        order = [c.desc() if query.descending else c.asc() for c in columns]
        order.append(Breach.id.desc() if query.descending else Breach.id.asc())
        stmt = select(Breach.id).where(*self._breach_filters(query)).order_by(*order)
        with self.db.reading() as s:
            return list(s.execute(stmt).scalars())

    _ROW_COLUMNS = (Breach.id, Breach.reference, Breach.aware_at, Breach.aware_offset, Breach.deadline,
                    Breach.summary, Breach.state, Breach.severity_score, Breach.severity_level, Breach.notified,
                    Breach.first_notified_at, Breach.people_informed, Breach.decision)

    @staticmethod
    def _breach_row(r, phases=()) -> BreachRow:
        return BreachRow(
            id=r.id, reference=r.reference, aware_at=_as_given(r.aware_at, r.aware_offset),
            deadline=r.deadline.astimezone(PARIS), summary=r.summary, state=r.state,
            severity_score=r.severity_score, severity_level=r.severity_level, notified=r.notified,
            first_notified_at=r.first_notified_at, people_informed=r.people_informed, decision=r.decision,
            phases=tuple(phases),
        )

    def breach_rows(self, ids: Sequence[int]) -> list[BreachRow]:
        """The register rows of these ids, in the same order, with the notifications sent (the phases)."""
        if not ids:
            return []
        phases: dict[int, list] = {}
        with self.db.reading() as s:
            found = {r.id: r for r in s.execute(select(*self._ROW_COLUMNS).where(Breach.id.in_(list(ids))))}
            notified = [i for i in ids if i in found and found[i].notified]
            if notified:
                for n in s.execute(select(BreachNotification.breach_id, BreachNotification.kind,
                                          BreachNotification.sent_at, BreachNotification.cnil_reference)
                                   .where(BreachNotification.breach_id.in_(notified))
                                   .order_by(BreachNotification.sent_at)):
                    phases.setdefault(n.breach_id, []).append((n.kind, n.sent_at.astimezone(PARIS),
                                                               n.cnil_reference))
        return [self._breach_row(found[i], phases.get(i, ())) for i in ids if i in found]

    def breach_register(self, query: BreachQuery = BreachQuery()) -> list[BreachRow]:
        rows = []
        ids = self.breach_ids(query)
        for start in range(0, len(ids), 900):
            rows += self.breach_rows(ids[start:start + 900])
        return rows

    def breach_alert(self) -> BreachRow | None:
        """The open breach nearest its 72-hour limit among those still to notify (None: nothing to watch)."""
        stmt = (select(*self._ROW_COLUMNS)
                .where(Breach.state == "open", Breach.notified.is_(False), Breach.decision != "register-only")
                .order_by(Breach.deadline.asc(), Breach.id.asc()).limit(1))
        with self.db.reading() as s:
            r = s.execute(stmt).first()
        return self._breach_row(r) if r is not None else None

    def total_breaches(self) -> int:
        with self.db.reading() as s:
            return s.execute(select(func.count(Breach.id))).scalar_one()

    # -- documents ----------------------------------------------------------------------------------

    def breach_draft_values(self, record: BreachRecord) -> tuple[dict[str, Any], set[str]]:
        """The record's values with the organisation profile filling what the DPO left empty.

        Returns the values and the keys that came from the profile. What the DPO typed wins.
        """
        values = dict(record.fields)
        prefilled: set[str] = set()
        org = self.organisation()
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

    def breach_draft(self, key: int | str, kind: str = "initial", *, purpose: str = "export") -> bytes:
        """The CNIL notification draft (PDF, in memory); journaled, with what it is for (preview or export)."""
        from dpo_workbench.letters.breach_draft import build_notification_draft

        if kind not in form.NOTIFICATION_TYPES:
            raise _input_error("kind", f"The type is one of {', '.join(form.NOTIFICATION_TYPES)}.")
        with self.db.reading() as s:
            record = self._record(s, self._load_breach(s, key))
        values, prefilled = self.breach_draft_values(record)
        now = self.now()
        pdf = build_notification_draft(record, values, kind=kind, now=now, prefilled=prefilled)
        with self.db.transaction() as s:
            self._journal(s, "breach.draft", "breach", record.reference, kind=kind, late=record.late(now),
                          missing=len(form.missing_fields(values, late=record.late(now))), purpose=purpose)
        return pdf

    def breach_communication(self, key: int | str, language: str = "fr", *, public: bool = False,
                             purpose: str = "export") -> bytes:
        """The Art. 34 letter to the people concerned, or the public notice (Art. 34(3)(c)); journaled."""
        from dpo_workbench.letters.breach_notice import build_communication

        if language not in ("fr", "en"):
            raise _input_error("language", "The language is fr or en.")
        with self.db.reading() as s:
            record = self._record(s, self._load_breach(s, key))
        values, _ = self.breach_draft_values(record)
        pdf = build_communication(record, values, language=language, public=public, today=self.today())
        with self.db.transaction() as s:
            self._journal(s, "breach.communication", "breach", record.reference, language=language,
                          kind="public-notice" if public else "letter", purpose=purpose)
        return pdf

    def export_breaches(self, fmt: str, query: BreachQuery = BreachQuery()) -> bytes:
        """The register as CSV (UTF-8 with BOM, for spreadsheets) or PDF, for an inspection; journaled."""
        rows = self.breach_register(query)
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

            org = self.organisation()
            data = build_register_pdf(rows, organisation=org.name if org else "", now=self.now())
        else:
            raise _input_error("format", "The export format is csv or pdf.")
        with self.db.transaction() as s:
            self._journal(s, "breach.export", "register", "breaches", format=fmt, count=len(rows))
        return data
