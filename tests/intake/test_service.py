"""Duplicates, follow-ups, all-or-nothing imports, the incoming message, rights and postal requests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, DocumentKind, Outcome, Right
from dpo_workbench.errors import InputError, UnsupportedFile
from dpo_workbench.services.intake import Scan
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.store.models import AuditEntry, IntakeMessage
from tests.intake.corpus import build

CORPUS = Path(__file__).parent / "corpus"


def message(sender: str = "John Smith <john.smith@example.com>", message_id: str | None = "<m1@example.com>",
            body: str = "Please delete my account.", date_header: str = "Wed, 25 Nov 2026 10:00:00 +0000") -> bytes:
    lines = [f"From: {sender}", "To: dpo@example-company.fr", "Subject: My data", f"Date: {date_header}"]
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    lines += ["Content-Type: text/plain; charset=utf-8", "", body, ""]
    return "\r\n".join(lines).encode()


def journal_actions(workbench) -> list[str]:
    from sqlalchemy import select

    with workbench.db.reading() as s:
        return list(s.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def test_the_same_message_twice_is_a_duplicate(workbench):
    first = workbench.intake.import_message(message(), "a.eml")
    again = workbench.intake.import_message(message(), "a-copy.eml")
    assert (first.status, again.status) == ("created", "duplicate")
    assert again.reference == first.reference
    assert workbench.requests.total() == 1
    assert len(workbench.documents.of_request(first.reference)) == 1


def test_the_same_message_id_with_other_bytes_is_a_duplicate(workbench):
    first = workbench.intake.import_message(message(), "a.eml")
    resaved = workbench.intake.import_message(b"X-Saved-By: another client\r\n" + message(), "b.eml")
    assert resaved.status == "duplicate" and resaved.reference == first.reference


def test_the_same_message_saved_with_other_line_endings_is_a_duplicate(workbench):
    crlf = (CORPUS / "en_no_message_id.eml").read_bytes()
    first = workbench.intake.import_message(crlf, "a.eml")
    again = workbench.intake.import_message(crlf.replace(b"\r\n", b"\n"), "a-unix.eml")
    assert (first.status, again.status) == ("created", "duplicate")


def test_without_message_id_the_content_decides(workbench):
    first = workbench.intake.import_message(message(message_id=None), "a.eml")
    same = workbench.intake.import_message(message(message_id=None), "b.eml")
    other = workbench.intake.import_message(message(message_id=None, sender="Ann <ann@example.com>"), "c.eml")
    assert [first.status, same.status, other.status] == ["created", "duplicate", "created"]


def test_a_message_from_a_sender_with_an_open_request_is_a_follow_up(workbench):
    first = workbench.intake.import_message(message(), "a.eml")
    follow = workbench.intake.import_message(
        message(sender="J. Smith <John.Smith@Example.com>", message_id="<m2@example.com>",
                body="Here is my ID card as asked."), "b.eml")
    assert follow.status == "follow-up" and follow.reference == first.reference
    assert workbench.requests.total() == 1
    detail = workbench.requests.detail(first.reference)
    assert [e.kind for e in detail.timeline].count("follow-up-received") == 1
    assert [d.kind for d in workbench.documents.of_request(first.reference)] == [DocumentKind.EMAIL, DocumentKind.EMAIL]
    # the incoming message shown is the one the request was created from
    assert "delete my account" in workbench.intake.incoming_message(first.reference).body


def test_after_the_request_is_closed_a_new_message_is_a_new_request(workbench):
    first = workbench.intake.import_message(message(), "a.eml")
    workbench.requests.answer(first.reference, Outcome.GRANTED)
    workbench.requests.close(first.reference)
    later = workbench.intake.import_message(message(message_id="<m3@example.com>",
                                             date_header="Thu, 26 Nov 2026 08:00:00 +0000"), "c.eml")
    assert later.status == "created" and later.reference != first.reference


def test_a_failure_while_storing_leaves_nothing_behind(workbench, monkeypatch):
    from dpo_workbench.vault.blobs import BlobStore

    blobs = workbench.folder.blobs
    real_write = BlobStore.write
    calls = []

    def failing_write(store, blob_id, data, **kwargs):
        calls.append(blob_id)
        if len(calls) == 2:  # the message is written, the first attachment fails
            raise OSError(28, "No space left on device")
        return real_write(store, blob_id, data, **kwargs)

    monkeypatch.setattr(BlobStore, "write", failing_write)
    outcome = workbench.intake.import_message((CORPUS / "fr_attachments_nonascii.eml").read_bytes(), "x.eml")
    assert outcome.status == "failed" and "No space left on device" in outcome.error
    assert "nothing was saved" in outcome.error
    monkeypatch.undo()
    assert workbench.requests.total() == 0
    assert list(blobs.ids()) == []
    report = workbench.vault.check()
    assert report.ok
    assert workbench.audit.verify().ok
    # and it imports once the disk has room again: no trace of the failed try makes it a duplicate
    assert workbench.intake.import_message((CORPUS / "fr_attachments_nonascii.eml").read_bytes(), "x.eml").status \
        == "created"


def test_a_storage_failure_in_a_batch_fails_only_its_message(workbench, tmp_path, monkeypatch):
    """The batch is rolled back and imported again one message per transaction."""
    from dpo_workbench.vault.blobs import BlobStore

    names = ["fr_acces_utf8_qp.eml", "fr_attachments_nonascii.eml", "en_delete_base64.eml"]
    for name in names:
        (tmp_path / name).write_bytes((CORPUS / name).read_bytes())
    from dpo_workbench.vault import crypto

    encrypted_pdf_size = len(crypto.encrypt(crypto.new_key(), build.pdf_bytes(), aad=b"any"))
    real_write = BlobStore.write
    refused = []

    def failing_write(store, blob_id, data, **kwargs):
        if len(data) == encrypted_pdf_size:  # the PDF of the second message
            refused.append(kwargs.get("durable", True))
            raise OSError(28, "No space left on device")
        return real_write(store, blob_id, data, **kwargs)

    monkeypatch.setattr(BlobStore, "write", failing_write)
    outcomes = workbench.intake.import_mail([tmp_path / n for n in names])
    monkeypatch.undo()
    assert refused == [False, True]  # in the batch, then on its own
    assert [(Path(o.file).name, o.status, o.reference) for o in outcomes] == [
        ("fr_acces_utf8_qp.eml", "created", "DSR-2026-0001"),
        ("fr_attachments_nonascii.eml", "failed", ""),
        ("en_delete_base64.eml", "created", "DSR-2026-0002")]
    assert "No space left on device" in outcomes[1].error
    report = workbench.vault.check()
    assert report.ok and report.checked == 2
    assert workbench.audit.verify().ok


def test_an_import_is_journaled_without_personal_data(workbench):
    outcome = workbench.intake.import_message((CORPUS / "fr_acces_utf8_qp.eml").read_bytes(), "m.eml")
    from sqlalchemy import select

    with workbench.db.reading() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "intake.import")).scalar_one()
    assert entry.object_id == outcome.reference
    details = json.loads(entry.details)
    assert details["outcome"] == "created" and details["rights"] == ["access"]
    text = entry.details.lower()
    assert "lefevre" not in text and "lefèvre" not in text and "example.fr" not in text
    with workbench.db.reading() as s:
        row = s.execute(select(IntakeMessage)).scalar_one()
    assert len(row.message_id_hash) == 64 and "example.fr" not in row.message_id_hash


def test_nothing_of_the_message_is_readable_on_disk(workbench):
    workbench.intake.import_message((CORPUS / "fr_attachments_nonascii.eml").read_bytes(), "m.eml")
    workbench.close()
    for path in workbench.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in (b"ndiaye", b"pi\xc3\xa8ce", b"Vous trouverez", b"%PDF"):
                assert secret not in data, (path.name, secret)


def test_the_incoming_message_shows_the_suggestions_and_is_journaled(workbench):
    outcome = workbench.intake.import_message((CORPUS / "fr_acces_utf8_qp.eml").read_bytes(), "m.eml")
    before = journal_actions(workbench).count("document.view")
    incoming = workbench.intake.incoming_message(outcome.reference)
    assert journal_actions(workbench).count("document.view") == before + 1
    assert incoming.subject == "Demande d'accès à mes données"
    assert incoming.suggested_rights == (Right.ACCESS,) and not incoming.rights_confirmed
    words = [incoming.text[m.start:m.end] for s in incoming.suggestions for m in s.matches]
    assert "droit d'accès" in words and "copie de mes données" in words


def test_a_request_typed_by_hand_has_no_incoming_message(workbench):
    reference = workbench.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.POST,
                                                      received_on=date(2026, 11, 20), requester_name="A B",
                                                      requester_address="1 rue X\n75001 Paris"))
    assert workbench.intake.incoming_message(reference) is None


def test_the_dpo_confirms_or_changes_the_rights(workbench):
    outcome = workbench.intake.import_message((CORPUS / "en_delete_base64.eml").read_bytes(), "m.eml")
    assert list(workbench.requests.detail(outcome.reference).rights) == [Right.ERASURE, Right.OBJECTION]
    workbench.requests.set_rights(outcome.reference, [Right.ERASURE])
    detail = workbench.requests.detail(outcome.reference)
    assert list(detail.rights) == [Right.ERASURE]
    assert detail.timeline[-1].kind == "rights-changed"
    assert detail.timeline[-1].detail == {"rights": ["erasure"], "before": ["erasure", "objection"]}
    assert workbench.intake.incoming_message(outcome.reference).rights_confirmed
    assert "request.rights" in journal_actions(workbench)
    with pytest.raises(InputError):
        workbench.requests.set_rights(outcome.reference, [])


def test_no_right_recognised_records_other_and_says_so(workbench):
    outcome = workbench.intake.import_message(message(body="Hello, can you call me back?"), "m.eml")
    assert outcome.status == "created" and outcome.rights == (Right.OTHER,)
    assert any("No right was recognised" in n for n in outcome.notes)


def test_a_date_in_the_future_is_not_believed(workbench):
    outcome = workbench.intake.import_message(message(date_header="Wed, 25 Nov 2037 10:00:00 +0000"), "m.eml")
    assert outcome.status == "created" and outcome.received_source == "now"
    assert outcome.received_at == workbench.now()


def test_a_postal_request_is_logged_with_its_scans_in_one_step(workbench):
    new = NewRequest(rights=[Right.ACCESS], channel=Channel.POST, received_on=date(2026, 11, 25),
                     requester_name="Marie Curie", requester_address="11 rue Pierre et Marie Curie\n75005 Paris",
                     registered_number="1A 123 456 7890 1")
    reference = workbench.intake.register_postal(new, [
        Scan(build.pdf_bytes(), "courrier.pdf"), Scan(build.png_bytes(seed=1), "enveloppe.png"),
        Scan(build.png_bytes(seed=2), "cni.png", DocumentKind.ID_COPY)])
    detail = workbench.requests.detail(reference)
    assert detail.channel is Channel.POST and detail.registered_number == "1A 123 456 7890 1"
    assert detail.state is State.OPEN
    assert [d.kind for d in workbench.documents.of_request(reference)] == [DocumentKind.LETTER, DocumentKind.LETTER,
                                                                DocumentKind.ID_COPY]


def test_a_refused_scan_creates_nothing(workbench):
    new = NewRequest(rights=[Right.ACCESS], channel=Channel.POST, received_on=date(2026, 11, 25),
                     requester_name="Marie Curie", requester_address="1 rue Cuvier\n75005 Paris")
    with pytest.raises(UnsupportedFile):
        workbench.intake.register_postal(new, [Scan(build.pdf_bytes(), "ok.pdf"), Scan(b"not a scan", "x.doc")])
    assert workbench.requests.total() == 0 and list(workbench.folder.blobs.ids()) == []
    with pytest.raises(InputError):
        workbench.intake.register_postal(NewRequest(rights=[Right.ACCESS], channel=Channel.POST,
                                                     received_on=date(2026, 11, 25), requester_name="M C"), [])


def test_a_follow_up_can_be_made_a_request_of_its_own(workbench):
    first = workbench.intake.import_message(message(), "a.eml")
    follow = workbench.intake.import_message(
        (CORPUS / "fr_attachments_nonascii.eml").read_bytes().replace(b"anais.ndiaye@example.fr",
                                                                        b"john.smith@example.com"), "b.eml")
    assert follow.status == "follow-up" and len(follow.kept) == 2
    email_doc = [d for d in workbench.documents.of_request(first.reference) if d.kind is DocumentKind.EMAIL][1]
    reference = workbench.intake.separate_follow_up(email_doc.id)
    assert reference == "DSR-2026-0002"
    assert [d.kind for d in workbench.documents.of_request(first.reference)] == [DocumentKind.EMAIL]
    assert [d.kind for d in workbench.documents.of_request(reference)] == [DocumentKind.EMAIL, DocumentKind.ATTACHMENT,
                                                                DocumentKind.ATTACHMENT]
    detail = workbench.requests.detail(reference)
    assert list(detail.rights) == [Right.ACCESS] and detail.received_at.isoformat() == "2026-11-23T17:05:00+00:00"
    assert workbench.intake.incoming_message(reference).subject == "Droit d'acces - pieces jointes"
    assert workbench.requests.detail(first.reference).timeline[-1].kind == "follow-up-separated"
    assert "intake.separate" in journal_actions(workbench)
    with pytest.raises(InputError):
        workbench.intake.separate_follow_up(email_doc.id)
    # the message is still known: importing it again is a duplicate of the new request
    again = workbench.intake.import_message((CORPUS / "fr_attachments_nonascii.eml").read_bytes().replace(
        b"anais.ndiaye@example.fr", b"john.smith@example.com"), "b.eml")
    assert again.status == "duplicate" and again.reference == reference
