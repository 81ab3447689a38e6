"""`recovery-key create | unlock`: the key on paper that opens the data folder without keyring or passphrase."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dpo_workbench import paths
from dpo_workbench.cli import common
from dpo_workbench.cli.common import Commands, Parser, UsageError, open_workbench


def register(commands: Commands) -> None:
    recovery = commands.add_parser("recovery-key", help="the recovery key: opens the data folder and its backups "
                                                        "without the keyring or the passphrase")
    cmds = recovery.add_subparsers(dest="recovery_command", metavar="ACTION", required=True, parser_class=Parser)
    create = cmds.add_parser("create", help="a new recovery key, printed on stdout (shown once); it replaces the "
                                            "previous one, which then no longer opens the data folder")
    create.add_argument("--out", type=Path, metavar="SHEET.pdf", help="also write the one-page recovery sheet (PDF)")
    create.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the sheet (default fr)")
    create.set_defaults(handler=create_key)
    unlock = cmds.add_parser(
        "unlock", help="open the data folder with its recovery key (DPO_WORKBENCH_RECOVERY_KEY or typed) and keep "
                       "its keys again: a new keyring entry, or a key file under a new passphrase "
                       "(DPO_WORKBENCH_NEW_PASSPHRASE or typed)")
    unlock.set_defaults(handler=unlock_folder)


def create_key(args: argparse.Namespace) -> int:
    common.one_seat_only(args, "make a recovery key (each user unlocks the team key with their own passphrase)")
    from dpo_workbench.exports import write_export

    out = args.out.absolute() if args.out else None
    if out is not None and out.exists():
        raise UsageError(f"{out} already exists: choose a new file name for the sheet")
    if out is not None and not out.parent.is_dir():
        raise UsageError(f"there is no folder {out.parent}")
    wb = open_workbench(args)
    try:
        new = wb.backups.create_recovery_key()
        if out is not None:
            sheet = wb.backups.recovery_sheet(new, lang=args.lang)
            write_export(out, sheet)
    finally:
        wb.close()
    print(new.key.text)
    print("This recovery key is shown only once: print the sheet or write it down, and keep it away from this "
          "computer (a safe)." + (f" Recovery sheet: {out}" if out else ""), file=sys.stderr)
    if new.replaced:
        print("It replaces the previous recovery key, which no longer opens this data folder (backups made "
              "before today still open with it, or with the master key).", file=sys.stderr)
    return 0


def unlock_folder(args: argparse.Namespace) -> int:
    common.one_seat_only(args, "make a recovery key (each user unlocks the team key with their own passphrase)")
    from dpo_workbench.datafolder import DataFolder
    from dpo_workbench.errors import VaultError
    from dpo_workbench.vault.keystore import check_new_passphrase
    from dpo_workbench.vault.recovery import RecoveryKey, recovery_key_from_env
    from dpo_workbench.workbench import Workbench

    path = paths.data_dir(args.data_dir)
    if not (path / paths.DATABASE_FILE).exists():
        raise UsageError(f"{path} holds no data folder (no database): to rebuild one from a backup, use "
                         "`dpo-workbench --data-dir FOLDER backup restore FILE`")
    folder = DataFolder.at(path)
    if folder.recovery() is None:
        raise VaultError("recovery.none")
    key = recovery_key_from_env()
    if key is None:
        if not sys.stdin.isatty():
            raise UsageError("set DPO_WORKBENCH_RECOVERY_KEY to the recovery key, or run in a terminal")
        key = RecoveryKey.parse(input("Recovery key: "))
    folder.unlock_with_recovery_key(key)
    passphrase = None
    if folder.uses_passphrase:
        passphrase = os.environ.get("DPO_WORKBENCH_NEW_PASSPHRASE")
        if passphrase is None:
            if not sys.stdin.isatty():
                raise UsageError("set DPO_WORKBENCH_NEW_PASSPHRASE to the new passphrase, or run in a terminal")
            passphrase = common.ask_passphrase("New passphrase: ")
            check_new_passphrase(passphrase)
            if common.ask_passphrase("Type it again: ") != passphrase:
                raise UsageError("the two passphrases differ; nothing was changed")
        check_new_passphrase(passphrase)
    folder.protect_keys(passphrase)
    wb = Workbench.from_folder(folder)
    try:
        wb.backups.record_recovery_use()
        where = wb.vault.key_store_description
    finally:
        wb.close()
    print(f"the data folder {path} was opened with its recovery key; its keys are kept again in: {where}")
    return 0
