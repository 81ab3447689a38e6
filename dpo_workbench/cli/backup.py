"""`backup create | list | verify | restore`: encrypted backups of the data folder, for people and for cron.

Exit codes: 0 done; 1 a backup is damaged (cut short, altered, a document or the journal
does not check out); 2 bad input or a refusal (nothing was changed or deleted).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_workbench import paths
from dpo_workbench.cli import common
from dpo_workbench.cli.common import Commands, Parser, UsageError, open_workbench

if TYPE_CHECKING:
    from dpo_workbench.services.backup_restore import RestoreReport, VerifyReport

EXIT_DAMAGED = 1

KEY_NAMES = {"master-key": "the data folder's master key", "recovery-key": "the recovery key",
             "key-file": "the passphrase of the backed-up folder's key file"}
REASONS = {"manual": "made by hand", "daily": "daily", "pre-migration": "before an upgrade",
           "pre-restore": "before a restore"}
STATUSES = {"complete": "complete", "damaged": "DAMAGED", "incomplete": "INCOMPLETE (cut short)",
            "other-keys": "made with other keys (open it with its recovery key)",
            "not-a-backup": "not a backup", "newer-format": "newer format (update the application)"}


def register(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="encrypted backups: create, list, verify, restore")
    cmds = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True, parser_class=Parser)
    create = cmds.add_parser("create", help="back up the data folder now; prints the path of the backup")
    create.add_argument("--out", type=Path, metavar="FILE",
                        help="write the backup to FILE (default: a new file in the backup folder, then the "
                             "rotation keeps 7 daily, 4 weekly and 12 monthly backups)")
    create.set_defaults(handler=create_backup)
    listing = cmds.add_parser("list", help="the backups in the backup folder, newest first, with age and status")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=list_backups)
    verify = cmds.add_parser("verify", help="test-restore a backup in a temporary folder: exit 0 when complete "
                                            "and restorable, 1 when damaged")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.set_defaults(handler=verify_backup)
    restore = cmds.add_parser(
        "restore", help="restore a backup into --data-dir (an empty folder; --replace for an existing one). "
                        "The key: the source folder's keyring entry or passphrase (DPO_WORKBENCH_PASSPHRASE), "
                        "or its recovery key (DPO_WORKBENCH_RECOVERY_KEY)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--replace", action="store_true",
                         help="replace the data folder there (it is backed up first)")
    restore.set_defaults(handler=restore_backup)


def _progress(label: str):
    """A percentage on stderr when it is a terminal (cron logs stay clean)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{label}: {done * 100 // max(total, 1)}%", end="", file=sys.stderr, flush=True)

    return show


def _end_progress(progress) -> None:
    if progress is not None:
        print(file=sys.stderr)


def _when(moment: datetime | None) -> str:
    from dpo_workbench.core.clock import PARIS

    return f"{moment.astimezone(PARIS):%Y-%m-%d %H:%M}" if moment else "?"


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "?"
    from dpo_workbench.core.clock import PARIS

    days = (now.astimezone(PARIS).date() - moment.astimezone(PARIS).date()).days
    return "today" if days <= 0 else "yesterday" if days == 1 else f"{days} days"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def _damaged(exc: Exception) -> int:
    print(f"dpo-workbench: error: {exc}", file=sys.stderr)
    return EXIT_DAMAGED


def create_backup(args: argparse.Namespace) -> int:
    common.one_seat_only(args, "back up a data folder (a team database is backed up with pg_dump)")
    from dpo_workbench.errors import BackupDamaged

    wb = open_workbench(args)
    progress = _progress("backing up")
    try:
        result = wb.backups.create(out=args.out.absolute() if args.out else None, progress=progress)
    except BackupDamaged as exc:
        return _damaged(exc)
    finally:
        _end_progress(progress)
        wb.close()
    if result.missing_documents:
        print(f"warning: {len(result.missing_documents)} document file(s) were already missing from the vault "
              "(see `vault check`); the backup holds everything else", file=sys.stderr)
    if not result.recovery_key:
        print("note: this data folder has no recovery key: create one (`dpo-workbench recovery-key create`) so that "
              "its backups can be restored without the keyring or the passphrase", file=sys.stderr)
    if result.rotated:
        print(f"rotation: {len(result.rotated)} older backup(s) removed (7 daily, 4 weekly and 12 monthly are kept)",
              file=sys.stderr)
    print(result.path)
    return 0


def list_backups(args: argparse.Namespace) -> int:
    common.one_seat_only(args, "back up a data folder (a team database is backed up with pg_dump)")
    wb = open_workbench(args)
    try:
        entries = wb.backups.list()
        folder = wb.backups.folder
        now = wb.now()
    finally:
        wb.close()
    if args.format == "json":
        print(json.dumps([{"file": str(e.path), "made": e.created.isoformat() if e.created else None,
                           "age": _age(e.created, now), "size": e.size, "reason": e.reason, "status": e.status,
                           "this_folder": e.this_folder, "schema": e.schema, "app_version": e.app_version}
                          for e in entries], indent=2))
        return 0
    if not entries:
        print(f"No backup in {folder}.")
        return 0
    rows = [(_when(e.created), _age(e.created, now), _size(e.size), REASONS.get(e.reason, e.reason or "-"),
             STATUSES.get(e.status, e.status) + ("" if e.this_folder or e.status != "complete"
                                                 else " (another data folder)"), e.name) for e in entries]
    header = ("made (Paris)", "age", "size", "reason", "status", "file")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(f"Backups in {folder}:")
    for row in [header, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _print_verify(report: VerifyReport) -> None:
    print(f"{report.path.name}: made {_when(report.created)} ({REASONS.get(report.reason, report.reason)}) by "
          f"DPO Workbench {report.app_version}, database version {report.schema}; opened with "
          f"{KEY_NAMES.get(report.opened_with, report.opened_with)}")
    print(", ".join(f"{label}: {count}" for label, count in report.friendly_counts))
    if report.migrated_from:
        print(f"migrated from database version {report.migrated_from} in the test restore")
    for doc_id in report.missing_documents:
        print(f"note: document {doc_id} was already missing from the vault when the backup was made")
    for doc_id in report.damaged_documents:
        print(f"damaged: document {doc_id} does not decrypt")
    if not report.counts_match:
        print("damaged: the database does not hold the numbers of rows its manifest records")
    print(f"{report.documents_checked} document file(s) decrypted; journal: {report.journal.entries} entries, "
          + ("hash chain intact" if report.journal.ok
             else f"BROKEN at entry {report.journal.broken_id}: {report.journal.reason}"))
    print("complete and restorable." if report.ok else "DAMAGED: do not rely on this backup.")


def verify_backup(args: argparse.Namespace) -> int:
    common.one_seat_only(args, "back up a data folder (a team database is backed up with pg_dump)")
    import tempfile

    from dpo_workbench.errors import BackupDamaged
    from dpo_workbench.services.backup_restore import KeySource
    from dpo_workbench.services.backup_restore import verify_backup as verify_file
    from dpo_workbench.vault.recovery import recovery_key_from_env

    recovery_key = recovery_key_from_env()
    path = args.file.absolute()
    progress = _progress("verifying")
    try:
        has_folder = (paths.data_dir(args.data_dir) / paths.DATABASE_FILE).exists()
        if recovery_key is not None and not has_folder:  # a backup on its own, e.g. on another computer
            report = verify_file(path, KeySource(recovery_key=recovery_key), Path(tempfile.gettempdir()), progress)
        else:
            wb = open_workbench(args)
            try:
                report = wb.backups.verify(path, recovery_key=recovery_key, progress=progress)
            finally:
                wb.close()
    except BackupDamaged as exc:
        _end_progress(progress)
        return _damaged(exc)
    _end_progress(progress)
    _print_verify(report)
    return 0 if report.ok else EXIT_DAMAGED


def _source_rings(header) -> list:
    """The backed-up folder's key ring from this computer's keyring, if it is still there."""
    import keyring

    from dpo_workbench.errors import VaultError
    from dpo_workbench.vault.keystore import KeyringStore, is_safe_backend

    try:
        if header.install_id and is_safe_backend(keyring.get_keyring()):
            return [KeyringStore(header.install_id).load()]
    except (VaultError, ValueError):
        pass
    return []


def _new_passphrase(target: Path) -> str | None:
    """The passphrase protecting the restored folder's key file, when there is no safe keyring."""
    import keyring

    from dpo_workbench.errors import BackupError
    from dpo_workbench.vault.keystore import check_new_passphrase, is_safe_backend, passphrase_from_env

    if is_safe_backend(keyring.get_keyring()):
        return None
    passphrase = passphrase_from_env()
    if passphrase is None:
        if not sys.stdin.isatty():
            raise BackupError("backup.passphrase-needed")
        print(f"The system keyring is not available: the keys of {target} will be kept in a key file, protected "
              "by a passphrase. Without it the data cannot be read.", file=sys.stderr)
        passphrase = common.ask_passphrase("Choose a passphrase: ")
        check_new_passphrase(passphrase)
        if common.ask_passphrase("Type it again: ") != passphrase:
            raise UsageError("the two passphrases differ; nothing was restored")
    check_new_passphrase(passphrase)
    return passphrase


def _open_current(target: Path):
    """The data folder being replaced, unlocked (keyring, DPO_WORKBENCH_PASSPHRASE or the terminal)."""
    from dpo_workbench.datafolder import DataFolder
    from dpo_workbench.errors import PassphraseRequired
    from dpo_workbench.services.backup_archive import finish_interrupted_restore
    from dpo_workbench.vault.keystore import passphrase_from_env

    finish_interrupted_restore(target)
    folder = DataFolder.at(target)
    passphrase = passphrase_from_env()
    if folder.uses_passphrase and passphrase is None:
        if not sys.stdin.isatty():
            raise PassphraseRequired("passphrase.env-or-terminal")
        passphrase = common.ask_passphrase("Passphrase of the data folder being replaced: ")
    folder.unlock(passphrase)
    return folder


def restore_backup(args: argparse.Namespace) -> int:
    common.one_seat_only(args, "back up a data folder (a team database is backed up with pg_dump)")
    from dpo_workbench.core.clock import SystemClock
    from dpo_workbench.errors import BackupDamaged
    from dpo_workbench.services.backup_archive import classify_target, unlock, write_backup
    from dpo_workbench.services.backup_restore import KeySource, prepare_restore
    from dpo_workbench.vault import backupfile
    from dpo_workbench.vault.keystore import passphrase_from_env
    from dpo_workbench.vault.recovery import recovery_key_from_env

    if not args.data_dir and not os.environ.get("DPO_WORKBENCH_HOME"):
        raise UsageError("say where to restore: dpo-workbench --data-dir NEW_FOLDER backup restore FILE")
    target = paths.data_dir(args.data_dir).absolute()
    path = args.file.absolute()
    recovery_key = recovery_key_from_env()
    header = backupfile.read_header(path)
    keys = KeySource(rings=_source_rings(header), recovery_key=recovery_key, passphrase=passphrase_from_env())
    kind = classify_target(target)
    current = None
    if kind == "data-folder" and args.replace:
        current = _open_current(target)
        keys.rings.append(current.unlocked_keys)
    unlock(header, keys)  # no key opens it: said before anything else is asked
    new_passphrase = _new_passphrase(target) if current is None and kind == "empty" else None
    clock = SystemClock()
    progress = _progress("restoring")
    try:
        prepared = prepare_restore(path, target, keys, actor=getpass.getuser(), now=clock.now(),
                                   replace=args.replace, progress=progress)
    except BackupDamaged as exc:
        _end_progress(progress)
        return _damaged(exc)
    _end_progress(progress)
    try:
        pre_restore = None
        if current is not None:
            pre_restore = write_backup(current, now=clock.now(), reason="pre-restore", also_for=prepared.ring).path
            print(f"the data folder being replaced was backed up first: {pre_restore}", file=sys.stderr)
        report = prepared.commit(current, passphrase=new_passphrase, pre_restore=pre_restore)
    except BaseException:
        prepared.discard()
        raise
    _print_restore(report)
    return 0


def _print_restore(report: RestoreReport) -> None:
    from dpo_workbench.datafolder import DataFolder

    folder = DataFolder.at(report.target)
    print(f"restored into {report.target}: backup made {_when(report.created)}, opened with "
          f"{KEY_NAMES.get(report.opened_with, report.opened_with)}")
    print(", ".join(f"{label}: {count}" for label, count in report.friendly_counts))
    if report.migrated_from:
        print(f"database upgraded from version {report.migrated_from}")
    print(f"journal: {report.journal.entries + 1} entries, the restore recorded as the last one; hash chain "
          + ("intact" if report.journal.ok else f"BROKEN at entry {report.journal.broken_id} in the backup already"))
    print(f"keys: {folder.store.description()}"
          + (f"; the recovery key {report.recovery_id} (made {_when(report.recovery_created)}) opens it"
             if report.recovery_key else "; no recovery key yet: create one"))
