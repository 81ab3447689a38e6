"""Verifying and restoring backups, and what the backup service reports (plain dataclasses).

Imported when a backup is listed, verified or restored, not at start-up: `services.backups`
is the small part the workbench composes.
"""

from __future__ import annotations

import dataclasses
import secrets
import shutil
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from dpo_workbench.audit import journal
from dpo_workbench.datafolder import DataFolder, master_that_opens, sqlcipher_url
from dpo_workbench.errors import BackupDamaged, BackupError, PassphraseRequired, ServiceError, VaultError
from dpo_workbench.services.backup_archive import (
    KeySource,
    Progress,
    Staged,
    check_schema,
    classify_target,
    database_facts,
    friendly_counts,
    remove_leftovers,
    stage,
    swap_in,
    unlock,
    work_dir,
)
from dpo_workbench.services.documents import blob_aad, key_aad
from dpo_workbench.store.db import HEAD_REVISION, Database
from dpo_workbench.vault import backupfile, crypto
from dpo_workbench.vault.keystore import MasterKeys, PassphraseFileStore
from dpo_workbench.vault.recovery import RecoveryKey

__all__ = [
    "BackupEntry", "BackupStatus", "VerifyReport", "RestoreReport", "NewRecoveryKey", "PreparedRestore",
    "KeySource", "prepare_restore", "verify_backup", "list_backups",
]

# -- results -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupEntry:
    """A file of the backup folder, as `backup list` shows it."""

    path: Path
    size: int
    status: str  # complete | damaged | incomplete | other-keys | not-a-backup | newer-format
    created: datetime | None = None
    reason: str = ""
    schema: str = ""
    app_version: str = ""
    this_folder: bool = False

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    last_good: datetime | None  # the newest complete backup of this data folder
    last_path: Path | None
    stale: bool  # no good backup, or none within STALE_AFTER
    due: bool  # no good backup made today: the daily backup is due
    error: ServiceError | None = None  # the backup folder cannot be read
    recovery: str = "none"  # none | ok | stale | damaged


@dataclass
class VerifyReport:
    """A test restore: what the backup holds and whether every part of it checked out."""

    path: Path
    id: str
    created: datetime | None
    reason: str
    app_version: str
    schema: str | None
    opened_with: str
    counts: dict[str, int]
    counts_match: bool
    documents_checked: int = 0
    damaged_documents: list[int] = field(default_factory=list)
    missing_documents: list[int] = field(default_factory=list)  # already missing when the backup was made
    journal: journal.Verification = journal.Verification(True, 0)
    migrated_from: str | None = None
    seconds: float = 0.0
    documents: int = 0  # the documents whose files it holds (the destroyed ones keep only their record)

    @property
    def ok(self) -> bool:
        return self.counts_match and not self.damaged_documents and self.journal.ok

    @property
    def friendly_counts(self) -> list[tuple[str, int]]:
        return friendly_counts(self.counts, self.documents)


@dataclass(frozen=True)
class RestoreReport:
    target: Path
    backup_id: str
    created: datetime | None
    counts: dict[str, int]
    opened_with: str
    migrated_from: str | None
    replaced: bool
    pre_restore_backup: Path | None
    journal: journal.Verification
    recovery_key: bool  # a recovery key opens the restored folder
    recovery_id: str | None = None  # which one (the identifier printed on its sheet)
    recovery_created: datetime | None = None
    documents: int = 0  # the documents whose files came back

    @property
    def friendly_counts(self) -> list[tuple[str, int]]:
        return friendly_counts(self.counts, self.documents)


@dataclass(frozen=True)
class NewRecoveryKey:
    key: RecoveryKey
    id: str
    created: datetime
    replaced: str | None  # the id of the recovery key it replaces (which no longer opens the folder)


def _created(header: backupfile.BackupHeader) -> datetime | None:
    try:
        return datetime.fromisoformat(header.created)
    except ValueError:
        return None


# -- the service -------------------------------------------------------------------------------------


# -- verification and restore, with or without an open data folder ------------------------------------------


def list_backups(folder: Path, ring: MasterKeys, install_id: str) -> list[BackupEntry]:
    """The backup files of a folder, newest first, each with its status (its final part authenticated
    with `ring`); `this_folder` marks those of the data folder `install_id`."""
    try:
        candidates = sorted(p for p in folder.iterdir()
                            if p.name.endswith(backupfile.SUFFIX) and not p.name.startswith(".") and p.is_file())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise BackupError("backup.folder-unusable", folder=folder, reason=exc.strerror or "unreadable") from None
    entries = [_entry(path, ring, install_id) for path in candidates]
    epoch = datetime.min.replace(tzinfo=UTC)
    return sorted(entries, key=lambda e: (e.created or epoch, e.name), reverse=True)


def _entry(path: Path, ring: MasterKeys, install_id: str) -> BackupEntry:
    try:
        size = path.stat().st_size
        header = backupfile.read_header(path)
    except BackupDamaged:
        return BackupEntry(path, _size(path), "damaged")
    except BackupError as exc:
        status = "newer-format" if exc.code == "backup.format-newer" else "not-a-backup"
        return BackupEntry(path, _size(path), status)
    created = _created(header)
    base = dict(created=created, reason=header.reason, schema=header.schema, app_version=header.app_version,
                this_folder=header.install_id == install_id)
    try:
        file_key = backupfile.open_with_ring(header, ring)
        if file_key is None:
            return BackupEntry(path, size, "other-keys", **base)  # type: ignore[arg-type]
        backupfile.check_end(header, file_key)
    except BackupDamaged as exc:
        status = "incomplete" if exc.code == "backup.truncated" else "damaged"
        return BackupEntry(path, size, status, **base)  # type: ignore[arg-type]
    return BackupEntry(path, size, "complete", **base)  # type: ignore[arg-type]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _open_staged(staged: Staged) -> tuple[Database, bytes]:
    master = master_that_opens(staged.database, staged.ring)
    return Database(sqlcipher_url(staged.database, master)), master


def _migrate(db: Database) -> str | None:
    before = db.current_revision()
    if before != HEAD_REVISION:
        db.upgrade()
        return before
    return None


def _check_documents(db: Database, staged: Staged, progress: Progress | None, start: int) -> tuple[int, list[int]]:
    """Decrypt every live document of the restored database from the restored vault."""
    from sqlalchemy import text

    with db.reading() as s:
        rows = s.execute(text("SELECT id, blob_id, key_id, wrapped_key FROM document "
                              "WHERE destroyed_at IS NULL ORDER BY id")).all()
    damaged = []
    missing_at_source = staged.missing_documents
    for n, (doc_id, blob_id, key_id, wrapped) in enumerate(rows):
        if doc_id in missing_at_source:
            continue
        try:
            if key_id is None or wrapped is None:
                raise KeyError(doc_id)
            data_key = crypto.unwrap_key(staged.ring.get(key_id), wrapped, aad=key_aad(doc_id))
            crypto.decrypt(data_key, (staged.path / "vault" / blob_id).read_bytes(), aad=blob_aad(doc_id))
        except (VaultError, KeyError, FileNotFoundError):
            damaged.append(doc_id)
        if progress and n % 50 == 0:
            progress(start + (1000 - start) * n // max(len(rows), 1), 1000)
    return len(rows) - len(missing_at_source & {r[0] for r in rows}), damaged


def verify_backup(path: Path, keys: KeySource, work_parent: Path, progress: Progress | None = None) -> VerifyReport:
    """The test restore, in a private folder under `work_parent` that is removed afterwards."""
    started = time.perf_counter()
    path = Path(path)
    header = backupfile.read_header(path)
    check_schema(header, header.schema or None)
    file_key, how = unlock(header, keys)
    with work_dir(work_parent, ".verify-") as work:
        staged = stage(header, file_key, work, how, progress, span=700)
        facts = database_facts(staged.database, master_that_opens(staged.database, staged.ring))
        check_schema(header, facts.schema)
        db, _master = _open_staged(staged)
        try:
            migrated_from = _migrate(db)
            with db.reading() as s:
                chain = journal.verify(s)
            checked, damaged = _check_documents(db, staged, progress, 700)
        finally:
            db.dispose()
        report = VerifyReport(
            path=path, id=header.id, created=_created(header), reason=header.reason,
            app_version=header.app_version, schema=facts.schema, opened_with=how, counts=staged.counts,
            counts_match=facts.counts == staged.counts, documents_checked=checked, damaged_documents=damaged,
            missing_documents=sorted(staged.missing_documents), journal=chain, migrated_from=migrated_from,
            documents=staged.documents)
    if progress:
        progress(1000, 1000)
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class PreparedRestore:
    """A backup unpacked, checked and migrated beside the target: `commit()` puts it in place, `discard()`
    drops it. Until commit, nothing of the target has changed."""

    staged: Staged
    target: Path
    replace: bool
    migrated_from: str | None
    journal: journal.Verification
    actor: str
    now: datetime
    created_target: bool

    @property
    def ring(self) -> MasterKeys:
        return self.staged.ring

    def discard(self) -> None:
        shutil.rmtree(self.staged.path, ignore_errors=True)
        if self.created_target:
            shutil.rmtree(self.target, ignore_errors=True)

    def commit(self, current: DataFolder | None = None, *, passphrase: str | None = None,
               pre_restore: Path | None = None) -> RestoreReport:
        """Put the restored data in place.

        Into an empty folder: its keys are kept as a new set-up keeps them (a new keyring entry,
        or a key file under `passphrase`), with the backup's recovery key. Replacing `current` (its
        database closed): its key store is kept, now holding the restored keys, and so is its
        recovery key, unless the backup was opened with its own recovery key (that one then stays).
        """
        target, ring = self.target, self.ring
        recovery_before = None
        if current is None:
            folder = DataFolder.at(target)
            if isinstance(folder.store, PassphraseFileStore):
                if passphrase is None:
                    raise PassphraseRequired("backup.passphrase-needed")
                folder.store.save(ring, passphrase)
            else:
                folder.store.save(ring)
        else:
            folder = current
            try:
                recovery_before = folder.recovery()
            except VaultError:
                recovery_before = None
            before = folder.unlocked_keys
            folder.store.save(MasterKeys(current=ring.current, keys={**before.keys, **ring.keys}))
        self._journal_restore(pre_restore)
        swap_in(target, self.staged.path)
        if current is not None:
            merged = MasterKeys(current=ring.current, keys={**folder.unlocked_keys.keys, **ring.keys})
            folder.store.save(ring)
            # The recovery key that goes on opening the folder: the one typed to open the backup (the DPO
            # holds its sheet, e.g. on a new computer), else the folder's own, the latest one made for it.
            if recovery_before is not None and self.staged.opened_with != "recovery-key":
                dataclasses.replace(recovery_before, path=folder.recovery_path).rewrapped(merged, ring)
        folder.keys = ring
        try:
            recovery = folder.recovery()
        except VaultError:
            recovery = None
        header = self.staged.header
        return RestoreReport(target=target, backup_id=header.id, created=_created(header),
                             counts=self.staged.counts, opened_with=self.staged.opened_with,
                             migrated_from=self.migrated_from, replaced=self.replace,
                             pre_restore_backup=pre_restore, journal=self.journal, recovery_key=recovery is not None,
                             recovery_id=recovery.id if recovery else None,
                             recovery_created=recovery.created if recovery else None,
                             documents=self.staged.documents)

    def _journal_restore(self, pre_restore: Path | None) -> None:
        header = self.staged.header
        db, _master = _open_staged(self.staged)
        try:
            with db.transaction() as s:
                journal.append(s, at=self.now, actor=self.actor, action="backup.restore", object_type="backup",
                               object_id=header.id, details={
                                   "file": header.path.name, "made": header.created, "reason": header.reason,
                                   "app_version": header.app_version, "schema": header.schema,
                                   "migrated_from": self.migrated_from, "replaced": self.replace,
                                   "pre_restore_backup": pre_restore.name if pre_restore else None,
                                   "key": self.staged.opened_with, "journal_ok": self.journal.ok})
            with db.engine.connect() as conn:  # leave no WAL beside the staged database: it moves alone
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.dispose()


def prepare_restore(path: Path, target: Path, keys: KeySource, *, actor: str, now: datetime, replace: bool = False,
                    progress: Progress | None = None) -> PreparedRestore:
    """Read a backup into a staging folder beside `target`, check it, migrate an older schema.

    Refused (BackupError, nothing changed): a newer schema, a target that holds a data folder
    without `replace`, or other files; BackupDamaged: a file cut short or altered.
    """
    path, target = Path(path), Path(target)
    header = backupfile.read_header(path)
    check_schema(header, header.schema or None)
    kind = classify_target(target)
    if kind == "other":
        raise BackupError("backup.target-not-data-folder", path=target)
    if kind == "data-folder" and not replace:
        raise BackupError("backup.target-not-empty", path=target)
    file_key, how = unlock(header, keys)
    created_target = not target.exists()
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    remove_leftovers(target)
    staging = target / f".restore-{secrets.token_hex(6)}"
    staging.mkdir(mode=0o700)
    try:
        staged = stage(header, file_key, staging, how, progress, span=900)
        facts = database_facts(staged.database, master_that_opens(staged.database, staged.ring))
        check_schema(header, facts.schema)
        if facts.counts != staged.counts:
            raise BackupDamaged("backup.manifest-mismatch", path=path, detail="database")
        db, _master = _open_staged(staged)
        try:
            migrated_from = _migrate(db)
            with db.reading() as s:
                chain = journal.verify(s)
        finally:
            db.dispose()
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if created_target:
            shutil.rmtree(target, ignore_errors=True)
        raise
    if progress:
        progress(1000, 1000)
    return PreparedRestore(staged=staged, target=target, replace=kind == "data-folder", migrated_from=migrated_from,
                           journal=chain, actor=actor, now=now, created_target=created_target)


