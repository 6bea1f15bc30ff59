"""The report's and the workbook's French formatting: the reports are French documents, so these
are ``hopen_desktop.model.formatting`` fixed to French (what they show about a campaign is read
once into ``hopen_desktop.model.snapshot.CampaignSnapshot``); and the few sentences both print
from the score and the referential (a status's reasons, an eligibility verdict, the readings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from hopen_desktop.model.entities import Answer, Evidence
from hopen_desktop.model.evidence_support import NOT_COUNTING_TEXTS, EvidenceSupport, NotCounting, NotCountingReason
from hopen_desktop.model.formatting import format_date, format_percent, format_size, format_target
from hopen_desktop.model.referential import Criterion, Indicator, Referential
from hopen_desktop.model.scoring import STATUS_LABELS, Eligibility, IndicatorScore, Status


def fr_date(day: dt.date | None) -> str:
    return format_date(day, "fr")


def fr_percent(value: Fraction, *, versus: Fraction | None = None) -> str:
    """A percentage, truncated (never rounded up), with one decimal kept (« 84,0 % »); more
    decimals when it would read as ``versus`` while differing from it."""
    return format_percent(value, trim=False, versus=versus, language="fr")


def target_percent(target: Fraction) -> str:
    """A target such as 9/10 as « 90 % » (no useless decimals)."""
    return format_target(target, "fr")


def file_size(size: int) -> str:
    return format_size(size, "fr")


# ---------------------------------------------------------------------------- statuses and rules


def status_reasons(score: IndicatorScore) -> str:
    """The reasons of an indicator's status, in French, as ``IndicatorScore.explanation`` gives
    them after the status label (« aucune preuve … ; critère « … » non coché »); empty if none."""
    label = STATUS_LABELS[score.status]
    explanation = score.explanation("fr")
    return explanation[len(label) :].removeprefix(" : ") if explanation.startswith(label) else explanation


def eligibility_verdict(eligibility: Eligibility) -> tuple[str, list[str]]:
    """« Oui », « Oui, sous réserve » or « Non », with the sentences that say why (the reserve
    stated when there is one)."""
    if not eligibility.eligible:
        return "Non", eligibility.reasons_in("fr")
    if eligibility.reserve is not None:
        reserve = eligibility.reserve.text("fr").removeprefix("sous réserve : ").rstrip(".")
        return "Oui, sous réserve", [reserve[:1].upper() + reserve[1:] + "."]
    return "Oui", []


def quoted_rules(referential: Referential) -> list[tuple[Indicator, Criterion]]:
    """The criteria for which the referential gives the application's reading of the instruction
    (« Lecture appliquée par l'application »), in the referential's order: read from the data file,
    so a variant referential prints its own readings."""
    return [(ind, c) for ind in referential.indicators for c in ind.criteria if c.reading]


def rule_groups(criteria: Iterable[Criterion]) -> list[tuple[list[Criterion], str, str]]:
    """The criteria that quote a rule, those quoting the same words with the same reading put
    together (Hôpital numérique's P3.1 quotes one sentence for its three criteria): a list of
    (criteria, instruction, reading) in the criteria's order."""
    groups: dict[tuple[str, str], list[Criterion]] = {}
    for crit in criteria:
        if crit.instruction or crit.reading:
            groups.setdefault((crit.instruction, crit.reading), []).append(crit)
    return [(crits, instruction, reading) for (instruction, reading), crits in groups.items()]


# ---------------------------------------------------------------------------- what a reader sees


def find_criterion(
    referential: Referential, indicator_id: str | None, criterion_id: str
) -> tuple[str, Criterion] | None:
    """The indicator id and the criterion ``criterion_id`` (looked for in ``indicator_id`` first,
    then in every indicator); None when the referential does not hold it."""
    candidates = (
        [referential.indicator(indicator_id)] if indicator_id and referential.has_indicator(indicator_id) else []
    )
    for ind in [*candidates, *referential.indicators]:
        for crit in ind.criteria:
            if crit.id == criterion_id:
                return ind.id, crit
    return None


def criterion_caption(referential: Referential, indicator_id: str | None, criterion_id: str) -> str:
    """A criterion as a reader names it: the indicator's official number and the criterion's
    label (« P2.4 — Au moins 2 rendez-vous… »), never its internal id; a criterion this
    referential does not hold is said to be so (still without its id)."""
    found = find_criterion(referential, indicator_id, criterion_id)
    if found is None:
        prefix = f"{indicator_id} — " if indicator_id else ""
        return prefix + "critère absent de ce référentiel"
    iid, crit = found
    return f"{iid} — {crit.label}"


def evidence_numbers(evidence: Iterable[Evidence]) -> dict[int, str]:
    """Each piece of evidence's number in the annex (E-001, E-002… in the order given: the
    annex's), the one reference used everywhere in the report."""
    return {e.id: f"E-{n:03d}" for n, e in enumerate(evidence, start=1)}


def entered_fraction(answer: Answer) -> str:
    """The rate as it was entered (« 14/18 »), never reduced (``Fraction`` would print 7/9)."""
    return f"{answer.numerator}/{answer.denominator}"


def not_counting(support: EvidenceSupport | None, indicator_id: str) -> dict[int, NotCounting]:
    """The evidence related to ``indicator_id`` that does not count for it, by id, when nothing of
    the indicator counts it (a meeting outside the window of one criterion may count for
    another): the first reason found, « hors période » first."""
    if support is None:
        return {}
    ind = support.indicator(indicator_id)
    counted = ind.evidence_ids
    found: dict[int, NotCounting] = {}
    related = [*ind.not_counting, *(nc for crit in ind.criteria.values() for nc in crit.not_counting)]
    order = list(NotCountingReason)
    for nc in sorted(related, key=lambda nc: order.index(nc.reason)):
        if nc.evidence_id not in counted:
            found.setdefault(nc.evidence_id, nc)
    return found


def not_counting_text(nc: NotCounting) -> str:
    """Why related evidence does not count, as the report says it: « hors période » for evidence
    outside the window or dated after the campaign, with the precise reason."""
    if nc.reason == NotCountingReason.AFTER_CAMPAIGN:
        return "hors période : postérieure à la date de la campagne, non comptée"
    if nc.reason == NotCountingReason.OUT_OF_PERIOD:
        return "hors période : en dehors de la période retenue par le critère, non comptée"
    return NOT_COUNTING_TEXTS[nc.reason].text("fr") + ", non comptée"


#: Arrows of the comparison with the previous campaign.
BETTER, WORSE, SAME = "↗", "↘", "→"


def trend(previous: IndicatorScore, current: IndicatorScore) -> str | None:
    """How an indicator moved since the previous campaign: ``BETTER`` (now attained, or a rate
    higher with the same status), ``WORSE``, ``SAME``; None when one of the two is not applicable
    while the other is (there is nothing to compare)."""
    na = Status.NON_APPLICABLE
    if previous.status == na or current.status == na:
        return SAME if previous.status == current.status else None
    before, now = previous.status == Status.ATTEINT, current.status == Status.ATTEINT
    if before != now:
        return BETTER if now else WORSE
    same = previous.status == current.status
    if same and previous.value is not None and current.value is not None and current.value != previous.value:
        return BETTER if current.value > previous.value else WORSE
    return SAME


def rate_trend(previous: Fraction, current: Fraction) -> str:
    if current == previous:
        return SAME
    return BETTER if current > previous else WORSE
