"""Backups, their verification, restore, and the recovery key: never lose the register.

    result = wb.backups.create()                 # into the backup folder, then the rotation
    report = wb.backups.verify(result.path)      # a test restore in a private folder
    key = wb.backups.create_recovery_key()       # shown once; the sheet: wb.backups.recovery_sheet(key)

A restore goes through `prepare_restore(...)` (read, check, migrate in a
staging folder: nothing changes yet) then `PreparedRestore.commit(...)`
(keys kept as a new set-up keeps them, parts moved in by renames). Every
backup, verification and restore is journaled; a restored folder's journal
goes on from the backup's last entry with the restore itself.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dpo_workbench.audit import journal
from dpo_workbench.core.backup_rotation import DEFAULT_ROTATION, Rotation, to_keep
from dpo_workbench.core.clock import PARIS, local_today
from dpo_workbench.datafolder import DataFolder, master_that_opens, sqlcipher_url
from dpo_workbench.errors import BackupDamaged, BackupError, PassphraseRequired, ServiceError, VaultError
from dpo_workbench.services.backup_archive import (
    FRIENDLY_COUNTS,
    BackupResult,
    KeySource,
    Progress,
    Staged,
    backup_folder,
    check_schema,
    classify_target,
    database_facts,
    error_reason,
    finish_interrupted_restore,
    remove_leftovers,
    stage,
    swap_in,
    unlock,
    work_dir,
    write_backup,
)
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import blob_aad, key_aad
from dpo_workbench.store.db import HEAD_REVISION, Database
from dpo_workbench.vault import backupfile, crypto
from dpo_workbench.vault.keystore import MasterKeys, PassphraseFileStore
from dpo_workbench.vault.recovery import RecoveryKey

log = logging.getLogger(__name__)

__all__ = [
    "BackupService", "BackupResult", "BackupEntry", "BackupStatus", "VerifyReport", "RestoreReport",
    "PreparedRestore", "KeySource", "prepare_restore", "verify_backup", "open_database_safely", "FRIENDLY_COUNTS",
]

SAFETY_REASONS = ("pre-migration", "pre-restore")  # kept out of the rotation
STALE_AFTER = timedelta(days=7)  # the status bar turns red when the last good backup is older


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

    @property
    def ok(self) -> bool:
        return self.counts_match and not self.damaged_documents and self.journal.ok

    @property
    def friendly_counts(self) -> list[tuple[str, int]]:
        return [(label, self.counts.get(table, 0)) for table, label in FRIENDLY_COUNTS.items()
                if table in self.counts]


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

    @property
    def friendly_counts(self) -> list[tuple[str, int]]:
        return [(label, self.counts.get(table, 0)) for table, label in FRIENDLY_COUNTS.items()
                if table in self.counts]


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


class BackupService:
    """Backups of the open data folder, their list and status, verification, and the recovery key."""

    def __init__(self, ctx: Context, rotation: Rotation = DEFAULT_ROTATION) -> None:
        self.ctx = ctx
        self.rotation = rotation

    @property
    def folder(self) -> Path:
        """Where backups go: the setting, else backups/ in the data folder."""
        return backup_folder(self.ctx.folder.path, self.ctx.settings()["backup_folder"])

    # -- making backups

    def create(self, reason: str = "manual", out: Path | None = None, progress: Progress | None = None,
               also_for: MasterKeys | None = None) -> BackupResult:
        """Back up the data folder now (into `out`, or the backup folder followed by the rotation).

        `also_for`: before a restore, the restored keys, so that the backup of the register it
        replaces opens with the folder's keys afterwards too. BackupError if it cannot be written:
        older backups are never touched then.
        """
        try:
            result = write_backup(self.ctx.folder, now=self.ctx.now(), reason=reason, out=out,
                                  directory=None if out else self.folder, progress=progress, also_for=also_for)
        except BackupError as exc:
            with self.ctx.db.transaction() as s:
                self.ctx.journal(s, "backup.failed", "backup", "-", reason=reason, problem=exc.code)
            raise
        self.journal_created(result)
        if out is None:
            try:
                result = dataclasses.replace(result, rotated=tuple(self.rotate()))
            except (OSError, ServiceError) as exc:  # the backup is made; the next one rotates again
                log.warning("the rotation of the backups failed: %s", type(exc).__name__)
        return result

    def journal_created(self, result: BackupResult) -> None:
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "backup.create", "backup", result.id, file=result.path.name, reason=result.reason,
                             size=result.size, documents=result.documents, missing=len(result.missing_documents),
                             schema=result.schema, recovery_key=result.recovery_key, fallback=result.fallback)

    def rotate(self) -> list[str]:
        """Delete this folder's complete backups the rotation no longer keeps (7 daily, 4 weekly,
        12 monthly). Never deleted here: the backups made before a migration or a restore (the
        state they saved was replaced: delete them by hand once sure), damaged files, other
        folders' backups."""
        entries = [e for e in self.list() if e.this_folder and e.status == "complete" and e.created
                   and e.reason not in SAFETY_REASONS]
        keep = to_keep([e.created for e in entries if e.created], self.rotation)
        deleted = []
        for i, entry in enumerate(entries):
            if i not in keep:
                entry.path.unlink(missing_ok=True)
                deleted.append(entry.name)
        if deleted:
            with self.ctx.db.transaction() as s:
                self.ctx.journal(s, "backup.rotate", "backup", "-", deleted=deleted)
        return deleted

    # -- what is there

    def list(self, folder: Path | None = None) -> list[BackupEntry]:
        """The backups in the backup folder, newest first, each with its status (final part authenticated)."""
        folder = folder or self.folder
        try:
            candidates = sorted(p for p in folder.iterdir()
                                if p.name.endswith(backupfile.SUFFIX) and not p.name.startswith(".") and p.is_file())
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise BackupError("backup.folder-unusable", folder=folder, reason=exc.strerror or "unreadable") from None
        ring = self.ctx.folder.unlocked_keys
        install_id = self.ctx.folder.install_id
        entries = [_entry(path, ring, install_id) for path in candidates]
        epoch = datetime.min.replace(tzinfo=UTC)
        return sorted(entries, key=lambda e: (e.created or epoch, e.name), reverse=True)

    def status(self) -> BackupStatus:
        """For the status bar: when the last good backup was made, whether the daily one is due."""
        folder = self.folder
        recovery = self.recovery_state()
        try:
            entries = self.list(folder)
        except BackupError as exc:
            return BackupStatus(folder, None, None, stale=True, due=True, error=exc, recovery=recovery)
        # a backup made before a restore holds the register that was replaced: it does not count
        good = next((e for e in entries if e.this_folder and e.status == "complete" and e.reason != "pre-restore"),
                    None)
        now = self.ctx.now()
        if good is None or good.created is None:
            return BackupStatus(folder, None, None, stale=True, due=True, recovery=recovery)
        return BackupStatus(folder, good.created, good.path, stale=now - good.created > STALE_AFTER,
                            due=good.created.astimezone(PARIS).date() < local_today(self.ctx.clock),
                            recovery=recovery)

    # -- verifying

    def verify(self, path: Path, recovery_key: RecoveryKey | None = None,
               progress: Progress | None = None) -> VerifyReport:
        """Test-restore a backup in a private folder: manifest, every file, counts, journal chain, every
        document decrypted. BackupDamaged if it is cut short or altered."""
        keys = KeySource(rings=[self.ctx.folder.unlocked_keys], recovery_key=recovery_key)
        try:
            report = verify_backup(path, keys, self.ctx.folder.path, progress)
        except BackupError as exc:
            with self.ctx.db.transaction() as s:
                self.ctx.journal(s, "backup.verify", "backup", "-", file=Path(path).name, ok=False,
                                 problem=exc.code)
            raise
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "backup.verify", "backup", report.id, file=Path(path).name, ok=report.ok,
                             documents=report.documents_checked, damaged=len(report.damaged_documents),
                             journal_entries=report.journal.entries, journal_ok=report.journal.ok,
                             key=report.opened_with)
        return report

    # -- the recovery key

    def recovery_state(self) -> str:
        """"none", "ok", "stale" (made for keys no longer in use: a new one is needed) or "damaged".

        A recovery file that lags behind a finished key rotation is brought up to date here.
        """
        folder = self.ctx.folder
        try:
            recovery = folder.recovery()
        except VaultError:
            return "damaged"
        if recovery is None:
            return "none"
        ring = folder.unlocked_keys
        try:
            sealed = recovery.ring_under(recovery.escrowed_kek(ring))
        except VaultError as exc:
            return "stale" if exc.code == "recovery.escrow-key-gone" else "damaged"
        if ring.current not in set(sealed.ids()):
            recovery.rewrapped(MasterKeys(current=ring.current, keys={**sealed.keys, **ring.keys}), ring)
        return "ok"

    def create_recovery_key(self) -> NewRecoveryKey:
        """A new recovery key (shown once): it opens the folder and its future backups; the one it
        replaces no longer does (backups made before still open with it, or with the master key)."""
        folder = self.ctx.folder
        try:
            old = folder.recovery()
        except VaultError:
            old = None
        recovery, key = folder.create_recovery_key(self.ctx.now())
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "recovery-key.create", "recovery-key", recovery.id,
                             replaced=old.id if old else None)
        return NewRecoveryKey(key=key, id=recovery.id, created=recovery.created, replaced=old.id if old else None)

    def record_recovery_use(self) -> None:
        """The folder was opened with its recovery key (its keys lost or its passphrase forgotten)."""
        recovery = self.ctx.folder.recovery()
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "recovery-key.use", "recovery-key", recovery.id if recovery else "-")

    def recovery_sheet(self, new: NewRecoveryKey, lang: str = "fr") -> bytes:
        """The one-page recovery sheet (PDF): the key, its id, the date; nothing personal."""
        from dpo_workbench.letters.recovery_sheet import render_sheet

        return render_sheet(new.key.groups, key_id=new.id, created=new.created, folder_id=self.ctx.folder.install_id,
                            lang=lang)


# -- verification and restore, with or without an open data folder ------------------------------------------


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
            missing_documents=sorted(staged.missing_documents), journal=chain, migrated_from=migrated_from)
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
                             recovery_created=recovery.created if recovery else None)

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


def open_database_safely(folder: DataFolder, now: Callable[[], datetime]) -> tuple[Database, list[BackupResult]]:
    """Open the folder's database; an interrupted restore is finished first, and before a schema
    migration a backup is made (into the backup folder, else backups/ of the data folder). If no
    backup can be made, nothing is migrated (BackupError)."""
    finish_interrupted_restore(folder.path)
    made: list[BackupResult] = []

    def before_migration(_db: Database, revision: str) -> None:
        try:
            made.append(write_backup(folder, now=now(), reason="pre-migration"))
            return
        except BackupError as exc:
            first = exc
        local = folder.path / "backups"
        try:
            made.append(dataclasses.replace(
                write_backup(folder, now=now(), reason="pre-migration", directory=local), fallback=True))
        except BackupError as exc:
            log.error("no backup before the migration (%s, then %s)", first.code, exc.code)
            raise BackupError("backup.pre-migration-failed", schema=revision, head=HEAD_REVISION,
                              reason=error_reason(exc)) from None

    return folder.open_database(before_migration=before_migration), made
