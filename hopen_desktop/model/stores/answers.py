"""Answers: per indicator, a numerator/denominator or ticked criteria, not-applicable flag and
comments. One edit reads and writes one indicator's rows, never the whole campaign."""

from __future__ import annotations

from typing import Any

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.stores.base import Store


def _answer(r: dict[str, Any], criteria: dict[str, bool]) -> Answer:
    return Answer(
        indicator=r["indicator"],
        numerator=r["numerator"],
        denominator=r["denominator"],
        not_applicable=bool(r["not_applicable"]),
        justification=r["justification"],
        comment=r["comment"],
        criteria=criteria,
    )


class AnswerStore(Store):
    def __call__(self, campaign_id: int) -> dict[str, Answer]:
        """Every answer of the campaign, by indicator id."""
        criteria: dict[str, dict[str, bool]] = {}
        for r in self._rows(
            "SELECT indicator, criterion, met FROM criterion_answers WHERE campaign_id = ?", [campaign_id]
        ):
            criteria.setdefault(r["indicator"], {})[r["criterion"]] = bool(r["met"])
        result: dict[str, Answer] = {}
        for r in self._rows("SELECT * FROM answers WHERE campaign_id = ?", [campaign_id]):
            result[r["indicator"]] = _answer(r, criteria.pop(r["indicator"], {}))
        for indicator, crit in criteria.items():  # criteria ticked without an answers row
            result[indicator] = Answer(indicator=indicator, criteria=crit)
        return result

    def one(self, campaign_id: int, indicator: str) -> Answer:
        """The answer to one indicator (an empty one when unanswered): its rows only."""
        criteria = {
            r["criterion"]: bool(r["met"])
            for r in self._rows(
                "SELECT criterion, met FROM criterion_answers WHERE campaign_id = ? AND indicator = ?",
                [campaign_id, indicator],
            )
        }
        r = self._one("SELECT * FROM answers WHERE campaign_id = ? AND indicator = ?", [campaign_id, indicator])
        return _answer(r, criteria) if r else Answer(indicator=indicator, criteria=criteria)

    def write(self, campaign_id: int, answer: Answer) -> None:
        """Replace the rows of ``answer.indicator`` in the campaign."""
        self.db.execute(
            "DELETE FROM criterion_answers WHERE campaign_id = ? AND indicator = ?",
            [campaign_id, answer.indicator],
        )
        self.db.execute(
            "INSERT INTO answers (campaign_id, indicator, numerator, denominator, not_applicable, justification, "
            "comment) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, indicator) DO UPDATE SET "
            "numerator = excluded.numerator, denominator = excluded.denominator, "
            "not_applicable = excluded.not_applicable, justification = excluded.justification, "
            "comment = excluded.comment",
            [
                campaign_id,
                answer.indicator,
                answer.numerator,
                answer.denominator,
                int(answer.not_applicable),
                answer.justification,
                answer.comment,
            ],
        )
        for cid, met in sorted(answer.criteria.items()):
            self.db.execute(
                "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) VALUES (?, ?, ?, ?)",
                [campaign_id, answer.indicator, cid, int(met)],
            )

    def copy(self, source_id: int, target_id: int) -> list[str]:
        """Copy every answer of ``source_id`` into the (new, empty) campaign ``target_id``; the
        indicators copied."""
        self.db.execute(
            "INSERT INTO answers (campaign_id, indicator, numerator, denominator, not_applicable, "
            "justification, comment) SELECT ?, indicator, numerator, denominator, not_applicable, "
            "justification, comment FROM answers WHERE campaign_id = ?",
            [target_id, source_id],
        )
        self.db.execute(
            "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) "
            "SELECT ?, indicator, criterion, met FROM criterion_answers WHERE campaign_id = ?",
            [target_id, source_id],
        )
        return [
            r["indicator"]
            for r in self._rows(
                "SELECT indicator FROM answers WHERE campaign_id = ? UNION "
                "SELECT indicator FROM criterion_answers WHERE campaign_id = ?",
                [target_id, target_id],
            )
        ]
