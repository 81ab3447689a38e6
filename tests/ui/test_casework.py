"""The request's Processings section: links on the DPO's word, the departments asked for the data (e-mail draft or
sent, reminder, answer with its files), what is still awaited, and the answer of a request while a task is open.

Dialogs are built and driven as a DPO would fill them (their `exec()` replaced where they would block); the panel,
the workbench, the database, the vault and the FixedClock are real.
"""

from __future__ import annotations

import email
import stat
from datetime import date
from email import policy

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, DocumentKind, Outcome, Relation, Right
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.services.tasks import NewTask
from dpo_workbench.ui.requests.casework import LINKED, SUGGESTED, AddProcessingDialog
from dpo_workbench.ui.requests.panel import ActionDialog, RequestPanel
from dpo_workbench.ui.requests.task_dialogs import TaskDetailDialog
from dpo_workbench.ui.widgets.palette import Tone, foreground
from tests.letters.conftest import with_demo_register

from .conftest import journal_actions

ACCEPTED = QDialog.DialogCode.Accepted
REJECTED = QDialog.DialogCode.Rejected


@pytest.fixture
def panel(qtbot, workbench):
    with_demo_register(workbench)
    p = RequestPanel(workbench)
    qtbot.addWidget(p)
    p.resize(560, 900)
    return p


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """The texts of the information and warning boxes, which would otherwise block."""
    shown: list[str] = []

    def box(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", box)
    monkeypatch.setattr(QMessageBox, "warning", box)
    return shown


def log(workbench, *rights: Right, received: date = date(2026, 11, 16), relation=Relation.CUSTOMER) -> int:
    reference = workbench.requests.register(NewRequest(
        rights=list(rights or [Right.ACCESS]), channel=Channel.EMAIL, received_on=received,
        requester_name="Anne Testeuse", requester_email="anne.testeuse@example.org", relation=relation))
    return workbench.requests.detail(reference).id


def rows(tree) -> list[tuple]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [(item.data(0, Qt.ItemDataRole.UserRole), item.text(0)) for item in items]


def select(tree, *keys) -> None:
    tree.clearSelection()
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) in keys:
            item.setSelected(True)


def ask_all(section, monkeypatch) -> list[int]:
    """Open Ask the departments, keep what it proposes, press Ask."""
    monkeypatch.setattr(QDialog, "exec", lambda dialog: (dialog.ask(), dialog.result())[1])
    section.task_buttons["ask"].click()
    return section.dialog.created


# -- links -----------------------------------------------------------------------------------------------------


def test_suggested_processings_are_shown_and_linked_only_when_the_dpo_says(panel, workbench):
    request = log(workbench)
    panel.show_request(request)
    section = panel.processings
    suggested = [key for key, _ in rows(section.tree)]
    assert suggested and all(kind == SUGGESTED for kind, _ in suggested)
    assert "Nothing linked yet" in section.summary.text()
    assert workbench.links.of_request(request).linked == []  # shown, not linked
    assert section.task_buttons["ask"].isEnabled() is False  # nobody to ask before a link

    select(section.tree, suggested[0])
    assert section.link_buttons["link"].isEnabled() and not section.link_buttons["remove"].isEnabled()
    section.link_buttons["link"].click()
    linked = [link.processing.reference for link in workbench.links.of_request(request).linked]
    assert linked == [suggested[0][1]]
    assert (LINKED, suggested[0][1]) in [key for key, _ in rows(section.tree)]
    assert panel.sections.tabText(panel.sections.indexOf(section)) == "Processings (1)"

    section.link_buttons["suggested"].click()  # the rest of the suggestions
    assert {k for k, _ in [key for key, _ in rows(section.tree)]} == {LINKED}
    assert section.task_buttons["ask"].isEnabled()

    select(section.tree, (LINKED, suggested[0][1]))
    section.link_buttons["remove"].click()
    assert suggested[0][1] not in [link.processing.reference for link in workbench.links.of_request(request).linked]
    assert (SUGGESTED, suggested[0][1]) in [key for key, _ in rows(section.tree)]  # suggested again
    assert "Processings unlinked: " + suggested[0][1] in panel.timeline.toPlainText()
    assert journal_actions(workbench, "request.unlink") == [workbench.requests.detail(request).reference]


def test_other_processings_are_linked_from_their_list_and_a_cancel_links_nothing(panel, workbench, monkeypatch):
    request = log(workbench, relation=Relation.PROSPECT)  # a prospect's category suggests all but TRT-001/002
    panel.show_request(request)
    section = panel.processings
    others = [ref.reference for ref in section.shown.others]
    assert others
    monkeypatch.setattr(AddProcessingDialog, "exec", lambda dialog: REJECTED)
    assert section.add_others() is False
    assert workbench.links.of_request(request).linked == []

    def tick_first(dialog):
        dialog.list.item(0).setCheckState(dialog.list.item(0).checkState().Checked)
        return ACCEPTED

    monkeypatch.setattr(AddProcessingDialog, "exec", tick_first)
    section.link_buttons["add"].click()
    assert [link.processing.reference for link in workbench.links.of_request(request).linked] == [others[0]]
    assert f"Processings linked: {others[0]}." in panel.timeline.toPlainText()


# -- the departments asked for the data --------------------------------------------------------------------------


def test_asking_the_departments_shows_what_is_awaited_then_overdue_in_red(panel, workbench, clock, monkeypatch):
    request = log(workbench, Right.ACCESS, Right.ERASURE)
    workbench.links.link(request, ["TRT-001", "TRT-003", "TRT-006"])
    panel.show_request(request)
    section = panel.processings
    dialog = section.ask_departments(run=False)
    assert [box.title() for box in dialog.boxes] == ["Relation client", "Marketing"]
    assert all(box.kinds["extraction"].isChecked() and box.kinds["erasure"].isChecked() for box in dialog.boxes)
    assert dialog.boxes[0].due.date() == QDate(2026, 12, 4)  # 10 days before 16 Dec is a Sunday: the Friday
    dialog.boxes[1].setChecked(False)
    dialog.boxes[0].details.setPlainText("Customer number C-1042")
    created = dialog.ask()
    assert len(created) == 1 and dialog.result() == ACCEPTED
    panel.show_request(request)

    assert section.task_tree.topLevelItemCount() == 1
    item = section.task_tree.topLevelItem(0)
    assert item.text(0) == "Relation client\nextraction, erasure" and item.text(1) == "4 Dec 2026\nawaited"
    assert panel.awaited.text() == "Awaited from the departments: Relation client (due 4 Dec 2026, awaited)."
    assert "Department Relation client asked for: extraction, erasure (TRT-001); answer due by 4 Dec 2026." \
        in panel.timeline.toPlainText()
    assert panel.sections.tabText(panel.sections.indexOf(section)) == "Processings (3)"
    # asked again: the department already asked cannot be ticked, the other one can
    again = section.ask_departments(run=False)
    assert [box.isEnabled() for box in again.boxes] == [False, True]

    clock.advance(days=10)  # 6 Dec: two days late
    panel.show_request(request)
    item = section.task_tree.topLevelItem(0)
    assert item.text(1) == "4 Dec 2026\n2 day(s) late"  # no translator: the source text
    assert item.foreground(1) == foreground(Tone.DANGER)
    assert "(due 4 Dec 2026, 2 day(s) late)" in panel.awaited.text()
    select(section.task_tree, created[0])
    assert section.task_buttons["remind"].isEnabled()


def test_a_department_asked_about_an_overdue_request_is_to_answer_at_once(panel, workbench):
    request = log(workbench, Right.ACCESS, received=date(2026, 10, 1))  # due 2 Nov: 24 days late
    workbench.links.link(request, ["TRT-001"])
    panel.show_request(request)
    dialog = panel.processings.ask_departments(run=False)
    assert dialog.boxes[0].due.date() == QDate(2026, 11, 26)  # today: a day in the past cannot be given
    assert len(dialog.ask()) == 1 and dialog.error.isHidden()
    assert workbench.tasks.of_request(request)[0].due_on == date(2026, 11, 26)


def test_the_email_is_saved_as_a_draft_readable_by_the_user_only_and_a_reminder_counts(panel, workbench, clock,
                                                                                       tmp_path):
    request = log(workbench, Right.ERASURE)
    workbench.links.link(request, ["TRT-003"])
    panel.show_request(request)
    section = panel.processings
    [task_id] = section.ask_departments(run=False).ask()
    section.refresh()
    select(section.task_tree, task_id)
    assert not section.task_buttons["remind"].isEnabled()  # not late yet

    dialog = section.mail_task(run=False)
    assert not dialog.by_smtp.isEnabled() and dialog.as_draft.isChecked()  # no mail account can send
    assert dialog.go.text() == "Save the draft…"
    preview = dialog.preview.toPlainText()
    assert preview.startswith("To: ") and "effacement" in preview
    path = tmp_path / "draft.eml"
    assert dialog.run(str(path)) == "draft"
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].addr_spec == "marketing@example.org"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert journal_actions(workbench, "task.export-eml") == [str(task_id)]

    clock.advance(days=30)
    panel.show_request(request)
    select(section.task_tree, task_id)
    assert section.task_buttons["remind"].isEnabled()
    reminder = section.mail_task(reminder=True, run=False)
    assert reminder.windowTitle() == "Remind the department"
    reminder.run(str(tmp_path / "reminder.eml"))
    section.refresh()
    assert workbench.tasks.get(task_id).reminders == 1
    panel.show_request(request)
    assert "Reminder 1 to department Marketing saved as an e-mail draft." in panel.timeline.toPlainText()


def test_the_email_is_sent_through_the_mail_account(panel, workbench, boxes):
    from dpo_workbench.ui.requests.task_dialogs import TaskMailDialog
    from tests.mail.test_send_tasks import smtp_only
    from tests.mailservers import PASSWORD, SmtpServer

    request = log(workbench, Right.ERASURE)
    workbench.links.link(request, ["TRT-003"])
    panel.show_request(request)
    section = panel.processings
    [task_id] = section.ask_departments(run=False).ask()
    section.refresh()
    select(section.task_tree, task_id)
    with SmtpServer() as smtp:
        workbench.mail.add_account(smtp_only(smtp), PASSWORD)
        dialog = section.mail_task(run=False)
        assert isinstance(dialog, TaskMailDialog) and dialog.by_smtp.isChecked() and dialog.go.text() == "Send"
        assert dialog.run() == "sent"
        [received] = smtp.received
    assert received.rcpt_tos == [workbench.tasks.get(task_id).contact_email]
    assert boxes == [f"Sent to {workbench.tasks.get(task_id).contact_email}."]
    panel.show_request(request)
    assert "E-mail sent to department Marketing (kept in the documents)." in panel.timeline.toPlainText()
    assert [d.kind for d in workbench.documents.of_request(request)] == [DocumentKind.INTERNAL_REQUEST]


def test_the_answer_is_recorded_with_its_files_encrypted_and_exported_on_request(panel, workbench, tmp_path,
                                                                                  monkeypatch):
    request = log(workbench, Right.ACCESS)
    workbench.links.link(request, ["TRT-001"])
    panel.show_request(request)
    section = panel.processings
    [task_id] = section.ask_departments(run=False).ask()
    section.refresh()
    select(section.task_tree, task_id)
    extraction = tmp_path / "extraction.csv"
    extraction.write_text("client;C-1042\nnom;Testeuse\n", encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")

    dialog = section.record_answer(run=False)
    dialog.add_files([str(empty)])
    dialog.note.setPlainText("All the data of the customer file")
    assert dialog.save() is False  # refused: the dialog stays with what was typed
    assert "empty.pdf is empty." in dialog.error.text()
    assert dialog.note.toPlainText() == "All the data of the customer file"
    assert workbench.tasks.get(task_id).state == "open"
    dialog.file_list.setCurrentRow(0)
    dialog._remove_file()
    dialog.add_files([str(extraction)])
    assert dialog.save() is True
    info = workbench.tasks.get(task_id)
    assert (info.state, info.outcome, info.answered_on) == ("answered", "done", workbench.today())
    [stored] = info.files
    assert stored.kind is DocumentKind.INTERNAL_ANSWER
    assert extraction.read_bytes() not in b"".join(p.read_bytes() for p in workbench.folder.path.rglob("*")
                                                   if p.is_file() and p.suffix != ".eml")
    panel.show_request(request)
    assert section.task_tree.topLevelItem(0).text(1) == "4 Dec 2026\nanswered on 26 Nov 2026"
    assert not panel.awaited.text()
    assert "Department Relation client answered: Done (data extracted, erased…) (1 file(s))." \
        in panel.timeline.toPlainText()

    select(section.task_tree, task_id)
    details = section.task_details(run=False)
    assert isinstance(details, TaskDetailDialog) and details.file_list.count() == 1
    copy = details.export_selected(str(tmp_path / "copy.csv"))
    assert copy is not None and copy.read_bytes() == extraction.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert journal_actions(workbench, "document.export") == [str(stored.id)]


def test_a_task_no_longer_needed_needs_a_reason_and_a_cancel_keeps_it(panel, workbench, monkeypatch, boxes):
    request = log(workbench, Right.ERASURE)
    workbench.links.link(request, ["TRT-003"])
    panel.show_request(request)
    section = panel.processings
    [task_id] = section.ask_departments(run=False).ask()
    section.refresh()
    select(section.task_tree, task_id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", False))
    assert section.cancel_task() is False
    assert section.cancel_task("  ") is False
    assert boxes == ["Say why the department's answer is no longer needed (it is kept in the timeline)."]
    assert workbench.tasks.get(task_id).state == "open"
    assert section.cancel_task("The customer file was closed in 2019") is True
    assert workbench.tasks.get(task_id).state == "cancelled"
    panel.show_request(request)
    assert ("Department Marketing no longer needs to answer. Reason: The customer file was closed in 2019"
            in panel.timeline.toPlainText())


# -- answering the request while a department is awaited -------------------------------------------------------


def test_answering_while_a_department_is_awaited_asks_why_and_loses_nothing(panel, workbench, monkeypatch):
    request = log(workbench, Right.ACCESS)
    workbench.links.link(request, ["TRT-001"])
    workbench.tasks.ask(request, [NewTask(workbench.tasks.proposals(request)[0].department_id, ["extraction"])])
    panel.show_request(request)
    seen: list[tuple[ActionDialog, str]] = []
    script = []

    def exec_(dialog):
        seen.append((dialog, dialog.error.text() if dialog.error.isVisibleTo(dialog) else ""))
        return script.pop(0)(dialog)

    monkeypatch.setattr(ActionDialog, "exec", exec_)

    def granted(reason: str):
        def step(dialog):
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(Outcome.GRANTED))
            dialog.without_tasks.setPlainText(reason)
            return ACCEPTED
        return step

    script[:] = [granted(""), lambda dialog: REJECTED]
    panel.buttons["answer"].click()
    first, second = seen
    assert first[0] is second[0]  # refused: the same dialog again, with the message
    assert first[0].without_tasks is not None
    assert first[0].awaited.text() == "Awaited from the departments: Relation client (due 4 Dec 2026, awaited)."
    assert "Say why the request is answered without" in first[0].without_tasks.placeholderText()
    assert second[1].startswith("1 internal data request(s) are still awaited (Relation client)")
    assert workbench.requests.detail(request).state is State.OPEN

    seen.clear()
    script[:] = [granted("The customer file was enough")]
    panel.buttons["answer"].click()
    assert workbench.requests.detail(request).state is State.ANSWERED
    assert ("Answered without the answer of 1 department(s) asked for the data. Why: The customer file was enough"
            in panel.timeline.toPlainText())


def test_answering_once_every_department_answered_asks_nothing_more(panel, workbench, monkeypatch):
    request = log(workbench, Right.ACCESS)
    workbench.links.link(request, ["TRT-001"])
    [task_id] = workbench.tasks.ask(request, [NewTask(workbench.tasks.proposals(request)[0].department_id,
                                                      ["extraction"])])
    workbench.tasks.answer(task_id, "no-data")
    panel.show_request(request)
    seen = []

    def exec_(dialog):
        seen.append(dialog)
        return ACCEPTED

    monkeypatch.setattr(ActionDialog, "exec", exec_)
    panel.buttons["answer"].click()
    assert seen[0].without_tasks is None
    assert workbench.requests.detail(request).state is State.ANSWERED
