"""What the figures of the dashboard and the annual report mean, and the plain data they come in.

The definitions (also written in the README, "Figures: the definitions"):

- a request belongs to the period in which it was **received** (`received_on`);
- its **answered date** is the earlier of the date recorded with the answer and the date of
  the first answering letter saved in its case file; a withdrawn request has none;
- **days taken** = answered date − received date, in calendar days;
- **on time** = answered on or before the deadline in force when it was answered: one month
  from receipt, or three once extended, moved by the days of suspension while identity
  information was awaited, then to the next working day (Regulation 1182/71) — the `due_on`
  the register shows;
- the **on-time rate** = answered on time / answered (requests not answered are not in it;
  those still open past their deadline are counted apart, as "open and overdue");
- the **median** is the middle value of the days taken (the mean of the two middle ones for
  an even count); the **90th percentile** is the nearest-rank one: the smallest number of days
  within which at least 90 % of the answered requests were answered;
- a request is **suspended** when identity information was asked for (its clock stopped at
  least one day, or is stopped now); **extended** when the deadline was extended once;
- a **refusal** is an answer refused in whole or in part (outcomes `refused` and `partly`);
- a breach belongs to the period in which the organisation became **aware** of it; it was
  **notified in 72 h** when its first notification to the CNIL was sent by the deadline.

Pure: no Qt, no database, no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

# the order the figures are shown in (codes of core.rights and core.lifecycle)
NOT_RECORDED = "not-recorded"  # a refusal or an extension whose ground was not recorded


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def months(self) -> list[str]:
        """The months it covers, as "YYYY-MM"."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def quarters(self) -> list[str]:
        """The quarters it covers, as "YYYY-Qn"."""
        return list(dict.fromkeys(quarter_of(month) for month in self.months()))


def quarter_of(month: str) -> str:
    """ "2026-05" -> "2026-Q2"."""
    year, number = month.split("-")
    return f"{year}-Q{(int(number) - 1) // 3 + 1}"


def on_time(answered_on: date, due_on: date) -> bool:
    return answered_on <= due_on


def days_taken(received_on: date, answered_on: date) -> int:
    return (answered_on - received_on).days


def median(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as {value: how many}; None when there are none."""
    total = sum(histogram.values())
    if not total:
        return None
    values = sorted(v for v, n in histogram.items() if n)

    def nth(k: int) -> int:  # the k-th value (0-based) of the sorted list
        seen = 0
        for v in values:
            seen += histogram[v]
            if k < seen:
                return v
        raise IndexError(k)

    if total % 2:
        return float(nth(total // 2))
    return (nth(total // 2 - 1) + nth(total // 2)) / 2


def percentile(histogram: Mapping[int, int], p: float) -> int | None:
    """The nearest-rank p-th percentile of values given as {value: how many}; None when there are none."""
    total = sum(histogram.values())
    if not total:
        return None
    rank = max(1, math.ceil(p / 100 * total))
    seen = 0
    for v in sorted(histogram):
        seen += histogram[v]
        if seen >= rank:
            return v
    raise AssertionError("unreachable")


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# -- the figures -----------------------------------------------------------------------------------


@dataclass
class AnswerTimes:
    """How fast the requests of a period were answered."""

    answered: int = 0
    on_time: int = 0
    days: dict[int, int] = field(default_factory=dict)  # days taken -> how many requests

    @property
    def late(self) -> int:
        return self.answered - self.on_time

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.answered)

    @property
    def median_days(self) -> float | None:
        return median(self.days)

    @property
    def p90_days(self) -> int | None:
        return percentile(self.days, 90)

    def add(self, days: int, in_time: bool, count: int = 1) -> None:
        self.answered += count
        self.on_time += count if in_time else 0
        self.days[days] = self.days.get(days, 0) + count

    def as_dict(self) -> dict:
        return {"answered": self.answered, "on_time": self.on_time, "late": self.late,
                "on_time_rate": self.on_time_rate, "median_days": self.median_days, "p90_days": self.p90_days}


@dataclass
class RequestFigures:
    """The requests received in a period, as they stand on `as_of`."""

    received: int = 0
    by_right: dict[str, int] = field(default_factory=dict)  # a request with two rights counts in both
    by_state: dict[str, int] = field(default_factory=dict)
    by_outcome: dict[str, int] = field(default_factory=dict)  # answered ones
    by_channel: dict[str, int] = field(default_factory=dict)
    by_relation: dict[str, int] = field(default_factory=dict)  # the requester's category
    times: AnswerTimes = field(default_factory=AnswerTimes)
    open_overdue: int = 0  # still open (not suspended) past the deadline on `as_of`
    extended: int = 0
    extension_grounds: dict[str, int] = field(default_factory=dict)
    suspended: int = 0
    suspended_days: int = 0  # days of suspension, added up (a suspension still running counts to `as_of`)
    refusals: int = 0
    refusal_grounds: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "received": self.received, "by_right": self.by_right, "by_state": self.by_state,
            "by_outcome": self.by_outcome, "by_channel": self.by_channel, "by_relation": self.by_relation,
            "answer_times": self.times.as_dict(), "open_overdue": self.open_overdue,
            "extensions": {"count": self.extended, "grounds": self.extension_grounds},
            "suspensions": {"count": self.suspended, "days": self.suspended_days,
                            "reason": "identity-information-awaited"},
            "refusals": {"count": self.refusals, "grounds": self.refusal_grounds},
        }


@dataclass
class BreachFigures:
    """The breaches the organisation became aware of in a period."""

    count: int = 0
    notified: int = 0
    notified_in_72h: int = 0
    not_notified: int = 0
    people_informed: int = 0  # breaches whose people were told (Art. 34)
    people_public_notice: int = 0  # Art. 34(3)(c): a public communication instead
    by_level: dict[str, int] = field(default_factory=dict)  # ENISA severity ("" = not assessed)
    open: int = 0

    @property
    def notified_late(self) -> int:
        return self.notified - self.notified_in_72h

    @property
    def in_72h_rate(self) -> float | None:
        return rate(self.notified_in_72h, self.notified)

    def as_dict(self) -> dict:
        return {"count": self.count, "notified": self.notified, "notified_in_72h": self.notified_in_72h,
                "notified_late": self.notified_late, "not_notified": self.not_notified,
                "people_informed": self.people_informed, "public_notice": self.people_public_notice,
                "by_level": self.by_level, "open": self.open}


@dataclass
class MonthRow:
    month: str  # "YYYY-MM"
    received: int = 0
    by_right: dict[str, int] = field(default_factory=dict)
    breaches: int = 0
    breaches_notified: int = 0
    breaches_in_72h: int = 0


@dataclass
class QuarterRow:
    quarter: str  # "YYYY-Qn"
    times: AnswerTimes = field(default_factory=AnswerTimes)
    received: int = 0
    extended: int = 0
    suspended: int = 0


@dataclass
class AnnualReport:
    """The year's figures: what the PDF shows and `report annual --format json` prints."""

    year: int
    organisation: str
    as_of: date
    requests: RequestFigures
    breaches: BreachFigures
    months: list[MonthRow]
    quarters: list[QuarterRow]

    def as_dict(self) -> dict:
        return {
            "year": self.year, "organisation": self.organisation, "as_of": self.as_of.isoformat(),
            "requests": self.requests.as_dict(), "breaches": self.breaches.as_dict(),
            "months": [{"month": m.month, "received": m.received, "by_right": m.by_right, "breaches": m.breaches,
                        "breaches_notified": m.breaches_notified, "breaches_in_72h": m.breaches_in_72h}
                       for m in self.months],
            "quarters": [{"quarter": q.quarter, "received": q.received, "extended": q.extended,
                          "suspended": q.suspended, **q.times.as_dict()} for q in self.quarters],
        }
