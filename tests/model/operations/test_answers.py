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


def test_the_measurement_of_a_rate_is_journalled_one_row_per_field(ws, campaign):
    import datetime as dt

    answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=1, denominator=10))
    mark = head(ws)
    measured = Answer(
        "P1.1", numerator=1, denominator=10, period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 6, 30)
    )
    answers.save_answer(ws, campaign.id, measured)
    assert journal_keys(ws, mark) == [("answer", "P1.1.period_start"), ("answer", "P1.1.period_end")]
    rows = [e for e in ws.journal() if e.id > mark]
    assert [(e.old, e.new) for e in reversed(rows)] == [(None, '"2025-01-01"'), (None, '"2025-06-30"')]
    mark = head(ws)
    answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=1, denominator=10, source="extraction DPI"))
    assert journal_keys(ws, mark) == [
        ("answer", "P1.1.period_start"),
        ("answer", "P1.1.period_end"),
        ("answer", "P1.1.source"),
    ]
    assert ws.answer(campaign.id, "P1.1").source == "extraction DPI"
    assert ws.journal.verify_all() == []


def test_a_journal_row_names_its_author_when_one_is_given(ws, campaign):
    answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=1, denominator=10))
    assert ws.journal(limit=1)[0].author is None
    ws.journal.author = "  Marie Curie "
    answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=2, denominator=10))
    assert ws.journal(limit=1)[0].author == "Marie Curie"
    ws.journal.author = ""
    answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=3, denominator=10))
    assert ws.journal(limit=1)[0].author is None
    assert ws.journal.verify_all() == []


def test_a_copied_campaign_keeps_the_measurement(ws, clinic, campaign):
    import datetime as dt

    from hopen_desktop.model.operations import campaigns

    measured = Answer("P1.1", 3, 4, period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 6, 30), source="DPI")
    ws.save_answer(campaign.id, measured)
    copy = campaigns.copy_campaign(ws, campaign.id, dt.date(2025, 12, 31)).value
    assert ws.answer(copy.id, "P1.1") == measured
    assert ws.journal.verify_all() == []
