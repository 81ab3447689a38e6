"""The dashboard's place in the main window: a tab built when first opened, and the File menu's exports.

QtCharts is imported with the dashboard view, the first time the DPO opens the tab:
start-up does not pay for it. Two lines in the main window hook it all:

    self.dashboard_area = DashboardArea(workbench, self)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dpo_workbench.ui.dashboard.exports import Exporter
from dpo_workbench.workbench import Workbench

if TYPE_CHECKING:
    from dpo_workbench.ui.dashboard.view import DashboardView



class DashboardArea(QObject):
    """The dashboard tab (its view is built when first needed) and the exports of the File menu.

    `window` is the main window: its `tabs`, `file_menu`/`file_end`, `splitter` (the Requests
    tab), `current_query()`, `model.ids`, `select_request()`, `set_filters()` and status bar.
    """

    def __init__(self, workbench: Workbench, window: Any):
        super().__init__(window)
        self.workbench = workbench
        self.window = window
        self.tabs = window.tabs
        self.view: DashboardView | None = None
        self.placeholder = QWidget()
        self.tabs.addTab(self.placeholder, QCoreApplication.translate("Dashboard", "Dashboard"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.exporter = Exporter(workbench, window, lambda text: window.statusBar().showMessage(text, 10000))

        self.export_action = QAction(
            QCoreApplication.translate("Dashboard", "Export the register (XLSX, CSV)…"), window)
        self.export_action.triggered.connect(lambda: self.export_register())
        self.annual_action = QAction(QCoreApplication.translate("Dashboard", "Annual report (PDF)…"), window)
        self.annual_action.triggered.connect(lambda: self.exporter.annual_report())

    def dashboard(self) -> DashboardView:
        """The dashboard view, built (in place of the placeholder tab) the first time it is needed."""
        if self.view is not None:
            return self.view
        from dpo_workbench.ui.dashboard.view import DashboardView

        view = self.view = DashboardView(self.workbench)
        view.open_request.connect(self.open_request)
        index, current = self.tabs.indexOf(self.placeholder), self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, view, QCoreApplication.translate("Dashboard", "Dashboard"))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.placeholder.deleteLater()
        return view

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self.view is None and widget is self.placeholder:
            self.tabs.setCurrentWidget(self.dashboard())
        elif self.view is not None and widget is self.view:
            self.view.refresh()  # the work moved since it was last shown

    def open_request(self, request_id: int) -> None:
        """Show a request in the Requests tab (all requests shown if the register's filter hides it)."""
        window = self.window
        window.tabs.setCurrentWidget(window.splitter)
        if not window.select_request(request_id):
            window.set_filters(text="")
            window.select_request(request_id)

    def export_register(self, **kwargs):
        """The register as shown (its filter and order) to XLSX or CSV."""
        return self.exporter.export_register(list(self.window.model.ids), **kwargs)
