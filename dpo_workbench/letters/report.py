"""The DPO's annual report as a PDF (the "bilan annuel"): figures, tables and vector charts, FR or EN.

Only figures: no name, no reference, no free text typed about a person (the grounds
of refusals and extensions are codes). The wording is in `resources/reports/words.json`.
Pure: it receives the figures (`core.report.AnnualReport`) and returns bytes.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Mapping, Sequence
from datetime import date
from importlib.resources import files
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from dpo_workbench.core.report import AnnualReport, AnswerTimes
from dpo_workbench.letters.fonts import BOLD, FAMILY, register_fonts

LANGS = ("fr", "en")
INK = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#C9CED6")
HEADING_BACKGROUND = colors.HexColor("#E8EDF3")
# one colour per series of a chart (colour-blind-safe, Okabe-Ito), in the order of core.rights.Right
SERIES = [colors.HexColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                                       "#F0E442", "#999999", "#882255", "#44AA99")]
WIDTH = A4[0] - 40 * mm

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection", "automated-decision",
          "post-mortem", "consent-withdrawal", "other")
CHANNELS = ("email", "web", "post", "in-person")
RELATIONS = ("customer", "prospect", "employee", "other")
OUTCOMES = ("granted", "partly", "refused", "no-data")
STATES = ("open", "awaiting-identity", "answered", "closed", "withdrawn")
REFUSAL_GROUNDS = ("unfounded-excessive", "identity-not-proven", "legal-exception", "third-party-rights", "other",
                   "not-recorded")
EXTENSION_GROUNDS = ("complexity", "number-of-requests", "other", "not-recorded")
LEVELS = ("low", "medium", "high", "very-high", "")


@functools.cache
def words(lang: str) -> dict[str, Any]:
    """The report's words in `lang` (resources/reports/words.json)."""
    text = files("dpo_workbench.resources").joinpath("reports", "words.json").read_text("utf-8")
    return json.loads(text)[lang]


class Writer:
    """Formatting in one language: numbers, percentages, dates, the words of the codes."""

    def __init__(self, lang: str):
        self.lang = lang
        self.w = words(lang)
        self.t = self.w["t"]

    def text(self, key: str, **params: Any) -> str:
        return self.t[key].format(**params)

    def plural(self, key: str, n: int, **params: Any) -> str:
        """`key_one` for one (French: zero or one), `key` otherwise; {n} is the number, formatted."""
        one = n <= 1 if self.lang == "fr" else n == 1
        return self.t[f"{key}_one" if one else key].format(n=self.number(n), **params)

    def number(self, n: float | int | None, digits: int = 0) -> str:
        if n is None:
            return self.t["none"]
        text = f"{n:,.{digits}f}"
        if self.lang == "fr":
            text = text.replace(",", "\u202f").replace(".", ",")
        return text

    def percent(self, share: float | None) -> str:
        if share is None:
            return self.t["none"]
        value = self.number(share * 100, 1)
        return f"{value}\u00a0%" if self.lang == "fr" else f"{value}%"

    def days(self, n: float | int | None) -> str:
        if n is None:
            return self.t["none"]
        digits = 0 if float(n).is_integer() else 1
        return self.text("days", n=self.number(n, digits))

    def date(self, day: date) -> str:
        month = self.w["months"][day.month - 1]
        if self.lang == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"

    def month_short(self, month: str) -> str:
        return self.w["month_short"][int(month[5:7]) - 1]

    def quarter(self, quarter: str) -> str:
        year, q = quarter.split("-Q")
        return f"T{q} {year}" if self.lang == "fr" else f"Q{q} {year}"

    def label(self, group: str, code: str) -> str:
        return self.w[group].get(code, code)


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("rbody", fontName=FAMILY, fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("rsmall", parent=body, fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("rcell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "title": ParagraphStyle("rtitle", parent=body, fontName=BOLD, fontSize=16, leading=20, textColor=INK,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("rsub", parent=body, fontSize=10, textColor=GREY, spaceAfter=10),
        "h1": ParagraphStyle("rh1", parent=body, fontName=BOLD, fontSize=12, leading=15, textColor=INK,
                             spaceBefore=10, spaceAfter=6),
        "h2": ParagraphStyle("rh2", parent=body, fontName=BOLD, fontSize=10, leading=13, textColor=INK,
                             spaceBefore=6, spaceAfter=3),
        "figure": ParagraphStyle("rfig", parent=body, fontName=BOLD, fontSize=15, leading=18, textColor=INK,
                                 spaceAfter=0),
        "caption": ParagraphStyle("rcap", parent=body, fontSize=8, leading=10, textColor=GREY, spaceAfter=0),
    }


def xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header: bool = True,
          total: bool = False, numeric_from: int = 1) -> Table:
    """A plain table: a tinted header row, thin rules, numbers right-aligned."""
    st = styles()
    data = []
    for i, row in enumerate(rows):
        cells = []
        for j, value in enumerate(row):
            if isinstance(value, str) and j < numeric_from:
                text = f"<b>{xml(value)}</b>" if (header and i == 0) or (total and i == len(rows) - 1) else xml(value)
                cells.append(Paragraph(text, st["cell"]))
            else:
                cells.append(value)
        data.append(cells)
    t = Table(data, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if numeric_from < len(widths):
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADING_BACKGROUND), ("FONTNAME", (0, 0), (-1, 0), BOLD)]
    if total:
        commands += [("FONTNAME", (0, -1), (-1, -1), BOLD), ("LINEABOVE", (0, -1), (-1, -1), 0.6, INK)]
    t.setStyle(TableStyle(commands))
    return t


def count_table(wr: Writer, title: str, group: str, order: Sequence[str], counts: Mapping[str, int],
                whole: int, *, keep_zero: bool = False) -> Table:
    """Count and share of each code, in a fixed order, with the total."""
    rows: list[list[Any]] = [[title, wr.text("count"), wr.text("share")]]
    codes = [c for c in order if keep_zero or counts.get(c)]
    codes += [c for c in counts if c not in order and counts[c]]
    for code in codes:
        n = counts.get(code, 0)
        rows.append([wr.label(group, code), wr.number(n), wr.percent(n / whole if whole else None)])
    rows.append([wr.text("total"), wr.number(sum(counts.get(c, 0) for c in codes)), ""])
    return table(rows, [WIDTH * 0.62, WIDTH * 0.19, WIDTH * 0.19], total=True)


# -- charts (reportlab.graphics: vector, embedded as drawings) ------------------------------------


def _axis_font(chart: Any) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FAMILY
        axis.labels.fontSize = 7
    chart.valueAxis.strokeColor = LINE
    chart.categoryAxis.strokeColor = LINE
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.visibleGrid = True


def months_chart(wr: Writer, report: AnnualReport) -> Drawing:
    """Requests received per month, stacked by right."""
    height = 62 * mm
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 30, WIDTH - 150, height - 40
    rights = [r for r in RIGHTS if any(m.by_right.get(r) for m in report.months)] or ["access"]
    chart.data = [[m.by_right.get(r, 0) for m in report.months] for r in rights]
    chart.categoryAxis.categoryNames = [wr.month_short(m.month) for m in report.months]
    chart.categoryAxis.style = "stacked"
    chart.barSpacing = 0
    chart.groupSpacing = 4
    chart.valueAxis.valueMin = 0
    for i in range(len(rights)):
        chart.bars[i].fillColor = SERIES[RIGHTS.index(rights[i]) % len(SERIES)]
        chart.bars[i].strokeColor = None
    _axis_font(chart)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = WIDTH - 108, height - 8
    legend.fontName, legend.fontSize = FAMILY, 7
    legend.alignment = "right"
    legend.dx, legend.dy, legend.deltay = 6, 6, 9
    legend.columnMaximum = len(RIGHTS)
    legend.colorNamePairs = [(SERIES[RIGHTS.index(r) % len(SERIES)], wr.label("right", r)) for r in rights]
    drawing.add(legend)
    return drawing


def bars_chart(wr: Writer, labels: Sequence[str], values: Sequence[int], colour: Any = INK) -> Drawing:
    """A horizontal bar per category (channels, categories of requester)."""
    row = 14
    height = max(30, row * len(labels) + 18)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 120, 12, WIDTH - 170, height - 16
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.barLabelFormat = lambda v: wr.number(v)
    chart.barLabels.fontName = FAMILY
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _axis_font(chart)
    drawing.add(chart)
    return drawing


def rate_chart(wr: Writer, quarters: Sequence[tuple[str, AnswerTimes]]) -> Drawing:
    """The on-time rate per quarter, as a line from 0 to 100 %."""
    height = 45 * mm
    drawing = Drawing(WIDTH, height)
    points = [(i, t.on_time_rate * 100) for i, (_, t) in enumerate(quarters) if t.on_time_rate is not None]
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 22, WIDTH - 60, height - 34
    plot.data = [points or [(0, 0)]]
    plot.lines[0].strokeColor = SERIES[0]
    plot.lines[0].strokeWidth = 1.5
    from reportlab.graphics.widgets.markers import makeMarker

    plot.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=SERIES[0])
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.3, max(0.7, len(quarters) - 0.7)
    plot.xValueAxis.valueSteps = list(range(len(quarters)))
    plot.xValueAxis.labelTextFormat = lambda v: wr.quarter(quarters[int(round(v))][0]) if 0 <= round(v) < len(
        quarters) else ""
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 100, 25
    plot.yValueAxis.labelTextFormat = lambda v: f"{int(v)}\u00a0%" if wr.lang == "fr" else f"{int(v)}%"
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FAMILY
        axis.labels.fontSize = 7
        axis.strokeColor = LINE
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = LINE
    drawing.add(plot)
    for i, value in points:
        x = plot.x + plot.width * (i - plot.xValueAxis.valueMin) / (plot.xValueAxis.valueMax
                                                                    - plot.xValueAxis.valueMin)
        above = plot.y + plot.height * value / 100 + 5
        drawing.add(String(x, above if value < 85 else above - 16, wr.percent(value / 100), fontName=FAMILY,
                           fontSize=7, textAnchor="middle", fillColor=GREY))
    return drawing


def breach_chart(wr: Writer, report: AnnualReport) -> Drawing:
    height = 45 * mm
    drawing = Drawing(WIDTH, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 24, WIDTH - 150, height - 32
    chart.data = [[m.breaches_in_72h for m in report.months],
                  [m.breaches_notified - m.breaches_in_72h for m in report.months],
                  [m.breaches - m.breaches_notified for m in report.months]]
    chart.categoryAxis.categoryNames = [wr.month_short(m.month) for m in report.months]
    chart.categoryAxis.style = "stacked"
    chart.valueAxis.valueMin = 0
    tones = [colors.HexColor("#009E73"), colors.HexColor("#D55E00"), colors.HexColor("#999999")]
    for i, tone in enumerate(tones):
        chart.bars[i].fillColor = tone
        chart.bars[i].strokeColor = None
    _axis_font(chart)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = WIDTH - 112, height - 12
    legend.fontName, legend.fontSize = FAMILY, 7
    legend.alignment = "right"
    legend.dx, legend.dy, legend.deltay = 6, 6, 9
    legend.colorNamePairs = list(zip(tones, [wr.text("breach_in_72h").capitalize(), wr.text("breach_late").split(" (")[
        0].capitalize(), wr.text("breach_not_notified").split(" (")[0]], strict=True))
    drawing.add(legend)
    return drawing


# -- the report -----------------------------------------------------------------------------------


def key_figures(wr: Writer, report: AnnualReport) -> Table:
    st = styles()
    r, b = report.requests, report.breaches

    def cell(value: str, caption: str) -> list:
        return [Paragraph(xml(value), st["figure"]), Paragraph(xml(caption), st["caption"])]

    cells = [
        cell(wr.number(r.received), wr.text("received")),
        cell(wr.number(r.times.answered), wr.text("answered")),
        cell(wr.percent(r.times.on_time_rate), wr.text("on_time_rate")),
        cell(wr.days(r.times.median_days), wr.text("median")),
        cell(wr.days(r.times.p90_days), wr.text("p90")),
        cell(wr.number(r.open_overdue), wr.text("open_overdue")),
        cell(wr.number(b.count), wr.text("breaches")),
        cell(wr.number(b.notified), wr.text("notified")),
        cell(wr.percent(b.in_72h_rate), wr.text("in_72h")),
    ]
    grid = [cells[0:3], cells[3:6], cells[6:9]]
    t = Table(grid, colWidths=[WIDTH / 3] * 3)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.5, LINE), ("INNERGRID", (0, 0), (-1, -1), 0.5, LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def times_table(wr: Writer, report: AnnualReport) -> Table:
    rows: list[list[Any]] = [[wr.text("quarter"), wr.text("answered_col"), wr.text("on_time_col"),
                              wr.text("late_col"), wr.text("rate_col"), wr.text("median_col"), wr.text("p90_col")]]
    for q in report.quarters:
        t = q.times
        rows.append([wr.quarter(q.quarter), wr.number(t.answered), wr.number(t.on_time), wr.number(t.late),
                     wr.percent(t.on_time_rate), wr.days(t.median_days), wr.days(t.p90_days)])
    t = report.requests.times
    rows.append([str(report.year), wr.number(t.answered), wr.number(t.on_time), wr.number(t.late),
                 wr.percent(t.on_time_rate), wr.days(t.median_days), wr.days(t.p90_days)])
    first = WIDTH * 0.16
    return table(rows, [first] + [(WIDTH - first) / 6] * 6, total=True)


def annual_report_pdf(report: AnnualReport, lang: str = "fr") -> bytes:
    """The annual report of `report`'s year, in French or English."""
    wr = Writer(lang)
    st = styles()
    r, b = report.requests, report.breaches
    as_of = wr.date(report.as_of)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=wr.text("title", year=report.year),
                            author=report.organisation or "DPO Workbench", initialFontName=FAMILY)
    story: list[Any] = [
        Paragraph(xml(wr.text("title", year=report.year)), st["title"]),
        Paragraph(xml(wr.text("subtitle", organisation=report.organisation, as_of=as_of)), st["subtitle"]),
        Paragraph(xml(wr.text("intro", year=report.year, as_of=as_of)), st["body"]),
        Paragraph(xml(wr.text("key_figures")), st["h1"]),
        key_figures(wr, report),
        Paragraph(xml(wr.text("by_month")), st["h1"]),
        months_chart(wr, report),
        Paragraph(xml(wr.text("by_right")), st["h2"]),
        count_table(wr, wr.text("right_col"), "right", RIGHTS, r.by_right, r.received),
        Paragraph(xml(wr.text("by_right_note")), st["small"]),
    ]
    story += [
        CondPageBreak(80 * mm),
        Paragraph(xml(wr.text("by_outcome")), st["h1"]),
        count_table(wr, wr.text("outcome_label"), "outcome", OUTCOMES, r.by_outcome, sum(r.by_outcome.values())),
        Paragraph(xml(wr.text("by_state", as_of=as_of)), st["h2"]),
        count_table(wr, wr.text("state_label"), "state", STATES, r.by_state, r.received),
        KeepTogether([
            Paragraph(xml(wr.text("by_channel")), st["h2"]),
            bars_chart(wr, [wr.label("channel", c) for c in CHANNELS], [r.by_channel.get(c, 0) for c in CHANNELS]),
        ]),
        KeepTogether([
            Paragraph(xml(wr.text("by_relation")), st["h2"]),
            bars_chart(wr, [wr.label("relation", c) for c in RELATIONS],
                       [r.by_relation.get(c, 0) for c in RELATIONS], SERIES[2]),
        ]),
    ]
    story += [
        CondPageBreak(110 * mm),
        Paragraph(xml(wr.text("times")), st["h1"]),
        times_table(wr, report),
        Spacer(1, 4),
        rate_chart(wr, [(q.quarter, q.times) for q in report.quarters]),
        CondPageBreak(70 * mm),
        Paragraph(xml(wr.text("extensions")), st["h1"]),
        Paragraph(xml(wr.plural("extended_line", r.extended,
                              share=wr.percent(r.extended / r.received if r.received else None))), st["body"]),
    ]
    if r.extended:
        story.append(count_table(wr, wr.text("extension_grounds"), "extension_ground", EXTENSION_GROUNDS,
                                 r.extension_grounds, r.extended))
    story.append(Paragraph(xml(wr.plural("suspended_line", r.suspended,
                                       days=wr.number(r.suspended_days))), st["body"]))
    story += [Paragraph(xml(wr.text("refusals")), st["h1"]),
              Paragraph(xml(wr.plural("refusals_line", r.refusals)), st["body"])]
    if r.refusals:
        story.append(count_table(wr, wr.text("refusal_grounds"), "refusal_ground", REFUSAL_GROUNDS,
                                 r.refusal_grounds, r.refusals))
    breach_rows: list[list[Any]] = [
        [wr.text("breach_count"), wr.number(b.count)],
        [wr.text("breach_notified"), wr.number(b.notified)],
        ["    " + wr.text("breach_in_72h"), wr.number(b.notified_in_72h)],
        ["    " + wr.text("breach_late"), wr.number(b.notified_late)],
        [wr.text("breach_not_notified"), wr.number(b.not_notified)],
        [wr.text("breach_informed"), wr.number(b.people_informed)],
        [wr.text("breach_public"), wr.number(b.people_public_notice)],
        [wr.text("breach_open", as_of=as_of), wr.number(b.open)],
    ]
    story += [
        CondPageBreak(120 * mm),
        Paragraph(xml(wr.text("breaches_title")), st["h1"]),
        table(breach_rows, [WIDTH * 0.8, WIDTH * 0.2], header=False),
        Spacer(1, 6),
    ]
    if b.count:
        story += [
            count_table(wr, wr.text("breach_by_level"), "level", LEVELS, b.by_level, b.count),
            KeepTogether([Paragraph(xml(wr.text("breaches_by_month")), st["h2"]), breach_chart(wr, report)]),
        ]
    story += [PageBreak(), Paragraph(xml(wr.text("definitions")), st["h1"])]
    story += [Paragraph("• " + xml(line), st["body"]) for line in wr.t["def"]]

    def page(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(20 * mm, 10 * mm, wr.text("footer", organisation=report.organisation, year=report.year,
                                                    page=doc_.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=page, onLaterPages=page)
    return out.getvalue()
