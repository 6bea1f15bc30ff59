"""Everything a report or a workbook shows about one campaign, read once from the workspace,
plus the French formatting shared by the PDF and the Excel workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from hopen_desktop.model.entities import Action, Answer, Campaign, Establishment, Evidence
from hopen_desktop.model.referential import Indicator, Referential
from hopen_desktop.model.scoring import CampaignScore, IndicatorScore
from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class CampaignData:
    campaign: Campaign
    establishment: Establishment
    referential: Referential
    answers: dict[str, Answer]
    score: CampaignScore
    evidence: tuple[Evidence, ...]
    actions: tuple[Action, ...]
    #: None when the change journal verifies, else the French description of the first problem.
    journal_problem: str | None
    journal_rows: int
    #: Names of attached files whose content no longer matches its SHA-256.
    altered_files: tuple[str, ...]

    def answer(self, indicator_id: str) -> Answer:
        return self.answers.get(indicator_id, Answer(indicator=indicator_id))

    def indicator_score(self, indicator_id: str) -> IndicatorScore:
        return self.score.indicators[indicator_id]

    def evidence_for(self, indicator: Indicator) -> tuple[Evidence, ...]:
        """Evidence linked to the indicator (or one of its criteria) or counted by a derived criterion."""
        used: set[int] = set()
        for state in self.indicator_score(indicator.id).criteria:
            if state.rule is not None:
                used.update(state.rule.evidence_ids)
        return tuple(
            e for e in self.evidence if e.id in used or any(link.indicator == indicator.id for link in e.links)
        )

    def evidence_by_id(self) -> dict[int, Evidence]:
        return {e.id: e for e in self.evidence}


def load_campaign_data(ws: Workspace, campaign_id: int, *, check_files: bool = True) -> CampaignData:
    campaign = ws.campaign(campaign_id)
    establishment = ws.establishment(campaign.establishment_id)
    referential = ws.referential_of(campaign)
    evidence = sorted(ws.evidence(establishment.id), key=lambda e: (e.date, e.id))
    actions = tuple(a for a in ws.actions(establishment.id) if a.campaign_id in (None, campaign_id))
    problem = ws.verify_journal()
    altered = tuple(p.name for p in ws.verify_files()) if check_files else ()
    return CampaignData(
        campaign=campaign,
        establishment=establishment,
        referential=referential,
        answers=ws.answers(campaign_id),
        score=ws.score(campaign_id),
        evidence=tuple(evidence),
        actions=actions,
        journal_problem=problem.message if problem else None,
        journal_rows=len(ws.journal()),
        altered_files=altered,
    )


# ---------------------------------------------------------------------------- French formatting


def fr_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _percent_text(value: Fraction, decimals: int) -> str:
    quantum = Decimal(1).scaleb(-decimals)
    exact = Decimal(value.numerator * 100) / Decimal(value.denominator)
    text = f"{exact.quantize(quantum, rounding=ROUND_DOWN):f}"
    return text.replace(".", ",") + " %"


def fr_percent(value: Fraction, *, versus: Fraction | None = None) -> str:
    """A percentage, truncated (never rounded up), with one decimal; when it would display
    the same as ``versus`` while differing from it, more decimals are shown so that a rate just
    under its target never reads as the target."""
    decimals = 1
    text = _percent_text(value, decimals)
    if versus is not None and value != versus:
        while decimals < 8 and text == _percent_text(versus, decimals):
            decimals += 1
            text = _percent_text(value, decimals)
    return text


def target_percent(target: Fraction) -> str:
    """A target such as 9/10 as « 90 % » (no useless decimals)."""
    exact = Decimal(target.numerator * 100) / Decimal(target.denominator)
    text = f"{exact.normalize():f}" if exact == exact.to_integral_value() else f"{exact:.2f}".rstrip("0")
    return text.replace(".", ",") + " %"


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} Ko".replace(".", ",")
    return f"{size / 1_048_576:.1f} Mo".replace(".", ",")
