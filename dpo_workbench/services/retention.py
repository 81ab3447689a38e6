"""The retention of the workbench's own records: what is past its period, and its purge on the DPO's confirmation.

Periods are settings (`retention_*_years`, their legal grounds in their help and in the README), counted from the
day a record ended: a request's closing or withdrawal, a breach's closing. Past it:

- a request is anonymised: the requester's identity and contact details, the notes and reasons, the DPO's words
  in its timeline, the departments' contacts and answers go; its documents (letters, e-mails, scans, the
  departments' files) are crypto-shredded through the documents service. Its reference, dates, rights, channel,
  requester category, state, outcome, grounds and suspended days stay: the dashboard and the annual report
  count the same after the purge;
- a breach keeps its dates, nature, categories, counts, severity, decision and notifications; its free texts go;
- the e-mails a request came by (and their attachments) are shredded after their own, shorter, period;
- the journal loses its oldest entries, from the start of the chain only, never one that still proves a request or
  a breach whose personal data are kept (nor any after it); a checkpoint entry keeps the chain verifiable.

A purge is one transaction, with its proof in the journal (counts and references, nothing personal) and a timeline
event on each request anonymised; the vault files go once it is committed. Nothing is done without a fresh look at
what is due: the list the DPO confirmed must still be the list.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dpo_workbench.audit import journal
from dpo_workbench.core import breach as breach_form
from dpo_workbench.core import casework
from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.text import fold
from dpo_workbench.errors import InputError
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentService
from dpo_workbench.services.policy import requires
from dpo_workbench.store.casework_models import DataTask, RetentionPurge
from dpo_workbench.store.models import (
    AuditEntry,
    Breach,
    BreachDetail,
    Document,
    Event,
    IdentityCheck,
    IntakeMessage,
    Request,
    RequestSearch,
    Setting,
)

FINISHED = (State.CLOSED.value, State.WITHDRAWN.value)
REMINDER_KEY = "upkeep.retention_reminder"
REMINDER_DAYS = 7  # the start-up reminder, at most once a week
# what stays of a timeline event once the request is anonymised: codes, dates, numbers, references
KEPT_EVENT_KEYS = frozenset({
    "due", "due_before", "channel", "outcome", "ground", "letter", "lang", "document", "pages", "attachments",
    "suspended_days", "kind", "mime", "size", "method", "task", "department", "kinds", "processings", "origin", "via",
    "reminders", "files", "tasks_open", "rights", "before", "source", "account", "message", "because", "fields",
    "documents", "messages", "years",
})
# what stays of a breach record: everything but the free texts (which may name people); the organisation's own
# identity (name, SIREN, sector, headcount, address) is no one's personal data
KEPT_BREACH_KINDS = (breach_form.CHOICE, breach_form.MULTI, breach_form.INT, breach_form.DATETIME)
KEPT_BREACH_KEYS = frozenset({"org_name", "org_siren", "org_sector", "org_headcount", "org_address"})


@dataclass(frozen=True)
class DueRecord:
    """A record past its period: a request, a breach, or the stored e-mails of a request."""

    kind: str  # request | breach | messages
    id: int
    reference: str
    ended_on: date
    purge_from: date
    count: int = 1  # messages: how many e-mails (with their attachments)


@dataclass(frozen=True)
class RetentionDue:
    """What is past its retention period today (references and dates: nothing personal)."""

    as_of: date
    periods: dict[str, int]
    requests: list[DueRecord] = field(default_factory=list)
    breaches: list[DueRecord] = field(default_factory=list)
    messages: list[DueRecord] = field(default_factory=list)
    journal_entries: int = 0  # the entries that may go (from the start of the chain)
    journal_through: int = 0  # the last of them
    journal_until: date | None = None  # the day of the last of them
    journal_kept_for: str = ""  # "request:DSR-…" that stops the purge before the period's end (an entry proves it)

    @property
    def empty(self) -> bool:
        return not (self.requests or self.breaches or self.messages or self.journal_entries)

    def key(self) -> tuple:
        """What the DPO confirmed: the same key when looked at again means the same purge."""
        return (tuple(r.id for r in self.requests), tuple(r.id for r in self.breaches),
                tuple((r.id, r.count) for r in self.messages), self.journal_through)

    def as_dict(self) -> dict[str, Any]:
        def rows(items: list[DueRecord]) -> list[dict[str, Any]]:
            return [{"reference": r.reference, "ended_on": r.ended_on.isoformat(),
                     "past_since": r.purge_from.isoformat(), **({"messages": r.count} if r.kind == "messages" else {})}
                    for r in items]

        return {"as_of": self.as_of.isoformat(), "periods_years": self.periods, "requests": rows(self.requests),
                "breaches": rows(self.breaches), "messages": rows(self.messages),
                "journal": {"entries": self.journal_entries, "through": self.journal_through,
                            "until": self.journal_until.isoformat() if self.journal_until else None,
                            "kept_for": self.journal_kept_for or None}}


@dataclass(frozen=True)
class PurgeReport:
    """What a purge did, as its proof in the journal says it (entry `proof_entry`, action retention.purge)."""

    requests: tuple[str, ...] = ()
    breaches: tuple[str, ...] = ()
    messages: int = 0
    documents: int = 0
    journal_entries: int = 0
    message_requests: tuple[str, ...] = ()  # the requests whose e-mails were destroyed
    proof_entry: int = 0  # the journal entry that proves the purge
    at: datetime | None = None
    actor: str = ""

    @property
    def empty(self) -> bool:
        return not (self.requests or self.breaches or self.messages or self.documents or self.journal_entries)


def _day_of(stamp: str) -> date:
    return datetime.fromisoformat(stamp).astimezone(PARIS).date()


def _proves(object_type: str, object_id: str, details: str) -> str | None:
    """The request or breach a journal entry proves something about ("request:DSR-…", "breach:BRE-…")."""
    if object_type in ("request", "breach"):
        return f"{object_type}:{object_id}"
    if '"request"' in details:
        try:
            reference = json.loads(details).get("request")
        except ValueError:
            return None
        if isinstance(reference, str):
            return f"request:{reference}"
    return None


class RetentionService:
    """List what is past its retention period; purge it on confirmation (see the module docstring)."""

    def __init__(self, ctx: Context, documents: DocumentService) -> None:
        self.ctx = ctx
        self.documents = documents

    def periods(self) -> dict[str, int]:
        values = self.ctx.settings()
        return {name: int(values[f"retention_{name}_years"]) for name in ("requests", "breaches", "messages",
                                                                           "journal")}

    # -- what is due ---------------------------------------------------------------------------------

    @requires("request.view")
    def due(self) -> RetentionDue:
        with self.ctx.db.reading() as s:
            return self._due(s)

    def _due(self, s: Session) -> RetentionDue:
        today = self.ctx.today()
        periods = self.periods()
        purged = {(k, i) for k, i in s.execute(select(RetentionPurge.record, RetentionPurge.record_id))}
        # requests: closed or withdrawn on or before the cutoff (their last step is the closing or the withdrawal)
        cutoff = casework.retention_cutoff(today, periods["requests"])
        requests = [DueRecord("request", i, ref, ended, casework.purge_from(ended, periods["requests"]))
                    for i, ref, ended in s.execute(
                        select(Request.id, Request.reference, Request.last_step_on).where(
                            Request.state.in_(FINISHED), Request.last_step_on <= cutoff).order_by(
                            Request.last_step_on, Request.id))
                    if ("request", i) not in purged and ended is not None]
        going = {r.id for r in requests}
        cutoff = casework.retention_cutoff(today, periods["breaches"])
        bound = datetime.combine(cutoff + timedelta(days=1), time(0), PARIS)
        breaches = []
        for i, ref, closed in s.execute(select(Breach.id, Breach.reference, Breach.closed_at).where(
                Breach.state == "closed", Breach.closed_at.is_not(None), Breach.closed_at < bound)
                .order_by(Breach.closed_at, Breach.id)):
            if ("breach", i) not in purged and closed is not None:
                ended = closed.astimezone(PARIS).date()
                breaches.append(DueRecord("breach", i, ref, ended, casework.purge_from(ended, periods["breaches"])))
        messages = self._messages_due(s, today, periods["messages"], purged | {("request", i) for i in going})
        journal_due = self._journal_due(s, today, periods["journal"], purged, going, {b.id for b in breaches})
        return RetentionDue(today, periods, requests, breaches, messages, *journal_due)

    def _messages_due(self, s: Session, today: date, years: int, purged: set[tuple[str, int]]) -> list[DueRecord]:
        cutoff = casework.retention_cutoff(today, years)
        rows = s.execute(select(Request.id, Request.reference, Request.last_step_on, IntakeMessage.document_id,
                                IntakeMessage.attachment_ids)
                         .join(IntakeMessage, IntakeMessage.request_id == Request.id)
                         .where(Request.state.in_(FINISHED), Request.last_step_on <= cutoff)
                         .order_by(Request.last_step_on, Request.id)).all()
        documents: dict[int, list[int]] = {}
        found: dict[int, tuple[str, date, int]] = {}
        for request_id, reference, ended, document_id, attachments in rows:
            if ("request", request_id) in purged or ended is None:
                continue
            ids = [document_id] if document_id else []
            ids += [int(a) for a in attachments.split(",") if a.strip().isdigit()]
            documents.setdefault(request_id, []).extend(ids)
            _ref, _ended, count = found.get(request_id, (reference, ended, 0))
            found[request_id] = (reference, ended, count + 1)
        alive = set()
        all_ids = [i for ids in documents.values() for i in ids]
        for start in range(0, len(all_ids), 500):
            alive |= set(s.execute(select(Document.id).where(Document.id.in_(all_ids[start:start + 500]),
                                                             Document.destroyed_at.is_(None))).scalars())
        return [DueRecord("messages", request_id, reference, ended, casework.purge_from(ended, years), count)
                for request_id, (reference, ended, count) in found.items()
                if any(i in alive for i in documents[request_id])]

    def _journal_due(self, s: Session, today: date, years: int, purged: set[tuple[str, int]], requests_going: set[int],
                     breaches_going: set[int]) -> tuple[int, int, date | None, str]:
        """(entries, through, day of the last, the record that stops it) of the start of the chain that may go."""
        cutoff = casework.retention_cutoff(today, years)
        kept = {f"request:{ref}" for i, ref in s.execute(select(Request.id, Request.reference))
                if ("request", i) not in purged and i not in requests_going}
        kept |= {f"breach:{ref}" for i, ref in s.execute(select(Breach.id, Breach.reference))
                 if ("breach", i) not in purged and i not in breaches_going}
        through, count, until, stopped_by, last_seen = 0, 0, None, "", 0
        while True:
            rows = s.execute(select(AuditEntry.id, AuditEntry.at, AuditEntry.object_type, AuditEntry.object_id,
                                    AuditEntry.details).where(AuditEntry.id > last_seen).order_by(AuditEntry.id)
                             .limit(2000)).all()
            if not rows:
                break
            entries = [(r.id, _day_of(r.at), _proves(r.object_type, r.object_id, r.details)) for r in rows]
            last = casework.journal_prefix(entries, cutoff, kept)
            if last:
                count += sum(1 for e in entries if e[0] <= last)
                through, until = last, next(e[1] for e in entries if e[0] == last)
            if last != entries[-1][0]:  # stopped inside this batch
                stop = next(e for e in entries if e[0] > last)
                if stop[1] <= cutoff and stop[2] is not None:
                    stopped_by = stop[2]
                break
            last_seen = entries[-1][0]
        return count, through, until, stopped_by

    # -- the reminder ----------------------------------------------------------------------------------

    @requires("request.view")
    def reminder(self) -> RetentionDue | None:
        """What to remind the DPO of at start-up: what is due, at most once a week (None: nothing, or reminded less
        than a week ago). The reminder is counted as given when returned."""
        today = self.ctx.today()
        with self.ctx.db.transaction() as s:
            last = s.get(Setting, REMINDER_KEY)
            if last is not None and today - date.fromisoformat(json.loads(last.value)) < timedelta(REMINDER_DAYS):
                return None
            due = self._due(s)
            if due.empty:
                return None
            if last is None:
                s.add(Setting(key=REMINDER_KEY, value=json.dumps(today.isoformat())))
            else:
                last.value = json.dumps(today.isoformat())
            return due

    # -- the purge ---------------------------------------------------------------------------------------

    @requires("records.purge")
    def purge(self, confirmed: RetentionDue | None = None,
              progress: Callable[[int, int], None] | None = None) -> PurgeReport:
        """Purge what is due, in one transaction with its proof in the journal. `confirmed` is the list the DPO saw:
        if what is due changed since, nothing is purged (InputError)."""
        blob_ids: list[str] = []
        with self.ctx.db.transaction() as s:
            due = self._due(s)
            if confirmed is not None and due.key() != confirmed.key():
                raise InputError(None, "retention.changed-meanwhile")
            if due.empty:
                return PurgeReport()
            total = len(due.requests) + len(due.breaches) + len(due.messages)
            done = 0
            for record in due.requests:
                blob_ids += self._anonymise_request(s, record, due.periods["requests"])
                done += 1
                if progress:
                    progress(done, total)
            for record in due.breaches:
                self._anonymise_breach(s, record)
                done += 1
                if progress:
                    progress(done, total)
            messages = 0
            for record in due.messages:
                shredded, count = self._purge_messages(s, record, due.periods["messages"])
                blob_ids += shredded
                messages += count
                done += 1
                if progress:
                    progress(done, total)
            proof = self.ctx.journal(s, "retention.purge", "retention", due.as_of.isoformat(),
                             requests=[r.reference for r in due.requests], breaches=[r.reference for r in due.breaches],
                             messages=messages, message_requests=[r.reference for r in due.messages],
                             documents=len(blob_ids), journal_entries=due.journal_entries, periods=due.periods)
            entries = 0
            if due.journal_through:
                entries = journal.purge_start(s, due.journal_through, at=self.ctx.now(), actor=self.ctx.actor,
                                              until=due.journal_until.isoformat() if due.journal_until else None,
                                              years=due.periods["journal"])
        self.documents.delete_blobs(blob_ids)
        return PurgeReport(tuple(r.reference for r in due.requests), tuple(r.reference for r in due.breaches),
                           messages, len(blob_ids), entries, tuple(r.reference for r in due.messages), proof,
                           self.ctx.now(), self.ctx.actor)

    def _anonymise_request(self, s: Session, record: DueRecord, years: int) -> list[str]:
        req = s.get(Request, record.id)
        assert req is not None
        req.requester_name = req.requester_email = req.requester_phone = req.requester_address = ""
        req.registered_number = req.notes = req.outcome_reason = req.extension_reason = ""
        req.name_key = req.email_key = ""
        req.updated_at = self.ctx.now()
        s.execute(update(RequestSearch).where(RequestSearch.request_id == req.id).values(key=fold(req.reference)))
        for event in s.execute(select(Event).where(Event.request_id == req.id)).scalars():
            detail = json.loads(event.detail or "{}")
            if "changes" in detail:
                detail["fields"] = list(detail["changes"])
            event.detail = json.dumps({k: v for k, v in detail.items() if k in KEPT_EVENT_KEYS}, ensure_ascii=False)
        for check in s.execute(select(IdentityCheck).where(IdentityCheck.request_id == req.id)).scalars():
            check.note, check.document_type = "", ""
        for task in s.execute(select(DataTask).where(DataTask.request_id == req.id)).scalars():
            task.contact_name = task.contact_email = task.details = task.answer_note = task.cancel_reason = ""
        for message in s.execute(select(IntakeMessage).where(IntakeMessage.request_id == req.id)).scalars():
            message.warnings = "[]"
        documents = s.execute(select(Document).where(Document.request_id == req.id)).scalars().all()
        shredded = self.documents.erase_for_retention(s, documents)
        s.add(RetentionPurge(record="request", record_id=req.id, reference=req.reference, purged_at=self.ctx.now(),
                             purged_by=self.ctx.actor))
        self.ctx.timeline(s, req, "anonymised", self.ctx.today(), documents=len(shredded), years=years)
        return shredded

    def _anonymise_breach(self, s: Session, record: DueRecord) -> None:
        b = s.get(Breach, record.id)
        assert b is not None
        b.summary, b.decision_reason, b.search_key = "", "", fold(b.reference)
        b.updated_at = self.ctx.now()
        detail = s.get(BreachDetail, b.id)
        if detail is not None:
            fields = json.loads(detail.fields or "{}")
            detail.fields = json.dumps({k: v for k, v in fields.items() if k in KEPT_BREACH_KEYS or (
                k in breach_form.FIELDS and breach_form.FIELDS[k].kind in KEPT_BREACH_KINDS)}, ensure_ascii=False)
        s.add(RetentionPurge(record="breach", record_id=b.id, reference=b.reference, purged_at=self.ctx.now(),
                             purged_by=self.ctx.actor))

    def _purge_messages(self, s: Session, record: DueRecord, years: int) -> tuple[list[str], int]:
        req = s.get(Request, record.id)
        assert req is not None
        ids: list[int] = []
        rows = s.execute(select(IntakeMessage).where(IntakeMessage.request_id == req.id)).scalars().all()
        for message in rows:
            if message.document_id:
                ids.append(message.document_id)
            ids += [int(a) for a in message.attachment_ids.split(",") if a.strip().isdigit()]
            message.warnings = "[]"
        documents = s.execute(select(Document).where(Document.id.in_(ids))).scalars().all() if ids else []
        shredded = self.documents.erase_for_retention(s, documents)
        self.ctx.timeline(s, req, "messages-purged", self.ctx.today(), messages=len(rows), documents=len(shredded),
                          years=years)
        return shredded, len(rows)

    # -- what other areas ask ------------------------------------------------------------------------------

    def anonymised_on(self, s: Session, record: str, record_id: int) -> date | None:
        at = s.execute(select(RetentionPurge.purged_at).where(RetentionPurge.record == record,
                                                              RetentionPurge.record_id == record_id)).scalar()
        return at.astimezone(PARIS).date() if at else None
