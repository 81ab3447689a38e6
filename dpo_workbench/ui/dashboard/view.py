"""The dashboard tab: where the work stands today, and the figures of a period, in charts.

Top: the period (the last 12 months by default) and the filters (a right, a channel).
Then the cards of today (open, overdue, due within 7 days, awaiting identity) and of the
period (on-time rate, median answer time), the list of the requests due today (a click
opens the request in the Requests tab), and the charts. Every figure comes from
`wb.reports.dashboard()` (SQL aggregates); a redraw refills the charts in place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.report import Period
from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.services.reports import (
    Dashboard,
    FigureFilter,
    last_year,
    previous_months,
    quarter_period,
    year_to_date,
)
from dpo_workbench.ui.dashboard import charts
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.forms import pydate, qdate
from dpo_workbench.ui.widgets.palette import HINT_STYLE, TITLE_STYLE, Tone, figure_card_style, heading_style
from dpo_workbench.workbench import Workbench

PERIODS = ("12-months", "quarter", "year", "last-year", "custom")


class FigureCard(QFrame):
    """A number with its meaning, in a tone."""

    def __init__(self, caption: str, tone: Tone):
        super().__init__()
        self.setObjectName("figureCard")
        self.setStyleSheet(figure_card_style("figureCard", tone))
        self.setMinimumWidth(130)
        self.number = QLabel()
        self.number.setStyleSheet(heading_style(15))
        self.caption = QLabel(caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.set_value("—")

    def set_value(self, value: str) -> None:
        self.value = value
        self.number.setText(value)


class DashboardView(QWidget):
    """The dashboard (see the module docstring)."""

    open_request = Signal(int)  # a request of the "due today" list was chosen

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.figures: Dashboard | None = None

        self.period = QComboBox()
        for key, text in zip(PERIODS, [self.tr("Last 12 months"), self.tr("This quarter"), self.tr("This year"),
                                       self.tr("Last year"), self.tr("Custom period")], strict=True):
            self.period.addItem(text, key)
        today = workbench.today()
        self.start = QDateEdit(qdate(previous_months(today).start))
        self.end = QDateEdit(qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.right = QComboBox()
        self.right.addItem(self.tr("All rights"), None)
        for right, text in labels.right_labels().items():
            self.right.addItem(text, right.value)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for channel, text in labels.channel_labels().items():
            self.channel.addItem(text, channel.value)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        bar.addWidget(self.start)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.end)
        bar.addSpacing(16)
        bar.addWidget(self.right)
        bar.addWidget(self.channel)
        bar.addStretch(1)
        self.note = QLabel()
        self.note.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.note)
        bar.addWidget(self.refresh_button)

        self.cards = {
            "open": FigureCard(self.tr("open"), Tone.INFO),
            "overdue": FigureCard(self.tr("overdue"), Tone.DANGER),
            "week": FigureCard(self.tr("due within 7 days"), Tone.WARNING),
            "awaiting": FigureCard(self.tr("awaiting identity"), Tone.NEUTRAL),
            "received": FigureCard(self.tr("received in the period"), Tone.NEUTRAL),
            "rate": FigureCard(self.tr("answered on time"), Tone.SUCCESS),
            "median": FigureCard(self.tr("median answer time"), Tone.SUCCESS),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        cards.addStretch(1)

        self.due_title = QLabel()
        self.due_title.setStyleSheet(TITLE_STYLE)
        self.due_list = QListWidget()
        self.due_list.setMinimumWidth(200)
        self.due_list.itemActivated.connect(self._due_chosen)
        self.due_list.itemClicked.connect(self._due_chosen)
        due_hint = QLabel(self.tr("Click a request to open it in the register."))
        due_hint.setStyleSheet(HINT_STYLE)
        due_hint.setWordWrap(True)
        due_box = QVBoxLayout()
        due_box.setContentsMargins(0, 0, 0, 0)
        due_box.addWidget(self.due_title)
        due_box.addWidget(self.due_list, 1)
        due_box.addWidget(due_hint)
        due_panel = QFrame()
        due_panel.setLayout(due_box)

        self.views = {
            "months": charts.new_chart_view(self.tr("Requests received per month, by right")),
            "times": charts.new_chart_view(self.tr("Answer times per quarter")),
            "breaches": charts.new_chart_view(self.tr("Breaches per month")),
            "extensions": charts.new_chart_view(self.tr("Extensions and suspensions per quarter")),
            "channels": charts.new_chart_view(self.tr("Channels")),
        }
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.views["months"], 0, 0, 1, 2)
        grid.addWidget(self.views["breaches"], 0, 2, 1, 2)
        grid.addWidget(self.views["times"], 1, 0)
        grid.addWidget(self.views["extensions"], 1, 1)
        grid.addWidget(self.views["channels"], 1, 2)
        grid.addWidget(due_panel, 1, 3)
        for column in range(4):
            grid.setColumnStretch(column, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(cards)
        body_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self._timer = QTimer(self)  # a burst of changes (typing a date) redraws once
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._period_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._timer.start)
        for combo in (self.right, self.channel):
            combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # -- the period and the filters --------------------------------------------------------------

    def _period_changed(self) -> None:
        key = self.period.currentData()
        today = self.workbench.today()
        custom = key == "custom"
        for edit in (self.start, self.end):
            edit.setEnabled(custom)
        if not custom:
            period = {"12-months": previous_months, "quarter": quarter_period, "year": year_to_date,
                      "last-year": last_year}[key](today)
            for edit, day in ((self.start, period.start), (self.end, period.end)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self.refresh()

    def current_filter(self) -> FigureFilter:
        start, end = pydate(self.start.date()), pydate(self.end.date())
        if end < start:
            start, end = end, start
        right = self.right.currentData()
        channel = self.channel.currentData()
        return FigureFilter(Period(start, end), Right(right) if right else None,
                            Channel(channel) if channel else None)

    def set_period(self, start: date, end: date) -> None:
        """A custom period (and the tests' way to choose one)."""
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)
        for edit, day in ((self.start, start), (self.end, end)):
            edit.setEnabled(True)
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._timer.stop()
        self.figures = figures = self.workbench.reports.dashboard(self.current_filter())
        self.show_figures(figures)

    def show_figures(self, figures: Dashboard) -> None:
        c, r = figures.counts, figures.requests
        self.cards["open"].set_value(str(c.open))
        self.cards["overdue"].set_value(str(c.overdue))
        self.cards["week"].set_value(str(c.due_soon))
        self.cards["awaiting"].set_value(str(c.awaiting_identity))
        self.cards["received"].set_value(str(r.received))
        self.cards["rate"].set_value(charts.percent(r.times.on_time_rate))
        median = r.times.median_days
        self.cards["median"].set_value("—" if median is None else self.tr("%n day(s)", "", round(median)))
        period = figures.filter.period  # whole months; what is received stops today
        end = min(period.end, figures.as_of)
        self.note.setText(self.tr("%1 to %2; received requests, as they stand today")
                          .replace("%1", labels.format_date(period.start))
                          .replace("%2", labels.format_date(end)))
        self.due_title.setText(self.tr("Due today (%1)").replace("%1", str(c.due_today)))
        self.due_list.clear()
        for row in figures.due_today:
            item = QListWidgetItem(f"{row.reference} — {labels.rights_text(row.rights)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(labels.channel_labels()[row.channel])
            self.due_list.addItem(item)
        if not figures.due_today:
            empty = QListWidgetItem(self.tr("Nothing is due today."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.due_list.addItem(empty)
        charts.fill_all(self.views, figures)

    def _due_chosen(self, item: QListWidgetItem) -> None:
        request_id = item.data(Qt.ItemDataRole.UserRole)
        if request_id is not None:
            self.open_request.emit(int(request_id))
