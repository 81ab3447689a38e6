"""Backups through the workbench: round trip, new machine, damage, refusals, migrations, rotation, status.

The clock of tests/conftest.py stands at Thursday 26 November 2026, 10:00 in Paris.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from dpo_workbench import paths
from dpo_workbench.datafolder import DataFolder, raw_connection
from dpo_workbench.errors import BackupDamaged, BackupError, RecoveryKeyError
from dpo_workbench.services.backup_archive import write_backup
from dpo_workbench.services.backup_restore import KeySource, prepare_restore
from dpo_workbench.store.db import HEAD_REVISION, alembic_config
from dpo_workbench.vault import backupfile
from dpo_workbench.vault.recovery import RecoveryKey
from dpo_workbench.workbench import Workbench
from tests.services import backup_data
from tests.vault.memory_keyring import MemoryKeyring

NAME = re.compile(r"dpo-workbench-\d{8}T\d{6}Z-[0-9a-f]{8}\.dpobak")


@pytest.fixture
def filled(workbench):
    backup_data.fill(workbench)
    return workbench


def journal(wb: Workbench, action: str) -> list[dict]:
    with wb.db.engine.connect() as conn:
        return [json.loads(d) | {"object": o} for o, d in conn.execute(text(
            "SELECT object_id, details FROM audit_entry WHERE action = :a ORDER BY id"), {"a": action})]


def last_action(wb: Workbench) -> str:
    with wb.db.engine.connect() as conn:
        return conn.execute(text("SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar_one()


def open_folder(path: Path, clock) -> Workbench:
    return Workbench.open(path, clock=clock, actor="dpo-test")


def folder_state(path: Path) -> dict[str, bytes]:
    """Every file under a folder with its bytes: to prove that nothing changed."""
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


# -- the round trip -------------------------------------------------------------------------------------


def test_a_backup_restored_on_a_new_machine_with_only_the_recovery_key_holds_everything(filled, tmp_path, clock,
                                                                                          test_keyring):
    key = filled.backups.create_recovery_key().key
    before_documents = backup_data.documents(filled)  # reading journals a view: before the tables
    before_tables = backup_data.tables(filled)
    template = (filled.data_dir / "letters" / backup_data.TEMPLATE).read_bytes()
    result = filled.backups.create()
    assert NAME.fullmatch(result.path.name) and result.path.parent == filled.data_dir / "backups"
    assert result.documents == len(before_documents) and result.missing_documents == []
    assert result.recovery_key

    # another computer: an empty keyring, no key file, no source folder; the backup file and the key only
    keyring.set_keyring(MemoryKeyring())
    moved = tmp_path / "usb" / result.path.name
    moved.parent.mkdir()
    shutil.copyfile(result.path, moved)
    target = tmp_path / "new-machine"
    prepared = prepare_restore(moved, target, KeySource(recovery_key=key), actor="dpo-test", now=clock.now())
    report = prepared.commit()
    assert report.opened_with == "recovery-key" and not report.replaced and report.journal.ok
    assert report.counts["request"] == len(before_tables["request"])
    assert report.recovery_key  # the same recovery key opens the restored folder

    restored = open_folder(target, clock)
    try:
        after_tables = backup_data.tables(restored)
        entries = after_tables.pop("audit_entry")
        head = after_tables.pop("audit_head")
        expected_entries = before_tables.pop("audit_entry")
        before_tables.pop("audit_head")
        assert after_tables == before_tables  # every request, breach, e-mail, event, setting, document row
        assert entries[:len(expected_entries)] == expected_entries
        assert [e[3] for e in entries[len(expected_entries):]] == ["backup.restore"]
        assert head[0][1] == len(entries)
        assert restored.audit.verify().ok
        restore = journal(restored, "backup.restore")[0]
        assert restore["object"] == result.id and restore["key"] == "recovery-key" and not restore["replaced"]
        assert backup_data.documents(restored) == before_documents  # every scan, letter and e-mail, decrypted
        assert (target / "letters" / backup_data.TEMPLATE).read_bytes() == template
        assert restored.settings.values()["repeat_window_months"] == 18
        assert restored.folder.install_id != filled.folder.install_id  # its own keyring entry
        assert restored.vault.check().ok
    finally:
        restored.close()
    assert not [p for p in target.iterdir() if p.name.startswith((".restore-", ".replaced-"))]
    assert not (target / "restore-pending.json").exists()


def test_the_backup_holds_nothing_personal_in_clear(filled):
    result = filled.backups.create()
    data = result.path.read_bytes()
    assert NAME.fullmatch(result.path.name)
    for word in (*backup_data.PEOPLE_IN_DEMO, "DSR-2026", "Modèle personnalisé", filled.actor):
        for encoding in ("utf-8", "utf-16-le"):
            assert word.encode(encoding) not in data, word
    assert data.count(b"SQLite format 3") == 0
    assert result.path.stat().st_mode & 0o077 == 0
    header = backupfile.read_header(result.path)
    assert set(header.fields) == {"format", "id", "created", "reason", "app_version", "schema", "install_id",
                                  "recipients", "chunk_size", "cipher"}


def test_verify_reports_counts_journal_and_every_document(filled):
    result = filled.backups.create()
    report = filled.backups.verify(result.path)
    assert report.ok and report.counts_match and report.journal.ok
    assert report.documents_checked == result.documents == len(backup_data.documents(filled))
    assert dict(report.friendly_counts)["requests"] == filled.requests.total()
    assert dict(report.friendly_counts)["documents"] == report.documents_checked  # kept ones, not destroyed
    assert report.opened_with == "master-key"
    entry = journal(filled, "backup.verify")[-1]
    assert entry["ok"] and entry["object"] == result.id and entry["file"] == result.path.name
    assert not [p for p in filled.data_dir.iterdir() if p.name.startswith(".verify-")]


def test_every_backup_is_journaled_without_personal_data(filled, tmp_path):
    result = filled.backups.create()
    entry = journal(filled, "backup.create")[-1]
    assert entry["object"] == result.id and entry["file"] == result.path.name and entry["reason"] == "manual"
    assert str(tmp_path) not in json.dumps(entry)  # no path: a folder can be named after a person


# -- damage ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["cut", "cut at a chunk", "altered byte", "header"])
def test_a_damaged_backup_fails_verify_and_restore_changes_nothing(filled, tmp_path, clock, damage):
    result = filled.backups.create()
    data = bytearray(result.path.read_bytes())
    header = backupfile.read_header(result.path)
    if damage == "cut":
        data = data[:len(data) * 2 // 3]
    elif damage == "cut at a chunk":
        data = data[:header.body_offset]  # a one-chunk file: cut where its first chunk starts
    elif damage == "altered byte":
        data[len(data) // 2] ^= 0x20
    else:
        data[header.raw.index(b'"manual"') + 1] ^= 0x01
    result.path.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        filled.backups.verify(result.path)
    assert journal(filled, "backup.verify")[-1]["ok"] is False
    target = tmp_path / "target"
    target.mkdir()
    (target / "backups").mkdir()
    with pytest.raises(BackupDamaged):
        prepare_restore(result.path, target, KeySource(rings=[filled.folder.unlocked_keys]), actor="t",
                        now=clock.now())
    assert folder_state(target) == {} and sorted(p.name for p in target.iterdir()) == ["backups"]
    status = {e.name: e.status for e in filled.backups.list()}
    assert status[result.path.name] in ("damaged", "incomplete")


def test_a_vault_file_altered_at_the_source_is_reported_by_verify(filled):
    doc_id, data = next(iter(backup_data.documents(filled).items()))
    with filled.db.engine.connect() as conn:
        blob = conn.execute(text("SELECT blob_id FROM document WHERE id = :i"), {"i": doc_id}).scalar_one()
    path = filled.folder.blobs.path_of(blob)
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 1
    path.write_bytes(bytes(raw))
    report = filled.backups.verify(filled.backups.create().path)
    assert not report.ok and report.damaged_documents == [doc_id]


# -- keys -----------------------------------------------------------------------------------------------------


def test_a_wrong_or_mistyped_recovery_key_is_refused(filled, tmp_path, clock):
    filled.backups.create_recovery_key()
    result = filled.backups.create()
    with pytest.raises(RecoveryKeyError) as caught:
        prepare_restore(result.path, tmp_path / "t", KeySource(recovery_key=RecoveryKey.generate()), actor="t",
                        now=clock.now())
    assert caught.value.code == "backup.recovery-key-wrong"
    assert not (tmp_path / "t").exists()


def test_a_backup_of_another_folder_needs_its_recovery_key(filled, tmp_path, clock):
    result = filled.backups.create()
    other = open_folder(tmp_path / "other", clock)
    try:
        with pytest.raises(BackupError) as caught:
            other.backups.verify(result.path)
        assert caught.value.code == "backup.no-key"
    finally:
        other.close()


def test_after_a_key_rotation_old_backups_open_with_the_recovery_key_and_new_ones_with_the_master_key(
        filled, tmp_path, clock):
    key = filled.backups.create_recovery_key().key
    old = filled.backups.create()
    report = filled.vault.rotate_master_key()
    assert report.recovery_key is True
    assert filled.backups.recovery_state() == "ok"
    with pytest.raises(BackupError) as caught:
        filled.backups.verify(old.path)
    assert caught.value.code == "backup.no-key"
    assert filled.backups.verify(old.path, recovery_key=key).ok
    new = filled.backups.create()
    assert filled.backups.verify(new.path).ok
    keyring.set_keyring(MemoryKeyring())
    prepare_restore(new.path, tmp_path / "t", KeySource(recovery_key=key), actor="t", now=clock.now()).commit()
    restored = DataFolder.at(tmp_path / "t")
    restored.unlock_with_recovery_key(key)  # the same sheet still opens the restored folder


def test_a_new_recovery_key_replaces_the_old_one(filled):
    first = filled.backups.create_recovery_key()
    second = filled.backups.create_recovery_key()
    assert second.replaced == first.id and first.key != second.key
    folder = DataFolder.at(filled.data_dir)
    with pytest.raises(RecoveryKeyError):
        folder.unlock_with_recovery_key(first.key)
    folder.unlock_with_recovery_key(second.key)
    assert [e["object"] for e in journal(filled, "recovery-key.create")] == [first.id, second.id]
    assert journal(filled, "recovery-key.create")[1]["replaced"] == first.id


# -- restore: targets, replace, schema -----------------------------------------------------------------


def test_restore_into_a_data_folder_needs_confirmation(filled, tmp_path, clock):
    result = filled.backups.create()
    other = open_folder(tmp_path / "other", clock)
    other.close()
    before = folder_state(tmp_path / "other")
    with pytest.raises(BackupError) as caught:
        prepare_restore(result.path, tmp_path / "other", KeySource(rings=[filled.folder.unlocked_keys]),
                        actor="t", now=clock.now())
    assert caught.value.code == "backup.target-not-empty"
    assert folder_state(tmp_path / "other") == before
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "notes.txt").write_text("mine")
    with pytest.raises(BackupError) as caught:
        prepare_restore(result.path, tmp_path / "papers", KeySource(rings=[filled.folder.unlocked_keys]),
                        actor="t", now=clock.now(), replace=True)
    assert caught.value.code == "backup.target-not-data-folder"
    assert folder_state(tmp_path / "papers") == {"notes.txt": b"mine"}


def test_replacing_the_current_folder_backs_it_up_first_and_keeps_its_recovery_key(filled, clock):
    key = filled.backups.create_recovery_key().key
    result = filled.backups.create()
    requests_then = filled.requests.total()
    backup_data.fill_more(filled)
    assert filled.requests.total() > requests_then
    folder = filled.folder
    prepared = prepare_restore(result.path, filled.data_dir, KeySource(rings=[folder.unlocked_keys]),
                               actor="dpo-test", now=clock.now(), replace=True)
    safety = filled.backups.create(reason="pre-restore")
    filled.close()
    report = prepared.commit(folder, pre_restore=safety.path)
    assert report.replaced and report.pre_restore_backup == safety.path
    again = open_folder(folder.path, clock)
    try:
        assert again.requests.total() == requests_then
        assert again.audit.verify().ok and last_action(again) == "backup.restore"
        assert journal(again, "backup.restore")[0]["pre_restore_backup"] == safety.path.name
        assert again.vault.check().ok
        entries = {e.name: e for e in again.backups.list()}
        assert entries[safety.path.name].status == "complete"  # the replaced state is kept
    finally:
        again.close()
    DataFolder.at(folder.path).unlock_with_recovery_key(key)


def _set_revision(folder: DataFolder, revision: str) -> None:
    conn = raw_connection(folder.database_path, folder.database_master())
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


def test_a_backup_of_a_newer_schema_is_refused_with_nothing_changed(filled, tmp_path, clock):
    _set_revision(filled.folder, "0099")
    result = write_backup(filled.folder, now=clock.now(), reason="manual")
    _set_revision(filled.folder, HEAD_REVISION)
    for replace, target in ((False, tmp_path / "empty"), (True, filled.data_dir)):
        before = folder_state(target) if target.exists() else None
        with pytest.raises(BackupError) as caught:
            prepare_restore(result.path, target, KeySource(rings=[filled.folder.unlocked_keys]), actor="t",
                            now=clock.now(), replace=replace)
        assert caught.value.code == "backup.schema-newer"
        assert "0099" in str(caught.value) and "Nothing was changed" in str(caught.value)
        assert (folder_state(target) if target.exists() else None) == before
    with pytest.raises(BackupError) as caught:
        filled.backups.verify(result.path)
    assert caught.value.code == "backup.schema-newer"


def old_folder(path: Path, clock, revision: str = "0007") -> None:
    """A data folder as a previous version left it: schema `revision`, a few requests."""
    from alembic import command

    from dpo_workbench.datafolder import sqlcipher_url
    from dpo_workbench.store.db import Database

    folder = DataFolder.at(path)
    folder.create_keys()
    db = Database(sqlcipher_url(folder.database_path, folder.keys.current_key))
    with db.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        info = list(connection.exec_driver_sql("PRAGMA table_info(request)"))
        columns = {r[1] for r in info}
        values = {"id": 1, "reference": "DSR-2026-0001", "channel": "email", "received_on": "2026-11-20",
                  "requester_name": "Élodie Lefèvre", "requester_email": "e@exemple.fr", "requester_phone": "",
                  "requester_address": "", "relation": "customer", "state": "open", "due_on": "2026-12-21",
                  "registered_number": "", "notes": "", "name_key": "elodie lefevre", "email_key": "e@exemple.fr",
                  "outcome": "", "outcome_reason": "", "created_at": "2026-11-20 09:00:00.000000", "language": "fr",
                  "extended": 0, "suspended_days": 0, "last_step_on": "2026-11-20", "region": "FR"}
        row = {k: v for k, v in values.items() if k in columns}
        for _cid, name, kind, notnull, default, _pk in info:  # whatever else that version required
            if notnull and default is None and name not in row:
                row[name] = {"INTEGER": 0, "BOOLEAN": 0, "DATE": "2026-11-20",
                             "DATETIME": "2026-11-20 09:00:00.000000"}.get(kind.upper(), "")
        connection.exec_driver_sql(f"INSERT INTO request ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                   tuple(row.values()))
    db.dispose()


def test_opening_an_older_schema_backs_it_up_first_and_the_backup_restores_migrated(tmp_path, clock):
    old_folder(tmp_path / "old", clock)
    wb = open_folder(tmp_path / "old", clock)  # the new version's first start: migration
    try:
        made = journal(wb, "backup.create")
        assert [(m["reason"], m["schema"]) for m in made] == [("pre-migration", "0007")]
        backup = wb.data_dir / "backups" / made[0]["file"]
        assert backupfile.read_header(backup).schema == "0007"
        report = wb.backups.verify(backup)  # the test restore migrates it too
        assert report.ok and report.schema == "0007" and report.migrated_from == "0007"
        entries = wb.backups.list()
        assert [e.reason for e in entries] == ["pre-migration"]
        keys = wb.folder.unlocked_keys
    finally:
        wb.close()
    prepared = prepare_restore(backup, tmp_path / "restored", KeySource(rings=[keys]), actor="t", now=clock.now())
    assert prepared.migrated_from == "0007"
    prepared.commit()
    keyring_keys = DataFolder.at(tmp_path / "restored")
    keyring_keys.unlock()
    restored = Workbench.from_folder(keyring_keys, clock=clock, actor="t")
    try:
        assert restored.db.current_revision() == HEAD_REVISION
        assert restored.audit.verify().ok and last_action(restored) == "backup.restore"
        assert restored.requests.detail("DSR-2026-0001").requester_name == "Élodie Lefèvre"
    finally:
        restored.close()


def test_no_migration_without_a_backup(tmp_path, clock):
    """A full disk: not even the snapshot of the database can be written."""
    old_folder(tmp_path / "old", clock)
    before = (tmp_path / "old" / paths.DATABASE_FILE).read_bytes()
    limit = 64 * 1024  # room for SQLite's shared-memory file (32 KiB), not for a copy of the database
    assert len(before) > limit
    with backup_data.file_size_limit(limit), pytest.raises(BackupError) as caught:
        open_folder(tmp_path / "old", clock)
    assert caught.value.code == "backup.pre-migration-failed"
    assert "Nothing was changed" in str(caught.value)
    assert (tmp_path / "old" / paths.DATABASE_FILE).read_bytes() == before
    folder = DataFolder.at(tmp_path / "old")
    folder.unlock()
    conn = raw_connection(folder.database_path, folder.database_master())
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0007"
    finally:
        conn.close()


def test_an_unreachable_backup_folder_falls_back_to_the_data_folder_before_a_migration(tmp_path, clock):
    old_folder(tmp_path / "old", clock)
    folder = DataFolder.at(tmp_path / "old")
    folder.unlock()
    conn = raw_connection(folder.database_path, folder.database_master())
    conn.execute("INSERT INTO setting (key, value) VALUES ('backup_folder', ?)",
                 (json.dumps(str(tmp_path / "a-file" / "backups")),))
    conn.commit()
    conn.close()
    (tmp_path / "a-file").write_text("not a folder")
    wb = open_folder(tmp_path / "old", clock)
    try:
        made = journal(wb, "backup.create")
        assert made[0]["fallback"] and (wb.data_dir / "backups" / made[0]["file"]).is_file()
    finally:
        wb.close()


# -- the backup folder, failures, rotation, status ----------------------------------------------------------


def test_a_backup_folder_that_cannot_be_used_is_said_and_older_backups_stay(filled, tmp_path):
    first = filled.backups.create()
    (tmp_path / "a-file").write_text("x")
    filled.settings.set("backup_folder", str(tmp_path / "a-file" / "sub"))
    with pytest.raises(BackupError) as caught:
        filled.backups.create()
    assert caught.value.code == "backup.folder-unusable"
    assert first.path.is_file()
    assert journal(filled, "backup.failed")[-1]["problem"] == "backup.folder-unusable"
    status = filled.backups.status()
    assert status.error is not None and status.stale


def test_backups_go_to_the_chosen_folder(filled, tmp_path):
    filled.settings.set("backup_folder", str(tmp_path / "nas" / "dpo"))
    result = filled.backups.create()
    assert result.path.parent == tmp_path / "nas" / "dpo"
    assert [e.name for e in filled.backups.list()] == [result.path.name]


def test_the_rotation_keeps_the_newest_of_each_day_and_every_safety_backup(workbench, clock):
    """Ten days of daily backups (26 Nov - 5 Dec 2026): the last seven days are kept; the earlier days are
    neither the newest of their ISO week (Nov 29 is) nor of their month (Nov 30 is). The full rule
    (7 daily, 4 weekly, 12 monthly) is tested in tests/core/test_backup_rotation.py."""
    made = []
    start = clock.instant
    for day in range(10):
        clock.instant = start + timedelta(days=day)
        made.append(workbench.backups.create(reason="daily").path.name)
    safety = workbench.backups.create(reason="pre-restore").path.name
    clock.instant += timedelta(hours=1)
    latest = workbench.backups.create(reason="daily").path.name
    names = {e.name for e in workbench.backups.list()}
    assert names == {*made[3:9], latest, safety}
    assert [e["deleted"] for e in journal(workbench, "backup.rotate")][-1] == [made[9]]


def test_the_rotation_never_deletes_a_damaged_file_or_another_folders_backup(workbench, clock, tmp_path):
    other = open_folder(tmp_path / "other", clock)
    other.settings.set("backup_folder", str(workbench.backups.folder))
    foreign = other.backups.create().path.name
    other.close()
    first = workbench.backups.create().path
    first.write_bytes(first.read_bytes()[:-10])
    clock.advance(hours=2)
    workbench.backups.create()
    clock.advance(hours=2)
    workbench.backups.create()
    statuses = {e.name: (e.status, e.this_folder) for e in workbench.backups.list()}
    assert statuses[foreign] == ("other-keys", False)
    assert statuses[first.name][0] == "damaged"
    assert len(statuses) == 3


def test_status_says_when_the_last_good_backup_was_made(workbench, clock):
    status = workbench.backups.status()
    assert status.last_good is None and status.stale and status.due and status.recovery == "none"
    result = workbench.backups.create()
    status = workbench.backups.status()
    assert status.last_good == result.created and not status.stale and not status.due
    clock.advance(days=1)
    assert workbench.backups.status().due and not workbench.backups.status().stale
    clock.advance(days=7)
    assert workbench.backups.status().stale
    workbench.backups.create_recovery_key()
    assert workbench.backups.status().recovery == "ok"


def test_a_document_destroyed_during_a_backup_is_not_left_half_in_it(filled, clock, monkeypatch):
    """The snapshot still lists it, its file is gone: the backup is made again, consistent."""
    from dpo_workbench.services import backup_archive

    victim = next(iter(backup_data.documents(filled)))
    real_snapshot = DataFolder.snapshot_database
    calls = []

    def snapshot_then_destroy(self, target):
        key = real_snapshot(self, target)
        if not calls:
            filled.documents.destroy(victim)  # between the snapshot and the copy of the files
        calls.append(1)
        return key

    monkeypatch.setattr(DataFolder, "snapshot_database", snapshot_then_destroy)
    result = backup_archive.write_backup(filled.folder, now=clock.now(), reason="manual")
    assert len(calls) == 2 and result.missing_documents == []
    assert filled.backups.verify(result.path).ok


def test_leftovers_of_interrupted_work_are_cleared_only_when_stale(filled):
    work = filled.data_dir / ".verify-deadbeef0000"
    work.mkdir()
    temp = filled.data_dir / "backups" / ".dpo-workbench-20261120T090000Z-0badc0de.dpobak.tmp"
    temp.write_bytes(b"DPOWBAK\x00 half a backup")
    filled.backups.create()
    assert work.exists() and temp.exists()  # maybe another process's work in progress
    old = 1_000_000_000
    os.utime(work, (old, old))
    os.utime(temp, (old, old))
    filled.backups.create()
    assert not work.exists() and not temp.exists()


@pytest.mark.parametrize("crash_after", range(7))
def test_a_restore_interrupted_while_moving_its_parts_in_is_finished_at_the_next_opening(filled, clock,
                                                                                        monkeypatch, crash_after):
    """The process dies after some of the parts were moved (old ones out, new ones in): the next opening
    finishes the restore, whatever the point it stopped at."""
    from dpo_workbench.services import backup_archive

    documents = backup_data.documents(filled)
    result = filled.backups.create()
    backup_data.fill_more(filled)
    folder = filled.folder
    prepared = prepare_restore(result.path, filled.data_dir, KeySource(rings=[folder.unlocked_keys]),
                               actor="dpo-test", now=clock.now(), replace=True)
    filled.close()
    real_move, moves = backup_archive._move, []

    def move_then_die(source, destination):
        if len(moves) == crash_after:
            raise KeyboardInterrupt("killed")
        moves.append(destination.name)
        real_move(source, destination)

    monkeypatch.setattr(backup_archive, "_move", move_then_die)
    try:
        prepared.commit(folder)
    except KeyboardInterrupt:
        assert (filled.data_dir / backup_archive.RESTORE_MARKER).exists()
    else:
        assert len(moves) <= crash_after  # fewer moves than that: it finished
    monkeypatch.setattr(backup_archive, "_move", real_move)
    again = open_folder(filled.data_dir, clock)  # finishes the restore before opening the database
    try:
        assert not (filled.data_dir / backup_archive.RESTORE_MARKER).exists()
        assert again.requests.total() == 44 and last_action(again) == "backup.restore"
        assert again.audit.verify().ok and again.vault.check().ok
        assert backup_data.documents(again) == documents
    finally:
        again.close()


def test_replacing_a_fresh_folder_with_a_backup_opened_by_its_recovery_key_keeps_that_key(filled, tmp_path, clock):
    """A new computer: the first start made a recovery key; the DPO restores with the sheet of the old one.
    The sheet in hand goes on opening the folder."""
    paper = filled.backups.create_recovery_key().key
    result = filled.backups.create()
    keyring.set_keyring(MemoryKeyring())
    fresh = open_folder(tmp_path / "new", clock)
    first_start = fresh.backups.create_recovery_key().key
    folder = fresh.folder
    prepared = prepare_restore(result.path, folder.path, KeySource(rings=[folder.unlocked_keys], recovery_key=paper),
                               actor="t", now=clock.now(), replace=True)
    safety = fresh.backups.create(reason="pre-restore", also_for=prepared.ring)
    fresh.close()
    report = prepared.commit(folder, pre_restore=safety.path)
    assert report.opened_with == "recovery-key"
    DataFolder.at(folder.path).unlock_with_recovery_key(paper)
    with pytest.raises(RecoveryKeyError):
        DataFolder.at(folder.path).unlock_with_recovery_key(first_start)
    restored = open_folder(folder.path, clock)
    try:
        # the backup of the register it replaced opens with the restored keys, but is no backup of this one
        assert [(e.name, e.status) for e in restored.backups.list()] == [(safety.path.name, "complete")]
        assert restored.backups.verify(safety.path).ok
        status = restored.backups.status()
        assert status.last_good is None and status.due
    finally:
        restored.close()
