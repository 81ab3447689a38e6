"""Letters answering a request: choose, preview, save into the case file, draft the e-mail, batch.

A mixin of `Workbench` (it uses its session, journal, timeline and vault helpers).
The wording is in templates (`letters.engine`); here the request and the profile
become the letter's data, and the PDF (with any portability files) is encrypted
into the vault as a `DocumentKind.REPLY` document, in one transaction with its
timeline event ("letter-saved") and its journal entry.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_workbench.core import address as postal
from dpo_workbench.core.lifecycle import Case, State
from dpo_workbench.core.profile import pick
from dpo_workbench.core.rights import Channel, DocumentKind, Outcome, Right
from dpo_workbench.errors import InputError, LetterIncomplete, Message, NotFound, ServiceError
from dpo_workbench.letters import markup
from dpo_workbench.letters.model import ANSWER_KINDS, SINGLE_RIGHT_ANSWERS, LetterField, LetterKind, RenderedLetter
from dpo_workbench.services.common import case_of, load_request, refuse_if_anonymised
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentInfo, DocumentService, document_info
from dpo_workbench.services.links import linked_activities
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.policy import requires
from dpo_workbench.store.models import Document, Event, Request

if TYPE_CHECKING:
    from dpo_workbench.letters import engine

PDF = "application/pdf"


def _engine():
    """The letters engine (Jinja2, reportlab, babel): imported with the first letter, not at start-up."""
    from dpo_workbench.letters import engine

    return engine


EVENT = "letter-saved"

# the letters that answer each right, the most likely first
_ANSWERS: dict[Right, tuple[LetterKind, ...]] = {
    Right.ACCESS: (LetterKind.ACCESS_REPLY, LetterKind.NO_DATA),
    Right.RECTIFICATION: (LetterKind.RECTIFICATION_DONE,),
    Right.ERASURE: (LetterKind.ERASURE_DONE, LetterKind.ERASURE_REFUSED),
    Right.RESTRICTION: (LetterKind.RESTRICTION_ANSWER,),
    Right.PORTABILITY: (LetterKind.PORTABILITY_REPLY,),
    Right.OBJECTION: (LetterKind.OBJECTION_ANSWER,),
    Right.AUTOMATED_DECISION: (LetterKind.OBJECTION_ANSWER,),
    Right.POST_MORTEM: (LetterKind.POST_MORTEM_REGISTERED,),
    Right.CONSENT_WITHDRAWAL: (LetterKind.OBJECTION_ANSWER, LetterKind.ERASURE_DONE),
    Right.OTHER: (),
}


@dataclass
class BatchReport:
    saved: list[tuple[str, int]] = field(default_factory=list)  # (reference, document id)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (reference, reason in plain words)
    cancelled: bool = False


def likely_kinds(rights: Sequence[Right], state: State, outcome: Outcome | None, extended: bool,
                 one_month_passed: bool) -> list[LetterKind]:
    """The letters that fit a request, most likely first (pure: tested on its own).

    A request invoking several rights is answered by one letter deciding each of them
    (COMBINED_ANSWER); the letters that decide one right only are not offered for it.
    """
    answers: list[LetterKind] = []
    for right in rights:
        answers += [k for k in _ANSWERS.get(Right(right), ()) if k not in answers]
    first: list[LetterKind] = []
    if outcome in (Outcome.REFUSED, Outcome.PARTLY):
        refused = [LetterKind.ERASURE_REFUSED] if Right.ERASURE in rights else []
        first = [*refused, LetterKind.REFUSAL]
        if outcome is Outcome.PARTLY:
            first += [k for k in answers if k not in first]
    elif outcome is Outcome.NO_DATA:
        first = [LetterKind.NO_DATA]
    elif outcome is Outcome.GRANTED:
        first = [k for k in answers if k not in (LetterKind.ERASURE_REFUSED, LetterKind.NO_DATA)]
    elif state is State.AWAITING_IDENTITY:
        first = [LetterKind.IDENTITY_REQUEST, LetterKind.REFUSAL]
    elif state is State.OPEN:
        first = [LetterKind.ACKNOWLEDGEMENT]
        if extended:
            first = [LetterKind.EXTENSION, *answers]
        elif one_month_passed:
            first = [*answers]
        else:
            first += [LetterKind.IDENTITY_REQUEST, *answers]
    if state is State.OPEN and not extended and LetterKind.EXTENSION not in first:
        first.append(LetterKind.EXTENSION)
    ordered = list(dict.fromkeys(first))
    kinds = [*ordered, *[k for k in answers if k not in ordered]]
    if len(rights) > 1:  # the first letter deciding one right gives its place to the one deciding each
        kinds = list(dict.fromkeys(LetterKind.COMBINED_ANSWER if k in SINGLE_RIGHT_ANSWERS else k for k in kinds))
    return kinds


def writable_kinds(rights: Sequence[Right]) -> list[LetterKind]:
    """Every letter a request can get: not one deciding a single right when it invokes several,
    not the answer to several rights when it invokes one."""
    if len(rights) > 1:
        return [k for k in LetterKind if k not in SINGLE_RIGHT_ANSWERS]
    return [k for k in LetterKind if k is not LetterKind.COMBINED_ANSWER]


class LetterService:
    """Choose, preview, save, export and batch the letters answering requests (see the module docstring)."""

    def __init__(self, ctx: Context, organisation: OrganisationService, documents: DocumentService) -> None:
        self.ctx = ctx
        self.organisation = organisation
        self.documents = documents

    # -- reading what a letter needs ---------------------------------------------------------

    def _letter_templates(self) -> engine.Templates:
        return _engine().templates_for(self.ctx.folder.path / "letters")

    def _letter_org(self) -> engine.OrgData:
        return self.organisation.letterhead()

    def _letter_request(self, req: Request) -> engine.RequestData:
        case = case_of(req)
        today = self.ctx.today()
        waiting = case.state is State.AWAITING_IDENTITY
        extended_case = Case(received=case.received, region=case.region, state=case.state,
                             suspended_days=case.suspended_days, suspended_since=case.suspended_since,
                             extended=True)
        return _engine().RequestData(
            reference=req.reference, requester_name=req.requester_name, channel=req.channel,
            received_on=req.received_on, rights=tuple(r for r in req.rights_text.split(",") if r),
            requester_address=req.requester_address, requester_email=req.requester_email,
            registered_number=req.registered_number, relation=req.relation, state=req.state,
            outcome=req.outcome, outcome_reason=req.outcome_reason, extension_reason=req.extension_reason,
            extended=req.extended,
            one_month_due=case.projected_due(today, months=1) if waiting else case.one_month_due,
            due_on=case.projected_due(today) if waiting else case.due,
            extended_due=extended_case.projected_due(today) if waiting else extended_case.due,
            suspended_since=req.suspended_since, language=req.language,
            late=State(req.state) in (State.OPEN, State.AWAITING_IDENTITY, State.ANSWERED)
            and today > (case.projected_due(today) if waiting else case.due),
        )

    def _letter_lang(self, req: Request, lang: str | None) -> str:

        lang = (lang or req.language or "fr").lower()
        if lang not in _engine().LANGS:
            raise InputError("lang", "letter.lang-unknown", lang=repr(lang))
        return lang

    @staticmethod
    def _letter_kind(kind: LetterKind | str) -> LetterKind:

        try:
            return LetterKind(kind)
        except ValueError:
            raise InputError("kind", "letter.kind-unknown", kind=repr(kind),
                             kinds=", ".join(k.value for k in LetterKind)) from None

    def _letter_warnings(self, kind: LetterKind, data: engine.RequestData) -> tuple[str, ...]:
        today = self.ctx.today()
        warnings: list[str] = []
        if kind is LetterKind.EXTENSION and data.one_month_due and today > data.one_month_due:
            warnings.append(Message("extension-late", on=today, due=data.one_month_due))
        if kind in ANSWER_KINDS and data.late and data.due_on is not None:
            warnings.append(Message("letter.answer-late", due=data.due_on, days=(today - data.due_on).days))
        if data.requester_address.strip():  # what the post would rather not see in the window
            warnings += [Message(code, **params) for code, params in
                         postal.warnings(data.requester_name, data.requester_address)]
        return tuple(warnings)

    def _render_letter(self, req: Request, kind: LetterKind, lang: str | None,
                       values: Mapping[str, str] | None, org: engine.OrgData) -> RenderedLetter:
        rights = [r for r in req.rights_text.split(",") if r]
        if kind in SINGLE_RIGHT_ANSWERS and len(rights) > 1:  # it would leave the other rights undecided
            raise InputError("kind", "letter.decides-one-right", reference=req.reference, kind=kind.value,
                             combined=LetterKind.COMBINED_ANSWER.value)
        session = Session.object_session(req)
        assert session is not None, "the request must belong to a session"
        refuse_if_anonymised(session, req)
        lang = self._letter_lang(req, lang)
        data = self._letter_request(req)
        # Art. 15(1)(a)-(h): the processings linked to this request, never the whole register
        org = replace(org, details=replace(org.details, activities=linked_activities(session, req.id)))
        return _engine().render(self._letter_templates(), kind, lang, self.ctx.today(), org, data,
                             values or {}, self._letter_warnings(kind, data))

    # -- the API the GUI and the command line call ---------------------------------------------

    @requires("letter.make", "request")
    def kinds(self, key: int | str) -> list[LetterKind]:
        """The letters that fit the request (its rights, state, outcome), the most likely first."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            case = case_of(req)
            rights = [Right(r) for r in req.rights_text.split(",") if r]
            outcome = Outcome(req.outcome) if req.outcome else None
            return likely_kinds(rights, State(req.state), outcome, req.extended,
                                self.ctx.today() > case.one_month_due)

    @requires("letter.make", "request")
    def other_kinds(self, key: int | str) -> list[LetterKind]:
        """The other letters this request can get (after `kinds`): never one that decides a single right of a
        request invoking several."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            rights = [Right(r) for r in req.rights_text.split(",") if r]
        likely = self.kinds(key)
        return [k for k in writable_kinds(rights) if k not in likely]

    @requires("letter.make", "request")
    def fields(self, key: int | str, kind: LetterKind | str, lang: str | None = None,
               values: Mapping[str, str] | None = None) -> list[LetterField]:
        """The free parts of a letter, prefilled from the request where the app knows them.

        For an answer to several rights, `values` holds the section chosen for each right so far.
        """
        kind = self._letter_kind(kind)
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            lang = self._letter_lang(req, lang)
            return self._letter_templates().fields(kind, lang, self._letter_request(req), values or {})

    @requires("letter.make", "request")
    def preview(self, key: int | str, kind: LetterKind | str, *, lang: str | None = None,
                       values: Mapping[str, str] | None = None) -> RenderedLetter:
        """The letter in memory (nothing stored); journaled as a view of the request's data.

        The letter dialog renders again as the DPO types: the same letter previewed again
        by the same person soon after is one viewing, journaled once (`_journal_view`).
        """
        kind = self._letter_kind(kind)
        org = self._letter_org()
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            letter = self._render_letter(req, kind, lang, values, org)
            self.ctx.journal_view(s, "letter.preview", "request", req.reference, kind=kind.value, lang=letter.lang)
        return letter

    @requires("letter.make", "request")
    def save(self, key: int | str, kind: LetterKind | str, *, lang: str | None = None,
                    values: Mapping[str, str] | None = None) -> DocumentInfo:
        """Render, refuse if a placeholder remains (LetterIncomplete), encrypt into the case file.

        The portability files are stored beside the PDF, as REPLY documents too; the
        timeline event "letter-saved" names them all.
        """
        return self._save_letter(key, self._letter_kind(kind), lang, values, self._letter_org())

    def _save_letter(self, key: int | str, kind: LetterKind, lang: str | None, values: Mapping[str, str] | None,
                     org: engine.OrgData) -> DocumentInfo:
        blob_ids: list[str] = []
        try:
            with self.ctx.db.transaction() as s:
                req = load_request(s, key)
                letter = self._render_letter(req, kind, lang, values, org)
                if letter.missing:
                    raise LetterIncomplete(letter.missing, kind)
                label = f"{req.reference}-{kind.value}-{letter.lang}.pdf"
                doc = self.documents.store(s, req, letter.pdf, DocumentKind.REPLY, PDF, label, blob_ids,
                                           announce=False)
                files = []
                for name, mime, data in letter.attachments:
                    extra = self.documents.store(s, req, data, DocumentKind.REPLY, mime, name, blob_ids,
                                                 announce=False)
                    files.append(extra.id)
                detail: dict[str, Any] = {"letter": kind.value, "lang": letter.lang, "document": doc.id,
                                          "pages": letter.pages}
                if files:
                    detail["attachments"] = files
                self.ctx.timeline(s, req, EVENT, self.ctx.today(), **detail)
                self.ctx.journal(s, "letter.save", "document", str(doc.id), request=req.reference, kind=kind.value,
                              lang=letter.lang, size=len(letter.pdf), attachments=len(files))
                s.flush()
                info = document_info(doc)
        except BaseException:
            self.documents.delete_blobs(blob_ids)
            raise
        return info

    def _letter_event(self, s, document_id: int):
        """The "letter-saved" event that names this document, or None for another document."""
        d = s.get(Document, document_id)
        if d is None:
            return None, None
        for event in s.execute(select(Event).where(Event.request_id == d.request_id, Event.kind == EVENT)
                               .order_by(Event.id)).scalars():
            detail = json.loads(event.detail)
            if detail.get("document") == document_id:
                return d, detail
        return d, None

    @requires("letter.make", "request")
    def by_email(self, key: int | str) -> bool:
        """Whether the answer goes back by e-mail: the request came by e-mail, from a known address."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            return req.channel == Channel.EMAIL.value and bool(req.requester_email)

    def _letter_documents(self, document_id: int) -> tuple[str, LetterKind, str, list[int]]:
        """(reference, kind, lang, [the PDF's id, then its portability files]) of a saved letter."""

        with self.ctx.db.reading() as s:
            d, detail = self._letter_event(s, document_id)
            if d is None:
                raise NotFound("document.not-found", document=document_id)
            if detail is None:
                raise InputError("document", "letter.not-a-letter", document=document_id)
            return (d.request.reference, LetterKind(detail["letter"]), detail.get("lang", "fr"),
                    [document_id, *detail.get("attachments", [])])

    @requires("letter.make", "document")
    def files(self, document_id: int) -> list[tuple[str, str, bytes]]:
        """A saved letter's files (name, MIME type, bytes): the PDF first, then any portability files.

        For writing them where the DPO asks (an export): journaled as such.
        """
        reference, kind, _, ids = self._letter_documents(document_id)
        files = [(self.documents.get(i).label, self.documents.get(i).mime, self.documents.read(i)) for i in ids]
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "letter.export", "document", str(document_id), request=reference, kind=kind.value,
                          files=len(files))
        return files

    @requires("letter.make", "document")
    def eml(self, document_id: int) -> bytes:
        """A ready-to-send e-mail draft (.eml) with the letter and any portability files attached.

        Only for a request received by e-mail: the answer goes back through the channel
        used (Art. 12(3)). Journaled as an export.
        """
        msg, reference, kind, files = self.email_message(document_id)
        msg["X-Unsent"] = "1"
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "letter.export-eml", "document", str(document_id), request=reference,
                          kind=kind.value, attachments=files)
        return msg.as_bytes()

    @requires("letter.make", "document")
    def email_message(self, document_id: int) -> tuple[EmailMessage, str, LetterKind, int]:
        """The e-mail that carries a saved letter: (message, reference, kind, files attached).

        What the .eml draft holds, and what the mail service sends; the caller journals
        what it does with it (decrypting the files here is part of that act).
        """
        reference, kind, lang, attachments = self._letter_documents(document_id)
        with self.ctx.db.reading() as s:
            req = load_request(s, reference)
            if req.channel != Channel.EMAIL.value:
                raise InputError("channel", "letter.not-email", reference=req.reference)
            if not req.requester_email:
                raise InputError("email", "letter.no-email", reference=req.reference)
            to_name, to_address = req.requester_name, req.requester_email
        org = self._letter_org()
        if not org.dpo_email:
            raise InputError("dpo_email", "letter.no-dpo-email")
        files = [(self.documents.get(i).label, self.documents.get(i).mime, self.documents.read(i)) for i in attachments]
        templates = self._letter_templates()
        signature = pick(org.details.signature, lang)
        text = templates.env.get_template(f"email.{lang}.txt").render(
            kind=kind.value, lang=lang, reference=reference, name=to_name, files=[f[0] for f in files],
            org={"name": org.name, "dpo_name": org.dpo_name, "dpo_email": org.dpo_email, "signature": signature})
        text = markup.to_plain(text, templates.placeholder_format(lang))
        subject, _, body = text.strip().partition("\n")
        msg = EmailMessage()
        msg["From"] = Address(display_name=org.dpo_name or org.name, addr_spec=org.dpo_email)
        msg["To"] = Address(display_name=to_name, addr_spec=to_address)
        msg["Subject"] = subject.removeprefix("Subject:").strip()
        msg["Date"] = format_datetime(self.ctx.now())
        msg["Message-ID"] = make_msgid(domain=org.dpo_email.rpartition("@")[2] or None)
        msg.set_content(body.strip() + "\n")
        for name, mime, data in files:
            maintype, _, subtype = mime.partition("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        return msg, reference, kind, len(files)

    @requires("letter.make")
    def generate(self, keys: Sequence[int | str], kind: LetterKind | str, *,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> BatchReport:
        """The same letter for many requests, each saved in its own transaction.

        A request whose letter would still hold a placeholder is skipped, naming the
        missing parts; cancelling stops between two letters and keeps those done.
        """
        kind = self._letter_kind(kind)
        org = self._letter_org()
        report = BatchReport()
        total = len(keys)
        if progress:
            progress(0, total)
        for done, key in enumerate(keys, start=1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            try:
                info = self._save_letter(key, kind, None, None, org)
                report.saved.append((self._reference_of(info.request_id), info.id))
            except LetterIncomplete as exc:
                report.skipped.append((self._reference_of(key), "to complete: " + ", ".join(exc.missing)))
            except ServiceError as exc:
                report.skipped.append((str(key), str(exc.message)))
            if progress:
                progress(done, total)
        return report

    def _reference_of(self, key: int | str) -> str:
        with self.ctx.db.reading() as s:
            return load_request(s, key).reference
