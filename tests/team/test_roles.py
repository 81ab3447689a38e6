"""The roles' policy on a real team database, with several users signed in at once: what each role may do,
what it is refused (the refusal names the role needed, is journaled, and writes nothing else)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from dpo_workbench.core import roles
from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.errors import PermissionDenied, TeamError
from dpo_workbench.services.requests import NewRequest, RegisterQuery, RequestChanges
from dpo_workbench.store.models import AuditEntry, Comment, Request
from tests.services.backup_data import png
from tests.team.conftest import ALICE

D = date.fromisoformat
PASS = {"dora": "dora the deputy's passphrase", "carl": "carl the contributor's passphrase",
        "rita": "rita the reader's passphrase"}


def new(name: str) -> NewRequest:
    return NewRequest(rights=[Right.ACCESS], channel=Channel.WEB, received_on=D("2026-11-20"), requester_name=name)


@pytest.fixture
def team(open_team, team_wb):
    """alice (dpo) with a request holding a scan, and dora (deputy), carl (contributor), rita (reader) signed in."""
    alice = team_wb
    for login, role in (("dora", "deputy"), ("carl", "contributor"), ("rita", "reader")):
        alice.users.add(login, role, PASS[login])
    reference = alice.requests.register(new("Jeanne Valjean"))
    doc = alice.documents.attach(reference, png(1), "scan.png")
    users = {login: open_team(login, PASS[login]) for login in PASS}
    return {"alice": alice, **users, "ref": reference, "doc": doc.id}


def refused(call, code: str = "team.not-allowed") -> PermissionDenied:
    with pytest.raises(PermissionDenied) as caught:
        call()
    assert caught.value.code == code
    return caught.value


def journal(wb) -> list[tuple[str, str, str, dict]]:
    import json

    with wb.db.reading() as s:
        return [(e.actor, e.action, e.object_id, json.loads(e.details))
                for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]


def test_a_reader_sees_the_registers_and_figures_but_never_a_document_a_letter_or_personal_export(team):
    rita, ref, doc = team["rita"], team["ref"], team["doc"]
    assert [r.reference for r in rita.requests.rows(rita.requests.ids(RegisterQuery()))] == [ref]
    assert rita.requests.detail(ref).requester_name == "Jeanne Valjean"
    assert rita.breaches.register() == []
    assert rita.reports.dashboard  # the statistics are open to every role
    rita.reports.export_register(rita.reports.list_ids(), "csv")  # the register without names: allowed
    before = len(journal(rita))
    denial = refused(lambda: rita.documents.read(doc))
    assert (denial.role, denial.action, denial.params["roles"]) == ("reader", "document.open", "dpo or deputy")
    assert str(denial) == ("rita is a reader: only a dpo or deputy may open the documents of a request. "
                           "Nothing was done.")
    refused(lambda: rita.documents.of_request(ref))
    refused(lambda: rita.letters.preview(ref, "acknowledgement"))
    refused(lambda: rita.reports.export_register(rita.reports.list_ids(), "csv", personal_data=True))
    refused(lambda: rita.case_files.build(ref))
    refused(lambda: rita.requests.register(new("Someone Else")))
    refused(lambda: rita.requests.edit(ref, RequestChanges(notes="x")))
    refused(lambda: rita.requests.comment(ref, "a note"))
    after = journal(rita)[before:]
    # each refusal is journaled as such, and nothing else was written
    assert {a for _, a, _, _ in after} == {"access.refused"} and len(after) == 8
    assert after[0] == ("rita", "access.refused", str(doc), {"refused": "document.open", "role": "reader"})
    assert after[-1][2] == ref
    with rita.db.reading() as s:
        assert s.execute(select(func.count()).select_from(Request)).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(Comment)).scalar_one() == 0
    assert team["alice"].audit.verify().ok


def test_a_contributor_logs_attaches_and_comments_but_changes_only_what_is_assigned_to_them(team):
    carl, alice, ref = team["carl"], team["alice"], team["ref"]
    own = carl.requests.register(new("Paul Martin"))  # logging the post
    carl.documents.attach(ref, png(2), "second-page.png")  # attaching to any request
    carl.requests.comment(ref, "called back, sends the ID on Monday")
    denial = refused(lambda: carl.requests.answer(ref, Outcome.GRANTED), "team.not-assigned")
    assert str(denial) == (f"{ref} is not assigned to carl: a contributor can change or answer a request only on what "
                           "is assigned to them (a dpo or deputy assigns it). Nothing was done.")
    refused(lambda: carl.documents.read(team["doc"]), "team.not-assigned")
    refused(lambda: carl.requests.edit(own, RequestChanges(notes="x")), "team.not-assigned")  # logged, not theirs
    refused(lambda: carl.requests.assign(ref, "carl"))  # assigning is a dpo's or deputy's
    alice.requests.assign(ref, "carl")
    assert carl.documents.read(team["doc"]) == png(1)
    carl.requests.edit(ref, RequestChanges(notes="checked with the shop"))
    carl.requests.answer(ref, Outcome.GRANTED)
    assert carl.requests.detail(ref).state.value == "answered"
    refused(lambda: carl.reports.export_register([1], "csv", personal_data=True))
    refused(lambda: carl.users.add("eve", "reader", "eve's long passphrase"))


def test_a_deputy_does_everything_but_the_users(team):
    dora, ref = team["dora"], team["ref"]
    dora.requests.assign(ref, "carl")
    dora.requests.edit(ref, RequestChanges(notes="deputy's note"))  # assigned to carl: a deputy changes it anyway
    assert dora.documents.read(team["doc"]) == png(1)
    dora.breaches.open(datetime(2026, 11, 25, 8, 0, tzinfo=UTC), "Laptop stolen")
    dora.reports.export_register(dora.reports.list_ids(), "csv", personal_data=True)
    for call in (lambda: dora.users.add("eve", "reader", "eve's long passphrase"), lambda: dora.users.remove("rita"),
                 lambda: dora.users.set_role("rita", "deputy"), lambda: dora.users.rotate_team_key()):
        assert refused(call).params["roles"] == "dpo"


def test_a_role_change_or_a_removal_takes_effect_at_the_next_act_without_signing_in_again(team):
    alice, rita, carl = team["alice"], team["rita"], team["carl"]
    refused(lambda: rita.documents.read(team["doc"]))
    alice.users.set_role("rita", "deputy")
    assert rita.documents.read(team["doc"]) == png(1)
    alice.users.remove("carl")
    with pytest.raises(TeamError) as caught:
        carl.requests.register(new("Too Late"))
    assert caught.value.code == "team.user-is-removed"
    for call, code in ((lambda: alice.users.set_role(ALICE, "deputy"), "team.own-role"),
                       (lambda: alice.users.set_role("rita", "deputy"), "team.same-role"),
                       (lambda: alice.users.set_role("carl", "reader"), "team.user-removed")):
        with pytest.raises(TeamError) as caught:
            call()
        assert caught.value.code == code
    assert ("alice", "user.role", "rita", {"role": "deputy", "before": "reader"}) in journal(alice)


def test_the_command_line_refuses_in_one_line_with_exit_2(team, team_run):
    code, out, err = team_run("request", "edit", team["ref"], "--notes", "x", user="rita", passphrase=PASS["rita"])
    assert code == 2 and out == ""
    assert err == ("dpo-workbench: error: rita is a reader: only a dpo or deputy may change or answer a request. "
                   "Nothing was done.\n")
    code, out, err = team_run("user", "role", "rita", "contributor")
    assert (code, out) == (0, "rita is now a contributor\n")


def test_every_action_of_the_policy_has_its_words_and_every_role_its_rules():
    from dpo_workbench.errors import WORDS

    assert set(roles.ROLES) <= set(WORDS)
    for action, rule in roles.POLICY.items():
        assert action in WORDS, action
        assert rule.needs() in WORDS, rule.needs()
        assert "dpo" in rule.roles  # the dpo may do everything
        assert rule.assigned <= {"contributor"}
    assert not roles.allowed("reader", "document.open", assigned_to_them=True)
    assert roles.allowed("contributor", "document.open", assigned_to_them=True)


def test_only_a_dpo_purges_what_is_past_its_retention_and_a_contributor_works_on_its_requests_links(team):
    dora, carl, alice, ref = team["dora"], team["carl"], team["alice"], team["ref"]
    denied = refused(lambda: dora.retention.purge())
    assert (denied.action, denied.role) == ("records.purge", "deputy")
    assert "only a dpo may purge the records past their retention period" in str(denied)
    assert dora.retention.due().empty and alice.retention.purge().requests == ()  # nothing due: purged nothing
    # links to the register's processings follow the request: a contributor on their own requests only
    alice.register.save_department(None, "Relation client", "Camille Martin", "crm@example.org")
    from dpo_workbench.core import register as reg

    processing = alice.register.save(reg.Processing(
        name={"fr": "Clients", "en": ""}, purposes={"fr": "Gestion", "en": ""},
        legal_basis={"fr": "Contrat", "en": ""}, retention={"fr": "3 ans", "en": ""}, department="Relation client"))
    refused(lambda: carl.links.link(ref, [processing]), "team.not-assigned")
    alice.requests.assign(ref, "carl")
    assert carl.links.link(ref, [processing]) == [processing]
    assert [a for _, a, _, d in journal(alice) if a == "access.refused" and d.get("refused") == "records.purge"]


def test_each_user_keeps_their_own_language_and_the_team_settings_are_a_dpo_s_or_deputy_s(team):
    alice, rita, dora = team["alice"], team["rita"], team["dora"]
    alice.settings.set("language", "fr")
    assert rita.settings.set("language", "en") == "en"  # a reader chooses their own language
    assert (alice.settings.values()["language"], rita.settings.values()["language"]) == ("fr", "en")
    assert dora.settings.values()["language"] == "auto"  # nobody chose hers: the team's (the default)
    denied = refused(lambda: rita.settings.set("retention_requests_years", 8))
    assert denied.action == "settings.change"
    dora.settings.set("retention_requests_years", 8)
    assert {wb.settings.values()["retention_requests_years"] for wb in (alice, rita, dora)} == {8}
