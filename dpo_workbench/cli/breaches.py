"""`dpo-workbench breach ...`: the breach register from the command line.

Same rule as every command: bad input gives one line on stderr and exit code 2,
with nothing written (input is checked before the data folder is opened, and a
PDF is built in memory before its file is created).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_workbench.cli import collab
from dpo_workbench.cli.common import Commands, Parser, UsageError, open_workbench
from dpo_workbench.exports import write_export

if TYPE_CHECKING:
    from dpo_workbench.workbench import Workbench

REFERENCE = re.compile(r"BRE-\d{4}-\d{4,}", re.IGNORECASE)

AWARE_HELP = ("when the company became aware of the breach: ISO date and time with its UTC offset, "
              "e.g. 2026-11-26T14:30+01:00; without an offset the time is taken as Europe/Paris time "
              "(an hour skipped by the spring change is refused; in the repeated autumn hour the first, "
              "summer-time one is taken: give the offset to choose)")


def _instant(text: str) -> datetime:
    from dpo_workbench.core.breach import parse_instant

    try:
        return parse_instant(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _reference(text: str) -> str:
    text = text.strip().upper()
    if not REFERENCE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a breach reference (e.g. BRE-2026-0001)")
    return text


def _pdf_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(f"{text!r}: the output file must end in .pdf")
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text!r} is a folder")
    if not path.parent.exists():
        raise argparse.ArgumentTypeError(f"{text!r}: the folder {path.parent} does not exist")
    return path


def register(commands: Commands) -> None:
    from dpo_workbench.core.breach import NOTIFICATION_TYPES

    breach = commands.add_parser("breach", help="the breach register (GDPR Art. 33 and 34)")
    cmds = breach.add_subparsers(dest="breach_command", metavar="ACTION", required=True, parser_class=Parser)
    add_cmd = cmds.add_parser("add", help="open a breach; prints its reference (the 72 hours start at --aware)")
    add_cmd.add_argument("--aware", required=True, type=_instant, metavar="ISO-DATETIME", help=AWARE_HELP)
    add_cmd.add_argument("--summary", required=True, metavar="TEXT", help="what happened, in a few words")
    add_cmd.set_defaults(handler=add)
    listing = cmds.add_parser("list", help="the breach register, latest awareness first")
    listing.add_argument("--format", choices=["table", "json", "csv"], default="table")
    listing.add_argument("--state", choices=["open", "closed"], help="only open or only closed breaches")
    listing.add_argument("--mine", action="store_true", help="only the breaches assigned to you (team database)")
    listing.set_defaults(handler=list_breaches)
    draft_cmd = cmds.add_parser("draft", help="the CNIL notification draft (PDF) of a breach")
    draft_cmd.add_argument("reference", type=_reference)
    draft_cmd.add_argument("--type", dest="kind", choices=list(NOTIFICATION_TYPES), default="initial")
    draft_cmd.add_argument("--out", required=True, type=_pdf_path, metavar="FILE.pdf")
    draft_cmd.set_defaults(handler=draft)
    inform_cmd = cmds.add_parser("inform", help="the Art. 34 letter to the people concerned (PDF)")
    inform_cmd.add_argument("reference", type=_reference)
    inform_cmd.add_argument("--lang", choices=["fr", "en"], required=True)
    inform_cmd.add_argument("--public", action="store_true",
                            help="the public notice instead (Art. 34(3)(c), disproportionate effort)")
    inform_cmd.add_argument("--out", required=True, type=_pdf_path, metavar="FILE.pdf")
    inform_cmd.add_argument("--to", metavar="NAME", default="",
                            help="the person this copy is addressed to (in the envelope's window)")
    inform_cmd.add_argument("--address", default="", help="that person's postal address (lines separated by "
                                                          "commas or newlines)")
    inform_cmd.set_defaults(handler=inform)
    collab.register_breach(cmds)


def add(args: argparse.Namespace) -> int:
    from dpo_workbench.core.clock import SystemClock
    from dpo_workbench.services.breaches import check_new_breach

    aware_at, summary = check_new_breach(args.aware, args.summary, SystemClock())  # before opening anything
    wb = open_workbench(args)
    try:
        print(wb.breaches.open(aware_at, summary))
    finally:
        wb.close()
    return 0


def draft(args: argparse.Namespace) -> int:
    return _write_pdf(args, lambda wb: wb.breaches.draft(args.reference, args.kind))


def inform(args: argparse.Namespace) -> int:
    """Refused (exit 2, nothing written) while the record lacks what the letter must say."""
    from dpo_workbench.letters.breach_notice import Addressee

    if args.public and (args.to or args.address):
        raise UsageError("a public notice has no addressee: leave out --to and --address")
    addressee = Addressee(args.to, args.address) if args.to or args.address else None
    return _write_pdf(args, lambda wb: wb.breaches.communication(args.reference, args.lang, public=args.public,
                                                                 addressee=addressee))


def _write_pdf(args: argparse.Namespace, build: Callable[[Workbench], bytes]) -> int:
    """The PDF is built in memory, the data folder closed, and only then is the file created."""
    wb = open_workbench(args)
    try:
        data = build(wb)
    finally:
        wb.close()
    write_export(args.out, data)
    print(f"{args.out} written ({len(data):,} bytes)")
    return 0


def list_breaches(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        return _list(wb, args)
    finally:
        wb.close()


def _list(wb: Workbench, args: argparse.Namespace) -> int:
    from dpo_workbench.services.breaches import BreachQuery

    rows = wb.breaches.register(BreachQuery(state=args.state, mine=args.mine), listed_as=args.format)
    now = wb.now()
    if args.format == "json":
        json.dump([r.as_dict() for r in rows], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        names = ["reference", "aware_at", "deadline", "severity", "severity_score", "notified", "people_informed",
                 "decision", "state"]
        writer.writerow(names)
        for r in rows:
            d = r.as_dict()
            writer.writerow(["yes" if d[n] is True else "no" if d[n] is False else "" if d[n] is None else d[n]
                             for n in names])
        sys.stdout.write(out.getvalue())
        return 0
    if not rows:
        print("No breach recorded.")
        return 0
    print(f"{'REFERENCE':<14} {'AWARE':<22} {'DEADLINE (PARIS)':<17} {'SEVERITY':<10} {'NOTIFIED':<9} "
          f"{'INFORMED':<10} STATE")
    from dpo_workbench.core.breach import split_duration

    for r in rows:
        clock = r.countdown(now)
        notified = "yes" if r.notified else "no"
        state = r.state
        if clock.status == "late":
            days, hours, minutes = split_duration(clock.remaining)
            state += f" (late by {days * 24 + hours} h {minutes:02d})"
        print(f"{r.reference:<14} {r.aware_at.isoformat(timespec='minutes'):<22} "
              f"{r.deadline.strftime('%Y-%m-%d %H:%M'):<17} {(r.severity_level or '-'):<10} {notified:<9} "
              f"{(r.people_informed or '-'):<10} {state}")
    return 0
