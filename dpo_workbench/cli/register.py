"""`register`: the register of processing activities (Art. 30) from the command line.

    register list [--format table|json|csv] [--processor | --all] [--retired]
    register show REF [--as-of YYYY-MM-DD] [--lang fr|en] [--format text|json]
    register export --format xlsx|ods|csv [--layout rows|cnil] [--as-of DATE] [--lang fr|en] --out FILE
    register print --out FILE.pdf [--as-of DATE] [--lang fr|en]
    register import FILE [--dry-run]

An import prints what it adds, changes and leaves as it is, field by field; a malformed
file gives one line naming the sheet, the cell and the column, exit code 2, and nothing
imported. Files are written whole, readable by the user only (0600).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from dpo_workbench.cli.common import Commands, Parser, UsageError, iso_date, open_workbench

FORMATS = ("xlsx", "ods", "csv")


def register(commands: Commands) -> None:
    group = commands.add_parser("register", help="the register of processing activities (Art. 30)")
    cmds = group.add_subparsers(dest="register_command", metavar="ACTION", required=True, parser_class=Parser)

    listing = cmds.add_parser("list", help="the processings of the register (no personal data)")
    listing.add_argument("--format", choices=["table", "json", "csv"], default="table")
    which = listing.add_mutually_exclusive_group()
    which.add_argument("--processor", action="store_true", help="the processor register (Art. 30(2)) instead")
    which.add_argument("--all", action="store_true", help="both registers")
    listing.add_argument("--retired", action="store_true", help="with the processings that have ended")
    listing.set_defaults(handler=list_processings)

    show = cmds.add_parser("show", help="one processing, every field, with its DPIA screening")
    show.add_argument("reference", help="e.g. TRT-003")
    show.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD", help="as it stood at the end of that day")
    show.add_argument("--lang", choices=["fr", "en"], default="fr")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=show_processing)

    export = cmds.add_parser("export", help="the register as a spreadsheet (XLSX, ODS or CSV)",
                             description="One row per processing (rows), or the CNIL model's layout, one sheet per "
                                         "processing (cnil; XLSX and ODS). Holds the departments' contacts: the "
                                         "export is journaled and the file readable by you only.")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--layout", choices=["rows", "cnil"], default="rows")
    export.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD", help="the register as it stood that day")
    export.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the headings (default fr)")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.set_defaults(handler=export_register)

    printing = cmds.add_parser("print", help="the register as of a day as a PDF, with the DPIA reasoning")
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    printing.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD")
    printing.add_argument("--lang", choices=["fr", "en"], default="fr")
    printing.set_defaults(handler=print_register)

    importing = cmds.add_parser("import", help="add and update processings from a spreadsheet (XLSX, ODS, CSV)",
                                description="Reads the file, prints what would be added and changed field by field "
                                            "(and what stays as it is), then imports it all in one transaction. "
                                            "A malformed file is refused whole, naming the sheet, cell and column.")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="print the preview only, import nothing")
    importing.set_defaults(handler=import_register)


def _target(path: Path, suffix: str) -> None:
    if path.suffix.lower() != suffix:
        raise UsageError(f"{path}: the output file must end in {suffix}")
    if path.is_dir():
        raise UsageError(f"{path} is a folder: give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"the folder {path.parent} does not exist")


def list_processings(args: argparse.Namespace) -> int:
    from dpo_workbench.core import register as reg
    from dpo_workbench.services.register import RegisterQuery

    role = None if args.all else ("processor" if args.processor else "controller")
    wb = open_workbench(args)
    try:
        rows = wb.register.processings(RegisterQuery(role=role, include_retired=args.retired))
    finally:
        wb.close()
    records = [{"reference": r.reference, "register": r.role, "name": r.name, "department": r.department,
                "status": r.status, "dpia": r.dpia_status, "version": r.version,
                "updated_at": r.updated_at.isoformat()} for r in rows]
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(list(records[0]) if records else ["reference", "register", "name", "department", "status",
                                                          "dpia", "version", "updated_at"])
        for record in records:
            writer.writerow(record.values())
    else:
        if not rows:
            print("The register is empty.")
        for r in rows:
            dpia = reg.status_words(r.dpia_status, "en")
            ended = " (ended)" if r.status == "retired" else ""
            print(f"{r.reference:<10} {r.name[:56]:<56} {r.department[:22]:<22} {dpia}{ended}")
    return 0


def show_processing(args: argparse.Namespace) -> int:
    from dpo_workbench.core import register as reg
    from dpo_workbench.errors import NotFound

    wb = open_workbench(args)
    try:
        if args.as_of:
            found = [p for p, _at in wb.register.as_of(args.as_of) if p.reference == args.reference.strip().upper()]
            if not found:
                raise NotFound("processing.not-found", key=f"{args.reference} ({args.as_of.isoformat()})")
            record = found[0]
        else:
            record = wb.register.get(args.reference).record
    finally:
        wb.close()
    screening = reg.screen(record)
    if args.format == "json":
        data = record.to_dict()
        data["dpia_screening"] = {"status": screening.status, "criteria": list(screening.criteria),
                                  "reasoning": [reg.reason_text(r, args.lang) for r in screening.reasons]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    print(f"{record.reference} — {record.title(lang)}")
    for section, words in reg.SECTIONS.items():
        print(f"\n== {words[0 if lang == 'fr' else 1]}")
        for f in reg.section_fields(section, record.role):
            text = record.text(f.key, lang) or "—"
            lines = text.splitlines() or ["—"]
            print(f"{f.label(lang)}: {lines[0]}")
            for line in lines[1:]:
                print(f"    {line}")
    print(f"\n{reg.status_words(screening.status, lang)}")
    for reason in screening.reasons:
        print(f"  - {reg.reason_text(reason, lang)}")
    return 0


def export_register(args: argparse.Namespace) -> int:
    from dpo_workbench.exports import write_export

    _target(args.out, "." + args.format)
    if args.format == "csv" and args.layout == "cnil":
        raise UsageError("the CNIL layout has one sheet per processing: use --format xlsx or ods, or --layout rows")
    wb = open_workbench(args)
    try:
        data = wb.register.export(args.format, args.layout, day=args.as_of, lang=args.lang)
    finally:
        wb.close()
    write_export(args.out, data)
    print(f"{args.out} written ({len(data):,} bytes)")
    return 0


def print_register(args: argparse.Namespace) -> int:
    from dpo_workbench.exports import write_export

    _target(args.out, ".pdf")
    wb = open_workbench(args)
    try:
        data = wb.register.pdf(day=args.as_of, lang=args.lang)
    finally:
        wb.close()
    write_export(args.out, data)
    print(f"{args.out} written ({len(data):,} bytes)")
    return 0


def preview_lines(preview, lang: str = "en") -> list[str]:
    """The preview of an import as text: what is added, changed (field by field), left as it is."""
    from dpo_workbench.core import register as reg

    out = [f"{preview.file_name} ({preview.format.upper()}, {preview.layout} layout): "
           f"{len(preview.added)} to add, {len(preview.changed)} to change, {len(preview.unchanged)} unchanged"]
    for name, contact, email in preview.departments_added:
        out.append(f"+ department {name}" + (" (with its contact)" if contact or email else ""))
    for name, _contact, _email in preview.departments_changed:
        out.append(f"~ department {name}: contact changed")
    for item in preview.added:
        out.append(f"+ {item.entry.record.reference} {item.entry.record.title(lang)}")
    for item in preview.changed:
        out.append(f"~ {item.entry.record.reference} {item.entry.record.title(lang)}")
        for change in reg.changes(item.old, item.entry.record, lang):
            label = reg.FIELD[change.key].label(lang) + (f" ({change.lang})" if change.lang else "")
            out.append(f"    {label}: {_short(change.old)} -> {_short(change.new)}")
    if preview.unchanged:
        out.append("= " + ", ".join(preview.unchanged))
    if preview.untouched:
        out.append(f"{preview.untouched} processing(s) of the register are not in the file: left as they are")
    return out


def _short(text: str, limit: int = 70) -> str:
    flat = " / ".join(line.strip() for line in text.splitlines() if line.strip()) or "(empty)"
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def import_register(args: argparse.Namespace) -> int:
    wb = open_workbench(args)
    try:
        preview = wb.register.read_import(args.file)
        for line in preview_lines(preview):
            print(line)
        if args.dry_run:
            print("Dry run: nothing imported.")
            return 0
        if preview.empty:
            print("Nothing to import: the register already holds the file's processings as they are.")
            return 0
        result = wb.register.apply_import(preview)
    finally:
        wb.close()
    print(f"Imported: {len(result.added)} added, {len(result.changed)} changed, {result.unchanged} unchanged.")
    return 0
