"""Requests linked to the processings that concern the person: suggested from the requester's category, changed by
the DPO only, journaled and in the timeline."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from dpo_workbench.core.casework import concerns, suggested_subjects
from dpo_workbench.core.rights import Channel, Relation, Right
from dpo_workbench.errors import InputError, NotFound
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.store.casework_models import RequestProcessing
from dpo_workbench.store.models import AuditEntry
from tests import both_databases
from tests.letters.conftest import with_demo_register

# each test runs on SQLite and on PostgreSQL (a team database)
backend, team_url, workbench = both_databases.backend, both_databases.team_url, both_databases.workbench


def log(wb, relation: Relation = Relation.CUSTOMER) -> str:
    return wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=date(2026, 11, 2),
                                           requester_name="Anne Test", requester_email="anne@example.org",
                                           relation=relation))


@pytest.fixture
def wb(workbench):
    with_demo_register(workbench)
    return workbench


def test_the_requesters_category_suggests_the_processings_of_its_data_subjects():
    assert suggested_subjects(Relation.CUSTOMER) == ("customer", "user")
    assert concerns(Relation.PROSPECT, ("visitor", "prospect")) and not concerns(Relation.PROSPECT, ("customer",))
    assert not concerns(Relation.EMPLOYEE, ("customer", "user", "prospect"))


@pytest.mark.parametrize("relation,expected", [
    (Relation.CUSTOMER, ["TRT-001", "TRT-002", "TRT-003", "TRT-004", "TRT-005", "TRT-006"]),
    (Relation.PROSPECT, ["TRT-003", "TRT-004", "TRT-005", "TRT-006"]),
    (Relation.OTHER, ["TRT-004"]),  # the processor register's SST-001 names "other" people: never suggested
    (Relation.EMPLOYEE, []),
])
def test_suggestions_by_category_leave_out_the_processor_register_and_ended_processings(wb, relation, expected):
    assert wb.links.suggested(log(wb, relation)) == expected


def test_nothing_is_linked_until_the_dpo_says_so(wb):
    reference = log(wb)
    shown = wb.links.of_request(reference)
    assert shown.linked == [] and len(shown.suggestions) == 6
    with wb.db.reading() as s:
        assert s.execute(select(RequestProcessing)).first() is None


def test_accepting_the_suggestions_links_them_marked_as_suggested_with_timeline_and_journal(wb):
    reference = log(wb, Relation.PROSPECT)
    assert wb.links.link_suggested(reference) == ["TRT-003", "TRT-004", "TRT-005", "TRT-006"]
    shown = wb.links.of_request(reference)
    assert shown.references == ["TRT-003", "TRT-004", "TRT-005", "TRT-006"] and shown.suggestions == []
    assert {link.origin for link in shown.linked} == {"suggested"} and all(link.suggested for link in shown.linked)
    assert "TRT-001" in [ref.reference for ref in shown.others]
    wb.links.link(reference, ["trt-001"])  # by hand, any case
    added = next(link for link in wb.links.of_request(reference).linked if link.processing.reference == "TRT-001")
    assert (added.origin, added.suggested, added.processing.department) == ("added", False, "Relation client")
    events = [e for e in wb.requests.detail(reference).timeline if e.kind == "processings-linked"]
    assert [e.detail for e in events] == [
        {"processings": ["TRT-003", "TRT-004", "TRT-005", "TRT-006"], "origin": "suggested"},
        {"processings": ["TRT-001"], "origin": "added"}]
    with wb.db.reading() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == "request.link")).scalars().all()
    assert [e.object_id for e in entries] == [reference, reference] and "Anne" not in entries[0].details
    with pytest.raises(InputError) as nothing:
        wb.links.link_suggested(reference)
    assert nothing.value.code == "link.no-suggestion"


def test_unlinking_and_replacing(wb):
    reference = log(wb)
    wb.links.link(reference, ["TRT-001", "TRT-002", "TRT-003"])
    assert wb.links.unlink(reference, ["TRT-002"]) == ["TRT-002"]
    assert wb.links.replace(reference, ["TRT-003", "TRT-006"]) == (["TRT-006"], ["TRT-001"])
    assert wb.links.of_request(reference).references == ["TRT-003", "TRT-006"]
    kinds = [e.kind for e in wb.requests.detail(reference).timeline]
    assert kinds.count("processings-unlinked") == 2 and kinds.count("processings-linked") == 2
    assert wb.links.replace(reference, []) == ([], ["TRT-003", "TRT-006"])


def test_bad_references_are_refused_and_nothing_changes(wb):
    reference = log(wb)
    wb.links.link(reference, ["TRT-001"])
    with pytest.raises(NotFound):
        wb.links.link(reference, ["TRT-002", "TRT-999"])
    with pytest.raises(InputError) as processor:
        wb.links.link(reference, ["SST-001"])
    assert processor.value.code == "link.processor"
    with pytest.raises(InputError) as not_linked:
        wb.links.unlink(reference, ["TRT-001", "TRT-002"])
    assert not_linked.value.code == "link.not-linked"
    with pytest.raises(InputError):
        wb.links.link(reference, [" "])
    assert wb.links.of_request(reference).references == ["TRT-001"]


def test_a_retired_processing_stays_linked_and_is_no_longer_suggested(wb):
    reference = log(wb)
    wb.links.link(reference, ["TRT-006"])
    wb.register.retire("TRT-006")
    shown = wb.links.of_request(reference)
    assert [(link.processing.reference, link.processing.status) for link in shown.linked] == [("TRT-006", "retired")]
    assert "TRT-006" not in [ref.reference for ref in shown.suggestions + shown.others]
