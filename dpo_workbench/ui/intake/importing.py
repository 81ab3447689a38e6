"""What an import takes (dropped files and folders) and what it gives back, in words for the summary.

The import itself runs in a worker thread (`run_import`): batch after batch, each
committed before it is reported, so a cancelled import lists exactly what was saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from dpo_workbench.services.intake import MAIL_SUFFIXES, ImportOutcome
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.background import Cancelled
from dpo_workbench.workbench import Workbench

MAIL_PATTERNS = "*.eml *.msg *.mbox *.mbx"


def mail_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The folders and .eml/.msg/.mbox files a drag carries (anything else is left to other targets)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() in MAIL_SUFFIXES]


@dataclass
class ImportRun:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    mailbox: bool = False  # fetched from a mail account: the messages are named by account and UID, not by file


def run_import(workbench: Workbench, paths: list[Path],
               progress: Callable[[int, int], None]) -> ImportRun:
    """In the worker thread: import batch after batch, reporting progress; stop when cancelled."""
    result = ImportRun()
    progress(0, 0)
    try:
        for done, total, outcomes in workbench.intake.iter_import_batches(paths):
            result.outcomes += outcomes  # committed: they belong to the summary even if cancelled now
            result.total = total
            progress(done, total)
    except Cancelled:
        result.cancelled = True
    return result


def status_labels() -> dict[str, str]:
    return {
        "created": QCoreApplication.translate("Intake", "Created"),
        "follow-up": QCoreApplication.translate("Intake", "Follow-up"),
        "duplicate": QCoreApplication.translate("Intake", "Duplicate"),
        "failed": QCoreApplication.translate("Intake", "Failed"),
    }


def outcome_details(outcome: ImportOutcome) -> str:
    if outcome.status == "failed":  # the reason reads "file: reason" elsewhere (lower case): a sentence here
        reason = messages.text(outcome.error)
        return reason[:1].upper() + reason[1:]
    if outcome.status == "duplicate":
        return QCoreApplication.translate("Intake", "Already imported: nothing was added.")
    lines = []
    kept = len(outcome.kept)
    if outcome.status == "follow-up":
        lines.append(QCoreApplication.translate(
            "Intake", "Attached to the sender's open request, with %n attachment(s).", "", kept))
    else:
        lines.append(QCoreApplication.translate("Intake", "Rights suggested: %1. Language: %2.")
                     .replace("%1", labels.rights_text(outcome.rights))
                     .replace("%2", labels.language_labels()[outcome.language] if outcome.language else "—"))
        if kept:
            lines[-1] += " " + QCoreApplication.translate("Intake", "%n attachment(s) kept.", "", kept)
        if outcome.received_source != "date":
            source = labels.received_source_labels().get(outcome.received_source, outcome.received_source)
            lines.append(QCoreApplication.translate("Intake", "Received time taken %1.").replace("%1", source))
        if outcome.name_to_check:
            lines.append(QCoreApplication.translate(
                "Intake", "No name in the message: the name was made from the address; check it."))
    for note in outcome.notes:  # what the parser could not read or did not believe
        lines.append("⚠ " + messages.text(note))
    for left in outcome.left_out:
        lines.append(QCoreApplication.translate(
            "Intake", "Not kept as a document (it stays inside the stored message): %1").replace("%1", left.label))
    return "\n".join(lines)
