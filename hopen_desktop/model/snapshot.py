"""One campaign as a report, a workbook and a seal see it: read ONCE from the workspace.

``take_snapshot`` reads the establishment, the campaign, its referential, answers, evidence
register, action plan, the integrity checks (journal chain, attached files) and the previous
campaign of the same establishment and referential (issue 17: the report compares) in one read
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

from hopen_desktop.model.entities import Action, Answer, Campaign, Establishment, Evidence, JournalEntry
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.evidence_support import EvidenceSupport, evidence_support
from hopen_desktop.model.hn_backing import HnDeclaration, hn_declaration
from hopen_desktop.model.referential import Indicator, Referential
from hopen_desktop.model.scoring import CampaignScore, IndicatorScore, score_campaign
from hopen_desktop.model.sealing import campaign_inputs
from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class PreviousCampaign:
    """The campaign before a campaign: same establishment, same referential id, dated earlier
    (the latest such), with its score; what the report compares each indicator with."""

    campaign: Campaign
    score: CampaignScore


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
    #: Which evidence counts for which indicator and criterion, and the related evidence that
    #: does not (« hors période »…): computed from the values above, not read again.
    evidence_support: EvidenceSupport | None = None
    #: The previous campaign of the establishment against the same referential id, scored; None
    #: when there is none (the report then compares nothing).
    previous: PreviousCampaign | None = None
    #: The names the journal records as authors of this campaign's changes, in the order they
    #: first appear (empty while the workspace records no author).
    journal_authors: tuple[str, ...] = ()

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
        entries = ws.journal()
        journal_rows = len(entries)
        head_id, head_hash = ws.journal.head()
        origin_hash = ws.journal.origin()
        problems = ws.verify_files() if check_files else []
        declaration = hn_declaration(ws, campaign)
        previous = previous_campaign(ws, campaign)
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
        evidence_support=evidence_support(
            referential, evidence, campaign_date=campaign.date, in_ght=establishment.in_ght
        ),
        previous=previous,
        journal_authors=journal_authors(entries, campaign.id),
    )


def previous_campaign(ws: Workspace, campaign: Campaign) -> PreviousCampaign | None:
    """The latest campaign of ``campaign``'s establishment against the same referential id dated
    before it (a new version of the same day is not a previous audit), scored as the workspace
    scores it; None when there is none or when its referential can no longer be read (the report
    of this campaign must not fail for an old one)."""
    earlier = [
        c
        for c in ws.campaigns(campaign.establishment_id)
        if c.id != campaign.id and c.referential_id == campaign.referential_id and c.date < campaign.date
    ]
    if not earlier:
        return None
    found = max(earlier, key=lambda c: (c.date, c.id))
    try:
        return PreviousCampaign(found, ws.score(found.id))
    except HopenError:
        return None


def journal_authors(entries: list[JournalEntry], campaign_id: int) -> tuple[str, ...]:
    """The authors named by the journal rows of ``campaign_id``, each once, in order. A row
    carries an author only in a workspace that records one (read defensively: older rows, and
    versions without the column, have none)."""
    names: dict[str, None] = {}
    for entry in entries:
        author = getattr(entry, "author", None)
        if entry.campaign_id == campaign_id and isinstance(author, str) and author.strip():
            names.setdefault(author.strip(), None)
    return tuple(names)


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
