"""One campaign as a report, a workbook and a seal see it: read ONCE from the workspace.

``take_snapshot`` reads the establishment, the campaign, its referential, answers, evidence
register, action plan and the integrity checks (journal chain, attached files) in one read
transaction, so that every part of it describes the same moment even while the window keeps
writing; the score is computed from those values, not read again. Writers (PDF, Excel) take a
``CampaignSnapshot`` and never the workspace.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from hopen_desktop.model.entities import Action, Answer, Campaign, Establishment, Evidence
from hopen_desktop.model.hn_backing import HnDeclaration, hn_declaration
from hopen_desktop.model.referential import Indicator, Referential
from hopen_desktop.model.scoring import CampaignScore, IndicatorScore, score_campaign
from hopen_desktop.model.sealing import campaign_inputs
from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class CampaignSnapshot:
    """Everything a report or a workbook shows about one campaign (immutable once taken)."""

    campaign: Campaign
    establishment: Establishment
    referential: Referential
    #: Answers by indicator id (read-only view; indicators never answered are absent).
    answers: Mapping[str, Answer]
    score: CampaignScore
    #: The establishment's evidence register, by date then id.
    evidence: tuple[Evidence, ...]
    #: The establishment's actions that belong to this campaign or to none.
    actions: tuple[Action, ...]
    #: None when the change journal verifies, else the French description of the first problem.
    journal_problem: str | None
    journal_rows: int
    #: Names of attached files whose content no longer matches its SHA-256.
    altered_files: tuple[str, ...]
    #: Whether the attached files were checked (``altered_files`` is empty otherwise).
    files_checked: bool = True
    #: The id and hash of the journal's last row when the snapshot was taken (``ws.journal.head()``,
    #: read in the same transaction): the anchor a report's seal records.
    journal_head_id: int = 0
    journal_head_hash: str = ""
    #: The hash of the journal's first row (``ws.journal.origin()``): which workspace this is.
    journal_origin_hash: str = ""
    #: The attached contents that no longer match their SHA-256: expected hash -> actual hash (or
    #: "absent"), so that the evidence annex marks the very row of each altered file.
    altered_hashes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: The declared Hôpital Numérique D2/D3 attainment and the HN campaign of the workspace
    #: backing it, if any (issue 16: « déclarée, non justifiée dans l'espace »…).
    hn_declaration: HnDeclaration | None = None

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


def take_snapshot(ws: Workspace, campaign_id: int, *, check_files: bool = True) -> CampaignSnapshot:
    """Read ``campaign_id`` once: each workspace read below happens exactly once, inside one read
    transaction. ``check_files`` recomputes the SHA-256 of every attached file (the PDF reports
    altered files; the workbook does not need it)."""
    with _read_transaction(ws):
        campaign = ws.campaign(campaign_id)
        establishment, register, plan = campaign_inputs(ws, campaign)  # as sealed, for a sealed one
        referential = ws.referential_of(campaign)
        answers = ws.answers(campaign_id)
        evidence = tuple(sorted(register, key=lambda e: (e.date, e.id)))
        actions = tuple(plan)
        problem = ws.verify_journal()
        journal_rows = len(ws.journal())
        head_id, head_hash = ws.journal.head()
        origin_hash = ws.journal.origin()
        problems = ws.verify_files() if check_files else []
        declaration = hn_declaration(ws, campaign)
    score = score_campaign(
        referential,
        answers,
        evidence,
        campaign_date=campaign.date,
        in_ght=establishment.in_ght,
        hn_d2_d3_attained=campaign.hn_d2_d3_attained,
        d2_d3_commitment=campaign.d2_d3_commitment,
    )
    return CampaignSnapshot(
        campaign=campaign,
        establishment=establishment,
        referential=referential,
        answers=MappingProxyType(dict(answers)),
        score=score,
        evidence=evidence,
        actions=actions,
        journal_problem=problem.message if problem else None,
        journal_rows=journal_rows,
        altered_files=tuple(p.name for p in problems),
        files_checked=check_files,
        journal_head_id=head_id,
        journal_head_hash=head_hash,
        journal_origin_hash=origin_hash,
        altered_hashes=MappingProxyType({p.expected_sha256: p.actual_sha256 for p in problems}),
        hn_declaration=declaration,
    )


@contextlib.contextmanager
def _read_transaction(ws: Workspace) -> Iterator[None]:
    """One SQLite read transaction around the reads (WAL: they all see the same commit), unless
    the connection is already inside a transaction (then that one already gives it)."""
    conn: Any = getattr(getattr(ws, "db", None), "conn", None)
    if conn is None or conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # nothing was written: ending the read is all it does
