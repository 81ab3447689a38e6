"""The main window at its default size (1360 × 820), in French and English: the registers fit, the history of a
request is in view, and the side panel is useful before a request is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics

from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.services.requests import DeadlineFilter
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.widgets import labels

from .conftest import DUE_TODAY, OVERDUE, RUNNING, SOON

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(params=["en", "fr"])
def window(request, qtbot, workbench, install):
    if request.param == "fr":
        install("fr")
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))  # put back by english_dates
    w = MainWindow(workbench)
    qtbot.add_widget(w)
    w.resize(1360, 820)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_the_request_register_fits_its_pane_without_clipping_a_right_or_a_state(window, log_request):
    log_request("Marie-Thérèse Bréchet", rights=(Right.CONSENT_WITHDRAWAL,), channel=Channel.WEB)
    window.apply_filters()
    table = window.table
    assert not table.horizontalScrollBar().isVisible()
    assert sum(table.columnWidth(c) for c in range(table.model().columnCount())) <= table.viewport().width()
    metrics = QFontMetrics(table.font())
    widths = {column: table.columnWidth(n) for n, column in enumerate(["reference", "requester", "rights", "channel",
                                                                       "received_on", "due_on", "days_left",
                                                                       "state"])}
    assert max(metrics.horizontalAdvance(t) for t in labels.right_labels().values()) < widths["rights"]
    assert max(metrics.horizontalAdvance(t) for t in labels.state_labels().values()) < widths["state"]
    assert metrics.horizontalAdvance("Marie-Thérèse Bréchet") < widths["requester"]
    header = QFontMetrics(table.horizontalHeader().font())
    for n in range(table.model().columnCount()):
        title = table.model().headerData(n, Qt.Orientation.Horizontal)
        assert header.horizontalAdvance(title) < table.columnWidth(n), title


def test_the_breach_register_headers_are_not_clipped(window, workbench, qtbot):
    view = window.breaches
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1000)
    header = QFontMetrics(view.table.horizontalHeader().font())
    for n in range(view.model.columnCount()):
        title = view.model.headerData(n, Qt.Orientation.Horizontal)
        assert header.horizontalAdvance(title) < view.table.columnWidth(n), title
    assert not view.table.horizontalScrollBar().isVisible()


def test_the_history_of_a_request_is_in_view_without_scrolling(window, log_request, workbench):
    r = log_request("Jean Dupont", channel=Channel.POST, address="12 rue des Lilas\n69003 Lyon", email="j@example.org")
    workbench.requests.ask_identity(r.reference, RUNNING)
    window.apply_filters()
    window.select_request(r.id)
    panel = window.panel
    assert panel.sections.currentWidget() is panel.timeline
    top = panel.timeline.mapTo(panel, panel.timeline.rect().topLeft()).y()
    assert top + 120 < panel.height()  # at least a few lines of the history show
    assert panel.field_labels["phone"].isHidden()  # what was never given takes no room


def test_before_a_request_is_chosen_the_panel_lists_what_to_deal_with_first(window, log_request):
    late = log_request("Anne Retard", received=OVERDUE)
    today = log_request("Bruno Aujourdhui", received=DUE_TODAY)
    soon = log_request("Chloé Bientôt", received=SOON)
    log_request("Denis Tranquille", received=RUNNING)
    window.apply_filters()
    agenda = window.panel.agenda
    assert window.panel.detail is None and agenda.isVisibleTo(window.panel)
    texts = {key: label.text() for key, label in agenda.sections.items()}
    assert late.reference in texts["overdue"] and "Anne Retard" in texts["overdue"]
    assert today.reference in texts["today"] and soon.reference in texts["soon"]
    assert "Denis Tranquille" not in "".join(texts.values())
    agenda.sections["overdue"].linkActivated.emit(f"request:{late.id}")
    assert window.panel.detail is not None and window.panel.detail.id == late.id
    assert window.selected_id() == late.id
    window.table.clearSelection()
    agenda.sections["overdue"].linkActivated.emit("list:overdue")
    assert window.urgency_filter.currentData() == DeadlineFilter.OVERDUE and window.model.ids == [late.id]
