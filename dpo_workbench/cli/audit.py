"""`audit verify`: check the journal's hash chain."""

from __future__ import annotations

import argparse
import sys

from dpo_workbench.cli.common import Commands, Parser, open_workbench


def register(commands: Commands) -> None:
    audit = commands.add_parser("audit", help="the audit journal")
    audit_cmds = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True, parser_class=Parser)
    verify_cmd = audit_cmds.add_parser("verify", help="check the hash chain; exit 1 naming the first broken entry")
    verify_cmd.set_defaults(handler=verify)


def verify(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        result = wb.audit.verify()
    finally:
        wb.close()
    print(result.message(), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1
