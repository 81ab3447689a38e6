"""A request's timeline in sentences: one per event, in the DPO's language, from the codes the services store."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from dpo_workbench.core.rights import DocumentKind, Outcome, Right
from dpo_workbench.services.requests import TimelineEntry
from dpo_workbench.ui.letters.kinds import letter_kind_labels
from dpo_workbench.ui.requests.documents import MIME_NAMES
from dpo_workbench.ui.requests.identity import identity_method_labels, identity_outcome_labels
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.forms import fill


def word(words: Mapping[Any, str], code: object) -> str:
    """The translated word for a code stored in an event; the code itself if this version does not know it."""
    text = str(code or "")
    return words.get(text, text)


def timeline_text(entry: TimelineEntry) -> str:
    """One sentence per event, in the DPO's language."""
    d = entry.detail
    due = labels.format_date(date.fromisoformat(d["due"])) if d.get("due") else ""
    if entry.kind == "received":
        channel = word(labels.channel_labels(), d.get("channel"))
        return QCoreApplication.translate("Timeline", "Request received (%1). Due date: %2.").replace(
            "%1", channel).replace("%2", due)
    if entry.kind == "identity-requested":
        return QCoreApplication.translate(
            "Timeline", "Identity information asked for: the clock is suspended until it arrives.")
    if entry.kind == "identity-received":
        days = int(d.get("suspended_days", 0))
        return QCoreApplication.translate(
            "Timeline", "Identity information received after %n day(s): the due date moves to %1.", "",
            days).replace("%1", due)
    if entry.kind == "extended":
        text = QCoreApplication.translate("Timeline", "Deadline extended by two months, to %1. Reason: %2").replace(
            "%1", due).replace("%2", str(d.get("reason", "")))
        return text
    if entry.kind == "answered":
        outcome = labels.outcome_labels().get(Outcome(d["outcome"]), d["outcome"]) if d.get("outcome") else ""
        text = QCoreApplication.translate("Timeline", "Answered: %1.").replace("%1", outcome)
        if d.get("reason"):
            text += " " + QCoreApplication.translate("Timeline", "Reason: %1").replace("%1", d["reason"])
        if d.get("tasks_open"):
            text += " " + QCoreApplication.translate(
                "Timeline", "Answered without the answer of %n department(s) asked for the data.", "",
                int(d["tasks_open"]))
            if d.get("without_tasks_reason"):  # the DPO's words go with the personal data at the end of retention
                text += " " + fill(QCoreApplication.translate("Timeline", "Why: %1"), d["without_tasks_reason"])
        return text
    if entry.kind == "closed":
        return QCoreApplication.translate("Timeline", "Request closed.")
    if entry.kind == "withdrawn":
        return QCoreApplication.translate("Timeline", "Request withdrawn by the person.")
    if entry.kind == "letter-saved":
        kind = word(letter_kind_labels(), d.get("letter"))
        language = word(labels.language_labels(), d.get("lang"))
        return QCoreApplication.translate("Timeline", "Letter written: %1 (%2), saved in the case file.").replace(
            "%1", kind).replace("%2", language)
    if entry.kind in ("document-added", "identity-checked", "id-copy-destroyed", "document-destroyed"):
        return document_timeline_text(entry)
    if entry.kind in ("e-mail-imported", "follow-up-received", "follow-up-separated", "rights-changed"):
        return intake_timeline_text(entry)
    if entry.kind == "details-corrected":
        return correction_text(entry)
    if entry.kind.startswith(("task-", "processings-")) or entry.kind in ("anonymised", "messages-purged"):
        return casework_timeline_text(entry)
    return entry.kind


def corrected_field_labels() -> dict[str, str]:
    """The fields a correction names (the codes `RequestService.edit` records)."""
    return {
        "name": QCoreApplication.translate("Timeline", "name"),
        "email": QCoreApplication.translate("Timeline", "e-mail"),
        "phone": QCoreApplication.translate("Timeline", "telephone"),
        "address": QCoreApplication.translate("Timeline", "postal address"),
        "relation": QCoreApplication.translate("Timeline", "relation"),
        "channel": QCoreApplication.translate("Timeline", "channel"),
        "received": QCoreApplication.translate("Timeline", "date received"),
        "received_at": QCoreApplication.translate("Timeline", "time received"),
        "registered_number": QCoreApplication.translate("Timeline", "registered-mail number"),
        "notes": QCoreApplication.translate("Timeline", "notes"),
        "language": QCoreApplication.translate("Timeline", "language"),
    }


def _corrected_value(name: str, value: str) -> str:
    if not value:
        return "—"
    if name == "received":
        return labels.format_date(date.fromisoformat(value))
    if name == "received_at":
        return labels.format_datetime(datetime.fromisoformat(value))
    for field, words in (("channel", labels.channel_labels()), ("relation", labels.relation_labels()),
                         ("language", labels.language_labels())):
        if name == field:
            return word(words, value)
    text = " / ".join(line.strip() for line in value.splitlines() if line.strip())
    if len(text) > 80:
        text = text[:79] + "…"
    return QCoreApplication.translate("Timeline", "“%1”").replace("%1", text)


def correction_text(entry: TimelineEntry) -> str:
    """"Details corrected: date received 20 Nov 2026 → 18 Nov 2026. The due date moves from … to …"."""
    d = entry.detail
    names = corrected_field_labels()
    separator = QCoreApplication.translate("Timeline", "; ", "between the corrections of a request")
    parts = [f"{word(names, name)} {_corrected_value(name, old)} → {_corrected_value(name, new)}"
             for name, (old, new) in d.get("changes", {}).items()]
    text = QCoreApplication.translate("Timeline", "Details corrected: %1.").replace("%1", separator.join(parts))
    if d.get("due") and d.get("due_before") and d["due"] != d["due_before"]:
        text += " " + fill(QCoreApplication.translate("Timeline", "The due date moves from %1 to %2."),
                           labels.format_date(date.fromisoformat(d["due_before"])),
                           labels.format_date(date.fromisoformat(d["due"])))
    return text


def destruction_reasons() -> dict[str, str]:
    """The reasons the workbench records when a document is destroyed."""
    return {
        "identity verified": QCoreApplication.translate("Timeline", "identity verified"),
        "request closed": QCoreApplication.translate("Timeline", "request closed"),
        "request withdrawn": QCoreApplication.translate("Timeline", "request withdrawn"),
        "destroyed by the DPO": QCoreApplication.translate("Timeline", "destroyed by the DPO"),
    }


def document_timeline_text(entry: TimelineEntry) -> str:
    """Documents and identity checks: what the timeline keeps once the ID copies are gone."""
    d = entry.detail
    on = labels.format_date(entry.on)
    reason = word(destruction_reasons(), d.get("reason"))
    if entry.kind == "document-added":
        mime = word(MIME_NAMES, d.get("mime"))
        if d.get("kind") == DocumentKind.ID_COPY:
            return fill(QCoreApplication.translate("Timeline", "ID copy added (%1)."), mime)
        if d.get("kind") == DocumentKind.LETTER:
            return fill(QCoreApplication.translate("Timeline", "Letter added (%1)."), mime)
        if d.get("kind") == DocumentKind.EMAIL:
            return fill(QCoreApplication.translate("Timeline", "E-mail added (%1)."), mime)
        if d.get("kind") == DocumentKind.ATTACHMENT:
            return fill(QCoreApplication.translate("Timeline", "Attachment added (%1)."), mime)
        return fill(QCoreApplication.translate("Timeline", "Document added (%1)."), mime)
    if entry.kind == "identity-checked":
        method = word(identity_method_labels(), d.get("method"))
        if d.get("document_type"):
            method += f" ({d['document_type']})"
        outcome = word(identity_outcome_labels(), d.get("outcome"))
        return fill(QCoreApplication.translate("Timeline", "Identity checked: %1. Outcome: %2."), method, outcome)
    if entry.kind == "id-copy-destroyed":
        return fill(QCoreApplication.translate("Timeline", "ID copy destroyed on %1 (%2)."), on, reason)
    return fill(QCoreApplication.translate("Timeline", "Document destroyed on %1 (%2)."), on, reason)


def intake_timeline_text(entry: TimelineEntry) -> str:
    """The timeline's sentences for imported e-mails, follow-ups and confirmed rights."""
    d = entry.detail
    if entry.kind == "e-mail-imported":
        source = labels.received_source_labels().get(d.get("source", ""), d.get("source", ""))
        text = QCoreApplication.translate("Timeline", "Imported from an e-mail; received time taken %1.").replace(
            "%1", source)
        if d.get("separated_from"):
            text += " " + QCoreApplication.translate(
                "Timeline", "It had first been attached to %1 as a follow-up.").replace("%1", d["separated_from"])
        return text
    if entry.kind == "follow-up-separated":
        return QCoreApplication.translate(
            "Timeline", "A follow-up e-mail was made a request of its own: %1.").replace("%1", d.get("reference", ""))
    if entry.kind == "follow-up-received":
        return QCoreApplication.translate("Timeline", "Follow-up e-mail received, with %n attachment(s).", "",
                                          int(d.get("attachments", 0)))
    rights = labels.rights_text([Right(c) for c in d.get("rights", []) if c in {r.value for r in Right}])
    return QCoreApplication.translate("Timeline", "Rights confirmed by the DPO: %1.").replace("%1", rights)


def casework_timeline_text(entry: TimelineEntry) -> str:
    """The processings linked, the departments asked for the data and their answers, the retention purges."""
    from dpo_workbench.ui.requests.task_dialogs import kinds_text, task_outcome_labels

    d = entry.detail
    department = str(d.get("department", ""))
    processings = ", ".join(d.get("processings", []))
    if entry.kind == "processings-linked":
        if d.get("origin") == "suggested":
            return fill(QCoreApplication.translate(
                "Timeline", "Processings linked, as suggested by the requester's category: %1."), processings)
        return fill(QCoreApplication.translate("Timeline", "Processings linked: %1."), processings)
    if entry.kind == "processings-unlinked":
        return fill(QCoreApplication.translate("Timeline", "Processings unlinked: %1."), processings)
    if entry.kind == "task-asked":
        return fill(QCoreApplication.translate("Timeline", "Department %1 asked for: %2 (%3); answer due by %4."),
                    department, kinds_text(d.get("kinds", [])), processings,
                    labels.format_date(date.fromisoformat(d["due"])) if d.get("due") else "")
    if entry.kind == "task-due-changed":
        return fill(QCoreApplication.translate("Timeline", "Department %1 now to answer by %2 (instead of %3)."),
                    department, labels.format_date(date.fromisoformat(d["due"])),
                    labels.format_date(date.fromisoformat(d["due_before"])))
    if entry.kind == "task-sent":
        return fill(QCoreApplication.translate("Timeline", "E-mail sent to department %1 (kept in the documents)."),
                    department)
    if entry.kind == "task-reminded":
        if d.get("via") == "smtp":
            text = QCoreApplication.translate("Timeline", "Reminder %1 sent to department %2.")
        else:
            text = QCoreApplication.translate("Timeline", "Reminder %1 to department %2 saved as an e-mail draft.")
        return fill(text, str(d.get("reminders", "")), department)
    if entry.kind == "task-answered":
        outcome = word(task_outcome_labels(), d.get("outcome"))
        files = len(d.get("files", [])) if isinstance(d.get("files"), list) else int(d.get("files") or 0)
        return fill(QCoreApplication.translate("Timeline", "Department %1 answered: %2 (%n file(s)).", "", files),
                    department, outcome)
    if entry.kind == "task-cancelled":
        if d.get("because") == "withdrawn":
            return fill(QCoreApplication.translate(
                "Timeline", "Department %1 no longer needs to answer: the request was withdrawn."), department)
        text = fill(QCoreApplication.translate("Timeline", "Department %1 no longer needs to answer."), department)
        if d.get("reason"):
            text += " " + QCoreApplication.translate("Timeline", "Reason: %1").replace("%1", d["reason"])
        return text
    if entry.kind == "anonymised":
        return fill(QCoreApplication.translate(
            "Timeline", "Personal data removed at the end of the retention period (%1 years); %n document(s) "
                        "destroyed. The figures are kept.", "", int(d.get("documents", 0))), str(d.get("years", "")))
    return fill(QCoreApplication.translate(
        "Timeline", "%n e-mail(s) of the request and their attachments destroyed at the end of their retention "
                    "period (%1 years).", "", int(d.get("messages", 0))), str(d.get("years", "")))
