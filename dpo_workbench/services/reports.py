"""The figures of the work: the dashboard, the annual report, the register's exports.

Every figure is an SQL aggregate (GROUP BY with counts) over the covering index
`ix_request_figures`: a dashboard on 100,000 requests reads that narrow index, never
the wide rows with names and addresses, and never builds one Python object per
request. The definitions (period, answered date, on time, median...) are those of
`core.report`, written down in the README.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Integer, and_, case, cast, delete, func, literal, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from dpo_workbench.core import deadlines
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.report import (
    NOT_RECORDED,
    AnnualReport,
    BreachFigures,
    MonthRow,
    Period,
    QuarterRow,
    RequestFigures,
    quarter_of,
)
from dpo_workbench.core.rights import Channel, Outcome, Right
from dpo_workbench.errors import InputError
from dpo_workbench.services.common import rights_of
from dpo_workbench.services.context import Context
from dpo_workbench.services.organisation import OrganisationService
from dpo_workbench.services.policy import permit, requires
from dpo_workbench.services.requests import SOON_DAYS
from dpo_workbench.store.models import Breach, FigureCell, Request

OPEN_STATES = (State.OPEN.value, State.AWAITING_IDENTITY.value)
CLOSED_STATES = (State.ANSWERED.value, State.CLOSED.value, State.WITHDRAWN.value)
REFUSALS = (Outcome.REFUSED.value, Outcome.PARTLY.value)
DUE_TODAY_LIMIT = 500

# the cells of one month, from the requests received in it: once under right "*", once under each right
_DIMENSIONS = {  # dimension: (value, the requests it counts)
    "state": ("r.state", "{true}"),
    "relation": ("r.relation", "{true}"),
    "outcome": ("r.outcome", "r.outcome IS NOT NULL"),
    "extension": ("coalesce(r.extension_ground, '')", "r.extended"),
    "refusal": ("coalesce(r.refusal_ground, '')", "r.outcome IN ('refused', 'partly')"),
    "suspension": ("''", "(r.suspended_days > 0 OR r.state = 'awaiting-identity')"),
    "answer": ("{answer}", "r.answered_on IS NOT NULL"),
}
# what differs between SQLite and PostgreSQL: the month of a date, days between dates, true, "on time" as 1 or 0
_SQL_DIALECT = {
    "sqlite": {"month": "substr(r.received_on, 1, 7)", "true": "1",
               "answer": "CAST(julianday(r.answered_on) - julianday(r.received_on) AS INTEGER) || ':' || "
                         "(r.answered_on <= r.due_on)"},
    "postgresql": {"month": "to_char(r.received_on, 'YYYY-MM')", "true": "TRUE",
                   "answer": "(r.answered_on - r.received_on)::text || ':' || "
                             "CASE WHEN r.answered_on <= r.due_on THEN '1' ELSE '0' END"},
}


def _cells_sql(dialect: str) -> str:
    words = _SQL_DIALECT[dialect]
    selects = []
    for name, (value, counted) in _DIMENSIONS.items():
        for right, join in (("'*'", ""), ('rr."right"', " JOIN request_right rr ON rr.request_id = r.id")):
            selects.append(
                f"SELECT {right}, {words['month']}, r.channel, '{name}', {value.format(**words)}, count(*), "
                f"sum(r.suspended_days) FROM request r{join} WHERE r.received_on >= :start AND r.received_on < :end "
                f"AND {counted.format(**words)} GROUP BY 1, 2, 3, 4, 5")
    return 'INSERT INTO figure_cell ("right", month, channel, dimension, value, requests, days) ' + \
        " UNION ALL ".join(selects)


CELLS_SQL = {dialect: _cells_sql(dialect) for dialect in _SQL_DIALECT}
EXPORT_BATCH = 2000


@dataclass(frozen=True)
class FigureFilter:
    """The dashboard's period and filters (a request with several rights matches each of them)."""

    period: Period
    right: Right | None = None
    channel: Channel | None = None


@dataclass(frozen=True)
class DueTodayRow:
    id: int
    reference: str
    rights: tuple[Right, ...]
    channel: Channel
    extended: bool


@dataclass(frozen=True)
class LiveCounts:
    """Where the open requests stand today (the filters apply, the period does not)."""

    open: int
    overdue: int
    due_soon: int  # within SOON_DAYS, as the register's card counts them
    due_today: int
    awaiting_identity: int


@dataclass
class Dashboard:
    filter: FigureFilter
    as_of: date
    counts: LiveCounts
    due_today: list[DueTodayRow]
    requests: RequestFigures
    months: list[MonthRow]
    quarters: list[QuarterRow]
    breaches: BreachFigures
    channels: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ListedRequest:
    """One line of the register's export: what a DPO shows an inspector (the name only when asked)."""

    reference: str
    rights: tuple[Right, ...]
    channel: str
    relation: str
    received: date
    due: date
    state: str
    answered: date | None
    outcome: str | None
    days_taken: int | None
    on_time: bool | None
    extended: bool
    extension_ground: str | None
    suspended_days: int
    refusal_ground: str | None
    requester_name: str | None = None

    FIELDS = ("reference", "rights", "channel", "relation", "received", "due", "state", "answered", "outcome",
              "days_taken", "on_time", "extended", "extension_ground", "suspended_days", "refusal_ground")

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "reference": self.reference, "rights": [r.value for r in self.rights], "channel": self.channel,
            "relation": self.relation, "received": self.received.isoformat(), "due": self.due.isoformat(),
            "state": self.state, "answered": self.answered.isoformat() if self.answered else None,
            "outcome": self.outcome, "days_taken": self.days_taken, "on_time": self.on_time,
            "extended": self.extended, "extension_ground": self.extension_ground,
            "suspended_days": self.suspended_days, "refusal_ground": self.refusal_ground,
        }
        if self.requester_name is not None:
            out["requester_name"] = self.requester_name
        return out


# -- SQL expressions that differ between SQLite and PostgreSQL -------------------------------------


def _days_between(later: Any, earlier: Any, dialect: str) -> ColumnElement[int]:
    if dialect == "postgresql":
        return cast(later - earlier, Integer)
    return cast(func.julianday(later) - func.julianday(earlier), Integer)


def _breach_month(dialect: str) -> ColumnElement[str]:
    """The month of a breach's awareness, in the time zone it was recorded in."""
    if dialect == "postgresql":
        return func.to_char(Breach.aware_at + func.make_interval(0, 0, 0, 0, 0, Breach.aware_offset), "YYYY-MM")
    return func.strftime("%Y-%m", Breach.aware_at, Breach.aware_offset.concat(" minutes"))


def _breach_day(dialect: str) -> ColumnElement[str]:
    if dialect == "postgresql":
        return func.to_char(Breach.aware_at + func.make_interval(0, 0, 0, 0, 0, Breach.aware_offset), "YYYY-MM-DD")
    return func.date(Breach.aware_at, Breach.aware_offset.concat(" minutes"))


def has_right(right: Right) -> ColumnElement[bool]:
    """The request invokes `right` (read from the indexed `rights_text`, not from a join)."""
    return (literal(",") + Request.rights_text + literal(",")).like(f"%,{right.value},%")


def _add(counts: dict[str, int], key: str | None, n: int) -> None:
    key = key or NOT_RECORDED
    counts[key] = counts.get(key, 0) + n


class ReportService:
    """The dashboard's figures, the annual report's, the register's exports."""

    def __init__(self, ctx: Context, organisation: OrganisationService) -> None:
        self.ctx = ctx
        self.organisation = organisation

    @property
    def _dialect(self) -> str:
        return self.ctx.db.engine.dialect.name

    # -- the figures of a period ---------------------------------------------------------------

    @staticmethod
    def _filters(flt: FigureFilter) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if flt.right is not None:
            conditions.append(has_right(Right(flt.right)))
        if flt.channel is not None:
            conditions.append(Request.channel == Channel(flt.channel).value)
        return conditions

    # -- the figure cells: the register by month, kept up to date --------------------------------

    def refresh_cells(self) -> int:
        """Recompute the figure cells of the months whose requests changed (listed by triggers); returns
        how many months were recomputed. The write lock is taken first (SQLite: the whole database; PostgreSQL:
        `figure_dirty`), so a change made meanwhile waits and marks its month again."""
        dialect = self._dialect
        with self.ctx.db.transaction() as s:
            if dialect == "postgresql":
                # the triggers' inserts wait until the cells are recomputed, and the cells are recomputed
                # only once every transaction that marked a month has committed (each statement below then
                # sees its requests): no change is counted twice or missed
                s.execute(text("LOCK TABLE figure_dirty IN SHARE ROW EXCLUSIVE MODE"))
            months = sorted({m for (m,) in s.execute(text("DELETE FROM figure_dirty RETURNING month"))})
            for month in months:
                s.execute(delete(FigureCell).where(FigureCell.month == month))
                start = date(int(month[:4]), int(month[5:7]), 1)
                end = deadlines.add_months(start, 1)
                s.execute(text(CELLS_SQL[dialect]), {"start": start, "end": end})
        return len(months)

    def _request_figures(self, s: Session, flt: FigureFilter, as_of: date
                         ) -> tuple[RequestFigures, list[MonthRow], list[QuarterRow]]:
        """The period's figures, from the cells (a few thousand rows, whatever the register's size)."""
        months_wanted = flt.period.months()
        figures = RequestFigures()
        months = {m: MonthRow(m) for m in months_wanted}
        quarters = {q: QuarterRow(q) for q in flt.period.quarters()}
        cell = FigureCell
        in_period = [cell.month >= months_wanted[0], cell.month <= months_wanted[-1]]
        if flt.channel is not None:
            in_period.append(cell.channel == Channel(flt.channel).value)
        chosen = cell.right == (Right(flt.right).value if flt.right is not None else "*")
        n, days = func.sum(cell.requests), func.sum(cell.days)

        # received per month, and per right (a request with two rights counts in both)
        wanted = [flt.right.value] if flt.right is not None else ["*", *(r.value for r in Right)]
        for right, m, count in s.execute(select(cell.right, cell.month, n)  # rights listed: the key's range
                                         .where(cell.right.in_(wanted), *in_period, cell.dimension == "state")
                                         .group_by(cell.right, cell.month)):
            if right == "*" or flt.right is not None:
                months[m].received += count
                figures.received += count
                quarters[quarter_of(m)].received += count
            if right != "*":
                months[m].by_right[right] = months[m].by_right.get(right, 0) + count
                figures.by_right[right] = figures.by_right.get(right, 0) + count

        # every dimension, per month (the quarters) and per channel
        targets = {"state": figures.by_state, "relation": figures.by_relation, "outcome": figures.by_outcome,
                   "extension": figures.extension_grounds, "refusal": figures.refusal_grounds}
        for m, channel, dimension, value, count, total_days in s.execute(
                select(cell.month, cell.channel, cell.dimension, cell.value, n, days).where(*in_period, chosen)
                .group_by(cell.month, cell.channel, cell.dimension, cell.value)):
            q = quarters[quarter_of(m)]
            if dimension == "state":
                _add(figures.by_channel, channel, count)
            elif dimension == "extension":
                figures.extended += count
                q.extended += count
            elif dimension == "refusal":
                figures.refusals += count
            elif dimension == "suspension":
                figures.suspended += count
                figures.suspended_days += int(total_days or 0)
                q.suspended += count
            elif dimension == "answer":
                taken, _, ok = value.partition(":")
                figures.times.add(int(taken), ok == "1", count)
                q.times.add(int(taken), ok == "1", count)
            if dimension in targets:
                _add(targets[dimension], value, count)

        # what depends on today: the open requests past their deadline, the suspensions still running
        where = [Request.received_on >= flt.period.start, Request.received_on <= flt.period.end,
                 *self._filters(flt)]
        overdue, running = s.execute(select(
            func.count().filter(Request.state == State.OPEN.value, Request.due_on < as_of),
            func.sum(case((Request.state == State.AWAITING_IDENTITY.value,
                           _days_between(literal(as_of), Request.suspended_since, self._dialect)), else_=0)),
        ).where(func.coalesce(Request.state, "").in_(OPEN_STATES), *where)).one()  # the period's range of the
        # covering index, not the state index and a look-up in the wide table per open request
        figures.open_overdue = overdue
        figures.suspended_days += int(running or 0)
        return figures, list(months.values()), list(quarters.values())

    def _breach_figures(self, s: Session, period: Period) -> tuple[BreachFigures, dict[str, tuple[int, int, int]]]:
        dialect = self._dialect
        day = _breach_day(dialect)
        month = _breach_month(dialect).label("month")
        in_72h = case((and_(Breach.first_notified_at.is_not(None), Breach.first_notified_at <= Breach.deadline), 1),
                      else_=0).label("in_72h")
        stmt = (select(month, Breach.notified, in_72h, Breach.people_informed, Breach.severity_level, Breach.state,
                       func.count())
                .where(day >= period.start.isoformat(), day <= period.end.isoformat())
                .group_by(month, Breach.notified, in_72h, Breach.people_informed, Breach.severity_level,
                          Breach.state))
        figures = BreachFigures()
        per_month: dict[str, list[int]] = {}
        for m, notified, ok, informed, level, state, n in s.execute(stmt):
            figures.count += n
            figures.notified += n if notified else 0
            figures.notified_in_72h += n if ok else 0
            figures.not_notified += 0 if notified else n
            figures.people_informed += n if informed == "yes" else 0
            figures.people_public_notice += n if informed == "exception" else 0
            figures.open += n if state == "open" else 0
            level_key = level or ""
            figures.by_level[level_key] = figures.by_level.get(level_key, 0) + n
            row = per_month.setdefault(m, [0, 0, 0])
            row[0] += n
            row[1] += n if notified else 0
            row[2] += n if ok else 0
        return figures, {m: (a, b, c) for m, (a, b, c) in per_month.items()}

    # -- the dashboard -------------------------------------------------------------------------

    def live_counts(self, s: Session, flt: FigureFilter, today: date) -> LiveCounts:
        is_open = Request.state == State.OPEN.value
        stmt = select(
            func.count(),
            func.count().filter(is_open, Request.due_on < today),
            func.count().filter(is_open, Request.due_on >= today,
                                Request.due_on <= today + timedelta(days=SOON_DAYS)),
            func.count().filter(is_open, Request.due_on == today),
            func.count().filter(Request.state == State.AWAITING_IDENTITY.value),
        ).where(Request.state.in_(OPEN_STATES), *self._filters(flt))
        return LiveCounts(*s.execute(stmt).one())

    def due_today(self, s: Session, flt: FigureFilter, today: date) -> list[DueTodayRow]:
        stmt = (select(Request.id, Request.reference, Request.rights_text, Request.channel, Request.extended)
                .where(Request.state == State.OPEN.value, Request.due_on == today, *self._filters(flt))
                .order_by(Request.id).limit(DUE_TODAY_LIMIT))
        return [DueTodayRow(r.id, r.reference, rights_of(r.rights_text), Channel(r.channel), r.extended)
                for r in s.execute(stmt)]

    @requires("statistics.view")
    def dashboard(self, flt: FigureFilter) -> Dashboard:
        """Every figure of the dashboard, for the period (whole months) and filters (no personal data: no
        journal entry)."""
        today = self.ctx.today()
        if flt.period.end < flt.period.start:
            raise InputError("period", "report.period-reversed", start=flt.period.start, end=flt.period.end)
        flt = FigureFilter(whole_months(flt.period), flt.right, flt.channel)
        self.refresh_cells()
        with self.ctx.db.reading() as s:
            counts = self.live_counts(s, flt, today)
            due = self.due_today(s, flt, today)
            figures, months, quarters = self._request_figures(s, flt, today)
            breaches, per_month = self._breach_figures(s, flt.period)
        for row in months:
            row.breaches, row.breaches_notified, row.breaches_in_72h = per_month.get(row.month, (0, 0, 0))
        return Dashboard(flt, today, counts, due, figures, months, quarters, breaches, dict(figures.by_channel))

    # -- the annual report -------------------------------------------------------------------

    @requires("statistics.view")
    def annual(self, year: int) -> AnnualReport:
        """The year's figures (requests received and breaches known in it), as they stand today."""
        if not 2018 <= year <= self.ctx.today().year:
            raise InputError("year", "report.year-out-of-range", year=year, last=self.ctx.today().year)
        period = Period.year(year)
        today = self.ctx.today()
        self.refresh_cells()
        with self.ctx.db.reading() as s:
            figures, months, quarters = self._request_figures(s, FigureFilter(period), today)
            breaches, per_month = self._breach_figures(s, period)
        for row in months:
            row.breaches, row.breaches_notified, row.breaches_in_72h = per_month.get(row.month, (0, 0, 0))
        org = self.organisation.get()
        return AnnualReport(year, org.name if org else "", today, figures, breaches, months, quarters)

    @requires("statistics.view")
    def annual_pdf(self, year: int, lang: str = "fr") -> bytes:
        """The annual report as a PDF (no personal data in it); journaled as an export of figures."""
        from dpo_workbench.letters import report as pdf

        if lang not in pdf.LANGS:
            raise InputError("lang", "letter.lang-unknown", lang=repr(lang))
        report = self.annual(year)
        data = pdf.annual_report_pdf(report, lang)
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "report.annual", "report", str(year), lang=lang, format="pdf")
        return data

    @requires("request.view")
    def export_register(self, ids: Sequence[int], fmt: str, *, personal_data: bool = False) -> bytes:
        """The register's rows for `ids` as csv, json or xlsx bytes; journaled as an export."""
        if fmt not in EXPORT_FORMATS:
            raise InputError("format", "report.format-unknown", format=repr(fmt))
        if personal_data:
            permit(self.ctx, "export.personal")
        return serialise(self.export_rows(ids, personal_data=personal_data, fmt=fmt), fmt, personal_data)

    # -- the register's export ----------------------------------------------------------------

    @requires("request.view")
    def list_ids(self, state: str = "all", start: date | None = None, end: date | None = None, *,
                 mine: bool = False) -> list[int]:
        """Ids of the requests received from `start` to `end` (both included) in that state, oldest first.

        `state`: "open" (running or suspended), "closed" (answered, closed or withdrawn), or "all". `mine`: only
        those assigned to the signed-in user (team mode; on one seat every request is theirs).
        """
        if state not in ("open", "closed", "all"):
            raise InputError("state", "report.state-unknown", state=repr(state))
        if start and end and end < start:
            raise InputError("period", "report.period-reversed", start=start, end=end)
        stmt = select(Request.id)
        if state == "open":
            stmt = stmt.where(Request.state.in_(OPEN_STATES))
        elif state == "closed":
            stmt = stmt.where(Request.state.in_(CLOSED_STATES))
        if start:
            stmt = stmt.where(Request.received_on >= start)
        if end:
            stmt = stmt.where(Request.received_on <= end)
        if mine and self.ctx.team_login is not None:
            stmt = stmt.where(Request.assigned_to == self.ctx.my_user_id())
        with self.ctx.db.reading() as s:
            return list(s.execute(stmt.order_by(Request.received_on, Request.id)).scalars())

    @requires("request.view")
    def export_rows(self, ids: Sequence[int], *, personal_data: bool, fmt: str) -> Iterator[ListedRequest]:
        """The export's rows, in the order of `ids`, read in batches.

        Journaled as an export before the first row (how many, in which format, with or
        without the requesters' names): an export stopped half-way was still asked for.
        """
        if personal_data:
            permit(self.ctx, "export.personal")
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "register.export", "register", "requests", count=len(ids), format=fmt,
                             personal_data=personal_data)
        today = self.ctx.today()
        cols = [Request.id, Request.reference, Request.rights_text, Request.channel, Request.relation,
                Request.received_on, Request.due_on, Request.state, Request.answered_on, Request.outcome,
                Request.extended, Request.extension_ground, Request.suspended_days, Request.suspended_since,
                Request.refusal_ground]
        if personal_data:
            cols.append(Request.requester_name)
        for start in range(0, len(ids), EXPORT_BATCH):
            batch = list(ids[start:start + EXPORT_BATCH])
            with self.ctx.db.reading() as s:
                found = {r.id: r for r in s.execute(select(*cols).where(Request.id.in_(batch)))}
            for i in batch:
                r = found.get(i)
                if r is None:
                    continue
                suspended = r.suspended_days
                if r.state == State.AWAITING_IDENTITY.value and r.suspended_since:
                    suspended += max(0, (today - r.suspended_since).days)
                answered = r.answered_on
                yield ListedRequest(
                    reference=r.reference, rights=rights_of(r.rights_text), channel=r.channel, relation=r.relation,
                    received=r.received_on, due=r.due_on, state=r.state, answered=answered, outcome=r.outcome,
                    days_taken=(answered - r.received_on).days if answered else None,
                    on_time=answered <= r.due_on if answered else None, extended=r.extended,
                    extension_ground=r.extension_ground if r.extended else None, suspended_days=suspended,
                    refusal_ground=r.refusal_ground if r.outcome in REFUSALS else None,
                    requester_name=r.requester_name if personal_data else None)


EXPORT_FORMATS = ("csv", "json", "xlsx")


def columns(personal_data: bool) -> tuple[str, ...]:
    return (*ListedRequest.FIELDS, "requester_name") if personal_data else ListedRequest.FIELDS


def csv_cells(row: ListedRequest, personal_data: bool) -> list[Any]:
    d = row.as_dict()
    cells = []
    for name in columns(personal_data):
        value = d.get(name)
        if name == "rights":
            value = " ".join(r.value for r in row.rights)
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        cells.append("" if value is None else value)
    return cells


def serialise(rows: Iterable[ListedRequest], fmt: str, personal_data: bool) -> bytes:
    """The export file's bytes: CSV (UTF-8 with BOM, so spreadsheets read the accents), JSON or XLSX."""
    if fmt == "json":
        return (json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1) + "\n").encode()
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns(personal_data))
        for r in rows:
            writer.writerow(csv_cells(r, personal_data))
        return ("\ufeff" + out.getvalue()).encode()
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("requests")
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJKLMNOP", (15, 24, 10, 10, 11, 11, 17, 11, 10, 10, 8, 9, 18, 9, 20, 28),
                             strict=False):
        sheet.column_dimensions[letter].width = width
    bold = Font(bold=True)
    header = []
    for name in columns(personal_data):
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for r in rows:
        d = r.as_dict()
        line: list[Any] = []
        for name in columns(personal_data):
            value = getattr(r, name) if name in ("received", "due", "answered") else d.get(name)
            if name == "rights":
                value = " ".join(x.value for x in r.rights)
            elif isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                value = cell
            line.append(value)
        sheet.append(line)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def whole_months(period: Period) -> Period:
    """The period widened to whole months: the figures are kept by month."""
    start = date(period.start.year, period.start.month, 1)
    end = deadlines.add_months(date(period.end.year, period.end.month, 1), 1) - timedelta(days=1)
    return Period(start, end)


def previous_months(today: date, months: int = 12) -> Period:
    """The last `months` whole months including the current one (the dashboard's default period)."""
    first = date(today.year, today.month, 1)
    start = deadlines.add_months(first, -(months - 1))
    return Period(start, today)


def quarter_period(today: date) -> Period:
    q0 = (today.month - 1) // 3 * 3 + 1
    return Period(date(today.year, q0, 1), today)


def year_to_date(today: date) -> Period:
    return Period(date(today.year, 1, 1), today)


def last_year(today: date) -> Period:
    return Period.year(today.year - 1)

