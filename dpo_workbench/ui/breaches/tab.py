"""The breach register's place in the main window: a tab built when first opened, and the countdown card.

The register view and its editor (every section of the CNIL form) are built the
first time the DPO goes to the tab, opens the alerting breach or opens a new one,
so they cost nothing at start-up; the card in the summary strip is there at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from dpo_workbench.core.breach import CountdownStatus
from dpo_workbench.ui.breaches.model import COUNTDOWN_TONES, countdown_text
from dpo_workbench.ui.widgets.palette import card_button_style
from dpo_workbench.workbench import Workbench

if TYPE_CHECKING:
    from dpo_workbench.ui.breaches.register_view import BreachRegisterView

CARD_REFRESH_MS = 30_000  # the countdown moves by the minute


class BreachAlertCard(QPushButton):
    """The open breach nearest its 72-hour limit, in the summary strip; hidden when none is to notify."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.breach_id: int | None = None
        self.status: CountdownStatus | None = None
        self.setMinimumWidth(220)
        self.refresh()

    def refresh(self) -> None:
        row = self.workbench.breaches.alert()
        if row is None:
            self.breach_id, self.status = None, None
            self.hide()
            return
        clock = row.countdown(self.workbench.now())
        self.breach_id, self.status = row.id, clock.status
        self.setText(self.tr("Breach %1\n%2").replace("%1", row.reference).replace("%2", countdown_text(clock)))
        self.setToolTip(self.tr("The open breach nearest its 72-hour limit to notify the CNIL"))
        self.setStyleSheet(card_button_style(COUNTDOWN_TONES[clock.status]))
        self.show()


class BreachArea(QObject):
    """The breach register's place in the main window: its tab (the view is built when first needed), the
    countdown card for the summary strip and the 'Open a breach' action."""

    def __init__(self, workbench: Workbench, tabs: QTabWidget, window: QWidget):
        super().__init__(window)
        self.workbench = workbench
        self.tabs = tabs
        self.window = window
        self.view: BreachRegisterView | None = None
        self.placeholder = QWidget()
        tabs.addTab(self.placeholder, QCoreApplication.translate("Breaches", "Breaches"))
        tabs.currentChanged.connect(self._tab_changed)

        self.card = BreachAlertCard(workbench)
        self.card.clicked.connect(self.show_alerted)
        timer = QTimer(self.card)
        timer.setInterval(CARD_REFRESH_MS)
        timer.timeout.connect(self.card.refresh)
        timer.start()

        self.new_action = QAction(QCoreApplication.translate("Breaches", "Open a breach…"), window)
        self.new_action.triggered.connect(self.new_breach)

    def register(self) -> BreachRegisterView:
        """The register view, built (in place of the placeholder tab) the first time it is needed."""
        if self.view is not None:
            return self.view
        from dpo_workbench.ui.breaches.register_view import BreachRegisterView

        view = self.view = BreachRegisterView(self.workbench)
        tabs = self.tabs
        index, current = tabs.indexOf(self.placeholder), tabs.currentIndex()
        tabs.blockSignals(True)
        tabs.removeTab(index)
        tabs.insertTab(index, view, QCoreApplication.translate("Breaches", "Breaches"))
        tabs.setCurrentIndex(current)
        tabs.blockSignals(False)
        self.placeholder.deleteLater()
        view.changed.connect(self.card.refresh)
        view.editor.timer.timeout.connect(self.card.refresh)  # the open breach's countdown and the card move together
        self.window.installEventFilter(view)  # unsaved breach edits are saved before the window closes
        return view

    def _tab_changed(self, index: int) -> None:
        if self.view is None and self.tabs.widget(index) is self.placeholder:
            self.tabs.setCurrentWidget(self.register())

    def show_alerted(self) -> None:
        view = self.register()
        self.tabs.setCurrentWidget(view)
        if self.card.breach_id is not None:
            view.show_breach_id(self.card.breach_id)

    def new_breach(self) -> None:
        view = self.register()
        self.tabs.setCurrentWidget(view)
        view.new_breach()
