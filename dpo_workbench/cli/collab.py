"""Working together from the command line: `request show|assign|comment`, `breach assign|comment`, `user role`.

Added to the `request`, `breach` and `user` groups by their modules (`register_request`, `register_breach`,
`register_user`). A refusal of the user's role, a save over someone else's newer change, an unknown login:
one line on stderr, exit 2, nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys

from dpo_workbench.cli.common import Commands, UsageError, open_workbench

ROLES = ("dpo", "deputy", "contributor", "reader")  # core.roles.ROLES (not imported: --help stays light)


def _assignment(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("reference", metavar="REFERENCE")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("login", nargs="?", metavar="LOGIN", help=f"the user the {what} is assigned to (an active user)")
    who.add_argument("--none", action="store_true", help=f"assign the {what} to nobody")


def register_request(request_cmds: Commands) -> None:
    show = request_cmds.add_parser("show", help="a request: details, assignee, timeline, comments (journaled as a "
                                                "view)")
    show.add_argument("reference", metavar="REFERENCE")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=show_request)
    assign = request_cmds.add_parser("assign", help="assign a request to a user of the team (dpo or deputy)")
    _assignment(assign, "request")
    assign.set_defaults(handler=assign_request)
    comment = request_cmds.add_parser("comment", help="add a comment to a request (kept encrypted)")
    comment.add_argument("reference", metavar="REFERENCE")
    comment.add_argument("text", metavar="TEXT")
    comment.set_defaults(handler=comment_request)


def register_breach(breach_cmds: Commands) -> None:
    assign = breach_cmds.add_parser("assign", help="assign a breach to a user of the team (dpo or deputy)")
    _assignment(assign, "breach")
    assign.set_defaults(handler=assign_breach)
    comment = breach_cmds.add_parser("comment", help="add a comment to a breach (kept encrypted)")
    comment.add_argument("reference", metavar="REFERENCE")
    comment.add_argument("text", metavar="TEXT")
    comment.set_defaults(handler=comment_breach)


def register_user(user_cmds: Commands) -> None:
    role = user_cmds.add_parser("role", help="give a user another role (a dpo; not your own)")
    role.add_argument("login")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=set_role)


def _text(args: argparse.Namespace) -> str:
    if not args.text.strip():
        raise UsageError("the comment is empty: give its text")
    return args.text


def assign_request(args: argparse.Namespace) -> int:
    return _assign(args, lambda wb, who: wb.requests.assign(args.reference, who))


def assign_breach(args: argparse.Namespace) -> int:
    return _assign(args, lambda wb, who: wb.breaches.assign(args.reference, who))


def _assign(args: argparse.Namespace, act) -> int:
    who = None if args.none else args.login
    wb = open_workbench(args)
    try:
        reference = act(wb, who)
    finally:
        wb.close()
    print(f"{reference}: assigned to {who}" if who else f"{reference}: assigned to nobody")
    return 0


def comment_request(args: argparse.Namespace) -> int:
    return _comment(args, lambda wb, text: wb.requests.comment(args.reference, text))


def comment_breach(args: argparse.Namespace) -> int:
    return _comment(args, lambda wb, text: wb.breaches.comment(args.reference, text))


def _comment(args: argparse.Namespace, act) -> int:
    text = _text(args)
    wb = open_workbench(args)
    try:
        info = act(wb, text)
    finally:
        wb.close()
    print(f"{args.reference.strip().upper()}: comment {info.id} added")
    return 0


def set_role(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        user = wb.users.set_role(args.login, args.role)
    finally:
        wb.close()
    print(f"{user.login} is now a {user.role}")
    return 0


def show_request(args: argparse.Namespace) -> int:
    from dpo_workbench.core.clock import PARIS

    wb = open_workbench(args)
    try:
        d = wb.requests.detail(args.reference)
    finally:
        wb.close()

    def when(at) -> str:
        return at.astimezone(PARIS).strftime("%Y-%m-%d %H:%M") if at else "-"

    if args.format == "json":
        data = {"reference": d.reference, "requester_name": d.requester_name, "requester_email": d.requester_email,
                "rights": [r.value for r in d.rights], "channel": d.channel.value,
                "received_on": d.received_on.isoformat(), "due_on": d.due_on.isoformat(), "state": d.state.value,
                "assigned_to": d.assigned_to or None, "version": d.version, "updated_by": d.updated_by or None,
                "updated_at": d.updated_at.isoformat() if d.updated_at else None,
                "timeline": [{"on": e.on.isoformat(), "at": e.at.isoformat(), "actor": e.actor, "kind": e.kind,
                              "detail": e.detail} for e in d.timeline],
                "comments": [c.as_dict() for c in d.comments]}
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return 0
    lines = [
        f"{d.reference}  {d.state.value}  due {d.due_on.isoformat()}"
        + (f" ({d.days_left} days left)" if d.days_left is not None else ""),
        f"requester:   {d.requester_name}" + (f" <{d.requester_email}>" if d.requester_email else ""),
        f"rights:      {', '.join(r.value for r in d.rights)}  ({d.channel.value}, received {d.received_on})",
        f"assigned to: {d.assigned_to or 'nobody'}",
        f"version:     {d.version}, last changed {when(d.updated_at)}"
        + (f" by {d.updated_by}" if d.updated_by else ""),
        "timeline:",
        *(f"  {e.on.isoformat()}  {e.kind:<20} {e.actor}"
          + (f" -> {e.detail.get('to') or 'nobody'}" if e.kind == "assigned" else "") for e in d.timeline),
        "comments:" if d.comments else "comments:    none",
        *(f"  {when(c.at)}  {c.author}: {c.text}" for c in d.comments),
    ]
    print("\n".join(lines))
    return 0
