"""`dpo-workbench mail`: the DPO mailbox from the command line (and cron).

    mail account add NAME --imap-host H [--imap-port P] [--security ssl|starttls|none] --login L
                     [--folder F] [--move-to FOLDER] [--smtp-host H --smtp-port P --smtp-security S]
                     [--trust-imap FINGERPRINT] [--trust-smtp FINGERPRINT]
    mail account list
    mail account trust NAME imap|smtp FINGERPRINT
    mail account remove NAME
    mail fetch [--account NAME] [--format table|json]

The password comes from DPO_WORKBENCH_MAIL_PASSWORD, else it is asked at the terminal;
it goes to the system keyring (or, without a safe one, sealed with the data folder's
master key), never to a file in clear. `--security none` is only for a server on this
computer (a local bridge). `mail fetch` exits 0 when every account was fetched, 1
when a message failed to import, 3 when a server could not be reached: for cron.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys

from dpo_workbench.cli.common import Commands, UsageError, open_workbench

PASSWORD_ENV = "DPO_WORKBENCH_MAIL_PASSWORD"
EXIT_SERVER = 3


def register(commands: Commands) -> None:
    mail = commands.add_parser("mail", help="the DPO mailbox: accounts, fetching requests by IMAP",
                               description=__doc__.split("\n\n", 2)[2] if __doc__ else None,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    account = sub.add_parser("account", help="add, list or remove mail accounts")
    accounts = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = accounts.add_parser("add", help="add a mail account (password: $DPO_WORKBENCH_MAIL_PASSWORD or asked)")
    add.add_argument("name")
    add.add_argument("--imap-host", required=True)
    add.add_argument("--imap-port", type=int)
    add.add_argument("--security", choices=["ssl", "starttls", "none"], default="ssl",
                     help="ssl: TLS from the start (port 993); starttls (port 143); none: this computer only")
    add.add_argument("--login", required=True)
    add.add_argument("--folder", default="INBOX", help="the folder requests arrive in (default INBOX)")
    add.add_argument("--move-to", metavar="FOLDER",
                     help="move imported messages to this folder (default: flag them as imported)")
    add.add_argument("--smtp-host", help="the server answers are sent with (same login and password)")
    add.add_argument("--smtp-port", type=int)
    add.add_argument("--smtp-security", choices=["ssl", "starttls", "none"], default="starttls")
    add.add_argument("--trust-imap", metavar="SHA256", help="trust the IMAP server's (self-signed) certificate "
                     "with this fingerprint, as a failed fetch names it")
    add.add_argument("--trust-smtp", metavar="SHA256", help="the same for the SMTP server")
    add.set_defaults(handler=add_account)
    listing = accounts.add_parser("list", help="the mail accounts")
    listing.set_defaults(handler=list_accounts)
    trust = accounts.add_parser("trust", help="trust a server's (self-signed) certificate, by the SHA-256 "
                                "fingerprint a failed fetch or test names, once your administrator confirmed it")
    trust.add_argument("name")
    trust.add_argument("server", choices=["imap", "smtp"])
    trust.add_argument("fingerprint", metavar="SHA256")
    trust.set_defaults(handler=trust_certificate)
    remove = accounts.add_parser("remove", help="remove a mail account and its stored password")
    remove.add_argument("name")
    remove.set_defaults(handler=remove_account)
    fetch = sub.add_parser("fetch", help="import the new messages of every account (or one) as requests")
    fetch.add_argument("--account", metavar="NAME")
    fetch.add_argument("--format", choices=["table", "json"], default="table")
    fetch.set_defaults(handler=fetch_mail)


def _password() -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise UsageError(f"give the account's password in {PASSWORD_ENV} (no terminal to ask it at)")
    from dpo_workbench.cli.common import ask_passphrase

    return ask_passphrase("Mail account password: ")


def add_account(args: argparse.Namespace) -> int:
    from dpo_workbench.services.mail import AccountSettings, check_settings

    settings = AccountSettings(
        name=args.name, imap_host=args.imap_host, imap_port=args.imap_port, imap_security=args.security,
        login=args.login, folder=args.folder, after_import="move" if args.move_to else "flag",
        move_to=args.move_to or "", smtp_host=args.smtp_host or "", smtp_port=args.smtp_port,
        smtp_security=args.smtp_security, imap_pin=args.trust_imap or "", smtp_pin=args.trust_smtp or "")
    check_settings(settings)  # before asking a password for settings that cannot be saved
    password = _password()
    wb = open_workbench(args)
    try:
        info = wb.mail.add_account(settings, password)
    finally:
        wb.close()
    where = "the system keyring" if info.password_store == "keyring" else \
        "the database, sealed with the data folder's master key (no safe system keyring)"
    print(f"mail account {info.name!r} added: {info.imap_security} {info.imap_host}:{info.imap_port}, "
          f"folder {info.folder}; password kept in {where}")
    return 0


def list_accounts(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        accounts = wb.mail.accounts()
    finally:
        wb.close()
    if not accounts:
        print("No mail account.")
        return 0
    for a in accounts:
        after = f"move to {a.move_to}" if a.after_import == "move" else "flag"
        smtp = f"smtp {a.smtp_security} {a.smtp_host}:{a.smtp_port}" if a.smtp_host else "no smtp"
        last = a.last_fetch_at.isoformat(timespec="minutes") if a.last_fetch_at else "never fetched"
        error = f"; last error: {a.last_fetch_error}" if a.last_fetch_error else ""
        print(f"{a.name}  imap {a.imap_security} {a.imap_host}:{a.imap_port}  {a.login}  {a.folder} ({after})  "
              f"{smtp}  password: {a.password_store}  {last}{error}")
    return 0


def trust_certificate(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        info = wb.mail.trust_certificate(args.name, args.server, args.fingerprint)
    finally:
        wb.close()
    print(f"mail account {info.name!r}: the {args.server.upper()} server's certificate with this fingerprint is "
          "trusted")
    return 0


def remove_account(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        wb.mail.remove_account(args.name)
    finally:
        wb.close()
    print(f"mail account {args.name!r} removed, with its stored password")
    return 0


def fetch_mail(args: argparse.Namespace) -> int:
    from dpo_workbench.cli.intake import print_table

    wb = open_workbench(args)
    try:
        reports = wb.mail.fetch(args.account)
    finally:
        wb.close()
    if args.format == "json":
        json.dump([{"account": r.account, "found": r.found, "acted": r.acted,
                    "error": str(r.error) if r.error else None,
                    "messages": [o.as_dict() for o in r.outcomes]} for r in reports],
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for r in reports:
            if r.ok or r.outcomes:
                print(f"{r.account}: {r.found} new message(s)")
            if r.outcomes:
                print_table(r.outcomes)
            if r.error:
                print(f"{r.account}: error: {r.error}", file=sys.stderr)
                if r.error.code in ("mailbox.tls-untrusted", "mailbox.tls-pin-mismatch"):
                    print(f"{r.account}: once your administrator confirmed it: dpo-workbench mail account trust "
                          f"{shlex.quote(r.account)} imap {r.error_params['fingerprint_hex']}", file=sys.stderr)
    if any(r.error for r in reports):
        return EXIT_SERVER
    return 1 if any(o.status == "failed" for r in reports for o in r.outcomes) else 0
