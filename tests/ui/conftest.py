"""Shared UI fixtures: English dates, and a quick way to log requests at known dates.

Dates below are relative to the FixedClock of tests/conftest.py: Thursday
26 November 2026, 10:00 in Paris, region FR.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import select

from dpo_workbench.core.rights import Channel, Outcome, Relation, Right
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.store.models import AuditEntry, Request
from dpo_workbench.ui.widgets import i18n
from dpo_workbench.workbench import Workbench

D = date.fromisoformat

# Received on -> due on (one month, then the next working day), seen from 26 Nov 2026.
OVERDUE = D("2026-10-01")  # due Mon 2 Nov (1 Nov is a Sunday and All Saints' Day): 24 days late
DUE_TODAY = D("2026-10-26")  # due Thu 26 Nov: due today
SOON = D("2026-10-30")  # due Mon 30 Nov: 4 days left
RUNNING = D("2026-11-20")  # due Mon 21 Dec (20 Dec is a Sunday): 25 days left


@dataclass(frozen=True)
class Logged:
    id: int
    reference: str


@pytest.fixture(autouse=True)
def no_translator_left() -> Iterator[None]:
    """A test that starts the application installs translators (children of the app): remove them after,
    or the tests that follow would see translated texts."""
    yield
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.setParent(None)


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    """Dates are formatted with the default QLocale: pin it to English, then put it back."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def request_id(workbench: Workbench, reference: str) -> int:
    with workbench.db.reading() as s:
        return s.execute(select(Request.id).where(Request.reference == reference)).scalar_one()


def journal_actions(workbench: Workbench, action: str) -> list[str]:
    """Object ids of the journal entries with this action, oldest first."""
    with workbench.db.reading() as s:
        return list(s.execute(select(AuditEntry.object_id).where(AuditEntry.action == action)
                              .order_by(AuditEntry.id)).scalars())


@pytest.fixture
def log_request(workbench: Workbench) -> Callable[..., Logged]:
    """Log a request through the workbench; returns its id and reference."""

    def log(name: str = "Élodie Lefèvre", *, received: date = RUNNING, rights: Sequence[Right] = (Right.ACCESS,),
            channel: Channel = Channel.WEB, email: str = "", address: str = "", state: str = "open",
            outcome: Outcome = Outcome.GRANTED, relation: Relation = Relation.CUSTOMER) -> Logged:
        reference = workbench.requests.register(NewRequest(
            rights=list(rights), channel=channel, received_on=received, requester_name=name,
            requester_email=email, requester_address=address, relation=relation,
        ))
        if state in ("awaiting", "answered", "closed", "withdrawn", "extended"):
            if state == "awaiting":
                workbench.requests.ask_identity(reference, received)
            elif state == "extended":
                workbench.requests.extend(reference, "Many services to search.", received)
            elif state == "withdrawn":
                workbench.requests.withdraw(reference, received)
            else:
                reason = "Legal obligation to keep invoices." if outcome.needs_reason else ""
                workbench.requests.answer(reference, outcome, reason, received)
                if state == "closed":
                    workbench.requests.close(reference, received)
        elif state != "open":
            raise ValueError(f"unknown state {state!r}")
        return Logged(request_id(workbench, reference), reference)

    return log


@pytest.fixture
def install(qapp):
    """Install the translators of a language; they are removed after the test."""
    installed = []

    def do(language: str):
        translators = i18n.install(qapp, language)
        installed.extend(translators)
        return translators

    yield do
    i18n.remove(qapp, installed)
