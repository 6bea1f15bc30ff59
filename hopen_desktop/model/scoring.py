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
from hopen_desktop.model.evidence_types import type_label
from hopen_desktop.model.formatting import format_date, format_percent, format_target
from hopen_desktop.model.i18n import Text, resolve, texts
from hopen_desktop.model.referential import Criterion, Indicator, Referential


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
HINT_PREREQUISITE_NA = "un prérequis ne peut pas être non applicable"


@dataclass(frozen=True)
class Reason:
    """One fact behind an indicator's status (« taux 53,3 % sous la cible 80 % »), in French and
    English, starting with a lower-case letter; ``criterion`` names the criterion it is about."""

    text: Text
    criterion: str | None = None


@dataclass(frozen=True)
class CriterionState:
    criterion_id: str
    label: str
    met: bool
    derived: bool
    #: Manual criteria: False while the user has not answered yet.
    answered: bool
    rule: RuleResult | None = None
    #: A conditional criterion answered « non applicable » (with its justification): met.
    not_applicable: bool = False


@dataclass(frozen=True)
class IndicatorScore:
    indicator_id: str
    status: Status
    value: Fraction | None = None
    hint: str | None = None
    criteria: tuple[CriterionState, ...] = ()
    #: Why the indicator has this status: what fails when *non atteint*, what is missing when
    #: *non renseigné*, what holds when *atteint* or *non applicable*. Never empty.
    reasons: tuple[Reason, ...] = ()

    @property
    def unmet_criteria(self) -> tuple[CriterionState, ...]:
        return tuple(c for c in self.criteria if not c.met)

    def reason_texts(self, language: str | None = None) -> list[str]:
        return [r.text.text(language) for r in self.reasons]

    def explanation(self, language: str | None = None) -> str:
        """The status and its reasons in one sentence: « Non atteint : taux 53,3 % sous la cible
        80 % ; critère GHT « … » non coché »."""
        label = status_label(self.status, language)
        reasons = self.reason_texts(language)
        if not reasons:
            return label
        if resolve(language) == "en":
            return f"{label}: " + "; ".join(reasons)
        return f"{label} : " + " ; ".join(reasons)


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
    #: D7 eligible « sous réserve »: the establishment commits to D2 or D3 jointly (seed 004);
    #: ``reserve`` states the reserve (empty otherwise).
    reserve: Text | None = None
    #: The reasons in both languages (``reasons`` is their French).
    reason_texts: tuple[Text, ...] = ()

    def reasons_in(self, language: str | None = None) -> list[str]:
        return [t.text(language) for t in self.reason_texts] or list(self.reasons)


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


#: The longest user text quoted in a reason (the full text stays where it was entered).
REASON_QUOTE_MAX = 200


def _shortened(text: str, limit: int = REASON_QUOTE_MAX) -> str:
    """``text`` on one line, cut at a word with « … » beyond ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut + " …"


def _r(fr: str, en: str, criterion: str | None = None) -> Reason:
    return Reason(Text(fr, en), criterion)


def _quoted(label: str) -> Text:
    return Text(f"« {label} »", f"“{label}”")


def _criterion_noun(crit: Criterion) -> Text:
    if crit.applies_to == "ght":
        return Text("critère GHT", "GHT criterion")
    return Text("critère", "criterion")


def _window_reason(crit: Criterion, result: RuleResult) -> Reason:
    """What the register lacks for a derived criterion, window by window."""
    rule = result.rule
    fr_type, en_type = type_label(rule.evidence_type, "fr"), type_label(rule.evidence_type, "en")
    parts_fr: list[str] = []
    parts_en: list[str] = []
    for w in result.missing:
        span_fr = f"du {format_date(w.window.start, 'fr')} au {format_date(w.window.end, 'fr')}"
        span_en = f"from {format_date(w.window.start, 'en')} to {format_date(w.window.end, 'en')}"
        if rule.periods == 1:
            span_fr = f"datée des {rule.window_months} derniers mois ({span_fr})"
            span_en = f"dated within the last {rule.window_months} months ({span_en})"
        if w.days == 0:
            parts_fr.append(f"aucune preuve « {fr_type} » {span_fr}")
            parts_en.append(f"no “{en_type}” evidence {span_en}")
        else:
            parts_fr.append(f"{w.days} date(s) de preuve « {fr_type} » {span_fr} sur {w.needed} demandées")
            parts_en.append(f"{w.days} date(s) of “{en_type}” evidence {span_en}, {w.needed} needed")
        if w.incomplete:
            parts_fr[-1] += f" ({w.incomplete} autre(s) incomplète(s) : un champ demandé manque)"
            parts_en[-1] += f" ({w.incomplete} other(s) incomplete: a required field is missing)"
    return _r("; ".join(parts_fr), "; ".join(parts_en), crit.id)


def score_indicator(
    indicator: Indicator,
    answer: Answer | None,
    evidence: Iterable[Evidence],
    campaign_date: dt.date,
    in_ght: bool,
    *,
    prerequisite: bool = False,
) -> IndicatorScore:
    """The status of one indicator and its reasons.

    *Non atteint* as soon as something known fails (a rate under its target, a criterion answered
    « non », a derived criterion the register does not satisfy); otherwise *non renseigné* while
    anything it needs is unanswered (a manual criterion, GHT ones included, a missing or zero
    count); otherwise *atteint*. A prerequisite cannot be *non applicable* (seed 004: every
    prerequisite must be attained): an N/A answer stored on one scores *non renseigné*."""
    answer = answer or Answer(indicator=indicator.id)
    if answer.not_applicable:
        if not prerequisite:
            why = _shortened(answer.justification.strip())
            return IndicatorScore(
                indicator.id,
                Status.NON_APPLICABLE,
                reasons=(_r(f"déclaré non applicable : {why}", f"declared not applicable: {why}"),),
            )
        return IndicatorScore(
            indicator.id,
            Status.NON_RENSEIGNE,
            hint=HINT_PREREQUISITE_NA,
            reasons=(
                _r(
                    "marqué « non applicable », ce qu'un prérequis ne peut pas être : décochez « Non "
                    "applicable » et renseignez l'indicateur",
                    "marked “not applicable”, which a prerequisite cannot be: untick “Not applicable” "
                    "and fill the indicator in",
                ),
            ),
        )
    evidence = list(evidence)
    states: list[CriterionState] = []
    failed: list[Reason] = []
    missing: list[Reason] = []
    for crit in indicator.applicable_criteria(in_ght):
        noun = _criterion_noun(crit)
        quoted = _quoted(crit.label)
        if crit.derived is not None:
            result = evaluate(crit.derived, evidence, campaign_date)
            states.append(CriterionState(crit.id, crit.label, result.met, True, True, result))
            if not result.met:
                failed.append(_window_reason(crit, result))
            continue
        if crit.conditional and crit.id in answer.criteria_na:
            states.append(CriterionState(crit.id, crit.label, True, False, True, None, True))
            continue
        ticked = answer.criteria.get(crit.id)
        states.append(CriterionState(crit.id, crit.label, bool(ticked), False, ticked is not None))
        if ticked is False:
            failed.append(_r(f"{noun.fr} {quoted.fr} répondu non", f"{noun.en} {quoted.en} answered no", crit.id))
        elif ticked is None:
            missing.append(_r(f"{noun.fr} {quoted.fr} non coché", f"{noun.en} {quoted.en} not ticked", crit.id))
    criteria = tuple(states)

    value: Fraction | None = None
    hint: str | None = None
    if indicator.is_rate:
        assert indicator.target is not None
        target_fr, target_en = format_target(indicator.target, "fr"), format_target(indicator.target, "en")
        if answer.numerator is None or answer.denominator is None:
            hint = HINT_INCOMPLETE
            lacking = [
                Text(name_fr, name_en)
                for name_fr, name_en, v in (
                    ("numérateur", "numerator", answer.numerator),
                    ("dénominateur", "denominator", answer.denominator),
                )
                if v is None
            ]
            missing.insert(
                0,
                _r(
                    " et ".join(t.fr for t in lacking) + " manquant",
                    " and ".join(t.en for t in lacking) + " missing",
                ),
            )
        elif answer.denominator == 0:
            hint = HINT_ZERO_DENOMINATOR
            missing.insert(0, _r("dénominateur nul", "zero denominator"))
        else:
            value = Fraction(answer.numerator, answer.denominator)
            shown_fr = format_percent(value, versus=indicator.target, language="fr")
            shown_en = format_percent(value, versus=indicator.target, language="en")
            if value < indicator.target:
                failed.insert(
                    0,
                    _r(
                        f"taux {shown_fr} ({answer.numerator}/{answer.denominator}) sous la cible {target_fr}",
                        f"rate {shown_en} ({answer.numerator}/{answer.denominator}) below the target {target_en}",
                    ),
                )
    if failed:
        return IndicatorScore(indicator.id, Status.NON_ATTEINT, value, hint, criteria, tuple(failed))
    if missing:
        return IndicatorScore(indicator.id, Status.NON_RENSEIGNE, value, hint, criteria, tuple(missing))
    held: list[Reason] = []
    if value is not None:
        assert indicator.target is not None
        held.append(
            _r(
                f"taux {format_percent(value, versus=indicator.target, language='fr')} "
                f"({answer.numerator}/{answer.denominator}) à la cible {format_target(indicator.target, 'fr')} "
                "ou au-dessus",
                f"rate {format_percent(value, versus=indicator.target, language='en')} "
                f"({answer.numerator}/{answer.denominator}) at or above the target "
                f"{format_target(indicator.target, 'en')}",
            )
        )
    if criteria:
        na = sum(c.not_applicable for c in criteria)
        held.append(
            _r(
                "tous les critères sont remplis" + (f" ({na} non applicable(s), justifié(s))" if na else ""),
                "every criterion is met" + (f" ({na} not applicable, justified)" if na else ""),
            )
        )
    return IndicatorScore(indicator.id, Status.ATTEINT, value, None, criteria, tuple(held))


def group_status(statuses: Iterable[Status]) -> Status:
    applicable = [s for s in statuses if s != Status.NON_APPLICABLE]
    if not applicable:
        return Status.NON_APPLICABLE
    if all(s == Status.ATTEINT for s in applicable):
        return Status.ATTEINT
    if any(s == Status.NON_ATTEINT for s in applicable):
        return Status.NON_ATTEINT
    return Status.NON_RENSEIGNE


def group_reached(status: Status) -> bool:
    """A group counts as reached only when attained: a group none of whose indicators applies
    is never *atteint* (it cannot open a domain's financing)."""
    return status == Status.ATTEINT


def score_campaign(
    referential: Referential,
    answers: Mapping[str, Answer],
    evidence: Iterable[Evidence],
    *,
    campaign_date: dt.date,
    in_ght: bool,
    hn_d2_d3_attained: bool = False,
    d2_d3_commitment: bool = False,
) -> CampaignScore:
    evidence = list(evidence)
    prerequisite_groups = {g.id for g in referential.prerequisite_groups}
    indicators = {
        ind.id: score_indicator(
            ind,
            answers.get(ind.id),
            evidence,
            campaign_date,
            in_ght,
            prerequisite=ind.group in prerequisite_groups,
        )
        for ind in referential.indicators
    }
    groups: dict[str, GroupScore] = {}
    for g in referential.groups:
        statuses = [indicators[i.id].status for i in referential.indicators_of(g.id)]
        applicable = [s for s in statuses if s != Status.NON_APPLICABLE]
        groups[g.id] = GroupScore(
            g.id, group_status(statuses), sum(s == Status.ATTEINT for s in applicable), len(applicable)
        )

    # Every prerequisite indicator counts (none can be non applicable), one indicator one vote.
    p_scores = [
        indicators[i.id]
        for g in referential.prerequisite_groups
        for i in referential.indicators_of(g.id)
        if indicators[i.id].status != Status.NON_APPLICABLE
    ]
    attained = sum(s.status == Status.ATTEINT for s in p_scores)
    rate = Fraction(attained, len(p_scores)) if p_scores else Fraction(0)
    blockers = tuple(s.indicator_id for s in p_scores if s.status != Status.ATTEINT)

    eligibility = _eligibility(referential, groups, hn_d2_d3_attained, d2_d3_commitment)
    return CampaignScore(indicators, groups, rate, attained, len(p_scores), eligibility, blockers)


_COUNT_WORDS = {
    1: ("le prérequis est atteint", "the prerequisite is attained"),
    2: ("les deux prérequis sont atteints", "both prerequisites are attained"),
    3: ("les trois prérequis sont atteints", "the three prerequisites are attained"),
    4: ("les quatre prérequis sont atteints", "the four prerequisites are attained"),
    5: ("les cinq prérequis sont atteints", "the five prerequisites are attained"),
    6: ("les six prérequis sont atteints", "the six prerequisites are attained"),
}


def all_prerequisites_text(referential: Referential) -> Text:
    """« les quatre prérequis sont atteints » for HOP'EN, « les trois … » for Hôpital numérique:
    counted from the referential."""
    n = len(referential.prerequisite_groups)
    fr, en = _COUNT_WORDS.get(n, (f"les {n} prérequis sont atteints", f"the {n} prerequisites are attained"))
    return Text(fr, en)


def _eligibility(
    referential: Referential,
    groups: Mapping[str, GroupScore],
    hn_d2_d3_attained: bool,
    d2_d3_commitment: bool,
) -> dict[str, Eligibility]:
    missing_p = [g.id for g in referential.prerequisite_groups if not group_reached(groups[g.id].status)]
    every = all_prerequisites_text(referential)
    result: dict[str, Eligibility] = {}
    for d in referential.domain_groups:
        reasons: list[Text] = []
        needs_d2_or_d3 = False
        reserve: Text | None = None
        if missing_p:
            listed = ", ".join(missing_p)
            reasons.append(
                Text(
                    f"Prérequis non atteints : {listed}. Un domaine n'est finançable que si {every.fr}.",
                    f"Prerequisites not attained: {listed}. A domain can only be financed once {every.en}.",
                )
            )
        if d.id == "D7" and not hn_d2_d3_attained:
            d2, d3 = groups.get("D2"), groups.get("D3")
            if not (d2 and d2.status == Status.ATTEINT) and not (d3 and d3.status == Status.ATTEINT):
                if d2_d3_commitment:
                    reserve = Text(
                        "sous réserve : l'établissement s'engage sur les domaines D2 ou D3 de façon conjointe ; "
                        "leurs cibles d'usage HOP'EN devront être atteintes pour percevoir les financements "
                        "du domaine D7",
                        "subject to a reserve: the establishment commits to domains D2 or D3 jointly; their "
                        "HOP'EN usage targets must be attained before the D7 financing is paid",
                    )
                else:
                    needs_d2_or_d3 = True
                    reasons.append(
                        Text(
                            "Le domaine D7 demande aussi D2 ou D3 atteint, l'atteinte déclarée des cibles "
                            "Hôpital Numérique D2 ou D3, ou l'engagement conjoint sur D2 ou D3.",
                            "Domain D7 also needs D2 or D3 attained, the declared attainment of the Hôpital "
                            "Numérique D2 or D3 targets, or a joint commitment to D2 or D3.",
                        )
                    )
        result[d.id] = Eligibility(
            d.id,
            not reasons,
            tuple(t.fr for t in reasons),
            tuple(missing_p),
            needs_d2_or_d3,
            reserve if not reasons else None,
            tuple(reasons),
        )
    return result
