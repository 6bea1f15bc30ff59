"""Campaigns of one establishment compared over time, from real workspaces."""

import datetime as dt
from fractions import Fraction

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.history import history
from hopen_desktop.model.scoring import Status


def test_history_diff_of_two_campaigns(ws, clinic, campaign):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=5, denominator=10))
    ws.save_answer(campaign.id, Answer("P1.3", numerator=10, denominator=10))
    later = ws.copy_campaign(campaign.id, dt.date(2026, 6, 30))
    ws.save_answer(later.id, Answer("P1.1", numerator=9, denominator=10))
    h = history(ws, clinic.id)
    assert [c.id for c in h.campaigns] == [campaign.id, later.id]
    changed = {r.indicator: r for r in h.changes(1)}
    assert set(changed) == {"P1.1"}
    cells = changed["P1.1"].cells
    assert (cells[0].status, cells[0].value) == (Status.NON_ATTEINT, Fraction(1, 2))
    assert (cells[1].status, cells[1].value, cells[1].changed) == (Status.ATTEINT, Fraction(9, 10), True)
    assert not cells[0].changed
    rates = [rate for _, rate in h.prerequisite_rates]
    assert rates[1] - rates[0] == Fraction(1, 15)  # one more of the 15 prerequisite indicators
