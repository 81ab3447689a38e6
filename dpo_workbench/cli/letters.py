"""`dpo-workbench letter`: write a letter answering a request, from the command line.

    letter --list
    letter REFERENCE KIND [--lang fr|en] [--out FILE.pdf] [--set NAME=VALUE ...] [--eml OUT.eml]

Like the GUI, saving a letter stores it (encrypted) in the request's case file,
with its timeline event and journal entry; the PDF (or the e-mail draft) is then
written where asked. Bad input, or a letter that still holds placeholders, gives
one line on stderr and exit code 2, with nothing stored or written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_workbench.cli.common import Commands, UsageError, open_workbench
from dpo_workbench.exports import write_export

HELP = ("write a letter answering a request; it is also saved (encrypted) in the request's case file. "
        "'letter --list' lists the kinds")


def register(commands: Commands) -> None:
    from dpo_workbench.letters.model import LetterKind

    letter = commands.add_parser(
        "letter", help=HELP, description=HELP + ". The PDF is written to --out (default: REFERENCE-KIND.pdf "
        "in the current folder, never named after the person); portability files are written beside it.")
    letter.add_argument("--list", action="store_true", help="list the kinds of letter and exit")
    letter.add_argument("reference", nargs="?", help="the request, e.g. DSR-2026-0042")
    letter.add_argument("kind", nargs="?", metavar="KIND", help="one of: " + ", ".join(k.value for k in LetterKind))
    letter.add_argument("--lang", choices=["fr", "en"], help="language of the letter (default: the request's)")
    letter.add_argument("--out", type=Path, metavar="FILE.pdf", help="where to write the PDF")
    letter.add_argument("--eml", type=Path, metavar="OUT.eml",
                        help="write a ready-to-send e-mail draft with the PDF attached (requests received by e-mail)")
    letter.add_argument("--send", action="store_true",
                        help="send the letter by e-mail now (SMTP of a mail account; requests received by e-mail)")
    letter.add_argument("--account", metavar="NAME", help="the mail account to send with (with --send)")
    letter.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", dest="values",
                        help=r"fill a free part of the letter (repeatable; '\n' starts a new line)")
    letter.add_argument("--force", action="store_true", help="overwrite the output files if they exist")
    letter.set_defaults(handler=write_letter)


def _values(pairs: list[str]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set {pair!r}: expected NAME=VALUE")
        values[name.strip()] = value.replace("\\n", "\n")
    return values


def _check_target(path: Path, force: bool) -> None:
    if path.is_dir():
        raise UsageError(f"{path} is a folder: give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"the folder {path.parent} does not exist")
    if path.exists() and not force:
        raise UsageError(f"{path} already exists; choose another name or add --force")


def write_letter(args: argparse.Namespace) -> int:
    from dpo_workbench.errors import LetterIncomplete, MailServerError
    from dpo_workbench.letters.model import LetterKind

    if args.list:
        width = max(len(k.value) for k in LetterKind)
        for kind in LetterKind:
            print(f"{kind.value:<{width}}  {kind.description}")
        return 0
    if not args.reference or not args.kind:
        raise UsageError("give a request reference and a kind of letter (see 'dpo-workbench letter --list')")
    try:
        kind = LetterKind(args.kind.strip().lower())
    except ValueError:
        raise UsageError(f"unknown letter {args.kind!r}; see 'dpo-workbench letter --list'") from None
    values = _values(args.values)
    reference = args.reference.strip().upper()
    out = args.out
    if out is None and args.eml is None and not args.send:
        out = Path(f"{reference}-{kind.value}.pdf")
    targets = [p for p in (out, args.eml) if p is not None]
    for path in targets:
        _check_target(path, args.force)

    wb = open_workbench(args)
    empty: list[str] = []
    try:
        fields = wb.letters.fields(reference, kind, args.lang)
        known = {f.name for f in fields}
        empty = [f.name for f in fields if f.required and not (values.get(f.name, f.value) or "").strip()]
        unknown = sorted(set(values) - known)
        if unknown:
            raise UsageError(f"this letter has no free part {', '.join(unknown)}; its parts: "
                             f"{', '.join(sorted(known)) or 'none'}")
        if (args.eml is not None or args.send) and not wb.letters.by_email(reference):
            raise UsageError(f"{reference} was not received by e-mail (or has no e-mail address): "
                             "no e-mail draft; send the letter by post")
        preview = wb.letters.preview(reference, kind, lang=args.lang, values=values)
        if preview.missing:
            raise LetterIncomplete(preview.missing, kind)
        for attachment, _, _ in preview.attachments:
            if out is not None:
                _check_target(out.parent / attachment, args.force)
        info = wb.letters.save(reference, kind, lang=args.lang, values=values)
        files = wb.letters.files(info.id) if out is not None else []
        eml = wb.letters.eml(info.id) if args.eml is not None else None
        sent, not_sent = None, None
        if args.send:
            try:
                sent = wb.mail.send_letter(info.id, args.account)
            except MailServerError as exc:  # the letter is saved; only the sending failed
                not_sent = exc
    except LetterIncomplete as exc:
        from dpo_workbench.letters.engine import templates_for

        linking = {templates_for(None).profile_label("activities", lang) for lang in ("fr", "en")}
        hint = " ".join(f"--set {name}=..." for name in empty)
        if linking & set(exc.missing):  # the access reply describes the processings linked to the request
            hint = " and ".join(h for h in (hint, f"dpo-workbench request link {reference} --suggested (or "
                                                  "PROCESSING_REF...)") if h)
        hint = hint or "the organisation profile"
        raise UsageError("the letter still has parts to complete: " + ", ".join(exc.missing) +
                         f" (fill them in: {hint}); nothing was saved") from None
    finally:
        wb.close()
    written = []
    for n, (name, _, data) in enumerate(files):
        path = out if n == 0 else out.parent / name
        write_export(path, data)
        written.append(str(path))
    if eml is not None:
        write_export(args.eml, eml, field="eml")
        written.append(str(args.eml))
    print(f"{kind.value} letter saved in the case file of {reference} (document {info.id}, "
          f"{preview.pages} page{'s' if preview.pages > 1 else ''}); written: {', '.join(written) or 'nothing'}")
    if sent is not None:
        print(f"sent by e-mail to {sent.recipient} with the account {sent.account!r}; the message as sent is "
              f"kept in the case file (document {sent.sent_document_id})")
    for warning in preview.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not_sent is not None:
        print(f"dpo-workbench: error: the letter was NOT sent: {not_sent.message} It stays saved in the case "
              "file: send it again with --send, or as an e-mail draft (--eml).", file=sys.stderr)
        return 3
    return 0
