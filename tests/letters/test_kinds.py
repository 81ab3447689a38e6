"""Every kind of letter in French and English: a valid A4 PDF, fonts embedded, the mentions the law asks for,
the address in the envelope window, names with any Latin letter."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.errors import InputError
from dpo_workbench.letters import layout
from dpo_workbench.letters.model import LetterKind
from dpo_workbench.services.requests import NewRequest
from tests.letters.conftest import ADDRESS, EMAIL_NAME, POSTAL_NAME, pdf_text, text_positions

VALUES = {
    "fr": {
        "doubt_reason": "l'adresse électronique utilisée diffère de celle que nous connaissons",
        "reasons": "Votre demande porte sur dix années d'historique réparties dans quatre systèmes.",
        "data_held": ("Nom : Zoë Œuvray\nAdresse électronique : zoe.oeuvray@exemple.fr\n"
                      "Dernière connexion : 2 novembre 2026"),
        "changes": "Adresse postale corrigée : 27 boulevard Voltaire",
        "erased": "Compte client et historique de connexion",
        "ground": "le respect d'une obligation légale qui requiert le traitement de ces données "
                  "(article 17, paragraphe 3, point b)",
        "explanation": "Les factures sont conservées dix ans (article L123-22 du code de commerce).",
        "decision": "Nous ne sommes pas en mesure de faire droit à votre demande.",
        "directives": "Effacer toutes mes données à mon décès",
        "data_provided": "nom: Zoë Œuvray\nemail: zoe.oeuvray@exemple.fr\ntéléphone: 06 12 34 56 78",
        "scope": "ne pas donner suite à votre demande",
    },
    "en": {
        "doubt_reason": "the e-mail address used differs from the one we hold",
        "reasons": "Your request covers ten years of history spread over four systems.",
        "data_held": "Name: Zoë Œuvray\nE-mail: zoe.oeuvray@exemple.fr\nLast login: 2 November 2026",
        "changes": "Postal address corrected: 27 boulevard Voltaire",
        "erased": "Customer account and login history",
        "ground": "compliance with a legal obligation which requires the processing of these data (Article 17(3)(b))",
        "explanation": "Invoices are kept for ten years (French Commercial Code, article L123-22).",
        "decision": "We are unable to grant your request.",
        "directives": "Erase all my data upon my death",
        "data_provided": "name: Zoë Œuvray\nemail: zoe.oeuvray@exemple.fr\nphone: 06 12 34 56 78",
        "scope": "not to act on your request",
    },
}
REFUSAL_GROUND = {"fr": "votre demande est manifestement excessive, notamment en raison de son caractère répétitif",
                  "en": "your request is manifestly excessive, in particular because of its repetitive character"}

REMEDIES = {
    "fr": ["réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL)",
           "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07", "recours juridictionnel"],
    "en": ["lodge a complaint", "Commission nationale de l'informatique et des libertés (CNIL)",
           "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07", "judicial remedy"],
}

MENTIONS: dict[LetterKind, dict[str, list[str]]] = {
    LetterKind.ACKNOWLEDGEMENT: {
        "fr": ["accusons réception", "au plus tard le 2 décembre 2026", "prolongé de deux mois"],
        "en": ["acknowledge receipt", "at the latest by 2 December 2026", "two further months"]},
    LetterKind.IDENTITY_REQUEST: {
        "fr": ["article 12, paragraphe 6", "est suspendu à compter de la présente demande",
               "jusqu'à la réception des informations demandées", "titre d'identité"],
        "en": ["Article 12(6)", "is suspended from the date of this letter until we receive the information",
               "identity document"]},
    LetterKind.EXTENSION: {
        "fr": ["article 12, paragraphe 3", "prolongé de deux mois", "dix années d'historique",
               "au plus tard le 2 février 2027"],
        "en": ["Article 12(3)", "extended by two further months", "ten years of history", "by 2 February 2027"]},
    LetterKind.ACCESS_REPLY: {
        "fr": ["nous vous confirmons que Exemple SAS traite des données",
               "a) Finalités des traitements", "Gestion de la newsletter", "Exécution du contrat",
               "b) Catégories de données", "; données bancaires (clients uniquement)",
               "c) Destinataires", "; les partenaires, sociétés extérieures",
               "d) Durée de conservation", "trois ans au plus",
               "e) Vos droits", "rectification", "effacement", "limitation", "vous opposer",
               "f) Droit d'introduire une réclamation", "3 place de Fontenoy",
               "g) Source des données", "; achat de bases de données",
               "h) Décision automatisée et profilage", "Profilage à des fins de prospection",
               "article 15, paragraphe 2", "en dehors de l'Union européenne",
               "copie supplémentaire", "frais raisonnables",
               "Annexe", "zoe.oeuvray@exemple.fr", "Dernière connexion"],
        "en": ["we confirm that Exemple SAS processes personal data",
               "(a) Purposes of the processing", "Newsletter", "Performance of the contract",
               "(b) Categories of personal data", "; bank details (customers only)",
               "(c) Recipients", "; partners, external companies",
               "(d) Retention period", "three years at most",
               "(e) Your rights", "rectification", "erasure", "restriction", "object",
               "(f) Right to lodge a complaint", "3 place de Fontenoy",
               "(g) Source of the data", "; purchased customer databases",
               "(h) Automated decision-making and profiling", "Profiling for commercial prospecting",
               "Article 15(2)", "outside the European Union",
               "further copy", "reasonable fee",
               "Annex", "zoe.oeuvray@exemple.fr", "Last login"]},
    LetterKind.RECTIFICATION_DONE: {
        "fr": ["article 16", "Adresse postale corrigée", "article 19"],
        "en": ["Article 16", "Postal address corrected", "Article 19"]},
    LetterKind.ERASURE_DONE: {
        "fr": ["article 17", "Compte client et historique", "irréversible", "article 19"],
        "en": ["Article 17", "Customer account and login history", "irreversible", "Article 19"]},
    LetterKind.ERASURE_REFUSED: {
        "fr": ["article 17, paragraphe 3", "respect d'une obligation légale", "article L123-22",
               "article 12, paragraphe 4", *REMEDIES["fr"]],
        "en": ["Article 17(3)", "compliance with a legal obligation", "article L123-22", "Article 12(4)",
               *REMEDIES["en"]]},
    LetterKind.RESTRICTION_ANSWER: {
        "fr": ["article 18, paragraphe 1", "l'exactitude des données est contestée",
               "Nous ne sommes pas en mesure de faire droit", "article L123-22", *REMEDIES["fr"]],
        "en": ["Article 18(1)", "the accuracy of the data is contested", "We are unable to grant",
               "article L123-22", *REMEDIES["en"]]},
    LetterKind.OBJECTION_ANSWER: {
        "fr": ["article 21", "Nous ne sommes pas en mesure", *REMEDIES["fr"]],
        "en": ["Article 21", "We are unable to grant", *REMEDIES["en"]]},
    LetterKind.POST_MORTEM_REGISTERED: {
        "fr": ["article 85 de la loi n° 78-17 du 6 janvier 1978", "Effacer toutes mes données",
               "modifier ou les révoquer à tout moment", "héritiers"],
        "en": ["Article 85 of the French Data Protection Act", "Erase all my data", "amend or revoke them at any time",
               "heirs"]},
    LetterKind.PORTABILITY_REPLY: {
        "fr": ["article 20", "format structuré, couramment utilisé et lisible par machine", "-portability.json",
               "-portability.csv"],
        "en": ["Article 20", "structured, commonly used and machine-readable format", "-portability.json",
               "-portability.csv"]},
    LetterKind.REFUSAL: {
        "fr": ["ne pas donner suite à votre demande", "manifestement excessive", "dix années d'historique",
               "article 12, paragraphe 4", *REMEDIES["fr"]],
        "en": ["not to act on your request", "manifestly excessive", "ten years of history", "Article 12(4)",
               *REMEDIES["en"]]},
    LetterKind.NO_DATA: {
        "fr": ["ne détient et ne traite aucune donnée à caractère personnel vous concernant"],
        "en": ["does not hold or process any personal data concerning you"]},
    LetterKind.COMBINED_ANSWER: {  # access and erasure, one section each, the access data in the annex
        "fr": ["Votre demande porte sur plusieurs droits", "1. Droit d'accès (article 15 du RGPD)",
               "a) Finalités des traitements", "2. Droit à l'effacement (article 17 du RGPD)",
               "Compte client et historique", "irréversible", *REMEDIES["fr"], "Annexe", "Dernière connexion"],
        "en": ["Your request invokes several rights", "1. Right of access (Article 15 GDPR)",
               "(a) Purposes of the processing", "2. Right to erasure (Article 17 GDPR)",
               "Customer account and login history", "irreversible", *REMEDIES["en"], "Annex", "Last login"]},
}
# the right each letter deciding a single right answers (the others go to a request for access and erasure)
ANSWERED_RIGHT = {
    LetterKind.ACCESS_REPLY: Right.ACCESS, LetterKind.RECTIFICATION_DONE: Right.RECTIFICATION,
    LetterKind.ERASURE_DONE: Right.ERASURE, LetterKind.ERASURE_REFUSED: Right.ERASURE,
    LetterKind.RESTRICTION_ANSWER: Right.RESTRICTION, LetterKind.OBJECTION_ANSWER: Right.OBJECTION,
    LetterKind.POST_MORTEM_REGISTERED: Right.POST_MORTEM, LetterKind.PORTABILITY_REPLY: Right.PORTABILITY,
}
COMMON = {
    "fr": ["Madame, Monsieur,", "Paris, le 26 novembre 2026", "Nos réf. : DSR-2026-0001",
           "Dominique Exemple", "Délégué à la protection des données", "salutations distinguées",
           "Exemple SAS — société fictive de démonstration"],
    "en": ["Dear ", "Paris, 26 November 2026", "Our ref.: DSR-2026-0001", "Dominique Exemple",
           "Data Protection Officer", "Yours sincerely", "Exemple SAS — société fictive de démonstration"],
}
POSTAL_MENTION = {"fr": "Lettre recommandée avec accusé de réception",
                  "en": "Registered letter with acknowledgement of receipt"}


def values_for(kind: LetterKind, lang: str) -> dict[str, str]:
    """Every free part filled (a letter ignores the parts it does not have)."""
    values = dict(VALUES[lang])
    if kind is LetterKind.REFUSAL:
        values["ground"] = REFUSAL_GROUND[lang]
    if kind is LetterKind.COMBINED_ANSWER:
        values = {"access:data_held": values["data_held"], "erasure:erased": values["erased"]}
    return values


CASES = [(kind, lang) for kind in LetterKind for lang in ("fr", "en")]


@pytest.fixture
def letters(workbench, new_request):
    """Every letter, postal requests for even-numbered kinds, e-mail ones for the others (built once per test)."""

    def build(kind: LetterKind, lang: str):
        postal = list(LetterKind).index(kind) % 2 == 0
        rights = (ANSWERED_RIGHT[kind],) if kind in ANSWERED_RIGHT else (Right.ACCESS, Right.ERASURE)
        reference = new_request(Channel.POST if postal else Channel.EMAIL, lang, rights=rights)
        letter = workbench.letters.preview(reference, kind, values=values_for(kind, lang))
        return reference, postal, letter

    return build


@pytest.mark.parametrize("kind,lang", CASES, ids=[f"{k.value}-{lang}" for k, lang in CASES])
def test_every_letter_is_a_complete_a4_pdf_with_its_mentions(letters, kind, lang):
    reference, postal, letter = letters(kind, lang)
    assert letter.kind is kind and letter.lang == lang
    assert letter.missing == ()
    reader = PdfReader(io.BytesIO(letter.pdf))
    assert len(reader.pages) == letter.pages >= 1
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.28) < 0.5 and abs(height - 841.89) < 0.5  # A4
    text = pdf_text(letter.pdf)
    for mention in [*COMMON[lang], *MENTIONS[kind][lang]]:
        assert mention.replace("DSR-2026-0001", reference) in text, f"{mention!r} missing from {kind.value}.{lang}"
    assert f"1/{letter.pages}" in text
    assert (POSTAL_MENTION[lang] in text) is postal
    assert (POSTAL_NAME if postal else EMAIL_NAME) in text
    assert "[à compléter" not in text and "[to complete" not in text


@pytest.mark.parametrize("kind,lang", CASES, ids=[f"{k.value}-{lang}" for k, lang in CASES])
def test_every_font_is_embedded(letters, kind, lang):
    _, _, letter = letters(kind, lang)
    reader = PdfReader(io.BytesIO(letter.pdf))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
    assert seen and all("DejaVuSans" in name for name in seen), seen


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kind", [LetterKind.ACKNOWLEDGEMENT, LetterKind.ACCESS_REPLY, LetterKind.REFUSAL])
def test_the_recipient_address_sits_in_the_window_of_a_dl_envelope(letters, kind, lang):
    reference, postal, letter = letters(kind, lang)
    left, top, right, bottom = layout.WINDOW_MM
    runs = text_positions(letter.pdf)
    # the address as NF Z10-011 lays it out: street lines as typed, then postcode and TOWN in capitals
    street = ADDRESS.splitlines()[:-1]
    wanted = [POSTAL_NAME if postal else EMAIL_NAME, *([*street, "75011 PARIS"] if postal else [])]
    if postal:
        wanted.append(POSTAL_MENTION[lang])
    for line in wanted:
        found = [(x, y) for text, x, y in runs if text == line]
        assert found, f"{line!r} not drawn on page 1"
        x, y = found[0]
        from_top = (layout.PAGE_HEIGHT - y) / mm
        assert left * mm <= x and x / mm < right, (line, x / mm)
        assert top < from_top < bottom - 2, (line, from_top)  # the baseline, and the letters above it


def test_names_with_any_latin_letter_extract_as_typed(workbench, new_request):
    for name in ("Łukasz Wąsowski", "Zoë Œuvray", "Søren Østergaard", "François Nguyễn"):
        reference = new_request(Channel.POST, "fr", name=name)
        text = pdf_text(workbench.letters.preview(reference, LetterKind.ACKNOWLEDGEMENT).pdf)
        assert name in text


def test_portability_files_are_json_and_csv_of_the_data_provided(letters):
    reference, _, letter = letters(LetterKind.PORTABILITY_REPLY, "fr")
    (json_name, json_mime, json_data), (csv_name, csv_mime, csv_data) = letter.attachments
    assert (json_name, json_mime) == (f"{reference}-portability.json", "application/json")
    assert (csv_name, csv_mime) == (f"{reference}-portability.csv", "text/csv")
    document = json.loads(json_data.decode("utf-8"))
    assert document["reference"] == reference and document["controller"] == "Exemple SAS"
    assert document["data"] == {"nom": "Zoë Œuvray", "email": "zoe.oeuvray@exemple.fr",
                                "téléphone": "06 12 34 56 78"}
    rows = list(csv.reader(io.StringIO(csv_data.decode("utf-8-sig"))))
    assert rows == [["field", "value"], ["nom", "Zoë Œuvray"], ["email", "zoe.oeuvray@exemple.fr"],
                    ["téléphone", "06 12 34 56 78"]]
    assert "nom" in pdf_text(letter.pdf) and "téléphone" in pdf_text(letter.pdf)


def test_an_address_typed_on_one_line_prints_as_the_postal_norm_lays_it_out(workbench, org):
    reference = workbench.requests.register(NewRequest(
        rights=[Right.ACCESS], channel=Channel.POST, received_on=date(2026, 11, 2), requester_name="Jean Dupont",
        requester_address="Résidence Les Pins, 4 avenue Jean-Jaurès, 69003 Lyon"))
    runs = [text for text, _x, _y in text_positions(workbench.letters.preview(reference,
                                                                               LetterKind.ACKNOWLEDGEMENT).pdf)]
    start = runs.index("Jean Dupont")
    assert runs[start:start + 4] == ["Jean Dupont", "Résidence Les Pins", "4 avenue Jean-Jaurès", "69003 LYON"]
    assert workbench.requests.detail(reference).requester_address == (
        "Résidence Les Pins\n4 avenue Jean-Jaurès\n69003 Lyon")


def test_a_postal_request_without_postcode_or_town_is_refused_naming_the_part(workbench):
    def post(address: str) -> NewRequest:
        return NewRequest(rights=[Right.ACCESS], channel=Channel.POST, received_on=date(2026, 11, 2),
                          requester_name="Jean Dupont", requester_address=address)

    with pytest.raises(InputError) as no_postcode:
        workbench.requests.register(post("4 avenue Jean-Jaurès\nLyon"))
    assert (no_postcode.value.field, no_postcode.value.code) == ("address", "address.postcode-missing")
    with pytest.raises(InputError) as no_town:
        workbench.requests.register(post("4 avenue Jean-Jaurès\n69003"))
    assert no_town.value.code == "address.town-missing" and "69003" in str(no_town.value)
    assert workbench.requests.total() == 0
