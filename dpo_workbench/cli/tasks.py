"""`tasks`: the internal data requests still awaited from the departments (for a daily cron)."""

from __future__ import annotations

import argparse
import json
import sys

from dpo_workbench.cli.common import Commands, open_workbench


def register(commands: Commands) -> None:
    tasks = commands.add_parser(
        "tasks", help="internal data requests awaited from the departments, the most overdue first",
        description="The departments asked for the data of a request (extraction, erasure, rectification, "
                    "restriction, objection) that have not answered yet: request, department, what was asked, "
                    "when, the due date, days late, reminders sent. Exit 0; nothing personal is printed.")
    tasks.add_argument("--overdue", action="store_true", help="only those past their due date")
    tasks.add_argument("--format", choices=["table", "json"], default="table")
    tasks.set_defaults(handler=list_tasks)


def list_tasks(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        rows, _count = wb.tasks.listing(overdue=args.overdue)
    finally:
        wb.close()
    if args.format == "json":
        sys.stdout.write(json.dumps([r.as_dict() for r in rows], indent=2, ensure_ascii=False) + "\n")
        return 0
    if not rows:
        print("No internal data request " + ("overdue." if args.overdue else "awaited."))
        return 0
    print(f"{'REFERENCE':<15} {'DEPARTMENT':<24} {'ASKED':<10} {'DUE':<10} {'LATE':>5} {'REMINDED':>8}  ASKED FOR")
    for r in rows:
        late = f"{r.days_late}d" if r.days_late else "-"
        print(f"{r.reference:<15} {r.department[:24]:<24} {r.asked_on.isoformat():<10} {r.due_on.isoformat():<10} "
              f"{late:>5} {r.reminders:>8}  {', '.join(r.kinds)}")
    return 0
