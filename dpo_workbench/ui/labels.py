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
from dpo_workbench.core.rights import Channel, Outcome, Relation, Right


def right_labels() -> dict[Right, str]:
    t = QCoreApplication.translate
    return {
        Right.ACCESS: t("Labels", "Access"),
        Right.RECTIFICATION: t("Labels", "Rectification"),
        Right.ERASURE: t("Labels", "Erasure"),
        Right.RESTRICTION: t("Labels", "Restriction"),
        Right.PORTABILITY: t("Labels", "Portability"),
        Right.OBJECTION: t("Labels", "Objection"),
        Right.AUTOMATED_DECISION: t("Labels", "Automated decision"),
        Right.POST_MORTEM: t("Labels", "Post-mortem directives"),
        Right.CONSENT_WITHDRAWAL: t("Labels", "Consent withdrawal"),
        Right.OTHER: t("Labels", "Other"),
    }


def state_labels() -> dict[State, str]:
    t = QCoreApplication.translate
    return {
        State.OPEN: t("Labels", "Open"),
        State.AWAITING_IDENTITY: t("Labels", "Awaiting identity"),
        State.ANSWERED: t("Labels", "Answered"),
        State.CLOSED: t("Labels", "Closed"),
        State.WITHDRAWN: t("Labels", "Withdrawn"),
    }


def channel_labels() -> dict[Channel, str]:
    t = QCoreApplication.translate
    return {
        Channel.POST: t("Labels", "Post"),
        Channel.EMAIL: t("Labels", "E-mail"),
        Channel.WEB: t("Labels", "Web form"),
        Channel.IN_PERSON: t("Labels", "In person"),
    }


def relation_labels() -> dict[Relation, str]:
    t = QCoreApplication.translate
    return {
        Relation.CUSTOMER: t("Labels", "Customer"),
        Relation.PROSPECT: t("Labels", "Prospect"),
        Relation.EMPLOYEE: t("Labels", "Employee"),
        Relation.OTHER: t("Labels", "Other"),
    }


def outcome_labels() -> dict[Outcome, str]:
    t = QCoreApplication.translate
    return {
        Outcome.GRANTED: t("Labels", "Granted"),
        Outcome.PARTLY: t("Labels", "Partly granted"),
        Outcome.REFUSED: t("Labels", "Refused"),
        Outcome.NO_DATA: t("Labels", "No data held"),
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
    t = QCoreApplication.translate
    if state is State.AWAITING_IDENTITY:
        return t("Labels", "suspended")
    if days is None:
        return "—"
    if days == 0:
        return t("Labels", "due today")
    if days < 0:
        return t("Labels", "%n day(s) late", "", -days)
    return t("Labels", "%n day(s)", "", days)
