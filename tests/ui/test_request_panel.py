"""The request panel: each action through its dialog, the state badge, the buttons, the deadline and the timeline.

`ActionDialog.exec` is replaced by a script that fills the dialog as a DPO would
and says how it was closed; everything else (the panel, the workbench, the
database, the FixedClock) is real.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Outcome, Right
from dpo_workbench.ui.requests.panel import ActionDialog, RequestPanel

from .conftest import OVERDUE, RUNNING, D, journal_actions

ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected
BUTTONS = ("ask_identity", "identity_received", "extend", "answer", "close", "withdraw")


class ScriptedDialogs:
    """Plays the person in front of each ActionDialog, one step per `exec()`."""

    def __init__(self, monkeypatch):
        self.steps: list[Callable[[ActionDialog], QDialog.DialogCode]] = []
        self.seen: list[ActionDialog] = []
        self.errors_on_entry: list[str | None] = []
        monkeypatch.setattr(ActionDialog, "exec", lambda dialog: self._exec(dialog))

    def then(self, step) -> ScriptedDialogs:
        self.steps.append(step)
        return self

    def _exec(self, dialog: ActionDialog):
        self.seen.append(dialog)
        self.errors_on_entry.append(dialog.error.text() if dialog.error.isVisibleTo(dialog) else None)
        assert self.steps, "an unexpected dialog opened"
        return self.steps.pop(0)(dialog)


def accept(*, on: date | None = None, reason: str | None = None, outcome: Outcome | None = None):
    def step(dialog: ActionDialog):
        if on is not None:
            dialog.on.setDate(QDate(on.year, on.month, on.day))
        if reason is not None:
            dialog.reason.setPlainText(reason)
        if outcome is not None:
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
        return ACCEPTED
    return step


def cancel(dialog):
    return REJECTED


@pytest.fixture
def dialogs(monkeypatch) -> ScriptedDialogs:
    return ScriptedDialogs(monkeypatch)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Texts of the 'Please note' / 'Not possible' message boxes, which would otherwise block."""
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def panel(qtbot, workbench):
    p = RequestPanel(workbench)
    qtbot.addWidget(p)
    return p


def plain(label_text: str) -> str:
    return re.sub(r"<[^>]+>", "", label_text)


def enabled(panel) -> set[str]:
    return {key for key in BUTTONS if panel.buttons[key].isEnabled()}


def timeline(panel) -> str:
    return panel.timeline.toPlainText()


def click(panel, qtbot, key):
    with qtbot.waitSignal(panel.changed, timeout=1000) as blocker:
        panel.buttons[key].click()
    return blocker.args


# -- showing -------------------------------------------------------------------------------


def test_open_request_shows_details_deadline_and_actions(panel, log_request):
    logged = log_request("Élodie Lefèvre", received=RUNNING, rights=[Right.ACCESS, Right.PORTABILITY],
                         email="elodie.lefevre@exemple.fr")
    assert panel.detail is None and panel.placeholder.isVisibleTo(panel)

    panel.show_request(logged.id)

    assert panel.title.text() == logged.reference
    assert panel.state_badge.text() == "Open"
    assert panel.field_labels["name"].text() == "Élodie Lefèvre"
    assert panel.field_labels["email"].text() == "elodie.lefevre@exemple.fr"
    assert panel.field_labels["rights"].text() == "Access, Portability"
    assert panel.field_labels["received"].text() == "20 Nov 2026"
    assert panel.field_labels["outcome"].text() == "—"
    assert plain(panel.deadline.text()) == ("Due date: 21 Dec 2026 (25 day(s)).One month from receipt: "
                                            "21 Dec 2026.")
    assert enabled(panel) == {"ask_identity", "extend", "answer", "withdraw"}
    assert "Request received (Web form). Due date: 21 Dec 2026." in timeline(panel)
    assert "recorded 26 Nov 2026 10:00 by dpo-test" in timeline(panel)
    assert not panel.placeholder.isVisibleTo(panel)


# -- identity -----------------------------------------------------------------------------------


def test_ask_identity_suspends_the_clock(panel, qtbot, workbench, log_request, dialogs):
    logged = log_request(received=RUNNING)
    panel.show_request(logged.id)
    dialogs.then(accept())

    assert click(panel, qtbot, "ask_identity") == [logged.id]

    dialog = dialogs.seen[0]
    assert dialog.windowTitle() == "Ask for identity information"
    assert dialog.date() == D("2026-11-26")  # today by default
    assert dialog.on.minimumDate() == QDate(2026, 11, 20)  # not before receipt
    assert dialog.on.maximumDate() == QDate(2026, 11, 26)  # nor in the future
    assert panel.state_badge.text() == "Awaiting identity"
    assert enabled(panel) == {"identity_received", "extend", "answer", "withdraw"}
    assert plain(panel.deadline.text()).startswith(
        "Clock suspended since 26 Nov 2026 while identity information is awaited. "
        "If it arrives today, the due date will be 21 Dec 2026.")
    assert "Identity information asked for: the clock is suspended until it arrives." in timeline(panel)
    assert workbench.requests.detail(logged.id).state is State.AWAITING_IDENTITY
    assert journal_actions(workbench, "request.identity-requested") == [logged.reference]


def test_cancelled_dialog_changes_nothing(panel, workbench, log_request, dialogs):
    logged = log_request(received=RUNNING)
    panel.show_request(logged.id)

    def change_date_then_cancel(dialog):
        dialog.on.setDate(QDate(2026, 11, 24))
        return REJECTED

    dialogs.then(change_date_then_cancel)
    panel.buttons["ask_identity"].click()
    assert len(dialogs.seen) == 1
    assert panel.state_badge.text() == "Open"
    assert journal_actions(workbench, "request.identity-requested") == []


def test_identity_received_after_five_days_moves_the_due_date(panel, qtbot, clock, workbench, log_request,
                                                               dialogs):
    logged = log_request(received=RUNNING)  # due Mon 21 Dec
    panel.show_request(logged.id)
    dialogs.then(accept())
    click(panel, qtbot, "ask_identity")  # Thu 26 Nov

    clock.advance(days=5)  # Tue 1 Dec
    dialogs.then(accept())
    click(panel, qtbot, "identity_received")

    dialog = dialogs.seen[-1]
    assert dialog.date() == D("2026-12-01")
    assert dialog.on.minimumDate() == QDate(2026, 11, 26)  # not before it was asked for
    # 20 Dec + 5 days = Fri 25 Dec, Christmas; then Saturday and Sunday: Monday 28 Dec
    assert workbench.requests.detail(logged.id).due_on == D("2026-12-28")
    assert panel.state_badge.text() == "Open"
    assert enabled(panel) == {"ask_identity", "extend", "answer", "withdraw"}
    assert plain(panel.deadline.text()) == (
        "Due date: 28 Dec 2026 (27 day(s)).One month from receipt: 28 Dec 2026; "
        "including 5 day(s) of suspension.")
    assert ("Identity information received after 5 day(s): the due date moves to 28 Dec 2026."
            in timeline(panel))


# -- extension ----------------------------------------------------------------------------------


def test_extension_needs_a_reason_then_is_granted_once(panel, qtbot, workbench, log_request, dialogs,
                                                         warnings):
    logged = log_request(received=RUNNING)
    panel.show_request(logged.id)
    dialogs.then(accept(reason="   ")).then(cancel)

    panel.buttons["extend"].click()

    assert len(dialogs.seen) == 2 and dialogs.seen[0] is dialogs.seen[1]  # the same dialog, kept open
    assert dialogs.errors_on_entry == [
        None, "An extension needs a reason: the person must be told why (Art. 12(3))."]
    assert not workbench.requests.detail(logged.id).extended
    assert "extend" in enabled(panel)
    assert "Deadline extended" not in timeline(panel)
    assert journal_actions(workbench, "request.extended") == []

    reason = "Search in six years of backups across two services."
    dialogs.then(accept(reason=reason))
    click(panel, qtbot, "extend")

    assert warnings == []
    detail = workbench.requests.detail(logged.id)
    assert detail.extended and detail.due_on == D("2027-02-22")  # 20 Feb 2027 is a Saturday
    assert "extend" not in enabled(panel)
    assert enabled(panel) == {"ask_identity", "answer", "withdraw"}
    assert panel.field_labels["extension"].text() == reason
    assert plain(panel.deadline.text()).startswith("Due date: 22 Feb 2027 (88 day(s)).")
    assert "extended by two months (three months from receipt)" in plain(panel.deadline.text())
    assert f"Deadline extended by two months, to 22 Feb 2027. Reason: {reason}" in timeline(panel)


def test_error_then_fixed_in_the_same_dialog(panel, workbench, log_request, dialogs):
    logged = log_request(received=RUNNING)
    panel.show_request(logged.id)

    def type_reason(dialog):
        assert dialog.reason.toPlainText() == ""  # what was typed is still there
        dialog.reason.setPlainText("Complex request.")
        return ACCEPTED

    dialogs.then(accept(reason="")).then(type_reason)
    panel.buttons["extend"].click()
    assert dialogs.seen[0] is dialogs.seen[1]
    assert workbench.requests.detail(logged.id).extension_reason == "Complex request."


def test_extension_after_the_one_month_date_warns(panel, qtbot, workbench, log_request, dialogs, warnings):
    logged = log_request(received=OVERDUE)  # one month: Mon 2 Nov
    panel.show_request(logged.id)
    seen = {}

    def late_then_early_then_late(dialog):
        dialog.on.setDate(QDate(2026, 11, 10))
        seen["late"] = (dialog.warning.isVisibleTo(dialog), dialog.warning.text())
        dialog.on.setDate(QDate(2026, 10, 30))
        seen["in time"] = dialog.warning.isVisibleTo(dialog)
        dialog.on.setDate(QDate(2026, 11, 10))
        dialog.reason.setPlainText("Complex request.")
        return ACCEPTED

    dialogs.then(late_then_early_then_late)
    click(panel, qtbot, "extend")

    visible, text = seen["late"]
    assert visible
    assert text == ("This date is after the one-month deadline (2 Nov 2026): the law requires the person "
                    "to be told of the extension within the first month.")
    assert seen["in time"] is False
    # the extension is recorded, and the DPO is told again once it is
    assert workbench.requests.detail(logged.id).extended
    assert len(warnings) == 1 and "after the one-month deadline (2\xa0Nov\xa02026)" in warnings[0]


# -- answer, close, withdraw ----------------------------------------------------------------------------


def test_refusal_without_reason_keeps_the_dialog_open_with_the_error(panel, workbench, log_request, dialogs):
    logged = log_request(received=RUNNING)
    panel.show_request(logged.id)
    dialogs.then(accept(outcome=Outcome.REFUSED, reason="")).then(cancel)

    panel.buttons["answer"].click()

    assert dialogs.seen[0] is dialogs.seen[1]
    assert dialogs.errors_on_entry[1].startswith("A refusal, even partial, must give its reasons")
    assert dialogs.seen[1].outcome_value() == Outcome.REFUSED  # the choice is kept
    assert workbench.requests.detail(logged.id).state is State.OPEN
    assert panel.state_badge.text() == "Open"
    assert journal_actions(workbench, "request.answered") == []

    reason = "Processing is lawful and needed for the contract."
    dialogs.then(accept(outcome=Outcome.REFUSED, reason=reason))
    panel.buttons["answer"].click()
    assert panel.state_badge.text() == "Answered"
    assert panel.field_labels["outcome"].text() == f"Refused — {reason}"
    assert f"Answered: Refused. Reason: {reason}" in timeline(panel)


def test_answer_granted_then_close(panel, qtbot, workbench, log_request, dialogs):
    logged = log_request(received=RUNNING)
    panel.show_request(logged.id)
    assert "close" not in enabled(panel)
    dialogs.then(accept(outcome=Outcome.GRANTED))

    click(panel, qtbot, "answer")

    assert panel.state_badge.text() == "Answered"
    assert enabled(panel) == {"close"}
    assert panel.field_labels["outcome"].text() == "Granted"
    assert "Answered: Granted." in timeline(panel)
    assert plain(panel.deadline.text()).startswith("Due date was 21 Dec 2026.")

    click(panel, qtbot, "close")  # no dialog: nothing to fill in

    assert len(dialogs.seen) == 1
    assert panel.state_badge.text() == "Closed"
    assert enabled(panel) == set()
    assert "Request closed." in timeline(panel)
    assert workbench.requests.detail(logged.id).state is State.CLOSED
    assert journal_actions(workbench, "request.closed") == [logged.reference]
    text = timeline(panel)
    assert text.index("Request received") < text.index("Answered: Granted.") < text.index("Request closed.")


def test_late_answer_is_flagged(panel, log_request, dialogs, warnings):
    logged = log_request(received=OVERDUE)  # due 2 Nov
    panel.show_request(logged.id)
    seen = {}

    def answer_today(dialog):
        seen["warning"] = dialog.warning.isVisibleTo(dialog), dialog.warning.text()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.NO_DATA))
        return ACCEPTED

    dialogs.then(answer_today)
    panel.buttons["answer"].click()
    assert seen["warning"] == (True, "This date is after the due date (2 Nov 2026): the answer is late.")
    # the date in words, as the GUI shows it
    assert warnings == ["The answer is late: the deadline was 2\xa0Nov\xa02026."]
    assert panel.state_badge.text() == "Answered"


def test_withdraw_while_awaiting_identity(panel, qtbot, workbench, log_request, dialogs):
    logged = log_request(received=RUNNING, state="awaiting")
    panel.show_request(logged.id)
    assert enabled(panel) == {"identity_received", "extend", "answer", "withdraw"}
    dialogs.then(accept())

    click(panel, qtbot, "withdraw")

    assert dialogs.seen[0].windowTitle() == "The person withdrew the request"
    assert panel.state_badge.text() == "Withdrawn"
    assert enabled(panel) == set()
    assert "Request withdrawn by the person." in timeline(panel)
    assert workbench.requests.detail(logged.id).state is State.WITHDRAWN
    assert journal_actions(workbench, "request.withdrawn") == [logged.reference]


def test_granting_while_identity_is_awaited_is_refused_in_the_dialog(panel, workbench, log_request, dialogs):
    logged = log_request(received=RUNNING, state="awaiting")
    panel.show_request(logged.id)
    dialogs.then(accept(outcome=Outcome.GRANTED)).then(cancel)
    panel.buttons["answer"].click()
    assert dialogs.errors_on_entry[1] == ("Identity information is still awaited: record its receipt first, "
                                          "or refuse the request giving the reason.")
    assert panel.state_badge.text() == "Awaiting identity"
    assert workbench.requests.detail(logged.id).state is State.AWAITING_IDENTITY


def test_the_grounds_of_a_refusal_and_of_an_extension_are_recorded(panel, qtbot, workbench, log_request, dialogs):
    """What the annual report counts: the ground is asked for a refusal (not for a granted answer)."""
    from dpo_workbench.core.rights import ExtensionGround, RefusalGround

    extended = log_request(received=RUNNING)
    panel.show_request(extended.id)

    def choose(ground):
        def step(dialog: ActionDialog):
            dialog.reason.setPlainText("Twelve services to search")
            dialog.ground.setCurrentIndex(dialog.ground.findData(ground.value))
            return ACCEPTED
        return step

    dialogs.then(choose(ExtensionGround.NUMBER_OF_REQUESTS))
    click(panel, qtbot, "extend")
    refused = log_request(received=RUNNING, state="awaiting")
    panel.show_request(refused.id)

    def refuse(dialog: ActionDialog):
        assert not dialog.ground.isEnabled()  # granted by default: no ground
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.REFUSED))
        assert dialog.ground.isEnabled()
        assert dialog.ground.currentData() == RefusalGround.IDENTITY_NOT_PROVEN.value  # identity still awaited
        dialog.reason.setPlainText("No answer to our letter")
        return ACCEPTED

    dialogs.then(refuse)
    click(panel, qtbot, "answer")
    rows = {r.reference: r for r in workbench.reports.export_rows(
        workbench.reports.list_ids(), personal_data=False, fmt="json")}
    assert rows[extended.reference].extension_ground == "number-of-requests"
    assert rows[refused.reference].refusal_ground == "identity-not-proven"
