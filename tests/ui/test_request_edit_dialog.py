"""Modify…: the request's form filled with what was logged, the due date it would get, the panel after saving.

Dates are relative to the FixedClock (Thursday 26 November 2026); dates in English.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from dpo_workbench.core.rights import Channel, Relation
from dpo_workbench.ui.requests.edit_request import EditRequestDialog
from dpo_workbench.ui.requests.panel import RequestPanel

from .conftest import RUNNING, journal_actions

ADDRESS = "4 avenue Jean-Jaurès\n69003 Lyon"


def test_the_form_holds_what_was_logged_without_the_rights(qtbot, workbench, log_request):
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS, relation=Relation.PROSPECT)
    dialog = EditRequestDialog(workbench, workbench.requests.detail(r.id))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Modify {r.reference}"
    assert (dialog.name.text(), dialog.address.toPlainText()) == ("Jean Dupont", ADDRESS)
    assert dialog.channel.currentData() == Channel.POST and dialog.relation.currentData() == Relation.PROSPECT
    assert dialog.received_date.date() == QDate(2026, 11, 20)
    assert dialog.rights_box.isHidden()
    assert dialog.due.text() == "Due date: 21 Dec 2026 (unchanged)."  # 20 Dec is a Sunday


def test_changing_the_date_of_receipt_shows_the_new_due_date_before_saving(qtbot, workbench, log_request):
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS, received=RUNNING)
    dialog = EditRequestDialog(workbench, workbench.requests.detail(r.id))
    qtbot.addWidget(dialog)
    dialog.received_date.setDate(QDate(2026, 11, 16))
    assert dialog.due.text() == "New due date: 16 Dec 2026 (it was 21 Dec 2026)."
    assert workbench.requests.detail(r.id).due_on == date(2026, 12, 21)  # nothing saved yet


def test_bad_input_is_shown_under_its_field_and_nothing_is_saved(qtbot, workbench, log_request):
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS)
    dialog = EditRequestDialog(workbench, workbench.requests.detail(r.id))
    qtbot.addWidget(dialog)
    dialog.address.setPlainText("4 avenue Jean-Jaurès\n69003")
    dialog.name.setText("Jean Dupond")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.edit_result is None
    assert dialog.errors["address"].isVisibleTo(dialog)
    assert dialog.errors["address"].text().startswith("The postal address has the postcode 69003 but no town")
    assert dialog.name.text() == "Jean Dupond"  # nothing typed is lost
    assert workbench.requests.detail(r.id).requester_name == "Jean Dupont"
    assert journal_actions(workbench, "request.edit") == []


def test_modify_saves_and_the_panel_says_where_the_due_date_moved(qtbot, workbench, log_request, monkeypatch):
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS, received=RUNNING)
    panel = RequestPanel(workbench)
    qtbot.addWidget(panel)
    panel.show_request(r.id)
    assert panel.buttons["edit"].text() == "Modify…" and panel.buttons["edit"].isEnabled()

    def correct(dialog: EditRequestDialog):
        dialog.received_date.setDate(QDate(2026, 11, 16))
        dialog.email.setText("jean.dupont@example.org")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EditRequestDialog, "exec", correct)
    with qtbot.waitSignal(panel.changed):
        assert panel.edit()
    assert panel.notice.isVisibleTo(panel)
    assert panel.notice.text() == "Corrections saved. The due date moves from 21 Dec 2026 to 16 Dec 2026."
    assert panel.field_labels["email"].text() == "jean.dupont@example.org"
    history = panel.timeline.toPlainText()
    assert ("Details corrected: e-mail — → “jean.dupont@example.org”; date received 20 Nov 2026 → 16 Nov 2026. "
            "The due date moves from 21 Dec 2026 to 16 Dec 2026.") in history
    assert journal_actions(workbench, "request.edit") == [r.reference]
    panel.show_request(None)
    assert not panel.notice.isVisibleTo(panel)


def test_an_e_mail_logged_without_its_time_is_corrected_by_date_and_no_time_is_made_up(qtbot, workbench,
                                                                                      log_request):
    r = log_request("Jean Dupont", channel=Channel.EMAIL, email="jean@example.org")
    dialog = EditRequestDialog(workbench, workbench.requests.detail(r.id))
    qtbot.addWidget(dialog)
    assert not dialog.received_date_row.isHidden() and dialog.received_time_row.isHidden()
    dialog.received_date.setDate(QDate(2026, 11, 18))
    dialog.save()
    d = workbench.requests.detail(r.id)
    assert d.received_on == date(2026, 11, 18) and d.received_at is None
