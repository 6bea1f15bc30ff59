"""Which automatic backups to keep: a spread of restore points, so that a burst of backups
(eleven refused imports in a row, a morning of reopening the window) can never push the whole
history out.

Kept: the newest ``keep`` backups, plus the newest backup of each of the last ``DAYS`` days, plus
the newest backup of each of the last ``MONTHS`` months — as Time Machine or Vorta's prune settings
(``keep_daily``, ``keep_monthly``) do. Everything else may be deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

DAYS = 7
MONTHS = 12

T = TypeVar("T")


def backups_to_keep(
    created: Sequence[tuple[T, dt.datetime]], keep: int, now: dt.datetime, days: int = DAYS, months: int = MONTHS
) -> set[T]:
    """The keys of the backups to keep among ``created`` (key, creation time) pairs."""
    newest_first = sorted(created, key=lambda item: item[1], reverse=True)
    kept: set[T] = {key for key, _ in newest_first[: max(keep, 0)]}
    first_day = (now - dt.timedelta(days=days - 1)).date()
    first_month = _month_index(now) - (months - 1)
    seen_days: set[dt.date] = set()
    seen_months: set[int] = set()
    for key, when in newest_first:
        day = when.date()
        if first_day <= day <= now.date() and day not in seen_days:
            seen_days.add(day)
            kept.add(key)
        month = _month_index(when)
        if first_month <= month <= _month_index(now) and month not in seen_months:
            seen_months.add(month)
            kept.add(key)
    return kept


def backups_to_delete(
    created: Sequence[tuple[T, dt.datetime]], keep: int, now: dt.datetime, days: int = DAYS, months: int = MONTHS
) -> list[T]:
    """The keys of ``created`` not kept by ``backups_to_keep``, oldest first."""
    kept = backups_to_keep(created, keep, now, days, months)
    return [key for key, _ in sorted(created, key=lambda item: item[1]) if key not in kept]


def _month_index(when: dt.datetime) -> int:
    return when.year * 12 + when.month - 1
