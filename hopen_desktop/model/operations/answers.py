"""Answers: saving one indicator's answer (also what undo and redo write back)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.sealing import check_campaign_editable
from hopen_desktop.model.stores.journal import ANSWER_FIELDS, answer_record
from hopen_desktop.model.validation import check_answer

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class AnswerEdit:
    """An answer saved: what it was and what it is now (write ``before`` back to undo)."""

    campaign_id: int
    before: Answer
    after: Answer


def save_answer(ws: Workspace, campaign_id: int, answer: Answer) -> Outcome[AnswerEdit]:
    """Store ``answer`` (validated against the campaign's referential) with one journal row per
    field and criterion changed. Reads and writes that indicator's rows only. Raises
    ValidationError (with ``.field`` when known); nothing is written then."""
    check_campaign_editable(ws, campaign_id)
    campaign = ws.campaigns.get(campaign_id)
    previous = ws.answers.one(campaign_id, answer.indicator) if isinstance(answer.indicator, str) else None
    answer = check_answer(ws.referential_of(campaign), answer, previous)
    with ws.transaction():
        old = ws.answers.one(campaign_id, answer.indicator)
        # Whether the answers row exists: writing creates it even when no field differs.
        created = ws.journal.content(answer_record(campaign.establishment_id, campaign_id, answer.indicator)) is None
        ws.answers.write(campaign_id, answer)
        _journal_answer(ws, campaign_id, old, answer, created)
    return Outcome(AnswerEdit(campaign_id, old, answer), Changes(answers=frozenset({(campaign_id, answer.indicator)})))


def _journal_answer(ws: Workspace, campaign_id: int, old: Answer, new: Answer, created: bool = False) -> None:
    fields = 0
    for name in ANSWER_FIELDS:
        before, after = _field_value(old, name), _field_value(new, name)
        if before != after:
            ws.journal.append(campaign_id, "answer", f"{new.indicator}.{name}", before, after)
            fields += 1
    if created and not fields:  # a row of default values, written with the criteria
        ws.journal.append(campaign_id, "answer", new.indicator, None, {f: _field_value(new, f) for f in ANSWER_FIELDS})

    for cid in sorted(set(old.criteria) | set(new.criteria) | set(old.criteria_na) | set(new.criteria_na)):
        before_c, after_c = _criterion_value(old, cid), _criterion_value(new, cid)
        if before_c != after_c:
            ws.journal.append(campaign_id, "criterion", cid, before_c, after_c)


def _criterion_value(answer: Answer, cid: str) -> bool | dict[str, str] | None:
    """What the journal says of a criterion: ticked or not, or non applicable with its justification."""
    if cid in answer.criteria_na:
        return {"non_applicable": answer.criteria_na[cid]}
    return answer.criteria.get(cid)


def _field_value(answer: Answer, name: str) -> Any:
    """A field of an answer as the journal writes it (a date as ``AAAA-MM-JJ``, as stored)."""
    value = getattr(answer, name)
    return value.isoformat() if isinstance(value, dt.date) else value
