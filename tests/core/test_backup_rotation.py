"""The rotation of backups: the newest of each of the last 7 days, 4 ISO weeks and 12 months (Paris time)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from dpo_workbench.core.backup_rotation import Rotation, to_keep


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def kept_days(created: list[datetime], rotation: Rotation = Rotation()) -> list[date]:
    return sorted(created[i].date() for i in to_keep(created, rotation))


def test_nothing_and_one_backup():
    assert to_keep([]) == set()
    assert to_keep([at(date(2026, 11, 26))]) == {0}


def test_a_year_and_more_of_daily_backups():
    first, last = date(2025, 11, 1), date(2026, 12, 5)  # 5 December 2026 is a Saturday
    created = [at(first + timedelta(days=n)) for n in range((last - first).days + 1)]
    assert kept_days(created) == sorted([
        *(date(2026, 12, d) for d in range(1, 6)), date(2026, 11, 29), date(2026, 11, 30),  # 7 days
        date(2026, 11, 22), date(2026, 11, 15),  # the ISO weeks before (the two newer are in the 7 days)
        date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31), date(2026, 6, 30),
        date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31), date(2026, 2, 28), date(2026, 1, 31),  # months
    ])


def test_several_backups_a_day_keep_the_newest_of_each_day():
    day = date(2026, 11, 26)
    created = [at(day, 9), at(day, 14), at(day, 11), at(day - timedelta(days=1), 18)]
    assert to_keep(created) == {1, 3}


def test_days_are_counted_in_paris():
    # 23:30 UTC on 26 November is already 27 November in Paris; 20:00 UTC is still the 26th
    created = [at(date(2026, 11, 26), 23, 30), at(date(2026, 11, 26), 20)]
    assert to_keep(created, Rotation(daily=2, weekly=0, monthly=0)) == {0, 1}
    # 22:30 UTC on 26 November is 23:30 in Paris: the same day as 26 November 09:00 UTC
    created = [at(date(2026, 11, 26), 22, 30), at(date(2026, 11, 26), 9)]
    assert to_keep(created, Rotation(daily=2, weekly=0, monthly=0)) == {0}


def test_the_newest_is_kept_even_with_an_empty_rotation():
    created = [at(date(2026, 11, 20)), at(date(2026, 11, 26))]
    assert to_keep(created, Rotation(daily=0, weekly=0, monthly=0)) == {1}
