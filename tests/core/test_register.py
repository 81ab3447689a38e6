"""The register's pure rules: the fields, the diff of two versions, the DPIA screening and its reasoning."""

from __future__ import annotations

from datetime import date

import pytest

from dpo_workbench.core import register as reg
from dpo_workbench.core.profile import ProcessingActivity


def processing(**values) -> reg.Processing:
    base = dict(reference="TRT-001", name={"fr": "Paie", "en": "Payroll"}, purposes={"fr": "Paie", "en": ""},
                legal_basis={"fr": "Obligation légale", "en": ""}, retention={"fr": "5 ans", "en": ""})
    base.update(values)
    return reg.Processing(**base)


def test_a_record_round_trips_through_its_json_form():
    p = processing(subjects=("employee",), sensitive=("health",), dpia_criteria=("vulnerable", "sensitive"),
                   created_on=date(2026, 1, 15), dpia_screened_on=date(2026, 2, 1), department="RH")
    again = reg.Processing.from_dict(p.to_dict())
    assert again == p
    assert reg.changed_fields(p, again) == []


def test_the_fields_cover_the_cnil_model_and_the_access_reply():
    keys = {f.key for f in reg.FIELDS}
    assert {"reference", "name", "created_on", "controller", "joint_controllers", "purposes", "legal_basis",
            "subjects", "data_categories", "sensitive", "recipients", "transfers", "safeguards", "retention",
            "security", "source", "client", "department"} <= keys
    assert set(ProcessingActivity.TEXT_FIELDS) <= keys  # an access reply loses nothing
    assert all(f.section in reg.SECTIONS for f in reg.FIELDS)


def test_the_access_reply_view_keeps_the_texts_and_adds_the_safeguards_to_the_transfers():
    p = processing(transfers={"fr": "États-Unis (hébergeur)", "en": "United States (host)"},
                   safeguards={"fr": "Clauses contractuelles types", "en": ""})
    activity = p.activity()
    assert activity.text("name", "en") == "Payroll"
    assert activity.items("transfers", "fr") == ["États-Unis (hébergeur)", "Clauses contractuelles types"]
    assert reg.Processing.from_activity(ProcessingActivity.from_dict(activity.to_dict())).retention == p.retention


def test_changes_are_per_language_for_texts_and_in_words_for_codes():
    old = processing(subjects=("customer",))
    new = processing(subjects=("customer", "prospect"), retention={"fr": "5 ans", "en": "5 years"})
    changes = reg.changes(old, new, "fr")
    assert [(c.key, c.lang) for c in changes] == [("subjects", None), ("retention", "en")]
    assert changes[0].new == "Clients, Prospects" and changes[1].old == "" and changes[1].new == "5 years"
    assert reg.changed_fields(old, processing(subjects=("customer",), retention={"fr": " 5 ans\n", "en": ""})) == []


def test_problems_name_the_field():
    assert reg.problems(processing()) == []
    assert reg.problems(processing(name={"fr": "", "en": ""}))[0][:2] == ("name", "processing.field-missing")
    assert reg.problems(processing(subjects=("martians",)))[0] == ("subjects", "processing.code-unknown",
                                                                  {"codes": "martians"})
    assert reg.problems(processing(reference="TRT/1"))[0][1] == "processing.reference-characters"
    processor = reg.Processing(role="processor", name={"fr": "Hébergement", "en": ""}, purposes={"fr": "x", "en": ""})
    assert reg.problems(processor) == [("client", "processing.field-missing", {})]


def test_next_reference_follows_the_highest_number():
    assert reg.next_reference("controller", []) == "TRT-001"
    assert reg.next_reference("controller", ["TRT-002", "TRT-010", "SST-050", "X"]) == "TRT-011"
    assert reg.next_reference("processor", ["TRT-002"]) == "SST-001"
    assert sorted(["TRT-10", "TRT-2"], key=reg.reference_key) == ["TRT-2", "TRT-10"]


@pytest.mark.parametrize("values, status, first_reason", [
    ({}, "unscreened", "not-screened"),
    (dict(dpia_screened_on=date(2026, 1, 1)), "not-required", "no-criterion"),
    (dict(dpia_criteria=("large-scale",)), "not-required", "one-criterion"),
    (dict(dpia_criteria=("large-scale", "matching")), "required", "two-criteria"),
    (dict(dpia_listed="location"), "required", "listed"),
    (dict(dpia_exempt="suppliers"), "exempt", "exempt"),
    (dict(dpia_exempt="suppliers", dpia_criteria=("vulnerable", "sensitive")), "exempt", "exempt"),
    (dict(dpia_listed="hr-profiling", dpia_exempt="hr-small"), "required", "listed"),
    (dict(role="processor", dpia_criteria=("large-scale", "matching")), "unscreened", "processor"),
])
def test_dpia_screening(values, status, first_reason):
    screening = reg.screen(processing(**values))
    assert screening.status == status
    assert screening.reasons[0].code == first_reason


def test_two_criteria_are_enough_and_the_reasoning_names_them_in_both_languages():
    screening = reg.screen(processing(dpia_criteria=("matching", "evaluation")))
    assert screening.required and screening.criteria == ("evaluation", "matching")  # in the EDPB's order
    [reason] = screening.reasons
    french = reg.reason_text(reason, "fr")
    assert "2 critères du CEPD" in french and "Évaluation ou notation" in french and "WP248" in french
    assert "two criteria or more" in reg.reason_text(reason, "en")


def test_exempt_despite_criteria_warns():
    screening = reg.screen(processing(dpia_exempt="suppliers", dpia_criteria=("vulnerable", "sensitive")))
    assert [r.code for r in screening.reasons] == ["exempt", "exempt-despite-criteria"]
    assert "Gestion des relations fournisseurs" in reg.reason_text(screening.reasons[0], "fr")


def test_the_lists_have_the_sizes_of_their_sources():
    assert len(reg.DPIA_CRITERIA) == 9  # WP248 rev.01
    assert len(reg.DPIA_REQUIRED_LIST) == 14  # CNIL, deliberation 2018-327
    assert len(reg.DPIA_EXEMPT_LIST) == 12  # CNIL, deliberation 2019-118
    for words in [*reg.DPIA_CRITERIA.values(), *reg.REASON_WORDS.values(), *reg.SECTIONS.values()]:
        assert all(w.strip() for w in words)
