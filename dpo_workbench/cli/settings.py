"""`settings [NAME [VALUE]]`: list the settings, show one, or set one (and say what was set)."""

from __future__ import annotations

import argparse

from dpo_workbench.cli.common import Commands, UsageError, open_workbench


def register(commands: Commands) -> None:
    setting = commands.add_parser("settings", help="show settings, or set one: settings NAME VALUE")
    setting.add_argument("name", nargs="?")
    setting.add_argument("value", nargs="?")
    setting.set_defaults(handler=settings)


def settings(args: argparse.Namespace) -> int:
    from dpo_workbench.settings import OPTIONS

    wb = open_workbench(args)
    try:
        if args.name is None:
            values = wb.settings.values()
            for name, option in OPTIONS.items():
                print(f"{name} = {values[name]!r}    # {option.label}")
            return 0
        if args.value is None:
            if args.name not in OPTIONS:
                raise UsageError(f"unknown setting {args.name!r}; known settings: {', '.join(OPTIONS)}")
            print(wb.settings.values()[args.name])
            return 0
        stored = wb.settings.set(args.name, args.value)
    finally:
        wb.close()
    print(f"{args.name} = {stored!r}")  # as stored ("24" becomes 24), in the form the listing uses
    return 0
