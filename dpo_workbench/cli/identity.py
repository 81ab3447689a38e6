"""`id attach` and `id verify`: ID documents into the vault, and the identity check that destroys them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_workbench.cli.common import Commands, Parser, iso_date, open_workbench


def register(commands: Commands) -> None:
    from dpo_workbench.core.rights import IdentityMethod, IdentityOutcome

    ident = commands.add_parser("id", help="ID documents and identity checks")
    id_cmds = ident.add_subparsers(dest="id_command", metavar="ACTION", required=True, parser_class=Parser)
    attach_cmd = id_cmds.add_parser("attach", help="encrypt a scan (JPEG, PNG, TIFF, PDF) into the vault")
    attach_cmd.add_argument("reference")
    attach_cmd.add_argument("file", type=Path)
    attach_cmd.add_argument("--id-copy", action="store_true", help="the document is a copy of an ID document")
    attach_cmd.set_defaults(handler=attach)
    verify_cmd = id_cmds.add_parser("verify", help="record the identity check (a verified check destroys ID copies)")
    verify_cmd.add_argument("reference")
    verify_cmd.add_argument("--method", required=True, choices=[m.value for m in IdentityMethod])
    verify_cmd.add_argument("--document-type", default="", metavar="TEXT", help="e.g. 'identity card', 'passport'")
    verify_cmd.add_argument("--outcome", required=True, choices=[o.value for o in IdentityOutcome])
    verify_cmd.add_argument("--date", type=iso_date, metavar="DATE", help="date of the check (default: today)")
    verify_cmd.add_argument("--note", default="")
    verify_cmd.set_defaults(handler=verify)


def attach(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        info = wb.documents.attach_file(args.reference, args.file, id_copy=args.id_copy)
        kind = "ID copy" if info.is_id_copy else "document"
        state = " (destroyed at once: identity already verified)" if not info.available else ""
        print(f"{kind} {info.id} attached to {args.reference.upper()}: {info.mime}, {info.size} bytes, "
              f"encrypted{state}")
    finally:
        wb.close()
    return 0


def verify(args: argparse.Namespace) -> int:
    from dpo_workbench.core.clock import PARIS
    from dpo_workbench.core.rights import IdentityMethod, IdentityOutcome

    wb = open_workbench(args)
    try:
        before = {d.id for d in wb.documents.of_request(args.reference) if d.is_id_copy and d.available}
        result = wb.identity.record(
            args.reference, method=IdentityMethod(args.method), document_type=args.document_type,
            outcome=IdentityOutcome(args.outcome), on=args.date, note=args.note)
        kept = [d for d in wb.documents.of_request(args.reference) if d.is_id_copy and d.available]
        destroyed = before - {d.id for d in kept}
        print(f"identity check recorded for {args.reference.upper()}: {args.outcome}")
        if destroyed:
            print(f"{len(destroyed)} ID copy(ies) destroyed")
        for d in kept:
            when = (f"on {d.purge_after.astimezone(PARIS):%Y-%m-%d}" if d.purge_after
                    else "when the request is closed")
            print(f"ID copy {d.id} kept; it will be destroyed {when}")
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    finally:
        wb.close()
    return 0
