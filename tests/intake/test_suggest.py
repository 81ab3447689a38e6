"""Rights and language suggested from the text, with the words as written."""

from __future__ import annotations

import re

import pytest

from dpo_workbench.core.rights import Language, Right
from dpo_workbench.intake.suggest import PATTERNS, TRIGGERS, detect_language, fold_with_map, suggest_rights


def found(text: str) -> dict[Right, list[str]]:
    return {s.right: [m.words for m in s.matches] for s in suggest_rights(text)}


@pytest.mark.parametrize("text, right, words", [
    ("Je souhaite exercer mon droit d’accès.", Right.ACCESS, "droit d’accès"),
    ("Merci de m'envoyer une copie de mes données.", Right.ACCESS, "copie de mes données"),
    ("Pouvez-vous SUPPRIMER MES DONNÉES ?", Right.ERASURE, "SUPPRIMER MES DONNÉES"),
    ("Je demande l'effacement de mon dossier.", Right.ERASURE, "effacement"),
    ("Je demande la portabilité.", Right.PORTABILITY, "portabilité"),
    ("Je fais opposition au traitement.", Right.OBJECTION, "opposition"),
    ("Merci de rectifier mon nom.", Right.RECTIFICATION, "rectifier"),
    ("Voici mes directives post-mortem.", Right.POST_MORTEM, "directives post-mortem"),
    ("I want to access my data.", Right.ACCESS, "access my data"),
    ("Please delete my account.", Right.ERASURE, "delete my account"),
    ("I withdraw my consent.", Right.CONSENT_WITHDRAWAL, "withdraw my consent"),
    ("Je   m’oppose\n à la prospection.", Right.OBJECTION, "Je   m’oppose"),
    ("Il s'agit d'une décision automatisée.", Right.AUTOMATED_DECISION, "décision automatisée"),
    ("Please restrict the processing.", Right.RESTRICTION, "restrict the processing"),
])
def test_each_right_is_found_with_its_words_as_written(text, right, words):
    assert words in found(text)[right]


def test_nothing_is_suggested_from_an_unrelated_text():
    assert suggest_rights("Bonjour, pouvez-vous me rappeler demain ? Merci.") == []


def test_rights_come_in_the_order_of_their_first_mention():
    text = "Please delete my account. Also, I want to access my data."
    assert [s.right for s in suggest_rights(text)] == [Right.ERASURE, Right.ACCESS]


def test_offsets_point_into_the_original_text_whatever_its_characters():
    text = "Œuvre ﬁnale 😀 — İSTANBUL: je veux la PORTABILITÉ de mes données"
    folded, where = fold_with_map(text)
    assert where is None and len(folded) == len(text) and "portabilite" in folded
    [s] = suggest_rights(text)
    m = s.matches[0]
    assert text[m.start:m.end] == "PORTABILITÉ"


def test_every_pattern_contains_one_of_its_rights_triggers():
    """The triggers only skip work: a pattern without one could never be tried."""
    for right, patterns in PATTERNS.items():
        for pattern in patterns:
            literal = re.sub(r"\\[bsw]|\(\?:|[()?*+|.]|\\", " ", pattern)
            assert any(t in pattern or t in literal for t in TRIGGERS[right]), (right, pattern)


@pytest.mark.parametrize("text, language", [
    ("Bonjour, je souhaite obtenir une copie de mes données. Merci, cordialement.", Language.FR),
    ("Hello, I would like a copy of my data. Thank you, kind regards.", Language.EN),
    ("", Language.FR),
    ("Portabilité", Language.FR),
])
def test_language(text, language):
    assert detect_language(text) is language
