"""Internal data requests: asking the departments that own a request's processings to extract, erase, rectify,
restrict or stop, and following their answers.

One task per department asked: the linked processings it owns, what it is asked to do (from the rights), the
contact it was sent to (kept as it then was) and a due date before the request's own — `task_lead_days` before
it, never after it, recomputed when the request's deadline moves unless the DPO chose it. The e-mail to the
contact is written from the templates `internal-request.<lang>.txt` (a reminder from the same one): an .eml
draft (an export, 0600) or, with a mail account that can send, sent by SMTP and kept encrypted as sent. The
answer is recorded with its files, encrypted through the documents service (kind "internal-answer"). Every act
is one transaction with its timeline event and its journal entry (the department and the counts, never a name,
an address or the DPO's words).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_workbench.core import casework
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.profile import pick
from dpo_workbench.core.rights import DocumentKind, Right
from dpo_workbench.errors import InputError, NotFound, TransitionError
from dpo_workbench.services.common import case_of, load_request, rights_of
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import DocumentInfo, DocumentService, document_info
from dpo_workbench.services.links import linked_records
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.policy import requires
from dpo_workbench.store.casework_models import DataTask, DataTaskFile, RequestProcessing
from dpo_workbench.store.models import Document, Request
from dpo_workbench.store.register_models import Department, Processing
from dpo_workbench.vault.filetypes import MAX_SIZE

if TYPE_CHECKING:
    from dpo_workbench.services.mail import AccountInfo, MailService

LANGS = ("fr", "en")
MIME_LIMIT = 40  # document.mime


# -- plain data handed to the GUI and the CLI -----------------------------------------------------


@dataclass(frozen=True)
class TaskProposal:
    """A department the request's linked processings belong to: who would be asked, what, by when."""

    department_id: int
    department: str
    contact_name: str
    contact_email: str
    processings: tuple[tuple[str, str], ...]  # (reference, name)
    kinds: tuple[str, ...]
    due_on: date
    open_task: int | None  # a task already awaits this department's answer


@dataclass(frozen=True)
class NewTask:
    department_id: int
    kinds: Sequence[str]
    details: str = ""
    due_on: date | None = None  # None: computed from the request's due date
    lang: str = "fr"


@dataclass(frozen=True)
class TaskInfo:
    id: int
    request_id: int
    reference: str
    department: str
    department_id: int | None
    contact_name: str
    contact_email: str
    processings: tuple[str, ...]
    kinds: tuple[str, ...]
    details: str
    lang: str
    asked_on: date
    due_on: date
    due_set: bool
    state: str
    sent_at: datetime | None
    reminders: int
    reminded_on: date | None
    answered_on: date | None
    outcome: str | None
    answer_note: str
    cancel_reason: str
    request_due: date
    files: tuple[DocumentInfo, ...] = ()

    def overdue(self, today: date) -> bool:
        return casework.task_is_overdue(self.state, self.due_on, today)

    @property
    def awaited(self) -> bool:
        return self.state == "open"


@dataclass(frozen=True)
class TaskRow:
    """A task as the `tasks` list and the main window's side list show it (no personal data)."""

    id: int
    request_id: int
    reference: str
    department: str
    kinds: tuple[str, ...]
    asked_on: date
    due_on: date
    days_late: int  # > 0 when overdue
    reminders: int
    request_due: date

    def as_dict(self) -> dict[str, Any]:
        return {"task": self.id, "reference": self.reference, "department": self.department,
                "asked": list(self.kinds), "asked_on": self.asked_on.isoformat(), "due_on": self.due_on.isoformat(),
                "days_late": self.days_late, "reminders": self.reminders, "request_due": self.request_due.isoformat()}


@dataclass(frozen=True)
class SentTask:
    task_id: int
    account: str
    recipient: str
    message_document: int


@dataclass
class AnswerFile:
    name: str
    data: bytes = field(repr=False)


def _info(t: DataTask, reference: str, request_due: date, files: tuple[DocumentInfo, ...] = ()) -> TaskInfo:
    return TaskInfo(t.id, t.request_id, reference, t.department, t.department_id, t.contact_name, t.contact_email,
                    _codes(t.processings), _codes(t.kinds), t.details, t.lang, t.asked_on, t.due_on, t.due_set,
                    t.state, t.sent_at, t.reminders, t.reminded_on, t.answered_on, t.outcome, t.answer_note,
                    t.cancel_reason, request_due, files)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(code for code in text.split(",") if code)


def _mime(name: str) -> str:
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return mime if len(mime) <= MIME_LIMIT else "application/octet-stream"


class TaskService:
    """Ask the departments, remind them, record their answers (see the module docstring)."""

    def __init__(self, ctx: Context, documents: DocumentService, organisation: OrganisationService,
                 mail: MailService | None = None) -> None:
        self.ctx = ctx
        self.documents = documents
        self.organisation = organisation
        self.mail = mail

    # -- what to ask --------------------------------------------------------------------------------

    def _lead_days(self) -> int:
        return int(self.ctx.settings()["task_lead_days"])

    def computed_due(self, request_due: date, asked_on: date, region: str) -> date:
        return casework.task_due(request_due, asked_on, self._lead_days(), region)

    @requires("request.view")
    def proposals(self, key: int | str) -> list[TaskProposal]:
        """One proposal per department owning a linked processing (a viewing of the departments' contacts)."""
        today = self.ctx.today()
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            due = case_of(req).projected_due(today) if req.state == State.AWAITING_IDENTITY.value else req.due_on
            records = {r.reference: r for r in linked_records(s, req.id)}
            rows = s.execute(select(Processing.reference, Processing.department_id).join(
                RequestProcessing, RequestProcessing.processing_id == Processing.id).where(
                RequestProcessing.request_id == req.id)).all()
            departments: dict[int, list[str]] = {}
            for reference, department_id in rows:
                if department_id is not None:
                    departments.setdefault(department_id, []).append(reference)
            open_tasks = dict(s.execute(select(DataTask.department_id, DataTask.id).where(
                DataTask.request_id == req.id, DataTask.state == "open")).all())
            kinds = casework.asked_for(rights_of(req.rights_text))
            out = []
            for department_id, references in departments.items():
                d = s.get(Department, department_id)
                assert d is not None
                references.sort(key=lambda r: list(records).index(r))
                out.append(TaskProposal(d.id, d.name, d.contact_name, d.contact_email,
                                        tuple((r, records[r].title("fr")) for r in references), kinds,
                                        self.computed_due(due, today, req.region), open_tasks.get(d.id)))
            if out:
                self.ctx.journal_view(s, "department.view", "department", "*", count=len(out), request=req.reference)
        return sorted(out, key=lambda p: p.processings[0][0] if p.processings else "")

    @requires("request.view")
    def unowned(self, key: int | str) -> list[str]:
        """The linked processings with no owner department: nobody to ask about them."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            return sorted(s.execute(select(Processing.reference).join(
                RequestProcessing, RequestProcessing.processing_id == Processing.id).where(
                RequestProcessing.request_id == req.id, Processing.department_id.is_(None))).scalars())

    # -- asking -------------------------------------------------------------------------------------

    @staticmethod
    def _check_kinds(kinds: Sequence[str]) -> list[str]:
        if not kinds:
            raise InputError("kinds", "task.kinds-missing")
        for kind in kinds:
            if kind not in casework.TASK_KINDS:
                raise InputError("kinds", "task.kind-unknown", kind=kind, kinds=", ".join(casework.TASK_KINDS))
        return [k for k in casework.TASK_KINDS if k in kinds]

    @requires("request.change", "request")
    def ask(self, key: int | str, tasks: Sequence[NewTask]) -> list[int]:
        """Ask departments in one transaction (bad input for any: nothing is asked); returns the tasks' ids."""
        today = self.ctx.today()
        proposals = {p.department_id: p for p in self.proposals(key)}
        with self.ctx.db.transaction() as s:
            req = load_request(s, key)
            if not State(req.state).is_open:
                raise TransitionError("task.request-finished", reference=req.reference, state=req.state)
            if not proposals:
                unowned = self.unowned(req.id)
                if unowned:
                    raise InputError("department", "task.no-department", reference=unowned[0])
                raise InputError("processings", "task.no-links", reference=req.reference)
            request_due = (case_of(req).projected_due(today) if req.state == State.AWAITING_IDENTITY.value
                           else req.due_on)
            ids = []
            for new in tasks:
                proposal = proposals.get(new.department_id)
                if proposal is None:
                    d = s.get(Department, new.department_id)
                    raise InputError("department", "task.department-unknown", reference=req.reference,
                                     department=d.name if d else str(new.department_id))
                if proposal.open_task is not None:
                    raise InputError("department", "task.already-asked", department=proposal.department,
                                     reference=req.reference)
                kinds = self._check_kinds(new.kinds)
                if new.lang not in LANGS:
                    raise InputError("lang", "task.lang-unknown", lang=new.lang)
                due = new.due_on or proposal.due_on
                self._check_due(due, today, request_due)
                now = self.ctx.now()
                task = DataTask(request_id=req.id, department_id=proposal.department_id,
                                department=proposal.department, contact_name=proposal.contact_name,
                                contact_email=proposal.contact_email,
                                processings=",".join(r for r, _ in proposal.processings), kinds=",".join(kinds),
                                details=new.details.strip(), lang=new.lang, asked_on=today, due_on=due,
                                due_set=new.due_on is not None and new.due_on != proposal.due_on, state="open",
                                reminders=0, answer_note="", cancel_reason="", created_at=now,
                                created_by=self.ctx.actor, updated_at=now)
                s.add(task)
                s.flush()
                self.ctx.timeline(s, req, "task-asked", today, task=task.id, department=task.department,
                                  kinds=kinds, processings=list(_codes(task.processings)), due=due.isoformat())
                self.ctx.journal(s, "task.create", "task", str(task.id), request=req.reference,
                                 department=task.department, kinds=kinds, due=due.isoformat())
                ids.append(task.id)
        return ids

    @staticmethod
    def _check_due(due: date, today: date, request_due: date) -> None:
        if due < today:
            raise InputError("due_on", "task.due-before-asked", due=due, asked=today)
        if due > request_due and due > today:
            raise InputError("due_on", "task.due-after-request", due=due, request_due=request_due)

    @requires("request.change")
    def set_due(self, task_id: int, due: date | None) -> TaskInfo:
        """Give a department another due date (None: the computed one again); never after the request's."""
        with self.ctx.db.transaction() as s:
            task, req = self._load(s, task_id)
            self._require_open(task)
            request_due = self._request_due(req)
            computed = self.computed_due(request_due, task.asked_on, req.region)
            wanted = due or computed
            if wanted != task.due_on:
                self._check_due(wanted, min(task.asked_on, self.ctx.today()), request_due)
            before = task.due_on
            task.due_on, task.due_set, task.updated_at = wanted, wanted != computed, self.ctx.now()
            if before != wanted:
                self.ctx.timeline(s, req, "task-due-changed", self.ctx.today(), task=task.id,
                                  department=task.department, due=wanted.isoformat(), due_before=before.isoformat())
                self.ctx.journal(s, "task.due", "task", str(task.id), request=req.reference, due=wanted.isoformat())
            return _info(task, req.reference, request_due)

    # -- following the request's deadline ------------------------------------------------------------

    def follow_request(self, s: Session, request_id: int, step: str, request_due: date) -> None:
        """The request moved (a step, a corrected date of receipt, a suspended deadline's daily move): its open
        tasks' due dates follow (a date the DPO chose stays, if still before the request's); a withdrawn request
        needs no answer any more (its tasks are cancelled, said in the timeline)."""
        tasks = s.execute(select(DataTask).where(DataTask.request_id == request_id, DataTask.state == "open")
                          ).scalars().all()
        if not tasks:
            return
        req = s.get(Request, request_id)
        assert req is not None
        if step == "withdrawn":
            for task in tasks:
                task.state, task.cancel_reason, task.updated_at = "cancelled", "", self.ctx.now()
                self.ctx.timeline(s, req, "task-cancelled", self.ctx.today(), task=task.id,
                                  department=task.department, because="withdrawn")
                self.ctx.journal(s, "task.cancel", "task", str(task.id), request=req.reference, because="withdrawn")
            return
        for task in tasks:
            due = (min(task.due_on, request_due) if task.due_set
                   else self.computed_due(request_due, task.asked_on, req.region))
            if due != task.due_on:
                task.due_on, task.updated_at = due, self.ctx.now()

    def open_tasks(self, s: Session, request_id: int) -> list[str]:
        """The departments whose answers a request still awaits (for the answer's check)."""
        return list(s.execute(select(DataTask.department).where(
            DataTask.request_id == request_id, DataTask.state == "open").order_by(DataTask.id)).scalars())

    # -- reading ------------------------------------------------------------------------------------

    def _load(self, s: Session, task_id: int) -> tuple[DataTask, Request]:
        task = s.get(DataTask, task_id)
        if task is None:
            raise NotFound("task.not-found", key=str(task_id))
        req = s.get(Request, task.request_id)
        assert req is not None
        return task, req

    def _request_due(self, req: Request) -> date:
        if req.state == State.AWAITING_IDENTITY.value:
            return case_of(req).projected_due(self.ctx.today())
        return req.due_on

    @staticmethod
    def _require_open(task: DataTask) -> None:
        if task.state != "open":
            raise TransitionError("task.not-open", state=task.state)

    def _files(self, s: Session, task_ids: Sequence[int]) -> dict[int, tuple[DocumentInfo, ...]]:
        if not task_ids:
            return {}
        out: dict[int, list[DocumentInfo]] = {}
        for task_id, doc in s.execute(select(DataTaskFile.task_id, Document).join(
                Document, Document.id == DataTaskFile.document_id).where(DataTaskFile.task_id.in_(list(task_ids)))
                .order_by(Document.id)).all():
            out.setdefault(task_id, []).append(document_info(doc))
        return {k: tuple(v) for k, v in out.items()}

    @requires("request.view")
    def of_request(self, key: int | str) -> list[TaskInfo]:
        """A request's internal data requests, the oldest first (shown in its panel, as the request is)."""
        with self.ctx.db.reading() as s:
            req = load_request(s, key)
            tasks = s.execute(select(DataTask).where(DataTask.request_id == req.id).order_by(DataTask.id)
                              ).scalars().all()
            files = self._files(s, [t.id for t in tasks])
            due = self._request_due(req)
            return [_info(t, req.reference, due, files.get(t.id, ())) for t in tasks]

    @requires("request.view")
    def get(self, task_id: int) -> TaskInfo:
        with self.ctx.db.reading() as s:
            task, req = self._load(s, task_id)
            return _info(task, req.reference, self._request_due(req), self._files(s, [task.id]).get(task.id, ()))

    @requires("request.view")
    def listing(self, *, overdue: bool = False, limit: int | None = None) -> tuple[list[TaskRow], int]:
        """The open tasks (or only the overdue ones), the most overdue first, through the (state, due) index;
        with the whole count. Nothing personal: references, departments, dates."""
        today = self.ctx.today()
        where = [DataTask.state == "open"]
        if overdue:
            where.append(DataTask.due_on < today)
        with self.ctx.db.reading() as s:
            count = s.execute(select(func.count()).select_from(DataTask).where(*where)).scalar_one()
            stmt = (select(DataTask.id, DataTask.request_id, Request.reference, DataTask.department, DataTask.kinds,
                           DataTask.asked_on, DataTask.due_on, DataTask.reminders, Request.due_on.label("request_due"))
                    .join(Request, Request.id == DataTask.request_id).where(*where)
                    .order_by(DataTask.due_on, DataTask.id))
            if limit is not None:
                stmt = stmt.limit(limit)
            rows = s.execute(stmt).all()
        return [TaskRow(r.id, r.request_id, r.reference, r.department, _codes(r.kinds), r.asked_on, r.due_on,
                        max(0, (today - r.due_on).days), r.reminders, r.request_due) for r in rows], count

    # -- the e-mail to the department ----------------------------------------------------------------

    @requires("letter.make")
    def message(self, task_id: int, *, reminder: bool = False) -> EmailMessage:
        """The e-mail asking the department (or reminding it): to its contact, from the DPO's address."""
        from dpo_workbench.letters import engine, markup

        org = self.organisation.letterhead()
        if not org.dpo_email:
            raise InputError("dpo_email", "letter.no-dpo-email")
        with self.ctx.db.reading() as s:
            task, req = self._load(s, task_id)
            if not task.contact_email:
                raise InputError("contact_email", "task.no-contact-email", department=task.department)
            records = {r.reference: r for r in linked_records(s, req.id)}
            lang = task.lang
            names = {}
            for reference in _codes(task.processings):
                found = s.execute(select(Processing.record, Processing.name).where(
                    Processing.reference == reference)).first()
                names[reference] = (records[reference].title(lang) if reference in records
                                    else found.name if found else reference)
            context = {
                "lang": lang, "reminder": reminder, "reference": req.reference, "received_on": req.received_on,
                "rights": [r.value for r in rights_of(req.rights_text)], "kinds": list(_codes(task.kinds)),
                "processings": [{"reference": r, "name": names[r]} for r in _codes(task.processings)],
                "person": {"name": req.requester_name, "email": req.requester_email,
                           "phone": req.requester_phone, "address_lines": [line.strip() for line in
                                                                           req.requester_address.splitlines()
                                                                           if line.strip()]},
                "details": task.details, "asked_on": task.asked_on, "due": task.due_on,
                "request_due": self._request_due(req), "contact_name": task.contact_name,
                "request_late": self._request_due(req) < self.ctx.today(),
                "department": task.department,
                "org": {"name": org.name, "dpo_name": org.dpo_name, "dpo_email": org.dpo_email,
                        "dpo_phone": org.dpo_phone, "signature": pick(org.details.signature, lang)},
            }
            to_name, to_address, department = task.contact_name, task.contact_email, task.department
        templates = engine.templates_for(self.ctx.folder.path / "letters")
        text = templates.env.get_template(f"internal-request.{lang}.txt").render(context)
        text = markup.to_plain(text, templates.placeholder_format(lang))
        subject, _, body = text.strip().partition("\n")
        msg = EmailMessage()
        msg["From"] = Address(display_name=org.dpo_name or org.name, addr_spec=org.dpo_email)
        msg["To"] = Address(display_name=to_name or department, addr_spec=to_address)
        msg["Subject"] = subject.removeprefix("Subject:").strip()
        msg["Date"] = format_datetime(self.ctx.now())
        msg["Message-ID"] = make_msgid(domain=org.dpo_email.rpartition("@")[2] or None)
        msg.set_content(body.strip() + "\n")
        return msg

    @requires("letter.make")
    def eml(self, task_id: int, *, reminder: bool = False) -> bytes:
        """The e-mail as a draft (.eml) to send from the DPO's mail program; journaled as an export. A reminder
        drafted counts as a reminder (the DPO sends it)."""
        msg = self.message(task_id, reminder=reminder)
        msg["X-Unsent"] = "1"
        with self.ctx.db.transaction() as s:
            task, req = self._load(s, task_id)
            if reminder:
                self._record_reminder(s, task, req, "eml")
            self.ctx.journal(s, "task.export-eml", "task", str(task.id), request=req.reference,
                             department=task.department, reminder=reminder)
        return msg.as_bytes()

    def can_send(self) -> bool:
        return self.mail is not None and any(a.can_send for a in self.mail.accounts())

    @requires("letter.make")
    def send(self, task_id: int, *, reminder: bool = False, account: str | None = None) -> SentTask:
        """Send the e-mail (or the reminder) by SMTP with the mail service; the message as sent is kept, encrypted,
        in the request's documents. MailServerError (nothing recorded) says why it was not sent."""
        from dpo_workbench.errors import MailServerError

        if self.mail is None:
            raise InputError("account", "mail-account.none")
        msg = self.message(task_id, reminder=reminder)
        info = self.get(task_id)
        try:
            chosen: AccountInfo = self.mail.send_message(msg, info.reference, account)
        except MailServerError as exc:
            with self.ctx.db.transaction() as s:
                self.ctx.journal(s, "task.send-failed", "task", str(task_id), request=info.reference, error=exc.code)
            raise
        written: list[str] = []
        try:
            with self.ctx.db.transaction() as s:
                task, req = self._load(s, task_id)
                name = f"{req.reference}-{'reminder' if reminder else 'request'}-{task.id}.eml"
                doc = self.documents.store(s, req, msg.as_bytes(), DocumentKind.INTERNAL_REQUEST, "message/rfc822",
                                           name, written, announce=False)
                task.sent_at, task.updated_at = self.ctx.now(), self.ctx.now()
                if reminder:
                    self._record_reminder(s, task, req, "smtp", document=doc.id)
                else:
                    self.ctx.timeline(s, req, "task-sent", self.ctx.today(), task=task.id,
                                      department=task.department, document=doc.id, account=chosen.name)
                self.ctx.journal(s, "task.send", "task", str(task.id), request=req.reference,
                                 department=task.department, account=chosen.id, message=doc.id, reminder=reminder)
                s.flush()
                document_id = doc.id
        except Exception as exc:  # noqa: BLE001  (sent already: say so, never claim it was not)
            self.documents.delete_blobs(written)
            raise MailServerError("mail-send.sent-not-recorded", reason=type(exc).__name__) from None
        return SentTask(task_id, chosen.name, info.contact_email, document_id)

    def _record_reminder(self, s: Session, task: DataTask, req: Request, via: str, **detail: Any) -> None:
        self._require_open(task)
        task.reminders += 1
        task.reminded_on = self.ctx.today()
        task.updated_at = self.ctx.now()
        self.ctx.timeline(s, req, "task-reminded", self.ctx.today(), task=task.id, department=task.department,
                          via=via, reminders=task.reminders, **detail)

    # -- the answer ---------------------------------------------------------------------------------

    @requires("request.change")
    def answer(self, task_id: int, outcome: str, *, on: date | None = None, note: str = "",
               files: Sequence[AnswerFile] = ()) -> TaskInfo:
        """Record the department's answer and its files (encrypted, kind "internal-answer"), in one transaction."""
        on = on or self.ctx.today()
        if outcome not in casework.TASK_OUTCOMES:
            raise InputError("outcome", "task.outcome-unknown", outcome=outcome)
        for f in files:
            if not f.data:
                raise InputError("files", "task.file-empty", name=f.name)
            if len(f.data) > MAX_SIZE:
                raise InputError("files", "task.file-too-large", name=f.name, limit=MAX_SIZE // (1024 * 1024))
        written: list[str] = []
        try:
            with self.ctx.db.transaction() as s:
                task, req = self._load(s, task_id)
                self._require_open(task)
                if on < task.asked_on:
                    raise InputError("on", "task.answer-before-asked", on=on, asked=task.asked_on)
                if on > self.ctx.today():
                    raise InputError("on", "task.answer-future", on=on)
                stored = []
                for f in files:
                    doc = self.documents.store(s, req, f.data, DocumentKind.INTERNAL_ANSWER, _mime(f.name), f.name,
                                               written, announce=False)
                    s.add(DataTaskFile(task_id=task.id, document_id=doc.id))
                    stored.append(doc.id)
                task.state, task.outcome, task.answered_on = "answered", outcome, on
                task.answer_note, task.updated_at = note.strip(), self.ctx.now()
                self.ctx.timeline(s, req, "task-answered", on, task=task.id, department=task.department,
                                  outcome=outcome, files=stored)
                self.ctx.journal(s, "task.answer", "task", str(task.id), request=req.reference,
                                 department=task.department, outcome=outcome, files=len(stored))
                s.flush()
                info = _info(task, req.reference, self._request_due(req), self._files(s, [task.id]).get(task.id, ()))
        except BaseException:
            self.documents.delete_blobs(written)
            raise
        return info

    @requires("request.change")
    def cancel(self, task_id: int, reason: str) -> TaskInfo:
        """The department's answer is no longer needed (the DPO says why: kept in the timeline, not the journal)."""
        if not reason.strip():
            raise InputError("reason", "task.cancel-needs-reason")
        with self.ctx.db.transaction() as s:
            task, req = self._load(s, task_id)
            self._require_open(task)
            task.state, task.cancel_reason, task.updated_at = "cancelled", reason.strip(), self.ctx.now()
            self.ctx.timeline(s, req, "task-cancelled", self.ctx.today(), task=task.id, department=task.department,
                              reason=reason.strip())
            self.ctx.journal(s, "task.cancel", "task", str(task.id), request=req.reference, because="dpo")
            return _info(task, req.reference, self._request_due(req))


def kinds_for(rights: Sequence[Right]) -> tuple[str, ...]:
    """What the departments are asked for a request invoking these rights (for the dialog's first ticks)."""
    return casework.asked_for(rights)
