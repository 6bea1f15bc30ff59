"""The report's and the workbook's French formatting: the reports are French documents, so these
are ``hopen_desktop.model.formatting`` fixed to French (what they show about a campaign is read
once into ``hopen_desktop.model.snapshot.CampaignSnapshot``); and the few sentences both print
from the score and the referential (a status's reasons, an eligibility verdict, the readings)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from hopen_desktop.model.formatting import format_date, format_percent, format_size, format_target
from hopen_desktop.model.referential import Criterion, Indicator, Referential
from hopen_desktop.model.scoring import STATUS_LABELS, Eligibility, IndicatorScore


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
