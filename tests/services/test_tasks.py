"""Internal data requests: the departments of the linked processings asked before the legal deadline, their e-mails
(drafts and SMTP), reminders, answers with encrypted files, and the request's answer while some are awaited."""

from __future__ import annotations

import email
import email.policy
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from dpo_workbench.core.casework import asked_for, task_due
from dpo_workbench.core.rights import Channel, DocumentKind, Outcome, Relation, Right
from dpo_workbench.errors import InputError, TransitionError
from dpo_workbench.services.requests import NewRequest, RequestChanges
from dpo_workbench.services.tasks import AnswerFile, NewTask
from dpo_workbench.store.models import AuditEntry
from tests import both_databases
from tests.letters.conftest import with_demo_register

D = date.fromisoformat
TODAY = D("2026-11-26")  # the clock fixture's day (a Thursday)

# each test runs on SQLite and on PostgreSQL (a team database)
backend, team_url, workbench = both_databases.backend, both_databases.team_url, both_databases.workbench


def log(wb, *rights: Right, received: str = "2026-11-16", relation: Relation = Relation.CUSTOMER) -> str:
    return wb.requests.register(NewRequest(
        rights=list(rights or [Right.ACCESS]), channel=Channel.EMAIL, received_on=D(received),
        requester_name="Anne Testeuse", requester_email="anne.testeuse@example.org",
        requester_address="1 rue de la Paix\n75002 Paris", relation=relation))


@pytest.fixture
def wb(workbench):
    with_demo_register(workbench)
    return workbench


def departments(wb, reference: str) -> dict[str, int]:
    return {p.department: p.department_id for p in wb.tasks.proposals(reference)}


# -- the rules ------------------------------------------------------------------------------------------


def test_the_rights_say_what_a_department_is_asked():
    assert asked_for([Right.ACCESS, Right.PORTABILITY]) == ("extraction",)
    assert asked_for([Right.OBJECTION, Right.ERASURE]) == ("erasure", "objection")
    assert asked_for([Right.POST_MORTEM]) == ()


@pytest.mark.parametrize("request_due,asked,lead,expected", [
    ("2026-12-16", "2026-11-26", 10, "2026-12-04"),  # 6 Dec is a Sunday: the Friday before
    ("2026-12-16", "2026-11-26", 0, "2026-12-16"),
    ("2026-12-01", "2026-11-26", 10, "2026-11-27"),  # asked late: half of the 5 days left (2), a working day
    ("2026-11-27", "2026-11-26", 10, "2026-11-26"),
    ("2026-11-20", "2026-11-26", 10, "2026-11-26"),  # the request is overdue: the department answers at once
    ("2027-01-04", "2026-11-26", 10, "2026-12-24"),  # 25 Dec is a holiday, not a Sunday: the 24th
])
def test_a_task_is_due_before_the_request_on_a_working_day_never_after(request_due, asked, lead, expected):
    due = task_due(D(request_due), D(asked), lead)
    assert due == D(expected) and due <= max(D(request_due), D(asked))


# -- asking ---------------------------------------------------------------------------------------------


def test_each_department_of_the_linked_processings_is_proposed_with_what_the_rights_ask(wb):
    reference = log(wb, Right.ACCESS, Right.ERASURE)
    with pytest.raises(InputError) as none:
        wb.tasks.ask(reference, [])
    assert none.value.code == "task.no-links"
    wb.links.link(reference, ["TRT-001", "TRT-003", "TRT-006"])
    proposals = wb.tasks.proposals(reference)
    assert [(p.department, [r for r, _ in p.processings]) for p in proposals] == [
        ("Relation client", ["TRT-001"]), ("Marketing", ["TRT-003", "TRT-006"])]
    assert {p.kinds for p in proposals} == {("extraction", "erasure")}
    # received 16 Nov: due 16 Dec; 10 days before is Sunday 6 Dec, so Friday 4 Dec
    assert {p.due_on for p in proposals} == {D("2026-12-04")}
    assert all(p.open_task is None and p.contact_email for p in proposals)


def test_asking_creates_one_task_per_department_journaled_without_personal_data(wb):
    reference = log(wb, Right.ACCESS)
    wb.links.link(reference, ["TRT-001", "TRT-003", "TRT-006"])
    ids = departments(wb, reference)
    created = wb.tasks.ask(reference, [NewTask(ids["Marketing"], ["extraction"], details="Compte client C-42")])
    [task] = wb.tasks.of_request(reference)
    assert task.id == created[0] and task.department == "Marketing" and task.processings == ("TRT-003", "TRT-006")
    assert (task.state, task.asked_on, task.due_on, task.due_set) == ("open", TODAY, D("2026-12-04"), False)
    assert task.contact_email and task.overdue(TODAY) is False
    event = [e for e in wb.requests.detail(reference).timeline if e.kind == "task-asked"][0]
    assert event.detail["department"] == "Marketing" and event.detail["kinds"] == ["extraction"]
    with wb.db.reading() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "task.create")).scalar_one()
    assert "Compte client" not in entry.details and task.contact_email not in entry.details
    with pytest.raises(InputError) as twice:
        wb.tasks.ask(reference, [NewTask(ids["Marketing"], ["extraction"])])
    assert twice.value.code == "task.already-asked"
    assert [p.open_task for p in wb.tasks.proposals(reference) if p.department == "Marketing"] == [task.id]


def test_bad_input_asks_nobody(wb):
    reference = log(wb, Right.ACCESS)
    wb.links.link(reference, ["TRT-001", "TRT-003"])
    ids = departments(wb, reference)
    for bad, code in [
        ([NewTask(ids["Relation client"], ["extraction"]), NewTask(ids["Marketing"], [])], "task.kinds-missing"),
        ([NewTask(ids["Marketing"], ["dance"])], "task.kind-unknown"),
        ([NewTask(ids["Marketing"], ["extraction"], due_on=D("2026-12-17"))], "task.due-after-request"),
        ([NewTask(ids["Marketing"], ["extraction"], due_on=D("2026-11-25"))], "task.due-before-asked"),
        ([NewTask(ids["Marketing"], ["extraction"], lang="de")], "task.lang-unknown"),
    ]:
        with pytest.raises(InputError) as refused:
            wb.tasks.ask(reference, bad)
        assert refused.value.code == code
    assert wb.tasks.of_request(reference) == []


def test_the_due_date_follows_the_requests_deadline_unless_chosen(wb):
    reference = log(wb, Right.ACCESS, received="2026-11-20")  # due 21 Dec (20 Dec is a Sunday)
    wb.links.link(reference, ["TRT-001", "TRT-003"])
    ids = departments(wb, reference)
    computed, chosen = wb.tasks.ask(reference, [NewTask(ids["Relation client"], ["extraction"]),
                                                NewTask(ids["Marketing"], ["extraction"], due_on=D("2026-12-02"))])
    assert (wb.tasks.get(computed).due_on, wb.tasks.get(chosen).due_set) == (D("2026-12-11"), True)
    wb.requests.extend(reference, "Complex", TODAY)  # due 22 Feb 2027 (20 Feb is a Saturday)
    assert wb.tasks.get(computed).due_on == D("2027-02-12")
    assert wb.tasks.get(chosen).due_on == D("2026-12-02")  # the DPO's date stays: still before the request's
    wb.requests.edit(reference, RequestChanges(received_on=D("2026-11-18")))  # due 18 Feb 2027
    assert wb.tasks.get(computed).due_on == D("2027-02-08")
    wb.tasks.set_due(chosen, None)
    assert (wb.tasks.get(chosen).due_on, wb.tasks.get(chosen).due_set) == (D("2027-02-08"), False)


def test_a_suspended_requests_tasks_move_with_its_projected_deadline(wb, clock):
    reference = log(wb, Right.ACCESS, received="2026-11-20")
    wb.links.link(reference, ["TRT-001"])
    [task_id] = wb.tasks.ask(reference, [NewTask(departments(wb, reference)["Relation client"], ["extraction"])])
    wb.requests.ask_identity(reference, TODAY)
    before = wb.tasks.get(task_id).due_on
    clock.advance(days=7)
    assert wb.requests.refresh_suspended_deadlines() == 1
    assert wb.tasks.get(task_id).due_on > before


def test_a_withdrawn_request_cancels_its_tasks(wb):
    reference = log(wb, Right.ERASURE)
    wb.links.link(reference, ["TRT-003"])
    [task_id] = wb.tasks.ask(reference, [NewTask(departments(wb, reference)["Marketing"], ["erasure"])])
    wb.requests.withdraw(reference, TODAY)
    assert wb.tasks.get(task_id).state == "cancelled"
    assert "task-cancelled" in [e.kind for e in wb.requests.detail(reference).timeline]
    with pytest.raises(TransitionError):
        wb.tasks.ask(reference, [])


# -- e-mails, reminders ---------------------------------------------------------------------------------------


def test_the_email_to_the_department_names_the_person_the_processings_and_the_due_date(wb):
    reference = log(wb, Right.ACCESS, Right.ERASURE)
    wb.links.link(reference, ["TRT-003", "TRT-006"])
    [task_id] = wb.tasks.ask(reference, [NewTask(departments(wb, reference)["Marketing"], ["extraction", "erasure"],
                                                 details="Compte créé en 2021")])
    message = email.message_from_bytes(wb.tasks.eml(task_id), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == (f"Demande {reference} : extraction, effacement — réponse attendue le 4 décembre "
                                  "2026")
    task = wb.tasks.get(task_id)
    assert message["To"].addresses[0].addr_spec == task.contact_email
    assert message["From"].addresses[0].addr_spec == "dpo@example.org"
    body = message.get_content()
    for text in ("TRT-003 — Prospection commerciale", "TRT-006 — Cookies", "Anne Testeuse",
                 "anne.testeuse@example.org", "1 rue de la Paix, 75002 Paris", "Compte créé en 2021",
                 "rechercher et extraire", "effacer les données"):
        assert text in body
    assert task.reminders == 0  # a first request drafted is not a reminder


def test_a_reminder_drafted_when_overdue_counts_and_says_when_the_person_must_be_answered(wb, clock):
    reference = log(wb, Right.ACCESS)
    wb.links.link(reference, ["TRT-001"])
    [task_id] = wb.tasks.ask(reference, [NewTask(departments(wb, reference)["Relation client"], ["extraction"])])
    clock.advance(days=10)  # 6 December: past the 4 December due date
    rows, count = wb.tasks.listing(overdue=True)
    assert count == 1 and rows[0].reference == reference and rows[0].days_late == 2
    message = email.message_from_bytes(wb.tasks.eml(task_id, reminder=True), policy=email.policy.default)
    assert message["Subject"].startswith("Relance — Demande")
    assert "au plus tard le 16 décembre 2026" in message.get_content()
    task = wb.tasks.get(task_id)
    assert (task.reminders, task.reminded_on) == (1, D("2026-12-06"))
    assert [e.detail["via"] for e in wb.requests.detail(reference).timeline if e.kind == "task-reminded"] == ["eml"]


def test_no_email_without_the_departments_contact(wb):
    reference = log(wb, Right.ACCESS)
    wb.links.link(reference, ["TRT-001"])
    department = departments(wb, reference)["Relation client"]
    wb.register.save_department(department, "Relation client", "", "")
    [task_id] = wb.tasks.ask(reference, [NewTask(department, ["extraction"])])
    with pytest.raises(InputError) as refused:
        wb.tasks.eml(task_id)
    assert refused.value.code == "task.no-contact-email"


# -- answers ----------------------------------------------------------------------------------------


def test_the_answer_and_its_files_are_stored_encrypted(wb):
    reference = log(wb, Right.ACCESS)
    wb.links.link(reference, ["TRT-001"])
    [task_id] = wb.tasks.ask(reference, [NewTask(departments(wb, reference)["Relation client"], ["extraction"])])
    extraction = b"nom;email\nAnne Testeuse;anne.testeuse@example.org\n"
    info = wb.tasks.answer(task_id, "done", note="Extraction du CRM", files=[AnswerFile("extraction.csv", extraction)])
    assert (info.state, info.outcome, info.answered_on, info.answer_note) == ("answered", "done", TODAY,
                                                                            "Extraction du CRM")
    [file] = info.files
    assert (file.kind, file.mime, file.label) == (DocumentKind.INTERNAL_ANSWER, "text/csv", "extraction.csv")
    assert wb.documents.read(file.id) == extraction
    assert not any(extraction in p.read_bytes() for p in (wb.data_dir / "vault").rglob("*") if p.is_file())
    with pytest.raises(TransitionError):
        wb.tasks.answer(task_id, "done")
    with wb.db.reading() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "task.answer")).scalar_one()
    assert "CRM" not in entry.details and '"files":1' in entry.details


def test_a_bad_answer_stores_nothing(wb):
    reference = log(wb, Right.ACCESS)
    wb.links.link(reference, ["TRT-001"])
    [task_id] = wb.tasks.ask(reference, [NewTask(departments(wb, reference)["Relation client"], ["extraction"])])
    blobs = {p.name for p in (wb.data_dir / "vault").rglob("*") if p.is_file()}
    for kwargs, code in [(dict(outcome="maybe"), "task.outcome-unknown"),
                         (dict(outcome="done", on=TODAY + timedelta(days=1)), "task.answer-future"),
                         (dict(outcome="done", on=TODAY - timedelta(days=1)), "task.answer-before-asked"),
                         (dict(outcome="done", files=[AnswerFile("a.pdf", b"")]), "task.file-empty")]:
        with pytest.raises(InputError) as refused:
            wb.tasks.answer(task_id, **kwargs)
        assert refused.value.code == code
    assert wb.tasks.get(task_id).state == "open" and wb.documents.of_request(reference) == []
    assert {p.name for p in (wb.data_dir / "vault").rglob("*") if p.is_file()} == blobs


def test_the_request_is_answered_while_a_task_is_open_only_with_a_reason(wb):
    reference = log(wb, Right.ACCESS)
    wb.links.link(reference, ["TRT-001", "TRT-003"])
    ids = departments(wb, reference)
    first, second = wb.tasks.ask(reference, [NewTask(ids["Relation client"], ["extraction"]),
                                             NewTask(ids["Marketing"], ["extraction"])])
    wb.tasks.answer(first, "done")
    with pytest.raises(TransitionError) as refused:
        wb.requests.answer(reference, Outcome.GRANTED, on=TODAY)
    assert refused.value.code == "request.tasks-open" and refused.value.params["departments"] == "Marketing"
    wb.requests.answer(reference, Outcome.GRANTED, on=TODAY,
                       without_tasks_reason="Marketing holds only the newsletter consent, already exported")
    answered = [e for e in wb.requests.detail(reference).timeline if e.kind == "answered"][0]
    assert answered.detail["tasks_open"] == 1 and "newsletter" in answered.detail["without_tasks_reason"]
    with wb.db.reading() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "request.answered")).scalar_one()
    assert "newsletter" not in entry.details and '"tasks_open":1' in entry.details
    wb.tasks.cancel(second, "Answered without it")
    assert wb.tasks.get(second).state == "cancelled"
    with pytest.raises(InputError):
        wb.tasks.cancel(first, " ")


def test_a_reminder_about_a_late_request_says_it_is_late(wb, clock):
    reference = log(wb, Right.ERASURE, received="2026-10-01")  # due 2 Nov: late already
    wb.links.link(reference, ["TRT-003"])
    [task_id] = wb.tasks.ask(reference, [NewTask(wb.tasks.proposals(reference)[0].department_id, ["erasure"])])
    clock.advance(days=3)
    body = wb.tasks.message(task_id, reminder=True).get_content()
    assert "aurait dû recevoir notre réponse le 2 novembre 2026 au plus tard" in body and "doit recevoir" not in body
    assert "Pour les traitements suivants de votre service :" in body and "\nPouvez-vous :" in body
