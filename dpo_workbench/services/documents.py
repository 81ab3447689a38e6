"""Documents of a request: encrypted into the vault, read in memory, destroyed by crypto-shredding.

Each file is encrypted with its own AES-256-GCM data key, wrapped by the
master key and bound to its document id. Destroying a document erases its
wrapped key (the file is then unreadable) and, once that is committed, the
file itself. ID copies carry a purge time: they are destroyed once identity
is verified (at once, or after the grace days of the settings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import DocumentKind, IdentityOutcome
from dpo_workbench.errors import DocumentDamaged, InputError, NotFound, TamperedError, TransitionError, VaultError
from dpo_workbench.services.common import load_request
from dpo_workbench.services.context import Context
from dpo_workbench.services.policy import requires
from dpo_workbench.store.db import take_turns
from dpo_workbench.store.models import Document, IdentityCheck, Request
from dpo_workbench.vault import crypto, filetypes

AUTOMATIC_DESTRUCTION = ("identity verified", "request closed", "request withdrawn", "retention period")


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


def blob_aad(document_id: int) -> bytes:
    return f"dpo-workbench document {document_id}".encode()


def key_aad(document_id: int) -> bytes:
    return f"dpo-workbench document key {document_id}".encode()


def document_info(d: Document) -> DocumentInfo:
    return DocumentInfo(
        id=d.id, request_id=d.request_id, kind=DocumentKind(d.kind), mime=d.mime, size=d.size,
        label=d.label, added_at=d.added_at, added_by=d.added_by, purge_after=d.purge_after,
        destroyed_at=d.destroyed_at, destroyed_reason=d.destroyed_reason,
    )


def has_verified_identity(s: Session, request_id: int) -> bool:
    return s.execute(select(IdentityCheck.id).where(
        IdentityCheck.request_id == request_id, IdentityCheck.outcome == IdentityOutcome.VERIFIED.value)
    ).first() is not None


class DocumentService:
    """Attach, list, read, re-kind and destroy the documents of requests."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- storing -------------------------------------------------------------------------------

    def store(self, s: Session, req: Request, data: bytes, kind: DocumentKind, mime: str, label: str,
              written: list[str], *, durable: bool = True, announce: bool = True) -> Document:
        """Encrypt a file into the vault for `req`, inside the caller's transaction.

        The blob id goes into `written` before the write, so the caller deletes the
        blobs if the transaction does not commit. With durable=False the caller makes
        the blobs durable (BlobStore.make_durable) before it commits. A file the
        workbench wrote itself (a letter) is not announced: its caller's own timeline
        event and journal entry name it.
        """
        keys, blobs = self.ctx.folder.unlocked_keys, self.ctx.folder.blobs
        blob_id = blobs.new_id()
        data_key = crypto.new_key()
        doc = Document(request_id=req.id, blob_id=blob_id, kind=kind.value, mime=mime[:40], size=len(data),
                       label=label[:255], key_id=keys.current, wrapped_key=b"", added_at=self.ctx.now(),
                       added_by=self.ctx.actor, destroyed_reason="")
        s.add(doc)
        s.flush()
        doc.wrapped_key = crypto.wrap_key(keys.current_key, data_key, aad=key_aad(doc.id))
        written.append(blob_id)
        blobs.write(blob_id, crypto.encrypt(data_key, data, aad=blob_aad(doc.id)), durable=durable)
        if not announce:
            return doc
        self.ctx.timeline(s, req, "document-added", self.ctx.today(), document=doc.id, kind=kind.value,
                          mime=mime, size=len(data))
        self.ctx.journal(s, "document.attach", "document", str(doc.id), request=req.reference, kind=kind.value,
                         mime=mime, size=len(data))
        return doc

    @requires("document.add", "request")
    def attach(self, key: int | str, data: bytes, label: str = "", *, id_copy: bool = False,
               kind: DocumentKind | None = None) -> DocumentInfo:
        """Encrypt a scan into the vault under its own data key and attach it to a request.

        The content is checked first (JPEG, PNG, TIFF or PDF, readable, at most 50 MB):
        anything else raises UnsupportedFile and nothing is stored.
        """
        mime = filetypes.check_scan(data, label or None)
        kind = DocumentKind.ID_COPY if id_copy else (kind or DocumentKind.OTHER)
        written: list[str] = []
        shredded: list[str] = []
        try:
            with self.ctx.db.transaction() as s:
                req = load_request(s, key)
                if kind is DocumentKind.ID_COPY and not State(req.state).is_open:
                    raise TransitionError("id-copy-request-not-open", state=req.state)
                doc = self.store(s, req, data, kind, mime, label, written)
                if kind is DocumentKind.ID_COPY and has_verified_identity(s, req.id):
                    doc.purge_after = self.purge_time()
                    shredded += self._purge_if_due(s, req, doc)
                s.flush()
                info = document_info(doc)
        except BaseException:
            self.delete_blobs(written)
            raise
        self.delete_blobs(shredded)
        return info

    @requires("document.add", "request")
    def attach_file(self, key: int | str, path: Path, *, id_copy: bool = False) -> DocumentInfo:
        """Attach a file from disk (its name is kept only inside the encrypted database)."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise InputError("file", "file.not-found", path=path) from None
        except OSError as exc:
            raise InputError("file", "file.unreadable", path=path, reason=exc.strerror) from None
        if path.is_dir():
            raise InputError("file", "file.is-folder", path=path)
        if size > filetypes.MAX_SIZE:
            raise filetypes.too_large(path.name, size)
        return self.attach(key, path.read_bytes(), path.name, id_copy=id_copy)

    # -- reading -------------------------------------------------------------------------------

    @requires("document.open", "request")
    def of_request(self, key: int | str) -> list[DocumentInfo]:
        """The documents of a request (metadata only: nothing is decrypted)."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            rows = s.execute(select(Document).where(Document.request_id == req.id).order_by(Document.id)).scalars()
            return [document_info(d) for d in rows]

    @requires("document.open", "document")
    def get(self, document_id: int) -> DocumentInfo:
        with self.ctx.db.reading() as s:
            return document_info(self._load(s, document_id))

    @staticmethod
    def _load(s: Session, document_id: int) -> Document:
        d = s.get(Document, document_id)
        if d is None:
            raise NotFound("document.not-found", document=document_id)
        return d

    @requires("document.open", "document")
    def read(self, document_id: int) -> bytes:
        """Decrypt a document in memory (never to a file); journaled as a view.

        A blob that fails authentication raises DocumentDamaged, journaled too;
        the rest of the application keeps working.
        """
        return self._decrypt(document_id, "document.view")

    @requires("document.open", "document")
    def export(self, document_id: int) -> bytes:
        """Decrypt a document for a copy the DPO writes out (a department's extraction to send on): journaled as
        an export; the caller writes it with `exports.write_export`."""
        return self._decrypt(document_id, "document.export")

    def _decrypt(self, document_id: int, action: str) -> bytes:
        with self.ctx.db.reading() as s:
            d = self._load(s, document_id)
            if d.destroyed_at is not None:
                raise NotFound("document.destroyed-on", document=document_id,
                               on=d.destroyed_at.astimezone(PARIS).date())
            if not d.wrapped_key:
                raise NotFound("document.no-key", document=document_id)
            blob_id, key_id, wrapped, reference = d.blob_id, d.key_id or "", d.wrapped_key, d.request.reference
        blobs = self.ctx.folder.blobs
        try:
            data_key = crypto.unwrap_key(self.ctx.folder.unlocked_keys.get(key_id), wrapped, aad=key_aad(document_id))
            data = crypto.decrypt(data_key, blobs.read(blob_id), aad=blob_aad(document_id))
        except (TamperedError, VaultError, KeyError) as exc:
            missing = not blobs.exists(blob_id)
            with self.ctx.db.transaction() as s:
                self.ctx.journal(s, "document.damaged", "document", str(document_id), request=reference,
                                 problem="missing" if missing else "authentication failed")
            if missing:
                raise DocumentDamaged("document.missing", document=document_id) from None
            raise DocumentDamaged("document.altered") from exc
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, action, "document", str(document_id), request=reference)
        return data

    # -- changing and destroying ----------------------------------------------------------------

    def purge_time(self) -> datetime:
        return self.ctx.now() + timedelta(days=self.ctx.settings()["id_copy_grace_days"])

    def _purge_if_due(self, s: Session, req: Request, doc: Document) -> list[str]:
        """Destroy an ID copy at once when its purge time has already come (no grace days)."""
        if doc.purge_after is not None and doc.purge_after <= self.ctx.now():
            return [self.shred(s, req, doc, "identity verified")]
        return []

    @requires("document.change", "document")
    def set_kind(self, document_id: int, kind: DocumentKind) -> DocumentInfo:
        """Mark (or unmark) a document as an ID copy: ID copies are purged after verification."""
        kind = DocumentKind(kind)
        with self.ctx.db.transaction() as s:
            d = self._load(s, document_id)
            if d.destroyed_at is not None:
                raise TransitionError("document-destroyed")
            d.kind = kind.value
            d.purge_after = (self.purge_time() if kind is DocumentKind.ID_COPY
                             and has_verified_identity(s, d.request_id) else None)
            self.ctx.journal(s, "document.kind", "document", str(d.id), request=d.request.reference,
                             kind=kind.value)
            shredded = self._purge_if_due(s, d.request, d)
            info = document_info(d)
        self.delete_blobs(shredded)
        return info

    def shred(self, s: Session, req: Request, d: Document, reason: str) -> str:
        """Erase a document's wrapped key, in the caller's transaction; returns its blob id to delete after."""
        d.wrapped_key = None
        d.key_id = None
        d.destroyed_at = self.ctx.now()
        d.destroyed_reason = reason
        d.purge_after = None
        kind = "id-copy-destroyed" if d.kind == DocumentKind.ID_COPY.value else "document-destroyed"
        self.ctx.timeline(s, req, kind, self.ctx.today(), document=d.id, reason=reason)
        # the DPO's own words may name the person: the journal keeps only the automatic reasons
        self.ctx.journal(s, "document.destroy", "document", str(d.id), request=req.reference, kind=d.kind,
                         reason=reason if reason in AUTOMATIC_DESTRUCTION else "by the DPO")
        return d.blob_id

    def erase_for_retention(self, s: Session, documents: Sequence[Document]) -> list[str]:
        """The end of a retention period: each document's key erased (crypto-shredding) and its original file name
        (which may name the person) cleared, in the caller's transaction; returns the blobs to delete after the
        commit. No event or entry per document: the purge's own timeline event and journal entry count them."""
        blob_ids = []
        now = self.ctx.now()
        for d in documents:
            if d.destroyed_at is None:
                d.wrapped_key, d.key_id, d.destroyed_at, d.purge_after = None, None, now, None
                d.destroyed_reason = "retention period"
                blob_ids.append(d.blob_id)
            d.label = ""
        return blob_ids

    def shred_id_copies(self, req: Request, reason: str) -> list[str]:
        """Destroy the wrapped keys of a request's ID copies (inside the caller's transaction)."""
        s = Session.object_session(req)
        assert s is not None, "the request must belong to a session"
        return [self.shred(s, req, d, reason) for d in s.execute(select(Document).where(
            Document.request_id == req.id, Document.kind == DocumentKind.ID_COPY.value,
            Document.destroyed_at.is_(None))).scalars()]

    def delete_blobs(self, blob_ids: Sequence[str]) -> None:
        """After the keys are gone (committed), or a write was not committed, remove the blobs themselves."""
        for blob_id in blob_ids:
            self.ctx.folder.blobs.delete(blob_id)

    @requires("document.change", "document")
    def destroy(self, document_id: int, reason: str = "destroyed by the DPO") -> None:
        """Crypto-shredding: the wrapped data key is erased, then the blob."""
        with self.ctx.db.transaction() as s:
            d = self._load(s, document_id)
            if d.destroyed_at is not None:
                return
            blob_id = self.shred(s, d.request, d, reason)
        self.delete_blobs([blob_id])

    def purge_due(self) -> int:
        """Destroy the ID copies whose purge time has come; remove blobs of destroyed documents.

        Runs at start-up and hourly while the application is open.
        """
        blob_ids = []
        with self.ctx.db.transaction() as s:
            take_turns(s, "upkeep")
            due = s.execute(select(Document).where(
                Document.purge_after.is_not(None), Document.purge_after <= self.ctx.now(),
                Document.destroyed_at.is_(None))).scalars().all()
            for d in due:
                blob_ids.append(self.shred(s, d.request, d, "identity verified"))
            # blobs whose key was destroyed but whose file survived an interruption
            leftovers = s.execute(select(Document.blob_id).where(Document.destroyed_at.is_not(None))).scalars()
            stale = [b for b in leftovers if self.ctx.folder.blobs.exists(b)]
        self.delete_blobs(blob_ids + stale)
        return len(due)

    def mark_id_copies_for_purge(self, s: Session, req: Request) -> list[str]:
        """Identity verified: the request's ID copies get their purge time (now, or after the grace days).

        Returns the blobs destroyed at once (no grace days), to delete after the commit.
        """
        purge_at = self.purge_time()
        shredded = []
        for d in s.execute(select(Document).where(
                Document.request_id == req.id, Document.kind == DocumentKind.ID_COPY.value,
                Document.destroyed_at.is_(None))).scalars().all():
            d.purge_after = purge_at
            shredded += self._purge_if_due(s, req, d)
        return shredded
