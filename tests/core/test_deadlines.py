"""Tests for dpo_workbench.core.deadlines.

Every expected date below was checked by hand against a printed calendar and
the holiday list of the installed `holidays` package; none is recomputed with
the code under test. Weekday notes in the ids/comments are there so a reader
can re-check them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from dpo_workbench.core import deadlines
from dpo_workbench.core.deadlines import (
    PARIS,
    REGIONS,
    add_months,
    breach_deadline,
    days_left,
    due_date,
    is_working_day,
    next_working_day,
    public_holidays,
)

D = date.fromisoformat
ALSACE_MOSELLE = ("FR-57", "FR-67", "FR-68")


# --------------------------------------------------------------------------- #
# add_months: raw calendar arithmetic, no weekend/holiday roll
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param("2026-03-05", 1, "2026-04-05", id="same-date-no-roll-even-on-sunday"),
        pytest.param("2026-08-31", 1, "2026-09-30", id="31aug-to-30sep-last-day"),
        pytest.param("2026-10-31", 1, "2026-11-30", id="31oct-to-30nov-last-day"),
        pytest.param("2027-01-31", 1, "2027-02-28", id="31jan-to-28feb-common-year"),
        pytest.param("2028-01-31", 1, "2028-02-29", id="31jan-to-29feb-leap-year"),
        pytest.param("2028-02-29", 1, "2028-03-29", id="29feb-leap-plus-1-keeps-29"),
        pytest.param("2028-02-29", 12, "2029-02-28", id="29feb-plus-12-to-28feb-common"),
        pytest.param("2025-12-31", 1, "2026-01-31", id="31dec-to-31jan-year-change"),
        pytest.param("2025-11-30", 3, "2026-02-28", id="30nov-plus-3-to-28feb"),
        pytest.param("2027-11-30", 3, "2028-02-29", id="30nov-plus-3-to-29feb-leap"),
        pytest.param("2026-03-31", -1, "2026-02-28", id="negative-months-clamped"),
        pytest.param("2026-01-15", -1, "2025-12-15", id="negative-months-year-back"),
        pytest.param("2026-05-31", 0, "2026-05-31", id="zero-months-identity"),
        pytest.param("2100-01-31", 1, "2100-02-28", id="2100-not-leap-century"),
        pytest.param("2000-01-31", 1, "2000-02-29", id="2000-leap-400-rule"),
    ],
)
def test_add_months(start, months, expected):
    assert add_months(D(start), months) == D(expected)


# --------------------------------------------------------------------------- #
# due_date, standard one-month period, national calendar
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # Ordinary dates and month ends.
        pytest.param("2027-03-05", "2027-04-05", id="ordinary-5mar-to-mon-5apr-2027"),
        pytest.param("2026-03-31", "2026-04-30", id="31mar-to-thu-30apr"),
        pytest.param("2026-05-31", "2026-06-30", id="31may-to-tue-30jun"),
        pytest.param("2026-08-31", "2026-09-30", id="31aug-to-wed-30sep"),
        pytest.param("2026-10-31", "2026-11-30", id="31oct-to-mon-30nov-2026"),
        pytest.param("2025-10-31", "2025-12-01", id="31oct-to-sun-30nov-2025-rolls-mon-1dec"),
        pytest.param("2026-02-28", "2026-03-30", id="28feb-same-date-28mar-sat-rolls-mon-30mar"),
        pytest.param("2026-01-30", "2026-03-02", id="30jan-to-sat-28feb-2026-rolls-mon-2mar"),
        pytest.param("2027-01-30", "2027-03-01", id="30jan-to-sun-28feb-2027-rolls-mon-1mar"),
        pytest.param("2027-01-29", "2027-03-01", id="29jan-common-year-28feb-sun-rolls-mon-1mar"),
        pytest.param("2028-01-30", "2028-02-29", id="30jan-leap-to-tue-29feb-2028"),
        pytest.param("2028-01-31", "2028-02-29", id="31jan-leap-to-tue-29feb-2028"),
        pytest.param("2028-02-29", "2028-03-29", id="29feb-2028-to-wed-29mar"),
        pytest.param("2024-02-29", "2024-03-29", id="29feb-2024-to-good-friday-working-in-FR"),
        pytest.param("2027-12-31", "2028-01-31", id="31dec-to-mon-31jan-2028"),
        pytest.param("2025-12-31", "2026-02-02", id="31dec-to-sat-31jan-2026-rolls-mon-2feb"),
        pytest.param("2026-12-31", "2027-02-01", id="31dec-to-sun-31jan-2027-rolls-mon-1feb"),
    ],
)
def test_due_date_one_month_month_ends_and_weekends(received, expected):
    assert due_date(D(received)) == D(expected)


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        # One case per L3133-1 public holiday, each falling on a weekday.
        pytest.param("2025-12-01", "2026-01-02", id="new-year-thu-1jan-2026-to-fri"),
        pytest.param("2026-03-06", "2026-04-07", id="easter-monday-6apr-2026-to-tue"),
        pytest.param("2026-04-01", "2026-05-04", id="labour-day-fri-1may-2026-then-weekend-to-mon"),
        pytest.param("2026-04-08", "2026-05-11", id="victory-day-fri-8may-2026-then-weekend-to-mon"),
        pytest.param("2026-04-14", "2026-05-15", id="ascension-thu-14may-2026-to-fri"),
        pytest.param("2026-04-25", "2026-05-26", id="whit-monday-25may-2026-to-tue"),
        pytest.param("2026-06-14", "2026-07-15", id="bastille-day-tue-14jul-2026-to-wed"),
        pytest.param("2025-07-15", "2025-08-18", id="assumption-fri-15aug-2025-then-weekend-to-mon"),
        pytest.param("2027-10-01", "2027-11-02", id="all-saints-mon-1nov-2027-to-tue"),
        pytest.param("2026-10-11", "2026-11-12", id="armistice-wed-11nov-2026-to-thu"),
        pytest.param("2025-11-25", "2025-12-26", id="christmas-thu-25dec-2025-to-fri-in-FR"),
    ],
)
def test_due_date_every_national_holiday_rolls(received, expected):
    assert due_date(D(received), region="FR") == D(expected)


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        pytest.param("2026-10-01", "2026-11-02", id="all-saints-on-sun-1nov-2026-to-mon"),
        pytest.param("2027-09-30", "2027-11-02", id="sat-30oct-sun-31oct-mon-1nov-holiday-to-tue"),
        pytest.param("2026-03-04", "2026-04-07", id="sat-4apr-easter-sun-easter-mon-to-tue"),
        pytest.param("2026-03-05", "2026-04-07", id="easter-sunday-5apr-2026-then-easter-mon-to-tue"),
        pytest.param("2026-04-23", "2026-05-26", id="sat-23may-sun-whit-mon-to-tue"),
        pytest.param("2026-07-15", "2026-08-17", id="assumption-on-sat-15aug-2026-to-mon"),
        pytest.param("2027-07-15", "2027-08-16", id="assumption-on-sun-15aug-2027-to-mon"),
        pytest.param("2026-11-25", "2026-12-28", id="christmas-fri-25dec-2026-then-weekend-to-mon"),
    ],
)
def test_due_date_chains_of_non_working_days(received, expected):
    assert due_date(D(received)) == D(expected)


# --------------------------------------------------------------------------- #
# Alsace-Moselle: Good Friday and 26 December
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("region", ALSACE_MOSELLE)
@pytest.mark.parametrize(
    ("received", "expected_fr", "expected_local"),
    [
        pytest.param("2026-03-03", "2026-04-03", "2026-04-07",
                     id="good-friday-3apr-2026-then-weekend-and-easter-mon"),
        pytest.param("2027-02-26", "2027-03-26", "2027-03-30",
                     id="good-friday-26mar-2027-then-weekend-and-easter-mon"),
        pytest.param("2024-02-29", "2024-03-29", "2024-04-02",
                     id="29feb-leap-to-good-friday-29mar-2024"),
        pytest.param("2025-11-26", "2025-12-26", "2025-12-29",
                     id="st-stephen-fri-26dec-2025-then-weekend"),
        pytest.param("2025-11-25", "2025-12-26", "2025-12-29",
                     id="christmas-thu-then-st-stephen-fri-then-weekend"),
        pytest.param("2028-11-26", "2028-12-26", "2028-12-27",
                     id="st-stephen-tue-26dec-2028-to-wed"),
    ],
)
def test_due_date_alsace_moselle_extra_holidays(received, expected_fr, expected_local, region):
    assert due_date(D(received), region="FR") == D(expected_fr)
    assert due_date(D(received), region=region) == D(expected_local)


@pytest.mark.parametrize("region", ALSACE_MOSELLE)
@pytest.mark.parametrize(
    ("year", "good_friday"),
    [
        pytest.param(2024, "2024-03-29", id="2024"),
        pytest.param(2025, "2025-04-18", id="2025"),
        pytest.param(2026, "2026-04-03", id="2026"),
        pytest.param(2027, "2027-03-26", id="2027"),
        pytest.param(2028, "2028-04-14", id="2028"),
        pytest.param(2029, "2029-03-30", id="2029"),
        pytest.param(2030, "2030-04-19", id="2030"),
    ],
)
def test_alsace_moselle_adds_exactly_good_friday_and_26_december(region, year, good_friday):
    national = set(_holidays_in_year("FR", year))
    local = set(_holidays_in_year(region, year))
    assert local - national == {D(good_friday), date(year, 12, 26)}
    assert national - local == set()


def _holidays_in_year(region, year):
    cal = public_holidays(region)
    cal.get(date(year, 1, 1))  # force the lazy calendar to populate `year`
    return [d for d in cal if d.year == year]


def test_national_2026_holiday_list_matches_code_du_travail():
    assert sorted(_holidays_in_year("FR", 2026)) == [
        D("2026-01-01"),  # Jour de l'an
        D("2026-04-06"),  # Lundi de Pâques
        D("2026-05-01"),  # Fête du travail
        D("2026-05-08"),  # Victoire 1945
        D("2026-05-14"),  # Ascension
        D("2026-05-25"),  # Lundi de Pentecôte
        D("2026-07-14"),  # Fête nationale
        D("2026-08-15"),  # Assomption
        D("2026-11-01"),  # Toussaint
        D("2026-11-11"),  # Armistice
        D("2026-12-25"),  # Noël
    ]


def test_regions_and_subdivisions():
    assert set(REGIONS) == {"FR", "FR-57", "FR-67", "FR-68"}
    assert public_holidays("FR").subdiv is None
    assert public_holidays("FR-57").subdiv == "57"
    assert public_holidays("FR-67").subdiv == "6AE"
    assert public_holidays("FR-68").subdiv == "6AE"


def test_public_holidays_is_cached():
    assert public_holidays("FR-57") is public_holidays("FR-57")
    assert public_holidays("FR") is not public_holidays("FR-57")


# --------------------------------------------------------------------------- #
# Extended period: three months counted from receipt
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    ("received", "region", "expected"),
    [
        pytest.param("2026-01-31", "FR", "2026-04-30", id="31jan-plus-3-to-thu-30apr"),
        pytest.param("2026-04-01", "FR", "2026-07-01", id="1apr-plus-3-to-wed-1jul"),
        pytest.param("2026-04-14", "FR", "2026-07-15", id="to-bastille-day-tue-rolls-wed"),
        pytest.param("2026-10-01", "FR", "2027-01-04", id="to-new-year-fri-1jan-2027-then-weekend"),
        pytest.param("2027-11-30", "FR", "2028-02-29", id="30nov-plus-3-to-29feb-leap"),
        pytest.param("2026-11-30", "FR", "2027-03-01", id="30nov-plus-3-to-sun-28feb-rolls-mon"),
        pytest.param("2026-01-03", "FR", "2026-04-03", id="to-good-friday-working-in-FR"),
        pytest.param("2026-01-03", "FR-67", "2026-04-07", id="to-good-friday-holiday-in-FR-67"),
    ],
)
def test_due_date_extended_three_months(received, region, expected):
    assert due_date(D(received), 3, region=region) == D(expected)


@pytest.mark.parametrize(
    ("received", "expected_one", "expected_three", "chained_wrong"),
    [
        # 1 month: Sat 28 Feb -> Mon 2 Mar. Chaining +2 months gives Sat 2 May
        # -> Mon 4 May; counted from receipt it is Thu 30 Apr.
        pytest.param("2026-01-31", "2026-03-02", "2026-04-30", "2026-05-04",
                     id="31jan-2026-month-end-and-weekend"),
        # 1 month: Fri 1 May holiday -> Mon 4 May. Chaining gives Sat 4 Jul
        # -> Mon 6 Jul; from receipt it is Wed 1 Jul.
        pytest.param("2026-04-01", "2026-05-04", "2026-07-01", "2026-07-06",
                     id="1apr-2026-labour-day-roll"),
    ],
)
def test_extended_period_is_not_chained_on_rolled_one_month(
    received, expected_one, expected_three, chained_wrong
):
    assert due_date(D(received), 1) == D(expected_one)
    assert due_date(D(received), 3) == D(expected_three)
    assert due_date(D(received), 3) != D(chained_wrong)


# --------------------------------------------------------------------------- #
# Identity suspension: added to the raw end, before the roll
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    ("received", "months", "suspended", "region", "expected"),
    [
        pytest.param("2027-03-05", 1, 0, "FR", "2027-04-05", id="zero-suspension-unchanged"),
        pytest.param("2027-03-05", 1, 3, "FR", "2027-04-08", id="mon-5apr-plus-3-to-thu-8apr"),
        pytest.param("2026-01-06", 1, 1, "FR", "2026-02-09",
                     id="fri-6feb-plus-1-lands-sat-rolls-mon"),
        pytest.param("2026-01-20", 1, 10, "FR", "2026-03-02",
                     id="fri-20feb-plus-10-across-28-day-feb-to-mon-2mar"),
        pytest.param("2026-11-28", 1, 7, "FR", "2027-01-04",
                     id="mon-28dec-plus-7-across-year-end-and-new-year"),
        pytest.param("2026-04-01", 1, 1, "FR", "2026-05-04",
                     id="added-before-roll-1may-plus-1-is-sat-to-mon-not-tue"),
        pytest.param("2026-06-10", 1, 4, "FR", "2026-07-15",
                     id="fri-10jul-plus-4-lands-on-bastille-day-to-wed"),
        pytest.param("2026-01-31", 1, 2, "FR", "2026-03-02",
                     id="sat-28feb-plus-2-absorbed-by-weekend-still-mon-2mar"),
        pytest.param("2026-01-31", 3, 5, "FR", "2026-05-05",
                     id="extended-thu-30apr-plus-5-over-1may-to-tue-5may"),
        pytest.param("2025-11-20", 1, 6, "FR", "2025-12-26",
                     id="sat-20dec-plus-6-to-fri-26dec-working-in-FR"),
        pytest.param("2025-11-20", 1, 6, "FR-68", "2025-12-29",
                     id="sat-20dec-plus-6-to-st-stephen-in-FR-68-to-mon"),
    ],
)
def test_due_date_with_suspension(received, months, suspended, region, expected):
    assert due_date(D(received), months, region=region, suspended_days=suspended) == D(expected)


# --------------------------------------------------------------------------- #
# Working days
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    ("day", "region", "expected"),
    [
        pytest.param("2026-05-04", "FR", True, id="ordinary-monday"),
        pytest.param("2026-05-02", "FR", False, id="saturday"),
        pytest.param("2026-05-03", "FR", False, id="sunday"),
        pytest.param("2026-05-01", "FR", False, id="labour-day-friday"),
        pytest.param("2026-05-25", "FR", False, id="whit-monday"),
        pytest.param("2026-04-03", "FR", True, id="good-friday-national"),
        pytest.param("2026-04-03", "FR-57", False, id="good-friday-moselle"),
        pytest.param("2025-12-26", "FR", True, id="26dec-national"),
        pytest.param("2025-12-26", "FR-67", False, id="26dec-bas-rhin"),
        pytest.param("2025-12-26", "FR-68", False, id="26dec-haut-rhin"),
    ],
)
def test_is_working_day(day, region, expected):
    assert is_working_day(D(day), region) is expected


@pytest.mark.parametrize(
    ("day", "region", "expected"),
    [
        pytest.param("2026-05-04", "FR", "2026-05-04", id="working-day-is-itself"),
        pytest.param("2026-05-01", "FR", "2026-05-04", id="fri-holiday-then-weekend"),
        pytest.param("2026-04-03", "FR", "2026-04-03", id="good-friday-national-itself"),
        pytest.param("2026-04-03", "FR-57", "2026-04-07", id="good-friday-moselle-to-tue"),
    ],
)
def test_next_working_day(day, region, expected):
    assert next_working_day(D(day), region) == D(expected)


@pytest.mark.parametrize(
    ("due", "today", "expected"),
    [
        pytest.param("2026-03-10", "2026-03-10", 0, id="due-today"),
        pytest.param("2026-03-10", "2026-03-08", 2, id="two-days-left"),
        pytest.param("2026-03-10", "2026-03-12", -2, id="two-days-overdue"),
        pytest.param("2026-03-02", "2026-02-27", 3, id="across-28-day-february"),
        pytest.param("2028-03-01", "2028-02-28", 2, id="across-29-day-february"),
        pytest.param("2027-01-04", "2026-12-28", 7, id="across-year-end"),
    ],
)
def test_days_left(due, today, expected):
    assert days_left(D(due), D(today)) == expected


# --------------------------------------------------------------------------- #
# Errors
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("months", [2, 0, 4, 12, -1], ids=lambda m: f"months={m}")
def test_due_date_rejects_other_periods(months):
    with pytest.raises(ValueError, match=r"months must be 1 \(standard period\) or 3"):
        due_date(D("2026-03-05"), months)


@pytest.mark.parametrize("months", [True, 1.0, "1"], ids=["bool", "float", "str"])
def test_due_date_rejects_non_int_months(months):
    with pytest.raises(TypeError, match="months"):
        due_date(D("2026-03-05"), months)


def test_due_date_rejects_negative_suspension():
    with pytest.raises(ValueError, match="suspended_days"):
        due_date(D("2026-03-05"), suspended_days=-1)


@pytest.mark.parametrize("region", ["FR-75", "GES", "fr", "", "FR-6AE"])
def test_unknown_region_rejected_everywhere(region):
    with pytest.raises(ValueError, match=r"unknown region.*'FR', 'FR-57', 'FR-67', 'FR-68'"):
        due_date(D("2026-03-05"), region=region)
    with pytest.raises(ValueError, match="unknown region"):
        public_holidays(region)
    with pytest.raises(ValueError, match="unknown region"):
        is_working_day(D("2026-03-05"), region)
    with pytest.raises(ValueError, match="unknown region"):
        next_working_day(D("2026-03-05"), region)


@pytest.mark.parametrize(
    "received",
    [
        pytest.param(datetime(2026, 3, 5, 23, 30), id="naive-datetime"),
        pytest.param(datetime(2026, 3, 5, 23, 30, tzinfo=PARIS), id="aware-datetime"),
    ],
)
def test_due_date_rejects_datetime(received):
    with pytest.raises(TypeError, match="not a datetime.*local calendar date"):
        due_date(received)


def test_due_date_rejects_string():
    with pytest.raises(TypeError, match="received must be a datetime.date"):
        due_date("2026-03-05")


def test_other_functions_reject_datetime():
    moment = datetime(2026, 3, 5, 10, 0)
    with pytest.raises(TypeError):
        add_months(moment, 1)
    with pytest.raises(TypeError):
        is_working_day(moment)
    with pytest.raises(TypeError):
        next_working_day(moment)
    with pytest.raises(TypeError):
        days_left(moment, D("2026-03-01"))


# --------------------------------------------------------------------------- #
# Breach clock: 72 elapsed hours, shown in Europe/Paris
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize(
    ("aware_at", "expected_iso"),
    [
        pytest.param(datetime(2026, 3, 3, 9, 30, tzinfo=PARIS), "2026-03-06T09:30:00+01:00",
                     id="winter-tue-to-fri-same-wall-time"),
        pytest.param(datetime(2026, 3, 27, 10, 0, tzinfo=PARIS), "2026-03-30T11:00:00+02:00",
                     id="spring-dst-fri-10-cet-to-mon-11-cest"),
        pytest.param(datetime(2026, 10, 23, 10, 0, tzinfo=PARIS), "2026-10-26T09:00:00+01:00",
                     id="autumn-dst-fri-10-cest-to-mon-09-cet"),
        pytest.param(datetime(2026, 6, 12, 8, 0, tzinfo=UTC), "2026-06-15T10:00:00+02:00",
                     id="input-in-utc-shown-in-paris-summer"),
        pytest.param(datetime(2026, 1, 9, 18, 0, tzinfo=timezone(timedelta(hours=-5))),
                     "2026-01-13T00:00:00+01:00", id="input-minus-5h-crosses-midnight-in-paris"),
        pytest.param(datetime(2026, 1, 9, 18, 0, tzinfo=ZoneInfo("America/New_York")),
                     "2026-01-13T00:00:00+01:00", id="input-new-york-zone"),
        pytest.param(datetime(2026, 10, 24, 9, 0, tzinfo=timezone(timedelta(hours=9))),
                     "2026-10-27T01:00:00+01:00", id="input-plus-9h-across-autumn-change"),
        pytest.param(datetime(2026, 2, 6, 17, 0, tzinfo=PARIS), "2026-02-09T17:00:00+01:00",
                     id="weekend-not-skipped-fri-to-mon"),
        pytest.param(datetime(2026, 4, 30, 12, 0, tzinfo=PARIS), "2026-05-03T12:00:00+02:00",
                     id="holiday-and-weekend-not-skipped-ends-on-sunday"),
        pytest.param(datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=PARIS),
                     "2026-10-28T01:30:00+01:00", id="ambiguous-0230-first-cest"),
        pytest.param(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=PARIS),
                     "2026-10-28T02:30:00+01:00", id="ambiguous-0230-second-cet"),
    ],
)
def test_breach_deadline(aware_at, expected_iso):
    result = breach_deadline(aware_at)
    assert result.isoformat() == expected_iso
    assert isinstance(result.tzinfo, ZoneInfo)
    assert result.tzinfo.key == "Europe/Paris"
    elapsed = result.astimezone(UTC) - aware_at.astimezone(UTC)
    assert elapsed == timedelta(hours=72)


def test_breach_deadline_naive_rejected():
    with pytest.raises(ValueError, match="timezone-aware"):
        breach_deadline(datetime(2026, 3, 27, 10, 0))


def test_breach_deadline_date_rejected():
    with pytest.raises(TypeError, match="timezone-aware datetime"):
        breach_deadline(date(2026, 3, 27))


def test_paris_constant():
    assert ZoneInfo("Europe/Paris") == PARIS
    assert deadlines.PARIS is PARIS
