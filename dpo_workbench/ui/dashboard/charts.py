"""The dashboard's charts (QtCharts): each one is built once and refilled from the figures on every redraw.

Refilling replaces the series of a chart and keeps the chart, its view and its title:
no animation, so a redraw costs what drawing costs. Colours come from the palette
(`CHART_SERIES`, told apart by colour-blind people) and every series is named in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from dpo_workbench.core.report import MonthRow, QuarterRow
from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.services.reports import Dashboard
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.palette import (
    CHART_BACKGROUND,
    CHART_BAD,
    CHART_GOOD,
    CHART_LINE,
    CHART_NEUTRAL,
    chart_colour,
)


def month_labels(months: Sequence[str]) -> list[str]:
    """ "2026-05" -> "May" in the DPO's language; "Jan 27" for a January that is not the first month shown."""
    from PySide6.QtCore import QDate, QLocale

    out = []
    for i, month in enumerate(months):
        name = QLocale().toString(QDate(int(month[:4]), int(month[5:7]), 1), "MMM").rstrip(".")
        out.append(f"{name} {month[2:4]}" if i > 0 and month.endswith("-01") else name)
    return out


def quarter_label(quarter: str) -> str:
    year, number = quarter.split("-Q")
    return QCoreApplication.translate("Dashboard", "Q%1 %2").replace("%1", number).replace("%2", year[2:])


def new_chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # bar labels and axes as the interface writes numbers: "10,5" in French
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(QFont(chart.legend().font().family(), 8))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(250)
    return view


def _clear(chart: QChart) -> None:
    """Remove the series; the axes stay (a removed axis may linger on screen): they are refilled."""
    chart.removeAllSeries()


def _axis(chart: QChart, kind: type, align: Qt.AlignmentFlag):
    """The chart's axis of this kind on this side, made the first time."""
    for axis in chart.axes():
        if isinstance(axis, kind) and axis.alignment() == align:
            return axis
    axis = kind()
    chart.addAxis(axis, align)
    return axis


def _small(axis, points: int = 8) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSize(points)
    axis.setLabelsFont(font)


WHOLE = "%.0f"  # whole numbers; "%d" draws nothing once the chart localises its numbers


def _category_axis(chart: QChart, names: Sequence[str], series) -> QBarCategoryAxis:
    axis = _axis(chart, QBarCategoryAxis, Qt.AlignmentFlag.AlignBottom)
    axis.clear()
    axis.append(list(names))
    _small(axis, 7 if len(names) > 6 else 8)
    for s in series:
        s.attachAxis(axis)
    return axis


def _value_axis(chart: QChart, top: float, series, *, align=Qt.AlignmentFlag.AlignLeft, fmt: str = WHOLE,
                title: str = "") -> QValueAxis:
    axis = _axis(chart, QValueAxis, align)
    axis.setTickCount(5)
    axis.setRange(0, max(1.0, top))
    axis.setLabelFormat(fmt)
    if fmt == WHOLE:
        axis.applyNiceNumbers()
        if axis.max() < 5:  # small counts: one tick per unit, never "0, 0, 0, 1"
            axis.setRange(0, max(1, int(axis.max() + 0.999)))
            axis.setTickCount(int(axis.max()) + 1)
    if title:
        axis.setTitleText(title)
        font = QFont(axis.titleFont())
        font.setPointSize(8)
        font.setBold(False)
        axis.setTitleFont(font)
    _small(axis)
    for s in series:
        s.attachAxis(axis)
    return axis


def _bar_set(name: str, values: Sequence[float], colour: QColor) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(colour)
    bar_set.setBorderColor(colour)
    return bar_set


def fill_months_by_right(view: QChartView, months: Sequence[MonthRow]) -> None:
    """Requests received per month, stacked by right (a request with two rights counts in both)."""
    chart = view.chart()
    _clear(chart)
    series = QStackedBarSeries()
    names = labels.right_labels()
    rights = [r for r in Right if any(m.by_right.get(r.value) for m in months)]
    for index, right in enumerate(Right):
        if right in rights:
            series.append(_bar_set(names[right], [m.by_right.get(right.value, 0) for m in months],
                                   chart_colour(index)))
    chart.addSeries(series)
    _category_axis(chart, month_labels([m.month for m in months]), [series])
    top = max((sum(m.by_right.values()) for m in months), default=0)
    _value_axis(chart, top, [series])
    chart.legend().setVisible(bool(rights))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)  # ten rights: one per line, never cut


def fill_answer_times(view: QChartView, quarters: Sequence[QuarterRow]) -> None:
    """Median answer time per quarter (bars, days) and the on-time rate (line, %)."""
    chart = view.chart()
    _clear(chart)
    bars = QBarSeries()
    median = _bar_set(
        QCoreApplication.translate("Dashboard", "Median (days)"), [q.times.median_days or 0 for q in quarters],
                      chart_colour(4))
    bars.append(median)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value")
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    line = QLineSeries()
    line.setName(QCoreApplication.translate("Dashboard", "On time (%)"))
    line.setPen(QPen(QColor(CHART_LINE), 2.5))
    line.setPointsVisible(True)
    line.setPointLabelsVisible(True)
    line.setPointLabelsFormat("@yPoint %")
    line.setPointLabelsClipping(False)
    chart.setMargins(QMargins(4, 18, 4, 4))  # room above the plot for a label at 100 %
    for i, q in enumerate(quarters):
        if q.times.on_time_rate is not None:
            line.append(QPointF(i, round(q.times.on_time_rate * 100)))
    chart.addSeries(bars)
    chart.addSeries(line)
    _category_axis(chart, [quarter_label(q.quarter) for q in quarters], [bars, line])
    top = max((q.times.median_days or 0 for q in quarters), default=0)
    _value_axis(chart, top * 1.15, [bars], title=QCoreApplication.translate("Dashboard", "days"))
    rate_axis = _value_axis(chart, 100, [line], align=Qt.AlignmentFlag.AlignRight, title="%")
    rate_axis.setTickCount(5)


def fill_extensions(view: QChartView, quarters: Sequence[QuarterRow]) -> None:
    """Requests extended and suspended, per quarter of receipt."""
    chart = view.chart()
    _clear(chart)
    series = QBarSeries()
    series.append(_bar_set(
        QCoreApplication.translate("Dashboard", "Extended"), [q.extended for q in quarters], chart_colour(1)))
    series.append(_bar_set(
        QCoreApplication.translate("Dashboard", "Suspended (identity)"), [q.suspended for q in quarters],
        chart_colour(7)))
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    for bar_set in series.barSets():  # above the bars, on the chart's white: dark figures
        bar_set.setLabelColor(QColor(CHART_LINE))
    chart.addSeries(series)
    _category_axis(chart, [quarter_label(q.quarter) for q in quarters], [series])
    top = max((max(q.extended, q.suspended) for q in quarters), default=0)
    _value_axis(chart, top * 1.2, [series])


def fill_breaches(view: QChartView, months: Sequence[MonthRow], rate: float | None) -> None:
    """Breaches per month: notified in 72 h, notified late, not notified; the 72-hour rate in the title."""
    chart = view.chart()
    _clear(chart)
    series = QStackedBarSeries()
    series.append(_bar_set(
        QCoreApplication.translate("Dashboard", "Notified within 72 h"), [m.breaches_in_72h for m in months],
        QColor(CHART_GOOD)))
    series.append(_bar_set(
        QCoreApplication.translate("Dashboard", "Notified late"),
        [m.breaches_notified - m.breaches_in_72h for m in months], QColor(CHART_BAD)))
    series.append(_bar_set(
        QCoreApplication.translate("Dashboard", "Not notified"), [m.breaches - m.breaches_notified for m in months],
                           QColor(CHART_NEUTRAL)))
    chart.addSeries(series)
    _category_axis(chart, month_labels([m.month for m in months]), [series])
    _value_axis(chart, max((m.breaches for m in months), default=0), [series])
    title = QCoreApplication.translate("Dashboard", "Breaches per month")
    if rate is not None:
        title += " — " + QCoreApplication.translate("Dashboard", "notified within 72 h: %1").replace(
            "%1", percent(rate))
    chart.setTitle(title)


def fill_channels(view: QChartView, channels: dict[str, int]) -> None:
    """The channels requests came by, as a ring with the share of each."""
    chart = view.chart()
    _clear(chart)
    series = QPieSeries()
    series.setHoleSize(0.45)
    names = labels.channel_labels()
    shares = whole_percents([channels.get(c.value, 0) for c in Channel])
    for index, (channel, share) in enumerate(zip(Channel, shares, strict=True)):
        n = channels.get(channel.value, 0)
        if not n:
            continue
        piece = series.append(f"{names[channel]} {percent(share / 100)}", n)
        piece.setBrush(QBrush(chart_colour(index)))
        piece.setBorderColor(QColor(CHART_BACKGROUND))
    series.setPieSize(0.85)
    chart.addSeries(series)  # the legend names each channel with its share (the count in its tooltip)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.legend().setVisible(True)
    chart.legend().setShowToolTips(True)
    chart.legend().setMinimumWidth(175)  # "Formulaire web 25 %" whole
    for piece, channel in zip(series.slices(), [c for c in Channel if channels.get(c.value)], strict=True):
        piece.hovered.connect(lambda on, c=channel: view.setToolTip(
            f"{names[c]}: {channels[c.value]}" if on else ""))


def whole_percents(counts: Sequence[int]) -> list[int]:
    """Shares in whole percent that add up to 100 (largest remainders), as a reader adds a ring's labels."""
    total = sum(counts)
    if not total:
        return [0] * len(counts)
    exact = [c * 100 / total for c in counts]
    shares = [int(e) for e in exact]
    for i in sorted(range(len(counts)), key=lambda i: exact[i] - shares[i], reverse=True)[:100 - sum(shares)]:
        shares[i] += 1
    return shares


def percent(share: float | None) -> str:
    if share is None:
        return "—"
    from PySide6.QtCore import QLocale

    return QCoreApplication.translate("Dashboard", "%1 %").replace("%1", QLocale().toString(share * 100, "f", 0))


def fill_all(views: dict[str, QChartView], dashboard: Dashboard) -> None:
    fill_months_by_right(views["months"], dashboard.months)
    fill_answer_times(views["times"], dashboard.quarters)
    fill_extensions(views["extensions"], dashboard.quarters)
    fill_breaches(views["breaches"], dashboard.months, dashboard.breaches.in_72h_rate)
    fill_channels(views["channels"], dashboard.channels)
