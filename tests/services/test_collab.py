"""Working together, on both databases: two workbenches on the same register (optimistic locking), comments,
assignment and the 'mine' filter, and what a window polls to see the others' changes."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.errors import ChangedMeanwhile, InputError, ServiceError, TeamError
from dpo_workbench.services.breaches import BreachQuery
from dpo_workbench.services.requests import NewRequest, RegisterQuery, RequestChanges
from dpo_workbench.store.models import AuditEntry, Comment, Event
from tests import both_databases

backend, team_url, workbench = both_databases.backend, both_databases.team_url, both_databases.workbench
run = both_databases.run

SECOND, SECOND_PASSPHRASE = "deux", "the second user's long passphrase"


@pytest.fixture
def other(workbench, team_url, data_dir, clock):
    """A second workbench on the same register: another process on the data folder, or another user of the team."""
    from dpo_workbench.workbench import Workbench

    if team_url is None:
        wb = Workbench.open(data_dir, clock=clock, actor=SECOND)
    else:
        workbench.users.add(SECOND, "deputy", SECOND_PASSPHRASE)
        wb = Workbench.open_team(team_url, SECOND, data_dir=data_dir / "second", clock=clock,
                                 passphrase=SECOND_PASSPHRASE)
    yield wb
    wb.close()


def new(name: str = "Jeanne Valjean") -> NewRequest:
    return NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL, received_on=date(2026, 11, 20),
                      requester_name=name, requester_email="jeanne.valjean@exemple.fr")


def journal(wb) -> list[tuple[str, str, str]]:
    with wb.db.reading() as s:
        return [(e.actor, e.action, e.object_id) for e in s.execute(select(AuditEntry).order_by(AuditEntry.id))
                .scalars()]


def test_two_workbenches_edit_the_same_request_the_second_save_is_refused_and_the_first_stands(workbench, other,
                                                                                               clock):
    reference = workbench.requests.register(new())
    mine, theirs = workbench.requests.detail(reference), other.requests.detail(reference)
    assert mine.version == theirs.version == 1
    clock.advance(minutes=17)  # 09:17 UTC, 10:17 in Paris
    other.requests.edit(reference, RequestChanges(notes="called her back"), version=theirs.version)
    before = journal(workbench)
    with pytest.raises(ChangedMeanwhile) as caught:
        workbench.requests.edit(reference, RequestChanges(notes="sent the form", requester_phone="06 12 34 56 78"),
                                version=mine.version)
    assert caught.value.code == "request.changed"
    assert (caught.value.changed_by, caught.value.changed_at) == (other.actor, clock.now())
    assert str(caught.value) == (f"{reference} was changed by {other.actor} at 10:17 (Paris time) since you opened "
                                 "it: nothing was saved. Reload it, then make your change again.")
    # nothing of the second save was written: the first one's change stands
    reloaded = workbench.requests.detail(reference)
    assert (reloaded.notes, reloaded.requester_phone, reloaded.version) == ("called her back", "", 2)
    assert reloaded.updated_by == other.actor
    assert journal(workbench)[len(before):] == [(workbench.actor, "request.view", reference)]
    # every change path carries the version: a step made from the old one is refused too
    with pytest.raises(ChangedMeanwhile):
        workbench.requests.ask_identity(reference, version=mine.version)
    with pytest.raises(ChangedMeanwhile):
        workbench.requests.set_rights(reference, [Right.ERASURE], version=mine.version)
    # reloaded, the same edit goes through
    workbench.requests.edit(reference, RequestChanges(notes="sent the form"), version=reloaded.version)
    assert workbench.requests.detail(reference).version == 3
    assert workbench.audit.verify().ok


def test_two_writers_racing_with_the_same_version_one_wins_the_other_is_refused(workbench, other):
    reference = workbench.requests.register(new())
    version = workbench.requests.detail(reference).version
    start, outcomes = threading.Barrier(2), {}

    def save(wb, note):
        start.wait()
        try:
            wb.requests.edit(reference, RequestChanges(notes=note), version=version)
            outcomes[note] = "saved"
        except ChangedMeanwhile:
            outcomes[note] = "refused"

    threads = [threading.Thread(target=save, args=(wb, note)) for wb, note in ((workbench, "one"), (other, "two"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(note for note, outcome in outcomes.items() if outcome == "saved")
    detail = workbench.requests.detail(reference)
    assert (detail.notes, detail.version) == (winner, version + 1)


def test_a_breach_saved_from_an_older_version_is_refused(workbench, other, clock):
    reference = workbench.breaches.open(datetime(2026, 11, 25, 8, 0, tzinfo=UTC), "Laptop stolen")
    mine = workbench.breaches.record(reference)
    other.breaches.save(reference, summary="Laptop stolen from a car", version=mine.version)
    with pytest.raises(ChangedMeanwhile) as caught:
        workbench.breaches.save(reference, summary="Laptop lost", version=mine.version)
    assert caught.value.code == "breach.changed" and caught.value.changed_by == other.actor
    for call in (lambda: workbench.breaches.decide(reference, "register-only", "encrypted disk", version=mine.version),
                 lambda: workbench.breaches.close(reference, version=mine.version)):
        with pytest.raises(ChangedMeanwhile):
            call()
    assert workbench.breaches.record(reference).summary == "Laptop stolen from a car"


def test_comments_are_kept_in_order_with_their_author_journaled_without_their_text(workbench, other, run, backend):
    reference = workbench.requests.register(new())
    workbench.requests.comment(reference, "  She called: the ID follows by post. ")
    other.requests.comment(reference, "Received the ID.")
    comments = workbench.requests.detail(reference).comments
    assert [(c.author, c.text) for c in comments] == [(workbench.actor, "She called: the ID follows by post."),
                                                      (other.actor, "Received the ID.")]
    entries = [e for e in journal(workbench) if e[1] == "request.comment"]
    assert entries == [(workbench.actor, "request.comment", reference), (other.actor, "request.comment", reference)]
    with workbench.db.reading() as s:
        details = s.execute(select(AuditEntry.details).where(AuditEntry.action == "request.comment")).scalars().all()
        assert all("ID" not in d and json.loads(d)["length"] > 0 for d in details)
        stored = s.execute(text("SELECT text FROM comment ORDER BY id")).scalars().all()
    if backend == "postgresql":  # sealed by the application: nothing of it readable on the server
        assert all(isinstance(v, bytes) and b"ID" not in v for v in stored)
    for bad, code in (("   ", "comment.empty"), ("x" * 4001, "comment.too-long")):
        with pytest.raises(InputError) as caught:
            workbench.requests.comment(reference, bad)
        assert caught.value.code == code
    breach = workbench.breaches.open(datetime(2026, 11, 25, 8, 0, tzinfo=UTC), "Laptop stolen")
    workbench.breaches.comment(breach, "The disk was encrypted.")
    assert [c.text for c in other.breaches.record(breach).comments] == ["The disk was encrypted."]
    code, out, err = run("request", "comment", reference, "Answer sent by post.")
    assert code == 0, err
    code, out, err = run("request", "show", reference)
    assert code == 0, err
    assert "comments:" in out and "Answer sent by post." in out and "Received the ID." in out
    assert "assigned to: nobody" in out
    code, out, err = run("breach", "comment", breach, "CNIL notified by its online form.")
    assert (code, out) == (0, f"{breach}: comment {other.breaches.record(breach).comments[-1].id} added\n"), err
    assert other.breaches.record(breach).comments[-1].text == "CNIL notified by its online form."


def test_on_one_seat_there_is_no_one_to_assign_to_and_mine_is_everything(workbench, backend, run):
    if backend != "sqlite":
        pytest.skip("the one-person data folder")
    reference = workbench.requests.register(new())
    with pytest.raises(TeamError) as caught:
        workbench.requests.assign(reference, "someone")
    assert caught.value.code == "assign.team-only"
    assert workbench.requests.ids(RegisterQuery(mine=True)) == workbench.requests.ids(RegisterQuery())
    code, out, err = run("request", "assign", reference, "someone")
    assert code == 2 and "a one-person data folder has only you" in err


def test_assignment_is_in_the_timeline_the_journal_and_the_mine_filter(workbench, other, backend, run):
    if backend != "postgresql":
        pytest.skip("assignment is team mode's")
    first, second = workbench.requests.register(new()), workbench.requests.register(new("Paul Martin"))
    workbench.requests.assign(first, SECOND)
    assert other.requests.ids(RegisterQuery(mine=True)) == [other.requests.detail(first).id]
    assert workbench.requests.ids(RegisterQuery(mine=True)) == []
    rows = {r.reference: r.assigned_to for r in workbench.requests.rows(workbench.requests.ids(RegisterQuery()))}
    assert rows == {first: SECOND, second: ""}
    detail = workbench.requests.detail(first)
    assert detail.assigned_to == SECOND
    assert [(e.kind, e.detail) for e in detail.timeline if e.kind == "assigned"] == [
        ("assigned", {"to": SECOND, "before": ""})]
    code, out, err = run("request", "assign", second, SECOND)
    assert (code, out) == (0, f"{second}: assigned to {SECOND}\n"), err
    code, out, err = run("request", "assign", first, "--none")
    assert (code, out) == (0, f"{first}: assigned to nobody\n"), err
    code, out, _ = run("request", "list", "--mine")
    assert code == 0 and first not in out and second not in out  # dpo-test has none
    breach = workbench.breaches.open(datetime(2026, 11, 25, 8, 0, tzinfo=UTC), "Laptop stolen")
    workbench.breaches.assign(breach, SECOND)
    assert [r.reference for r in other.breaches.register(BreachQuery(mine=True))] == [breach]
    assert other.breaches.record(breach).assigned_to == SECOND
    for login, code in (("nobody", "assign.no-such-user"),):
        with pytest.raises(InputError) as caught:
            workbench.requests.assign(first, login)
        assert caught.value.code == code
    workbench.users.add("gone", "contributor", "the leaver's long passphrase")
    workbench.users.remove("gone")
    with pytest.raises(InputError) as caught:
        workbench.breaches.assign(breach, "gone")
    assert caught.value.code == "assign.removed-user"
    # the server refuses it too, whoever writes (a trigger of migration 0016)
    import sqlalchemy.exc

    with pytest.raises(sqlalchemy.exc.IntegrityError, match="removed user"), workbench.db.engine.begin() as conn:
        conn.execute(text("UPDATE request SET assigned_to = (SELECT id FROM app_user WHERE login = 'gone') "
                          "WHERE reference = :r"), {"r": first})
    assert journal(workbench)[-1][1] != "request.assign" or journal(workbench)[-1][2] != first


def test_a_window_polls_what_the_others_changed_views_are_not_changes(workbench, other):
    token = workbench.changes.token()
    assert not workbench.changes.since(token)
    reference = other.requests.register(new())
    workbench.requests.detail(reference)  # a view: journaled, not a change
    changes = workbench.changes.since(token)
    assert changes.requests == {reference} and changes.areas == {"request"} and changes.by == {other.actor}
    assert changes.by_others(workbench.actor) and not changes.by_others(other.actor)
    assert not workbench.changes.since(changes.token)
    other.requests.comment(reference, "a note")
    other.breaches.open(datetime(2026, 11, 25, 8, 0, tzinfo=UTC), "Laptop stolen")
    later = workbench.changes.since(changes.token)
    assert later.requests == {reference} and len(later.breaches) == 1 and later.areas == {"request", "breach"}
    assert later.token == workbench.changes.token()


def test_the_stale_data_net_turns_a_lost_race_into_a_message(workbench, backend):
    if backend != "postgresql":
        pytest.skip("SQLite's writers take turns: no other writer can move the version inside a transaction")
    reference = workbench.requests.register(new())
    from dpo_workbench.services.common import load_request

    with pytest.raises(ServiceError) as caught, workbench.db.transaction() as s:
        req = load_request(s, reference)  # not locked: another writer moves the version meanwhile
        with workbench.db.engine.begin() as conn:
            conn.execute(text("UPDATE request SET version = version + 1 WHERE reference = :r"), {"r": reference})
        req.notes = "lost"
    assert caught.value.code == "record.changed-meanwhile"
    with workbench.db.reading() as s:
        assert s.execute(select(Event).where(Event.kind == "details-corrected")).first() is None
        assert s.execute(select(Comment)).first() is None


def test_a_poll_after_more_changes_than_it_lists_says_so_and_names_the_areas(workbench, other, monkeypatch):
    from dpo_workbench.services import changes as changes_module

    monkeypatch.setattr(changes_module, "MAX_ENTRIES", 3)
    token = workbench.changes.token()
    for n in range(4):
        other.requests.register(new(f"Person {n}"))
    workbench.requests.detail(1)  # a view by this window: not a change, not an author of one
    seen = workbench.changes.since(token)
    assert (seen.complete, seen.areas, seen.by, seen.requests) == (False, {"request"}, {other.actor}, frozenset())
    assert seen.token == workbench.changes.token()
