"""Retention in the GUI: the periods in Settings with their legal grounds, the status-bar line and the weekly
reminder of what is past them, the purge dialog (the list, the confirmation, the purge off the GUI thread, its
proof), and a purge refused when the list changed meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QSpinBox, QTreeWidget

from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.retention.dialog import PurgeDialog
from dpo_workbench.ui.settings.dialog import SettingsDialog
from tests.services.test_retention import NAME, history  # noqa: F401  (the fixture: cases of 2019 and 2025)

from .conftest import journal_actions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: a dialog shown


def texts(tree: QTreeWidget) -> list[str]:
    found = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        found.append(group.text(0))
        found += [group.child(j).text(column) for j in range(group.childCount()) for column in range(3)]
    return found


def test_the_periods_are_set_in_settings_with_their_grounds(qtbot, workbench):
    dialog = SettingsDialog(workbench)
    qtbot.addWidget(dialog)
    assert [dialog.pages.tabText(i) for i in range(dialog.pages.count())] == ["General", "Retention"]
    page = dialog.pages.widget(1)
    text = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "art. 2224 Code civil" in text and "Art. 33(5) GDPR" in text and "checkpoint" in text
    spins = dialog.editors
    assert isinstance(spins["retention_requests_years"], QSpinBox)
    assert spins["retention_requests_years"].value() == 5 and spins["retention_journal_years"].value() == 6
    assert spins["retention_messages_years"].suffix() == " year(s) after closing"
    assert spins["retention_requests_years"].isVisibleTo(page)
    spins["retention_messages_years"].setValue(2)
    dialog.save()
    assert workbench.settings.values()["retention_messages_years"] == 2


def test_nothing_due_shows_nothing_and_offers_no_purge(qtbot, workbench):
    dialog = PurgeDialog(workbench)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "Nothing is past its retention period."
    assert not dialog.purge_button.isVisibleTo(dialog) and not dialog.tree.isVisibleTo(dialog)


def test_the_list_then_the_purge_on_confirmation_then_its_proof(qtbot, workbench, history):  # noqa: F811
    dialog = PurgeDialog(workbench)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == ("On 26 Nov 2026, 2 closed request(s), 1 breach record(s), the e-mails of 1 "
                                   f"request(s), {workbench.retention.due().journal_entries} journal entry(ies) are "
                                   "past their retention period.")
    groups = {dialog.tree.topLevelItem(i).text(0): [dialog.tree.topLevelItem(i).child(j).text(0) for j in
                                                    range(dialog.tree.topLevelItem(i).childCount())]
              for i in range(dialog.tree.topLevelItemCount())}
    assert groups["Requests to anonymise (2)"] == [history["withdrawn"], history["old"]]
    assert groups["Breach records to reduce to their facts (1)"] == [history["breach"]]
    assert groups["Requests whose e-mails are destroyed (1)"] == [f"{history['recent']} — 1 e-mail(s)"]
    assert groups["Journal"][1] == f"Stops before an entry that still proves {history['open']}, kept"
    assert not [text for text in texts(dialog.tree) if "Bérénice" in text or "Paul" in text]  # references only
    assert "cannot be undone" in dialog.effects.text()

    assert not dialog.purge_button.isEnabled() and dialog.purge() is None  # not without the tick
    assert workbench.requests.detail(history["old"]).requester_name != ""
    dialog.confirm.setChecked(True)
    assert dialog.purge_button.isEnabled()
    with qtbot.waitSignal(dialog.purged, timeout=10000) as done:
        dialog.purge_button.click()
    report = done.args[0]
    assert set(report.requests) == {history["old"], history["withdrawn"]} and report.messages == 1
    assert workbench.requests.detail(history["old"]).requester_name == ""
    proof = dialog.proof.text()
    assert f"journal entry no. {report.proof_entry} (retention.purge)" in proof
    assert history["old"] in proof and history["breach"] in proof and NAME not in proof
    assert not dialog.purge_button.isVisibleTo(dialog) and dialog.proof.isVisibleTo(dialog)
    assert journal_actions(workbench, "retention.purge") == ["2026-11-26"]
    assert workbench.audit.verify().ok


def test_a_list_changed_since_it_was_shown_purges_nothing(qtbot, workbench, history):  # noqa: F811
    dialog = PurgeDialog(workbench)
    qtbot.addWidget(dialog)
    workbench.settings.set("retention_breaches_years", 10)  # the breach is no longer due
    dialog.confirm.setChecked(True)
    task = dialog.purge()
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=10000):
        pass
    assert dialog.error.text().startswith("What is past its retention period changed since the list was shown")
    assert workbench.requests.detail(history["old"]).requester_name != ""  # nothing purged
    assert not dialog.confirm.isChecked()  # to be confirmed again, on the list as it is now
    assert "Breach records to reduce to their facts (1)" not in texts(dialog.tree)


def test_the_status_bar_says_what_is_due_and_reminds_once_a_week(qtbot, workbench, history, clock,  # noqa: F811
                                                                  monkeypatch):
    window = MainWindow(workbench)
    qtbot.addWidget(window)
    retention = window.retention
    assert window.retention.action in window.file_menu.actions()
    opened: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box))
    with qtbot.waitSignal(retention.check(remind=True).finished, timeout=10000):
        pass
    count = 2 + 1 + 1 + 1
    assert retention.status_button.isVisibleTo(window)
    assert retention.status_button.text() == f"{count} record(s) past retention"
    assert [box.text() for box in opened] == [f"{count} record(s) are past their retention period. Review them "
                                              "and purge what must go?"]
    review = next(b for b in opened[0].buttons() if b.text() == "Review…")
    review.click()
    assert isinstance(retention.dialog, PurgeDialog)
    retention.dialog.close()  # closing it looks again
    qtbot.waitUntil(lambda: not retention.task.running, timeout=10000)
    with qtbot.waitSignal(retention.check(remind=True).finished, timeout=10000):
        pass
    assert len(opened) == 1  # reminded less than a week ago
    clock.advance(days=7)
    retention.remind()
    assert len(opened) == 2

    retention.due = None
    workbench.retention.purge(workbench.retention.due())
    with qtbot.waitSignal(retention.check().finished, timeout=10000):
        pass
    assert not retention.status_button.isVisibleTo(window)
    assert QApplication.activeModalWidget() is None
