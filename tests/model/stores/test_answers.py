"""The answers' rows: one indicator read alone, every answer of a campaign, replaced on write,
copied to a new campaign."""

import datetime as dt

from hopen_desktop.model.entities import Answer


def manual_criterion(ws, campaign):
    ref = ws.referential_of(campaign)
    ind = next(i for i in ref.indicators if not i.is_rate and sum(not c.is_derived for c in i.criteria) >= 2)
    first, second = [c.id for c in ind.criteria if not c.is_derived][:2]
    return ind.id, first, second


def test_an_unanswered_indicator_is_an_empty_answer(ws, campaign):
    assert ws.answers.one(campaign.id, "P1.1") == Answer("P1.1")
    assert ws.answers(campaign.id) == {}


def test_write_replaces_every_row_of_the_indicator(ws, campaign):
    ind, first, second = manual_criterion(ws, campaign)
    with ws.transaction():
        ws.answers.write(campaign.id, Answer(ind, comment="vu", criteria={first: True, second: False}))
        ws.answers.write(campaign.id, Answer(ind, criteria={second: True}))
    assert ws.answers.one(campaign.id, ind) == Answer(ind, criteria={second: True})
    with ws.transaction():
        ws.answers.write(
            campaign.id, Answer("P1.1", numerator=3, denominator=4, not_applicable=True, justification="j")
        )
    assert ws.answers(campaign.id) == {
        ind: Answer(ind, criteria={second: True}),
        "P1.1": Answer("P1.1", numerator=3, denominator=4, not_applicable=True, justification="j"),
    }


def test_criteria_ticked_without_an_answer_row_are_read(ws, campaign):
    ind, first, _ = manual_criterion(ws, campaign)
    with ws.transaction():
        ws.db.execute(
            "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) VALUES (?, ?, ?, 1)",
            [campaign.id, ind, first],
        )
    assert ws.answers(campaign.id) == {ind: Answer(ind, criteria={first: True})}
    assert ws.answers.one(campaign.id, ind) == Answer(ind, criteria={first: True})


def test_copy_carries_every_answer_and_names_the_indicators(ws, campaign):
    ind, first, _ = manual_criterion(ws, campaign)
    with ws.transaction():
        ws.answers.write(campaign.id, Answer("P1.1", numerator=1, denominator=2, comment="c"))
        ws.answers.write(campaign.id, Answer(ind, criteria={first: False}))
        target = ws.campaigns.insert(campaign.establishment_id, dt.date(2025, 12, 31), "hopen-2019", "2019", "", False)
        copied = ws.answers.copy(campaign.id, target)
    assert sorted(copied) == sorted(["P1.1", ind])
    assert ws.answers(target) == ws.answers(campaign.id)


def test_the_measurement_is_stored_read_and_a_damaged_date_is_a_refusal(ws, campaign):
    import pytest

    from hopen_desktop.model.errors import WorkspaceError

    measured = Answer("P1.1", 3, 4, period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 6, 30), source="DPI")
    with ws.transaction():
        ws.answers.write(campaign.id, measured)
    assert ws.answers.one(campaign.id, "P1.1") == measured == ws.answers(campaign.id)["P1.1"]
    row = ws.db.execute("SELECT period_start, period_end, source FROM answers").fetchone()
    assert tuple(row) == ("2025-01-01", "2025-06-30", "DPI")
    ws.db.execute("UPDATE answers SET period_end = 'fin juin' WHERE indicator = 'P1.1'")
    with pytest.raises(WorkspaceError) as damaged:
        ws.answers.one(campaign.id, "P1.1")
    assert damaged.value.code == "workspace.damaged"
    with pytest.raises(WorkspaceError):
        ws.answers(campaign.id)
