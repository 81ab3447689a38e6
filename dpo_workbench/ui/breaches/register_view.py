"""The breach register tab: filters, the list of breaches, and the chosen breach's editor beside it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import InputError
from dpo_workbench.exports import write_export
from dpo_workbench.services.breaches import BreachQuery
from dpo_workbench.ui.breaches.dialogs import NewBreachDialog
from dpo_workbench.ui.breaches.editor import BreachEditor
from dpo_workbench.ui.breaches.model import (
    COLUMNS,
    ID_ROLE,
    BreachModel,
    fit_columns,
    level_labels,
)
from dpo_workbench.ui.widgets import messages
from dpo_workbench.workbench import Workbench


class BreachRegisterView(QWidget):
    """Filters, the register table and the chosen breach's editor."""

    changed = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.new_button = QPushButton(self.tr("Open a breach…"))
        self.new_button.clicked.connect(self.new_breach)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference or summary"))
        self.search.setClearButtonEnabled(True)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Open and closed"), None)
        self.state_filter.addItem(self.tr("Open"), "open")
        self.state_filter.addItem(self.tr("Closed"), "closed")
        self.level_filter = QComboBox()
        self.level_filter.addItem(self.tr("Any severity"), None)
        for code, text in level_labels().items():
            self.level_filter.addItem(text, code)
        self.level_filter.addItem(self.tr("Not assessed"), "unassessed")
        self.notified_filter = QComboBox()
        self.notified_filter.addItem(self.tr("Notified or not"), None)
        self.notified_filter.addItem(self.tr("Notified"), True)
        self.notified_filter.addItem(self.tr("Not notified"), False)
        self.notified_filter.addItem(self.tr("Late (72 hours passed)"), "late")
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"))
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.result_count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.search, 2)
        for w in (self.state_filter, self.level_filter, self.notified_filter):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.result_count)
        bar.addWidget(self.export_csv_button)
        bar.addWidget(self.export_pdf_button)

        self.model = BreachModel(workbench, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        fit_columns(self.table)
        header.setSortIndicator(COLUMNS.index("aware_at"), Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.editor = BreachEditor(workbench)
        self.editor.changed.connect(self._breach_changed)
        self.editor.timer.timeout.connect(self.model.ticked)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([240, 620])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.state_filter, self.level_filter, self.notified_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.apply_filters()

    def current_query(self) -> BreachQuery:
        notified = self.notified_filter.currentData()
        return BreachQuery(text=self.search.text(), state=self.state_filter.currentData(),
                           level=self.level_filter.currentData(),
                           notified=notified if isinstance(notified, bool) else None, late=notified == "late",
                           sort=self.model.query.sort, descending=self.model.query.descending)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        self.model.set_query(self.current_query())
        self.result_count.setText(self.tr("%n breach(es)", "", self.model.rowCount()))
        if selected is not None:
            self.select_breach(selected)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_breach(self, breach_id: int) -> bool:
        row = self.model.row_of(breach_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt API)
        """The main window is closing: save what was typed; on bad input stay open and say why."""
        if event.type() == QEvent.Type.Close and watched is self.window() and not self.editor.save_if_needed():
            event.ignore()
            stack = self.parentWidget()  # a tab's page sits in the tab widget's stack
            tabs = stack.parentWidget() if stack is not None else None
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(self)
            return True
        return super().eventFilter(watched, event)

    def show_breach_id(self, breach_id: int) -> bool:
        """Select a breach, refreshing the register (and clearing its filters) if it is not shown."""
        if self.select_breach(breach_id):
            return True
        self.model.refresh()
        if self.select_breach(breach_id):
            return True
        self.search.clear()
        for combo in (self.state_filter, self.level_filter, self.notified_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply_filters()
        return self.select_breach(breach_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        breach_id = self.selected_id()
        current = self.editor.record.id if self.editor.record else None
        if breach_id == current:
            return
        if not self.editor.save_if_needed():  # bad input: stay on it, nothing typed is lost
            self.table.selectionModel().blockSignals(True)
            if current is not None:
                self.select_breach(current)
            self.table.selectionModel().blockSignals(False)
            return
        self.editor.show_breach(breach_id)

    def _breach_changed(self, breach_id: int) -> None:
        self.model.refresh()
        self.result_count.setText(self.tr("%n breach(es)", "", self.model.rowCount()))
        self.table.selectionModel().blockSignals(True)
        self.select_breach(breach_id)
        self.table.selectionModel().blockSignals(False)
        self.changed.emit()

    def new_breach(self) -> str | None:
        dialog = NewBreachDialog(self.workbench, self)
        if dialog.exec() != NewBreachDialog.DialogCode.Accepted or dialog.reference is None:
            return None
        self.opened(dialog.reference)
        return dialog.reference

    def opened(self, reference: str) -> None:
        """A breach was just opened: show it, first section forward."""
        self.model.refresh()
        ids = self.workbench.breaches.ids(BreachQuery(text=reference))
        if ids:
            self.select_breach(ids[0])
        self.editor.sections.setCurrentRow(0)
        self.result_count.setText(self.tr("%n breach(es)", "", self.model.rowCount()))
        self.changed.emit()

    def export(self, fmt: str) -> bytes | None:
        """Export the register as filtered (an explicit export: journaled by the workbench)."""
        suffix = "csv" if fmt == "csv" else "pdf"
        name = f"breach-register-{self.workbench.today().isoformat()}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the breach register"), name,
                                              "CSV (*.csv)" if fmt == "csv" else "PDF (*.pdf)")
        if not path:
            return None
        data = self.workbench.breaches.export(fmt, self.current_query())
        try:
            write_export(path, data)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), messages.text(exc))
        return data
