"""`init`, `user add | list | remove | passphrase | remember-key | forget-key`, `team rotate-key | upgrade | info`:
a team database on a PostgreSQL server, its users and its key.

    dpo-workbench --database-url URL init --user LOGIN        (passphrase: DPO_WORKBENCH_PASSPHRASE)
    dpo-workbench --database-url URL --user LOGIN user add LOGIN2 --role deputy
                                                              (their passphrase: DPO_WORKBENCH_NEW_PASSPHRASE)
"""

from __future__ import annotations

import argparse
import json
import sys

from dpo_workbench.cli import collab
from dpo_workbench.cli.common import (
    Commands,
    Parser,
    UsageError,
    acting_login,
    ask_passphrase,
    database_url,
    open_workbench,
)

ROLES = ("dpo", "deputy", "contributor", "reader")  # store.models.ROLES (not imported: --help stays light)
NEW_PASSPHRASE_ENV = "DPO_WORKBENCH_NEW_PASSPHRASE"


def register(commands: Commands) -> None:
    init = commands.add_parser("init", help="create a team database on a PostgreSQL server and its first user (a dpo)")
    init.add_argument("--user", dest="init_user", metavar="LOGIN",
                      help="the first user's login (default: the global --user, $DPO_WORKBENCH_USER or the system "
                           "account); their passphrase from $DPO_WORKBENCH_PASSPHRASE or the terminal")
    init.add_argument("--name", default="", help="the first user's name as the others see it")
    init.set_defaults(handler=initialise)

    user = commands.add_parser("user", help="the users of a team database")
    user_cmds = user.add_subparsers(dest="user_command", metavar="ACTION", required=True, parser_class=Parser)
    add = user_cmds.add_parser("add", help="add a user; their first passphrase from $DPO_WORKBENCH_NEW_PASSPHRASE")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=ROLES,
                     help="dpo (everything, manages users), deputy (everything but users), contributor (logs "
                          "requests, attaches documents, answers those assigned), reader (register and figures)")
    add.add_argument("--name", default="", help="their name as the others see it")
    add.set_defaults(handler=add_user)
    listing = user_cmds.add_parser("list", help="the users, active ones first")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=list_users)
    remove = user_cmds.add_parser("remove", help="delete a user's keys (they can no longer open anything)")
    remove.add_argument("login")
    remove.set_defaults(handler=remove_user)
    collab.register_user(user_cmds)
    passphrase = user_cmds.add_parser("passphrase", help="change your own passphrase "
                                                         "(the new one from $DPO_WORKBENCH_NEW_PASSPHRASE)")
    passphrase.set_defaults(handler=change_passphrase)
    remember = user_cmds.add_parser("remember-key", help="keep your key in this computer's keyring "
                                                         "(no passphrase to type here any more)")
    remember.set_defaults(handler=remember_key)
    forget = user_cmds.add_parser("forget-key", help="remove your key from this computer's keyring")
    forget.set_defaults(handler=forget_key)

    team = commands.add_parser("team", help="the team database itself: its key, its schema")
    team_cmds = team.add_subparsers(dest="team_command", metavar="ACTION", required=True, parser_class=Parser)
    rotate = team_cmds.add_parser("rotate-key", help="a new team key: every personal value sealed again, "
                                                     "wrapped for the active users only")
    rotate.set_defaults(handler=rotate_key)
    upgrade = team_cmds.add_parser("upgrade", help="bring a team database of an older version to this one's schema")
    upgrade.set_defaults(handler=upgrade_schema)
    info = team_cmds.add_parser("info", help="the server, the schema, the team key, who is signed in")
    info.set_defaults(handler=show_info)


def _url(args: argparse.Namespace, command: str) -> str:
    url = database_url(args)
    if not url:
        raise UsageError(f"'{command}' works on a team database: give --database-url URL (or set "
                         "DPO_WORKBENCH_DATABASE_URL), e.g. postgresql://dpo@db.example.fr/register")
    return url


def _new_passphrase(prompt: str) -> str:
    """A new passphrase: DPO_WORKBENCH_NEW_PASSPHRASE, or typed twice at the terminal; checked before anything."""
    import os

    from dpo_workbench.vault.keystore import check_new_passphrase

    passphrase = os.environ.get(NEW_PASSPHRASE_ENV) or None
    if passphrase is None:
        if not sys.stdin.isatty():
            raise UsageError(f"set {NEW_PASSPHRASE_ENV} to the new passphrase, or run in a terminal")
        passphrase = ask_passphrase(prompt)
        check_new_passphrase(passphrase)
        if ask_passphrase("Type it again: ") != passphrase:
            raise UsageError("the two passphrases differ; nothing was changed")
    check_new_passphrase(passphrase)
    return passphrase


def initialise(args: argparse.Namespace) -> int:
    import os
    from datetime import UTC, datetime

    from dpo_workbench import team
    from dpo_workbench.vault.keystore import PASSPHRASE_ENV, check_new_passphrase

    url = _url(args, "init")
    login = team.check_login(args.init_user or acting_login(args))
    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    if passphrase is None:
        if not sys.stdin.isatty():
            raise UsageError(f"set {PASSPHRASE_ENV} to the passphrase of {login}, or run in a terminal")
        passphrase = ask_passphrase(f"Choose the passphrase of {login}: ")
        check_new_passphrase(passphrase)
        if ask_passphrase("Type it again: ") != passphrase:
            raise UsageError("the two passphrases differ; nothing was created")
    team_id = team.initialise(url, login, passphrase, datetime.now(UTC), display_name=args.name)
    print(f"Team database created on {team.server_name(url)} (team {team_id[:8]}): "
          f"{login} is its first user, a dpo. Add the others with "
          f"`dpo-workbench --database-url URL --user {login} user add LOGIN --role ROLE`.")
    return 0


def add_user(args: argparse.Namespace) -> int:
    from dpo_workbench import team

    _url(args, "user add")
    login, role = team.check_login(args.login), team.check_role(args.role)
    passphrase = _new_passphrase(f"First passphrase of {login}: ")
    wb = open_workbench(args)
    try:
        info = wb.users.add(login, role, passphrase, args.name)
    finally:
        wb.close()
    print(f"{info.login} added ({info.role}). Give them their first passphrase in person; they choose their own "
          "with `user passphrase`.")
    return 0


def list_users(args: argparse.Namespace) -> int:
    _url(args, "user list")
    wb = open_workbench(args)
    try:
        users = wb.users.all()
    finally:
        wb.close()
    if args.format == "json":
        print(json.dumps([u.as_dict() for u in users], ensure_ascii=False, indent=1))
        return 0
    rows = [("login", "role", "name", "state", "since")]
    for u in users:
        state = "active" if u.active else "removed"
        since = (u.created_at if u.active else u.disabled_at or u.created_at).strftime("%Y-%m-%d")
        rows.append((u.login + (" (you)" if u.is_you else ""), u.role, u.display_name or "—", state, since))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(r, widths, strict=True)).rstrip())
    return 0


def remove_user(args: argparse.Namespace) -> int:
    _url(args, "user remove")
    wb = open_workbench(args)
    try:
        info = wb.users.remove(args.login)
    finally:
        wb.close()
    print(f"{info.login} removed: their copy of the team key and their own keys are deleted from the database, "
          "so nothing there opens for them any more. What they read or copied before stays with them: if they "
          "may have kept a copy of the key or of the data, run `team rotate-key` (everything written from then "
          "on is sealed under a key they never had).")
    return 0


def change_passphrase(args: argparse.Namespace) -> int:
    _url(args, "user passphrase")
    new = _new_passphrase("New passphrase: ")
    wb = open_workbench(args)
    try:
        wb.users.change_passphrase(new)
        login = wb.actor
    finally:
        wb.close()
    print(f"The passphrase of {login} is changed (the team key is the same).")
    return 0


def remember_key(args: argparse.Namespace) -> int:
    _url(args, "user remember-key")
    wb = open_workbench(args)
    try:
        wb.users.keep_key_in_keyring()
        login = wb.actor
    finally:
        wb.close()
    print(f"The key of {login} is kept in this computer's keyring: no passphrase is asked here any more "
          "(`user forget-key` removes it).")
    return 0


def forget_key(args: argparse.Namespace) -> int:
    _url(args, "user forget-key")
    wb = open_workbench(args)
    try:
        removed = wb.users.forget_key_in_keyring()
        login = wb.actor
    finally:
        wb.close()
    print(f"The key of {login} was removed from this computer's keyring." if removed
          else f"This computer's keyring held no key of {login}.")
    return 0


def rotate_key(args: argparse.Namespace) -> int:
    _url(args, "team rotate-key")

    def progress(table: str, done: int) -> None:
        print(f"\rsealing again: {table} ({done:,} values)".ljust(60), end="", file=sys.stderr, flush=True)

    wb = open_workbench(args)
    try:
        report = wb.users.rotate_team_key(progress)
    finally:
        wb.close()
    print(file=sys.stderr)
    print(f"Team key rotated (new key {report.new_key_id}): {report.values:,} personal values sealed again, "
          f"{report.rows:,} search entries rebuilt, {report.documents} document keys re-wrapped, the new key "
          f"wrapped for {report.users} active user(s). Removed users' old copies open nothing written from now on.")
    return 0


def upgrade_schema(args: argparse.Namespace) -> int:
    from dpo_workbench import team

    url = _url(args, "team upgrade")
    before, after = team.upgrade(url)
    if before == after:
        print(f"The team database is already at schema {after}.")
    else:
        print(f"The team database was upgraded from schema {before} to {after}.")
    return 0


def show_info(args: argparse.Namespace) -> int:
    from dpo_workbench import team

    _url(args, "team info")
    wb = open_workbench(args)
    try:
        folder = wb.folder
        assert isinstance(folder, team.TeamFolder)
        users = wb.users.all()
        me = wb.users.me()
        print(f"server: {team.server_name(wb.db.url)}")
        print(f"schema: {wb.db.current_revision()}")
        print(f"team: {folder.team_id}")
        print(f"team key: {folder.unlocked_keys.current}")
        print(f"users: {sum(u.active for u in users)} active, {sum(not u.active for u in users)} removed")
        print(f"signed in: {me.login} ({me.role}), key unlocked with "
              + ("this computer's keyring" if not folder.uses_passphrase else "the passphrase"))
    finally:
        wb.close()
    return 0
