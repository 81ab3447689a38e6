"""`vault check | rotate-key | change-passphrase | info`: the encrypted vault and its keys."""

from __future__ import annotations

import argparse
import os
import sys

from dpo_workbench.cli import common
from dpo_workbench.cli.common import Commands, Parser, UsageError, open_workbench


def register(commands: Commands) -> None:
    vault = commands.add_parser("vault", help="the encrypted vault and its keys")
    vault_cmds = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True, parser_class=Parser)
    check_cmd = vault_cmds.add_parser("check", help="decrypt and authenticate every stored file; exit 1 on any problem")
    check_cmd.add_argument("--repair", action="store_true",
                           help="remove orphan and unfinished files (they hold no key: nothing readable is lost)")
    check_cmd.set_defaults(handler=check)
    rotate = vault_cmds.add_parser("rotate-key", help="new master key: re-wrap the data keys and re-key the database")
    rotate.set_defaults(handler=rotate_key)
    change = vault_cmds.add_parser("change-passphrase", help="change the passphrase protecting the key file")
    change.set_defaults(handler=change_passphrase)
    where = vault_cmds.add_parser("info", help="where the keys are kept")
    where.set_defaults(handler=info)


def check(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        report = wb.vault.check()
        for doc_id, reference in report.damaged:
            print(f"damaged: document {doc_id} of {reference}: this file is damaged or was altered")
        for doc_id, reference in report.missing:
            print(f"missing: document {doc_id} of {reference}: its file is not in the vault")
        for blob in report.orphans:
            print(f"orphan: vault/{blob} belongs to no document (left by an interrupted write)")
        for name in report.leftovers:
            print(f"orphan: vault/{name} is an unfinished write")
        print(f"{report.checked} document(s) checked: " + ("vault intact." if report.ok else "problems found."))
        if args.repair and (report.orphans or report.leftovers):
            removed = wb.vault.remove_orphans(report)
            print(f"{removed} orphan or unfinished file(s) removed.")
            return 0 if not (report.damaged or report.missing) else 1
        return 0 if report.ok else 1
    finally:
        wb.close()


def rotate_key(args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:
        print(f"\rre-wrapping data keys: {done}/{total}", end="", file=sys.stderr, flush=True)

    wb = open_workbench(args)
    try:
        report = wb.vault.rotate_master_key(progress)
        print(file=sys.stderr)
        print(("rotation resumed and finished" if report.resumed else "master key rotated") +
              f": {report.rewrapped} data key(s) re-wrapped, database re-keyed, new key {report.new_key_id}")
        if report.recovery_key is not None:
            print("the recovery key still opens the data folder (re-wrapped for the new key)" if report.recovery_key
                  else "the recovery key could not be re-wrapped: create a new one (`recovery-key create`)")
        print("backups made before the rotation open only with the recovery key now: make a new backup "
              "(`backup create`)", file=sys.stderr)
        return 0
    finally:
        wb.close()


def change_passphrase(args: argparse.Namespace) -> int:
    from dpo_workbench.vault.keystore import check_new_passphrase, passphrase_from_env

    wb = open_workbench(args)
    try:
        if wb.in_team:
            wb.vault.change_passphrase("", "")  # refused, saying what a team member does instead
        if not wb.folder.uses_passphrase:
            raise UsageError(f"the keys of this data folder are in the system keyring "
                             f"({wb.vault.key_store_description}): there is no passphrase to change")
        old = passphrase_from_env()
        if old is None and not sys.stdin.isatty():
            raise UsageError("set DPO_WORKBENCH_PASSPHRASE to the current passphrase, or run in a terminal")
        new = os.environ.get("DPO_WORKBENCH_NEW_PASSPHRASE")
        if new is None:
            if not sys.stdin.isatty():
                raise UsageError("set DPO_WORKBENCH_NEW_PASSPHRASE, or run in a terminal")
            new = common.ask_passphrase("New passphrase: ")
            check_new_passphrase(new)
            if common.ask_passphrase("Type it again: ") != new:
                raise UsageError("the two passphrases differ; nothing was changed")
        if old is None:
            old = common.ask_passphrase("Current passphrase: ")
        wb.vault.change_passphrase(old, new)
        print("passphrase changed")
        return 0
    finally:
        wb.close()


def info(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        print(f"keys: {wb.vault.key_store_description}")
        print(f"data folder: {wb.data_dir}")
        return 0
    finally:
        wb.close()
