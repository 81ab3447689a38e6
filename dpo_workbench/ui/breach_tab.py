"""The breach register's place in the main window: a tab built when first opened, and the countdown card.

The register view and its editor (every section of the CNIL form) are built the
first time the DPO goes to the tab, opens the alerting breach or opens a new one,
so they cost nothing at start-up; the card in the summary strip is there at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTabWidget, QToolBar, QWidget

from dpo_workbench.ui.breach_model import countdown_style, countdown_text
from dpo_workbench.workbench import Workbench

CARD_REFRESH_MS = 30_000  # the countdown moves by the minute


class BreachAlertCard(QPushButton):
    """The open breach nearest its 72-hour limit, in the summary strip; hidden when none is to notify."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.breach_id: int | None = None
        self.status = ""
        self.setMinimumWidth(220)
        self.refresh()

    def refresh(self) -> None:
        row = self.workbench.breaches.alert()
        if row is None:
            self.breach_id, self.status = None, ""
            self.hide()
            return
        clock = row.countdown(self.workbench.now())
        self.breach_id, self.status = row.id, clock.status
        self.setText(self.tr("Breach %1\n%2").replace("%1", row.reference).replace("%2", countdown_text(clock)))
        self.setToolTip(self.tr("The open breach nearest its 72-hour limit to notify the CNIL"))
        self.setStyleSheet("QPushButton { text-align: left; padding: 6px 12px; border-radius: 6px; "
                           + countdown_style(clock).replace("padding: 4px 8px;", "") + " }")
        self.show()


def install_breach_register(window) -> None:
    """Tabs for requests and breaches, and the breach card in the summary strip (the main window's one hook).

    `window.breach_register()` returns the register view, building it on first use.
    """
    requests = window.takeCentralWidget()
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    tabs.addTab(requests, QCoreApplication.translate("Breaches", "Requests"))
    placeholder = QWidget()
    tabs.addTab(placeholder, QCoreApplication.translate("Breaches", "Breaches"))
    window.setCentralWidget(tabs)
    window.tabs = tabs

    card = BreachAlertCard(window.workbench)
    window.breach_card = card
    strip = window.summary_strip
    strip.insertWidget(strip.count() - 1, card)  # before the stretch
    timer = QTimer(card)
    timer.setInterval(CARD_REFRESH_MS)
    timer.timeout.connect(card.refresh)
    timer.start()

    built = []

    def register():
        if built:
            return built[0]
        from dpo_workbench.ui.breach_view import BreachRegisterView

        view = BreachRegisterView(window.workbench)
        built.append(view)
        index = tabs.indexOf(placeholder)
        current = tabs.currentIndex()
        tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, view, QCoreApplication.translate("Breaches", "Breaches"))
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        placeholder.deleteLater()
        view.changed.connect(card.refresh)
        view.editor.timer.timeout.connect(card.refresh)  # the open breach's countdown and the card's move together
        window.installEventFilter(view)  # unsaved breach edits are saved before the window closes
        return view

    window.breach_register = register

    def tab_changed(index: int) -> None:
        if tabs.widget(index) is placeholder:
            tabs.setCurrentWidget(register())

    tabs.currentChanged.connect(tab_changed)

    def show_alerted() -> None:
        view = register()
        tabs.setCurrentWidget(view)
        if card.breach_id is not None:
            view.show_breach_id(card.breach_id)

    card.clicked.connect(show_alerted)

    def new_breach() -> None:
        view = register()
        tabs.setCurrentWidget(view)
        view.new_breach()

    action = QAction(QCoreApplication.translate("Breaches", "Open a breach…"), window)
    action.triggered.connect(new_breach)
    toolbars = window.findChildren(QToolBar)
    if toolbars:
        toolbars[0].insertAction(toolbars[0].actions()[1] if len(toolbars[0].actions()) > 1 else None, action)
    window.new_breach_action = action
