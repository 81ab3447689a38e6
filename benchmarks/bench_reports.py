"""Benchmark rows of the figures: the dashboard's redraw and the annual report, on the 100,000-request register.

The dashboard's target (≤ 200 ms) is for the whole redraw the DPO waits for: the figures
(SQL aggregates over the covering index) and the charts refilled and painted. The
annual report has no target of its own: it is measured, JSON and PDF.
"""

from __future__ import annotations

from benchmarks.common import Context, Row, benchmark, timed

REDRAW_TARGET_MS = 200


@benchmark
def bench_reports(ctx: Context) -> list[Row]:
    """the dashboard's figures and redraw, the annual report (JSON and PDF), on the large register"""
    from dpo_workbench.core.report import Period
    from dpo_workbench.core.rights import Right
    from dpo_workbench.services.reports import FigureFilter, previous_months

    wb = ctx.workbench()
    today = wb.today()
    year = today.year - 1
    last_12 = FigureFilter(previous_months(today))
    three_years = FigureFilter(Period(today.replace(year=today.year - 3), today))
    rows = []
    import time

    started = time.perf_counter()
    months = wb.reports.refresh_cells()  # after a fill every month is to compute: once, then only what changes
    rows.append(Row("reports.cells_build_s", f"figure cells computed for {months} months (once)",
                    time.perf_counter() - started, "s"))
    figures = timed(lambda: wb.reports.dashboard(last_12), ctx.repeats)
    rows.append(Row("reports.dashboard_figures_ms", "dashboard figures, last 12 months (SQL)", figures.wall_ms, "ms",
                    REDRAW_TARGET_MS, note=figures.note))
    everything = timed(lambda: wb.reports.dashboard(three_years), ctx.repeats)
    rows.append(Row("reports.dashboard_figures_all_ms", "dashboard figures, all 3 years", everything.wall_ms, "ms",
                    REDRAW_TARGET_MS, note=everything.note))
    filtered = timed(lambda: wb.reports.dashboard(FigureFilter(three_years.period, right=Right.ERASURE)),
                     ctx.repeats)
    rows.append(Row("reports.dashboard_filtered_ms", "dashboard figures, 3 years, one right", filtered.wall_ms, "ms",
                    REDRAW_TARGET_MS, note=filtered.note))

    ctx.qt_app()
    from dpo_workbench.ui.dashboard.view import DashboardView

    view = DashboardView(wb)
    view.resize(1360, 760)
    view.show()
    app = ctx.qt_app()
    app.processEvents()
    image = view.grab()  # the first paint builds the fonts' caches: not what a redraw costs

    def redraw() -> None:
        view.refresh()
        view.grab(view.rect())  # painted, as the DPO sees it

    drawn = timed(redraw, ctx.repeats)
    rows.append(Row("reports.dashboard_redraw_ms", "dashboard redraw (figures + charts painted), 100k", drawn.wall_ms,
                    "ms", REDRAW_TARGET_MS, note=drawn.note))
    del image
    view.close()

    annual = timed(lambda: wb.reports.annual(year), ctx.repeats)
    rows.append(Row("reports.annual_json_ms", f"annual report {year}: figures (JSON)", annual.wall_ms, "ms",
                    note=annual.note))
    pdf = timed(lambda: wb.reports.annual_pdf(year, "fr"), max(3, ctx.repeats // 3))
    rows.append(Row("reports.annual_pdf_ms", f"annual report {year}: PDF with charts", pdf.wall_ms, "ms",
                    note=pdf.note))
    return rows
