"""The hash-chained audit journal: an intact chain verifies, any tampering is found and named."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from dpo_workbench.audit import journal
from dpo_workbench.audit.journal import GENESIS
from dpo_workbench.store.db import Database
from dpo_workbench.store.models import AuditEntry, AuditHead

START = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = Database.sqlite(tmp_path / "journal.db")
    database.upgrade()
    yield database
    database.dispose()


def write_chain(db: Database, count: int) -> None:
    with db.transaction() as s:
        for i in range(count):
            journal.append(s, at=START + timedelta(seconds=i), actor="dpo-test", action="request.view",
                           object_type="request", object_id=f"DSR-2026-{i + 1:04d}", details={"n": i})


def verify(db: Database, **kw) -> journal.Verification:
    with db.reading() as s:
        return journal.verify(s, **kw)


def sql(db: Database, statement: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


# --------------------------------------------------------------------------- #
# Writing
# --------------------------------------------------------------------------- #


def test_empty_journal_verifies(db):
    result = verify(db)
    assert (result.ok, result.entries, result.broken_id) == (True, 0, None)


def test_entries_are_numbered_and_chained(db):
    write_chain(db, 3)
    with db.reading() as s:
        entries = s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars().all()
        head = s.get(AuditHead, 1)
    assert [e.id for e in entries] == [1, 2, 3]
    assert entries[0].prev_hash == GENESIS
    assert entries[1].prev_hash == entries[0].hash
    assert entries[2].prev_hash == entries[1].hash
    assert (head.last_id, head.last_hash) == (3, entries[2].hash)
    assert entries[0].at == "2026-11-26T09:00:00.000000+00:00"
    assert entries[0].details == '{"n":0}'


def test_entry_hash_is_sha256_of_all_fields(db):
    write_chain(db, 1)
    with db.reading() as s:
        e = s.get(AuditEntry, 1)
    payload = "\x1f".join(["1", e.at, e.actor, e.action, e.object_type, e.object_id, e.details, GENESIS])
    assert e.hash == hashlib.sha256(payload.encode("utf-8")).hexdigest()


def test_time_is_stored_in_utc_whatever_zone_it_is_given_in(db):
    from zoneinfo import ZoneInfo

    with db.transaction() as s:
        journal.append(s, at=datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Paris")), actor="a",
                       action="x", object_type="request", object_id="1")
    with db.reading() as s:
        assert s.get(AuditEntry, 1).at == "2026-11-26T09:00:00.000000+00:00"


def test_details_are_canonical_json():
    assert journal.canonical({"b": 1, "a": "é"}) == '{"a":"é","b":1}'


def test_append_is_rolled_back_with_the_callers_transaction(db):
    write_chain(db, 2)
    with pytest.raises(RuntimeError), db.transaction() as s:
        journal.append(s, at=START, actor="a", action="x", object_type="request", object_id="1")
        raise RuntimeError("the act failed")
    result = verify(db)
    assert (result.ok, result.entries) == (True, 2)
    write_chain(db, 1)
    with db.reading() as s:
        assert s.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars().all() == [1, 2, 3]
    assert verify(db).ok


def test_intact_chain_verifies(db):
    write_chain(db, 20)
    result = verify(db)
    assert (result.ok, result.entries, result.broken_id) == (True, 20, None)
    assert result.message() == "Journal intact: 20 entries, hash chain verified."


# --------------------------------------------------------------------------- #
# Tampering
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("details", '{"n":999}'),
        ("actor", "someone-else"),
        ("action", "request.delete"),
        ("object_id", "DSR-2026-9999"),
        ("at", "2026-11-27T09:00:00.000000+00:00"),
    ],
)
def test_changed_field_of_a_middle_entry_is_named(db, column, value):
    write_chain(db, 10)
    sql(db, f"UPDATE audit_entry SET {column} = :v WHERE id = 5", v=value)
    result = verify(db)
    assert not result.ok
    assert result.broken_id == 5
    assert result.entries == 4  # the entries before it are fine
    assert "changed" in result.reason
    assert result.message().startswith("Journal broken at entry 5:")


def test_changed_entry_with_its_hash_recomputed_breaks_the_next_link(db):
    write_chain(db, 10)
    with db.reading() as s:
        e = s.get(AuditEntry, 5)
        forged = journal.entry_hash(e.id, e.at, e.actor, e.action, e.object_type, e.object_id, '{"n":999}',
                                    e.prev_hash)
    sql(db, "UPDATE audit_entry SET details = :d, hash = :h WHERE id = 5", d='{"n":999}', h=forged)
    result = verify(db)
    assert not result.ok
    assert result.broken_id == 6
    assert "does not follow the previous entry" in result.reason


def test_deleted_middle_entry_is_named(db):
    write_chain(db, 10)
    sql(db, "DELETE FROM audit_entry WHERE id = 4")
    result = verify(db)
    assert not result.ok
    assert result.broken_id == 4
    assert result.reason == "entry 4 is missing (deleted)"


def test_deleted_first_entry_is_named(db):
    write_chain(db, 10)
    sql(db, "DELETE FROM audit_entry WHERE id = 1")
    result = verify(db)
    assert (result.ok, result.broken_id) == (False, 1)


def test_deleted_last_entry_is_found_through_the_head(db):
    write_chain(db, 10)
    sql(db, "DELETE FROM audit_entry WHERE id = 10")
    result = verify(db)
    assert not result.ok
    assert result.broken_id == 10
    assert result.entries == 9
    assert "should end at entry 10 but ends at entry 9" in result.reason


def test_deleted_last_entries_are_found_through_the_head(db):
    write_chain(db, 10)
    sql(db, "DELETE FROM audit_entry WHERE id >= 8")
    result = verify(db)
    assert (result.ok, result.broken_id) == (False, 8)


def test_deleted_whole_journal_is_found_through_the_head(db):
    write_chain(db, 10)
    sql(db, "DELETE FROM audit_entry")
    result = verify(db)
    assert (result.ok, result.broken_id) == (False, 1)


def test_deleted_head_is_found(db):
    write_chain(db, 3)
    sql(db, "DELETE FROM audit_head")
    assert not verify(db).ok


def test_changed_prev_hash_is_named(db):
    write_chain(db, 10)
    sql(db, "UPDATE audit_entry SET prev_hash = :h WHERE id = 7", h="f" * 64)
    result = verify(db)
    assert not result.ok
    assert result.broken_id == 7
    assert "does not follow the previous entry" in result.reason


def test_changed_hash_of_the_last_entry_is_found(db):
    write_chain(db, 10)
    sql(db, "UPDATE audit_entry SET hash = :h WHERE id = 10", h="a" * 64)
    result = verify(db)
    assert (result.ok, result.broken_id) == (False, 10)


def test_changed_entry_id_is_found(db):
    write_chain(db, 10)
    sql(db, "UPDATE audit_entry SET id = 11 WHERE id = 10")
    assert not verify(db).ok


# --------------------------------------------------------------------------- #
# Batches
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("broken", [3, 4, 6, 7, 10])
def test_tampering_is_found_on_either_side_of_a_batch_boundary(db, broken):
    write_chain(db, 10)
    sql(db, "UPDATE audit_entry SET details = '{}' WHERE id = :i", i=broken)
    result = verify(db, batch=3)
    assert (result.ok, result.broken_id) == (False, broken)


@pytest.mark.parametrize("deleted", [3, 4, 7])
def test_deletion_at_a_batch_boundary_is_named(db, deleted):
    write_chain(db, 10)
    sql(db, "DELETE FROM audit_entry WHERE id = :i", i=deleted)
    result = verify(db, batch=3)
    assert (result.ok, result.broken_id) == (False, deleted)


def test_small_batches_verify_an_intact_chain(db):
    write_chain(db, 10)
    for batch in (1, 3, 5, 10, 11):
        result = verify(db, batch=batch)
        assert (result.ok, result.entries) == (True, 10), batch


@pytest.mark.slow
def test_long_chain_across_the_default_batch_size(db):
    write_chain(db, 12_000)  # more than two batches of 5,000
    result = verify(db)
    assert (result.ok, result.entries) == (True, 12_000)
    sql(db, "UPDATE audit_entry SET details = '{}' WHERE id = 10001")
    result = verify(db)
    assert (result.ok, result.broken_id, result.entries) == (False, 10_001, 10_000)
