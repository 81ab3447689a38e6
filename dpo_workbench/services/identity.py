"""Identity checks (GDPR Art. 12(6), EDPB 01/2022 §73-79): the note that stays once the ID copy is gone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from dpo_workbench.core import lifecycle
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import IdentityMethod, IdentityOutcome
from dpo_workbench.errors import InputError, Message, TransitionError
from dpo_workbench.services.common import load_request
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentService
from dpo_workbench.services.policy import requires
from dpo_workbench.services.requests import ActionResult, RequestService
from dpo_workbench.store.models import IdentityCheck

MAX_DOCUMENT_TYPE = 100


@dataclass(frozen=True)
class IdentityCheckInfo:
    checked_by: str
    checked_on: date
    recorded_at: datetime
    method: IdentityMethod
    document_type: str
    outcome: IdentityOutcome
    note: str


class IdentityService:
    def __init__(self, ctx: Context, requests: RequestService, documents: DocumentService) -> None:
        self.ctx = ctx
        self.requests = requests
        self.documents = documents

    @requires("request.view", "request")
    def checks(self, key: int | str) -> list[IdentityCheckInfo]:
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            rows = s.execute(select(IdentityCheck).where(IdentityCheck.request_id == req.id)
                             .order_by(IdentityCheck.id)).scalars()
            return [IdentityCheckInfo(c.checked_by, c.checked_on, c.recorded_at, IdentityMethod(c.method),
                                      c.document_type, IdentityOutcome(c.outcome), c.note) for c in rows]

    @requires("request.change", "request")
    def record(self, key: int | str, *, method: IdentityMethod, document_type: str, outcome: IdentityOutcome,
               on: date | None = None, note: str = "", version: int | None = None) -> ActionResult:
        """Keep the note of the check (who, when, how, which document, outcome), in one transaction.

        Once identity is verified the ID copies are destroyed, at once or after the
        grace days of the settings (at most 30). If identity information was awaited,
        its receipt is recorded on the same date: the clock runs again. `version`: as for `RequestService.edit`.
        """
        method, outcome = IdentityMethod(method), IdentityOutcome(outcome)
        when = on or self.ctx.today()
        document_type = " ".join(document_type.split())
        if method is IdentityMethod.ID_COPY and not document_type:
            raise InputError("document_type", "identity.document-type-missing")
        if len(document_type) > MAX_DOCUMENT_TYPE:
            raise InputError("document_type", "identity.document-type-too-long", limit=MAX_DOCUMENT_TYPE)
        warnings: list[Message] = []
        shredded: list[str] = []
        with self.ctx.db.transaction() as s:
            req = self.requests.lock(s, key, version)
            if not State(req.state).is_open:
                raise TransitionError("already-state", action="record-identity-check", state=req.state)
            if when < req.received_on or when > self.ctx.today():
                raise InputError("on", "identity.date-out-of-range", on=when, received=req.received_on)
            s.add(IdentityCheck(request_id=req.id, checked_by=self.ctx.actor, checked_on=when,
                                recorded_at=self.ctx.now(), method=method.value, document_type=document_type,
                                outcome=outcome.value, note=note.strip()))
            self.ctx.timeline(s, req, "identity-checked", when, method=method.value, document_type=document_type,
                              outcome=outcome.value)
            self.ctx.journal(s, "identity.check", "request", req.reference, method=method.value,
                             outcome=outcome.value)
            if outcome is IdentityOutcome.VERIFIED:
                if req.state == State.AWAITING_IDENTITY.value:
                    warnings += self.requests.step(
                        s, req, "identity-received", lambda c, t: lifecycle.identity_received(c, when, t), {}, when)
                shredded = self.documents.mark_id_copies_for_purge(s, req)
        self.documents.delete_blobs(shredded)
        return ActionResult(warnings)
