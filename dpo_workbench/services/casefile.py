"""The case file of one request, for an inquiry (a CNIL inspector, a court): one zip, journaled.

What it holds:

- `timeline.pdf`: the request, its deadline explained, every event of its timeline, the
  identity checks, the documents (with those destroyed and when), the answer and whether it
  was on time;
- `letters/`: the letters written to the person (and any portability files), `received/`:
  the letter or e-mail the request came in, both decrypted from the vault;
- `identity-checks.json`: the record of each identity check. ID copies are never in it:
  an ID copy is kept only until identity is verified, and the record is what stays;
- `journal.jsonl`: the journal entries about the request, each with its hash and the hash
  of the entry before it, `VERIFY.txt` and `verify_journal.py`: how to check them;
- `manifest.json`: what is in the zip with the SHA-256 of each file, what was left out.

The export is journaled ("export.case") in the same transaction that reads the journal
entries, so the case file holds its own export entry as its last line.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from sqlalchemy import or_, select

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import DocumentKind
from dpo_workbench.errors import InputError
from dpo_workbench.services.common import case_of, load_request, rights_of
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentService
from dpo_workbench.services.identity import IdentityService
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.policy import requires
from dpo_workbench.store.models import AuditEntry, AuditHead, Document, Event

# the documents a case file carries, and the folder of the zip each goes to
INCLUDED = {DocumentKind.REPLY: "letters", DocumentKind.LETTER: "received", DocumentKind.EMAIL: "received"}
EXTENSIONS = {"application/pdf": ".pdf", "message/rfc822": ".eml", "application/json": ".json", "text/csv": ".csv",
              "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif", "text/plain": ".txt"}


@dataclass(frozen=True)
class CaseFile:
    reference: str
    data: bytes  # the zip
    files: tuple[str, ...]


def request_journal_filter(reference: str):
    """The journal entries about a request: on it, or on one of its documents (details name it)."""
    marker = f'"request":{json.dumps(reference)}'
    return or_(AuditEntry.object_id == reference, AuditEntry.details.contains(marker))


def entry_dict(e: AuditEntry) -> dict[str, Any]:
    return {"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "object_type": e.object_type,
            "object_id": e.object_id, "details": e.details, "prev_hash": e.prev_hash, "hash": e.hash}


class CaseFileService:
    def __init__(self, ctx: Context, organisation: OrganisationService, documents: DocumentService,
                 identity: IdentityService) -> None:
        self.ctx = ctx
        self.organisation = organisation
        self.documents = documents
        self.identity = identity

    @requires("export.personal", "request")
    def build(self, key: int | str, lang: str = "fr") -> CaseFile:
        """The case file of a request, as a zip in memory; the caller writes it where the DPO chose."""
        from dpo_workbench.letters import casefile as pdf

        if lang not in pdf.LANGS:
            raise InputError("lang", "letter.lang-unknown", lang=repr(lang))
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            reference = req.reference
            case = case_of(req)
            events = [(e.on, e.at, e.actor, e.kind, json.loads(e.detail))
                      for e in s.execute(select(Event).where(Event.request_id == req.id).order_by(Event.id)).scalars()]
            docs = list(s.execute(select(Document).where(Document.request_id == req.id).order_by(Document.id))
                        .scalars())
            doc_rows = [(d.id, d.kind, d.mime, d.size, d.added_at, d.destroyed_at, d.destroyed_reason) for d in docs]
            answered_on = req.answered_on
            summary = pdf.CaseSummary(
                reference=reference, requester_name=req.requester_name, relation=req.relation, channel=req.channel,
                received_on=req.received_on, received_at=req.received_at, rights=tuple(r.value for r in rights_of(
                    req.rights_text)), state=req.state, one_month_due=case.one_month_due, due_on=req.due_on,
                suspended_days=req.suspended_days, suspended_since=req.suspended_since, extended=req.extended,
                extension_ground=req.extension_ground, outcome=req.outcome, refusal_ground=req.refusal_ground,
                answered_on=answered_on, open=State(req.state).is_open, region=req.region)
        checks = self.identity.checks(reference)

        out: dict[str, bytes] = {}
        left_out: list[dict[str, Any]] = []
        included: list[int] = []
        for doc_id, kind, mime, _size, added_at, destroyed_at, reason in doc_rows:
            folder = INCLUDED.get(DocumentKind(kind))
            row = {"document": doc_id, "kind": kind, "added": added_at.isoformat(timespec="seconds")}
            if destroyed_at is not None:
                left_out.append({**row, "why": "destroyed", "destroyed": destroyed_at.isoformat(timespec="seconds"),
                                 "reason": reason})
                continue
            if folder is None:
                left_out.append({**row, "why": "id copy: only the record of the check is kept" if kind ==
                                 DocumentKind.ID_COPY.value else "not a letter"})
                continue
            name = f"{folder}/{doc_id:05d}-{kind}{EXTENSIONS.get(mime, '.bin')}"
            out[name] = self.documents.read(doc_id)  # journaled as a view of the document
            included.append(doc_id)
        out["identity-checks.json"] = _json([
            {"checked_on": c.checked_on.isoformat(), "checked_by": c.checked_by,
             "recorded_at": c.recorded_at.isoformat(timespec="seconds"), "method": c.method.value,
             "document_type": c.document_type, "outcome": c.outcome.value, "note": c.note} for c in checks])

        org = self.organisation.get()
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "export.case", "request", reference, documents=included, lang=lang)
            s.flush()
            entries = [entry_dict(e) for e in s.execute(
                select(AuditEntry).where(request_journal_filter(reference)).order_by(AuditEntry.id)).scalars()]
            head = s.get(AuditHead, 1)
            head_row = {"last_id": head.last_id, "last_hash": head.last_hash} if head else None
            exported_at = self.ctx.now()
        out["journal.jsonl"] = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries).encode()
        out["timeline.pdf"] = pdf.case_timeline_pdf(
            summary, [pdf.TimelineLine(*e) for e in events], checks=[
                pdf.CheckLine(c.checked_on, c.checked_by, c.method.value, c.document_type, c.outcome.value)
                for c in checks],
            documents=[pdf.DocumentLine(i, k, a, d, r) for i, k, _m, _s, a, d, r in doc_rows],
            journal_entries=len(entries), organisation=org.name if org else "", exported_at=exported_at,
            exported_by=self.ctx.actor, lang=lang)
        guide = files("dpo_workbench.resources").joinpath("casefile")
        out["VERIFY.txt"] = guide.joinpath("VERIFY.txt").read_bytes()
        out["verify_journal.py"] = guide.joinpath("verify_journal.py").read_bytes()
        manifest = {
            "reference": reference, "exported_at": exported_at.isoformat(timespec="seconds"),
            "exported_by": self.ctx.actor, "journal_head_at_export": head_row,
            "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(out.items())},
            "left_out": left_out,
        }
        out["manifest.json"] = _json(manifest)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name in sorted(out):
                info = zipfile.ZipInfo(f"{reference}/{name}", date_time=exported_at.timetuple()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                zf.writestr(info, out[name])
        return CaseFile(reference, buffer.getvalue(), tuple(sorted(out)))


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()
