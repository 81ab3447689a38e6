"""Each message of the corpus imports to the expected request, or to the expected error."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_workbench.core.rights import Channel, DocumentKind, Language, Right
from tests.intake.corpus import build

CORPUS = Path(__file__).parent / "corpus"
FILE_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

# file: (name, e-mail, received_at, received from, rights, language, attachments kept, left out)
CREATED = {
    "fr_acces_utf8_qp.eml": ("Élodie Lefèvre", "elodie.lefevre@example.fr", "2026-11-24T09:14:31+01:00", "date",
                             [Right.ACCESS], Language.FR, 0, 0),
    "en_delete_base64.eml": ("John Smith", "john.smith@example.com", "2026-11-23T16:40:00-05:00", "date",
                             [Right.ERASURE, Right.OBJECTION], Language.EN, 0, 0),
    "fr_latin1_effacement.eml": ("François Bérangère", "f.berangere@example.net", "2026-11-25T08:02:10+01:00",
                                 "date", [Right.ERASURE], Language.FR, 0, 0),
    "fr_iso885915_opposition.eml": ("Zoé Cœur", "zoe.coeur@example.org", "2026-11-25T11:20:00+01:00", "date",
                                    [Right.OBJECTION], Language.FR, 0, 0),
    "fr_cp1252_rectifier.eml": ("Martin, Paul", "paul.martin@example.fr", "2026-11-26T07:30:00+01:00", "date",
                                [Right.RECTIFICATION], Language.FR, 0, 0),
    "en_html_only.eml": ("Amelia Brown", "amelia.brown@example.co.uk", "2026-11-24T14:00:00+00:00", "date",
                         [Right.ACCESS, Right.PORTABILITY], Language.EN, 0, 0),
    "fr_alternative_inline_image.eml": ("Camille Roux", "camille.roux@example.fr", "2026-11-24T10:00:00+01:00",
                                        "date", [Right.PORTABILITY], Language.FR, 1, 0),
    "fr_attachments_nonascii.eml": ("Anaïs N'Diaye", "anais.ndiaye@example.fr", "2026-11-23T18:05:00+01:00",
                                    "date", [Right.ACCESS], Language.FR, 2, 1),
    "en_forwarded.eml": ("Support Team", "support@example-company.fr", "2026-11-20T15:30:00+01:00", "date",
                         [Right.ERASURE], Language.EN, 0, 0),
    "fr_no_date_received.eml": ("Louis Garnier", "louis.garnier@example.fr", "2026-11-25T22:47:13+01:00",
                                "received", [Right.ERASURE], Language.FR, 0, 0),
    "fr_bad_date.eml": ("Chantal Petit", "chantal.petit@example.fr", "2026-11-20T08:00:00+00:00", "file",
                        [Right.RECTIFICATION], Language.FR, 0, 0),
    "en_no_message_id.eml": ("Oliver Twist", "oliver@example.com", "2026-11-26T08:00:00+00:00", "date",
                             [Right.RESTRICTION], Language.EN, 0, 0),
    "fr_long_lines.eml": ("Long Line", "long.line@example.fr", "2026-11-26T08:30:00+01:00", "date",
                          [Right.ACCESS], Language.FR, 0, 0),
    "fr_winmail.eml": ("Outlook User", "outlook.user@example.fr", "2026-11-25T09:00:00+01:00", "date",
                       [Right.POST_MORTEM], Language.FR, 1, 0),
    "fr_winmail_broken.eml": ("Outlook Broken", "outlook.broken@example.fr", "2026-11-25T09:30:00+01:00", "date",
                              [Right.CONSENT_WITHDRAWAL], Language.FR, 0, 0),
    "en_reply_to_webform.eml": ("Priya Patel", "priya.patel@example.com", "2026-11-24T20:10:00+00:00", "date",
                                [Right.CONSENT_WITHDRAWAL, Right.AUTOMATED_DECISION], Language.EN, 0, 0),
    "fr_outlook.msg": ("Hélène Dubois", "helene.dubois@example.fr", "2026-11-24T08:30:00+00:00", "date",
                       [Right.ERASURE], Language.FR, 1, 1),
    "fr_no_display_name.eml": ("Jean Pierre Dupont", "jean-pierre.dupont@example.fr", "2026-11-24T11:11:00+01:00",
                               "date", [Right.PORTABILITY], Language.FR, 0, 0),
}
# imported with what could be read, and the warnings (codes) named
WARNED = {
    "warn_truncated.eml": ("anais.ndiaye@example.fr", ["mail-note.truncated", "mail-note.base64-damaged"]),
}
FAILED = {
    "bad_no_sender.eml": "no readable sender address",
    "bad_not_mail.eml": "not an e-mail message",
    "bad_empty.eml": "empty",
    "bad_truncated.msg": "Outlook .msg file cannot be read",
}


def corpus_copy(tmp_path: Path, name: str) -> Path:
    """A copy with a known modification time (the fallback after Date and Received:)."""
    path = tmp_path / name
    shutil.copyfile(CORPUS / name, path)
    os.utime(path, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return path


def test_the_committed_corpus_is_what_the_builder_makes():
    built = {**build.messages(), **build.outlook_messages(), "three.mbox": build.mbox()}
    on_disk = {p.name: p.read_bytes() for p in CORPUS.iterdir() if p.suffix in (".eml", ".msg", ".mbox")}
    assert on_disk == built
    assert set(CREATED) | set(WARNED) | set(FAILED) == {n for n in built if n.endswith((".eml", ".msg"))}


@pytest.mark.parametrize("name", sorted(WARNED))
def test_a_damaged_message_is_imported_with_what_could_be_read_and_its_warnings(workbench, tmp_path, name):
    email, codes = WARNED[name]
    [outcome] = workbench.intake.import_mail([corpus_copy(tmp_path, name)])
    assert outcome.status == "created", outcome.error
    assert outcome.requester_email == email
    assert set(codes) <= {n.code for n in outcome.notes}


@pytest.mark.parametrize("name", sorted(CREATED))
def test_each_message_becomes_the_expected_request(workbench, tmp_path, name):
    expected_name, email, received_at, source, rights, language, kept, left = CREATED[name]
    [outcome] = workbench.intake.import_mail([corpus_copy(tmp_path, name)])
    assert outcome.status == "created", outcome.error
    assert (outcome.requester_name, outcome.requester_email) == (expected_name, email)
    assert outcome.received_at.isoformat() == received_at
    assert outcome.received_source == source
    assert list(outcome.rights) == rights
    assert outcome.language is language
    assert (len(outcome.kept), len(outcome.left_out)) == (kept, left)

    detail = workbench.requests.detail(outcome.reference)
    assert detail.channel is Channel.EMAIL
    assert (detail.requester_name, detail.requester_email) == (expected_name, email)
    assert detail.received_at == datetime.fromisoformat(received_at)
    assert list(detail.rights) == rights
    assert detail.language is language
    documents = workbench.documents.of_request(outcome.reference)
    assert [d.kind for d in documents] == [DocumentKind.EMAIL] + [DocumentKind.ATTACHMENT] * kept
    assert workbench.documents.read(documents[0].id) == (CORPUS / name).read_bytes()  # kept as received


@pytest.mark.parametrize("name", sorted(FAILED))
def test_a_broken_file_is_named_with_its_problem_and_nothing_is_created(workbench, tmp_path, name):
    path = corpus_copy(tmp_path, name)
    [outcome] = workbench.intake.import_mail([path])
    assert outcome.status == "failed"
    assert FAILED[name] in outcome.error
    assert outcome.file == str(path)
    assert workbench.requests.total() == 0
    assert list(workbench.folder.blobs.ids()) == []


def test_attachments_keep_their_non_ascii_names_and_scans_are_offered_as_id_copies(workbench, tmp_path):
    [outcome] = workbench.intake.import_mail([corpus_copy(tmp_path, "fr_attachments_nonascii.eml")])
    assert [(k.label, k.mime, k.possible_id_copy) for k in outcome.kept] == [
        ("pièce d’identité.pdf", "application/pdf", True), ("carte_identité_verso.png", "image/png", True)]
    [left] = outcome.left_out
    assert left.label == "lettre.docx" and "stays inside the stored message" in left.reason
    assert workbench.documents.read(outcome.kept[1].document_id) == build.png_bytes(seed=3)


def test_the_file_given_by_tnef_winmail_is_taken_out(workbench, tmp_path):
    [outcome] = workbench.intake.import_mail([corpus_copy(tmp_path, "fr_winmail.eml")])
    assert [k.label for k in outcome.kept] == ["scan_carte.png"]
    assert workbench.documents.read(outcome.kept[0].document_id) == build.png_bytes(seed=11)
    [broken] = workbench.intake.import_mail([corpus_copy(tmp_path, "fr_winmail_broken.eml")])
    assert any("TNEF" in note for note in broken.notes)
    assert [n.code for n in broken.notes] == ["mail-note.tnef-empty"]


def test_a_name_made_from_the_address_is_flagged(workbench, tmp_path):
    [outcome] = workbench.intake.import_mail([corpus_copy(tmp_path, "fr_no_display_name.eml")])
    assert outcome.name_to_check
    assert workbench.intake.incoming_message(outcome.reference).name_to_check


def test_an_outlook_message_keeps_its_attachment_and_the_msg_file_itself(workbench, tmp_path):
    [outcome] = workbench.intake.import_mail([corpus_copy(tmp_path, "fr_outlook.msg")])
    assert [(k.label, k.mime) for k in outcome.kept] == [("carte d'identité.png", "image/png")]
    assert [a.label for a in outcome.left_out] == ["formulaire.docx"]
    [email_doc, _png] = workbench.documents.of_request(outcome.reference)
    assert email_doc.mime == "application/vnd.ms-outlook" and email_doc.label == "fr_outlook.msg"
    incoming = workbench.intake.incoming_message(outcome.reference)
    assert incoming.subject == "Demande de suppression de mes données"
    assert "supprimer mes données" in incoming.body
    again = workbench.intake.import_mail([corpus_copy(tmp_path, "fr_outlook.msg")])
    assert again[0].status == "duplicate"


def test_an_mbox_imports_each_of_its_messages(workbench, tmp_path):
    outcomes = workbench.intake.import_mail([corpus_copy(tmp_path, "three.mbox")])
    assert [o.status for o in outcomes] == ["created"] * 3
    assert [o.requester_email for o in outcomes] == ["elodie.lefevre@example.fr", "john.smith@example.com",
                                                     "oliver@example.com"]
    assert [o.file.rsplit("#", 1)[1] for o in outcomes] == ["1", "2", "3"]


def test_a_folder_imports_everything_and_the_batch_goes_on_after_a_failure(workbench, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("bad_no_sender.eml", "en_delete_base64.eml", "bad_empty.eml", "fr_acces_utf8_qp.eml"):
        corpus_copy(folder, name)
    (folder / "notes.txt").write_text("not a message")
    outcomes = workbench.intake.import_mail([folder])
    assert {Path(o.file).name: o.status for o in outcomes} == {
        "bad_empty.eml": "failed", "bad_no_sender.eml": "failed", "en_delete_base64.eml": "created",
        "fr_acces_utf8_qp.eml": "created"}
    assert workbench.requests.total() == 2
