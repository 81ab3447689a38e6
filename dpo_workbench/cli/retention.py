"""`retention due` and `retention purge`: the workbench's own records past their retention period."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from dpo_workbench.cli.common import Commands, Parser, open_workbench

if TYPE_CHECKING:
    from dpo_workbench.services.retention import RetentionDue


def register(commands: Commands) -> None:
    retention = commands.add_parser("retention", help="the workbench's own records past their retention period")
    actions = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True, parser_class=Parser)
    due = actions.add_parser("due", help="what is past its period: closed requests, breaches, e-mails, journal "
                                         "entries (references and dates only)")
    due.add_argument("--format", choices=["table", "json"], default="table")
    due.set_defaults(handler=list_due)
    purge = actions.add_parser(
        "purge", help="remove the personal data of what is past its period (asks first; --yes for scripts)",
        description="Anonymises the requests and breaches past their period (their figures stay), shreds the "
                    "e-mails past theirs, removes the oldest journal entries (a checkpoint keeps the chain "
                    "verifiable) and journals the proof. It cannot be undone. Without --yes it lists what would go "
                    "and asks; with no terminal to ask on, it refuses.")
    purge.add_argument("--yes", action="store_true", help="do not ask (scripts)")
    purge.set_defaults(handler=purge_due)


def _table(due: RetentionDue) -> str:
    periods = due.periods
    lines = [f"Past their retention period on {due.as_of.isoformat()}:"]
    sections = [(f"Closed requests (kept {periods['requests']} years after closing; anonymised)", due.requests),
                (f"Closed breaches (kept {periods['breaches']} years after closing; free texts removed)", due.breaches),
                (f"E-mails of closed requests (kept {periods['messages']} years after closing; shredded)",
                 due.messages)]
    for title, items in sections:
        lines.append(f"{title}: {len(items)}")
        for r in items:
            extra = f"  {r.count} e-mail{'s' if r.count != 1 else ''}" if r.kind == "messages" else ""
            lines.append(f"  {r.reference:<15} ended {r.ended_on.isoformat()}  past since {r.purge_from.isoformat()}"
                         f"{extra}")
    lines.append(f"Journal entries (kept {periods['journal']} years, never while they prove a record kept): "
                 f"{due.journal_entries}" + (f", up to entry {due.journal_through} of {due.journal_until.isoformat()}"
                                             if due.journal_entries and due.journal_until else ""))
    if due.journal_kept_for:
        kind, _, reference = due.journal_kept_for.partition(":")
        lines.append(f"  older entries stay while they prove {reference} ({kind} still kept)")
    return "\n".join(lines) + "\n"


def list_due(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        due = wb.retention.due()
    finally:
        wb.close()
    if args.format == "json":
        sys.stdout.write(json.dumps(due.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_table(due) if not due.empty else "Nothing is past its retention period.\n")
    return 0


def ask_confirmation(prompt: str) -> str:
    """The one place the purge's confirmation is typed (tests replace it)."""
    return input(prompt)


def purge_due(args: argparse.Namespace) -> int:
    from dpo_workbench.errors import InputError

    if not args.yes and not sys.stdin.isatty():
        raise InputError(None, "retention.not-interactive")
    wb = open_workbench(args)
    try:
        due = wb.retention.due()
        if due.empty:
            print("Nothing is past its retention period.")
            return 0
        if not args.yes:
            sys.stdout.write(_table(due))
            answer = ask_confirmation("Purge all of this? It cannot be undone. Type 'purge' to confirm: ")
            if answer.strip().lower() != "purge":
                print("Nothing was purged.")
                return 1
        report = wb.retention.purge(due)
    finally:
        wb.close()
    print(f"Purged: {len(report.requests)} request(s) anonymised, {len(report.breaches)} breach record(s) "
          f"anonymised, {report.messages} e-mail(s) shredded, {report.documents} file(s) shredded in all, "
          f"{report.journal_entries} journal entr{'y' if report.journal_entries == 1 else 'ies'} removed "
          "(a checkpoint keeps the chain verifiable). The proof is in the journal.")
    return 0
