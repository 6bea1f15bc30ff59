import datetime as dt

import pytest

from hopen_desktop.model.derivation import evaluate, windows
from hopen_desktop.model.entities import Evidence
from hopen_desktop.model.referential import DerivationRule

D = dt.date


def ev(n: int, day: dt.date, etype: str = "rssi_direction_meeting", **fields) -> Evidence:
    return Evidence(id=n, establishment_id=1, type=etype, date=day, title=f"e{n}", fields=fields)


TWO_A_YEAR = DerivationRule("rssi_direction_meeting", window_months=12, min_count=2)
EACH_SEMESTER = DerivationRule("civ_meeting", window_months=6, periods=2)


def test_twelve_month_window_ends_on_campaign_day_included():
    (w,) = windows(TWO_A_YEAR, D(2025, 12, 31))
    assert (w.start, w.end) == (D(2025, 1, 1), D(2025, 12, 31))


def test_two_semesters_are_consecutive_and_do_not_overlap():
    first, second = windows(EACH_SEMESTER, D(2025, 12, 31))
    assert (first.start, first.end) == (D(2025, 7, 1), D(2025, 12, 31))
    assert (second.start, second.end) == (D(2025, 1, 1), D(2025, 6, 30))


def test_month_arithmetic_clips_end_of_month():
    (w,) = windows(DerivationRule("pra_test", window_months=12), D(2024, 2, 29))
    assert w.start == D(2023, 3, 1)


@pytest.mark.parametrize(
    ("dates", "met"),
    [
        ([D(2025, 1, 1), D(2025, 12, 31)], True),  # both window edges included
        ([D(2024, 12, 31), D(2025, 12, 31)], False),  # one day before the window
        ([D(2025, 6, 1), D(2026, 1, 1)], False),  # after the campaign date: does not count
        ([D(2025, 6, 1)], False),  # only one meeting
        ([D(2025, 3, 1), D(2025, 9, 1), D(2025, 10, 1)], True),
    ],
)
def test_two_meetings_in_twelve_months(dates, met):
    result = evaluate(TWO_A_YEAR, [ev(n, d) for n, d in enumerate(dates)], D(2025, 12, 31))
    assert result.met is met


def test_other_types_do_not_count():
    items = [ev(1, D(2025, 3, 1), "civ_meeting"), ev(2, D(2025, 4, 1), "civ_meeting")]
    assert not evaluate(TWO_A_YEAR, items, D(2025, 12, 31)).met


@pytest.mark.parametrize(
    ("dates", "met"),
    [
        ([D(2025, 7, 1), D(2025, 6, 30)], True),  # one each side of the semester boundary
        ([D(2025, 7, 1), D(2025, 12, 31)], False),  # both in the latest semester
        ([D(2025, 1, 1), D(2025, 12, 31)], True),
        ([D(2024, 12, 31), D(2025, 12, 31)], False),  # the older one is out of both semesters
    ],
)
def test_one_civ_meeting_per_semester(dates, met):
    items = [ev(n, d, "civ_meeting") for n, d in enumerate(dates)]
    result = evaluate(EACH_SEMESTER, items, D(2025, 12, 31))
    assert result.met is met
    if not met:
        assert result.missing


def test_required_fields_must_all_be_given():
    rule = DerivationRule("availability_measurement", 12, required_fields=("target", "method", "measured"))
    full = ev(1, D(2025, 5, 1), "availability_measurement", target=0.99, method="supervision", measured=0.995)
    partial = ev(2, D(2025, 5, 1), "availability_measurement", target=0.99, method=" ", measured=0.995)
    assert evaluate(rule, [full], D(2025, 12, 31)).met
    assert not evaluate(rule, [partial], D(2025, 12, 31)).met
    assert evaluate(rule, [full, partial], D(2025, 12, 31)).evidence_ids == (1,)
