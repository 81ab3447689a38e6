"""Intake: e-mails (.eml, .msg, folders, mbox) and postal letters become requests in one gesture.

Each message is imported in ONE transaction with its request, its stored
documents and its journal entries: the encrypted blobs written before the
commit are deleted if anything fails, so nothing is ever half-created and a
batch goes on with the next file. A message already imported (same
Message-ID or same bytes) is a duplicate; a message from a sender who has an
open request is a follow-up attached to it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, DocumentKind, Language, Right
from dpo_workbench.core.text import fold
from dpo_workbench.errors import InputError, Message, NotFound, ServiceError, UnsupportedFile
from dpo_workbench.services.common import checked_email, load_request
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentService
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.policy import requires
from dpo_workbench.services.requests import NewRequest, RequestService
from dpo_workbench.store.models import Document, IntakeMessage, Request
from dpo_workbench.vault import filetypes

if TYPE_CHECKING:
    from dpo_workbench.intake import message as mail
    from dpo_workbench.intake.suggest import Suggestion

log = logging.getLogger(__name__)

MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")
RECEIVED_SOURCE_TEXT = {
    "date": "the message's Date header",
    "received": "the newest Received: header (the Date header is missing, unreadable or not believable)",
    "file": "the file's modification time (no usable date in the message)",
    "server": "the mail server's arrival time (no usable date in the message)",
    "now": "the time of the import (no usable date anywhere)",
}
# failures worth another try at the next fetch (the vault or the disk), unlike a message that cannot be read
TRANSIENT_ERRORS = ("mail.vault-failed", "mail.unexpected")
BATCH_MESSAGES = 50  # messages per transaction in a batch import
BATCH_SECONDS = 1.0  # ... or this much work, so progress and cancelling stay responsive
def _mail():
    """The e-mail parser (email, mimetypes, HTML to text): imported with the first import, not at start-up."""
    from dpo_workbench.intake import message

    return message


def _suggest():
    from dpo_workbench.intake import suggest

    return suggest


POSSIBLE_ID_TYPES = filetypes.SCAN_TYPES  # images and PDFs may be the ID copy the DPO asked for


@dataclass(frozen=True)
class KeptAttachment:
    document_id: int
    label: str
    mime: str
    size: int

    @property
    def possible_id_copy(self) -> bool:
        return self.mime in POSSIBLE_ID_TYPES


@dataclass(frozen=True)
class LeftAttachment:
    label: str
    reason: str  # why the vault did not keep it as a document of its own (it stays inside the message)


@dataclass
class ImportOutcome:
    """What became of one message: created, follow-up, duplicate or failed (with the reason)."""

    file: str
    status: str
    reference: str = ""
    request_id: int | None = None
    requester_name: str = ""
    requester_email: str = ""
    received_at: datetime | None = None
    received_source: str = ""
    rights: tuple[Right, ...] = ()
    language: Language | None = None
    kept: list[KeptAttachment] = field(default_factory=list)
    left_out: list[LeftAttachment] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # warnings: what could not be read or was not believed
    name_to_check: bool = False
    error: str = ""  # why it failed: a Message (its code translates it)
    document_id: int | None = None  # the stored message (created or follow-up)

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    @property
    def transient(self) -> bool:
        """A failure of the vault or an unexpected error: the same message may import at another try."""
        return self.status == "failed" and getattr(self.error, "code", "") in TRANSIENT_ERRORS

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.file,
            "status": self.status,
            "reference": self.reference or None,
            "requester_name": self.requester_name or None,
            "requester_email": self.requester_email or None,
            "received_at": self.received_at.isoformat() if self.received_at else None,
            "received_from": self.received_source or None,
            "rights": [r.value for r in self.rights],
            "language": self.language.value if self.language else None,
            "attachments": len(self.kept),
            "attachments_not_kept": [{"name": a.label, "reason": a.reason} for a in self.left_out],
            "notes": list(self.notes),
        }
        if self.status == "failed":
            data["error"] = self.error
        return data


@dataclass(frozen=True)
class MailSource:
    """One message to import: a file, one message of an mbox file, or one fetched from a mailbox."""

    name: str  # what the summary calls it (the path as given, with #n for an mbox message)
    path: Path
    index: int | None = None  # message number inside an mbox
    data: bytes | None = None  # the message's bytes, for an mbox message or a fetched one
    error: str = ""  # a Message: the path could not be read, reported as a failure
    file_time: datetime | None = None  # a fetched message: when the server received it (INTERNALDATE)
    time_source: str = "file"  # "server" for a fetched message
    label: str = ""  # the stored document's label, when not made from the path
    key: Any = None  # the caller's own key for it (a mailbox UID)


@dataclass(frozen=True)
class IncomingMessage:
    """The incoming e-mail of a request, decrypted in memory for the panel."""

    request_id: int
    document_id: int
    subject: str
    body: str
    from_email: str
    received_source: str
    suggestions: tuple[Suggestion, ...]  # found in `text` (subject, a new line, then the body)
    suggested_rights: tuple[Right, ...]
    rights_confirmed: bool
    name_to_check: bool
    notes: tuple[Message, ...]  # the parser's warnings, as found at the import

    @property
    def text(self) -> str:
        return f"{self.subject}\n{self.body}"


# recording a message's outcome in the transaction that stores it (a mailbox fetch keeps the UID there)
Recorder = Callable[[Session | None, MailSource, "ImportOutcome"], None]


def warnings_json(notes: Sequence[Message]) -> str:
    return json.dumps([[n.code, n.params] for n in notes if isinstance(n, Message)], ensure_ascii=False,
                      default=str)


def warnings_from_json(text: str) -> list[Message]:
    found = []
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return []
    for item in items if isinstance(items, list) else []:
        try:
            found.append(Message(item[0], **item[1]))
        except (KeyError, IndexError, TypeError, ValueError):
            continue  # a code of a later version: skipped, never a crash
    return found


@dataclass
class _Prepared:
    """A parsed, checked message, ready to be stored."""

    parsed: mail.ParsedMessage
    new: NewRequest
    outcome: ImportOutcome
    scans: list[tuple[mail.Attachment, str]]
    by_id: str | None
    by_content: str


@dataclass(frozen=True)
class Scan:
    """A scan given with a postal request: the letter, its envelope, an ID copy."""

    data: bytes
    label: str
    kind: DocumentKind = DocumentKind.LETTER


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def message_id_hash(message_id: str) -> str | None:
    return hashlib.sha256(b"message-id\x00" + message_id.encode("utf-8", "surrogatepass")).hexdigest() \
        if message_id else None


def collect_sources(paths: Sequence[Path | str]) -> list[MailSource]:
    """The messages behind files, folders (every .eml/.msg/.mbox inside, recursively) and mbox files."""
    sources: list[MailSource] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in MAIL_SUFFIXES)
            if not files:
                sources.append(MailSource(str(path), path, error=Message("mail.folder-empty")))
            for f in files:
                sources.extend(_file_sources(f))
        else:
            sources.extend(_file_sources(path))
    return sources


def _file_sources(path: Path) -> list[MailSource]:
    if not path.exists():
        return [MailSource(str(path), path, error=Message("mail.path-missing"))]
    looks_mbox = path.suffix.lower() in (".mbox", ".mbx")
    if not looks_mbox:
        try:
            with path.open("rb") as f:
                looks_mbox = _mail().is_mbox(f.read(2000))
        except OSError as exc:
            return [MailSource(str(path), path, error=Message("mail.path-unreadable", reason=exc.strerror))]
    if not looks_mbox:
        return [MailSource(str(path), path)]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [MailSource(str(path), path, error=Message("mail.path-unreadable", reason=exc.strerror))]
    messages = _mail().split_mbox(data)
    if not messages:
        return [MailSource(str(path), path, error=Message("mail.mbox-empty"))]
    return [MailSource(f"{path}#{i}", path, index=i, data=m) for i, m in enumerate(messages, 1)]


class IntakeService:
    """Import e-mails and postal letters as requests (see the module docstring)."""

    def __init__(self, ctx: Context, organisation: OrganisationService, requests: RequestService,
                 documents: DocumentService) -> None:
        self.ctx = ctx
        self.organisation = organisation
        self.requests = requests
        self.documents = documents

    # -- e-mail import ------------------------------------------------------------------------------

    @requires("intake.import")
    def import_mail(self, paths: Sequence[Path | str]) -> list[ImportOutcome]:
        """Import files, folders and mbox files; one outcome per message (see `iter_import_mail`)."""
        return [outcome for _done, _total, outcome in self.iter_import_mail(paths)]

    @requires("intake.import")
    def iter_import_mail(self, paths: Sequence[Path | str]) -> Iterator[tuple[int, int, ImportOutcome]]:
        """Yield (done, total, outcome) for each message (see `iter_import_batches`)."""
        done = 0
        for _done, total, outcomes in self.iter_import_batches(paths):
            for outcome in outcomes:
                done += 1
                yield done, total, outcome

    @requires("intake.import")
    def iter_import_batches(self, paths: Sequence[Path | str]) -> Iterator[tuple[int, int, list[ImportOutcome]]]:
        """Yield (done, total, outcomes) after each committed batch, so a caller can show progress and stop.

        Messages are committed in small batches (at most BATCH_MESSAGES, or BATCH_SECONDS
        of work): the blobs of a batch are made durable together, then the batch commits.
        Outcomes come once their batch is committed, so a caller that stops between two
        yields has every committed message in its summary, and no other. A batch that
        fails to commit is imported again one message per transaction: only the bad
        message fails.
        """
        return self.iter_import_sources(collect_sources(paths))

    @requires("intake.import")
    def iter_import_sources(self, sources: Sequence[MailSource], record: Recorder | None = None
                            ) -> Iterator[tuple[int, int, list[ImportOutcome]]]:
        """`iter_import_batches` on sources already collected (files, or messages fetched from a mailbox).

        `record(session, source, outcome)` runs in the transaction that stores each
        message (with a session), or alone (None) for a message that failed before.
        """
        total = len(sources)
        start = 0
        while start < total:
            outcomes, consumed = self._import_batch(sources, start, record)
            start += consumed
            yield start, total, outcomes

    def _import_batch(self, sources: Sequence[MailSource], start: int,
                      record: Recorder | None = None) -> tuple[list[ImportOutcome], int]:
        outcomes: list[ImportOutcome] = []
        written: list[str] = []
        began = time.monotonic()
        end = start
        try:
            with self.ctx.db.transaction() as s:
                while end < len(sources) and len(outcomes) < BATCH_MESSAGES and (
                        not outcomes or time.monotonic() - began < BATCH_SECONDS):
                    end += 1  # before the import: a message that raises belongs to this batch
                    outcomes.append(self._import_in(s, sources[end - 1], written))
                    if record is not None:
                        record(s, sources[end - 1], outcomes[-1])
                self.ctx.folder.blobs.make_durable(written)  # before the commit that refers to them
        except Exception:  # noqa: BLE001  (a message failed while storing: redo the batch one by one)
            for blob_id in written:
                self.ctx.folder.blobs.delete(blob_id)
            return [self.import_source(source, record) for source in sources[start:end]], end - start
        except BaseException:
            for blob_id in written:
                self.ctx.folder.blobs.delete(blob_id)
            raise
        return outcomes, end - start

    def _import_in(self, s: Session, source: MailSource, written: list[str]) -> ImportOutcome:
        """One message of a batch: a bad message is a failed outcome; a storage error propagates."""
        loaded = self._load_source(source)
        if isinstance(loaded, ImportOutcome):
            return loaded
        data, file_time, label = loaded
        prepared = self._prepare_or_fail(data, source.name, file_time, source.time_source)
        if isinstance(prepared, ImportOutcome):
            return prepared
        return self._store_message(s, prepared, data, label, written, durable=False)

    @staticmethod
    def _load_source(source: MailSource) -> ImportOutcome | tuple[bytes, datetime | None, str]:
        if source.error:
            return ImportOutcome(source.name, "failed", error=source.error)
        label = source.label or (source.path.name if source.index is None else
                                 f"{source.path.stem}-{source.index}.eml")
        if source.data is not None:
            return source.data, source.file_time, label
        try:
            stat = source.path.stat()
            if stat.st_size > _mail().MAX_MESSAGE_SIZE:
                return ImportOutcome(source.name, "failed", error=Message(
                    "mail.too-large", size=round(stat.st_size / 1_048_576, 1),
                    limit=_mail().MAX_MESSAGE_SIZE // 1_048_576))
            data = source.path.read_bytes()
        except OSError as exc:
            return ImportOutcome(source.name, "failed", error=Message("mail.path-unreadable", reason=exc.strerror))
        return data, datetime.fromtimestamp(stat.st_mtime, UTC), label

    @requires("intake.import")
    def import_source(self, source: MailSource, record: Recorder | None = None) -> ImportOutcome:
        """One message in its own transaction."""
        loaded = self._load_source(source)
        if isinstance(loaded, ImportOutcome):
            if record is not None:
                record(None, source, loaded)
            return loaded
        data, file_time, label = loaded
        return self.import_message(data, source.name, file_time=file_time, label=label,
                                   time_source=source.time_source,
                                   record=(lambda s, o: record(s, source, o)) if record is not None else None)

    @requires("intake.import")
    def import_message(self, data: bytes, name: str, *, file_time: datetime | None = None, label: str = "",
                       time_source: str = "file",
                       record: Callable[[Session | None, ImportOutcome], None] | None = None) -> ImportOutcome:
        """Import one message's bytes; never raises for a bad message (the outcome says why it failed)."""
        prepared = self._prepare_or_fail(data, name, file_time, time_source)
        if isinstance(prepared, ImportOutcome):
            if record is not None:
                record(None, prepared)
            return prepared
        written: list[str] = []
        try:
            with self.ctx.db.transaction() as s:
                outcome = self._store_message(s, prepared, data, label or Path(name).name, written, durable=True)
                if record is not None:
                    record(s, outcome)
                return outcome
        except BaseException as exc:
            for blob_id in written:
                self.ctx.folder.blobs.delete(blob_id)
            if not isinstance(exc, Exception):
                raise
            failure = self._failure(name, exc)
        if record is not None:
            record(None, failure)
        return failure

    def _prepare_or_fail(self, data: bytes, name: str, file_time: datetime | None,
                         time_source: str = "file") -> _Prepared | ImportOutcome:
        try:
            return self._prepare(data, name, file_time, time_source)
        except Exception as exc:  # noqa: BLE001  (a bad message is a failed outcome, never a stopped batch)
            return self._failure(name, exc)

    @staticmethod
    def _failure(name: str, exc: Exception) -> ImportOutcome:

        if isinstance(exc, ServiceError):  # a bad message, a refused value, a vault refusal
            return ImportOutcome(name, "failed", error=exc.message)
        if isinstance(exc, OSError):
            problem = exc.strerror or type(exc).__name__
            return ImportOutcome(name, "failed", error=Message("mail.vault-failed", reason=problem))
        log.warning("import of a message failed unexpectedly: %s", type(exc).__name__)
        return ImportOutcome(name, "failed", error=Message("mail.unexpected", reason=type(exc).__name__))

    def _prepare(self, data: bytes, name: str, file_time: datetime | None, time_source: str = "file") -> _Prepared:
        """Everything that needs no database: parse, suggest, check the request and the attachments."""

        parsed = _mail().parse_message(data, Path(name).name, now=self.ctx.now(), file_time=file_time,
                                       file_source=time_source)
        suggestions = _suggest().suggest_rights(parsed.text)
        rights = tuple(s.right for s in suggestions) or (Right.OTHER,)
        language = _suggest().detect_language(parsed.text)
        outcome = ImportOutcome(
            name, "created", requester_name=parsed.requester_name[:200], requester_email=parsed.requester_email,
            received_at=parsed.received_at, received_source=parsed.received_source, rights=rights,
            language=language, notes=list(parsed.notes), name_to_check=parsed.name_from_address,
        )
        verbatim = False
        try:
            checked_email(parsed.requester_email)
        except InputError:  # kept as the message gives it, flagged: the DPO checks it before answering
            verbatim = True
            code = ("mail-note.address-reserved" if _mail().reserved_domain(parsed.requester_email)
                    else "mail-note.address-invalid")
            outcome.notes.append(Message(code, address=parsed.requester_email[:200]))
        if not suggestions:
            outcome.notes.append(Message("mail-note.no-right"))
        new = self.requests.check_new(NewRequest(
            rights=rights, channel=Channel.EMAIL, received_on=parsed.received_at.date(),
            received_at=parsed.received_at, requester_name=outcome.requester_name,
            requester_email=parsed.requester_email[:320], language=language, email_verbatim=verbatim,
        ))
        outcome.requester_email = new.requester_email
        scans, outcome.left_out = self._sort_attachments(parsed.attachments)
        return _Prepared(parsed, new, outcome, scans, message_id_hash(parsed.message_id),
                         content_hash(parsed.content_key()))

    def _store_message(self, s: Session, p: _Prepared, data: bytes, label: str, written: list[str], *,
                       durable: bool) -> ImportOutcome:
        """The request (or follow-up), the documents and the journal entries, in the caller's transaction."""
        outcome, parsed, rights = p.outcome, p.parsed, p.new.rights
        earlier = self._already_imported(s, p.by_id, p.by_content)
        if earlier is not None:
            outcome.status, outcome.reference, outcome.request_id = "duplicate", earlier.reference, earlier.id
            outcome.left_out, outcome.notes = [], []
            return outcome
        req = self._open_request_of(s, p.new.requester_email)
        if req is not None:
            outcome.status = "follow-up"
            self.ctx.timeline(s, req, "follow-up-received", self.ctx.today(),
                           received_at=parsed.received_at.isoformat(), attachments=len(p.scans))
        else:
            req = self.requests.insert(s, p.new, self.organisation.region)
            self.ctx.timeline(s, req, "e-mail-imported", p.new.received_on, source=parsed.received_source,
                           attachments=len(p.scans), rights_suggested=[r.value for r in rights])
        outcome.reference, outcome.request_id = req.reference, req.id
        email_doc = self.documents.store(s, req, data, DocumentKind.EMAIL, parsed.raw_mime,
                                         label or "message.eml", written, durable=durable)
        outcome.document_id = email_doc.id
        for attachment, mime in p.scans:
            doc = self.documents.store(s, req, attachment.data, DocumentKind.ATTACHMENT, mime,
                                       attachment.filename, written, durable=durable)
            outcome.kept.append(KeptAttachment(doc.id, attachment.filename, mime, len(attachment.data)))
        s.add(IntakeMessage(
            request_id=req.id, document_id=email_doc.id, message_id_hash=p.by_id, content_hash=p.by_content,
            outcome=outcome.status, imported_at=self.ctx.now(), received_at=parsed.received_at,
            received_source=parsed.received_source,
            suggested_rights=",".join(r.value for r in rights), name_from_address=parsed.name_from_address,
            attachment_ids=",".join(str(k.document_id) for k in outcome.kept)[:400],
            warnings=warnings_json(outcome.notes),
        ))
        self.ctx.journal(s, "intake.import", "request", req.reference, outcome=outcome.status,
                      document=email_doc.id, attachments=len(p.scans), left_out=len(outcome.left_out),
                      received_from=parsed.received_source, rights=[r.value for r in rights])
        return outcome

    @staticmethod
    def _sort_attachments(attachments: Sequence[mail.Attachment]) -> tuple[list, list[LeftAttachment]]:
        """The attachments the vault accepts (checked scans and PDFs), and the others with the reason."""
        kept, left = [], []
        for attachment in attachments:
            try:
                mime = filetypes.check_scan(attachment.data, attachment.filename)
            except UnsupportedFile as exc:
                reason = str(exc)
                if exc.reason == "unknown_type":
                    reason = ("not a JPEG, PNG, TIFF or PDF file: the vault keeps only these as documents; "
                              "it stays inside the stored message.")
                left.append(LeftAttachment(attachment.filename, reason))
                continue
            kept.append((attachment, mime))
        return kept, left

    @staticmethod
    def _already_imported(s: Session, by_id: str | None, by_content: str) -> Request | None:
        conditions = [IntakeMessage.content_hash == by_content]
        if by_id:
            conditions.append(IntakeMessage.message_id_hash == by_id)
        row = s.execute(select(IntakeMessage).where(or_(*conditions)).order_by(IntakeMessage.id).limit(1)
                        ).scalar_one_or_none()
        return s.get(Request, row.request_id) if row is not None else None

    @staticmethod
    def _open_request_of(s: Session, email: str) -> Request | None:
        """The sender's most recent open request (a follow-up is attached to it), if any."""
        key = fold(email)
        if not key:
            return None
        return s.execute(select(Request).where(
            Request.email_key == key, Request.state.in_([State.OPEN.value, State.AWAITING_IDENTITY.value]))
            .order_by(Request.received_on.desc(), Request.id.desc()).limit(1)).scalar_one_or_none()

    @requires("document.open", "request")
    def incoming_message(self, key: int | str) -> IncomingMessage | None:
        """The e-mail a request was created from, decrypted in memory (journaled as a view), or None."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            row = s.execute(select(IntakeMessage).where(
                IntakeMessage.request_id == req.id, IntakeMessage.outcome == "created",
                IntakeMessage.document_id.is_not(None)).order_by(IntakeMessage.id).limit(1)).scalar_one_or_none()
            if row is None:
                return None
            doc = s.get(Document, row.document_id)
            if doc is None or doc.destroyed_at is not None:
                return None
            request_id, document_id, label = req.id, doc.id, doc.label
            confirmed, to_check, source = row.rights_confirmed_at is not None, row.name_from_address, \
                row.received_source
            suggested = tuple(Right(c) for c in row.suggested_rights.split(",") if c)
            stored_notes = warnings_from_json(row.warnings)
        data = self.documents.read(document_id)  # journaled as a view; DocumentDamaged if altered
        parsed = _mail().parse_message(data, label or "message", now=self.ctx.now())
        return IncomingMessage(
            request_id=request_id, document_id=document_id, subject=parsed.subject, body=parsed.body,
            from_email=parsed.from_email, received_source=source,
            suggestions=tuple(_suggest().suggest_rights(parsed.text)),
            suggested_rights=suggested, rights_confirmed=confirmed, name_to_check=to_check,
            notes=tuple(stored_notes or [n for n in parsed.notes if not n.code.startswith("mail-note.date-")]),
        )

    @requires("document.change", "document")
    def separate_follow_up(self, document_id: int) -> str:
        """Make a message imported as a follow-up a request of its own; returns the new reference.

        A follow-up is only a proposal: the same sender may be asking for something
        else. The message and its attachments move to the new request, with its
        received time, suggested rights and language.
        """

        with self.ctx.db.reading() as s:
            row = s.execute(select(IntakeMessage).where(IntakeMessage.document_id == document_id)
                            ).scalar_one_or_none()
            if row is None:
                raise NotFound("intake.not-imported", document=document_id)
            if row.outcome != "follow-up":
                raise InputError("document", "intake.already-separate")
        label = self.documents.get(document_id).label
        data = self.documents.read(document_id)  # journaled as a view
        prepared = self._prepare(data, label or "message.eml", None)
        with self.ctx.db.transaction() as s:
            row = s.execute(select(IntakeMessage).where(IntakeMessage.document_id == document_id)
                            .with_for_update()).scalar_one()
            if row.outcome != "follow-up":
                raise InputError("document", "intake.already-separate")
            old = load_request(s, row.request_id)
            new_request = prepared.new
            # the time found at the import (a file's time is not in the stored message)
            new_request.received_at = row.received_at
            new_request.received_on = row.received_at.astimezone(PARIS).date()
            req = self.requests.insert(s, new_request, self.organisation.region)
            moved = [document_id] + [int(i) for i in row.attachment_ids.split(",") if i]
            for doc in s.execute(select(Document).where(Document.id.in_(moved))).scalars():
                doc.request_id = req.id
            row.request_id, row.outcome = req.id, "created"
            row.suggested_rights = ",".join(r.value for r in new_request.rights)
            self.ctx.timeline(s, req, "e-mail-imported", new_request.received_on, source=row.received_source,
                           attachments=len(moved) - 1, rights_suggested=[r.value for r in new_request.rights],
                           separated_from=old.reference)
            self.ctx.timeline(s, old, "follow-up-separated", self.ctx.today(), reference=req.reference)
            self.ctx.journal(s, "intake.separate", "request", req.reference, document=document_id,
                          previous=old.reference, documents=len(moved))
            return req.reference

    @requires("request.create")
    def register_postal(self, new: NewRequest, scans: Sequence[Scan] = ()) -> str:
        """A request received by post, with the scans of the letter, the envelope, an ID copy: one step.

        Every scan is checked before anything is stored; a refused scan raises
        UnsupportedFile and nothing is created.
        """

        new = self.requests.check_new(new)
        if new.channel is not Channel.POST:
            raise InputError("channel", "request.postal-not-post")
        checked = [(scan, filetypes.check_scan(scan.data, scan.label or None)) for scan in scans]
        for scan, _mime in checked:
            if scan.kind not in (DocumentKind.LETTER, DocumentKind.ID_COPY, DocumentKind.ATTACHMENT):
                raise InputError("scans", "request.scan-kind", kind=repr(scan.kind.value))
        region = self.organisation.region
        written: list[str] = []
        try:
            with self.ctx.db.transaction() as s:
                req = self.requests.insert(s, new, region)
                for scan, mime in checked:
                    self.documents.store(s, req, scan.data, scan.kind, mime, scan.label, written)
                reference = req.reference
        except BaseException:
            for blob_id in written:
                self.ctx.folder.blobs.delete(blob_id)
            raise
        return reference

