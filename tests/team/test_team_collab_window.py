"""Working together in the window (offscreen, two users on one real PostgreSQL database): a change made
meanwhile by the other user, live refresh, assignment and "Mine", comments."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.services.requests import NewRequest, RequestChanges
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.requests.action_dialog import ActionDialog
from dpo_workbench.ui.requests.edit_request import EditRequestDialog
from dpo_workbench.ui.widgets.conflict import ReloadBox
from tests.team.conftest import BOB, BOB_PASSPHRASE
from tests.ui.conftest import english_dates, no_translator_left  # noqa: F401  (their autouse applies here too)

pytestmark = pytest.mark.qt_log_ignore("does not support")

ACCEPTED = QDialog.DialogCode.Accepted


def log(wb, name: str = "Jean Dupont") -> str:
    return wb.requests.register(NewRequest(rights=[Right.ACCESS], channel=Channel.POST, received_on=date(2026, 11, 20),
                                           requester_name=name, requester_address="4 rue de la Paix\n75002 Paris"))


@pytest.fixture
def two(qtbot, team_wb, open_team):
    """Alice's window and Bob's workbench (a deputy) on the same team database, one request logged."""
    team_wb.users.add(BOB, "deputy", BOB_PASSPHRASE, display_name="Bob Durand")
    reference = log(team_wb)
    bob = open_team(BOB, BOB_PASSPHRASE)
    window = MainWindow(team_wb)
    qtbot.add_widget(window)
    window.open_request(team_wb.requests.ids(_query(reference))[0])
    return window, bob, reference


def _query(reference):
    from dpo_workbench.services.requests import RegisterQuery

    return RegisterQuery(text=reference)


@pytest.fixture
def reload_boxes(monkeypatch):
    """The 'changed by someone else' boxes shown (their text), answered with the next choice (Reload by default)."""
    shown: list[str] = []
    answers: list[bool] = []

    def exec_(box: ReloadBox):
        shown.append(box.text())
        (box.reload_button if (answers.pop(0) if answers else True) else box.later_button).click()
        return 0

    monkeypatch.setattr(ReloadBox, "exec", exec_)
    shown_answers = shown, answers
    return shown_answers


def test_an_answer_refused_because_bob_changed_the_request_keeps_the_form_and_reloads(two, reload_boxes,
                                                                                      monkeypatch):
    window, bob, reference = two
    panel = window.panel
    shown, _answers = reload_boxes
    seen: list[tuple[str, str, int]] = []
    after_bob: list[int] = []

    def exec_(dialog: ActionDialog):
        if not seen:  # alice types her reason; meanwhile bob corrects the request
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.PARTLY))
            dialog.reason.setPlainText("Invoices are kept ten years.")
            bob.requests.edit(reference, RequestChanges(requester_name="Jean Dupond"))
            after_bob.append(bob.requests.detail(reference).version)
        seen.append((dialog.reason_text(), dialog.error.text() if dialog.error.isVisibleTo(dialog) else "",
                     dialog.version))
        return ACCEPTED

    monkeypatch.setattr(ActionDialog, "exec", exec_)
    first_version = panel.shown.version
    panel.answer()
    assert len(shown) == 1 and f"{reference} was changed by bob at " in shown[0] and "nothing was saved" in shown[0]
    # the second time round the dialog still holds what alice typed, says it reloaded, carries bob's version
    assert seen[0] == ("Invoices are kept ten years.", "", first_version)
    assert seen[1][0] == "Invoices are kept ten years." and "Reloaded with bob's change" in seen[1][1]
    assert seen[1][2] == after_bob[0] != first_version  # saved again with the version bob's change made
    detail = bob.requests.detail(reference)
    assert detail.outcome is Outcome.PARTLY and detail.requester_name == "Jean Dupond"
    assert panel.field_labels["name"].text() == "Jean Dupond"  # the panel shows bob's change


def test_not_now_leaves_nothing_saved_and_the_modify_form_keeps_what_was_typed(two, reload_boxes, qtbot):
    window, bob, reference = two
    panel = window.panel
    _shown, answers = reload_boxes
    dialog = EditRequestDialog(panel.workbench, panel.shown, panel)
    qtbot.add_widget(dialog)
    dialog.reloaded.connect(panel._documents_changed)
    dialog.notes.setPlainText("Called back on Monday.")
    bob.requests.edit(reference, RequestChanges(requester_name="Jean Dupond"))
    answers.append(False)  # Not now
    dialog.save()
    assert dialog.result() != ACCEPTED and "was changed by bob" in dialog.conflict.text()
    assert bob.requests.detail(reference).notes == "" and panel.field_labels["name"].text() == "Jean Dupont"
    answers.append(True)  # this time, Reload: the panel shows bob's change, the form keeps alice's notes
    dialog.save()
    assert panel.field_labels["name"].text() == "Jean Dupond"
    assert dialog.notes.toPlainText() == "Called back on Monday."
    assert "Reloaded with bob's change" in dialog.conflict.text()
    dialog.name.setText("Jean Dupond")  # alice keeps bob's correction, saves her notes with the new version
    dialog.save()
    assert dialog.result() == ACCEPTED
    assert bob.requests.detail(reference).notes == "Called back on Monday."


def test_the_window_shows_what_bob_changed_at_the_next_poll(two, monkeypatch):
    window, bob, reference = two
    live = window.team.live
    assert live.timer.isActive() and live.timer.interval() == 10_000
    assert not live.poll()  # nothing yet
    other = log(bob, "Marie Curie")
    bob.requests.edit(reference, RequestChanges(requester_name="Jean Dupond"))
    before = window.model.rowCount()
    window.panel.collab.box.setPlainText("Half-typed comment")  # an edit in progress in the panel
    changes = live.poll()
    assert changes.by_others("alice") and window.model.rowCount() == before + 1
    assert window.panel.field_labels["name"].text() == "Jean Dupond"
    assert window.panel.collab.box.toPlainText() == "Half-typed comment"  # not discarded
    assert window.statusBar().currentMessage() == f"bob changed {reference}, {other}." == live.last_message
    assert window.selected_id() == window.panel.shown.id  # still the row shown
    # what alice does herself is already shown: no message about it
    window.statusBar().clearMessage()
    window.panel.collab.add()
    live.poll()
    assert window.statusBar().currentMessage() == ""


def test_a_dialog_open_on_the_request_holds_the_refresh_until_it_closes(two, monkeypatch):
    window, bob, reference = two
    bob.requests.edit(reference, RequestChanges(requester_name="Jean Dupond"))
    form = QDialog(window.panel)  # a step dialog open on the request, as Answer… would be
    form.setModal(True)
    form.show()
    assert window.team.live.editing()
    window.team.live.poll()
    assert window.panel.field_labels["name"].text() == "Jean Dupont"  # the form's version stays the one shown
    form.close()
    assert not window.team.live.editing()
    window.team.live.poll()
    assert window.panel.field_labels["name"].text() == "Jean Dupond"


def test_assigning_from_the_panel_and_the_mine_filter(two, open_team, monkeypatch):
    window, bob, reference = two
    combo = window.panel.collab.assignee
    assert combo.isEnabled() and [combo.itemText(i) for i in range(combo.count())] == [
        "Nobody", "Alice Martin (alice)", "Bob Durand (bob)"]
    log(bob, "Marie Curie")
    window.team.mine.setChecked(True)
    assert window.model.rowCount() == 0  # nothing is alice's yet
    window.team.mine.setChecked(False)
    window.open_request(window.workbench.requests.ids(_query(reference))[0])
    combo.setCurrentIndex(combo.findData("alice"))
    assert window.panel.collab.assign(combo.currentIndex())
    assert bob.requests.detail(reference).assigned_to == "alice"
    window.team.mine.setChecked(True)
    assert window.model.rowCount() == 1 and window.panel.shown.reference == reference

    # bob, a deputy, cannot be refused; a reader's window offers no assignment and says why
    window.workbench.users.add("carole", "reader", "carole's long passphrase")
    reader = MainWindow(open_team("carole", "carole's long passphrase"))
    reader.open_request(reader.workbench.requests.ids(_query(reference))[0])
    assert not reader.panel.collab.assignee.isEnabled() and not reader.panel.collab.add_button.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    box = reader.panel.collab.assignee
    box.setCurrentIndex(box.findData("bob"))
    assert not reader.panel.collab.assign(box.currentIndex())  # had it been enabled: the service refuses
    assert "carole is a reader: only a dpo or deputy may" in warned[0]
    assert box.currentData() == "alice"  # back to what is true
    reader.close()


def test_comments_are_added_and_listed_with_their_author(two):
    window, bob, reference = two
    collab = window.panel.collab
    assert not collab.add()  # empty
    assert collab.error.text() == "Write the text of the comment."
    collab.box.setPlainText("Asked the HR department for the payslips.")
    assert collab.add()
    assert collab.box.toPlainText() == "" and not collab.error.isVisibleTo(collab)
    bob.requests.comment(reference, "HR answered <b>today</b>.")
    window.team.live.poll()
    html = collab.list.toPlainText()
    assert "alice — " in html and "Asked the HR department for the payslips." in html
    assert "bob — " in html and "HR answered <b>today</b>." in html  # shown as typed, not as markup
    sections = window.panel.sections
    assert sections.tabText(sections.indexOf(collab)) == "Comments (2)"


def test_the_status_line_names_three_references_at_most_and_never_myself(two):
    from dpo_workbench.services.changes import Changes

    live = two[0].team.live
    many = Changes(9, frozenset({"request"}), frozenset(f"DSR-2026-000{i}" for i in range(1, 6)),
                   by=frozenset({"alice", "bob", "carole"}))
    said = live.describe(many)  # (no translator in the tests: the English plural is the .qm's)
    assert said == "bob, carole changed DSR-2026-0001, DSR-2026-0002, DSR-2026-0003 and 2 other(s)."
    users = Changes(9, frozenset({"user"}), by=frozenset({"bob"}))
    assert live.describe(users) == "bob changed the register."


def test_a_breach_saved_by_bob_meanwhile_is_not_overwritten_by_alice_s_form(qtbot, two, reload_boxes):
    from datetime import UTC, datetime

    from dpo_workbench.ui.breaches.editor import BreachEditor

    window, bob, _reference = two
    alice = window.workbench
    shown, answers = reload_boxes
    reference = alice.breaches.open(datetime(2026, 11, 25, 9, 0, tzinfo=UTC), "Laptop stolen in the train")
    breach_id = alice.breaches.record(reference).id
    editor = BreachEditor(alice)
    qtbot.add_widget(editor)
    editor.show_breach(breach_id)
    bob.breaches.save(reference, summary="Laptop stolen at the station (encrypted disk)")
    editor.summary.setText("Laptop stolen: alice's wording")
    answers.append(False)  # Not now: the form keeps her text, nothing saved
    assert not editor.save()
    assert "bob" in shown[0] and editor.summary.text() == "Laptop stolen: alice's wording"
    assert alice.breaches.record(reference).summary == "Laptop stolen at the station (encrypted disk)"
    assert not editor.save() and len(shown) == 2  # Reload (the default answer): bob's version on screen
    assert editor.summary.text() == "Laptop stolen at the station (encrypted disk)"
    editor.summary.setText("Laptop stolen at the station; disk encrypted (BitLocker)")
    assert editor.save()  # now over bob's version: saved
    assert alice.breaches.record(reference).summary == "Laptop stolen at the station; disk encrypted (BitLocker)"
