"""Saving an answer: before and after, one journal row per field, only that indicator read."""

import pytest

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.operations import answers
from tests.model.operations.helpers import head, journal_keys


def test_saving_an_answer_returns_before_and_after_and_one_row_per_field(ws, campaign):
    first = answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=1, denominator=10))
    assert first.changes == Changes(answers=frozenset({(campaign.id, "P1.1")}))
    assert first.value.before == Answer("P1.1") and first.value.after.numerator == 1
    mark = head(ws)
    second = answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=2, denominator=10, comment="vu"))
    assert second.value.before == first.value.after
    assert journal_keys(ws, mark) == [("answer", "P1.1.numerator"), ("answer", "P1.1.comment")]
    assert ws.answer(campaign.id, "P1.1") == second.value.after


def test_saving_an_answer_reads_only_that_indicator(ws, campaign, monkeypatch):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=10))
    monkeypatch.setattr(type(ws.answers), "__call__", lambda *a: pytest.fail("read every answer of the campaign"))
    answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=3, denominator=10))
    assert ws.answer(campaign.id, "P1.1").numerator == 3
