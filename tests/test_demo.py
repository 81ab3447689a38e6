"""Demo data: every state and urgency the register can show, made through the real workbench."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from dpo_workbench.core.lifecycle import Case, State
from dpo_workbench.demo import load_demo
from dpo_workbench.errors import DemoError
from dpo_workbench.services.organisation import shipped_profiles
from dpo_workbench.services.requests import RegisterQuery
from dpo_workbench.workbench import Workbench


@pytest.fixture
def demo(workbench):
    count = load_demo(workbench)
    rows = workbench.requests.rows(workbench.requests.ids())
    details = {row.reference: workbench.requests.detail(row.reference) for row in rows}
    return count, rows, details


def test_demo_creates_forty_requests(workbench, demo):
    count, rows, _ = demo
    assert count == 40
    assert workbench.requests.total() == 40
    assert len(rows) == 40
    assert len({r.reference for r in rows}) == 40


def test_demo_saves_the_organisation(workbench, demo):
    org = workbench.organisation.get()
    assert org is not None
    assert org.name
    assert org.region == "FR"


def test_demo_has_requests_in_every_state(demo):
    _, rows, _ = demo
    states = Counter(r.state for r in rows)
    assert set(states) == set(State)
    for state in State:
        assert states[state] >= 1, state


def test_demo_has_overdue_and_soon_requests(workbench, demo):
    _, rows, _ = demo
    urgency = Counter(r.urgency for r in rows)
    assert urgency["overdue"] >= 1
    assert urgency["soon"] >= 1
    assert urgency["running"] >= 1
    assert urgency["suspended"] >= 1
    counts = workbench.requests.counts()
    assert counts.overdue == urgency["overdue"] == len(workbench.requests.ids(RegisterQuery(urgency="overdue")))
    assert counts.due_soon == urgency["soon"] == len(workbench.requests.ids(RegisterQuery(urgency="soon")))
    assert any(0 <= r.days_left <= 7 for r in rows if r.days_left is not None)


def test_demo_has_an_extended_request(demo):
    _, _, details = demo
    extended = [d for d in details.values() if d.extended]
    assert extended
    assert all(d.extension_reason for d in extended)
    assert all(any(e.kind == "extended" for e in d.timeline) for d in extended)


def test_demo_has_a_request_whose_deadline_moved_with_a_suspension(demo):
    _, _, details = demo
    moved = [d for d in details.values() if d.suspended_days > 0]
    assert moved
    for d in moved:
        kinds = [e.kind for e in d.timeline]
        assert "identity-requested" in kinds
        assert d.due_on > Case(received=d.received_on, region=d.region, extended=d.extended).due


def test_demo_has_a_repeat(demo):
    _, _, details = demo
    with_repeats = [d for d in details.values() if d.repeats]
    assert with_repeats
    for d in with_repeats:
        for hit in d.repeats:
            assert hit.received_on <= d.received_on
            assert set(hit.rights) <= set(d.rights)


def test_demo_answers_give_reasons_for_refusals(demo):
    _, _, details = demo
    refusals = [d for d in details.values() if d.outcome is not None and d.outcome.needs_reason]
    assert refusals
    assert all(d.outcome_reason for d in refusals)


def test_demo_journal_verifies(workbench, demo):
    result = workbench.audit.verify()
    assert result.ok, result.message()
    assert result.entries > 40


def test_demo_refuses_a_folder_that_already_holds_requests(workbench, demo):
    before = workbench.audit.verify().entries
    with pytest.raises(DemoError, match="already holds requests"):
        load_demo(workbench)
    assert workbench.requests.total() == 40
    assert workbench.audit.verify().entries == before


def test_demo_is_the_same_in_two_folders(tmp_path, clock):
    def summary(path):
        wb = Workbench.open(path, clock=clock, actor="demo")
        try:
            load_demo(wb)
            return [(r.reference, r.state, r.due_on, r.rights) for r in wb.requests.rows(wb.requests.ids())]
        finally:
            wb.close()

    assert summary(tmp_path / "one") == summary(tmp_path / "two")


REAL = ("cloud solutions", "wimi", "barbry", "racine", "réaumur", "44 82 43", "443 061 841")


def test_the_demo_names_no_real_organisation_or_person(workbench, demo):
    _, rows, details = demo
    org = workbench.organisation.get()
    assert (org.name, org.dpo_name, org.dpo_email) == ("Exemple SAS", "Dominique Exemple", "dpo@example.org")
    assert org.dpo_phone.startswith("01 99 00")  # the range reserved for fiction
    everything = json.dumps([org.__dict__, [d.__dict__ for d in details.values()],
                             [workbench.breaches.record(i).__dict__ for i in workbench.breaches.ids()]],
                            default=str, ensure_ascii=False).lower()
    assert not [word for word in REAL if word in everything]
    domains = {r.requester_email.rpartition("@")[2] for r in rows if r.requester_email}
    assert domains <= {"example.org", "example.com", "example.net"}  # reserved for examples (RFC 2606)


def test_the_demo_work_is_recorded_as_done_by_its_fictional_dpo(workbench, demo):
    _, _, details = demo
    assert {e.actor for d in details.values() for e in d.timeline} == {"Dominique Exemple"}
    assert workbench.actor == "dpo-test"  # the person at the keyboard afterwards is not the demo's DPO


def test_no_demo_note_claims_a_document_that_is_not_there(workbench, demo):
    _, _, details = demo
    noted = [d for d in details.values() if d.notes]
    assert noted and all(workbench.documents.of_request(d.reference) == [] for d in noted)
    assert all("sans copie de pièce d'identité" in d.notes for d in noted)


def test_the_organisation_of_the_policy_ships_as_a_profile_to_import(workbench):
    [shipped] = shipped_profiles()
    profile = workbench.organisation.import_file(shipped)
    assert (profile.name, profile.dpo_email) == ("Cloud Solutions", "dpo-wimi@racine.eu")
    assert len(profile.details.activities) == 5
    stored = workbench.organisation.get()
    assert stored.profile == {k: v for k, v in profile.profile.items() if k != "activities"}  # the register has them
    assert [a.name for a in workbench.register.access_activities()] == [a.name for a in profile.details.activities]
