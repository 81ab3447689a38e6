"""Translated labels for the stable codes of the core (rights, states, ...).

Each string is written out in a `translate()` call so that pyside6-lupdate
finds it; the dictionaries are rebuilt on each call so a language change
takes effect.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Language, Outcome, Relation, Right


def right_labels() -> dict[Right, str]:
    return {
        Right.ACCESS: QCoreApplication.translate("Labels", "Access"),
        Right.RECTIFICATION: QCoreApplication.translate("Labels", "Rectification"),
        Right.ERASURE: QCoreApplication.translate("Labels", "Erasure"),
        Right.RESTRICTION: QCoreApplication.translate("Labels", "Restriction"),
        Right.PORTABILITY: QCoreApplication.translate("Labels", "Portability"),
        Right.OBJECTION: QCoreApplication.translate("Labels", "Objection"),
        Right.AUTOMATED_DECISION: QCoreApplication.translate("Labels", "Automated decision"),
        Right.POST_MORTEM: QCoreApplication.translate("Labels", "Post-mortem directives"),
        Right.CONSENT_WITHDRAWAL: QCoreApplication.translate("Labels", "Consent withdrawal"),
        Right.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def state_labels() -> dict[State, str]:
    return {
        State.OPEN: QCoreApplication.translate("Labels", "Open"),
        State.AWAITING_IDENTITY: QCoreApplication.translate("Labels", "Awaiting identity"),
        State.ANSWERED: QCoreApplication.translate("Labels", "Answered"),
        State.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        State.WITHDRAWN: QCoreApplication.translate("Labels", "Withdrawn"),
    }


def channel_labels() -> dict[Channel, str]:
    return {
        Channel.POST: QCoreApplication.translate("Labels", "Post"),
        Channel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        Channel.WEB: QCoreApplication.translate("Labels", "Web form"),
        Channel.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
    }


def language_labels() -> dict[Language, str]:
    return {
        Language.FR: QCoreApplication.translate("Labels", "French"),
        Language.EN: QCoreApplication.translate("Labels", "English"),
    }


def relation_labels() -> dict[Relation, str]:
    return {
        Relation.CUSTOMER: QCoreApplication.translate("Labels", "Customer"),
        Relation.PROSPECT: QCoreApplication.translate("Labels", "Prospect"),
        Relation.EMPLOYEE: QCoreApplication.translate("Labels", "Employee"),
        Relation.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def outcome_labels() -> dict[Outcome, str]:
    return {
        Outcome.GRANTED: QCoreApplication.translate("Labels", "Granted"),
        Outcome.PARTLY: QCoreApplication.translate("Labels", "Partly granted"),
        Outcome.REFUSED: QCoreApplication.translate("Labels", "Refused"),
        Outcome.NO_DATA: QCoreApplication.translate("Labels", "No data held"),
    }


def rights_text(rights) -> str:
    labels = right_labels()
    return ", ".join(labels[r] for r in rights)


def format_date(day: date | None) -> str:
    """'26 nov. 2026' / '26 Nov 2026': day first and the month in words, never ambiguous."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def format_datetime(instant: datetime | None) -> str:
    if instant is None:
        return ""
    local = instant.astimezone(PARIS)
    return f"{format_date(local.date())} {local:%H:%M}"


def days_left_text(days: int | None, state: State) -> str:
    if state is State.AWAITING_IDENTITY:
        return QCoreApplication.translate("Labels", "suspended")
    if days is None:
        return "—"
    if days == 0:
        return QCoreApplication.translate("Labels", "due today")
    if days < 0:
        return QCoreApplication.translate("Labels", "%n day(s) late", "", -days)
    return QCoreApplication.translate("Labels", "%n day(s)", "", days)


def received_source_labels() -> dict[str, str]:
    return {
        "date": QCoreApplication.translate("Intake", "from the message's Date header"),
        "received": QCoreApplication.translate(
            "Intake", "from the newest Received: header (the Date header is missing, unreadable or not believable)"),
        "file": QCoreApplication.translate(
            "Intake", "from the file's modification time (no usable date in the message): check it"),
        "server": QCoreApplication.translate(
            "Intake", "from the mail server's arrival time (no usable date in the message): check it"),
        "now": QCoreApplication.translate("Intake", "the time of the import (no usable date anywhere): check it"),
    }
