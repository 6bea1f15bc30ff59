"""Scoring, as pure functions over a referential, answers and evidence (PRODUCT.md §6).

Rates are compared exactly (fractions), never on a rounded percentage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from hopen_desktop.model.derivation import RuleResult, evaluate
from hopen_desktop.model.entities import Answer, Evidence
from hopen_desktop.model.i18n import Text, texts
from hopen_desktop.model.referential import Indicator, Referential


class Status(StrEnum):
    ATTEINT = "atteint"
    NON_ATTEINT = "non_atteint"
    NON_RENSEIGNE = "non_renseigne"
    NON_APPLICABLE = "non_applicable"


#: The label of each status, declared once (the window, the command line and the reports).
STATUS_TEXTS: dict[str, Text] = {
    Status.ATTEINT: Text("Atteint", "Attained"),
    Status.NON_ATTEINT: Text("Non atteint", "Not attained"),
    Status.NON_RENSEIGNE: Text("Non renseigné", "Not filled in"),
    Status.NON_APPLICABLE: Text("Non applicable", "Not applicable"),
}
#: The French labels (the reports and the command line, which speak French).
STATUS_LABELS: dict[str, str] = texts(STATUS_TEXTS, "fr")


def status_label(status: str, language: str | None = None) -> str:
    found = STATUS_TEXTS.get(status)
    return found.text(language) if found else status


HINT_ZERO_DENOMINATOR = "dénominateur nul"
HINT_INCOMPLETE = "numérateur ou dénominateur manquant"


@dataclass(frozen=True)
class CriterionState:
    criterion_id: str
    label: str
    met: bool
    derived: bool
    #: Manual criteria: None when the user has not answered yet.
    answered: bool
    rule: RuleResult | None = None


@dataclass(frozen=True)
class IndicatorScore:
    indicator_id: str
    status: Status
    value: Fraction | None = None
    hint: str | None = None
    criteria: tuple[CriterionState, ...] = ()

    @property
    def unmet_criteria(self) -> tuple[CriterionState, ...]:
        return tuple(c for c in self.criteria if not c.met)


@dataclass(frozen=True)
class GroupScore:
    group_id: str
    status: Status
    attained: int
    applicable: int


@dataclass(frozen=True)
class Eligibility:
    domain: str
    eligible: bool
    #: French sentences saying why the domain is not eligible (empty when eligible).
    reasons: tuple[str, ...]
    #: The same, structured (for translation): prerequisite groups not reached...
    missing_prerequisites: tuple[str, ...] = ()
    #: ...and, for D7, neither D2 nor D3 attained nor a declared HN D2/D3 attainment.
    needs_d2_or_d3: bool = False


@dataclass(frozen=True)
class CampaignScore:
    indicators: dict[str, IndicatorScore]
    groups: dict[str, GroupScore]
    prerequisites_rate: Fraction
    prerequisites_attained: int
    prerequisites_applicable: int
    eligibility: dict[str, Eligibility]
    #: Applicable prerequisite indicators that are not attained, in referential order.
    blockers: tuple[str, ...]


def score_indicator(
    indicator: Indicator,
    answer: Answer | None,
    evidence: Iterable[Evidence],
    campaign_date: dt.date,
    in_ght: bool,
) -> IndicatorScore:
    answer = answer or Answer(indicator=indicator.id)
    if answer.not_applicable:
        return IndicatorScore(indicator.id, Status.NON_APPLICABLE)
    evidence = list(evidence)
    states = []
    for crit in indicator.applicable_criteria(in_ght):
        if crit.derived is not None:
            result = evaluate(crit.derived, evidence, campaign_date)
            states.append(CriterionState(crit.id, crit.label, result.met, True, True, result))
        else:
            ticked = answer.criteria.get(crit.id)
            states.append(CriterionState(crit.id, crit.label, bool(ticked), False, ticked is not None))
    criteria = tuple(states)
    criteria_met = all(c.met for c in criteria)

    if indicator.is_rate:
        assert indicator.target is not None
        if answer.numerator is None or answer.denominator is None:
            return IndicatorScore(indicator.id, Status.NON_RENSEIGNE, None, HINT_INCOMPLETE, criteria)
        if answer.denominator == 0:
            return IndicatorScore(indicator.id, Status.NON_RENSEIGNE, None, HINT_ZERO_DENOMINATOR, criteria)
        value = Fraction(answer.numerator, answer.denominator)
        attained = value >= indicator.target and criteria_met
        return IndicatorScore(indicator.id, Status.ATTEINT if attained else Status.NON_ATTEINT, value, None, criteria)

    if criteria_met:
        return IndicatorScore(indicator.id, Status.ATTEINT, None, None, criteria)
    # Not filled in: manual criteria exist and none is answered. An indicator whose criteria are
    # all derived is answered by the evidence register itself: nothing registered means not met.
    manual = [c for c in criteria if not c.derived]
    if manual and not any(c.answered for c in manual):
        return IndicatorScore(indicator.id, Status.NON_RENSEIGNE, None, None, criteria)
    return IndicatorScore(indicator.id, Status.NON_ATTEINT, None, None, criteria)


def group_status(statuses: Iterable[Status]) -> Status:
    applicable = [s for s in statuses if s != Status.NON_APPLICABLE]
    if not applicable:
        return Status.NON_APPLICABLE
    if all(s == Status.ATTEINT for s in applicable):
        return Status.ATTEINT
    if any(s == Status.NON_ATTEINT for s in applicable):
        return Status.NON_ATTEINT
    return Status.NON_RENSEIGNE


def _is_met(status: Status) -> bool:
    """A group counts as reached when attained, or when none of its indicators applies."""
    return status in (Status.ATTEINT, Status.NON_APPLICABLE)


def score_campaign(
    referential: Referential,
    answers: Mapping[str, Answer],
    evidence: Iterable[Evidence],
    *,
    campaign_date: dt.date,
    in_ght: bool,
    hn_d2_d3_attained: bool = False,
) -> CampaignScore:
    evidence = list(evidence)
    indicators = {
        ind.id: score_indicator(ind, answers.get(ind.id), evidence, campaign_date, in_ght)
        for ind in referential.indicators
    }
    groups: dict[str, GroupScore] = {}
    for g in referential.groups:
        statuses = [indicators[i.id].status for i in referential.indicators_of(g.id)]
        applicable = [s for s in statuses if s != Status.NON_APPLICABLE]
        groups[g.id] = GroupScore(
            g.id, group_status(statuses), sum(s == Status.ATTEINT for s in applicable), len(applicable)
        )

    p_scores = [
        indicators[i.id]
        for g in referential.prerequisite_groups
        for i in referential.indicators_of(g.id)
        if indicators[i.id].status != Status.NON_APPLICABLE
    ]
    attained = sum(s.status == Status.ATTEINT for s in p_scores)
    rate = Fraction(attained, len(p_scores)) if p_scores else Fraction(0)
    blockers = tuple(s.indicator_id for s in p_scores if s.status != Status.ATTEINT)

    eligibility = _eligibility(referential, groups, hn_d2_d3_attained)
    return CampaignScore(indicators, groups, rate, attained, len(p_scores), eligibility, blockers)


def _eligibility(
    referential: Referential, groups: Mapping[str, GroupScore], hn_d2_d3_attained: bool
) -> dict[str, Eligibility]:
    missing_p = [g.id for g in referential.prerequisite_groups if not _is_met(groups[g.id].status)]
    result: dict[str, Eligibility] = {}
    for d in referential.domain_groups:
        reasons: list[str] = []
        needs_d2_or_d3 = False
        if missing_p:
            reasons.append(
                "Prérequis non atteints : "
                + ", ".join(missing_p)
                + ". Un domaine n'est finançable que si les quatre prérequis sont atteints."
            )
        if d.id == "D7" and not hn_d2_d3_attained:
            d2, d3 = groups.get("D2"), groups.get("D3")
            if not (d2 and d2.status == Status.ATTEINT) and not (d3 and d3.status == Status.ATTEINT):
                needs_d2_or_d3 = True
                reasons.append(
                    "Le domaine D7 demande aussi D2 ou D3 atteint (ou l'atteinte déclarée des cibles "
                    "Hôpital Numérique D2 ou D3)."
                )
        result[d.id] = Eligibility(d.id, not reasons, tuple(reasons), tuple(missing_p), needs_d2_or_d3)
    return result
