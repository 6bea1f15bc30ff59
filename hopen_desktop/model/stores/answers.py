"""Answers: per indicator, a numerator/denominator or ticked criteria, not-applicable flag and
comments. One edit reads and writes one indicator's rows, never the whole campaign."""

from __future__ import annotations

from typing import Any

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.stores.base import Store, iso_date
from hopen_desktop.model.stores.sync import answer_uuid, criterion_uuid


def _answer(r: dict[str, Any], criteria: dict[str, bool], criteria_na: dict[str, str]) -> Answer:
    start, end = r.get("period_start"), r.get("period_end")
    return Answer(
        indicator=r["indicator"],
        numerator=r["numerator"],
        denominator=r["denominator"],
        not_applicable=bool(r["not_applicable"]),
        justification=r["justification"],
        comment=r["comment"],
        criteria=criteria,
        criteria_na=criteria_na,
        period_start=iso_date(start) if start is not None else None,
        period_end=iso_date(end) if end is not None else None,
        source=r.get("source") or "",
    )


_CRITERIA = "SELECT indicator, criterion, met, not_applicable, justification FROM criterion_answers"


def _sort(rows: list[dict[str, Any]]) -> tuple[dict[str, dict[str, bool]], dict[str, dict[str, str]]]:
    """The criterion rows by indicator: ticked or not (``criteria``), non applicable (``criteria_na``)."""
    criteria: dict[str, dict[str, bool]] = {}
    criteria_na: dict[str, dict[str, str]] = {}
    for r in rows:
        if r["not_applicable"]:
            criteria_na.setdefault(r["indicator"], {})[r["criterion"]] = r["justification"]
        else:
            criteria.setdefault(r["indicator"], {})[r["criterion"]] = bool(r["met"])
    return criteria, criteria_na


class AnswerStore(Store):
    def _answer(self, r: dict[str, Any], criteria: dict[str, bool], criteria_na: dict[str, str]) -> Answer:
        """The answer of a row; a damaged one (a date that does not parse) is a refusal."""
        return self._decode([r], lambda row: _answer(row, criteria, criteria_na))[0]

    def __call__(self, campaign_id: int) -> dict[str, Answer]:
        """Every answer of the campaign, by indicator id."""
        criteria, criteria_na = _sort(self._rows(f"{_CRITERIA} WHERE campaign_id = ?", [campaign_id]))
        result: dict[str, Answer] = {}
        for r in self._rows("SELECT * FROM answers WHERE campaign_id = ?", [campaign_id]):
            ind = r["indicator"]
            result[ind] = self._answer(r, criteria.pop(ind, {}), criteria_na.pop(ind, {}))
        for indicator in sorted(set(criteria) | set(criteria_na)):  # criteria answered without an answers row
            result[indicator] = Answer(
                indicator=indicator, criteria=criteria.get(indicator, {}), criteria_na=criteria_na.get(indicator, {})
            )
        return result

    def one(self, campaign_id: int, indicator: str) -> Answer:
        """The answer to one indicator (an empty one when unanswered): its rows only."""
        by_ind, na_by_ind = _sort(
            self._rows(f"{_CRITERIA} WHERE campaign_id = ? AND indicator = ?", [campaign_id, indicator])
        )
        criteria, criteria_na = by_ind.get(indicator, {}), na_by_ind.get(indicator, {})
        r = self._one("SELECT * FROM answers WHERE campaign_id = ? AND indicator = ?", [campaign_id, indicator])
        if r:
            return self._answer(r, criteria, criteria_na)
        return Answer(indicator=indicator, criteria=criteria, criteria_na=criteria_na)

    def _campaign_uuid(self, campaign_id: int) -> str:
        r = self._one("SELECT uuid FROM campaigns WHERE id = ?", [campaign_id], checked=False)
        return str(r["uuid"]) if r and isinstance(r["uuid"], str) else ""

    def write(self, campaign_id: int, answer: Answer) -> None:
        """Replace the rows of ``answer.indicator`` in the campaign (their uuids derived from the
        campaign's: the same on every laptop)."""
        cu = self._campaign_uuid(campaign_id)
        self.db.execute(
            "DELETE FROM criterion_answers WHERE campaign_id = ? AND indicator = ?",
            [campaign_id, answer.indicator],
        )
        self.db.execute(
            "INSERT INTO answers (campaign_id, indicator, numerator, denominator, not_applicable, justification, "
            "comment, period_start, period_end, source, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (campaign_id, indicator) DO UPDATE SET "
            "numerator = excluded.numerator, denominator = excluded.denominator, "
            "not_applicable = excluded.not_applicable, justification = excluded.justification, "
            "comment = excluded.comment, period_start = excluded.period_start, "
            "period_end = excluded.period_end, source = excluded.source",
            [
                campaign_id,
                answer.indicator,
                answer.numerator,
                answer.denominator,
                int(answer.not_applicable),
                answer.justification,
                answer.comment,
                answer.period_start.isoformat() if answer.period_start else None,
                answer.period_end.isoformat() if answer.period_end else None,
                answer.source,
                answer_uuid(cu, answer.indicator),
            ],
        )
        for cid, met in sorted(answer.criteria.items()):
            if cid in answer.criteria_na:
                continue
            self.db.execute(
                "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met, uuid) VALUES (?, ?, ?, ?, ?)",
                [campaign_id, answer.indicator, cid, int(met), criterion_uuid(cu, cid)],
            )
        for cid, why in sorted(answer.criteria_na.items()):
            self.db.execute(
                "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met, not_applicable, "
                "justification, uuid) VALUES (?, ?, ?, 0, 1, ?, ?)",
                [campaign_id, answer.indicator, cid, why, criterion_uuid(cu, cid)],
            )

    def copy(self, source_id: int, target_id: int) -> list[str]:
        """Copy every answer of ``source_id`` into the (new, empty) campaign ``target_id``; the
        indicators copied."""
        self.db.execute(
            "INSERT INTO answers (campaign_id, indicator, numerator, denominator, not_applicable, "
            "justification, comment, period_start, period_end, source) SELECT ?, indicator, numerator, "
            "denominator, not_applicable, justification, comment, period_start, period_end, source "
            "FROM answers WHERE campaign_id = ?",
            [target_id, source_id],
        )
        self.db.execute(
            "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met, not_applicable, justification) "
            "SELECT ?, indicator, criterion, met, not_applicable, justification FROM criterion_answers "
            "WHERE campaign_id = ?",
            [target_id, source_id],
        )
        cu = self._campaign_uuid(target_id)
        for r in self._rows("SELECT indicator FROM answers WHERE campaign_id = ?", [target_id]):
            self.db.execute(
                "UPDATE answers SET uuid = ? WHERE campaign_id = ? AND indicator = ?",
                [answer_uuid(cu, r["indicator"]), target_id, r["indicator"]],
            )
        for r in self._rows("SELECT criterion FROM criterion_answers WHERE campaign_id = ?", [target_id]):
            self.db.execute(
                "UPDATE criterion_answers SET uuid = ? WHERE campaign_id = ? AND criterion = ?",
                [criterion_uuid(cu, r["criterion"]), target_id, r["criterion"]],
            )
        return [
            r["indicator"]
            for r in self._rows(
                "SELECT indicator FROM answers WHERE campaign_id = ? UNION "
                "SELECT indicator FROM criterion_answers WHERE campaign_id = ?",
                [target_id, target_id],
            )
        ]
