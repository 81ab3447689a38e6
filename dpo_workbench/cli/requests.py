"""`request add`, `request edit`, `request list` and `due`: log a request, correct it, export the register,
list the open ones by deadline."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import datetime
from pathlib import Path

from dpo_workbench.cli import collab
from dpo_workbench.cli.common import (
    Commands,
    Parser,
    UsageError,
    iso_date,
    iso_date_or_datetime,
    non_negative_days,
    open_workbench,
)


def register(commands: Commands) -> None:
    from dpo_workbench.core.rights import Channel, Relation, Right

    request = commands.add_parser("request", help="log a request")
    request_cmds = request.add_subparsers(dest="request_command", metavar="ACTION", required=True,
                                          parser_class=Parser)
    add = request_cmds.add_parser("add", help="log a new request; prints its reference")
    add.add_argument("--right", action="append", required=True, metavar="RIGHT",
                     help="right invoked (repeat for several): " + ", ".join(r.value for r in Right))
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    add.add_argument("--received", required=True, type=iso_date_or_datetime, metavar="DATE",
                     help="date received (YYYY-MM-DD), or date and time for an e-mail (YYYY-MM-DDTHH:MM, Paris time)")
    add.add_argument("--registered-number", default="", metavar="N", help="registered-mail number (post)")
    add.add_argument("--name", required=True, help="requester's full name")
    add.add_argument("--email", default="", help="requester's e-mail address")
    add.add_argument("--address", default="", help="requester's postal address")
    add.add_argument("--phone", default="")
    add.add_argument("--relation", default=Relation.CUSTOMER.value, choices=[r.value for r in Relation])
    add.add_argument("--notes", default="")
    add.add_argument("--lang", default="fr", choices=["fr", "en"],
                     help="language of the request, and so of the letters answering it (default fr)")
    add.set_defaults(handler=add_request)
    register_list(request_cmds)
    from dpo_workbench.cli.links import register_request_actions

    register_request_actions(request_cmds)  # link, unlink, processings: the processings concerning the person

    edit = request_cmds.add_parser("edit", help="correct a logged request (only the options given change); "
                                                "prints what changed and the due date")
    edit.add_argument("reference", metavar="REFERENCE")
    edit.add_argument("--name", help="requester's full name")
    edit.add_argument("--email", help="requester's e-mail address (\"\" to remove it)")
    edit.add_argument("--address", help="requester's postal address (lines separated by commas or newlines)")
    edit.add_argument("--phone")
    edit.add_argument("--received", type=iso_date_or_datetime, metavar="DATE",
                      help="date received (YYYY-MM-DD), or date and time for an e-mail; the deadline is recomputed")
    edit.add_argument("--channel", choices=[c.value for c in Channel])
    edit.add_argument("--registered-number", metavar="N", help="registered-mail number (post; \"\" to remove it)")
    edit.add_argument("--relation", choices=[r.value for r in Relation])
    edit.add_argument("--notes")
    edit.add_argument("--lang", choices=["fr", "en"], help="language of the request and of its letters")
    edit.set_defaults(handler=edit_request)
    collab.register_request(request_cmds)

    due = commands.add_parser("due", help="open requests with their due date, soonest first")
    due.add_argument("--within", type=non_negative_days, metavar="DAYS",
                     help="only those due within DAYS days (overdue included)")
    due.add_argument("--format", choices=["table", "json", "csv"], default="table")
    due.set_defaults(handler=list_due)


def add_request(args: argparse.Namespace) -> int:
    from dpo_workbench.core.clock import SystemClock
    from dpo_workbench.core.rights import Channel, Language, Relation, parse_right
    from dpo_workbench.services.requests import NewRequest, check_new_request

    rights = [parse_right(r) for r in args.right]
    received = args.received
    received_at = received if isinstance(received, datetime) else None
    received_on = received.date() if isinstance(received, datetime) else received
    new = NewRequest(
        rights=rights, channel=Channel(args.channel), received_on=received_on, received_at=received_at,
        requester_name=args.name, relation=Relation(args.relation), requester_email=args.email,
        requester_phone=args.phone, requester_address=args.address,
        registered_number=args.registered_number, notes=args.notes, language=Language(args.lang),
    )
    new = check_new_request(new, SystemClock())  # before anything is opened or created
    wb = open_workbench(args)
    try:
        repeats = wb.requests.find_repeats(new.requester_name, new.requester_email, new.rights, new.received_on)
        reference = wb.requests.register(new)
    finally:
        wb.close()
    print(reference)
    for hit in repeats:
        print(f"warning: the same person already made a request for {', '.join(r.value for r in hit.rights)} "
              f"on {hit.received_on.isoformat()} ({hit.reference}, {hit.state.value}): "
              "check whether this one is repetitive (Art. 12(5))", file=sys.stderr)
    return 0


def edit_request(args: argparse.Namespace) -> int:
    from dpo_workbench.core.rights import Channel, Language, Relation
    from dpo_workbench.services.requests import RequestChanges

    received = args.received
    changes = RequestChanges(
        requester_name=args.name, requester_email=args.email, requester_address=args.address,
        requester_phone=args.phone, channel=Channel(args.channel) if args.channel else None,
        received_on=received.date() if isinstance(received, datetime) else received,
        received_at=received if isinstance(received, datetime) else None,
        registered_number=args.registered_number, notes=args.notes,
        relation=Relation(args.relation) if args.relation else None,
        language=Language(args.lang) if args.lang else None,
    )
    if not any(value is not None for value in vars(changes).values()):
        raise UsageError("nothing to change: give at least one option (--name, --received, ...)")
    wb = open_workbench(args)
    try:
        result = wb.requests.edit(args.reference, changes)
    finally:
        wb.close()
    reference = args.reference.strip().upper()
    if not result.changed:
        print(f"{reference}: nothing changed (the values given are the recorded ones)")
        return 0
    print(f"{reference}: corrected {', '.join(result.changed)}")
    if result.due_moved:
        print(f"due date: {result.due_after.isoformat()} (was {result.due_before.isoformat()})")
    else:
        print(f"due date: {result.due_after.isoformat()} (unchanged)")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def list_due(args: argparse.Namespace) -> int:
    from dpo_workbench.core.lifecycle import State

    wb = open_workbench(args)
    try:
        rows = wb.requests.due(args.within)
    finally:
        wb.close()
    if args.format == "json":
        # one write: json.dump to the stream writes every token apart (300,000 writes for 10,000 requests)
        sys.stdout.write(json.dumps([r.as_dict() for r in rows], indent=2) + "\n")
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["reference", "due_date", "days_left", "state", "rights", "extended"])
        for r in rows:
            d = r.as_dict()
            writer.writerow([d["reference"], d["due_date"], d["days_left"], d["state"], " ".join(d["rights"]),
                             "yes" if r.extended else "no"])
        sys.stdout.write(out.getvalue())
    else:
        if not rows:
            print("No open request" + (f" due within {args.within} days." if args.within is not None else "."))
            return 0
        print(f"{'REFERENCE':<15} {'DUE':<10}  {'DAYS LEFT':>12}  {'STATE':<18} RIGHTS")
        for r in rows:
            if r.state is State.AWAITING_IDENTITY:
                # the clock stops while identity information is awaited: its days left would not be
                # counting down (JSON and CSV keep the number, projected as if the information came today)
                left = "suspended"
            elif r.days_left >= 0:
                left = f"{r.days_left}"
            else:
                left = f"{r.days_left} (late)"
            print(f"{r.reference:<15} {r.due_date.isoformat():<10}  {left:>12}  {r.state.value:<18} "
                  f"{', '.join(x.value for x in r.rights)}")
    return 0


def register_list(request_cmds: Commands) -> None:
    listing = request_cmds.add_parser(
        "list", help="the register: one line per request (reference, rights, dates, outcome, days taken...)",
        description="The request register, oldest first: reference, rights, channel, requester category, received, "
                    "due, state, answered date, outcome, days taken, on time, extension, suspended days, refusal "
                    "ground. The requester's name only with --with-personal-data (journaled as an export). The "
                    "definitions are in the README; `report annual` counts the same rows.")
    listing.add_argument("--state", choices=["open", "closed", "all"], default="all",
                         help="open (running or suspended), closed (answered, closed or withdrawn), all (default)")
    listing.add_argument("--from", dest="start", type=iso_date, metavar="DATE", help="received on or after DATE")
    listing.add_argument("--to", dest="end", type=iso_date, metavar="DATE", help="received on or before DATE")
    listing.add_argument("--format", choices=["table", "json", "csv", "xlsx"], default="table")
    listing.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (needed for xlsx) instead of stdout")
    listing.add_argument("--mine", action="store_true", help="only the requests assigned to you (team database)")
    listing.add_argument("--with-personal-data", action="store_true",
                         help="add the requester's name (journaled as an export of personal data)")
    listing.set_defaults(handler=list_requests)


def list_requests(args: argparse.Namespace) -> int:
    from dpo_workbench.cli.common import UsageError
    from dpo_workbench.exports import write_export

    if args.start and args.end and args.end < args.start:
        raise UsageError(f"--to {args.end} is before --from {args.start}")
    if args.format == "xlsx" and args.out is None:
        raise UsageError("--format xlsx needs --out FILE.xlsx")
    if args.out is not None:
        if args.out.is_dir():
            raise UsageError(f"{args.out} is a folder: give a file name")
        if not args.out.parent.is_dir():
            raise UsageError(f"the folder {args.out.parent} does not exist")
    wb = open_workbench(args)
    try:
        ids = wb.reports.list_ids(args.state, args.start, args.end, mine=args.mine)
        if args.format == "table":
            text = _table(list(wb.reports.export_rows(ids, personal_data=args.with_personal_data, fmt="table")),
                          args.with_personal_data)
            data = text.encode()
        else:
            data = wb.reports.export_register(ids, args.format, personal_data=args.with_personal_data)
    finally:
        wb.close()
    if args.out is None:
        sys.stdout.write(data.decode("utf-8-sig"))
        return 0
    write_export(args.out, data)
    print(f"{args.out} written ({len(ids)} request{'s' if len(ids) != 1 else ''})")
    return 0


def _table(rows, personal: bool) -> str:
    if not rows:
        return "No request.\n"
    lines = [f"{'REFERENCE':<15} {'RECEIVED':<10} {'DUE':<10} {'STATE':<17} {'ANSWERED':<10} {'DAYS':>4} "
             f"{'ON TIME':<7} {'OUTCOME':<8} RIGHTS" + ("  NAME" if personal else "")]
    for r in rows:
        lines.append(
            f"{r.reference:<15} {r.received.isoformat():<10} {r.due.isoformat():<10} {r.state:<17} "
            f"{r.answered.isoformat() if r.answered else '-':<10} "
            f"{r.days_taken if r.days_taken is not None else '-':>4} "
            f"{'-' if r.on_time is None else 'yes' if r.on_time else 'LATE':<7} {r.outcome or '-':<8} "
            f"{','.join(x.value for x in r.rights)}" + (f"  {r.requester_name}" if personal else ""))
    return "\n".join(lines) + "\n"
