"""`about [--format table|json]`: the version, the data folder and every bundled component with its licence.

The same inventory as Help > About (read from the installed distributions' metadata), for an
administrator's records or a compliance review, without opening the data folder.
"""

from __future__ import annotations

import argparse
import json
import sys

from dpo_workbench import __version__, paths
from dpo_workbench.cli.common import Commands


def register(commands: Commands) -> None:
    about = commands.add_parser("about", help="the version, the data folder and the licences of the components")
    about.add_argument("--format", choices=("table", "json"), default="table")
    about.set_defaults(handler=show_about)


def show_about(args: argparse.Namespace) -> int:
    from dpo_workbench.ui.about_dialog import components  # Qt's own version is asked of Qt

    folder = paths.data_dir(args.data_dir)
    items = components()
    if args.format == "json":
        sys.stdout.write(json.dumps({
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
            "data_folder": str(folder),
            "components": [{"name": c.name, "version": c.version, "licence": c.licence,
                            "licence_texts": [p.name for p in c.texts], "source": c.source} for c in items],
        }, indent=2, ensure_ascii=False) + "\n")
        return 0
    print(f"DPO Workbench {__version__} (proprietary licence; see LICENSE)")
    print(f"data folder: {folder}{'' if folder.exists() else ' (not created yet)'}")
    print()
    name_width = max(len(c.name) for c in items)
    version_width = max(len(c.version) for c in items)
    for c in items:
        print(f"{c.name:<{name_width}}  {c.version or '-':<{version_width}}  {c.licence}")
    return 0
