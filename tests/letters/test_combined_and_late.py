"""A request invoking several rights gets one letter deciding each of them; an answer after the due date says so.

Requests are received on 2 November 2026 (due Wednesday 2 December) unless said; the FixedClock says
Thursday 26 November 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.errors import InputError, LetterIncomplete
from dpo_workbench.letters.model import LetterKind
from tests.letters.conftest import pdf_text

OBJECTION_AND_ERASURE = (Right.OBJECTION, Right.ERASURE)
OVERDUE = date(2026, 10, 1)  # due Monday 2 November 2026: 24 days late on 26 November


def names(fields) -> list[str]:
    return [f.name for f in fields]


def test_the_answer_to_several_rights_has_a_section_per_right_each_to_decide(workbench, new_request):
    reference = new_request(Channel.POST, "fr", rights=OBJECTION_AND_ERASURE)
    fields = workbench.letters.fields(reference, LetterKind.COMBINED_ANSWER)
    assert names(fields)[:5] == ["objection:answer", "objection:decision", "objection:explanation",
                                 "erasure:answer", "erasure:erased"]
    chooser = fields[0]
    assert chooser.value == "objection-answer" and "refusal" in chooser.options
    assert chooser.label("fr") == "Opposition — réponse" and fields[1].label("en") == "Objection — Decision"
    letter = workbench.letters.preview(reference, LetterKind.COMBINED_ANSWER)
    # what the DPO must decide is named with its right
    assert letter.missing == ("décision (opposition)",)
    with pytest.raises(LetterIncomplete):
        workbench.letters.save(reference, LetterKind.COMBINED_ANSWER)

    values = {"objection:decision": "Vos données ne sont plus utilisées à des fins de prospection commerciale.",
              "erasure:erased": "Compte client\nHistorique de connexion"}
    letter = workbench.letters.preview(reference, LetterKind.COMBINED_ANSWER, values=values)
    assert letter.missing == ()
    text = pdf_text(letter.pdf)
    for words in ("1. Droit d'opposition (article 21 du RGPD)", "ne sont plus utilisées à des fins de prospection",
                  "2. Droit à l'effacement (article 17 du RGPD)", "Compte client", "irréversible",
                  "recours juridictionnel"):
        assert words in text, words
    assert text.index("1. Droit d'opposition") < text.index("2. Droit à l'effacement")
    info = workbench.letters.save(reference, LetterKind.COMBINED_ANSWER, values=values)
    assert workbench.requests.detail(reference).timeline[-1].detail["letter"] == "combined-answer"
    assert info.id


def test_choosing_how_a_right_is_answered_changes_its_part_of_the_letter(workbench, new_request):
    reference = new_request(Channel.POST, "en", rights=OBJECTION_AND_ERASURE)
    refused = {"erasure:answer": "erasure-refused"}
    fields = names(workbench.letters.fields(reference, LetterKind.COMBINED_ANSWER, values=refused))
    assert "erasure:erased" not in fields and {"erasure:ground", "erasure:explanation"} <= set(fields)
    values = {**refused, "objection:decision": "We continue the processing.",
              "objection:explanation": "Compelling legitimate grounds.", "erasure:ground": "a legal obligation",
              "erasure:explanation": "Invoices are kept for ten years."}
    text = pdf_text(workbench.letters.preview(reference, LetterKind.COMBINED_ANSWER, values=values).pdf)
    assert "2. Right to erasure (Article 17 GDPR)" in text and "Invoices are kept for ten years." in text
    # a code that does not answer this right is not taken: the usual answer stays
    odd = names(workbench.letters.fields(reference, LetterKind.COMBINED_ANSWER,
                                         values={"erasure:answer": "portability-reply"}))
    assert "erasure:erased" in odd


def test_a_refused_request_starts_from_refusals(workbench, new_request):
    reference = new_request(Channel.POST, "fr", rights=OBJECTION_AND_ERASURE)
    workbench.requests.answer(reference, Outcome.REFUSED, "Demande manifestement excessive.")
    fields = {f.name: f.value for f in workbench.letters.fields(reference, LetterKind.COMBINED_ANSWER)}
    assert fields["objection:answer"] == "refusal" and fields["erasure:answer"] == "erasure-refused"
    assert fields["objection:reasons"] == "Demande manifestement excessive."  # the recorded reason, prefilled


def test_access_and_portability_in_one_letter_keep_the_annex_and_the_files(workbench, new_request):
    reference = new_request(Channel.EMAIL, "fr", rights=(Right.ACCESS, Right.PORTABILITY))
    values = {"access:data_held": "Nom : Zoë Œuvray\nDernière connexion : 2 novembre 2026",
              "portability:data_provided": "nom: Zoë Œuvray\nemail: zoe@example.org"}
    letter = workbench.letters.preview(reference, LetterKind.COMBINED_ANSWER, values=values)
    assert letter.missing == ()
    text = pdf_text(letter.pdf)
    assert "Annexe — Données à caractère personnel vous concernant" in text and "Dernière connexion" in text
    assert [name for name, _mime, _data in letter.attachments] == [f"{reference}-portability.json",
                                                                   f"{reference}-portability.csv"]


def test_a_letter_deciding_one_right_of_several_is_refused_everywhere(workbench, new_request):
    reference = new_request(Channel.POST, "fr", rights=OBJECTION_AND_ERASURE)
    with pytest.raises(InputError) as refused:
        workbench.letters.preview(reference, LetterKind.OBJECTION_ANSWER, values={"decision": "x"})
    assert refused.value.code == "letter.decides-one-right"
    assert "combined-answer" in str(refused.value)
    report = workbench.letters.generate([reference], LetterKind.ERASURE_DONE)
    assert report.saved == [] and "decides only one" in report.skipped[0][1]
    # a request for one right still gets its own letter
    single = new_request(Channel.POST, "fr", rights=(Right.OBJECTION,))
    assert workbench.letters.preview(single, LetterKind.OBJECTION_ANSWER, values={"decision": "x"}).missing == ()


def test_an_answer_written_after_the_due_date_is_flagged_and_may_apologise(workbench, new_request):
    reference = new_request(Channel.POST, "fr", rights=(Right.ERASURE,), received_on=OVERDUE)
    fields = workbench.letters.fields(reference, LetterKind.ERASURE_DONE)
    assert fields[0].name == "delay_note" and not fields[0].required
    assert fields[0].value == ("Nous vous prions de bien vouloir nous excuser du retard de cette réponse : le délai "
                               "prévu par l'article 12, paragraphe 3, du RGPD expirait le 2 novembre 2026.")
    letter = workbench.letters.preview(reference, LetterKind.ERASURE_DONE, values={"erased": "Compte client"})
    assert [(w.code, w.params["days"]) for w in letter.warnings] == [("letter.answer-late", 24)]
    text = pdf_text(letter.pdf)
    assert "excuser du retard de cette réponse" in text
    assert text.index("Nous faisons suite") < text.index("excuser du retard") < text.index("effacement des données")
    kept_out = workbench.letters.preview(reference, LetterKind.ERASURE_DONE,
                                         values={"erased": "Compte client", "delay_note": ""})
    assert "excuser du retard" not in pdf_text(kept_out.pdf) and kept_out.warnings  # still flagged to the DPO
    # the acknowledgement, the identity request or the extension are not answers: no apology offered
    assert "delay_note" not in names(workbench.letters.fields(reference, LetterKind.ACKNOWLEDGEMENT))


def test_an_answer_in_time_has_no_delay_part(workbench, new_request):
    reference = new_request(Channel.POST, "en", rights=(Right.ERASURE,))
    assert "delay_note" not in names(workbench.letters.fields(reference, LetterKind.ERASURE_DONE))
    letter = workbench.letters.preview(reference, LetterKind.ERASURE_DONE, values={"erased": "Account"})
    assert letter.warnings == ()
