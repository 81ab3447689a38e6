"""A database left unencrypted by the previous version is converted on first start.

The previous version kept plain SQLite (the same Alembic migrations on
`sqlite:///path`). The first start of this version must encrypt it without
loss (same rows, a journal that still verifies), leave no plain copy, and
survive a crash in the middle of the conversion.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from dpo_workbench import paths
from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.core.text import fold
from dpo_workbench.datafolder import SQLITE_HEADER, DataFolder, is_plain_sqlite
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.store.db import HEAD_REVISION, Database, alembic_config
from dpo_workbench.vault import crypto
from dpo_workbench.workbench import Workbench

PEOPLE = ["Zéphyrine Quatremain", "Anatole Brisebarre", "Héloïse Vandenbroucke"]
PASSPHRASE = "correct horse battery staple"


# --------------------------------------------------------------------------- #
# the previous version's database
# --------------------------------------------------------------------------- #


def plain_database(path: Path, clock, revision: str = "head") -> None:
    """A plain SQLite database at `revision`, as the previous version left it.

    Filled through the workbench on a plain `Database.sqlite` at the head schema;
    for an older revision the rows are then copied (the columns that revision
    has) into a database migrated only that far.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    full = path if revision == "head" else path.with_name(path.name + ".head-filled")
    db = Database.sqlite(full)
    db.upgrade()
    try:
        fill(Workbench(None, db, clock=clock, actor="dpo-previous"))
    finally:
        db.dispose()
    if revision != "head":
        from alembic import command

        old = Database.sqlite(path)
        with old.engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        old.dispose()
        conn = sqlite3.connect(path)
        try:
            conn.execute("ATTACH DATABASE ? AS filled", (str(full),))
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
            for table in tables:
                columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f'PRAGMA main.table_info("{table}")'))
                conn.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM filled."{table}"')
            conn.commit()
            conn.execute("DETACH DATABASE filled")
        finally:
            conn.close()
        full.unlink()
    assert is_plain_sqlite(path)


def fill(wb: Workbench) -> list[str]:
    wb.organisation.save(OrganisationProfile(name="Exemple SA", dpo_name="Camille Roux", region="FR"))
    wb.settings.set("repeat_window_months", 18)
    refs = []
    for i, name in enumerate(PEOPLE):
        refs.append(wb.requests.register(NewRequest(
            rights=[Right.ACCESS, Right.ERASURE][: 1 + i % 2], channel=Channel.EMAIL,
            received_on=date(2026, 11, 2 + i), requester_name=name,
            requester_email=f"{fold(name).split()[0]}@exemple.fr", notes=f"notes de {name}")))
    wb.requests.ask_identity(refs[0], on=date(2026, 11, 10))
    wb.requests.answer(refs[1], Outcome.GRANTED)
    wb.requests.detail(refs[2])
    wb.requests.due()
    return refs


def dump(conn) -> dict[str, list[dict]]:
    """Every row of every table, as {column: value}, in a stable order."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    result = {}
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        result[table] = sorted((dict(zip(names, row, strict=True)) for row in cursor.fetchall()), key=repr)
    return result


def plain_dump(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return dump(conn)
    finally:
        conn.close()


def encrypted_dump(path: Path, master: bytes) -> dict[str, list[tuple]]:
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(crypto.database_key_pragma(master))
        return dump(conn)
    finally:
        conn.close()


def export_encrypted(plain: Path, target: Path, master: bytes) -> None:
    """An encrypted copy of a plain database, as the conversion writes it (built here independently)."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{crypto.database_key(master).hex()}'\"",
                     (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def master_key(data_dir: Path) -> bytes:
    folder = DataFolder.at(data_dir)
    folder.unlock()
    return folder.keys.current_key


def clear_hits(data_dir: Path) -> list[str]:
    hits = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if data.startswith(SQLITE_HEADER):
            hits.append(f"{path}: plain SQLite")
        for name in PEOPLE:
            for variant in (name, fold(name), name.split()[1]):
                for encoding in ("utf-8", "utf-16-le"):
                    if variant.encode(encoding) in data:
                        hits.append(f"{path}: {variant!r} in {encoding}")
    return hits


def assert_converted(data_dir: Path, before: dict[str, list[tuple]], clock) -> None:
    """Same rows, encrypted file, no plain copy, a journal that verifies, a database that works."""
    db_path = data_dir / paths.DATABASE_FILE
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    leftovers = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("workbench.db.")
                       or p.name.endswith((".plain", ".encrypting")))
    assert leftovers == []
    assert clear_hits(data_dir) == []
    after = encrypted_dump(db_path, master_key(data_dir))
    assert after.pop("alembic_version") == [{"version_num": HEAD_REVISION}]
    revision = before.pop("alembic_version")[0]["version_num"]
    # an older schema is backed up before it is migrated, and the backup journaled once it is open
    backups = [r for r in after["audit_entry"] if r["action"] == "backup.create"]
    assert len(backups) == (0 if revision == HEAD_REVISION else 1)
    assert [json.loads(r["details"])["reason"] for r in backups] == ["pre-migration"] * len(backups)
    assert len(list((data_dir / "backups").glob("*.dpobak"))) == len(backups)
    after["audit_entry"] = [r for r in after["audit_entry"] if r["action"] != "backup.create"]
    if backups:  # the head of the chain moved on by the backup's entry
        head_after, head_before = after.pop("audit_head"), before.pop("audit_head")
        assert head_after[0]["last_id"] == head_before[0]["last_id"] + 1
    moved = {"request": {"search_key"}}  # migration 0004 moved it to the request_search table
    for table, rows in before.items():
        columns = [c for c in (rows[0] if rows else []) if c not in moved.get(table, ())]
        # the same rows, on the columns the old schema had (later migrations may add some)
        assert (sorted(({c: r[c] for c in columns} for r in after[table]), key=repr)
                == sorted(({c: r[c] for c in columns} for r in rows), key=repr)), table
    if "search_key" in (before["request"][0] if before["request"] else {}):
        keys = {r["request_id"]: r["key"] for r in after["request_search"]}
        assert {r["id"]: r["search_key"] for r in before["request"]} == keys
    assert set(before) <= set(after)
    if revision == HEAD_REVISION:
        assert set(after) == set(before)
    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        verification = wb.audit.verify()
        assert verification.ok and verification.entries == len(before["audit_entry"]) + len(backups)
        assert wb.requests.total() == len(PEOPLE)
        assert wb.requests.detail("DSR-2026-0001").requester_name == PEOPLE[0]
        assert wb.settings.values()["repeat_window_months"] == 18
        new = wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.EMAIL,
                                             received_on=date(2026, 11, 25), requester_name="Nouveau Venu",
                                             requester_email="nouveau@exemple.fr"))
        assert new == "DSR-2026-0004"  # the reference counter came across too
        assert wb.audit.verify().ok
    finally:
        wb.close()


# --------------------------------------------------------------------------- #
# conversion
# --------------------------------------------------------------------------- #


def test_a_new_data_folder_is_encrypted_from_the_start(data_dir, clock):
    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        fill(wb)
    finally:
        wb.close()
    assert not is_plain_sqlite(data_dir / paths.DATABASE_FILE)
    assert clear_hits(data_dir) == []


@pytest.mark.parametrize("revision", ["0001", "head"], ids=["revision 0001", "head revision"])
def test_previous_version_database_is_converted_on_first_start_without_loss(data_dir, clock, revision):
    db_path = data_dir / paths.DATABASE_FILE
    plain_database(db_path, clock, revision)
    before = plain_dump(db_path)
    assert any(PEOPLE[0].encode() in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    Workbench.open(data_dir, clock=clock, actor="dpo-test").close()  # first start of the new version
    assert_converted(data_dir, before, clock)


def test_rows_still_in_the_write_ahead_log_are_converted(data_dir, tmp_path, clock):
    """The previous version crashed: its last rows are only in workbench.db-wal."""
    source = tmp_path / "previous" / paths.DATABASE_FILE
    plain_database(source, clock)
    db = Database.sqlite(source)
    try:
        wb = Workbench(None, db, clock=clock, actor="dpo-previous")
        wb.settings.set("repeat_window_months", 24)
        wb.settings.set("repeat_window_months", 18)
        # copy while the connection is open, as a crash would leave the files
        data_dir.mkdir(parents=True)
        for suffix in ("", "-wal"):
            shutil.copyfile(str(source) + suffix, data_dir / (paths.DATABASE_FILE + suffix))
        before = plain_dump(source)  # the engine still holds the database open: nothing is checkpointed
    finally:
        db.dispose()
    assert (data_dir / "workbench.db-wal").stat().st_size > 0
    assert len(before["audit_entry"]) > len(plain_dump_without_wal(data_dir, tmp_path)["audit_entry"])
    Workbench.open(data_dir, clock=clock, actor="dpo-test").close()
    assert_converted(data_dir, before, clock)


def plain_dump_without_wal(data_dir: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    alone = tmp_path / "alone.db"
    shutil.copyfile(data_dir / paths.DATABASE_FILE, alone)
    return plain_dump(alone)


@pytest.mark.parametrize("stale", ["garbage", "half a copy", "with its wal"])
def test_a_crash_mid_conversion_still_converts_correctly(data_dir, tmp_path, clock, stale):
    """The previous start died while writing workbench.db.encrypting: the plain database is still there."""
    db_path = data_dir / paths.DATABASE_FILE
    plain_database(db_path, clock)
    before = plain_dump(db_path)
    folder = DataFolder.at(data_dir)
    folder.create_keys()  # the keys were created before the conversion started
    target = data_dir / "workbench.db.encrypting"
    if stale == "garbage":
        target.write_bytes(os.urandom(3000))
    else:
        export_encrypted(db_path, tmp_path / "full.db", folder.keys.current_key)
        full = (tmp_path / "full.db").read_bytes()
        target.write_bytes(full[: len(full) // 2])
        if stale == "with its wal":
            (data_dir / "workbench.db.encrypting-wal").write_bytes(os.urandom(5000))
    Workbench.open(data_dir, clock=clock, actor="dpo-test").close()
    assert not target.exists()
    assert_converted(data_dir, before, clock)


def test_conversion_with_a_passphrase_store(data_dir, clock):
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the autouse test keyring puts it back
    db_path = data_dir / paths.DATABASE_FILE
    plain_database(db_path, clock)
    before = plain_dump(db_path)
    Workbench.open(data_dir, clock=clock, actor="dpo-test", passphrase=PASSPHRASE).close()
    assert not is_plain_sqlite(db_path)
    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test", passphrase=PASSPHRASE)
    try:
        assert wb.requests.total() == len(PEOPLE)
        assert wb.audit.verify().entries == len(before["audit_entry"])
    finally:
        wb.close()
    assert clear_hits(data_dir) == []


def test_a_failed_conversion_leaves_the_plain_database_as_it_was(data_dir, clock):
    """Whatever stops the conversion, the original database is not lost or changed."""
    db_path = data_dir / paths.DATABASE_FILE
    plain_database(db_path, clock)
    before = plain_dump(db_path)
    try:
        Workbench.open(data_dir, clock=clock, actor="dpo-test").close()
    except Exception:  # noqa: BLE001 - whether it converts is the test above; here: nothing is lost
        assert is_plain_sqlite(db_path)
        assert plain_dump(db_path) == before
        assert not (data_dir / "workbench.db.plain").exists()
    else:
        assert encrypted_dump(db_path, master_key(data_dir))["request"] == before["request"]


def test_a_crash_between_the_two_renames_loses_nothing(data_dir, tmp_path, clock):
    db_path = data_dir / paths.DATABASE_FILE
    plain_database(db_path, clock)
    before = plain_dump(db_path)
    folder = DataFolder.at(data_dir)
    folder.create_keys()
    export_encrypted(db_path, tmp_path / "encrypted.db", folder.keys.current_key)
    # the state after `os.replace(path, clear_copy)`, before `os.replace(target, path)`
    os.replace(db_path, data_dir / "workbench.db.plain")
    os.replace(tmp_path / "encrypted.db", data_dir / "workbench.db.encrypting")

    wb = Workbench.open(data_dir, clock=clock, actor="dpo-test")
    try:
        count = wb.requests.total()
    finally:
        wb.close()
    assert count == len(PEOPLE)
    assert_converted(data_dir, before, clock)


def test_a_plain_copy_left_by_a_crash_after_the_switch_is_shredded_at_next_start(data_dir, tmp_path, clock):
    Workbench.open(data_dir, clock=clock, actor="dpo-test").close()  # encrypted database, keys in place
    plain_database(tmp_path / "previous.db", clock)
    shutil.copyfile(tmp_path / "previous.db", data_dir / "workbench.db.plain")
    Workbench.open(data_dir, clock=clock, actor="dpo-test").close()
    assert not (data_dir / "workbench.db.plain").exists()
    assert clear_hits(data_dir) == []
