"""The register service: saves as versions, history, the register as of a day, departments, the journal.

Every test runs on SQLite (one seat) and on PostgreSQL (a team database, where the contacts and records
are sealed columns).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from dpo_workbench.core import register as reg
from dpo_workbench.errors import InputError, NotFound
from dpo_workbench.services.register import RegisterQuery
from dpo_workbench.store.models import AuditEntry
from tests import both_databases

# each test runs on SQLite and on PostgreSQL
backend, team_url, workbench = both_databases.backend, both_databases.team_url, both_databases.workbench


def record(**values) -> reg.Processing:
    base = dict(name={"fr": "Paie", "en": "Payroll"}, purposes={"fr": "Calcul de la paie", "en": "Payroll"},
                legal_basis={"fr": "Obligation légale", "en": "Legal obligation"},
                retention={"fr": "5 ans", "en": "5 years"})
    base.update(values)
    return reg.Processing(**base)


def journal(workbench) -> list[AuditEntry]:
    with workbench.db.reading() as s:
        return list(s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())


def test_a_new_processing_gets_the_next_reference_and_a_first_version(workbench):
    first = workbench.register.save(record())
    second = workbench.register.save(record(name={"fr": "Recrutement", "en": ""}))
    assert (first, second) == ("TRT-001", "TRT-002")
    detail = workbench.register.get("trt-001")
    assert detail.version == 1 and detail.record.created_on == workbench.today()
    assert detail.screening.status == "unscreened"
    [version] = workbench.register.history(first)
    assert (version.number, version.change, version.actor) == (1, "created", "dpo-test")
    assert "name" in version.fields and "purposes" in version.fields


def test_a_change_is_a_new_version_and_a_save_without_change_writes_nothing(workbench, clock):
    ref = workbench.register.save(record())
    clock.advance(days=1)
    detail = workbench.register.get(ref)
    workbench.register.save(detail.record.copy(retention={"fr": "6 ans", "en": "6 years"}), key=detail.id,
                            expected_version=1)
    workbench.register.save(workbench.register.get(ref).record, key=ref)  # nothing changed
    history = workbench.register.history(ref)
    assert [(v.number, v.change, v.fields) for v in history] == [(2, "changed", ("retention",)), (1, "created",
                                                                 history[1].fields)]
    diff = workbench.register.diff(ref, 2)
    assert diff.previous.retention["fr"] == "5 ans" and diff.current.retention["fr"] == "6 ans"
    assert [(c.key, c.lang) for c in reg.changes(diff.previous, diff.current, "en")] == [
        ("retention", "fr"), ("retention", "en")]


def test_a_save_over_a_newer_version_is_refused_and_nothing_is_written(workbench):
    ref = workbench.register.save(record())
    detail = workbench.register.get(ref)
    workbench.register.save(detail.record.copy(retention={"fr": "7 ans", "en": ""}), key=ref, expected_version=1)
    with pytest.raises(InputError) as caught:
        workbench.register.save(detail.record.copy(purposes={"fr": "Autre", "en": ""}), key=ref, expected_version=1)
    assert caught.value.code == "processing.changed-meanwhile"
    assert workbench.register.get(ref).record.purposes["fr"] == "Calcul de la paie"
    assert len(workbench.register.history(ref)) == 2


@pytest.mark.parametrize("change, field, code", [
    (dict(name={"fr": "", "en": ""}), "name", "processing.field-missing"),
    (dict(retention={"fr": "", "en": ""}), "retention", "processing.field-missing"),
    (dict(department="Nowhere"), "department", "processing.department-unknown"),
    (dict(reference="TRT 1"), "reference", "processing.reference-characters"),
    (dict(sensitive=("astrology",)), "sensitive", "processing.code-unknown"),
])
def test_bad_input_names_the_field_and_saves_nothing(workbench, change, field, code):
    with pytest.raises(InputError) as caught:
        workbench.register.save(record(**change))
    assert (caught.value.field, caught.value.code) == (field, code)
    assert workbench.register.count() == 0


def test_the_reference_is_stable_and_unique(workbench):
    ref = workbench.register.save(record(reference="rh-paie"))
    assert ref == "RH-PAIE"
    with pytest.raises(InputError) as taken:
        workbench.register.save(record(reference="RH-PAIE"))
    assert taken.value.code == "processing.reference-taken"
    with pytest.raises(InputError) as fixed:
        workbench.register.save(record(reference="RH-PAIE-2"), key=ref)
    assert fixed.value.code == "processing.reference-fixed"


def test_the_register_as_of_a_day_prints_each_processing_as_it_then_was(workbench, clock):
    ref = workbench.register.save(record())  # Thursday 26 November 2026
    other = workbench.register.save(record(name={"fr": "Vidéosurveillance", "en": ""}))
    clock.advance(days=2)
    workbench.register.save(workbench.register.get(ref).record.copy(retention={"fr": "10 ans", "en": ""}), key=ref)
    workbench.register.retire(other)
    clock.advance(days=1)
    workbench.register.save(record(name={"fr": "Badges", "en": ""}))
    then = {p.reference: p for p, _at in workbench.register.as_of(date(2026, 11, 26))}
    assert set(then) == {"TRT-001", "TRT-002"} and then["TRT-001"].retention["fr"] == "5 ans"
    later = {p.reference: p for p, _at in workbench.register.as_of(date(2026, 11, 28))}
    assert set(later) == {"TRT-001"} and later["TRT-001"].retention["fr"] == "10 ans"
    assert workbench.register.as_of(date(2026, 11, 25)) == []
    assert [r.reference for r in workbench.register.processings()] == ["TRT-001", "TRT-003"]
    assert [r.reference for r in workbench.register.processings(RegisterQuery(include_retired=True))] == [
        "TRT-001", "TRT-002", "TRT-003"]


def test_the_list_filters_by_text_department_dpia_and_register(workbench):
    marketing = workbench.register.save_department(None, "Marketing", "Sacha Exemple", "marketing@example.org")
    workbench.register.save(record(name={"fr": "Prospection", "en": ""}, department="marketing",
                                   dpia_criteria=("evaluation", "matching")))
    workbench.register.save(record())
    workbench.register.save(reg.Processing(role="processor", name={"fr": "Hébergement", "en": ""},
                                           client="Client Exemple", purposes={"fr": "Stockage", "en": ""}))
    names = lambda q: [r.name for r in workbench.register.processings(q)]  # noqa: E731
    assert names(RegisterQuery(text="prosp")) == ["Prospection"]
    assert names(RegisterQuery(department_id=marketing)) == ["Prospection"]
    assert names(RegisterQuery(dpia="required")) == ["Prospection"]
    assert names(RegisterQuery(role="processor")) == ["Hébergement"]
    assert [r.reference for r in workbench.register.processings(RegisterQuery(role=None))] == [
        "TRT-001", "TRT-002", "SST-001"]
    row = workbench.register.processings(RegisterQuery(text="prosp"))[0]
    assert (row.department, row.dpia_status) == ("Marketing", "required")


def test_departments_contacts_are_personal_data_kept_out_of_the_journal(workbench):
    department = workbench.register.save_department(None, "Ressources humaines", "Camille Martin",
                                                    "Camille.Martin@Example.org")
    with pytest.raises(InputError) as taken:
        workbench.register.save_department(None, "ressources HUMAINES")
    assert taken.value.code == "department.name-taken"
    with pytest.raises(InputError) as email:
        workbench.register.save_department(department, "RH", "Camille Martin", "camille@")
    assert email.value.field == "contact_email"
    workbench.register.save(record(department="Ressources humaines"))
    [info] = workbench.register.departments()
    assert (info.contact_email, info.processings) == ("Camille.Martin@example.org", 1)
    with pytest.raises(InputError) as in_use:
        workbench.register.delete_department(department)
    assert in_use.value.code == "department.in-use"
    text = json.dumps([(e.action, e.details) for e in journal(workbench)], ensure_ascii=False)
    assert "Camille" not in text and "example.org" not in text
    actions = [e.action for e in journal(workbench)]
    assert {"department.create", "department.view", "register.create"} <= set(actions)


def test_the_journal_names_the_processing_and_the_fields_never_the_texts(workbench):
    ref = workbench.register.save(record(client="", joint_controllers="Partenaire SA, contact Jean Dupont"))
    entry = [e for e in journal(workbench) if e.action == "register.create"][-1]
    assert entry.object_id == ref and "joint_controllers" in json.loads(entry.details)["fields"]
    assert "Dupont" not in entry.details and "Paie" not in entry.details


def test_the_access_reply_reads_the_current_controller_processings_in_reference_order(workbench):
    workbench.register.save(record(reference="TRT-010", name={"fr": "Dix", "en": ""}))
    workbench.register.save(record(reference="TRT-002", name={"fr": "Deux", "en": ""}))
    workbench.register.save(reg.Processing(role="processor", name={"fr": "Pour un client", "en": ""},
                                           client="Client", purposes={"fr": "x", "en": ""}))
    assert [a.text("name", "fr") for a in workbench.register.access_activities()] == ["Deux", "Dix"]
    workbench.register.retire("TRT-002")
    assert [a.text("name", "fr") for a in workbench.register.access_activities()] == ["Dix"]


def test_a_missing_processing_is_not_found(workbench):
    with pytest.raises(NotFound):
        workbench.register.get("TRT-404")
    ref = workbench.register.save(record())
    with pytest.raises(NotFound):
        workbench.register.version(ref, 7)


def test_the_demo_register_ships_the_policy_retention_rules(workbench):
    from dpo_workbench.demo import load_demo

    load_demo(workbench)
    retention = {p.reference: p.retention["fr"] for p, _ in workbench.register.as_of()}
    text = " ".join(retention.values())
    for rule in ("toute la durée d'utilisation du service", "trois ans au plus à compter du dernier contact",
                 "un an à compter de la dernière connexion", "13 mois en archive", "treize mois"):
        assert rule in text
    assert workbench.register.count() >= 6 and workbench.register.count("processor") == 1
    assert workbench.register.get("TRT-003").screening.status == "required"
    assert len(workbench.register.history("TRT-003")) == 2
    assert {d.name for d in workbench.register.departments()} >= {"Marketing", "Finance", "Informatique"}
