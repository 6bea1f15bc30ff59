"""The backups kept are a spread of restore points: a burst never evicts the history."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from hopen_desktop.model.backup_retention import backups_to_delete, backups_to_keep

NOW = dt.datetime(2026, 11, 30, 12, 0)


def test_a_burst_of_backups_keeps_yesterday_last_week_and_last_months():
    history = [
        ("2026-06-15", dt.datetime(2026, 6, 15, 9)),
        ("2026-10-02", dt.datetime(2026, 10, 2, 9)),
        ("2026-11-25", dt.datetime(2026, 11, 25, 9)),
        ("2026-11-29", dt.datetime(2026, 11, 29, 9)),
    ]
    burst = [(f"burst-{n}", NOW - dt.timedelta(minutes=n)) for n in range(11)]
    kept = backups_to_keep(history + burst, keep=10, now=NOW)
    assert {"2026-06-15", "2026-10-02", "2026-11-25", "2026-11-29"} <= kept
    assert {f"burst-{n}" for n in range(10)} <= kept
    assert "burst-10" not in kept


def test_beyond_a_year_only_the_newest_are_kept():
    old = [(f"old-{n}", dt.datetime(2024, 1 + n, 1)) for n in range(6)]
    assert backups_to_keep(old, keep=2, now=NOW) == {"old-5", "old-4"}


def test_one_per_day_is_the_newest_of_that_day():
    day = [(f"d-{h}", dt.datetime(2026, 11, 28, h)) for h in range(8, 12)]
    assert backups_to_keep(day, keep=0, now=NOW) == {"d-11"}


def test_delete_is_the_complement_oldest_first():
    created = [(n, NOW - dt.timedelta(days=40 * n)) for n in range(20)]
    kept = backups_to_keep(created, keep=3, now=NOW)
    deleted = backups_to_delete(created, keep=3, now=NOW)
    assert set(deleted) | kept == set(range(20)) and not set(deleted) & kept
    assert deleted == sorted(deleted, reverse=True)  # larger n is older


@given(
    st.lists(st.integers(min_value=0, max_value=60 * 24 * 500), min_size=1, max_size=60, unique=True),
    st.integers(min_value=1, max_value=20),
)
def test_the_newest_backup_is_always_kept_and_at_most_keep_plus_19_are(minutes_ago, keep):
    created = [(m, NOW - dt.timedelta(minutes=m)) for m in minutes_ago]
    kept = backups_to_keep(created, keep=keep, now=NOW)
    assert min(minutes_ago) in kept
    assert len(kept) <= keep + 7 + 12
