"""The Register tab: the list of processings (search, department, DPIA outcome), the chosen one's record and history.

A change left unsaved when another processing is chosen is saved first; if it cannot be
(a required field empty, say), the choice stays on it with the message under the field.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core import register as reg
from dpo_workbench.services.register import RegisterQuery
from dpo_workbench.ui.register.editor import ProcessingEditor
from dpo_workbench.ui.register.history import HistoryPanel
from dpo_workbench.ui.register.model import COLUMNS, ID_ROLE, ProcessingModel, lang
from dpo_workbench.workbench import Workbench


class RegisterView(QWidget):
    """Filters and the list on the left, the record and its history on the right."""

    changed = Signal()
    import_requested = Signal()
    export_requested = Signal()
    print_requested = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.register_choice = QComboBox()
        self.register_choice.addItem(self.tr("Processing activities (controller)"), "controller")
        self.register_choice.addItem(self.tr("Processor register (for clients)"), "processor")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, name or purpose"))
        self.search.setClearButtonEnabled(True)
        self.department_filter = QComboBox()
        self.dpia_filter = QComboBox()
        self.dpia_filter.addItem(self.tr("Any DPIA outcome"), None)
        for status in reg.DPIA_STATUSES:
            self.dpia_filter.addItem(reg.status_words(status, lang()), status)
        self.retired = QCheckBox(self.tr("Ended too"))
        self.count = QLabel()
        filters = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.register_choice)
        first.addWidget(self.search, 1)
        second.addWidget(self.department_filter, 1)
        second.addWidget(self.dpia_filter, 1)
        second.addWidget(self.retired)
        filters.addLayout(first)
        filters.addLayout(second)

        self.new_button = QPushButton(self.tr("New processing"))
        self.new_button.clicked.connect(self.new_processing)
        self.departments_button = QPushButton(self.tr("Departments…"))
        self.departments_button.clicked.connect(self.open_departments)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(self.tr("Print as of…"))
        self.print_button.clicked.connect(self.print_requested)
        actions = QHBoxLayout()
        for button in (self.new_button, self.departments_button, self.import_button, self.export_button,
                       self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)

        self.model = ProcessingModel(workbench, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        for column, width in (("reference", 72), ("department", 120), ("dpia", 120)):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("updated"), QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.editor = ProcessingEditor(workbench)
        self.editor.saved.connect(self._saved)
        self.history = HistoryPanel(workbench)
        self.pages = QTabWidget()
        self.pages.addTab(self.editor, self.tr("Record"))
        self.pages.addTab(self.history, self.tr("History"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([500, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.register_choice.currentIndexChanged.connect(self._register_changed)
        for combo in (self.department_filter, self.dpia_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.retired.toggled.connect(self.apply_filters)
        self._fill_departments()
        self.apply_filters()
        if self.model.rowCount():
            self.table.selectRow(0)

    # -- the list -------------------------------------------------------------------------------------

    def _fill_departments(self) -> None:
        current = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All departments"), None)
        for department_id, name in self.workbench.register.department_names():
            self.department_filter.addItem(name, department_id)
        self.department_filter.setCurrentIndex(max(self.department_filter.findData(current), 0))
        self.department_filter.blockSignals(False)

    @property
    def role(self) -> str:
        return self.register_choice.currentData()

    def query(self) -> RegisterQuery:
        return RegisterQuery(text=self.search.text(), role=self.role,
                             department_id=self.department_filter.currentData(), dpia=self.dpia_filter.currentData(),
                             include_retired=self.retired.isChecked())

    def apply_filters(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        self.model.set_query(self.query())
        self.count.setText(self.tr("%n processing(s)", "", self.model.rowCount()))
        if selected is not None:
            self.select(selected)

    def _register_changed(self) -> None:
        self.dpia_filter.setEnabled(self.role == "controller")
        self.apply_filters()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.editor.new(self.role)
            self.history.show_processing(None)

    def refresh(self) -> None:
        """The register moved (an import, another window): the list and the record shown again."""
        self._fill_departments()
        self.apply_filters()
        if self.editor.dirty:
            return
        if self.editor.detail is not None:
            self.show_processing(self.editor.detail.id)
        else:
            self.editor.new(self.role)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, processing_id: int) -> bool:
        row = self.model.row_of(processing_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, _selected: QItemSelection, deselected: QItemSelection) -> None:
        chosen = self.selected_id()
        shown = self.editor.detail.id if self.editor.detail else None
        if chosen == shown:
            return
        if self.editor.dirty:  # unsaved: saved first, or the choice stays on it
            saved = self.editor.save() is not None
            self.table.selectionModel().blockSignals(True)
            if saved and chosen is not None:
                self.select(chosen)  # the save refreshed the list
            elif not saved and shown is not None:
                self.select(shown)
            elif not saved:
                self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)
            if not saved:
                return
        if chosen is not None:
            self.show_processing(chosen)

    def show_processing(self, processing_id: int) -> None:
        detail = self.workbench.register.get(processing_id)
        self.editor.load(detail)
        self.history.show_processing(detail.record.reference)

    # -- actions --------------------------------------------------------------------------------------

    def new_processing(self) -> None:
        if self.editor.dirty and self.editor.save() is None:
            return
        self.table.clearSelection()
        self.editor.new(self.role)
        self.history.show_processing(None)
        self.pages.setCurrentWidget(self.editor)
        self.editor.widgets["name"].setFocus()

    def _saved(self, reference: str) -> None:
        detail = self.workbench.register.get(reference)
        self.model.refresh()
        self.count.setText(self.tr("%n processing(s)", "", self.model.rowCount()))
        self.table.selectionModel().blockSignals(True)
        self.select(detail.id)
        self.table.selectionModel().blockSignals(False)
        self.history.show_processing(reference)
        self.changed.emit()

    def open_departments(self):
        from dpo_workbench.ui.register.dialogs import DepartmentsDialog

        dialog = DepartmentsDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog
