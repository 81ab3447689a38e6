"""`dpo-workbench`: no command opens the GUI; sub-commands script the workbench.

Bad input gives one line on stderr and exit code 2, with nothing written.
Each command group is a module whose `register(commands)` adds its sub-parsers and
sets their handler; the handlers import the workbench only when they run, so that
`--help` or `due` starts without Qt or the PDF library.
"""

from __future__ import annotations

import argparse
import sys

from dpo_workbench import __version__
from dpo_workbench.cli import (
    about,
    audit,
    backup,
    breaches,
    demo,
    gui,
    identity,
    intake,
    letters,
    mail,
    organisation,
    recovery,
    register,
    reports,
    requests,
    retention,
    settings,
    tasks,
    team,
    vault,
)
from dpo_workbench.cli.common import EXIT_BAD_INPUT, Parser, UsageError

__all__ = ["build_parser", "main"]

# in the order `--help` lists them
COMMAND_GROUPS = (demo, requests, tasks, audit, identity, vault, settings, organisation, register, breaches, letters,
                  intake, mail, reports, retention, backup, recovery, team, about)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="dpo-workbench", description="GDPR case management for a Data Protection Officer.")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $DPO_WORKBENCH_HOME or the user data folder)")
    parser.add_argument("--database-url", metavar="URL",
                        help="a team database on a PostgreSQL server, e.g. postgresql://dpo@db.example.fr/register"
                             "?sslmode=verify-full (default: $DPO_WORKBENCH_DATABASE_URL; else the data folder's "
                             "own SQLite register, for one person)")
    parser.add_argument("--user", metavar="LOGIN",
                        help="who acts, in a team database (default: $DPO_WORKBENCH_USER, else the system account)")
    parser.add_argument("--version", action="version", version=f"dpo-workbench {__version__}")
    parser.set_defaults(handler=gui.open_gui)  # no command; a sub-command's own handler replaces it
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    from dpo_workbench.errors import ServiceError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        return args.handler(args)
    except (UsageError, ServiceError, ValueError) as exc:
        message = str(exc.message) if isinstance(exc, ServiceError) else str(exc)
        print(f"dpo-workbench: error: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `dpo-workbench due | head`
        sys.stderr.close()
        return 0
