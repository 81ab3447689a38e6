"""The dashboard tab: built when first opened, its figures, the due-today list that opens a request, the exports."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.ui.main_window import MainWindow

from .conftest import DUE_TODAY, OVERDUE, RUNNING, SOON, D, journal_actions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: showing a window


@pytest.fixture
def requests(log_request):
    return {
        "today": log_request("Anne Aujourd'hui", received=DUE_TODAY, rights=[Right.ERASURE]),
        "today_post": log_request("Paul Poste", received=DUE_TODAY, channel=Channel.POST,
                                  address="1 rue X\n75001 Paris"),
        "overdue": log_request(received=OVERDUE),
        "soon": log_request(received=SOON),
        "running": log_request(received=RUNNING),
        "answered": log_request(received=D("2026-09-01"), state="answered"),
        "refused": log_request(received=D("2026-09-02"), state="answered", outcome=Outcome.REFUSED),
        "awaiting": log_request(received=RUNNING, state="awaiting"),
    }


@pytest.fixture
def window(qtbot, workbench, requests):
    w = MainWindow(workbench)
    qtbot.addWidget(w)
    w.resize(1360, 820)
    w.show()
    return w


def dashboard_index(window) -> int:
    return window.tabs.count() - 1


def test_the_dashboard_is_built_when_first_opened(window):
    area = window.dashboard_area
    assert area.view is None  # start-up does not build it (nor import QtCharts for it)
    window.tabs.setCurrentIndex(dashboard_index(window))
    assert area.view is not None and window.tabs.currentWidget() is area.view
    assert window.tabs.tabText(dashboard_index(window)) == "Dashboard"


def test_the_cards_and_the_due_today_list(window, requests):
    view = window.dashboard_area.dashboard()
    cards = {key: card.value for key, card in view.cards.items()}
    assert cards["open"] == "6" and cards["overdue"] == "1" and cards["awaiting"] == "1"
    assert cards["week"] == "3"  # within 7 days, as the register counts: the two due today and "soon" (Monday)
    assert cards["rate"] == "100 %"
    items = [view.due_list.item(i) for i in range(view.due_list.count())]
    assert {i.data(Qt.ItemDataRole.UserRole) for i in items} == {requests["today"].id, requests["today_post"].id}
    assert "Erasure" in items[0].text() or "Erasure" in items[1].text()


def test_clicking_a_request_due_today_opens_it_in_the_register(window, requests):
    window.set_filters(text="nobody by that name")  # the register hides it: the dashboard shows all again
    view = window.dashboard_area.dashboard()
    window.tabs.setCurrentWidget(view)
    item: QListWidgetItem = next(view.due_list.item(i) for i in range(view.due_list.count())
                                 if view.due_list.item(i).data(Qt.ItemDataRole.UserRole) == requests["today"].id)
    view.due_list.itemClicked.emit(item)
    assert window.tabs.currentWidget() is window.splitter
    assert window.selected_id() == requests["today"].id
    assert window.panel.detail is not None and window.panel.detail.reference == requests["today"].reference


def test_filters_redraw_the_figures(window):
    view = window.dashboard_area.dashboard()
    view.set_period(D("2026-09-01"), D("2026-09-30"))
    assert view.figures.requests.received == 2
    assert view.cards["received"].value == "2"
    view.channel.setCurrentIndex(view.channel.findData(Channel.POST.value))
    assert view.figures.counts.open == 1 and view.figures.requests.received == 0
    view.channel.setCurrentIndex(0)
    view.right.setCurrentIndex(view.right.findData(Right.ERASURE.value))
    assert [r.reference for r in view.figures.due_today] == [window.workbench.requests.rows(
        [view.figures.due_today[0].id])[0].reference]
    months_chart = view.views["months"].chart()
    assert [s.label() for s in months_chart.series()[0].barSets()] == []  # no erasure received in September


def test_the_register_export_from_the_file_menu_writes_the_shown_rows(window, workbench, qtbot, tmp_path):
    assert window.dashboard_area.export_action in window.file_menu.actions()
    window.set_filters(text="")
    shown = window.model.rowCount()
    path = tmp_path / "register.csv"
    task = window.dashboard_area.export_register(fmt="csv", personal=False, path=str(path))
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert task.error is None
    lines = path.read_text("utf-8-sig").splitlines()
    assert len(lines) == shown + 1 and "requester_name" not in lines[0]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert journal_actions(workbench, "register.export") == ["requests"]


def test_the_annual_report_from_the_file_menu(window, workbench, qtbot, tmp_path):
    path = tmp_path / "annual.pdf"
    task = window.dashboard_area.exporter.annual_report(year=2026, lang="en", path=str(path))
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert task.error is None
    assert path.read_bytes().startswith(b"%PDF") and stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_case_file_button_of_the_request_panel(window, workbench, requests, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    window.set_filters(text="")  # every request, answered ones too
    assert window.select_request(requests["answered"].id)
    assert window.panel.buttons["case_file"].isEnabled()
    path = tmp_path / "case.zip"
    written = window.panel.export_case_file(str(path))
    assert written == path and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert journal_actions(workbench, "export.case") == [requests["answered"].reference]
    assert "readable by you only" in shown[0]


def test_a_ring_s_shares_add_up_to_a_hundred():
    from dpo_workbench.ui.dashboard.charts import whole_percents

    assert whole_percents([13, 27]) == [33, 67]  # 32.5 and 67.5: rounding both up would say 101 %
    assert whole_percents([1, 1, 1]) == [34, 33, 33]
    assert whole_percents([0, 5, 0]) == [0, 100, 0]
    assert whole_percents([0, 0]) == [0, 0]
    assert sum(whole_percents([7, 11, 13, 17, 19])) == 100
