"""What every command shares: the parser class, argument types and the one data folder opener.

Bad input gives one line on stderr and exit code 2, with nothing written: the parser
raises UsageError instead of printing the whole usage, and `main` reports it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from dpo_workbench import paths

if TYPE_CHECKING:
    from dpo_workbench.workbench import Workbench

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input on the command line."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit code 2 (argparse prints the whole usage)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


# what `add_subparsers` returns, given to each command group's `register` (argparse has no public name for it)
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD, e.g. 2026-11-02)") from None


def iso_date_or_datetime(text: str) -> date | datetime:
    """A date, or a date and time (an e-mail's arrival is to the minute)."""
    text = text.strip()
    if "T" in text or " " in text:
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return iso_date(text)


def non_negative_days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the number of days cannot be negative")
    return value


def ask_passphrase(prompt: str) -> str:
    """The one place a passphrase is typed at the terminal (tests replace it)."""
    import getpass

    return getpass.getpass(prompt)


def database_url(args: argparse.Namespace) -> str | None:
    """The team database asked for (--database-url, else DPO_WORKBENCH_DATABASE_URL), or None: the data folder."""
    from dpo_workbench.team import database_url_from_env

    return getattr(args, "database_url", None) or database_url_from_env()


def one_seat_only(args: argparse.Namespace, what: str) -> None:
    """Refuse, before anything is opened, a command of the data folder itself given a team database."""
    if database_url(args):
        from dpo_workbench.errors import TeamError

        raise TeamError("team.not-on-server", what=what)


def acting_login(args: argparse.Namespace) -> str:
    """Who acts in a team database: --user, else DPO_WORKBENCH_USER, else the system account's name."""
    import getpass

    from dpo_workbench.team import login_from_env

    return getattr(args, "user", None) or login_from_env() or getpass.getuser()


def open_workbench(args: argparse.Namespace) -> Workbench:
    """Open the data folder (or the team database); a passphrase comes from DPO_WORKBENCH_PASSPHRASE or the
    terminal (3 tries).

    Then the upkeep the GUI also does on opening: ID copies past their date destroyed,
    suspended deadlines moved to today.
    """
    url = database_url(args)
    if url:
        wb = open_team_workbench(args, url)
        wb.documents.purge_due()
        wb.requests.refresh_suspended_deadlines()
        return wb
    from dpo_workbench.datafolder import DataFolder
    from dpo_workbench.errors import PassphraseRequired, WrongPassphrase
    from dpo_workbench.vault.keystore import check_new_passphrase, passphrase_from_env
    from dpo_workbench.workbench import Workbench

    folder = DataFolder.at(paths.data_dir(args.data_dir))
    env = passphrase_from_env()
    interactive = env is None and folder.uses_passphrase and sys.stdin.isatty()
    if folder.is_new:
        passphrase = env
        if interactive:
            print("The system keyring is not available: the keys of this data folder will be kept in "
                  f"{folder.key_file}, protected by a passphrase. Without it the data cannot be read.",
                  file=sys.stderr)
            passphrase = ask_passphrase("Choose a passphrase: ")
            check_new_passphrase(passphrase)
            if ask_passphrase("Type it again: ") != passphrase:
                raise UsageError("the two passphrases differ; nothing was created")
        if folder.uses_passphrase and passphrase is None:
            raise PassphraseRequired("passphrase.env-to-create")
        folder.create_keys(passphrase)
    elif interactive:
        for attempt in range(3):
            try:
                folder.unlock(ask_passphrase("Passphrase: "))
                break
            except WrongPassphrase:
                print("The passphrase is wrong." + (" Try again." if attempt < 2 else ""), file=sys.stderr)
        else:
            raise WrongPassphrase("passphrase.wrong-tries")
    else:
        try:
            folder.unlock(env)
        except PassphraseRequired:
            raise PassphraseRequired("passphrase.env-or-terminal") from None
    wb = Workbench.from_folder(folder)
    wb.documents.purge_due()
    wb.requests.refresh_suspended_deadlines()
    return wb


def open_team_workbench(args: argparse.Namespace, url: str) -> Workbench:
    """Sign the acting user in to a team database: their key from this computer's keyring, else their
    passphrase from DPO_WORKBENCH_PASSPHRASE or the terminal (3 tries)."""
    from dpo_workbench.errors import PassphraseRequired, WrongPassphrase
    from dpo_workbench.workbench import Workbench

    login = acting_login(args)
    data_dir = paths.data_dir(args.data_dir)
    try:
        return Workbench.open_team(url, login, data_dir=data_dir)
    except PassphraseRequired:
        if not sys.stdin.isatty():
            raise
    for attempt in range(3):
        try:
            return Workbench.open_team(url, login, data_dir=data_dir,
                                       passphrase=ask_passphrase(f"Passphrase of {login}: "))
        except WrongPassphrase:
            print("The passphrase is wrong." + (" Try again." if attempt < 2 else ""), file=sys.stderr)
    raise WrongPassphrase("passphrase.wrong-tries")
