"""The retention of the workbench's own records: what is past its period, its purge (personal data gone, the
figures unchanged, a proof in the journal), and the journal's chain still verifiable from a checkpoint."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pytest
from PIL import Image
from sqlalchemy import delete, select, update

from dpo_workbench.audit import journal
from dpo_workbench.core.casework import journal_prefix, past_retention, purge_from, retention_cutoff
from dpo_workbench.core.rights import Channel, IdentityMethod, IdentityOutcome, Outcome, Relation, Right
from dpo_workbench.errors import InputError
from dpo_workbench.services.reports import FigureFilter, Period
from dpo_workbench.services.requests import NewRequest, RegisterQuery, RequestChanges
from dpo_workbench.services.tasks import AnswerFile, NewTask
from dpo_workbench.store.models import AuditEntry, Base, VaultBlob
from tests import both_databases
from tests.letters.conftest import with_demo_register

D = date.fromisoformat
NAME, EMAIL = "Bérénice Oubliée", "berenice.oubliee@example.org"

# each test runs on SQLite and on PostgreSQL (a team database)
backend, workbench = both_databases.backend, both_databases.workbench


def scan() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(out, "PNG")
    return out.getvalue()


def mail(i: int, day: str) -> bytes:
    return (f"From: {NAME} <{EMAIL}>\r\nTo: dpo@example.org\r\nSubject: Accès {i}\r\n"
            f"Date: {day} 10:00:00 +0100\r\nMessage-ID: <ret-{i}@example.org>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour, je demande l'accès à mes données.\r\n").encode()


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T09:00").replace(tzinfo=UTC)


def test_the_periods_are_counted_from_the_day_the_record_ended():
    assert retention_cutoff(D("2026-11-26"), 5) == D("2021-11-26")
    assert past_retention(D("2021-11-26"), 5, D("2026-11-26")) and not past_retention(D("2021-11-27"), 5,
                                                                                        D("2026-11-26"))
    assert purge_from(D("2020-02-29"), 1) == D("2021-02-28")
    entries = [(1, D("2019-01-01"), None), (2, D("2019-01-02"), "request:DSR-1"), (3, D("2019-01-03"), None),
               (4, D("2025-01-01"), None)]
    assert journal_prefix(entries, D("2020-01-01"), set()) == 3
    assert journal_prefix(entries, D("2020-01-01"), {"request:DSR-1"}) == 1  # it still proves a kept request
    assert journal_prefix(entries, D("2018-01-01"), set()) == 0


@pytest.fixture
def team_url(backend, request, clock):
    """The team database was set up in February 2019, before the cases below (its journal starts then)."""
    clock.instant = at("2019-02-01")
    return both_databases.make_team_url(backend, request, clock)


@pytest.fixture
def history(workbench, clock):
    """Cases of 2019 (past every period in November 2026), one of 2025 (only its e-mail is past), breaches."""
    wb = workbench
    clock.instant = at("2019-03-01")
    with_demo_register(wb)
    refs = {}
    refs["old"] = wb.requests.register(NewRequest(
        rights=[Right.ACCESS, Right.ERASURE], channel=Channel.POST, received_on=D("2019-03-01"), requester_name=NAME,
        requester_address="1 rue de la Paix\n75002 Paris", requester_phone="06 00 00 00 00", notes="Client depuis 2012",
        relation=Relation.CUSTOMER))
    wb.requests.edit(refs["old"], RequestChanges(requester_name=NAME + " épouse Martin"))
    wb.documents.attach(refs["old"], scan(), "carte-identite-berenice.png", id_copy=True)
    wb.documents.attach(refs["old"], scan(), "courrier-berenice.png")
    wb.identity.record(refs["old"], method=IdentityMethod.ID_COPY, document_type="Carte d'identité",
                       outcome=IdentityOutcome.VERIFIED, note="Photo conforme, née en 1970")
    wb.links.link(refs["old"], ["TRT-001"])
    [task] = wb.tasks.ask(refs["old"], [NewTask(wb.tasks.proposals(refs["old"])[0].department_id, ["extraction"],
                                                details="Contrat n° 42 de Mme Martin")])
    wb.tasks.answer(task, "done", note="Extraction jointe", files=[AnswerFile("extraction.csv", b"nom\nMartin\n")])
    clock.instant = at("2019-03-21")
    wb.requests.answer(refs["old"], Outcome.PARTLY, "Les factures de Mme Martin sont conservées", D("2019-03-20"))
    wb.requests.close(refs["old"], D("2019-03-21"))
    refs["withdrawn"] = wb.requests.register(NewRequest(
        rights=[Right.OBJECTION], channel=Channel.EMAIL, received_on=D("2019-03-01"), requester_name="Paul Ancien",
        requester_email="paul@example.org"))
    wb.requests.withdraw(refs["withdrawn"], D("2019-03-01"))
    refs["open"] = wb.requests.register(NewRequest(  # never closed: kept, and it keeps the journal after it
        rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=D("2019-03-01"), requester_name="Zoé Encours",
        requester_email="zoe@example.org"))
    breach = wb.breaches.open(at("2019-03-01"), f"Courriel envoyé à la mauvaise adresse ({NAME})")
    wb.breaches.save(breach, fields={"description": f"Le dossier de {NAME} a été envoyé à un tiers",
                                     "people_count": 1, "nature": ["confidentiality"]},
                     decision=("register-only", f"Risque faible pour {NAME}"))
    wb.breaches.close(breach)
    refs["breach"] = breach
    clock.instant = at("2025-06-02")
    imported = wb.intake.import_message(mail(1, "Mon, 02 Jun 2025"), "a.eml")
    refs["recent"] = imported.reference
    clock.instant = at("2025-06-11")
    wb.requests.answer(refs["recent"], Outcome.GRANTED, on=D("2025-06-10"))
    wb.requests.close(refs["recent"], D("2025-06-11"))
    clock.instant = at("2026-11-26")
    return refs


def stored_blobs(wb) -> set[str]:
    """The vault's encrypted files: in the data folder, or in the database of a team (vault_blob)."""
    with wb.db.reading() as s:
        in_database = set(s.execute(select(VaultBlob.blob_id)).scalars())
    return in_database | {p.name for p in (wb.data_dir / "vault").rglob("*") if p.is_file()}


def journal_entries(wb) -> list[AuditEntry]:
    with wb.db.reading() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


def test_what_is_past_its_period(workbench, history):
    due = workbench.retention.due()
    assert [(r.reference, r.ended_on) for r in due.requests] == [(history["withdrawn"], D("2019-03-01")),
                                                                (history["old"], D("2019-03-21"))]
    assert [r.reference for r in due.breaches] == [history["breach"]]
    assert [(r.reference, r.count) for r in due.messages] == [(history["recent"], 1)]  # closed 2025: 1 year past
    assert due.journal_kept_for == f"request:{history['open']}"  # the open request of 2019 keeps the rest
    assert due.journal_entries > 0 and due.journal_until is not None and due.journal_until <= D("2020-11-26")
    assert due.periods == {"requests": 5, "breaches": 5, "messages": 1, "journal": 6}
    workbench.settings.set("retention_requests_years", 8)
    assert workbench.retention.due().requests == []
    text = json.dumps(due.as_dict(), ensure_ascii=False)
    assert NAME not in text and "Paul" not in text


def test_a_purge_removes_the_personal_data_keeps_the_figures_and_proves_itself(workbench, history):
    wb = workbench
    figures = (wb.reports.annual(2019), wb.reports.annual(2025),
               wb.reports.dashboard(FigureFilter(Period(D("2019-01-01"), D("2026-11-26")))))
    rows = {r.reference: r for r in wb.reports.export_rows(wb.reports.list_ids(), personal_data=False, fmt="json")}
    blobs_before = stored_blobs(wb)
    report = wb.retention.purge(wb.retention.due())
    assert set(report.requests) == {history["old"], history["withdrawn"]} and report.breaches == (history["breach"],)
    # the letter scan and the extraction (the ID copy went at the verification), the 2025 e-mail
    assert report.messages == 1 and report.documents == 3 and report.journal_entries > 0
    # the figures and the register's rows are the same
    assert (wb.reports.annual(2019), wb.reports.annual(2025),
            wb.reports.dashboard(FigureFilter(Period(D("2019-01-01"), D("2026-11-26"))))) == figures
    after = {r.reference: r for r in wb.reports.export_rows(wb.reports.list_ids(), personal_data=False, fmt="json")}
    assert after == rows
    # the request keeps its skeleton, not the person
    old = wb.requests.detail(history["old"])
    assert (old.requester_name, old.requester_email, old.requester_address, old.requester_phone, old.notes,
            old.outcome_reason) == ("", "", "", "", "", "")
    assert (old.reference, old.received_on, old.rights, old.channel, old.outcome, old.relation) == (
        history["old"], D("2019-03-01"), (Right.ACCESS, Right.ERASURE), Channel.POST, Outcome.PARTLY,
        Relation.CUSTOMER)
    assert old.timeline[-1].kind == "anonymised"
    everything = json.dumps([e.detail for e in old.timeline], ensure_ascii=False)
    assert "Martin" not in everything and "Bérénice" not in everything and "conforme" not in everything
    assert all(not d.available and d.label == "" for d in wb.documents.of_request(history["old"]))
    assert all(t.contact_email == "" and t.details == "" and t.answer_note == ""
               for t in wb.tasks.of_request(history["old"]))
    assert wb.requests.ids(RegisterQuery(text="Bérénice")) == [wb.requests.detail(history["recent"]).id]
    assert wb.requests.ids(RegisterQuery(text=history["old"])) != []
    # the e-mail of the 2025 request is shredded, the request itself kept
    recent = wb.requests.detail(history["recent"])
    assert recent.requester_email == EMAIL and all(not d.available for d in wb.documents.of_request(recent.id))
    # the breach keeps its facts, not its free texts
    breach = wb.breaches.record(history["breach"])
    assert breach.summary == "" and "description" not in breach.fields and breach.fields["people_count"] == 1
    assert breach.fields["nature"] == ["confidentiality"] and breach.decision == "register-only"
    # the vault files are gone, and nothing of the person is left anywhere in the database
    assert stored_blobs(wb) < blobs_before
    with wb.db.reading() as s:
        stored = " ".join(str(tuple(row)) for table in Base.metadata.sorted_tables
                          for row in s.execute(table.select()))
    for word in ("Martin", "Paul Ancien", "paul@example.org", "Photo conforme", "Client depuis 2012", "06 00 00",
                 "mauvaise adresse", "courrier-berenice"):
        assert word.casefold() not in stored.casefold(), word
    assert wb.retention.due().empty
    # the proof: counts and references, no personal data; the chain verifies from its checkpoint
    entries = journal_entries(wb)
    proof = next(e for e in entries if e.action == "retention.purge")
    details = json.loads(proof.details)
    assert set(details["requests"]) == set(report.requests) and details["breaches"] == [history["breach"]]
    assert details["documents"] == report.documents and NAME not in proof.details
    [checkpoint] = [e for e in entries if e.action == journal.CHECKPOINT]
    assert entries[0].id == json.loads(checkpoint.details)["through"] + 1 == report.journal_entries + 1
    verified = wb.audit.verify()
    assert verified.ok and verified.starts_at == entries[0].id and "purged" in verified.message()
    assert wb.retention.purge().empty  # nothing more to do


def test_a_purge_refuses_a_list_that_changed_since_it_was_shown(workbench, history, clock):
    shown = workbench.retention.due()
    workbench.settings.set("retention_messages_years", 5)
    with pytest.raises(InputError) as changed:
        workbench.retention.purge(shown)
    assert changed.value.code == "retention.changed-meanwhile"
    assert workbench.requests.detail(history["old"]).requester_name.startswith(NAME)


def test_the_chain_after_a_purge_still_catches_tampering(workbench, history):
    workbench.retention.purge()
    first = journal_entries(workbench)[0].id
    with workbench.db.transaction() as s:  # one more entry gone at the start: no checkpoint says so
        s.execute(delete(AuditEntry).where(AuditEntry.id == first))
    broken = workbench.audit.verify()
    assert not broken.ok and "no checkpoint" in broken.reason


def test_a_changed_checkpoint_breaks_the_chain(workbench, history):
    workbench.retention.purge()
    checkpoint = journal_entries(workbench)[-1]
    assert checkpoint.action == journal.CHECKPOINT
    details = json.loads(checkpoint.details)
    details["hash"] = "0" * 64
    with workbench.db.transaction() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == checkpoint.id).values(
            details=journal.canonical(details)))
    broken = workbench.audit.verify()
    assert not broken.ok and broken.broken_id == journal_entries(workbench)[0].id


def test_the_start_up_reminder_comes_at_most_weekly(workbench, history, clock):
    assert not workbench.retention.reminder().empty
    assert workbench.retention.reminder() is None
    clock.advance(days=6)
    assert workbench.retention.reminder() is None
    clock.advance(days=1)
    assert workbench.retention.reminder() is not None
    workbench.retention.purge()
    clock.advance(days=7)
    assert workbench.retention.reminder() is None  # nothing due: no reminder


def test_an_anonymised_request_says_so_and_is_no_longer_corrected_nor_written_to(workbench, history):
    from dpo_workbench.errors import TransitionError

    workbench.retention.purge()
    detail = workbench.requests.detail(history["old"])
    assert detail.anonymised_on == D("2026-11-26") and detail.repeats == []
    assert workbench.requests.detail(history["recent"]).anonymised_on is None
    with pytest.raises(TransitionError) as refused:
        workbench.requests.edit(history["old"], RequestChanges(requester_name="Quelqu'un"))
    assert refused.value.code == "request.anonymised"
    with pytest.raises(TransitionError):
        workbench.letters.preview(history["old"], "acknowledgement")
