"""Criteria computed from the evidence register (rules are data in the referential)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from hopen_desktop.model.entities import Evidence
from hopen_desktop.model.referential import DerivationRule


@dataclass(frozen=True)
class Window:
    """A period of evidence, both ends included."""

    start: dt.date
    end: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class WindowResult:
    window: Window
    #: The usable evidence dated in the window.
    evidence_ids: tuple[int, ...]
    needed: int
    #: How many distinct days they fall on: two meetings on the same day count once.
    days: int = 0
    #: Evidence of the type dated in the window that lacks a required field (it does not count).
    incomplete: int = 0

    @property
    def met(self) -> bool:
        return self.days >= self.needed


@dataclass(frozen=True)
class RuleResult:
    rule: DerivationRule
    windows: tuple[WindowResult, ...]

    @property
    def met(self) -> bool:
        return all(w.met for w in self.windows)

    @property
    def evidence_ids(self) -> tuple[int, ...]:
        return tuple(i for w in self.windows for i in w.evidence_ids)

    @property
    def missing(self) -> tuple[WindowResult, ...]:
        return tuple(w for w in self.windows if not w.met)


@lru_cache(maxsize=256)
def windows(rule: DerivationRule, campaign_date: dt.date) -> tuple[Window, ...]:
    """The ``rule.periods`` consecutive windows of ``rule.window_months`` months ending on the
    campaign date, most recent first. The 12 months ending on 2025-12-31 are 2025-01-01..2025-12-31."""
    # Every edge is counted from the campaign date itself, so that end-of-month clipping
    # (31 December - 6 months = 30 June) never shifts the older windows.
    months = rule.window_months
    return tuple(
        Window(
            start=campaign_date - relativedelta(months=months * (k + 1)) + relativedelta(days=1),
            end=campaign_date - relativedelta(months=months * k),
        )
        for k in range(rule.periods)
    )


def has_required_fields(evidence: Evidence, rule: DerivationRule) -> bool:
    for name in rule.required_fields:
        value = evidence.fields.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return False
    return True


def evaluate(rule: DerivationRule, evidence: Iterable[Evidence], campaign_date: dt.date) -> RuleResult:
    of_type = sorted((e for e in evidence if e.type == rule.evidence_type), key=lambda e: (e.date, e.id))
    usable = [e for e in of_type if has_required_fields(e, rule)]
    results = []
    for window in windows(rule, campaign_date):
        inside = [e for e in usable if window.contains(e.date)]
        incomplete = sum(1 for e in of_type if window.contains(e.date) and not has_required_fields(e, rule))
        results.append(
            WindowResult(window, tuple(e.id for e in inside), rule.min_count, len({e.date for e in inside}), incomplete)
        )
    return RuleResult(rule, tuple(results))
