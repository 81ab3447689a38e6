"""Logging a new request: what is saved, errors beside their field with nothing lost, channel rows, repeats."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QFormLayout

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Relation, Right
from dpo_workbench.ui.requests.new_request import NewRequestDialog

from .conftest import D, journal_actions


@pytest.fixture
def dialog(qtbot, workbench):
    d = NewRequestDialog(workbench)
    qtbot.addWidget(d)
    return d


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def set_received_at(dialog, day: str, hour: int, minute: int) -> None:
    d = D(day)
    dialog.received_time.setDateTime(QDateTime(QDate(d.year, d.month, d.day), QTime(hour, minute)))


def shown(dialog, widget) -> bool:
    """Visible once the dialog is on screen (the dialog itself is never exec'd here)."""
    return widget.isVisibleTo(dialog)


def visible_errors(dialog) -> dict[str, str]:
    return {field: label.text() for field, label in dialog.errors.items() if shown(dialog, label)}


def form_label(dialog, field_widget):
    form = dialog.layout().itemAt(0).layout()
    assert isinstance(form, QFormLayout)
    return form.labelForField(field_widget)


# -- saving ----------------------------------------------------------------------------------


def test_post_request_with_address_saves_and_returns_a_reference(dialog, workbench):
    assert dialog.channel.currentData() == Channel.POST  # the first choice
    dialog.received_date.setDate(QDate(2026, 11, 23))
    dialog.registered_number.setText("1A 123 456 7890 1")
    dialog.name.setText("  Élodie   Lefèvre ")
    dialog.address.setPlainText("12 rue des Lilas\n75011 Paris")
    dialog.phone.setText("06 12 34 56 78")
    choose(dialog.relation, Relation.EMPLOYEE)
    dialog.right_boxes[Right.ACCESS].setChecked(True)
    dialog.right_boxes[Right.ERASURE].setChecked(True)
    dialog.notes.setPlainText("ID copy enclosed.")

    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reference == "DSR-2026-0001"
    assert visible_errors(dialog) == {}
    detail = workbench.requests.detail(dialog.reference)
    assert detail.channel is Channel.POST
    assert detail.requester_name == "Élodie Lefèvre"
    assert detail.requester_address == "12 rue des Lilas\n75011 Paris"
    assert detail.requester_phone == "06 12 34 56 78"
    assert detail.relation is Relation.EMPLOYEE
    assert detail.rights == (Right.ACCESS, Right.ERASURE)
    assert detail.notes == "ID copy enclosed."
    assert detail.received_on == D("2026-11-23")
    assert detail.received_at is None
    assert detail.due_on == D("2026-12-23")
    assert detail.state is State.OPEN
    assert journal_actions(workbench, "request.create") == ["DSR-2026-0001"]


def test_post_request_keeps_the_registered_number(dialog, workbench):
    dialog.registered_number.setText("1A 123 456 7890 1")
    dialog.name.setText("Élodie Lefèvre")
    dialog.address.setPlainText("12 rue des Lilas\n75011 Paris")
    dialog.right_boxes[Right.ACCESS].setChecked(True)
    dialog.save()
    assert dialog.reference is not None
    assert workbench.requests.detail(dialog.reference).registered_number == "1A 123 456 7890 1"


def test_email_request_uses_the_date_time_field_and_the_paris_date(dialog, workbench):
    choose(dialog.channel, Channel.EMAIL)
    dialog.received_date.setDate(QDate(2026, 11, 2))  # left over from another channel: ignored
    set_received_at(dialog, "2026-11-26", 0, 30)  # 25 Nov 23:30 UTC, but 26 Nov in Paris
    dialog.name.setText("Jean Dupont")
    dialog.email.setText("jean.dupont@exemple.fr")
    dialog.right_boxes[Right.ERASURE].setChecked(True)

    dialog.save()

    assert dialog.result() == QDialog.DialogCode.Accepted
    detail = workbench.requests.detail(dialog.reference)
    assert detail.channel is Channel.EMAIL
    assert detail.received_at == datetime(2026, 11, 26, 0, 30, tzinfo=PARIS)
    assert detail.received_on == D("2026-11-26")
    assert detail.due_on == D("2026-12-28")  # 26 Dec is a Saturday


def test_email_received_in_the_future_is_refused_beside_the_date_time(dialog, workbench):
    choose(dialog.channel, Channel.EMAIL)
    set_received_at(dialog, "2026-11-26", 11, 0)  # the clock says 10:00 in Paris
    dialog.name.setText("Jean Dupont")
    dialog.email.setText("jean.dupont@exemple.fr")
    dialog.right_boxes[Right.ERASURE].setChecked(True)
    dialog.save()
    assert visible_errors(dialog) == {
        "received_at": "The received time 26\u00a0Nov\u00a02026\u00a011:00 is in the future."}
    assert workbench.requests.total() == 0


# -- errors beside the field, nothing lost, nothing written -----------------------------------


def fill_everything(dialog, *, channel=Channel.WEB, name="Jean Dupont", email="jean.dupont@exemple.fr",
                    address="4 avenue Jean-Jaurès\n69003 Lyon", rights=(Right.ACCESS,)) -> dict:
    choose(dialog.channel, channel)
    dialog.received_date.setDate(QDate(2026, 11, 24))
    dialog.name.setText(name)
    dialog.email.setText(email)
    dialog.phone.setText("04 78 00 00 00")
    dialog.address.setPlainText(address)
    choose(dialog.relation, Relation.PROSPECT)
    for right in rights:
        dialog.right_boxes[right].setChecked(True)
    dialog.notes.setPlainText("Asked at the counter.")
    return typed(dialog)


def typed(dialog) -> dict:
    return {
        "channel": dialog.channel.currentData(), "received": dialog.received_date.date(),
        "received_at": dialog.received_time.dateTime(), "registered": dialog.registered_number.text(),
        "name": dialog.name.text(), "email": dialog.email.text(), "phone": dialog.phone.text(),
        "address": dialog.address.toPlainText(), "relation": dialog.relation.currentData(),
        "rights": dialog.selected_rights(), "notes": dialog.notes.toPlainText(),
    }


ERROR_CASES = {
    "no right ticked": (dict(rights=()), "rights", "Tick at least one right invoked by the person."),
    "empty name": (dict(name="   "), "name", "Enter the requester's name."),
    "malformed e-mail": (dict(email="jean.dupont@"), "email",
                         "The e-mail address 'jean.dupont@' is not valid: check it (for example name@example.fr)."),
    "e-mail without address": (dict(channel=Channel.EMAIL, email=""), "email",
                               "A request received by e-mail needs the sender's address."),
    "post without postal address": (dict(channel=Channel.POST, address="  "), "address",
                                    "A request received by post needs the sender's postal address."),
}


@pytest.mark.parametrize("values, field, message", ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_error_beside_the_field_keeps_what_was_typed_and_writes_nothing(dialog, workbench, values, field,
                                                                         message):
    before = fill_everything(dialog, **values)

    dialog.save()

    assert visible_errors(dialog) == {field: message}
    assert typed(dialog) == before
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.reference is None
    assert workbench.requests.total() == 0
    assert journal_actions(workbench, "request.create") == []


@pytest.mark.parametrize("field, widget", [("name", "name"), ("email", "email"), ("address", "address")])
def test_error_label_sits_under_its_own_field(dialog, field, widget):
    assert dialog.errors[field].parentWidget() is getattr(dialog, widget).parentWidget()


def test_rights_error_sits_under_the_rights_box(dialog):
    layout = dialog.layout()
    rights_box = dialog.right_boxes[Right.ACCESS].parentWidget()
    assert layout.indexOf(dialog.rights_error) == layout.indexOf(rights_box) + 1


def test_fixing_the_field_and_saving_again_clears_the_error(dialog, workbench):
    fill_everything(dialog, email="jean.dupont@")
    dialog.save()
    assert set(visible_errors(dialog)) == {"email"}

    dialog.email.setText("jean.dupont@exemple.fr")
    dialog.save()

    assert visible_errors(dialog) == {}
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workbench.requests.detail(dialog.reference).requester_email == "jean.dupont@exemple.fr"


# -- rows that depend on the channel ---------------------------------------------------------------


@pytest.mark.parametrize("channel, date_row, time_row, registered_row", [
    (Channel.POST, True, False, True),
    (Channel.EMAIL, False, True, False),
    (Channel.WEB, True, False, False),
    (Channel.IN_PERSON, True, False, False),
])
def test_channel_shows_its_rows(dialog, channel, date_row, time_row, registered_row):
    choose(dialog.channel, Channel.IN_PERSON if channel is Channel.POST else Channel.POST)
    choose(dialog.channel, channel)
    assert shown(dialog, dialog.received_date_row) is date_row
    assert shown(dialog, dialog.received_time_row) is time_row
    assert shown(dialog, dialog.registered_row) is registered_row


def test_hidden_rows_hide_their_labels(dialog):
    choose(dialog.channel, Channel.WEB)
    assert not shown(dialog, form_label(dialog, dialog.received_time_row))
    assert not shown(dialog, form_label(dialog, dialog.registered_row))
    choose(dialog.channel, Channel.EMAIL)
    assert not shown(dialog, form_label(dialog, dialog.received_date_row))
    assert shown(dialog, form_label(dialog, dialog.received_time_row))


# -- a repeated request ----------------------------------------------------------------------------------


@pytest.fixture
def earlier(log_request):
    """Jean Dupont asked for access in March (within 12 months) and for erasure 14 months ago."""
    access = log_request("Jean Dupont", received=D("2026-03-02"), rights=[Right.ACCESS], channel=Channel.EMAIL,
                         email="jean.dupont@exemple.fr", state="closed")
    log_request("Jean Dupont", received=D("2025-09-15"), rights=[Right.ERASURE], channel=Channel.EMAIL,
                email="jean.dupont@exemple.fr", state="closed")
    return access


def test_repeat_warning_for_the_same_email_and_right_within_twelve_months(dialog, earlier):
    choose(dialog.channel, Channel.WEB)
    dialog.name.setText("J. Dupont")  # spelt differently: the e-mail address says it is the same person
    dialog.email.setText("Jean.Dupont@exemple.fr")
    dialog.right_boxes[Right.ACCESS].setChecked(True)
    dialog.check_repeats()

    assert shown(dialog, dialog.repeat_warning)
    text = dialog.repeat_warning.text()
    assert "already made 1 request(s) for the same right in the last 12 months" in text
    assert f"{earlier.reference} — 2 Mar 2026 — Access — Closed" in text
    assert "Art. 12(5)" in text

    dialog.right_boxes[Right.ACCESS].setChecked(False)
    dialog.right_boxes[Right.ERASURE].setChecked(True)  # asked for 14 months ago: outside the window
    dialog.check_repeats()
    assert not shown(dialog, dialog.repeat_warning)

    dialog.right_boxes[Right.ERASURE].setChecked(False)
    dialog.right_boxes[Right.OBJECTION].setChecked(True)  # never asked for
    dialog.check_repeats()
    assert not shown(dialog, dialog.repeat_warning)


def test_repeat_warning_follows_typing_after_a_pause(dialog, qtbot, earlier):
    choose(dialog.channel, Channel.WEB)
    dialog.right_boxes[Right.ACCESS].setChecked(True)
    qtbot.keyClicks(dialog.name, "Jean Dupont")
    qtbot.keyClicks(dialog.email, "jean.dupont@exemple.fr")
    assert dialog._repeat_timer.isActive()  # debounced while typing
    qtbot.waitUntil(lambda: shown(dialog, dialog.repeat_warning))


def test_no_repeat_warning_for_another_person(dialog, earlier):
    choose(dialog.channel, Channel.WEB)
    dialog.name.setText("Jean Dupont")  # same name, another address: another person
    dialog.email.setText("jean.dupont@autre.fr")
    dialog.right_boxes[Right.ACCESS].setChecked(True)
    dialog.check_repeats()
    assert not shown(dialog, dialog.repeat_warning)


def test_repeat_warning_does_not_prevent_saving(dialog, workbench, earlier):
    fill_everything(dialog, email="jean.dupont@exemple.fr")
    dialog.check_repeats()
    assert shown(dialog, dialog.repeat_warning)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.reference == "DSR-2026-0002"  # the 2025 request is DSR-2025-0001
