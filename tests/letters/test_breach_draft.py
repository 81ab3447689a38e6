"""The CNIL notification draft, the Art. 34 letter and the register PDF, read back as text with pypdf."""

from __future__ import annotations

import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pypdf
import pytest
from reportlab.lib.pagesizes import A4

from dpo_workbench.core import breach as form
from dpo_workbench.services.breaches import Assessment
from dpo_workbench.services.organisation import OrganisationProfile

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
        name="Cloud Solutions", address="112 rue Réaumur\n75002 Paris", siren="443 061 841",
        dpo_name="Éric Barbry", dpo_email="dpo-wimi@racine.eu", dpo_phone="01 44 82 43 00",
        profile={"sector": "Édition de logiciels"}))
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
                  "Cloud Solutions", "443 061 841", "Édition de logiciels", "dpo-wimi@racine.eu",
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


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Objet : information sur une violation", "Ce qui s'est passé", "Les conséquences probables",
            "Les mesures que nous avons prises", "Ce que vous pouvez faire", "Éric Barbry",
            "dpo-wimi@racine.eu", "Hameçonnage ciblé possible.", "Paris, le 26 novembre 2026"]),
    ("en", ["Subject: a breach of your personal data", "What happened", "Likely consequences",
            "What we have done", "What you can do", "Éric Barbry", "Hameçonnage ciblé possible."]),
])
def test_art_34_letter(workbench, filled, language, words):
    pdf = workbench.breaches.communication(filled, language)
    assert_a4_and_embedded(pdf)
    text = " ".join(pages(pdf))
    for w in words:
        assert w in text, w
    assert "{{" not in text and "{%" not in text


def test_public_notice(workbench, filled):
    text = " ".join(pages(workbench.breaches.communication(filled, "fr", public=True)))
    assert "Communication publique" in text and "article 34, paragraphe 3, point c)" in text


def test_documents_are_journaled_without_content(workbench, filled):
    import json

    from sqlalchemy import select

    from dpo_workbench.store.models import AuditEntry

    workbench.breaches.draft(filled, "initial")
    workbench.breaches.communication(filled, "en")
    with workbench.db.reading() as s:
        entries = {e.action: json.loads(e.details) for e in s.execute(select(AuditEntry)).scalars()}
    assert entries["breach.draft"]["kind"] == "initial" and entries["breach.draft"]["late"] is False
    assert entries["breach.communication"] == {"kind": "letter", "language": "en", "purpose": "export"}


def test_register_pdf(workbench, filled):
    pdf = workbench.breaches.export("pdf")
    assert_a4_and_embedded(pdf)
    text = " ".join(pages(pdf))
    assert "Registre des violations" in text and filled in text and "élevée" not in text
    assert "moyenne (2)" in text
