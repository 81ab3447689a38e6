"""`organisation import FILE`: the organisation profile from a JSON file (e.g. one shipped in resources/profiles)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_workbench.cli.common import Commands, Parser, open_workbench


def register(commands: Commands) -> None:
    organisation = commands.add_parser("organisation", help="the organisation profile (letterhead, DPO, register)")
    cmds = organisation.add_subparsers(dest="organisation_command", metavar="ACTION", required=True,
                                       parser_class=Parser)
    importing = cmds.add_parser("import", help="replace the organisation profile by the one in a JSON file")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.set_defaults(handler=import_profile)


def import_profile(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        profile = wb.organisation.import_file(args.file)
    finally:
        wb.close()
    activities = len(profile.details.activities)
    print(f"Organisation profile imported: {profile.name} ({activities} processing activit"
          f"{'y' if activities == 1 else 'ies'})")
    return 0
