"""Requests linked to the processings of the register that concern the person.

A link is the DPO's statement that a processing concerns the requester: what the access reply describes
(Art. 15(1)(a)-(h), each processing with its own retention) and what the departments are asked about. The
register's categories of data subjects suggest the processings from the requester's category (a customer, a
prospect…); a suggestion becomes a link only when the DPO accepts it, so nothing is linked behind their back —
not by a migration, not by logging a request. Every change is one transaction with its timeline event and its
journal entry (references only).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dpo_workbench.core import casework
from dpo_workbench.core import register as reg
from dpo_workbench.core.profile import ProcessingActivity
from dpo_workbench.core.rights import Relation
from dpo_workbench.errors import InputError, NotFound
from dpo_workbench.services.common import load_request
from dpo_workbench.services.context import Context
from dpo_workbench.services.policy import requires
from dpo_workbench.store.casework_models import RequestProcessing
from dpo_workbench.store.models import Request
from dpo_workbench.store.register_models import Department, Processing

LINKED_EVENT = "processings-linked"
UNLINKED_EVENT = "processings-unlinked"
ORIGINS = ("suggested", "added")


@dataclass(frozen=True)
class ProcessingRef:
    """A processing as the request's panel lists it: reference, names, owner department, whether it has ended."""

    id: int
    reference: str
    name_fr: str
    name_en: str
    department: str
    department_id: int | None
    status: str  # active | retired
    retention_fr: str = ""
    retention_en: str = ""

    def name(self, lang: str) -> str:
        return (self.name_fr or self.name_en) if lang == "fr" else (self.name_en or self.name_fr)


@dataclass(frozen=True)
class LinkedProcessing:
    processing: ProcessingRef
    origin: str  # suggested (accepted) | added (by hand)
    suggested: bool  # the requester's category suggests it (whatever the origin)


@dataclass(frozen=True)
class RequestProcessings:
    """What the request's Processings section shows: the links, and the suggestions not linked yet."""

    reference: str
    relation: Relation
    linked: list[LinkedProcessing]
    suggestions: list[ProcessingRef]  # active controller processings of the requester's category, not linked
    others: list[ProcessingRef]  # the other active controller processings (to add by hand)

    @property
    def references(self) -> list[str]:
        return [link.processing.reference for link in self.linked]


def _refs(s: Session, where: list) -> list[tuple[ProcessingRef, tuple[str, ...]]]:
    rows = s.execute(select(Processing.id, Processing.reference, Processing.status, Processing.subjects,
                            Processing.record, Processing.department_id, Department.name.label("department"))
                     .outerjoin(Department, Department.id == Processing.department_id).where(*where)).all()
    out = []
    for r in rows:
        record = reg.Processing.from_dict(json.loads(r.record))
        out.append((ProcessingRef(r.id, r.reference, record.name.get("fr", ""), record.name.get("en", ""),
                                  r.department or "", r.department_id, r.status,
                                  record.retention.get("fr", ""), record.retention.get("en", "")),
                    casework.subjects_of(r.subjects)))
    return sorted(out, key=lambda item: reg.reference_key(item[0].reference))


def linked_records(s: Session, request_id: int) -> list[reg.Processing]:
    """The processings linked to a request, as they stand now, in the order of their references."""
    rows = s.execute(select(Processing.reference, Processing.record).join(
        RequestProcessing, RequestProcessing.processing_id == Processing.id).where(
        RequestProcessing.request_id == request_id)).all()
    rows = sorted(rows, key=lambda r: reg.reference_key(r[0]))
    return [reg.Processing.from_dict(json.loads(text)) for _ref, text in rows]


def linked_activities(s: Session, request_id: int) -> list[ProcessingActivity]:
    """What the access reply of a request describes: its linked processings only (Art. 15(1)(a)-(h), 15(2))."""
    return [record.activity() for record in linked_records(s, request_id)]


class LinkService:
    """Link a request to the processings that concern the person; suggest them from the requester's category."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @requires("request.view")
    def of_request(self, key: int | str) -> RequestProcessings:
        """The processings linked to a request and those its requester's category suggests (not linked yet)."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            relation = Relation(req.relation)
            linked = dict(s.execute(select(RequestProcessing.processing_id, RequestProcessing.origin).where(
                RequestProcessing.request_id == req.id)).all())
            candidates = _refs(s, [Processing.role == "controller"])
            linked_refs = _refs(s, [Processing.id.in_(list(linked))]) if linked else []
        links = [LinkedProcessing(ref, linked[ref.id], casework.concerns(relation, subjects))
                 for ref, subjects in linked_refs]
        suggestions = [ref for ref, subjects in candidates if ref.id not in linked and ref.status == "active"
                       and casework.concerns(relation, subjects)]
        others = [ref for ref, subjects in candidates if ref.id not in linked and ref.status == "active"
                  and not casework.concerns(relation, subjects)]
        return RequestProcessings(req.reference, relation, links, suggestions, others)

    @requires("request.view")
    def suggested(self, key: int | str) -> list[str]:
        """The references the requester's category suggests and that are not linked yet."""
        return [ref.reference for ref in self.of_request(key).suggestions]

    # -- changing the links ---------------------------------------------------------------------

    def _resolve(self, s: Session, references: Sequence[str]) -> list[Processing]:
        found = []
        for reference in dict.fromkeys(r.strip().upper() for r in references if r.strip()):
            row = s.execute(select(Processing).where(func.upper(Processing.reference) == reference)
                            ).scalar_one_or_none()
            if row is None:
                raise NotFound("processing.not-found", key=reference)
            if row.role != "controller":  # Art. 28(3)(e): the client controller answers, helped by us
                raise InputError("processings", "link.processor", reference=row.reference)
            found.append(row)
        return found

    @requires("request.change", "request")
    def link(self, key: int | str, references: Sequence[str], *, origin: str = "added") -> list[str]:
        """Link processings to a request (those already linked are left as they are); returns the references
        linked now. Unknown references and processings of the processor register are refused, nothing linked."""
        if origin not in ORIGINS:
            raise InputError("origin", "link.origin-unknown", origin=origin)
        if not [r for r in references if r.strip()]:
            raise InputError("processings", "link.none-given")
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            return self._link_in(s, req, self._resolve(s, references), origin)

    @requires("request.change", "request")
    def link_suggested(self, key: int | str) -> list[str]:
        """Accept the suggestions: link every processing the requester's category suggests (none: InputError)."""
        suggested = self.suggested(key)
        if not suggested:
            raise InputError("processings", "link.no-suggestion")
        return self.link(key, suggested, origin="suggested")

    def _link_in(self, s: Session, req: Request, rows: list[Processing], origin: str) -> list[str]:
        already = set(s.execute(select(RequestProcessing.processing_id).where(
            RequestProcessing.request_id == req.id)).scalars())
        added = [row for row in rows if row.id not in already]
        if not added:
            return []
        now = self.ctx.now()
        for row in added:
            s.add(RequestProcessing(request_id=req.id, processing_id=row.id, origin=origin, linked_at=now,
                                    linked_by=self.ctx.actor))
        refs = [row.reference for row in added]
        self.ctx.timeline(s, req, LINKED_EVENT, self.ctx.today(), processings=refs, origin=origin)
        self.ctx.journal(s, "request.link", "request", req.reference, processings=refs, origin=origin)
        return refs

    @requires("request.change", "request")
    def unlink(self, key: int | str, references: Sequence[str]) -> list[str]:
        """Remove links; a reference that is not linked to the request is refused (nothing removed)."""
        if not [r for r in references if r.strip()]:
            raise InputError("processings", "link.none-given")
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            rows = self._resolve(s, references)
            linked = set(s.execute(select(RequestProcessing.processing_id).where(
                RequestProcessing.request_id == req.id)).scalars())
            for row in rows:
                if row.id not in linked:
                    raise InputError("processings", "link.not-linked", reference=row.reference,
                                     request=req.reference)
            return self._unlink_in(s, req, rows)

    def _unlink_in(self, s: Session, req: Request, rows: list[Processing]) -> list[str]:
        if not rows:
            return []
        s.execute(delete(RequestProcessing).where(RequestProcessing.request_id == req.id,
                                                  RequestProcessing.processing_id.in_([r.id for r in rows])))
        refs = [row.reference for row in rows]
        self.ctx.timeline(s, req, UNLINKED_EVENT, self.ctx.today(), processings=refs)
        self.ctx.journal(s, "request.unlink", "request", req.reference, processings=refs)
        return refs

    @requires("request.change", "request")
    def replace(self, key: int | str, references: Sequence[str]) -> tuple[list[str], list[str]]:
        """The links become exactly these processings (an empty list removes them all): (linked, unlinked)."""
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            wanted = self._resolve(s, references)
            current = s.execute(select(Processing).join(RequestProcessing, RequestProcessing.processing_id
                                                        == Processing.id)
                                .where(RequestProcessing.request_id == req.id)).scalars().all()
            wanted_ids = {row.id for row in wanted}
            removed = self._unlink_in(s, req, sorted((r for r in current if r.id not in wanted_ids),
                                                     key=lambda r: reg.reference_key(r.reference)))
            added = self._link_in(s, req, wanted, "added")
        return added, removed
