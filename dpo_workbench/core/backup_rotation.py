"""Which backups to keep: the newest of each of the last days, weeks and months (grandfather-father-son).

With the defaults (7 daily, 4 weekly, 12 monthly) a folder keeps at most 23
backups and can go back a year. Days, ISO weeks and months are those of
Paris, where the DPO works. The newest backup is always kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from dpo_workbench.core.clock import PARIS


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_ROTATION = Rotation()


def to_keep(created: Sequence[datetime], rotation: Rotation = DEFAULT_ROTATION, tz: tzinfo = PARIS) -> set[int]:
    """The indexes (into `created`) of the backups to keep; the others may be deleted."""
    order = sorted(range(len(created)), key=lambda i: created[i], reverse=True)
    keep: set[int] = set(order[:1])
    periods = [
        (rotation.daily, lambda d: d.date()),
        (rotation.weekly, lambda d: d.isocalendar()[:2]),
        (rotation.monthly, lambda d: (d.year, d.month)),
    ]
    for limit, period_of in periods:
        seen: list[object] = []
        for i in order:  # newest first: the first backup met in a period is that period's newest
            period = period_of(created[i].astimezone(tz))
            if period in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(period)
            keep.add(i)
    return keep
