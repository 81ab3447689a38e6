"""The main window: the counts strip, the filters, the register and the chosen request."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Right
from dpo_workbench.services.requests import DeadlineFilter, RegisterQuery
from dpo_workbench.ui.about import install_about
from dpo_workbench.ui.breaches.tab import BreachArea
from dpo_workbench.ui.dashboard.tab import DashboardArea
from dpo_workbench.ui.menus import MainMenus
from dpo_workbench.ui.register.tab import RegisterArea
from dpo_workbench.ui.requests.new_request import NewRequestDialog
from dpo_workbench.ui.requests.panel import RequestPanel
from dpo_workbench.ui.requests.register_model import COLUMNS, ID_ROLE, RegisterModel, fit_columns
from dpo_workbench.ui.team.area import TeamArea
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.background import exclusive_work_running
from dpo_workbench.ui.widgets.palette import Tone, count_card_style, text_style
from dpo_workbench.workbench import Workbench

if TYPE_CHECKING:
    from dpo_workbench.ui.breaches.register_view import BreachRegisterView

AWAITING = "awaiting"  # the card that filters on the state, not on the deadline
PURGE_INTERVAL_MS = 60 * 60 * 1000  # hourly: an ID copy never outlives its purge date by more than an hour


class CountCard(QPushButton):
    """A number with its meaning; clicking it filters the register."""

    def __init__(self, caption: str, tone: Tone):
        super().__init__()
        self.caption = caption
        self.setCheckable(True)
        self.setStyleSheet(count_card_style(tone))
        self.setMinimumWidth(150)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(f"{count}\n{self.caption}")


class MainWindow(QMainWindow):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.team: TeamArea | None = None
        self.update_title()
        self.resize(1360, 820)

        # the menus: each area adds its entries (File: before the separator above Quit)
        menus = self.menuBar()
        self.file_menu = menus.addMenu(self.tr("&File"))
        self.file_end = self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.help_menu = menus.addMenu(self.tr("&Help"))
        self.about_action = install_about(self)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.new_action = QAction(self.tr("New request…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_request)
        toolbar.addAction(self.new_action)
        self.letters_action = QAction(self.tr("Letters for several requests…"), self)
        self.letters_action.triggered.connect(lambda: self.open_letter_batch())
        toolbar.addAction(self.letters_action)
        self.organisation_action = QAction(self.tr("Organisation profile…"), self)
        self.organisation_action.triggered.connect(self.open_organisation)
        toolbar.addAction(self.organisation_action)
        self.settings_action = QAction(self.tr("Settings…"), self)
        self.settings_action.triggered.connect(self.open_settings)
        toolbar.addAction(self.settings_action)

        # counts strip
        self.cards = {
            DeadlineFilter.ACTIVE: CountCard(self.tr("open"), Tone.INFO),
            DeadlineFilter.SOON: CountCard(self.tr("due within 7 days"), Tone.WARNING),
            DeadlineFilter.OVERDUE: CountCard(self.tr("overdue"), Tone.DANGER),
            AWAITING: CountCard(self.tr("awaiting identity"), Tone.NEUTRAL),
        }
        strip = QHBoxLayout()
        for key, card in self.cards.items():
            card.clicked.connect(lambda checked, k=key: self._card_clicked(k, checked))
            strip.addWidget(card)
        strip.addStretch(1)
        self.summary_strip = strip

        # filters
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, e-mail or reference"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("All states"), None)
        for state, label in labels.state_labels().items():
            self.state_filter.addItem(label, state)
        self.right_filter = QComboBox()
        self.right_filter.addItem(self.tr("All rights"), None)
        for right, label in labels.right_labels().items():
            self.right_filter.addItem(label, right)
        self.urgency_filter = QComboBox()
        self.urgency_filter.addItem(self.tr("Any deadline"), None)
        self.urgency_filter.addItem(self.tr("Open (running or suspended)"), DeadlineFilter.ACTIVE)
        self.urgency_filter.addItem(self.tr("Overdue"), DeadlineFilter.OVERDUE)
        self.urgency_filter.addItem(self.tr("Due within 7 days"), DeadlineFilter.SOON)
        self.result_count = QLabel()
        filters = self.filters = QHBoxLayout()  # a team database adds "Mine" (ui/team/area.py)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.right_filter)
        filters.addWidget(self.urgency_filter)
        filters.addStretch(1)
        filters.addWidget(self.result_count)

        # register
        self.model = RegisterModel(workbench, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        fit_columns(self.table)  # the register fits its pane: the requester takes what the others leave
        # the indicator first: enabling sorting then sorts by it once, before any data is loaded
        header.setSortIndicator(COLUMNS.index("due_on"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.panel = RequestPanel(workbench)
        self.panel.changed.connect(self._request_changed)
        self.panel.agenda.open_request.connect(self.open_request)  # the lists shown until a request is chosen
        self.panel.agenda.show_list.connect(self.show_due_list)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(strip)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([920, 440])  # the panel holds four tabs side by side (French titles included)
        # requests and breaches side by side in tabs; the breach register is built when first opened
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Requests"))
        self.setCentralWidget(self.tabs)
        self.breach_area = BreachArea(workbench, self.tabs, self)
        self.breach_card = self.breach_area.card
        strip.insertWidget(strip.count() - 1, self.breach_card)  # before the stretch
        toolbar.insertAction(self.letters_action, self.breach_area.new_action)
        self.register_area = RegisterArea(workbench, self)  # Art. 30: its tab (built when opened), File actions
        self.dashboard_area = DashboardArea(workbench, self)  # its tab (charts when opened), File-menu exports
        self.statusBar()
        from dpo_workbench.ui.settings.unlock import key_store_explanation, key_store_text

        self.key_store_label = QLabel(self.tr("Keys: %1").replace("%1", key_store_text(workbench.folder)))
        self.key_store_label.setToolTip(key_store_explanation(workbench.folder))
        if workbench.folder.uses_passphrase:  # not a system store: say so where it is always seen
            self.key_store_label.setStyleSheet(text_style(Tone.WARNING))
        self.statusBar().addPermanentWidget(self.key_store_label)

        # ID copies whose grace period is over are destroyed while the application stays open
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(PURGE_INTERVAL_MS)
        self.purge_timer.timeout.connect(self.purge_due_documents)
        self.purge_timer.start()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.textEdited.connect(self._search_everywhere)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.state_filter, self.right_filter, self.urgency_filter):
            combo.currentIndexChanged.connect(self.apply_filters)

        # the working list first: open requests, soonest deadline first
        self.urgency_filter.blockSignals(True)
        self.urgency_filter.setCurrentIndex(self.urgency_filter.findData(DeadlineFilter.ACTIVE))
        self.urgency_filter.blockSignals(False)
        self.apply_filters()


        from dpo_workbench.ui.intake.controller import IntakeController

        self.intake = IntakeController(self, self)  # e-mails dropped or imported, postal requests with their scans
        toolbar.insertActions(self.settings_action, self.intake.actions())
        from dpo_workbench.ui.backups.controller import BackupController

        self.backups = BackupController(self, workbench)  # File: back up, restore, verify, recovery key; status bar
        from dpo_workbench.ui.retention.controller import RetentionController

        self.retention = RetentionController(self, workbench)  # records past their retention: status bar, purge
        self.menus = MainMenus(self)  # File, View, Request and Help from the areas' actions, with their keys
        self.team = TeamArea(self)  # a team database: who is signed in, the Team menu; else File › Connect…
        self.update_title()

    def closeEvent(self, event) -> None:  # noqa: N802  (Qt API)
        """A closed window reads nothing more: its timers (live refresh, breach countdown, purges) stop with it."""
        for timer in self.findChildren(QTimer):
            timer.stop()
        super().closeEvent(event)

    def update_title(self) -> None:
        org = self.workbench.organisation.get()
        title = self.tr("DPO Workbench")
        suffix = self.team.title_suffix() if self.team else ""  # on a team database: who, and where
        self.setWindowTitle((f"{title} — {org.name}" if org else title) + suffix)

    # -- register -------------------------------------------------------------------

    def current_query(self) -> RegisterQuery:
        return RegisterQuery(
            text=self.search.text(),
            state=State(self.state_filter.currentData()) if self.state_filter.currentData() else None,
            right=Right(self.right_filter.currentData()) if self.right_filter.currentData() else None,
            urgency=DeadlineFilter(self.urgency_filter.currentData()) if self.urgency_filter.currentData() else None,
            sort=self.model.query.sort,
            descending=self.model.query.descending,
            mine=self.team is not None and self.team.mine_only(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        self.model.set_query(self.current_query())
        self.refresh_counts()
        self._sync_cards()
        self.result_count.setText(self.tr("%n request(s)", "", self.model.rowCount()))
        if selected is not None:
            self.select_request(selected)

    def _search_everywhere(self, text: str) -> None:
        """Looking for a person means all their requests: leave the default 'open' view when typing."""
        if text.strip() and self.urgency_filter.currentData() == DeadlineFilter.ACTIVE:
            self.urgency_filter.blockSignals(True)
            self.urgency_filter.setCurrentIndex(0)
            self.urgency_filter.blockSignals(False)

    def refresh_counts(self) -> None:
        counts = self.workbench.requests.counts()
        self.cards[DeadlineFilter.ACTIVE].set_count(counts.open)
        self.cards[DeadlineFilter.SOON].set_count(counts.due_soon)
        self.cards[DeadlineFilter.OVERDUE].set_count(counts.overdue)
        self.cards[AWAITING].set_count(counts.awaiting_identity)
        if self.panel.detail is None:  # the side panel's lists show the same deadlines
            self.panel.agenda.refresh()

    def _sync_cards(self) -> None:
        urgency = self.urgency_filter.currentData()
        state = State(self.state_filter.currentData()) if self.state_filter.currentData() else None
        for key, card in self.cards.items():
            card.setChecked(key == urgency or (key == AWAITING and state is State.AWAITING_IDENTITY))

    def _card_clicked(self, key: str, checked: bool) -> None:
        for combo in (self.state_filter, self.urgency_filter):
            combo.blockSignals(True)
        self.state_filter.setCurrentIndex(0)
        self.urgency_filter.setCurrentIndex(0)
        if checked:
            if key == AWAITING:
                self.state_filter.setCurrentIndex(self.state_filter.findData(State.AWAITING_IDENTITY))
            else:
                self.urgency_filter.setCurrentIndex(self.urgency_filter.findData(key))
        for combo in (self.state_filter, self.urgency_filter):
            combo.blockSignals(False)
        self.apply_filters()

    def set_filters(self, *, text: str | None = None, state: State | None = None, right: Right | None = None,
                    urgency: DeadlineFilter | None = None) -> None:
        """Set several filters at once (used by the cards and by tests)."""
        widgets = (self.search, self.state_filter, self.right_filter, self.urgency_filter)
        for w in widgets:
            w.blockSignals(True)
        if text is not None:
            self.search.setText(text)
        self.state_filter.setCurrentIndex(self.state_filter.findData(state) if state else 0)
        self.right_filter.setCurrentIndex(self.right_filter.findData(right) if right else 0)
        self.urgency_filter.setCurrentIndex(self.urgency_filter.findData(urgency) if urgency else 0)
        for w in widgets:
            w.blockSignals(False)
        self.apply_filters()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_request(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_request(self, request_id: int) -> bool:
        """Show a request in the register and its panel, leaving the filters if they hide it."""
        if not self.select_request(request_id):
            self.set_filters(text="")
        return self.select_request(request_id)

    def show_due_list(self, which: str) -> None:
        """A heading of the side panel's lists: the register filtered on it ("today" is within the week)."""
        self.set_filters(urgency=DeadlineFilter.OVERDUE if which == DeadlineFilter.OVERDUE else DeadlineFilter.SOON)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        request_id = self.selected_id()
        if request_id != (self.panel.detail.id if self.panel.detail else None):
            self.panel.show_request(request_id)

    def _request_changed(self, request_id: int) -> None:
        self.model.refresh()
        self.refresh_counts()
        self.result_count.setText(self.tr("%n request(s)", "", self.model.rowCount()))
        self.table.selectionModel().blockSignals(True)
        self.select_request(request_id)
        self.table.selectionModel().blockSignals(False)

    # -- actions ------------------------------------------------------------------------

    def new_request(self) -> str | None:
        dialog = NewRequestDialog(self.workbench, self)
        if dialog.exec() != NewRequestDialog.DialogCode.Accepted or dialog.reference is None:
            return None
        self.statusBar().showMessage(self.tr("Request %1 logged.").replace("%1", dialog.reference), 8000)
        self.apply_filters()
        detail_id = self.workbench.requests.ids(RegisterQuery(text=dialog.reference))
        if detail_id:
            self.select_request(detail_id[0])
        return dialog.reference

    def purge_due_documents(self) -> int:
        """Destroy the ID copies whose time has come (start-up does it too); refresh what shows them."""
        if exclusive_work_running():  # e.g. a key rotation: the next tick will do it
            return 0
        count = self.workbench.documents.purge_due()
        moved = self.workbench.requests.refresh_suspended_deadlines()  # a new day moves suspended due dates
        if count:
            self.statusBar().showMessage(self.tr("%n ID copy(ies) destroyed after identity verification.", "",
                                                 count), 15000)
        if count or moved:
            if self.panel.detail is not None:
                self.panel.show_request(self.panel.detail.id)
            self.model.refresh()
            self.refresh_counts()
        return count

    @property
    def breaches(self) -> BreachRegisterView:
        """The breach register view (built the first time it is needed)."""
        return self.breach_area.register()

    def open_letter_batch(self):
        """Letters for the requests received today, the ones shown, or the selected one; returns the dialog."""
        from dpo_workbench.ui.letters.batch import LetterBatchDialog

        selected = self.selected_id()
        dialog = LetterBatchDialog(self.workbench, [
            ("today", self.tr("Received today"), self.workbench.requests.received_on(self.workbench.today())),
            ("shown", self.tr("Shown in the register"), self.model.ids),
            ("selected", self.tr("The selected request"), [selected] if selected is not None else []),
        ], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._refresh_after_letters())
        dialog.open()
        return dialog

    def _refresh_after_letters(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.panel.show_request(selected)

    def open_organisation(self) -> bool:
        """The organisation profile; returns True when it was saved."""
        from dpo_workbench.ui.settings.organisation import OrganisationDialog

        dialog = OrganisationDialog(self.workbench, self)
        if dialog.exec() != OrganisationDialog.DialogCode.Accepted:
            return False
        self.update_title()
        if dialog.show_register:
            self.register_area.show().refresh()
        return True

    def open_settings(self) -> None:
        from dpo_workbench.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.workbench, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted and dialog.language_changed:
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language applies the next time the application starts."))
        self.intake.mail.apply_poll_setting()  # the mail poll interval may have changed
        self.retention.check()  # the retention periods may have changed
        self.apply_filters()
