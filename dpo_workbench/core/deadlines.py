"""Legal deadline arithmetic: GDPR request periods and the 72-hour breach clock.

Request periods (GDPR Art. 12(3)) are counted with Regulation (EEC, Euratom)
No 1182/71, Art. 3, as the EDPB recommends (Guidelines 01/2022, §160-161):
the day of receipt is not counted, a period in months ends on the same date of
the last month (or that month's last day), and an end falling on a Saturday,
Sunday or public holiday moves to the next working day. Public holidays are
those of the organisation's region (national France, or Alsace-Moselle, which
adds Good Friday and 26 December).

The breach clock (GDPR Art. 33(1)) counts 72 *elapsed* hours, so it is done in
UTC and only displayed in Europe/Paris; weekends and holidays do not extend it.

This module is pure: no Qt, no database, no I/O, so it can be tested alone.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

__all__ = [
    "PARIS",
    "REGIONS",
    "add_months",
    "breach_deadline",
    "days_left",
    "due_date",
    "is_working_day",
    "next_working_day",
    "public_holidays",
]

#: Display time zone for every legal time the workbench prints.
PARIS = ZoneInfo("Europe/Paris")

#: Region codes accepted as the organisation's setting, with a label for the UI.
REGIONS: dict[str, str] = {
    "FR": "France (national public holidays)",
    "FR-57": "Moselle (57) - Alsace-Moselle local law",
    "FR-67": "Bas-Rhin (67) - Alsace-Moselle local law",
    "FR-68": "Haut-Rhin (68) - Alsace-Moselle local law",
}

# Subdivision passed to ``holidays.France`` for each region. The package has
# no "67"/"68" subdivisions: both Alsace départements are "6AE". The old code
# "GES" is deliberately absent: recent versions accept it with only a
# DeprecationWarning and silently return the *national* calendar, which would
# drop Good Friday and 26 December.
_SUBDIVISIONS: dict[str, str | None] = {
    "FR": None,
    "FR-57": "57",
    "FR-67": "6AE",
    "FR-68": "6AE",
}

# Periods Art. 12(3) allows: one month, or one month extended by two more,
# which the product counts as three months from receipt.
_ALLOWED_MONTHS = (1, 3)

_HOURS_TO_NOTIFY_BREACH = 72


def _check_region(region: str) -> None:
    """Reject unknown regions loudly: a wrong calendar silently shifts deadlines."""
    if region not in _SUBDIVISIONS:
        valid = ", ".join(repr(code) for code in REGIONS)
        raise ValueError(f"unknown region {region!r}; valid regions are {valid}")


def _check_plain_date(value: object, name: str) -> None:
    """Reject datetimes (a date subclass) so a time of day never leaks into day counts.

    The caller must first convert an instant to the *local* date of receipt;
    doing it here would silently pick whatever zone the datetime carries.
    """
    if isinstance(value, datetime):
        raise TypeError(
            f"{name} must be a datetime.date, not a datetime ({value!r}); "
            "convert it to the local calendar date first"
        )
    if not isinstance(value, date):
        raise TypeError(f"{name} must be a datetime.date, got {type(value).__name__}")


def _check_int(value: object, name: str) -> None:
    """Reject bools and floats that would otherwise pass numeric comparisons."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")


def holidays_module():
    """The `holidays` package, imported when a deadline is first computed (it is slow to import)."""
    import holidays

    return holidays


@functools.cache
def public_holidays(region: str):
    """Return the (cached) public-holiday calendar for a region code.

    Cached because building the calendar is costly and deadlines are computed
    for every case in a list. The object fills in years lazily on lookup.
    """
    _check_region(region)
    subdiv = _SUBDIVISIONS[region]
    if subdiv is None:
        return holidays_module().France()
    return holidays_module().France(subdiv=subdiv)


def is_working_day(day: date, region: str = "FR") -> bool:
    """True unless ``day`` is a Saturday, a Sunday or a public holiday of the region."""
    _check_plain_date(day, "day")
    _check_region(region)
    if day.weekday() >= 5:  # 5 = Saturday, 6 = Sunday
        return False
    return day not in public_holidays(region)


def next_working_day(day: date, region: str = "FR") -> date:
    """Return ``day`` if it is a working day, else the first working day after it.

    This is the 1182/71 rule for a period ending on a non-working day.
    """
    _check_plain_date(day, "day")
    _check_region(region)
    while not is_working_day(day, region):
        day += timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """Same date ``months`` later, or that month's last day if the date does not exist.

    1182/71 Art. 3(2)(c): received 31 August -> 30 September.
    """
    _check_plain_date(day, "day")
    _check_int(months, "months")
    month_index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(month_index, 12)
    month = month0 + 1
    if day.day <= 28:  # every month has a 28th
        return date(year, month, day.day)
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    last_day = (first_of_next - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))


def due_date(
    received: date,
    months: int = 1,
    *,
    region: str = "FR",
    suspended_days: int = 0,
) -> date:
    """Last day to answer a data-subject request received on ``received``.

    ``months=1`` is the standard Art. 12(3) period; ``months=3`` the extended
    one, counted from receipt (product rule) and not chained onto the rolled
    one-month date. ``suspended_days`` (identity check pending, décret
    2019-536 art. 77) are added to the raw period end *before* the
    weekend/holiday roll, so the roll is applied once, to the real end.
    """
    _check_plain_date(received, "received")
    _check_int(months, "months")
    if months not in _ALLOWED_MONTHS:
        raise ValueError(
            "months must be 1 (standard period) or 3 (extended period), "
            f"got {months}"
        )
    _check_int(suspended_days, "suspended_days")
    if suspended_days < 0:
        raise ValueError(f"suspended_days must be zero or positive, got {suspended_days}")
    _check_region(region)
    raw_end = add_months(received, months) + timedelta(days=suspended_days)
    return next_working_day(raw_end, region)


def days_left(due: date, today: date) -> int:
    """Calendar days from ``today`` to ``due``: 0 = due today, negative = overdue."""
    _check_plain_date(due, "due")
    _check_plain_date(today, "today")
    return (due - today).days


def breach_deadline(aware_at: datetime) -> datetime:
    """Art. 33(1) notification deadline: awareness + 72 elapsed hours, in Europe/Paris.

    Arithmetic is done in UTC because aware-datetime arithmetic within one
    ZoneInfo is wall-clock arithmetic, which would be an hour off across a DST
    change. A naive datetime is refused: its instant is unknown.
    """
    if not isinstance(aware_at, datetime):
        raise TypeError(
            f"aware_at must be a timezone-aware datetime, got {type(aware_at).__name__}"
        )
    if aware_at.tzinfo is None or aware_at.utcoffset() is None:
        raise ValueError(
            f"aware_at must be timezone-aware (naive datetime given: {aware_at!r}); "
            "attach the zone it was recorded in, e.g. tzinfo=ZoneInfo('Europe/Paris')"
        )
    deadline_utc = aware_at.astimezone(UTC) + timedelta(hours=_HOURS_TO_NOTIFY_BREACH)
    return deadline_utc.astimezone(PARIS)
