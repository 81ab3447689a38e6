"""`demo`: fill an empty data folder with the demo organisation, requests and breaches."""

from __future__ import annotations

import argparse

from dpo_workbench import paths
from dpo_workbench.cli.common import Commands, UsageError, open_workbench


def register(commands: Commands) -> None:
    parser = commands.add_parser("demo", help="fill an empty data folder with a demo organisation and ~40 requests")
    parser.set_defaults(handler=demo)


def demo(args: argparse.Namespace) -> int:
    from dpo_workbench.demo import load_demo
    from dpo_workbench.errors import DemoError

    wb = open_workbench(args)
    try:
        count = load_demo(wb)
        if wb.in_team:
            from dpo_workbench.team import server_name

            where = f"the team database {server_name(wb.db.url)}"
        else:
            where = str(paths.data_dir(args.data_dir))
    except DemoError as exc:
        raise UsageError(str(exc)) from None
    finally:
        wb.close()
    print(f"Demo organisation and {count} requests created in {where}")
    return 0
