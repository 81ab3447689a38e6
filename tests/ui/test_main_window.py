"""The main window: counts strip, filters, search, selection shown in the panel, logging a new request."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.requests.new_request import NewRequestDialog
from dpo_workbench.ui.requests.register_model import ID_ROLE

from .conftest import DUE_TODAY, OVERDUE, RUNNING, SOON, D, journal_actions, request_id

# the offscreen platform plugin warns when a shown window's size hints change; not the application's doing
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")



@pytest.fixture
def requests(log_request):
    """Seven requests seen from Thursday 26 November 2026; the keys say what each one is."""
    return {
        "late": log_request("Élodie Lefèvre", received=OVERDUE, channel=Channel.EMAIL,
                            email="elodie.lefevre@exemple.fr", rights=[Right.ACCESS]),
        "soon": log_request("Jean-Baptiste Moreau", received=SOON, channel=Channel.EMAIL,
                            email="jb.moreau@exemple.fr", rights=[Right.ERASURE]),
        "today": log_request("Inès Haddad", received=DUE_TODAY, rights=[Right.OBJECTION]),
        "running": log_request("Chloé Da Silva", received=RUNNING, rights=[Right.ACCESS, Right.PORTABILITY]),
        "waiting": log_request("Karim Benali", received=D("2026-11-18"), state="awaiting"),
        # suspended with a stored due date in the past: not overdue, the clock is stopped
        "waiting_old": log_request("Agnès Ducœur", received=OVERDUE, state="awaiting", rights=[Right.ERASURE]),
        "closed": log_request("Margaux Fontaine", received=SOON, state="closed", rights=[Right.ERASURE]),
    }


@pytest.fixture
def window(qtbot, workbench, requests):
    w = MainWindow(workbench)
    qtbot.addWidget(w)
    return w


def shown_ids(window) -> set[int]:
    model = window.model
    return {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}


def ids(requests, *keys) -> set[int]:
    return {requests[k].id for k in keys}


OPEN_KEYS = ("late", "soon", "today", "running", "waiting", "waiting_old")


# -- counts strip and default view ----------------------------------------------------


def test_counts_strip_matches_the_data(window, workbench):
    cards = window.cards
    assert {k: c.count for k, c in cards.items()} == {"active": 6, "soon": 2, "overdue": 1, "awaiting": 2}
    assert cards["active"].text() == "6\nopen"
    assert cards["soon"].text() == "2\ndue within 7 days"
    assert cards["overdue"].text() == "1\noverdue"
    assert cards["awaiting"].text() == "2\nawaiting identity"
    counts = workbench.requests.counts()
    assert (counts.open, counts.due_soon, counts.overdue, counts.awaiting_identity) == (6, 2, 1, 2)


def test_default_view_shows_open_requests_soonest_first(window, requests):
    assert window.urgency_filter.currentData() == "active"
    assert shown_ids(window) == ids(requests, *OPEN_KEYS)
    assert window.cards["active"].isChecked()
    assert not any(window.cards[k].isChecked() for k in ("soon", "overdue", "awaiting"))
    assert window.result_count.text() == "6 request(s)"
    first = window.model.index(0, 0).data(ID_ROLE)
    assert first in ids(requests, "late", "waiting_old")  # both due 2 Nov, the earliest
    assert window.panel.detail is None  # nothing chosen yet


def test_clicking_a_card_filters_and_checks_it_clicking_again_clears(window, qtbot, requests):
    qtbot.mouseClick(window.cards["overdue"], Qt.MouseButton.LeftButton)
    assert window.cards["overdue"].isChecked()
    assert not window.cards["active"].isChecked()
    assert window.urgency_filter.currentData() == "overdue"
    assert shown_ids(window) == ids(requests, "late")
    assert window.result_count.text() == "1 request(s)"

    qtbot.mouseClick(window.cards["soon"], Qt.MouseButton.LeftButton)
    assert window.cards["soon"].isChecked() and not window.cards["overdue"].isChecked()
    assert shown_ids(window) == ids(requests, "soon", "today")

    qtbot.mouseClick(window.cards["soon"], Qt.MouseButton.LeftButton)
    assert not any(card.isChecked() for card in window.cards.values())
    assert window.urgency_filter.currentData() is None
    assert shown_ids(window) == {r.id for r in requests.values()}  # every request, closed included

    qtbot.mouseClick(window.cards["active"], Qt.MouseButton.LeftButton)
    assert window.cards["active"].isChecked()
    assert shown_ids(window) == ids(requests, *OPEN_KEYS)


def test_awaiting_card_filters_suspended_requests(window, qtbot, requests):
    qtbot.mouseClick(window.cards["awaiting"], Qt.MouseButton.LeftButton)
    assert window.cards["awaiting"].isChecked()
    assert shown_ids(window) == ids(requests, "waiting", "waiting_old")


# -- search ---------------------------------------------------------------------------------


def search(window, qtbot, text):
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)


def test_search_by_name_is_accent_and_case_insensitive(window, qtbot, requests):
    search(window, qtbot, "lefevre")
    assert shown_ids(window) == ids(requests, "late")
    search(window, qtbot, "ELODIE lef")
    assert shown_ids(window) == ids(requests, "late")
    window.search.setText("Chloé")  # typed with the accent
    window.search.returnPressed.emit()
    assert shown_ids(window) == ids(requests, "running")
    window.search.setText("agnes")
    window.apply_filters()
    assert shown_ids(window) == ids(requests, "waiting_old")
    assert window.result_count.text() == "1 request(s)"


@pytest.mark.parametrize("name, typed", [("Agnès Ducœur", "ducoeur"), ("Søren Østergaard", "ostergaard"),
                                         ("Łucja Wiśniewska", "lucja wisniewska")])
def test_search_folds_letters_without_a_decomposition(window, log_request, name, typed):
    """NFKD leaves œ, ø, ł whole: typed on a French keyboard they must still match."""
    logged = log_request(name, received=RUNNING)
    window.search.setText(typed)
    window.apply_filters()
    assert logged.id in shown_ids(window)


def test_search_by_email_and_reference(window, qtbot, requests):
    search(window, qtbot, "jb.moreau@exemple")
    assert shown_ids(window) == ids(requests, "soon")
    search(window, qtbot, requests["running"].reference.lower())
    assert shown_ids(window) == ids(requests, "running")
    search(window, qtbot, "nobody@nowhere")
    assert shown_ids(window) == set()
    assert window.result_count.text() == "0 request(s)"


def test_typing_a_search_leaves_the_open_only_view(window, qtbot, requests):
    """Looking for a person means all their requests: typing leaves the default 'open' view."""
    assert window.urgency_filter.currentData() == "active"
    search(window, qtbot, "fontaine")
    assert window.urgency_filter.currentData() is None
    assert shown_ids(window) == ids(requests, "closed")


def test_a_search_within_a_chosen_deadline_filter_keeps_it(window, qtbot, requests):
    window.urgency_filter.setCurrentIndex(window.urgency_filter.findData("overdue"))
    search(window, qtbot, "fontaine")
    assert window.urgency_filter.currentData() == "overdue"
    assert shown_ids(window) == set()


def test_typing_applies_the_search_after_a_pause(window, qtbot, requests):
    qtbot.keyClicks(window.search, "benali")
    assert window._search_timer.isActive()  # debounced, not applied per key
    qtbot.waitUntil(lambda: shown_ids(window) == ids(requests, "waiting"))


# -- combos ------------------------------------------------------------------------------------


def test_urgency_combo_filters(window, requests):
    combo = window.urgency_filter
    combo.setCurrentIndex(combo.findData("overdue"))
    assert shown_ids(window) == ids(requests, "late")
    assert window.cards["overdue"].isChecked()
    combo.setCurrentIndex(combo.findData("soon"))
    assert shown_ids(window) == ids(requests, "soon", "today")
    combo.setCurrentIndex(combo.findData(None))
    assert len(shown_ids(window)) == 7
    assert not any(card.isChecked() for card in window.cards.values())
    combo.setCurrentIndex(combo.findData("active"))
    assert shown_ids(window) == ids(requests, *OPEN_KEYS)


def test_state_combo_filters(window, requests):
    """The combo's item data comes back as a plain str, not the State: the query must still get a State."""
    window.urgency_filter.setCurrentIndex(window.urgency_filter.findData(None))
    combo = window.state_filter
    combo.setCurrentIndex(combo.findData(State.CLOSED))
    assert shown_ids(window) == ids(requests, "closed")
    combo.setCurrentIndex(combo.findData(State.AWAITING_IDENTITY))
    assert shown_ids(window) == ids(requests, "waiting", "waiting_old")
    assert window.cards["awaiting"].isChecked()


def test_right_combo_filters(window, requests):
    combo = window.right_filter
    combo.setCurrentIndex(combo.findData(Right.PORTABILITY))
    assert shown_ids(window) == ids(requests, "running")
    combo.setCurrentIndex(combo.findData(Right.ERASURE))
    assert shown_ids(window) == ids(requests, "soon", "waiting_old")  # the closed one is not open


def test_set_filters_with_a_state(window, requests):
    window.set_filters(state=State.CLOSED)
    assert shown_ids(window) == ids(requests, "closed")


# -- choosing a request -------------------------------------------------------------------------


def click_request(window, qtbot, request_id):
    row = window.model.row_of(request_id)
    assert row >= 0
    rect = window.table.visualRect(window.model.index(row, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_selecting_a_row_shows_the_request_and_journals_a_view(window, qtbot, workbench, requests):
    window.show()
    qtbot.waitExposed(window)
    assert journal_actions(workbench, "request.view") == []

    running = requests["running"]
    click_request(window, qtbot, running.id)
    assert window.selected_id() == running.id
    panel = window.panel
    assert panel.detail.id == running.id
    assert panel.title.text() == running.reference
    assert panel.field_labels["name"].text() == "Chloé Da Silva"
    assert panel.field_labels["rights"].text() == "Access, Portability"
    assert panel.state_badge.text() == "Open"
    assert panel.body.isVisible() and not panel.placeholder.isVisible()
    assert journal_actions(workbench, "request.view") == [running.reference]

    late = requests["late"]
    click_request(window, qtbot, late.id)
    assert panel.title.text() == late.reference
    assert journal_actions(workbench, "request.view") == [running.reference, late.reference]

    # a refresh of the register keeps the selection and does not read the request again
    window.apply_filters()
    assert window.selected_id() == late.id
    assert journal_actions(workbench, "request.view") == [running.reference, late.reference]


# -- logging a new request -----------------------------------------------------------------------


def test_new_request_appears_in_the_register_and_is_selected(window, workbench, monkeypatch):
    def fill_and_save(dialog):
        dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.WEB))
        dialog.name.setText("Anaïs Perrin")
        dialog.email.setText("anais.perrin@exemple.fr")
        dialog.right_boxes[Right.RECTIFICATION].setChecked(True)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(NewRequestDialog, "exec", fill_and_save)
    reference = window.new_request()

    assert reference == "DSR-2026-0008"
    new_id = request_id(workbench, reference)
    assert new_id in shown_ids(window)
    assert window.selected_id() == new_id
    assert window.panel.detail.reference == reference
    assert window.panel.field_labels["name"].text() == "Anaïs Perrin"
    assert window.cards["active"].count == 7
    assert window.result_count.text() == "7 request(s)"
    assert window.statusBar().currentMessage() == f"Request {reference} logged."
    assert journal_actions(workbench, "request.create")[-1] == reference
    assert journal_actions(workbench, "request.view") == [reference]


def test_cancelled_new_request_writes_nothing(window, workbench, monkeypatch):
    def type_then_cancel(dialog):
        dialog.name.setText("Anaïs Perrin")
        dialog.right_boxes[Right.ACCESS].setChecked(True)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(NewRequestDialog, "exec", type_then_cancel)
    assert window.new_request() is None
    assert workbench.requests.total() == 7
    assert len(shown_ids(window)) == 6


def test_a_closed_window_reads_nothing_more(window):
    from PySide6.QtCore import QTimer

    running = [t for t in window.findChildren(QTimer) if t.isActive()]
    assert running  # the breach countdown and the purge of ID copies tick while the window is open
    window.close()
    assert not [t for t in window.findChildren(QTimer) if t.isActive()]
