"""The breach register through the workbench: what is stored, refused, journaled, listed and exported.

The clock of tests/conftest.py stands at Thursday 26 November 2026, 10:00 in Paris.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from dpo_workbench.errors import InputError, NotFound
from dpo_workbench.services.breaches import Assessment, BreachQuery
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.store.models import AuditEntry, Breach

PARIS = ZoneInfo("Europe/Paris")
SECRET = "Jeanne Secrète-Personne"  # personal data that must never reach the journal


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def journal(workbench, action: str | None = None) -> list[AuditEntry]:
    with workbench.db.reading() as s:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(s.execute(query).scalars())


def test_open_a_breach_starts_the_72_hours(workbench):
    reference = workbench.breaches.open(paris(2026, 11, 25, 14, 0), f"Laptop of {SECRET} stolen")
    assert reference == "BRE-2026-0001"
    assert workbench.breaches.open(paris(2026, 11, 26, 9, 0), "Second") == "BRE-2026-0002"
    record = workbench.breaches.record(reference)
    assert record.deadline == paris(2026, 11, 28, 14, 0)
    assert record.state == "open" and not record.notified
    assert [e.object_id for e in journal(workbench, "breach.create")] == ["BRE-2026-0001", "BRE-2026-0002"]
    assert [e.object_id for e in journal(workbench, "breach.view")] == ["BRE-2026-0001"]


@pytest.mark.parametrize(
    ("aware", "expected"),
    [
        (paris(2026, 3, 27, 10, 0), "2026-03-30T11:00:00+02:00"),  # spring: one hour later on the wall clock
        (paris(2026, 10, 23, 10, 0), "2026-10-26T09:00:00+01:00"),  # autumn: one hour earlier
    ],
)
def test_the_stored_deadline_is_72_elapsed_hours_across_both_changes(workbench, aware, expected):
    reference = workbench.breaches.open(aware, "Mailing to the wrong list")
    record = workbench.breaches.record(reference)
    assert record.deadline.isoformat() == expected
    assert record.deadline - record.aware_at == timedelta(hours=72)
    row = workbench.breaches.register()[0]
    assert row.deadline.isoformat() == expected


def test_the_awareness_keeps_the_offset_it_was_given_with(workbench):
    aware = datetime(2026, 11, 25, 8, 0, tzinfo=timezone(timedelta(hours=-5)))  # New York
    reference = workbench.breaches.open(aware, "Found by the US office")
    record = workbench.breaches.record(reference)
    assert record.aware_at.utcoffset() == timedelta(hours=-5)
    assert record.aware_at == aware
    assert record.deadline == paris(2026, 11, 28, 14, 0)
    assert workbench.breaches.register()[0].as_dict()["aware_at"] == "2026-11-25T08:00-05:00"


@pytest.mark.parametrize(
    ("aware", "summary", "field"),
    [
        (datetime(2026, 11, 25, 10, 0), "naive", "aware_at"),
        (paris(2026, 11, 27, 10, 0), "tomorrow", "aware_at"),
        (paris(2017, 1, 1, 10, 0), "before the GDPR", "aware_at"),
        (paris(2026, 11, 25, 10, 0), "   ", "summary"),
        (paris(2026, 11, 25, 10, 0), "x" * 2001, "summary"),
    ],
)
def test_bad_input_opens_nothing(workbench, aware, summary, field):
    with pytest.raises(InputError) as caught:
        workbench.breaches.open(aware, summary)
    assert caught.value.field == field
    assert workbench.breaches.total() == 0
    assert journal(workbench, "breach.create") == []


def test_update_saves_every_section_and_journals_field_names_only(workbench):
    reference = workbench.breaches.open(paris(2026, 11, 25, 14, 0), "Mailing")
    record = workbench.breaches.update(reference, fields={
        "description": f"The file of {SECRET} was sent to 300 people.", "people_count": "300",
        "nature": ["confidentiality"], "started_at": "25/11/2026 11:00", "cause": "internal-accidental",
    })
    assert record.fields["people_count"] == 300
    assert record.fields["started_at"] == "2026-11-25T11:00+01:00"
    changes = journal(workbench, "breach.change")
    assert len(changes) == 1
    assert json.loads(changes[0].details)["fields"] == ["cause", "description", "nature", "people_count",
                                                         "started_at"]
    workbench.breaches.update(reference, fields={"people_count": 300})  # no change: no entry
    assert len(journal(workbench, "breach.change")) == 1
    for entry in journal(workbench):
        assert SECRET not in entry.details and "300 people" not in entry.details


def test_bad_input_saves_nothing_at_all(workbench):
    reference = workbench.breaches.open(paris(2026, 11, 25, 14, 0), "Mailing")
    workbench.breaches.update(reference, fields={"people_count": 10, "description": "first"})
    with pytest.raises(InputError) as caught:
        workbench.breaches.update(reference, summary="changed", fields={"description": "second",
                                                                      "people_count": "a dozen"})
    assert caught.value.field == "people_count"
    record = workbench.breaches.record(reference)
    assert record.fields["description"] == "first" and record.fields["people_count"] == 10
    assert record.summary == "Mailing"
    with pytest.raises(InputError) as caught:
        workbench.breaches.update(reference, fields={"started_at": "25/11/2026 12:00", "ended_at": "25/11/2026 11:00"})
    assert caught.value.field == "ended_at"


def test_changing_the_awareness_moves_the_deadline(workbench):
    reference = workbench.breaches.open(paris(2026, 11, 25, 14, 0), "Mailing")
    workbench.breaches.update(reference, aware_at=paris(2026, 11, 24, 9, 30))
    assert workbench.breaches.record(reference).deadline == paris(2026, 11, 27, 9, 30)
    assert json.loads(journal(workbench, "breach.change")[-1].details)["fields"] == ["aware_at"]


def test_assessment_decision_notification_and_closing(workbench):
    reference = workbench.breaches.open(paris(2026, 11, 24, 9, 0), "Ransomware")
    severity = workbench.breaches.assess(reference, Assessment("behavioural", 0.0, 0.75, 0.5, 0.25, 0.5, True))
    assert (severity.score, severity.level) == (3.25, "high")
    record = workbench.breaches.record(reference)
    assert record.suggested_decision == "notify-and-inform"
    assert json.loads(journal(workbench, "breach.assess")[0].details) == {"level": "high", "score": 3.25}

    with pytest.raises(InputError) as caught:
        workbench.breaches.close(reference)
    assert caught.value.field == "decision"
    with pytest.raises(InputError) as caught:
        workbench.breaches.decide(reference, "notify", "  ")
    assert caught.value.field == "decision_reason"
    workbench.breaches.decide(reference, "notify", "Customers' tickets encrypted by an attacker.")
    with pytest.raises(InputError, match="record the notification"):
        workbench.breaches.close(reference)

    with pytest.raises(InputError, match="follows an initial"):
        workbench.breaches.record_notification(reference, paris(2026, 11, 25, 9, 0), "complementary")
    with pytest.raises(InputError, match="before the company became aware"):
        workbench.breaches.record_notification(reference, paris(2026, 11, 23, 9, 0), "initial")
    with pytest.raises(InputError, match="future"):
        workbench.breaches.record_notification(reference, paris(2026, 11, 27, 9, 0), "initial")
    workbench.breaches.record_notification(reference, paris(2026, 11, 25, 9, 0), "initial", "CNIL-2026-123")
    workbench.breaches.record_notification(reference, paris(2026, 11, 26, 9, 0), "complementary", "CNIL-2026-123")
    with pytest.raises(InputError, match="later ones are complementary"):
        workbench.breaches.record_notification(reference, paris(2026, 11, 26, 9, 30), "initial")
    record = workbench.breaches.record(reference)
    assert [n.kind for n in record.notifications] == ["initial", "complementary"]
    assert record.first_notified_at == paris(2026, 11, 25, 9, 0)
    assert record.countdown(workbench.now()).status == "notified"
    assert not record.late(workbench.now())
    workbench.breaches.close(reference)
    assert workbench.breaches.record(reference).state == "closed"
    phases = workbench.breaches.register()[0].as_dict()["notifications"]  # the register shows the phases
    assert phases == [
        {"type": "initial", "sent_at": "2026-11-25T09:00+01:00", "cnil_reference": "CNIL-2026-123"},
        {"type": "complementary", "sent_at": "2026-11-26T09:00+01:00", "cnil_reference": "CNIL-2026-123"}]
    csv_text = workbench.breaches.export("csv").decode("utf-8-sig")
    assert "initial 2026-11-25T09:00+01:00 CNIL-2026-123; complementary 2026-11-26T09:00+01:00" in csv_text
    pdf_text = " ".join(" ".join(p.extract_text().split()) for p in __import__("pypdf").PdfReader(
        __import__("io").BytesIO(workbench.breaches.export("pdf"))).pages)
    assert "clôturée" in pdf_text
    assert "initiale 25/11/2026 09:00" in pdf_text and "complémentaire 26/11/2026 09:00" in pdf_text
    actions = [e.action for e in journal(workbench) if e.object_id == reference]
    assert actions.count("breach.notification") == 2 and "breach.close" in actions
    assert "breach.decision" in actions


def test_register_only_closes_without_notification(workbench):
    reference = workbench.breaches.open(paris(2026, 11, 20, 9, 0), "Encrypted key lost")
    workbench.breaches.decide(reference, "register-only", "Encrypted, key safe: no risk.")
    workbench.breaches.close(reference)
    row = workbench.breaches.register()[0]
    assert row.state == "closed" and row.countdown(workbench.now()).status == "closed"


def test_register_filters_and_the_alert(workbench):
    late = workbench.breaches.open(paris(2026, 11, 20, 9, 0), "Ransomware on the support server")
    soon = workbench.breaches.open(paris(2026, 11, 24, 9, 0), "Laptop stolen")
    done = workbench.breaches.open(paris(2026, 11, 25, 9, 0), "Mailing to the wrong list")
    workbench.breaches.record_notification(done, paris(2026, 11, 25, 18, 0), "complete")
    workbench.breaches.assess(soon, Assessment("financial", 0.0, 1.0))
    ids = {r.reference: r.id for r in workbench.breaches.register()}
    assert [r.reference for r in workbench.breaches.register()] == [done, soon, late]  # latest awareness first
    assert workbench.breaches.ids(BreachQuery(text="LAPTOP")) == [ids[soon]]
    assert workbench.breaches.ids(BreachQuery(level="high")) == [ids[soon]]
    assert set(workbench.breaches.ids(BreachQuery(level="unassessed"))) == {ids[late], ids[done]}
    assert workbench.breaches.ids(BreachQuery(notified=True)) == [ids[done]]
    assert workbench.breaches.ids(BreachQuery(late=True)) == [ids[late]]
    assert workbench.breaches.ids(BreachQuery(sort="reference", descending=False)) == [ids[late], ids[soon], ids[done]]
    alert = workbench.breaches.alert()
    assert alert.reference == late and alert.countdown(workbench.now()).status == "late"
    workbench.breaches.decide(late, "register-only", "No risk after analysis.")
    assert workbench.breaches.alert().reference == soon
    with pytest.raises(NotFound):
        workbench.breaches.record("BRE-2026-0099")


def test_draft_values_prefill_from_the_organisation_and_what_the_dpo_typed_wins(workbench):
    workbench.organisation.save(OrganisationProfile(
        name="Exemple SAS", address="12 rue de l'Exemple\n75002 Paris", siren="123456782", dpo_name="M. DPO",
        dpo_email="dpo@example.fr", dpo_phone="01 02 03 04 05",
        profile={"sector": "Software", "headcount": 120}))  # no legal_representative: left empty
    reference = workbench.breaches.open(paris(2026, 11, 25, 9, 0), "Mailing")
    workbench.breaches.update(reference, fields={"org_name": "Exemple SAS"})
    values, prefilled = workbench.breaches.draft_values(workbench.breaches.record(reference))
    assert values["org_name"] == "Exemple SAS" and "org_name" not in prefilled
    assert values["org_siren"] == "123456782" and values["org_sector"] == "Software"
    assert values["org_headcount"] == "120" and values["contact_email"] == "dpo@example.fr"
    assert "legal_representative" not in values
    assert {"org_siren", "org_sector", "org_headcount", "org_address", "contact_name"} <= prefilled


def test_exports_are_journaled_and_hold_the_register(workbench):
    first = workbench.breaches.open(paris(2026, 11, 25, 9, 0), f"Letter to {SECRET} sent to a neighbour")
    workbench.breaches.open(paris(2026, 11, 26, 8, 0), "Second")
    data = workbench.breaches.export("csv").decode("utf-8-sig")
    lines = data.splitlines()
    assert lines[0].startswith("reference,aware_at,deadline,severity")
    assert len(lines) == 3 and first in data and SECRET in data  # an explicit export holds the summaries
    pdf = workbench.breaches.export("pdf", BreachQuery(text="second"))
    assert pdf.startswith(b"%PDF")
    exports = [json.loads(e.details) for e in journal(workbench, "breach.export")]
    assert exports == [{"count": 2, "format": "csv"}, {"count": 1, "format": "pdf"}]
    with pytest.raises(InputError):
        workbench.breaches.export("xlsx")


def test_descriptions_live_in_the_database_only(workbench):
    """The database file is encrypted (SQLCipher): the description is not readable in it."""
    reference = workbench.breaches.open(paris(2026, 11, 25, 9, 0), f"Laptop of {SECRET}")
    workbench.breaches.update(reference, fields={"description": f"{SECRET} again"})
    workbench.close()
    for path in workbench.data_dir.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
    with workbench.db.reading() as s:
        assert s.execute(select(func.count(Breach.id))).scalar_one() == 1


def test_a_breach_shown_again_soon_after_is_one_journaled_view(workbench, clock):
    reference = workbench.breaches.open(paris(2026, 11, 25, 9), "Ordinateur portable volé")
    workbench.breaches.record(reference)
    workbench.breaches.update(reference, fields={"description": "Dans le train Paris-Lyon."})
    workbench.breaches.record(reference)  # the editor shows the record again after the save
    assert [e.object_id for e in journal(workbench, "breach.view")] == [reference]
    clock.advance(minutes=16)
    workbench.breaches.record(reference)  # a later viewing
    assert [e.object_id for e in journal(workbench, "breach.view")] == [reference, reference]
