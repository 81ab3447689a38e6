"""Time as the application sees it: injected, so tests never wait for time to pass."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that only moves when told to (tests, demo data, benchmarks)."""

    def __init__(self, instant: datetime):
        if instant.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self.instant = instant

    def now(self) -> datetime:
        return self.instant

    def advance(self, **delta) -> None:
        from datetime import timedelta

        self.instant = self.instant + timedelta(**delta)


def local_today(clock: Clock) -> date:
    """Today's date in France, where the periods are counted."""
    return clock.now().astimezone(PARIS).date()
