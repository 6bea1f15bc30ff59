"""Which evidence supports which indicator and criterion in one campaign, and how (issue 16, item 4).

A piece of evidence counts for a criterion in two ways:

- **calculée** (derived): the criterion is computed from the register (``Criterion.derived``) and
  the rule counts it (``derivation.evaluate``: of the rule's type, dated in one of its windows,
  with every required field). A link set by the user does not make evidence count for a derived
  criterion: a meeting outside the window does not count, linked or not.
- **liée** (linked): the user linked it (``Evidence.links``) to a hand-ticked criterion or to the
  whole indicator, and it is dated on or before the campaign date (evidence dated after the
  campaign date is accepted and does not count, PRODUCT.md §6).

What does not count but is related (evidence of a derived criterion's type outside its windows,
linked evidence dated after the campaign, ...) is returned apart, with the reason, so that a screen
can say « hors période » without ever listing it as counting.

One pure function, ``evidence_support``, evaluates every rule once for the whole campaign: a
screen asks it once per refresh, never per row or per page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from hopen_desktop.model.derivation import evaluate, has_required_fields
from hopen_desktop.model.entities import Evidence
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.referential import Criterion, Indicator, Referential


class SupportKind(StrEnum):
    #: Counted by the criterion's rule (« calculée »).
    DERIVED = "derived"
    #: Linked by the user (« liée »).
    LINKED = "linked"


class NotCountingReason(StrEnum):
    #: Of the derived criterion's type, dated outside every window of its rule (« hors période »).
    OUT_OF_PERIOD = "out_of_period"
    #: Dated after the campaign date: accepted, counts for a later campaign.
    AFTER_CAMPAIGN = "after_campaign"
    #: Of the rule's type and in a window, but a field the rule requires is missing.
    INCOMPLETE = "incomplete"
    #: Linked to a derived criterion while not of the type its rule counts.
    OTHER_TYPE = "other_type"
    #: Linked to a criterion that does not apply to the establishment (a GHT criterion outside a GHT).
    CRITERION_NOT_APPLICABLE = "criterion_not_applicable"


#: Short labels of how evidence counts, declared once (the window, the reports).
KIND_TEXTS: dict[str, Text] = {
    SupportKind.DERIVED: Text("calculée", "computed"),
    SupportKind.LINKED: Text("liée", "linked"),
}

#: Short labels of why related evidence does not count.
NOT_COUNTING_TEXTS: dict[str, Text] = {
    NotCountingReason.OUT_OF_PERIOD: Text("hors période", "outside the period"),
    NotCountingReason.AFTER_CAMPAIGN: Text("postérieure à la campagne", "after the campaign date"),
    NotCountingReason.INCOMPLETE: Text(
        "incomplète : un champ demandé manque", "incomplete: a required field is missing"
    ),
    NotCountingReason.OTHER_TYPE: Text(
        "type de preuve non compté par ce critère", "evidence type this criterion does not count"
    ),
    NotCountingReason.CRITERION_NOT_APPLICABLE: Text(
        "critère non applicable à l'établissement", "criterion not applicable to the establishment"
    ),
}


@dataclass(frozen=True)
class Support:
    """One piece of evidence counting for an indicator (``criterion`` None: linked to the whole
    indicator)."""

    evidence_id: int
    kind: SupportKind
    criterion: str | None = None


@dataclass(frozen=True)
class NotCounting:
    """One piece of related evidence that does not count, and why."""

    evidence_id: int
    reason: NotCountingReason
    criterion: str | None = None
    #: Whether the user linked it (else it is only of the derived criterion's type).
    linked: bool = False


@dataclass(frozen=True)
class CriterionSupport:
    criterion_id: str
    #: What counts, most recent first: the rule's evidence for a derived criterion, the linked
    #: evidence for a hand-ticked one.
    counting: tuple[Support, ...] = ()
    #: What is related and does not count, most recent first.
    not_counting: tuple[NotCounting, ...] = ()

    @property
    def evidence_ids(self) -> tuple[int, ...]:
        return tuple(s.evidence_id for s in self.counting)


@dataclass(frozen=True)
class IndicatorSupport:
    indicator_id: str
    #: The applicable criteria, in referential order.
    criteria: dict[str, CriterionSupport] = field(default_factory=dict)
    #: Evidence linked to the whole indicator that counts, most recent first.
    linked: tuple[Support, ...] = ()
    #: Evidence linked to the whole indicator that does not count.
    not_counting: tuple[NotCounting, ...] = ()

    @property
    def evidence_ids(self) -> frozenset[int]:
        """Every piece of evidence that counts for the indicator (criteria and whole indicator)."""
        ids = {s.evidence_id for s in self.linked}
        for crit in self.criteria.values():
            ids.update(crit.evidence_ids)
        return frozenset(ids)


@dataclass(frozen=True)
class EvidenceSupport:
    """For one campaign: for each indicator and criterion, the evidence that counts and how."""

    indicators: dict[str, IndicatorSupport]
    #: Evidence id -> the indicators it counts for, in referential order.
    counted_for: dict[int, tuple[str, ...]]
    #: The register as the campaign sees it, by id (a screen shows titles and dates without
    #: reading the register again).
    items: dict[int, Evidence] = field(default_factory=dict)

    def indicator(self, indicator_id: str) -> IndicatorSupport:
        return self.indicators.get(indicator_id) or IndicatorSupport(indicator_id)

    def criterion(self, indicator_id: str, criterion_id: str) -> CriterionSupport:
        return self.indicator(indicator_id).criteria.get(criterion_id) or CriterionSupport(criterion_id)

    def indicators_of(self, evidence_id: int) -> tuple[str, ...]:
        """The indicators a piece of evidence counts for (empty when none)."""
        return self.counted_for.get(evidence_id, ())

    def counts_for(self, evidence_id: int, indicator_id: str) -> bool:
        return indicator_id in self.counted_for.get(evidence_id, ())


def _recent_first(items: list[Evidence]) -> list[Evidence]:
    return sorted(items, key=lambda e: (e.date, e.id), reverse=True)


def _derived_support(
    crit: Criterion, of_type: list[Evidence], linked: list[Evidence], campaign_date: dt.date
) -> CriterionSupport:
    assert crit.derived is not None
    rule = crit.derived
    result = evaluate(rule, of_type, campaign_date)
    counted = set(result.evidence_ids)
    by_id = {e.id: e for e in of_type}
    counting = tuple(Support(e.id, SupportKind.DERIVED, crit.id) for e in _recent_first([by_id[i] for i in counted]))
    linked_ids = {e.id for e in linked}
    spans = [w.window for w in result.windows]
    others: list[NotCounting] = []
    for e in _recent_first([*of_type, *(e for e in linked if e.type != rule.evidence_type)]):
        if e.id in counted:
            continue
        if e.type != rule.evidence_type:
            reason = NotCountingReason.OTHER_TYPE
        elif e.date > campaign_date:
            reason = NotCountingReason.AFTER_CAMPAIGN
        elif not any(w.contains(e.date) for w in spans):
            reason = NotCountingReason.OUT_OF_PERIOD
        elif not has_required_fields(e, rule):
            reason = NotCountingReason.INCOMPLETE
        else:  # in a window with every field: counted by the rule (kept for safety)
            continue
        others.append(NotCounting(e.id, reason, crit.id, e.id in linked_ids))
    return CriterionSupport(crit.id, counting, tuple(others))


def _linked_support(criterion_id: str | None, linked: list[Evidence], campaign_date: dt.date) -> CriterionSupport:
    counting: list[Support] = []
    others: list[NotCounting] = []
    for e in _recent_first(linked):
        if e.date > campaign_date:
            others.append(NotCounting(e.id, NotCountingReason.AFTER_CAMPAIGN, criterion_id, True))
        else:
            counting.append(Support(e.id, SupportKind.LINKED, criterion_id))
    return CriterionSupport(criterion_id or "", tuple(counting), tuple(others))


def _indicator_support(
    ind: Indicator,
    in_ght: bool,
    campaign_date: dt.date,
    by_type: dict[str, list[Evidence]],
    links: dict[tuple[str, str | None], list[Evidence]],
) -> IndicatorSupport:
    criteria: dict[str, CriterionSupport] = {}
    applicable = ind.applicable_criteria(in_ght)
    for crit in applicable:
        linked = links.get((ind.id, crit.id), [])
        if crit.derived is not None:
            criteria[crit.id] = _derived_support(
                crit, by_type.get(crit.derived.evidence_type, []), linked, campaign_date
            )
        else:
            criteria[crit.id] = _linked_support(crit.id, linked, campaign_date)
    whole = _linked_support(None, links.get((ind.id, None), []), campaign_date)
    not_applicable = tuple(
        NotCounting(e.id, NotCountingReason.CRITERION_NOT_APPLICABLE, crit.id, True)
        for crit in ind.criteria
        if crit not in applicable
        for e in _recent_first(links.get((ind.id, crit.id), []))
    )
    return IndicatorSupport(ind.id, criteria, whole.counting, whole.not_counting + not_applicable)


def evidence_support(
    referential: Referential,
    evidence: Iterable[Evidence],
    *,
    campaign_date: dt.date,
    in_ght: bool,
) -> EvidenceSupport:
    """For each indicator of ``referential`` and each of its applicable criteria, the evidence of
    the register that counts for it in a campaign dated ``campaign_date`` and how (derived by the
    criterion's rule, or linked by the user), and the related evidence that does not count.

    ``evidence`` is the establishment's register as the campaign sees it (``campaign_inputs``).
    Each rule is evaluated once, on the evidence of its type only: linear in the register."""
    by_type: dict[str, list[Evidence]] = {}
    links: dict[tuple[str, str | None], list[Evidence]] = {}
    items = {e.id: e for e in evidence}
    for e in items.values():
        by_type.setdefault(e.type, []).append(e)
        for key in {(link.indicator, link.criterion) for link in e.links}:
            links.setdefault(key, []).append(e)
    indicators = {
        ind.id: _indicator_support(ind, in_ght, campaign_date, by_type, links) for ind in referential.indicators
    }
    counted: dict[int, list[str]] = {}
    for ind in referential.indicators:
        for evidence_id in sorted(indicators[ind.id].evidence_ids):
            counted.setdefault(evidence_id, []).append(ind.id)
    return EvidenceSupport(indicators, {k: tuple(v) for k, v in counted.items()}, items)


def links_only(evidence: Iterable[Evidence]) -> dict[int, tuple[str, ...]]:
    """Without a campaign (no date, no referential to evaluate against): the indicators each piece
    of evidence is explicitly linked to, directly or through one of their criteria."""
    return {e.id: tuple(sorted({link.indicator for link in e.links})) for e in evidence}
