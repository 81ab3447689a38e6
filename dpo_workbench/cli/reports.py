"""`report annual` and `export case`: the DPO's annual report, and the case file of one request.

    report annual --year YYYY [--lang fr|en] --out FILE.pdf
    report annual --year YYYY --format json [--out FILE.json]
    export case REFERENCE --out FILE.zip [--lang fr|en]

Every file is built in memory, then written whole, readable by the user only (0600).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dpo_workbench.cli.common import Commands, Parser, UsageError, open_workbench
from dpo_workbench.exports import write_export


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year (e.g. 2026)") from None
    if not 2018 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"{text!r}: the GDPR applies from 2018")
    return year


def _target(path: Path | None, suffix: str, required: bool) -> None:
    """Check the output file before anything is opened: nothing is written on bad input."""
    if path is None:
        if required:
            raise UsageError(f"--out FILE{suffix} is needed")
        return
    if path.suffix.lower() != suffix:
        raise UsageError(f"{path}: the output file must end in {suffix}")
    if path.is_dir():
        raise UsageError(f"{path} is a folder: give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"the folder {path.parent} does not exist")


def register(commands: Commands) -> None:
    report = commands.add_parser("report", help="the DPO's reports (annual report)")
    report_cmds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True, parser_class=Parser)
    annual = report_cmds.add_parser(
        "annual", help="the year's figures (requests received, answer times, refusals, breaches), PDF or JSON",
        description="The annual report of the DPO: requests received in the year by right, outcome, channel and "
                    "requester category; on-time rate, median and 90th-percentile answer time; extensions, "
                    "suspensions and refusals with their grounds; breaches. No personal data.")
    annual.add_argument("--year", type=_year, required=True, metavar="YYYY")
    annual.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the PDF (default fr)")
    annual.add_argument("--format", choices=["pdf", "json"], default="pdf",
                        help="pdf (default, needs --out) or json (the same figures; stdout without --out)")
    annual.add_argument("--out", type=Path, metavar="FILE")
    annual.set_defaults(handler=annual_report)

    export = commands.add_parser("export", help="export a request's case file for an inquiry")
    export_cmds = export.add_subparsers(dest="export_command", metavar="WHAT", required=True, parser_class=Parser)
    case = export_cmds.add_parser(
        "case", help="the case file of a request (zip): timeline PDF, letters, identity-check record, journal",
        description="The case file of one request for an inquiry: its timeline as a PDF, its letters, the record "
                    "of its identity checks (never an ID copy), its journal entries with their hashes and how to "
                    "verify them. Journaled as an export; the file is readable by you only.")
    case.add_argument("reference", help="the request, e.g. DSR-2026-0042")
    case.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    case.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the timeline (default fr)")
    case.set_defaults(handler=export_case)


def annual_report(args: argparse.Namespace) -> int:
    suffix = ".pdf" if args.format == "pdf" else ".json"
    _target(args.out, suffix, required=args.format == "pdf")
    wb = open_workbench(args)
    try:
        if args.format == "json":
            figures = wb.reports.annual(args.year)
            data = (json.dumps(figures.as_dict(), ensure_ascii=False, indent=2) + "\n").encode()
        else:
            data = wb.reports.annual_pdf(args.year, args.lang)
    finally:
        wb.close()
    if args.out is None:
        sys.stdout.write(data.decode())
        return 0
    write_export(args.out, data)
    print(f"{args.out} written ({len(data):,} bytes)")
    return 0


def export_case(args: argparse.Namespace) -> int:
    _target(args.out, ".zip", required=True)
    wb = open_workbench(args)
    try:
        case = wb.case_files.build(args.reference, args.lang)
    finally:
        wb.close()
    write_export(args.out, case.data)
    print(f"case file of {case.reference} written to {args.out} ({len(case.files)} files, "
          f"{len(case.data):,} bytes)")
    return 0
