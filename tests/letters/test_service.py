"""The letters through the workbench: placeholders, the case file, the timeline, the journal, overrides,
e-mail drafts, batches and the choice of letters."""

from __future__ import annotations

import email
import email.policy
import io
import json
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, DocumentKind, Outcome, Right
from dpo_workbench.errors import InputError, LetterIncomplete
from dpo_workbench.letters.engine import long_date
from dpo_workbench.letters.model import SINGLE_RIGHT_ANSWERS, LetterKind
from dpo_workbench.services.letters import likely_kinds
from dpo_workbench.store.models import AuditEntry
from tests.letters.conftest import EMAIL_NAME, POSTAL_NAME, pdf_text

HIGHLIGHT_FILL = b"1 .894118 .360784 rg"  # the placeholders' yellow background (#FFE45C)
DATA = "Nom : Zoë Œuvray\nAdresse électronique : zoe.oeuvray@exemple.fr"


def journal(wb) -> list[AuditEntry]:
    with wb.db.reading() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


def blob_files(wb) -> set[str]:
    return {p.name for p in (wb.data_dir / "vault").rglob("*") if p.is_file()}


# -- placeholders -------------------------------------------------------------------------


def test_a_missing_free_part_is_a_highlighted_placeholder_and_saving_is_refused(workbench, new_request):
    reference = new_request(Channel.POST, "fr")
    letter = workbench.letters.preview(reference, LetterKind.ACCESS_REPLY)
    assert letter.missing == ("données détenues",)
    assert "[à compléter : données détenues]" in pdf_text(letter.pdf)
    reader = PdfReader(io.BytesIO(letter.pdf))
    assert any(HIGHLIGHT_FILL in page.get_contents().get_data() for page in reader.pages)
    complete = workbench.letters.preview(reference, LetterKind.ACCESS_REPLY, values={"data_held": DATA})
    assert complete.missing == ()
    assert not any(HIGHLIGHT_FILL in page.get_contents().get_data()
                   for page in PdfReader(io.BytesIO(complete.pdf)).pages)
    files_before = blob_files(workbench)
    with pytest.raises(LetterIncomplete) as refused:
        workbench.letters.save(reference, LetterKind.ACCESS_REPLY)
    assert refused.value.missing == ("données détenues",)
    assert "données détenues" in str(refused.value)
    assert workbench.documents.of_request(reference) == []
    assert blob_files(workbench) == files_before
    assert all(e.kind != "letter-saved" for e in workbench.requests.detail(reference).timeline)


def test_placeholders_in_english_and_from_the_profile(workbench, new_request, org):
    # no place of writing, and an address without a "75002 Paris" line to take the town from
    workbench.organisation.save(replace(org, dpo_name="", address="Exemple SAS",
                                        profile={**org.profile, "place": ""}))
    reference = new_request(Channel.EMAIL, "en")
    letter = workbench.letters.preview(reference, LetterKind.EXTENSION)
    assert set(letter.missing) == {"place (organisation profile)", "DPO's name (organisation profile)",
                                   "reasons for the extension"}
    text = pdf_text(letter.pdf)
    assert "[to complete: reasons for the extension]" in text
    assert "[to complete: place (organisation profile)], 26 November 2026" in text
    with pytest.raises(LetterIncomplete) as refused:
        workbench.letters.save(reference, LetterKind.EXTENSION, values={"reasons": "Complexity."})
    assert set(refused.value.missing) == {"place (organisation profile)", "DPO's name (organisation profile)"}


def test_the_place_of_writing_defaults_to_the_town_of_the_address(workbench, new_request, org):
    workbench.organisation.save(replace(org, address="3 place de Fontenoy\nTSA 80715\n75334 Paris Cedex 07",
                                        profile={**org.profile, "place": ""}))
    reference = new_request(Channel.EMAIL, "fr")
    letter = workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT)
    assert letter.missing == ()
    assert "Paris, le 26 novembre 2026" in pdf_text(letter.pdf)


def test_an_access_reply_without_linked_processings_names_what_to_complete(workbench, new_request, org):
    """Not the whole register: a request linked to no processing gets the placeholder naming where to link them
    (this test replaced the one that expected the register's placeholder once every processing was retired)."""
    reference = new_request(Channel.POST, "fr", link=False)
    letter = workbench.letters.preview(reference, LetterKind.ACCESS_REPLY, values={"data_held": DATA})
    label = "traitements concernant la personne (section Traitements de la demande)"
    assert letter.missing == (label,)
    text = pdf_text(letter.pdf)
    assert f"[à compléter : {label}]" in text
    assert "Gestion des comptes" not in text and "Facturation" not in text
    with pytest.raises(LetterIncomplete):
        workbench.letters.save(reference, LetterKind.ACCESS_REPLY, values={"data_held": DATA})
    english = workbench.letters.preview(reference, LetterKind.ACCESS_REPLY, lang="en", values={"data_held": DATA})
    assert english.missing == ("processings concerning the person (the request's Processings section)",)


def test_an_access_reply_describes_the_linked_processings_only_each_with_its_retention(workbench, new_request,
                                                                                       org):
    reference = new_request(Channel.POST, "fr", link=False)
    workbench.links.link(reference, ["TRT-003", "TRT-002"])
    letter = workbench.letters.preview(reference, LetterKind.ACCESS_REPLY, values={"data_held": DATA})
    assert letter.missing == ()
    text = pdf_text(letter.pdf)
    assert text.index("Facturation, comptabilité et recouvrement") < text.index("Prospection commerciale")  # TRT order
    assert "conservées 13 mois en archive à compter de la date de débit" in text  # TRT-002's own retention
    assert "trois ans au plus à compter du dernier contact émanant du prospect" in text  # TRT-003's
    for other in ("Gestion des comptes et abonnements clients", "Cookies et traceurs", "Satisfaction, statistiques",
                  "Hébergement des documents"):
        assert other not in text
    workbench.links.unlink(reference, ["TRT-003"])
    text = pdf_text(workbench.letters.preview(reference, LetterKind.ACCESS_REPLY, values={"data_held": DATA}).pdf)
    assert "Prospection commerciale" not in text and "Facturation" in text


def test_the_access_section_of_an_answer_to_several_rights_describes_the_linked_processings(workbench, new_request,
                                                                                            org):
    reference = new_request(Channel.EMAIL, "en", rights=(Right.ACCESS, Right.ERASURE), link=False)
    values = {"access:data_held": DATA, "erasure:erased": "Everything"}
    letter = workbench.letters.preview(reference, LetterKind.COMBINED_ANSWER, values=values)
    assert letter.missing == ("processings concerning the person (the request's Processings section)",)
    workbench.links.link(reference, ["TRT-006"])
    letter = workbench.letters.preview(reference, LetterKind.COMBINED_ANSWER, values=values)
    text = pdf_text(letter.pdf)
    assert letter.missing == () and "Cookies and trackers of the websites" in text
    assert "Customer accounts and subscriptions" not in text


def test_values_typed_by_the_dpo_cannot_inject_markup(workbench, new_request):
    reference = new_request(Channel.POST, "fr", name="A & B <b>**Dupont**</b> | # @subject")
    letter = workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT,
                                      values={"extra": "**gras** & <i>pas d'italique</i> | @annex X"})
    text = pdf_text(letter.pdf)
    assert "A & B <b>**Dupont**</b> | # @subject" in text
    assert "**gras** & <i>pas d'italique</i> | @annex X" in text
    assert letter.pages == 1


def test_a_users_template_overrides_the_shipped_one(workbench, new_request):
    reference = new_request(Channel.POST, "fr")
    folder = workbench.data_dir / "letters"
    folder.mkdir()
    (folder / "acknowledgement.fr.txt").write_text(
        '{% include "_header.fr.txt" %}\n@subject Objet : bien reçu\n\nMadame, Monsieur,\n\n'
        "Texte de notre cabinet pour {{ req.reference }}, réponse avant le {{ req.due_on | longdate(lang) }}.\n"
        "{{ champ_inconnu }}\n", encoding="utf-8")
    letter = workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT)
    text = pdf_text(letter.pdf)
    assert f"Texte de notre cabinet pour {reference}, réponse avant le 2 décembre 2026." in text
    assert letter.missing == ("champ_inconnu",)  # a typo in a template shows, it does not crash
    assert "Objet : bien reçu" in text
    english = workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT, lang="en")
    assert "We acknowledge receipt" in pdf_text(english.pdf)  # the English one is still the shipped one


# -- saving -----------------------------------------------------------------------------------


def test_saving_encrypts_the_letter_into_the_case_file(workbench, new_request):
    reference = new_request(Channel.POST, "fr")
    info = workbench.letters.save(reference, LetterKind.ACKNOWLEDGEMENT)
    assert (info.kind, info.mime) == (DocumentKind.REPLY, "application/pdf")
    assert info.label == f"{reference}-acknowledgement-fr.pdf"
    pdf = workbench.documents.read(info.id)
    assert pdf.startswith(b"%PDF") and POSTAL_NAME in pdf_text(pdf)
    for name in blob_files(workbench):
        stored = next((workbench.data_dir / "vault").rglob(name)).read_bytes()
        assert b"%PDF" not in stored and POSTAL_NAME.encode() not in stored
    event = workbench.requests.detail(reference).timeline[-1]
    assert event.kind == "letter-saved"
    assert event.detail == {"letter": "acknowledgement", "lang": "fr", "document": info.id, "pages": 1}
    saved = [e for e in journal(workbench) if e.action == "letter.save"]
    assert len(saved) == 1 and saved[0].object_id == str(info.id)
    assert json.loads(saved[0].details) == {"request": reference, "kind": "acknowledgement", "lang": "fr",
                                            "size": info.size, "attachments": 0}
    assert workbench.audit.verify().ok


def test_journal_entries_never_hold_the_letters_content(workbench, new_request):
    reference = new_request(Channel.EMAIL, "fr")
    values = {"data_provided": "nom: Zoë Œuvray\nemail: zoe.oeuvray@exemple.fr"}
    workbench.letters.preview(reference, LetterKind.PORTABILITY_REPLY, values=values)
    info = workbench.letters.save(reference, LetterKind.PORTABILITY_REPLY, values=values)
    workbench.letters.eml(info.id)
    entries = [e for e in journal(workbench) if e.action.startswith("letter.")]
    assert [e.action for e in entries] == ["letter.preview", "letter.save", "letter.export-eml"]
    for entry in entries:
        assert "Zoë" not in entry.details and "zoe.oeuvray" not in entry.details and "Œuvray" not in entry.details
    assert json.loads(entries[0].details) == {"kind": "portability-reply", "lang": "fr"}


def test_previews_while_typing_are_one_journaled_view(workbench, new_request, clock):
    reference = new_request(Channel.EMAIL, "fr")
    for reason in ("d", "de", "des recherches"):
        workbench.letters.preview(reference, LetterKind.EXTENSION, values={"reasons": reason})
    workbench.letters.preview(reference, LetterKind.EXTENSION, lang="en")  # another letter: another view
    clock.advance(minutes=16)
    workbench.letters.preview(reference, LetterKind.EXTENSION)  # a later viewing
    previews = [json.loads(e.details) for e in journal(workbench) if e.action == "letter.preview"]
    assert previews == [{"kind": "extension", "lang": "fr"}, {"kind": "extension", "lang": "en"},
                        {"kind": "extension", "lang": "fr"}]


def test_portability_files_are_stored_beside_the_letter(workbench, new_request):
    reference = new_request(Channel.EMAIL, "en")
    info = workbench.letters.save(reference, LetterKind.PORTABILITY_REPLY,
                                 values={"data_provided": "name: Zoë Œuvray"})
    documents = workbench.documents.of_request(reference)
    assert [(d.kind, d.mime) for d in documents] == [
        (DocumentKind.REPLY, "application/pdf"), (DocumentKind.REPLY, "application/json"),
        (DocumentKind.REPLY, "text/csv")]
    event = workbench.requests.detail(reference).timeline[-1]
    assert event.detail["attachments"] == [documents[1].id, documents[2].id]
    assert json.loads(workbench.documents.read(documents[1].id))["data"] == {"name": "Zoë Œuvray"}
    files = workbench.letters.files(info.id)
    assert [f[0] for f in files] == [f"{reference}-portability-reply-en.pdf", f"{reference}-portability.json",
                                     f"{reference}-portability.csv"]
    assert journal(workbench)[-1].action == "letter.export"


def test_the_letter_language_follows_the_request_unless_asked(workbench, new_request):
    reference = new_request(Channel.POST, "en")
    assert workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT).lang == "en"
    assert "Madame, Monsieur," in pdf_text(workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT,
                                                                    lang="fr").pdf)
    with pytest.raises(InputError) as bad:
        workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT, lang="de")
    assert bad.value.field == "lang"
    with pytest.raises(InputError) as bad:
        workbench.letters.fields(reference, "thank-you")
    assert bad.value.field == "kind" and "acknowledgement" in bad.value.message


def test_letters_need_the_organisation_profile(workbench):
    from dpo_workbench.services.requests import NewRequest

    reference = workbench.requests.register(NewRequest(
        rights=[Right.ACCESS], channel=Channel.POST, received_on=date(2026, 11, 2), requester_name="X Y",
        requester_address="1 rue Z\n75001 Paris"))
    with pytest.raises(InputError) as missing:
        workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT)
    assert missing.value.field == "organisation"


# -- dates, deadlines, warnings -------------------------------------------------------------------


def test_dates_in_the_letters_language():
    assert long_date(date(2026, 11, 26), "fr") == "26 novembre 2026"
    assert long_date(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert long_date(date(2026, 12, 1), "en") == "1 December 2026"


def test_an_extension_sent_after_the_first_month_warns(workbench, new_request):
    late = new_request(Channel.POST, "fr", received_on=date(2026, 10, 1))
    letter = workbench.letters.preview(late, LetterKind.EXTENSION, values={"reasons": "Complexité."})
    assert [w.code for w in letter.warnings] == ["extension-late"]
    assert "au plus tard le 4 janvier 2027" in pdf_text(letter.pdf)  # 1 January is a holiday, then a weekend
    in_time = new_request(Channel.POST, "fr", received_on=date(2026, 11, 2))
    assert workbench.letters.preview(in_time, LetterKind.EXTENSION, values={"reasons": "x"}).warnings == ()


def test_an_identity_request_while_suspended_projects_the_due_dates(workbench, new_request):
    reference = new_request(Channel.POST, "fr", received_on=date(2026, 11, 2))
    workbench.requests.ask_identity(reference, date(2026, 11, 20))
    assert workbench.letters.kinds(reference)[0] is LetterKind.IDENTITY_REQUEST
    letter = workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT)
    assert "au plus tard le 8 décembre 2026" in pdf_text(letter.pdf)  # 2 Dec + 6 days waited so far


# -- fields and the choice of letters -------------------------------------------------------------------


def test_fields_are_prefilled_from_the_request(workbench, new_request):
    reference = new_request(Channel.POST, "fr")
    workbench.requests.extend(reference, "Demande complexe portant sur plusieurs systèmes.")
    fields = {f.name: f for f in workbench.letters.fields(reference, LetterKind.EXTENSION)}
    assert fields["reasons"].value == "Demande complexe portant sur plusieurs systèmes."
    assert fields["reasons"].multiline and fields["reasons"].required
    assert fields["reasons"].labels == {"fr": "Motifs de la prolongation", "en": "Reasons for the extension"}
    assert not fields["sending_number"].required  # postal: the number of the registered letter we send
    grounds = {f.name: f for f in workbench.letters.fields(reference, LetterKind.ERASURE_REFUSED, "en")}["ground"]
    assert len(grounds.choices) == 5 and all("Article 17(3)" in c for c in grounds.choices)
    email_ref = new_request(Channel.EMAIL, "fr")
    assert "sending_number" not in {f.name for f in workbench.letters.fields(email_ref, LetterKind.REFUSAL)}


def test_the_registered_mail_number_prints_above_the_address(workbench, new_request):
    reference = new_request(Channel.POST, "fr")
    letter = workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT,
                                      values={"sending_number": "1A 999 888 7777 6"})
    text = pdf_text(letter.pdf)
    assert "Lettre recommandée avec accusé de réception n° 1A 999 888 7777 6" in text
    assert "Votre recommandé n° 1A 123 456 7890 1" in text


@pytest.mark.parametrize("rights,state,outcome,extended,late,first", [
    ([Right.ACCESS], State.OPEN, None, False, False, LetterKind.ACKNOWLEDGEMENT),
    ([Right.ACCESS], State.AWAITING_IDENTITY, None, False, False, LetterKind.IDENTITY_REQUEST),
    ([Right.ACCESS], State.OPEN, None, True, False, LetterKind.EXTENSION),
    ([Right.ACCESS], State.OPEN, None, False, True, LetterKind.ACCESS_REPLY),
    ([Right.ACCESS], State.ANSWERED, Outcome.GRANTED, False, False, LetterKind.ACCESS_REPLY),
    ([Right.ERASURE], State.ANSWERED, Outcome.REFUSED, False, False, LetterKind.ERASURE_REFUSED),
    ([Right.OBJECTION], State.ANSWERED, Outcome.REFUSED, False, False, LetterKind.REFUSAL),
    ([Right.OBJECTION], State.ANSWERED, Outcome.NO_DATA, False, False, LetterKind.NO_DATA),
    ([Right.PORTABILITY], State.ANSWERED, Outcome.GRANTED, False, False, LetterKind.PORTABILITY_REPLY),
    ([Right.POST_MORTEM], State.CLOSED, Outcome.GRANTED, False, False, LetterKind.POST_MORTEM_REGISTERED),
    ([Right.OBJECTION, Right.ERASURE], State.OPEN, None, False, True, LetterKind.COMBINED_ANSWER),
    ([Right.OBJECTION, Right.ERASURE], State.ANSWERED, Outcome.GRANTED, False, False, LetterKind.COMBINED_ANSWER),
    ([Right.ACCESS, Right.ERASURE], State.ANSWERED, Outcome.PARTLY, False, False, LetterKind.COMBINED_ANSWER),
])
def test_the_most_likely_letter_comes_first(rights, state, outcome, extended, late, first):
    kinds = likely_kinds(rights, state, outcome, extended, late)
    assert kinds[0] is first
    assert len(kinds) == len(set(kinds))
    if len(rights) > 1:  # never a letter that decides only one of the rights
        assert not set(kinds) & SINGLE_RIGHT_ANSWERS
    else:
        assert LetterKind.COMBINED_ANSWER not in kinds


def test_letter_kinds_of_a_request(workbench, new_request):
    reference = new_request(Channel.POST, "fr", rights=(Right.ACCESS, Right.ERASURE))
    kinds = workbench.letters.kinds(reference)
    assert kinds[0] is LetterKind.ACKNOWLEDGEMENT
    assert {LetterKind.COMBINED_ANSWER, LetterKind.EXTENSION} <= set(kinds)
    # access and erasure: no letter deciding only one of them is offered, not even among the others
    single = {LetterKind.ACCESS_REPLY, LetterKind.ERASURE_DONE, LetterKind.ERASURE_REFUSED}
    assert not single & set(kinds) and not single & set(workbench.letters.other_kinds(reference))
    workbench.requests.answer(reference, Outcome.PARTLY, "Factures conservées.")
    assert workbench.letters.kinds(reference)[:2] == [LetterKind.COMBINED_ANSWER, LetterKind.REFUSAL]
    reasons = {f.name: f.value for f in workbench.letters.fields(reference, LetterKind.REFUSAL)}["reasons"]
    assert reasons == "Factures conservées."


# -- e-mail drafts ---------------------------------------------------------------------------------------


def test_an_email_draft_carries_the_letter_back_through_the_channel_used(workbench, new_request):
    reference = new_request(Channel.EMAIL, "en")
    info = workbench.letters.save(reference, LetterKind.ACKNOWLEDGEMENT)
    message = email.message_from_bytes(workbench.letters.eml(info.id), policy=email.policy.default)
    assert journal(workbench)[-1].action == "letter.export-eml"
    assert message["To"].addresses[0].addr_spec == "zoe.oeuvray@exemple.fr"
    assert message["To"].addresses[0].display_name == EMAIL_NAME
    assert message["From"].addresses[0].addr_spec == "dpo@example.org"
    assert reference in message["Subject"]
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",)).get_content()
    assert f"Dear {EMAIL_NAME}," in body and "Yours sincerely" in body
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"{reference}-acknowledgement-en.pdf"]
    assert attachments[0].get_content() == workbench.documents.read(info.id)


def test_an_email_draft_with_portability_files(workbench, new_request):
    reference = new_request(Channel.EMAIL, "fr")
    info = workbench.letters.save(reference, LetterKind.PORTABILITY_REPLY, values={"data_provided": "nom: Zoë"})
    message = email.message_from_bytes(workbench.letters.eml(info.id), policy=email.policy.default)
    assert [a.get_content_type() for a in message.iter_attachments()] == [
        "application/pdf", "application/json", "text/csv"]
    assert "Madame, Monsieur," in message.get_body(("plain",)).get_content()


def test_no_email_draft_for_a_postal_request(workbench, new_request):
    reference = new_request(Channel.POST, "fr")
    info = workbench.letters.save(reference, LetterKind.ACKNOWLEDGEMENT)
    assert not workbench.letters.by_email(reference)
    with pytest.raises(InputError) as refused:
        workbench.letters.eml(info.id)
    assert refused.value.field == "channel" and "post" in refused.value.message


# -- batches ---------------------------------------------------------------------------------------------


def test_a_batch_saves_each_letter_and_reports_progress(workbench, new_request):
    references = [new_request(Channel.POST, "fr") for _ in range(3)]
    calls = []
    report = workbench.letters.generate(references, LetterKind.ACKNOWLEDGEMENT,
                                        progress=lambda d, t: calls.append((d, t)))
    assert [r for r, _ in report.saved] == references and report.skipped == [] and not report.cancelled
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    for reference, document_id in report.saved:
        assert [d.id for d in workbench.documents.of_request(reference)] == [document_id]


def test_a_cancelled_batch_keeps_the_letters_done(workbench, new_request):
    references = [new_request(Channel.POST, "fr") for _ in range(4)]
    done = []
    report = workbench.letters.generate(references, LetterKind.ACKNOWLEDGEMENT,
                                        progress=lambda d, t: done.append(d), cancelled=lambda: len(done) > 2)
    assert report.cancelled
    assert [r for r, _ in report.saved] == references[:2]
    assert workbench.documents.of_request(references[2]) == [] and workbench.documents.of_request(references[3]) == []


def test_a_batch_skips_the_letters_left_incomplete(workbench, new_request):
    references = [new_request(Channel.POST, "fr"), new_request(Channel.EMAIL, "en")]
    report = workbench.letters.generate([*references, "DSR-2026-9999"], LetterKind.ACCESS_REPLY)
    assert report.saved == []
    assert report.skipped[:2] == [(references[0], "to complete: données détenues"),
                                  (references[1], "to complete: data held")]
    assert report.skipped[2][0] == "DSR-2026-9999" and "No request" in report.skipped[2][1]
    assert all(workbench.documents.of_request(r) == [] for r in references)


def test_the_logo_of_the_profile_heads_the_letter(workbench, new_request, org):
    import base64

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (240, 80), (31, 58, 95)).save(buf, "PNG")
    logo = base64.b64encode(buf.getvalue()).decode()
    workbench.organisation.save(replace(org, profile={**org.profile, "logo_png": logo}))
    reference = new_request(Channel.POST, "fr")
    page = PdfReader(io.BytesIO(workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT).pdf)).pages[0]
    images = list(page.images)
    assert len(images) == 1 and images[0].image.size == (240, 80)
