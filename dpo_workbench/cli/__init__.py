"""`dpo-workbench`: no command opens the GUI; sub-commands script the workbench.

Bad input gives one line on stderr and exit code 2, with nothing written.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

from dpo_workbench import __version__, paths

EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input on the command line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2 (argparse prints the whole usage)
        raise UsageError(message)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (expected YYYY-MM-DD, e.g. 2026-11-02)") from None


def _date_or_datetime(text: str) -> date | datetime:
    text = text.strip()
    if "T" in text or " " in text:
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    return _date(text)


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: the number of days cannot be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    from dpo_workbench.core.rights import Channel, IdentityMethod, IdentityOutcome, Relation, Right

    parser = _Parser(prog="dpo-workbench", description="GDPR case management for a Data Protection Officer.")
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: $DPO_WORKBENCH_HOME or the user data folder)")
    parser.add_argument("--version", action="version", version=f"dpo-workbench {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("demo", help="fill an empty data folder with a demo organisation and ~40 requests")

    request = commands.add_parser("request", help="log a request")
    request_cmds = request.add_subparsers(dest="request_command", metavar="ACTION", required=True,
                                          parser_class=_Parser)
    add = request_cmds.add_parser("add", help="log a new request; prints its reference")
    add.add_argument("--right", action="append", required=True, metavar="RIGHT",
                     help="right invoked (repeat for several): " + ", ".join(r.value for r in Right))
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    add.add_argument("--received", required=True, type=_date_or_datetime, metavar="DATE",
                     help="date received (YYYY-MM-DD), or date and time for an e-mail (YYYY-MM-DDTHH:MM, Paris time)")
    add.add_argument("--registered-number", default="", metavar="N", help="registered-mail number (post)")
    add.add_argument("--name", required=True, help="requester's full name")
    add.add_argument("--email", default="", help="requester's e-mail address")
    add.add_argument("--address", default="", help="requester's postal address")
    add.add_argument("--phone", default="")
    add.add_argument("--relation", default=Relation.CUSTOMER.value, choices=[r.value for r in Relation])
    add.add_argument("--notes", default="")
    add.add_argument("--lang", default="fr", choices=["fr", "en"],
                     help="language of the request, and so of the letters answering it (default fr)")

    due = commands.add_parser("due", help="open requests with their due date, soonest first")
    due.add_argument("--within", type=_non_negative, metavar="DAYS", help="only those due within DAYS days (overdue included)")
    due.add_argument("--format", choices=["table", "json", "csv"], default="table")

    audit = commands.add_parser("audit", help="the audit journal")
    audit_cmds = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True, parser_class=_Parser)
    audit_cmds.add_parser("verify", help="check the hash chain; exit 1 naming the first broken entry")

    ident = commands.add_parser("id", help="ID documents and identity checks")
    id_cmds = ident.add_subparsers(dest="id_command", metavar="ACTION", required=True, parser_class=_Parser)
    attach = id_cmds.add_parser("attach", help="encrypt a scan (JPEG, PNG, TIFF, PDF) into the vault")
    attach.add_argument("reference")
    attach.add_argument("file", type=Path)
    attach.add_argument("--id-copy", action="store_true", help="the document is a copy of an ID document")
    verify = id_cmds.add_parser("verify", help="record the identity check (a verified check destroys ID copies)")
    verify.add_argument("reference")
    verify.add_argument("--method", required=True, choices=[m.value for m in IdentityMethod])
    verify.add_argument("--document-type", default="", metavar="TEXT", help="e.g. 'identity card', 'passport'")
    verify.add_argument("--outcome", required=True, choices=[o.value for o in IdentityOutcome])
    verify.add_argument("--date", type=_date, metavar="DATE", help="date of the check (default: today)")
    verify.add_argument("--note", default="")

    vault = commands.add_parser("vault", help="the encrypted vault and its keys")
    vault_cmds = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True, parser_class=_Parser)
    check = vault_cmds.add_parser("check", help="decrypt and authenticate every stored file; exit 1 on any problem")
    check.add_argument("--repair", action="store_true",
                       help="remove orphan and unfinished files (they hold no key: nothing readable is lost)")
    vault_cmds.add_parser("rotate-key", help="new master key: re-wrap the data keys and re-key the database")
    vault_cmds.add_parser("change-passphrase", help="change the passphrase protecting the key file")
    vault_cmds.add_parser("info", help="where the keys are kept")

    setting = commands.add_parser("settings", help="show settings, or set one: settings NAME VALUE")
    setting.add_argument("name", nargs="?")
    setting.add_argument("value", nargs="?")
    from dpo_workbench.cli.breaches import add_breach_commands

    add_breach_commands(commands)

    from dpo_workbench.cli.letters import add_letter_commands

    add_letter_commands(commands)

    from dpo_workbench.cli.intake import add_intake_commands

    add_intake_commands(commands, _Parser)
    return parser


def _ask_passphrase(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def _open_workbench(args):
    """Open the data folder; a passphrase comes from DPO_WORKBENCH_PASSPHRASE or the terminal (3 tries)."""
    from dpo_workbench.datafolder import DataFolder
    from dpo_workbench.vault.keystore import check_new_passphrase, passphrase_from_env
    from dpo_workbench.errors import PassphraseRequired, WrongPassphrase
    from dpo_workbench.workbench import Workbench

    folder = DataFolder.at(paths.data_dir(args.data_dir))
    env = passphrase_from_env()
    interactive = env is None and folder.uses_passphrase and sys.stdin.isatty()
    if folder.is_new:
        passphrase = env
        if interactive:
            print("The system keyring is not available: the keys of this data folder will be kept in "
                  f"{folder.store.path}, protected by a passphrase. Without it the data cannot be read.",
                  file=sys.stderr)
            passphrase = _ask_passphrase("Choose a passphrase: ")
            check_new_passphrase(passphrase)
            if _ask_passphrase("Type it again: ") != passphrase:
                raise UsageError("the two passphrases differ; nothing was created")
        if folder.uses_passphrase and passphrase is None:
            raise PassphraseRequired("passphrase.env-to-create")
        folder.create_keys(passphrase)
    elif interactive:
        for attempt in range(3):
            try:
                folder.unlock(_ask_passphrase("Passphrase: "))
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


def cmd_request_add(args) -> int:
    from dpo_workbench.core.rights import Channel, Language, Relation, parse_right
    from dpo_workbench.services.requests import NewRequest

    rights = [parse_right(r) for r in args.right]
    received = args.received
    received_at = received if isinstance(received, datetime) else None
    received_on = received.date() if isinstance(received, datetime) else received
    new = NewRequest(
        rights=rights, channel=Channel(args.channel), received_on=received_on, received_at=received_at,
        requester_name=args.name, relation=Relation(args.relation), requester_email=args.email,
        requester_phone=args.phone, requester_address=args.address,
        registered_number=args.registered_number, notes=args.notes, language=Language(args.lang),
    )
    from dpo_workbench.core.clock import SystemClock
    from dpo_workbench.services.requests import check_new_request

    new = check_new_request(new, SystemClock())  # before anything is opened or created
    wb = _open_workbench(args)
    try:
        repeats = wb.requests.find_repeats(new.requester_name, new.requester_email, new.rights, new.received_on)
        reference = wb.requests.register(new)
    finally:
        wb.close()
    print(reference)
    for hit in repeats:
        print(f"warning: the same person already made a request for {', '.join(r.value for r in hit.rights)} "
              f"on {hit.received_on.isoformat()} ({hit.reference}, {hit.state.value}): "
              "check whether this one is repetitive (Art. 12(5))", file=sys.stderr)
    return 0


def cmd_due(args) -> int:
    wb = _open_workbench(args)
    try:
        rows = wb.requests.due(args.within)
    finally:
        wb.close()
    if args.format == "json":
        json.dump([r.as_dict() for r in rows], sys.stdout, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["reference", "due_date", "days_left", "state", "rights", "extended"])
        for r in rows:
            d = r.as_dict()
            writer.writerow([d["reference"], d["due_date"], d["days_left"], d["state"], " ".join(d["rights"]),
                             "yes" if r.extended else "no"])
        sys.stdout.write(out.getvalue())
    else:
        if not rows:
            print("No open request" + (f" due within {args.within} days." if args.within is not None else "."))
            return 0
        print(f"{'REFERENCE':<15} {'DUE':<10}  {'DAYS LEFT':>12}  {'STATE':<18} RIGHTS")
        for r in rows:
            left = f"{r.days_left}" if r.days_left >= 0 else f"{r.days_left} (late)"
            print(f"{r.reference:<15} {r.due_date.isoformat():<10}  {left:>12}  {r.state.value:<18} "
                  f"{', '.join(x.value for x in r.rights)}")
    return 0


def cmd_audit_verify(args) -> int:
    wb = _open_workbench(args)
    try:
        result = wb.audit.verify()
    finally:
        wb.close()
    print(result.message(), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def cmd_demo(args) -> int:
    from dpo_workbench.demo import load_demo
    from dpo_workbench.errors import DemoError

    wb = _open_workbench(args)
    try:
        count = load_demo(wb)
    except DemoError as exc:
        raise UsageError(str(exc)) from None
    finally:
        wb.close()
    print(f"Demo organisation and {count} requests created in {paths.data_dir(args.data_dir)}")
    return 0


def cmd_id(args) -> int:
    from dpo_workbench.core.clock import PARIS
    from dpo_workbench.core.rights import IdentityMethod, IdentityOutcome

    wb = _open_workbench(args)
    try:
        if args.id_command == "attach":
            info = wb.documents.attach_file(args.reference, args.file, id_copy=args.id_copy)
            kind = "ID copy" if info.is_id_copy else "document"
            state = " (destroyed at once: identity already verified)" if not info.available else ""
            print(f"{kind} {info.id} attached to {args.reference.upper()}: {info.mime}, {info.size} bytes, "
                  f"encrypted{state}")
        else:
            before = {d.id for d in wb.documents.of_request(args.reference) if d.is_id_copy and d.available}
            result = wb.identity.record(
                args.reference, method=IdentityMethod(args.method), document_type=args.document_type,
                outcome=IdentityOutcome(args.outcome), on=args.date, note=args.note)
            kept = [d for d in wb.documents.of_request(args.reference) if d.is_id_copy and d.available]
            destroyed = before - {d.id for d in kept}
            print(f"identity check recorded for {args.reference.upper()}: {args.outcome}")
            if destroyed:
                print(f"{len(destroyed)} ID copy(ies) destroyed")
            for d in kept:
                when = (f"on {d.purge_after.astimezone(PARIS):%Y-%m-%d}" if d.purge_after
                        else "when the request is closed")
                print(f"ID copy {d.id} kept; it will be destroyed {when}")
            for warning in result.warnings:
                print(f"warning: {warning}", file=sys.stderr)
    finally:
        wb.close()
    return 0


def cmd_vault(args) -> int:
    wb = _open_workbench(args)
    try:
        if args.vault_command == "check":
            report = wb.vault.check()
            for doc_id, reference in report.damaged:
                print(f"damaged: document {doc_id} of {reference}: this file is damaged or was altered")
            for doc_id, reference in report.missing:
                print(f"missing: document {doc_id} of {reference}: its file is not in the vault")
            for blob in report.orphans:
                print(f"orphan: vault/{blob} belongs to no document (left by an interrupted write)")
            for name in report.leftovers:
                print(f"orphan: vault/{name} is an unfinished write")
            print(f"{report.checked} document(s) checked: " + ("vault intact." if report.ok else "problems found."))
            if args.repair and (report.orphans or report.leftovers):
                removed = wb.vault.remove_orphans(report)
                print(f"{removed} orphan or unfinished file(s) removed.")
                return 0 if not (report.damaged or report.missing) else 1
            return 0 if report.ok else 1
        if args.vault_command == "rotate-key":
            def progress(done: int, total: int) -> None:
                print(f"\rre-wrapping data keys: {done}/{total}", end="", file=sys.stderr, flush=True)

            report = wb.vault.rotate_master_key(progress)
            print(file=sys.stderr)
            print(("rotation resumed and finished" if report.resumed else "master key rotated") +
                  f": {report.rewrapped} data key(s) re-wrapped, database re-keyed, new key {report.new_key_id}")
            return 0
        if args.vault_command == "change-passphrase":
            from dpo_workbench.vault.keystore import check_new_passphrase, passphrase_from_env

            if not wb.folder.uses_passphrase:
                raise UsageError(f"the keys of this data folder are in the system keyring "
                                 f"({wb.vault.key_store_description}): there is no passphrase to change")
            old = passphrase_from_env()
            if old is None and not sys.stdin.isatty():
                raise UsageError("set DPO_WORKBENCH_PASSPHRASE to the current passphrase, or run in a terminal")
            new = os.environ.get("DPO_WORKBENCH_NEW_PASSPHRASE")
            if new is None:
                if not sys.stdin.isatty():
                    raise UsageError("set DPO_WORKBENCH_NEW_PASSPHRASE, or run in a terminal")
                new = _ask_passphrase("New passphrase: ")
                check_new_passphrase(new)
                if _ask_passphrase("Type it again: ") != new:
                    raise UsageError("the two passphrases differ; nothing was changed")
            if old is None:
                old = _ask_passphrase("Current passphrase: ")
            wb.vault.change_passphrase(old, new)
            print("passphrase changed")
            return 0
        print(f"keys: {wb.vault.key_store_description}")
        print(f"data folder: {wb.data_dir}")
        return 0
    finally:
        wb.close()


def cmd_settings(args) -> int:
    from dpo_workbench.settings import OPTIONS

    wb = _open_workbench(args)
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
        wb.settings.set(args.name, args.value)
    finally:
        wb.close()
    return 0


def cmd_breach(args) -> int:
    from dpo_workbench.cli.breaches import run_breach_command

    return run_breach_command(args, _open_workbench)
def _cmd_letter(args) -> int:
    from dpo_workbench.cli.letters import cmd_letter

    return cmd_letter(args)


def _display_available() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_import_mail(args) -> int:
    from dpo_workbench.cli.intake import cmd_import_mail as run

    return run(args, _open_workbench)


def cmd_gui(args) -> int:
    if not _display_available():
        print("dpo-workbench: no display found (DISPLAY and WAYLAND_DISPLAY are not set). "
              "Run it in a desktop session, or use a command such as 'dpo-workbench due' "
              "(see 'dpo-workbench --help').", file=sys.stderr)
        return 1
    from dpo_workbench.ui.app import run

    return run(paths.data_dir(args.data_dir))


def main(argv: list[str] | None = None) -> int:
    from dpo_workbench.errors import ServiceError

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handlers = {
            None: cmd_gui,
            "demo": cmd_demo,
            "request": cmd_request_add,
            "due": cmd_due,
            "audit": cmd_audit_verify,
            "id": cmd_id,
            "vault": cmd_vault,
            "settings": cmd_settings,
            "breach": cmd_breach,
            "letter": _cmd_letter,
            "import-mail": cmd_import_mail,
        }
        return handlers[args.command](args)
    except (UsageError, ServiceError, ValueError) as exc:
        message = str(exc.message) if isinstance(exc, ServiceError) else str(exc)
        print(f"dpo-workbench: error: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `dpo-workbench due | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
