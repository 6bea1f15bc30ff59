"""Campaigns of one establishment side by side, and what changed from one to the next."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.scoring import CampaignScore, Status
from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class Cell:
    """One indicator in one campaign."""

    status: Status | None  # None: the indicator is not in that campaign's referential
    value: Fraction | None
    changed: bool  # status or value differs from the previous campaign


@dataclass(frozen=True)
class HistoryRow:
    indicator: str
    label: str
    cells: tuple[Cell, ...]  # one per campaign, oldest first


@dataclass(frozen=True)
class History:
    campaigns: tuple[Campaign, ...]  # oldest first
    scores: tuple[CampaignScore, ...]
    rows: tuple[HistoryRow, ...]

    @property
    def prerequisite_rates(self) -> tuple[tuple[Campaign, Fraction], ...]:
        return tuple((c, s.prerequisites_rate) for c, s in zip(self.campaigns, self.scores, strict=True))

    def changes(self, index: int) -> tuple[HistoryRow, ...]:
        """Rows whose cell ``index`` changed since campaign ``index - 1``."""
        return tuple(r for r in self.rows if r.cells[index].changed)


def history(ws: Workspace, establishment_id: int) -> History:
    campaigns = tuple(sorted(ws.campaigns(establishment_id), key=lambda c: (c.date, c.id)))
    scores = tuple(ws.score(c.id) for c in campaigns)
    order: dict[str, str] = {}
    for c in campaigns:
        for ind in ws.referential_of(c).indicators:
            order.setdefault(ind.id, ind.label)
    rows = []
    for indicator, label in order.items():
        cells = []
        previous: tuple[Status | None, Fraction | None] | None = None
        for score in scores:
            found = score.indicators.get(indicator)
            current = (found.status, found.value) if found else (None, None)
            cells.append(Cell(current[0], current[1], previous is not None and current != previous))
            previous = current
        rows.append(HistoryRow(indicator, label, tuple(cells)))
    return History(campaigns, scores, tuple(rows))
