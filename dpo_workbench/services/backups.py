"""Backups, their verification, restore, and the recovery key: never lose the register.

    result = wb.backups.create()                 # into the backup folder, then the rotation
    report = wb.backups.verify(result.path)      # a test restore in a private folder
    key = wb.backups.create_recovery_key()       # shown once; the sheet: wb.backups.recovery_sheet(key)

A restore goes through `backup_restore.prepare_restore(...)` (read, check, migrate in a staging
folder: nothing changes yet) then `PreparedRestore.commit(...)` (keys kept as a new set-up keeps
them, parts moved in by renames). Every backup, verification and restore is journaled; a restored
folder's journal goes on from the backup's last entry with the restore itself.

This module is what the workbench composes at start-up: the work itself (`backup_archive`,
`backup_restore`) is imported when it is done.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_workbench.errors import BackupError, ServiceError, TeamError, VaultError
from dpo_workbench.services.context import Context

if TYPE_CHECKING:
    from dpo_workbench.core.backup_rotation import Rotation
    from dpo_workbench.datafolder import DataFolder
    from dpo_workbench.services.backup_archive import BackupResult, Progress
    from dpo_workbench.services.backup_restore import BackupEntry, BackupStatus, NewRecoveryKey, VerifyReport
    from dpo_workbench.store.db import Database
    from dpo_workbench.vault.keystore import MasterKeys
    from dpo_workbench.vault.recovery import RecoveryKey

log = logging.getLogger(__name__)

__all__ = ["BackupService", "open_database_safely", "RESTORE_MARKER"]

RESTORE_MARKER = "restore-pending.json"  # a restore moving its parts in (finished at the next opening)
SAFETY_REASONS = ("pre-migration", "pre-restore")  # kept out of the rotation
STALE_AFTER = timedelta(days=7)  # the status bar turns red when the last good backup is older


class BackupService:
    """Backups of the open data folder, their list and status, verification, and the recovery key."""

    def __init__(self, ctx: Context, rotation: Rotation | None = None) -> None:
        self.ctx = ctx
        self.rotation = rotation

    def _one_seat(self, what: str) -> None:
        """Backups and recovery keys are a data folder's: a team database is backed up on its server."""
        if self.ctx.db.sealed:
            raise TeamError("team.not-on-server", what=what)

    @property
    def folder(self) -> Path:
        """Where backups go: the setting, else backups/ in the data folder."""
        from dpo_workbench.services.backup_archive import backup_folder

        return backup_folder(self.ctx.folder.path, self.ctx.settings()["backup_folder"])

    # -- making backups

    def create(self, reason: str = "manual", out: Path | None = None, progress: Progress | None = None,
               also_for: MasterKeys | None = None) -> BackupResult:
        """Back up the data folder now (into `out`, or the backup folder followed by the rotation).

        `also_for`: before a restore, the restored keys, so that the backup of the register it
        replaces opens with the folder's keys afterwards too. BackupError if it cannot be written:
        older backups are never touched then.
        """
        self._one_seat("back up a data folder (a team database is backed up with pg_dump)")
        from dpo_workbench.services.backup_archive import write_backup

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
        from dpo_workbench.core.backup_rotation import DEFAULT_ROTATION, to_keep

        entries = [e for e in self.list() if e.this_folder and e.status == "complete" and e.created
                   and e.reason not in SAFETY_REASONS]
        keep = to_keep([e.created for e in entries if e.created], self.rotation or DEFAULT_ROTATION)
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
        self._one_seat("back up a data folder (a team database is backed up with pg_dump)")
        from dpo_workbench.services.backup_restore import list_backups

        return list_backups(folder or self.folder, self.ctx.folder.unlocked_keys, self.ctx.folder.install_id)

    def status(self) -> BackupStatus:
        """For the status bar: when the last good backup was made, whether the daily one is due."""
        from dpo_workbench.core.clock import PARIS, local_today
        from dpo_workbench.services.backup_restore import BackupStatus

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
        from dpo_workbench.services.backup_restore import KeySource, verify_backup

        self._one_seat("back up a data folder (a team database is backed up with pg_dump)")
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
        from dpo_workbench.vault.keystore import MasterKeys

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
        self._one_seat("make a recovery key (each user unlocks the team key with their own passphrase)")
        from dpo_workbench.services.backup_restore import NewRecoveryKey

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


def open_database_safely(folder: DataFolder, now: Callable[[], datetime]) -> tuple[Database, list[BackupResult]]:
    """Open the folder's database; an interrupted restore is finished first, and before a schema
    migration a backup is made (into the backup folder, else backups/ of the data folder). If no
    backup can be made, nothing is migrated (BackupError)."""
    if (folder.path / RESTORE_MARKER).exists():
        from dpo_workbench.services.backup_archive import finish_interrupted_restore

        finish_interrupted_restore(folder.path)
    made: list[BackupResult] = []

    def before_migration(_db: Database, revision: str) -> None:
        from dpo_workbench.services.backup_archive import error_reason, write_backup
        from dpo_workbench.store.db import HEAD_REVISION

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
