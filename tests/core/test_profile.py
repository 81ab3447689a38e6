"""The organisation profile's typed view: languages, fallbacks, unknown keys kept."""

import json
from importlib.resources import files

from dpo_workbench.core.profile import CNIL_COMPLAINTS, ProcessingActivity, ProfileDetails, lines, localized, pick


def test_a_plain_string_is_french_and_english_falls_back_to_it():
    text = localized("Gestion des comptes")
    assert text == {"fr": "Gestion des comptes", "en": ""}
    assert pick(text, "en") == "Gestion des comptes"
    assert pick({"fr": "", "en": "Accounts"}, "fr") == "Accounts"
    assert pick({"fr": " ", "en": ""}, "fr") == ""


def test_lines_drop_bullets_and_blank_lines():
    assert lines({"fr": "- a\n\n• b \n  c", "en": ""}, "fr") == ["a", "b", "c"]


def test_round_trip_keeps_unknown_keys_and_activities():
    data = {"place": "Paris", "services": ["Exemple Docs"], "signature": "DPO",
            "activities": [{"name": {"fr": "Comptes", "en": "Accounts"}, "purposes": "a\nb"}, "junk"]}
    details = ProfileDetails.from_dict(data)
    assert details.place == "Paris" and details.extra == {"services": ["Exemple Docs"]}
    assert details.signature == {"fr": "DPO", "en": ""}
    [activity] = details.activities
    assert activity.items("purposes", "en") == ["a", "b"]
    assert activity.missing("fr") == ["legal_basis", "data_categories", "recipients", "retention"]
    again = ProfileDetails.from_dict(json.loads(json.dumps(details.to_dict())))
    assert again == details


def test_the_cnil_is_the_default_complaint_authority():
    assert ProfileDetails.from_dict({}).complaint_authority == CNIL_COMPLAINTS
    assert "3 place de Fontenoy" in CNIL_COMPLAINTS["fr"] and "75334 Paris Cedex 07" in CNIL_COMPLAINTS["en"]


def test_the_demo_register_describes_every_art_15_item_in_both_languages():
    from dpo_workbench.core.register import Processing

    data = json.loads(files("dpo_workbench.resources").joinpath("demo/organisation.json").read_text("utf-8"))
    details = ProfileDetails.from_dict(data["profile"])
    assert details.activities == []  # the register keeps them (resources/demo/register.json)
    register = json.loads(files("dpo_workbench.resources").joinpath("demo/register.json").read_text("utf-8"))
    details.activities = [Processing.from_dict(p).activity() for p in register["processings"]
                          if p["role"] == "controller"]
    assert len(details.activities) >= 6
    for activity in details.activities:
        for lang in ("fr", "en"):
            assert activity.missing(lang) == []
            for name in ProcessingActivity.REQUIRED:
                assert activity.text(name, "fr") != activity.text(name, "en") or not activity.text(name, "fr")
    assert any(a.text("source", "fr") for a in details.activities)  # Art. 15(1)(g): purchased databases
    assert any(a.text("automated_decisions", "en") for a in details.activities)  # 15(1)(h): profiling
    assert details.place == "Paris" and details.signature["fr"]
