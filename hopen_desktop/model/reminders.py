"""What is due: the next occurrence of each recurring proof the referential derives criteria from,
and the actions that are late or due soon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from hopen_desktop.model.derivation import has_required_fields
from hopen_desktop.model.entities import Action, Evidence
from hopen_desktop.model.evidence_types import type_label
from hopen_desktop.model.referential import DerivationRule, Referential

ACTION_SOON_DAYS = 30


@dataclass(frozen=True)
class DueProof:
    evidence_type: str
    label: str
    #: Indicators whose derived criteria need this proof.
    indicators: tuple[str, ...]
    last_date: dt.date | None
    #: The day by which the next one must be dated to keep the criterion met; None when the
    #: register does not hold enough of them yet (due now).
    due_date: dt.date | None
    rule: DerivationRule

    def is_overdue(self, today: dt.date) -> bool:
        return self.due_date is None or self.due_date < today

    def overdue_since(self, today: dt.date) -> dt.date | None:
        """The first day the proof was missing (the day after the due date), None when not overdue
        or when there never was enough of them."""
        if self.due_date is not None and self.due_date < today:
            return self.due_date + dt.timedelta(days=1)
        return None


def _rules_by_type(referential: Referential) -> dict[str, tuple[DerivationRule, list[str]]]:
    """One rule per evidence type (the strictest: shortest window per required count)."""
    found: dict[str, tuple[DerivationRule, list[str]]] = {}
    for ind in referential.indicators:
        for crit in ind.criteria:
            rule = crit.derived
            if rule is None:
                continue
            if rule.evidence_type in found:
                found[rule.evidence_type][1].append(ind.id)
                known = found[rule.evidence_type][0]
                if rule.window_months / rule.min_count < known.window_months / known.min_count:
                    found[rule.evidence_type] = (rule, found[rule.evidence_type][1])
            else:
                found[rule.evidence_type] = (rule, [ind.id])
    return found


def due_proofs(referential: Referential, evidence: Iterable[Evidence], today: dt.date) -> list[DueProof]:
    """For each recurring proof: when the next one is due. Overdue first, then soonest first.

    With a rule "``min_count`` in every ``window_months`` months", the next proof must be dated
    at the latest ``window_months`` months after the ``min_count``-th most recent one (proofs
    dated after today are ignored).
    """
    evidence = [e for e in evidence if e.date <= today]
    result = []
    for etype, (rule, indicators) in _rules_by_type(referential).items():
        dates = sorted((e.date for e in evidence if e.type == etype and has_required_fields(e, rule)), reverse=True)
        # periods consecutive windows of W months with min_count each = min_count in every W months.
        needed = rule.min_count
        due = dates[needed - 1] + relativedelta(months=rule.window_months) if len(dates) >= needed else None
        result.append(
            DueProof(
                evidence_type=etype,
                label=type_label(etype),
                indicators=tuple(indicators),
                last_date=dates[0] if dates else None,
                due_date=due,
                rule=rule,
            )
        )
    result.sort(key=lambda d: (not d.is_overdue(today), d.due_date or dt.date.min, d.evidence_type))
    return result


@dataclass(frozen=True)
class DueAction:
    action: Action
    late: bool


def due_actions(actions: Iterable[Action], today: dt.date, soon_days: int = ACTION_SOON_DAYS) -> list[DueAction]:
    """Open actions that are late or due within ``soon_days`` days, late first."""
    horizon = today + dt.timedelta(days=soon_days)
    found = [
        DueAction(a, a.due_date < today)
        for a in actions
        if a.status in ("a_faire", "en_cours") and a.due_date is not None and a.due_date <= horizon
    ]
    found.sort(key=lambda d: (not d.late, d.action.due_date, d.action.id))
    return found
