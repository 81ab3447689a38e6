"""Users of a team database, their keys, and the rotation of the team key."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import select

from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.errors import TamperedError, TeamError, WrongPassphrase
from dpo_workbench.services.requests import NewRequest, RegisterQuery
from dpo_workbench.store.models import AuditEntry, Request
from dpo_workbench.store.sealing import Sealer
from tests.team.conftest import ALICE, BOB, BOB_PASSPHRASE

D = date.fromisoformat


def new(name: str, email: str = "") -> NewRequest:
    return NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL if email else Channel.WEB,
                      received_on=D("2026-11-20"), requester_name=name, requester_email=email)


def actions(wb) -> list[tuple[str, str, str]]:
    with wb.db.reading() as s:
        return [(e.actor, e.action, e.object_id) for e in s.execute(select(AuditEntry).order_by(AuditEntry.id))
                .scalars()]


def test_adding_listing_and_removing_users(team_wb):
    wb = team_wb
    wb.users.add(BOB, "contributor", BOB_PASSPHRASE, "  Bob   Durand ")
    wb.users.add("c.leroy", "reader", "carole's passphrase")
    listed = {u.login: u for u in wb.users.all()}
    assert {login: u.role for login, u in listed.items()} == {ALICE: "dpo", BOB: "contributor", "c.leroy": "reader"}
    assert listed[BOB].display_name == "Bob Durand" and listed[BOB].created_by == ALICE and listed[ALICE].is_you
    removed = wb.users.remove("c.leroy")
    assert not removed.active and removed.disabled_by == ALICE
    assert [u.login for u in wb.users.all()] == [ALICE, BOB, "c.leroy"]  # the removed one last
    assert (ALICE, "user.add", BOB) in actions(wb) and (ALICE, "user.remove", "c.leroy") in actions(wb)
    assert wb.audit.verify().ok


@pytest.mark.parametrize("call, code", [
    (lambda wb: wb.users.add("Bob Smith", "deputy", BOB_PASSPHRASE), "team.login-invalid"),
    (lambda wb: wb.users.add(BOB, "admin", BOB_PASSPHRASE), "team.role-unknown"),
    (lambda wb: wb.users.add(ALICE, "deputy", BOB_PASSPHRASE), "team.user-exists"),
    (lambda wb: wb.users.remove(ALICE), "team.remove-self"),
    (lambda wb: wb.users.remove("nobody"), "team.no-such-user"),
])
def test_bad_user_changes_are_refused_and_change_nothing(team_wb, call, code):
    before = actions(team_wb)
    with pytest.raises(TeamError) as caught:
        call(team_wb)
    assert caught.value.code == code
    assert actions(team_wb) == before


def test_the_last_dpo_stays_and_a_removed_login_is_not_given_again(open_team, team_wb):
    team_wb.users.add(BOB, "dpo", BOB_PASSPHRASE)
    bob = open_team(BOB, BOB_PASSPHRASE)
    bob.users.remove(ALICE)
    with pytest.raises(TeamError) as caught:
        bob.users.add(ALICE, "deputy", "a new passphrase for alice")
    assert caught.value.code == "team.user-exists-removed"
    bob.users.add("carole", "deputy", "carole's passphrase")
    carole = open_team("carole", "carole's passphrase")
    with pytest.raises(TeamError) as caught:  # a deputy manages no user (core.roles): the last dpo stays anyway
        carole.users.remove(BOB)
    assert caught.value.code == "team.not-allowed"
    assert [u.login for u in bob.users.all() if u.active and u.role == "dpo"] == [BOB]


def test_a_user_changes_their_own_passphrase(open_team, team_wb):
    team_wb.users.add(BOB, "deputy", "first passphrase from alice")
    bob = open_team(BOB, "first passphrase from alice")
    bob.users.change_passphrase(BOB_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        open_team(BOB, "first passphrase from alice")
    assert open_team(BOB, BOB_PASSPHRASE).actor == BOB


def test_a_key_kept_in_the_computer_s_keyring_opens_without_a_passphrase(open_team, team_wb, team_url, clock,
                                                                          tmp_path, monkeypatch):
    from dpo_workbench.workbench import Workbench

    monkeypatch.delenv("DPO_WORKBENCH_PASSPHRASE", raising=False)
    team_wb.users.keep_key_in_keyring()
    wb = Workbench.open_team(team_url, ALICE, data_dir=tmp_path / "again", clock=clock)
    try:
        assert wb.folder.store.description().endswith("this computer's keyring")
    finally:
        wb.close()
    assert team_wb.users.forget_key_in_keyring()
    with pytest.raises(Exception) as caught:
        Workbench.open_team(team_url, ALICE, data_dir=tmp_path / "again", clock=clock)
    assert getattr(caught.value, "code", "") == "team.passphrase-needed"


def test_rotation_seals_everything_again_and_leaves_a_removed_user_s_copy_useless(open_team, team_wb, team_url):
    wb = team_wb
    wb.users.add(BOB, "deputy", BOB_PASSPHRASE)
    wb.users.add("mallory", "contributor", "mallory's passphrase")
    bob = open_team(BOB, BOB_PASSPHRASE)
    mallory = open_team("mallory", "mallory's passphrase")
    before = wb.requests.register(new("Élodie Lefèvre", "elodie.lefevre@example.org"))
    stolen_ring = mallory.folder.unlocked_keys  # what mallory could have copied while a user
    wb.users.remove("mallory")

    rotation = wb.users.rotate_team_key()
    assert rotation.users == 2 and rotation.values > 0 and rotation.rows >= 1
    assert rotation.new_key_id not in stolen_ring.keys
    with psycopg.connect(team_url) as conn:
        current = conn.execute("SELECT current_key_id FROM team_key").fetchone()[0]
        sealed_name = bytes(conn.execute("SELECT requester_name FROM request").fetchone()[0])
    assert current == rotation.new_key_id == sealed_name[1:9].hex()
    with pytest.raises(TeamError) as caught:  # the old copy opens nothing sealed since
        Sealer(stolen_ring).open(sealed_name, "request.requester_name")
    assert caught.value.code == "team.unknown-key"

    # bob's workbench, opened before the rotation, follows it: reads, searches and writes
    assert bob.requests.detail(before).requester_name == "Élodie Lefèvre"
    after = bob.requests.register(new("Karim Benali", "karim.benali@example.org"))
    assert [r.reference for r in wb.requests.rows(wb.requests.ids(RegisterQuery(text="benali")))] == [after]
    assert [r.reference for r in bob.requests.rows(bob.requests.ids(RegisterQuery(text="lefev")))] == [before]
    again = wb.requests.register(new("elodie lefevre", "Elodie.Lefevre@example.org"))
    assert [hit.reference for hit in wb.requests.detail(again).repeats] == [before]
    with bob.db.reading() as s:  # every value of the register opens under the new ring
        assert len(s.execute(select(Request.requester_name)).all()) == 3
    assert (ALICE, "team.rotate-key", wb.folder.team_id) in actions(wb)
    assert wb.audit.verify().ok


def test_a_removed_user_s_open_workbench_stops_at_the_rotation(open_team, team_wb):
    team_wb.users.add("mallory", "contributor", "mallory's passphrase")
    mallory = open_team("mallory", "mallory's passphrase")
    team_wb.users.remove("mallory")
    team_wb.users.rotate_team_key()
    reference = team_wb.requests.register(new("Inès Haddad"))
    with pytest.raises((TeamError, TamperedError)):
        mallory.requests.detail(reference)
    with pytest.raises(TeamError):
        mallory.requests.register(new("Someone Else"))


def test_a_dpo_changes_a_user_s_role_and_the_last_dpo_stays(open_team, team_wb):
    team_wb.users.add(BOB, "contributor", BOB_PASSPHRASE)
    assert team_wb.users.set_role(BOB, "deputy").role == "deputy"
    assert {u.login: u.role for u in team_wb.users.all()}[BOB] == "deputy"
    assert (ALICE, "user.role", BOB) in actions(team_wb)
    before = actions(team_wb)
    for login, role, code in ((ALICE, "deputy", "team.own-role"), (BOB, "admin", "team.role-unknown"),
                              ("nobody", "reader", "team.no-such-user")):
        with pytest.raises(TeamError) as caught:
            team_wb.users.set_role(login, role)
        assert caught.value.code == code
    assert actions(team_wb) == before and team_wb.users.me().role == "dpo"
    team_wb.users.remove(BOB)
    with pytest.raises(TeamError) as caught:
        team_wb.users.set_role(BOB, "reader")
    assert caught.value.code == "team.user-removed"


def test_changing_one_s_passphrase_with_the_current_one_checks_it_first(open_team, team_wb):
    team_wb.users.add(BOB, "deputy", "first passphrase from alice")
    bob = open_team(BOB, "first passphrase from alice")
    before = actions(bob)
    with pytest.raises(WrongPassphrase):
        bob.users.change_passphrase(BOB_PASSPHRASE, current="not the passphrase")
    assert actions(bob) == before
    assert open_team(BOB, "first passphrase from alice").actor == BOB  # unchanged
    bob.users.change_passphrase(BOB_PASSPHRASE, current="first passphrase from alice")
    assert open_team(BOB, BOB_PASSPHRASE).actor == BOB
