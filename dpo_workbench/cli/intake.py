"""`dpo-workbench import-mail FILE_OR_FOLDER...`: e-mails (.eml, .msg, folders, mbox) become requests."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from dpo_workbench.cli.common import Commands, open_workbench

if TYPE_CHECKING:
    from dpo_workbench.services.intake import ImportOutcome

IMPORT_HELP = """\
Each message becomes a new request (requester from Reply-To, else From; the
rights suggested from its text; its language), a follow-up attached to the
sender's open request, a duplicate of a message already imported (same
Message-ID or same content), or a failure with the reason. The message and
its image/PDF attachments are stored encrypted in the vault.

Received date-time, in this order: the Date header (with its offset); the
newest Received: header; the file's modification time; the time of the import.

Exit code 0 when every message was handled, 1 when any failed."""


def register(commands: Commands) -> None:
    mail = commands.add_parser("import-mail", help="import e-mails (.eml, .msg, folders, mbox) as requests",
                               description=IMPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    mail.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    mail.add_argument("--format", choices=["table", "json"], default="table")
    mail.set_defaults(handler=import_mail)


def import_mail(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        outcomes = wb.intake.import_mail(args.paths)
    finally:
        wb.close()
    if args.format == "json":
        json.dump([o.as_dict() for o in outcomes], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_table(outcomes)
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def outcome_line(o: ImportOutcome) -> str:
    if o.status == "created":
        rights = ", ".join(r.value for r in o.rights)
        language = o.language.value if o.language else "-"  # a created request always has one
        return f"{o.reference}  {rights}  ({language}, {len(o.kept)} attachment(s))"
    if o.status == "follow-up":
        return f"follow-up of {o.reference}"
    if o.status == "duplicate":
        return f"duplicate of {o.reference}"
    return f"error: {o.error}"


def print_table(outcomes: list[ImportOutcome]) -> None:
    from dpo_workbench.services.intake import RECEIVED_SOURCE_TEXT

    if not outcomes:
        print("No message found.")
        return
    width = min(60, max(len(o.file) for o in outcomes))
    for o in outcomes:
        print(f"{o.file:<{width}}  {outcome_line(o)}")
        for left in o.left_out:
            print(f"{'':<{width}}    not kept as a document: {left.label}: {left.reason}")
        for note in o.notes:
            print(f"{'':<{width}}    note: {note}")
        if o.status == "created" and o.received_source != "date":
            print(f"{'':<{width}}    received time taken from {RECEIVED_SOURCE_TEXT[o.received_source]}: check it")
        if o.name_to_check:
            print(f"{'':<{width}}    no display name: the name was made from the address: check it")
    counts = {s: sum(1 for o in outcomes if o.status == s) for s in ("created", "follow-up", "duplicate", "failed")}
    print(f"{len(outcomes)} message(s): {counts['created']} created, {counts['follow-up']} follow-up(s), "
          f"{counts['duplicate']} duplicate(s), {counts['failed']} failed.")
