"""`request link`, `request unlink` and `request processings`: the processings of the register that concern the
person of a request (what its access reply describes, the departments its internal data requests go to)."""

from __future__ import annotations

import argparse
import json
import sys

from dpo_workbench.cli.common import Commands, UsageError, open_workbench


def register_request_actions(request_cmds: Commands) -> None:
    link = request_cmds.add_parser(
        "link", help="link processings of the register to a request (what its access reply describes)",
        description="Link the processings that concern the person to the request; with --suggested, the ones the "
                    "requester's category suggests; with --replace, the links become exactly those given.")
    link.add_argument("reference", metavar="REF")
    link.add_argument("processings", nargs="*", metavar="PROCESSING_REF", help="e.g. TRT-001 TRT-003")
    link.add_argument("--suggested", action="store_true",
                      help="also link the processings the requester's category suggests")
    link.add_argument("--replace", action="store_true",
                      help="the links become exactly the processings given (the others are unlinked)")
    link.set_defaults(handler=link_processings)
    unlink = request_cmds.add_parser("unlink", help="remove processings from a request's links")
    unlink.add_argument("reference", metavar="REF")
    unlink.add_argument("processings", nargs="+", metavar="PROCESSING_REF")
    unlink.set_defaults(handler=unlink_processings)
    show = request_cmds.add_parser("processings", help="the processings linked to a request, and those its "
                                                       "requester's category suggests")
    show.add_argument("reference", metavar="REF")
    show.add_argument("--format", choices=["table", "json"], default="table")
    show.set_defaults(handler=show_processings)


def link_processings(args: argparse.Namespace) -> int:
    if not args.processings and not args.suggested:
        raise UsageError("name the processings to link (e.g. TRT-001 TRT-003), or give --suggested")
    if args.replace and args.suggested:
        raise UsageError("--replace links exactly the processings given: it does not go with --suggested")
    wb = open_workbench(args)
    try:
        removed: list[str] = []
        if args.replace:
            added, removed = wb.links.replace(args.reference, args.processings)
        else:
            added = wb.links.link(args.reference, args.processings) if args.processings else []
            if args.suggested and wb.links.suggested(args.reference):
                added += wb.links.link_suggested(args.reference)
        shown = wb.links.of_request(args.reference)
    finally:
        wb.close()
    print(f"{shown.reference}: linked {', '.join(added) or 'nothing new'}"
          + (f"; unlinked {', '.join(removed)}" if removed else ""))
    print(f"processings linked: {', '.join(shown.references) or 'none'}")
    return 0


def unlink_processings(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        removed = wb.links.unlink(args.reference, args.processings)
        shown = wb.links.of_request(args.reference)
    finally:
        wb.close()
    print(f"{shown.reference}: unlinked {', '.join(removed)}")
    print(f"processings linked: {', '.join(shown.references) or 'none'}")
    return 0


def show_processings(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        shown = wb.links.of_request(args.reference)
    finally:
        wb.close()
    if args.format == "json":
        sys.stdout.write(json.dumps({
            "reference": shown.reference, "relation": shown.relation.value,
            "linked": [{"reference": link.processing.reference, "name": link.processing.name("fr"),
                        "department": link.processing.department, "origin": link.origin,
                        "suggested": link.suggested, "status": link.processing.status} for link in shown.linked],
            "suggested": [{"reference": ref.reference, "name": ref.name("fr"), "department": ref.department}
                          for ref in shown.suggestions],
        }, ensure_ascii=False, indent=2) + "\n")
        return 0
    print(f"{shown.reference} ({shown.relation.value})")
    if not shown.linked:
        print("No processing linked yet.")
    for link in shown.linked:
        mark = "  (ended)" if link.processing.status != "active" else ""
        print(f"  linked     {link.processing.reference:<10} {link.processing.name('fr')}"
              f" — {link.processing.department or 'no department'}{mark}")
    for ref in shown.suggestions:
        print(f"  suggested  {ref.reference:<10} {ref.name('fr')} — {ref.department or 'no department'}")
    if shown.suggestions:
        print(f"Link the suggested ones: dpo-workbench request link {shown.reference} --suggested")
    return 0
