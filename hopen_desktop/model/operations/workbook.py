"""Operation: write the answers of a checked autodiagnostic workbook into a campaign.

Reading and checking the workbook (``hopen_desktop.reports.xlsx_import.read_workbook``) writes
nothing; this operation then writes the answers that differ, all or nothing, in ONE transaction
with their journal rows. Any refusal (a read-only workspace, an answer the referential rejects…)
leaves the workspace untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.sealing import check_campaign_editable
from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class ParsedWorkbook:
    """A workbook read and checked against a campaign, ready to be imported."""

    path: Path
    answers: tuple[Answer, ...]
    #: Indicators of the referential with no row in the workbook (left unchanged).
    absent: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    absent: tuple[str, ...] = ()
    journal_rows: int = 0
    details: tuple[str, ...] = field(default_factory=tuple)

    def lines(self) -> list[str]:
        out = [f"Classeur importé : {len(self.changed)} indicateur(s) modifié(s), {len(self.unchanged)} inchangé(s)."]
        if self.changed:
            out.append("Modifiés : " + ", ".join(self.changed))
        if self.absent:
            out.append("Absents du classeur, laissés tels quels : " + ", ".join(self.absent))
        return out


def import_workbook(ws: Workspace, campaign_id: int, parsed: ParsedWorkbook) -> Outcome[ImportSummary]:
    """Write the checked answers of ``parsed`` that differ from the campaign's, in one
    transaction with their journal rows. The changes name each answer written."""
    check_campaign_editable(ws, campaign_id)
    changed: list[str] = []
    unchanged: list[str] = []
    with ws.transaction():
        # Compared inside the transaction: the workbook may have been checked in another thread
        # while the window kept writing.
        before = len(ws.journal(campaign_id))
        current = ws.answers(campaign_id)
        for answer in parsed.answers:
            old = current.get(answer.indicator, Answer(answer.indicator))
            if same_answer(old, answer):
                unchanged.append(answer.indicator)
                continue
            ws.save_answer(campaign_id, answer)
            changed.append(answer.indicator)
        journal_rows = len(ws.journal(campaign_id)) - before
    summary = ImportSummary(tuple(changed), tuple(unchanged), parsed.absent, journal_rows)
    return Outcome(summary, Changes(answers=frozenset((campaign_id, indicator) for indicator in changed)))


def same_answer(a: Answer, b: Answer) -> bool:
    """Whether importing ``b`` over ``a`` would change nothing the user entered."""
    return (
        a.numerator == b.numerator
        and a.denominator == b.denominator
        and a.not_applicable == b.not_applicable
        and a.justification.strip() == b.justification.strip()
        and a.comment == b.comment
        and a.criteria == b.criteria
    )
