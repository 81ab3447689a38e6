"""The CNIL notification draft, the Art. 34 letter and the register PDF, read back as text with pypdf."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from sqlalchemy import select

from dpo_workbench.core import breach as form
from dpo_workbench.errors import InputError, LetterIncomplete
from dpo_workbench.letters import layout
from dpo_workbench.services.breaches import Assessment
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.store.models import AuditEntry

PARIS = ZoneInfo("Europe/Paris")


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def pages(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [" ".join(p.extract_text().split()) for p in reader.pages]


def assert_a4_and_embedded(pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        assert [round(float(x)) for x in page.mediabox[2:]] in ([round(A4[0]), round(A4[1])],
                                                                [round(A4[1]), round(A4[0])])
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]


@pytest.fixture
def organisation(workbench):
    workbench.organisation.save(OrganisationProfile(
        name="Exemple SAS", address="10 rue de l'Exemple\n75002 Paris", siren="123 456 782",
        dpo_name="Dominique Exemple", dpo_email="dpo@example.org", dpo_phone="+33 1 99 00 12 34",
        profile={"sector": "Édition de logiciels", "signature": {"fr": "Délégué à la protection des données",
                                                                  "en": "Data Protection Officer"}}))
    return workbench


@pytest.fixture
def filled(organisation):
    wb = organisation
    reference = wb.breaches.open(paris(2026, 11, 25, 9, 0), "Ordinateur portable volé dans le train")
    wb.breaches.update(reference, fields={
        "description": "Un portable non chiffré contenant un export CRM a été volé.",
        "nature": ["confidentiality"], "origin": ["device-lost"], "cause": "external-malicious",
        "people_count": 1200, "records_count": 1500, "data_categories": ["identity", "contact"],
        "people_categories": ["customers"], "vulnerable": "no", "started_at": "25/11/2026 07:40",
        "ongoing": "no", "ended_at": "25/11/2026 07:45", "consequences": "Hameçonnage ciblé possible.",
    })
    wb.breaches.assess(reference, Assessment("simple", 0.0, 1.0, 0.5, 0.0, 0.0, True))
    wb.breaches.decide(reference, "notify", "1 200 clients exposés.")
    return reference


def test_draft_has_every_section_the_filled_values_and_flags_what_is_missing(workbench, filled):
    pdf = workbench.breaches.draft(filled, "initial")
    assert_a4_and_embedded(pdf)
    text = pages(pdf)
    whole = " ".join(text)
    assert "☒ Notification initiale" in text[0] and "☐ Notification complémentaire" in text[0]
    for n, section in enumerate(form.SECTIONS, start=1):
        assert f"{n}. {section.fr}" in whole, section.fr
    assert "Justification du retard" not in whole  # not late: 48 h 59 left
    for value in ("Un portable non chiffré contenant un export CRM a été volé.", "1 200", "1 500",
                  "Équipement perdu ou volé", "Acte externe malveillant", "25/11/2026 07:40 (UTC+01:00)",
                  "Exemple SAS", "123 456 782", "Édition de logiciels", "dpo@example.org",
                  "Score SE = DPC × EI + CB = 2", "notification à la CNIL"):
        assert value in whole, value
    assert "BRE-2026-0001" in text[0] and "28/11/2026 09:00 (UTC+01:00)" in text[0]
    # the missing mandatory fields: red in place, and on the checklist page
    missing = form.missing_fields(workbench.breaches.draft_values(workbench.breaches.record(filled))[0], late=False)
    assert {f.key for f in missing} >= {"legal_representative", "org_headcount", "discovery", "measures_after"}
    assert whole.count("À COMPLÉTER — champ obligatoire") == len(missing)
    checklist = text[-1]
    assert "Liste de contrôle" in checklist and f"{len(missing)} champ(s) obligatoire(s) manquant(s)" in checklist
    for f in missing:
        assert f.fr[:25] in checklist, f.fr


def test_the_draft_is_typed_on_its_first_page(workbench, filled):
    for kind, label in (("complementary", "☒ Notification complémentaire"), ("complete", "☒ Notification complète")):
        assert label in pages(workbench.breaches.draft(filled, kind))[0]


def test_missing_red_cells_are_red(workbench, filled):
    """The flag is drawn in red: the PDF content sets the red fill before the text."""
    reader = pypdf.PdfReader(io.BytesIO(workbench.breaches.draft(filled)))
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert re.search(r"\.690196 \.164706 \.215686 rg", content)  # #b02a37


def test_late_draft_adds_the_delay_section(workbench, clock, filled):
    clock.advance(hours=80)  # 72 hours passed, nothing sent
    text = " ".join(pages(workbench.breaches.draft(filled)))
    assert "6. Justification du retard" in text and "7. Nature de la violation" in text
    assert "délai de 72 h dépassé de 33 h 00 min" in text
    assert "Pourquoi la notification intervient après 72 heures" in text
    workbench.breaches.update(filled, fields={"delay_reasons": "Vol découvert un vendredi soir ; enquête."})
    text = " ".join(pages(workbench.breaches.draft(filled, "initial")))
    assert "Vol découvert un vendredi soir ; enquête." in text


def test_complete_record_has_an_empty_checklist(workbench, filled):
    every = {f.key: ("x" if f.kind in (form.TEXT, form.LONG) else None) for s in form.SECTIONS for f in s.fields
             if f.mandatory}
    every.update({"started_at": "24/11/2026 10:00", "ongoing": "yes", "nature": ["integrity"],
                  "origin": ["other"], "cause": "unknown", "data_categories": ["other"], "records_count": 1,
                  "people_count": 1, "people_categories": ["other"], "vulnerable": "no", "harm_severity": "limited",
                  "people_informed": "no", "cross_border": "no"})
    workbench.breaches.update(filled, fields=every)
    text = pages(workbench.breaches.draft(filled))
    assert "Tous les champs obligatoires sont remplis." in text[-1]
    assert "À COMPLÉTER" not in " ".join(text)


def test_notifications_sent_are_listed(workbench, filled):
    workbench.breaches.record_notification(filled, paris(2026, 11, 25, 18, 0), "initial", "CNIL-42")
    text = pages(workbench.breaches.draft(filled, "complementary"))[0]
    assert "Notifications déjà envoyées" in text and "CNIL-42" in text


@pytest.fixture
def complete(workbench, filled):
    workbench.breaches.update(filled, fields={"measures_after": "Mots de passe réinitialisés ; plainte déposée."})
    return filled


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Objet : information sur une violation", "Ce qui s'est passé", "Les conséquences probables",
            "Les mesures que nous avons prises", "Ce que vous pouvez faire", "Dominique Exemple",
            "dpo@example.org", "Hameçonnage ciblé possible.", "Mots de passe réinitialisés ; plainte déposée.",
            "Paris, le 26 novembre 2026", "Nos réf. : BRE-2026-0001",
            "droits et libertés a été évalué comme modéré"]),  # medium: SE = 1 × 1 + 1 = 2
    ("en", ["Subject: a breach of your personal data", "What happened", "Likely consequences",
            "What we have done", "What you can do", "Dominique Exemple", "Hameçonnage ciblé possible.",
            "Our ref.: BRE-2026-0001", "Paris, 26 November 2026", "has been assessed as medium"]),
])
def test_art_34_letter(workbench, complete, language, words):
    pdf = workbench.breaches.communication(complete, language)
    assert_a4_and_embedded(pdf)
    text = " ".join(pages(pdf))
    for w in words:
        assert w in text, w
    assert "{{" not in text and "{%" not in text and "compléter" not in text and "to complete" not in text


def test_the_art_34_letter_has_the_request_letters_page_and_an_addressee_in_the_window(workbench, complete):
    from dpo_workbench.letters.breach_notice import Addressee
    from tests.letters.conftest import text_positions

    pdf = workbench.breaches.communication(complete, "fr", addressee=Addressee(
        "Jeanne Martin", "Résidence Les Pins, 4 avenue Jean-Jaurès, 69003 Lyon"))
    runs = text_positions(pdf)
    texts = [t for t, _x, _y in runs]
    assert "Exemple SAS" in texts  # the letterhead
    start = texts.index("Jeanne Martin")
    assert texts[start:start + 4] == ["Jeanne Martin", "Résidence Les Pins", "4 avenue Jean-Jaurès", "69003 LYON"]
    _, x, y = runs[start]
    left, top, right, bottom = layout.WINDOW_MM
    assert left * mm <= x < right * mm and top < (layout.PAGE_HEIGHT - y) / mm < bottom
    # without an addressee the window says who the copy is for
    plain = [t for t, _x, _y in text_positions(workbench.breaches.communication(complete, "en"))]
    assert "To the people concerned" in plain


def test_a_letter_stating_what_nobody_recorded_is_refused(workbench, organisation):
    """No consequences, no measures, no severity: the preview shows what to complete, the export is refused."""
    reference = organisation.breaches.open(paris(2026, 11, 25, 9, 0), "Ordinateur portable volé dans le train")
    assert workbench.breaches.communication_missing(reference, "fr") == ("consequences", "measures", "severity")
    letter = workbench.breaches.communication_letter(reference, "fr", purpose="preview")
    assert letter.missing_labels() == ("conséquences probables", "mesures prises", "évaluation de la gravité")
    text = " ".join(pages(letter.pdf))
    assert "[à compléter : conséquences probables]" in text and "[à compléter : mesures prises]" in text
    assert "évalué comme [à compléter : évaluation de la gravité]" in text
    assert "Nous avons pris des mesures" not in text and "Nous évaluons encore" not in text
    with pytest.raises(LetterIncomplete) as refused:
        workbench.breaches.communication(reference, "en")
    assert refused.value.missing == ("likely consequences", "measures taken", "severity assessment")
    with workbench.db.reading() as s:
        purposes = [json.loads(e.details)["purpose"] for e in s.execute(
            select(AuditEntry).where(AuditEntry.action == "breach.communication")).scalars()]
    assert purposes == ["preview"]  # the refused export wrote nothing, not even a journal entry


def test_an_addressee_without_a_deliverable_address_is_refused(workbench, complete):
    from dpo_workbench.letters.breach_notice import Addressee

    with pytest.raises(InputError) as refused:
        workbench.breaches.communication(complete, "fr", addressee=Addressee("Jeanne Martin", "4 avenue Foch"))
    assert (refused.value.field, refused.value.code) == ("addressee_address", "address.postcode-missing")
    with pytest.raises(InputError) as nameless:
        workbench.breaches.communication(complete, "fr", addressee=Addressee("", "4 avenue Foch\n69006 Lyon"))
    assert nameless.value.field == "addressee_name"


def test_public_notice(workbench, complete):
    workbench.breaches.assess(complete, Assessment("financial", 0.0, 1.0, 0.5, 0.0, 0.0, True))  # 4: very high
    text = " ".join(pages(workbench.breaches.communication(complete, "fr", public=True)))
    assert "susceptible d'engendrer un risque élevé pour les droits et libertés" in text
    assert "Communication publique" in text and "article 34, paragraphe 3, point c)" in text
    assert "Aux personnes concernées" not in text


def test_documents_are_journaled_without_content(workbench, filled):
    import json

    from sqlalchemy import select

    from dpo_workbench.store.models import AuditEntry

    workbench.breaches.update(filled, fields={"measures_after": "Mots de passe réinitialisés."})
    workbench.breaches.draft(filled, "initial")
    workbench.breaches.communication(filled, "en")
    with workbench.db.reading() as s:
        entries = {e.action: json.loads(e.details) for e in s.execute(select(AuditEntry)).scalars()}
    assert entries["breach.draft"]["kind"] == "initial" and entries["breach.draft"]["late"] is False
    assert entries["breach.communication"] == {"kind": "letter", "language": "en", "purpose": "export",
                                               "addressed": False}


def test_register_pdf(workbench, filled):
    pdf = workbench.breaches.export("pdf")
    assert_a4_and_embedded(pdf)
    text = " ".join(pages(pdf))
    assert "Registre des violations" in text and filled in text and "élevée" not in text
    assert "moyenne (2)" in text
