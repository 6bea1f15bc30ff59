import datetime as dt
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from hopen_desktop.model.entities import Answer, Evidence
from hopen_desktop.model.referential import parse_referential
from hopen_desktop.model.scoring import HINT_ZERO_DENOMINATOR, Status, score_campaign, score_indicator
from tests.model.conftest import small_referential_doc

DAY = dt.date(2025, 12, 31)
REF = parse_referential(small_referential_doc(), "mini.json")


def score(answers=(), evidence=(), in_ght=False, hn=False):
    return score_campaign(
        REF,
        {a.indicator: a for a in answers},
        list(evidence),
        campaign_date=DAY,
        in_ght=in_ght,
        hn_d2_d3_attained=hn,
    )


def meeting(n, day, etype="rssi_direction_meeting"):
    return Evidence(n, 1, etype, day, f"réunion {n}", {})


def all_prerequisites_met():
    return [
        Answer("P1.1", numerator=9, denominator=10),
        Answer("P1.2", criteria={"P1.2.rapport": True}),
        Answer("P2.4", criteria={"P2.4.pssi": True}),
    ], [
        meeting(1, dt.date(2025, 3, 1)),
        meeting(2, dt.date(2025, 9, 1)),
        meeting(3, dt.date(2025, 3, 1), "civ_meeting"),
        meeting(4, dt.date(2025, 9, 1), "civ_meeting"),
    ]


def test_rate_exactly_at_target_is_attained():
    s = score([Answer("P1.1", numerator=9, denominator=10)])
    assert s.indicators["P1.1"].status == Status.ATTEINT
    assert s.indicators["P1.1"].value == Fraction(9, 10)


def test_rate_that_rounds_to_target_is_not_attained():
    # 899/1000 shows as 90 % once rounded, but is below the 90 % target.
    s = score([Answer("P1.1", numerator=8995, denominator=10000)])
    assert s.indicators["P1.1"].status == Status.NON_ATTEINT
    assert round(float(s.indicators["P1.1"].value) * 100) == 90


def test_zero_denominator_is_not_filled_with_a_hint():
    s = score([Answer("P1.1", numerator=0, denominator=0)])
    assert s.indicators["P1.1"].status == Status.NON_RENSEIGNE
    assert s.indicators["P1.1"].hint == HINT_ZERO_DENOMINATOR
    assert s.indicators["P1.1"].value is None


def test_missing_figures_are_not_filled():
    assert score([Answer("P1.1", numerator=3)]).indicators["P1.1"].status == Status.NON_RENSEIGNE
    assert score().indicators["P1.1"].status == Status.NON_RENSEIGNE


def test_ght_criterion_only_for_an_establishment_in_a_ght():
    answer = Answer("P1.1", numerator=10, denominator=10)
    assert score([answer], in_ght=False).indicators["P1.1"].status == Status.ATTEINT
    assert score([answer], in_ght=True).indicators["P1.1"].status == Status.NON_RENSEIGNE
    ticked = Answer("P1.1", numerator=10, denominator=10, criteria={"P1.1.ght": True})
    assert score([ticked], in_ght=True).indicators["P1.1"].status == Status.ATTEINT
    assert [c.criterion_id for c in score([answer]).indicators["P1.1"].criteria] == []


def test_existence_needs_every_criterion_including_derived():
    ticked = Answer("P2.4", criteria={"P2.4.pssi": True})
    assert score([ticked]).indicators["P2.4"].status == Status.NON_ATTEINT
    one = [meeting(1, dt.date(2025, 3, 1))]
    assert score([ticked], one).indicators["P2.4"].status == Status.NON_ATTEINT
    two = [*one, meeting(2, dt.date(2025, 12, 31))]
    assert score([ticked], two).indicators["P2.4"].status == Status.ATTEINT
    late = [*one, meeting(2, dt.date(2026, 1, 1))]  # after the campaign date: accepted, not counted
    assert score([ticked], late).indicators["P2.4"].status == Status.NON_ATTEINT


def test_existence_not_answered_is_not_filled_unless_something_known_fails():
    meetings = [meeting(1, dt.date(2025, 3, 1)), meeting(2, dt.date(2025, 9, 1))]
    p24 = score([], meetings).indicators["P2.4"]
    assert p24.status == Status.NON_RENSEIGNE
    assert p24.reason_texts("fr") == ["critère « PSSI » non coché"]
    unticked = Answer("P2.4", criteria={"P2.4.pssi": False})
    assert score([unticked], meetings).indicators["P2.4"].status == Status.NON_ATTEINT
    # Nothing in the register: the derived criterion is known to fail, whatever is unanswered.
    empty = score().indicators["P2.4"]
    assert empty.status == Status.NON_ATTEINT
    assert empty.reason_texts("fr") == [
        "aucune preuve « Réunion RSSI / Direction » datée des 12 derniers mois (du 01/01/2025 au 31/12/2025)"
    ]


def test_a_prerequisite_cannot_be_not_applicable():
    answers, evidence = all_prerequisites_met()
    answers[0] = Answer("P1.1", numerator=1, denominator=10)
    s = score(answers, evidence)
    assert s.prerequisites_rate == Fraction(2, 3)
    assert s.blockers == ("P1.1",)
    answers[0] = Answer("P1.1", numerator=9, denominator=10, not_applicable=True, justification="Aucune application")
    s = score(answers, evidence)
    p11 = s.indicators["P1.1"]
    assert p11.status == Status.NON_RENSEIGNE
    assert "ce qu'un prérequis ne peut pas être" in p11.explanation("fr")
    assert s.prerequisites_rate == Fraction(2, 3) and s.prerequisites_applicable == 3
    assert s.groups["P1"].status == Status.NON_RENSEIGNE
    assert not s.eligibility["D2"].eligible


def test_a_domain_indicator_not_applicable_is_left_out_and_an_empty_group_is_never_attained():
    answers, evidence = all_prerequisites_met()
    na = Answer("D2.3", not_applicable=True, justification="Pas de DPI")
    s = score([*answers, na], evidence)
    assert s.indicators["D2.3"].status == Status.NON_APPLICABLE
    assert s.indicators["D2.3"].reason_texts("fr") == ["déclaré non applicable : Pas de DPI"]
    assert s.groups["D2"].status == Status.NON_APPLICABLE
    assert (s.groups["D2"].attained, s.groups["D2"].applicable) == (0, 0)
    assert not s.eligibility["D7"].eligible  # D2 with nothing applicable does not open D7


def test_group_status():
    _, evidence = all_prerequisites_met()
    s = score([Answer("P1.1", numerator=9, denominator=10)], evidence)
    assert s.groups["P1"].status == Status.NON_RENSEIGNE  # P1.2's report not ticked
    s = score([Answer("P1.1", numerator=1, denominator=10)], evidence)
    assert s.groups["P1"].status == Status.NON_ATTEINT


def test_eligibility_needs_every_prerequisite():
    s = score()
    assert not any(e.eligible for e in s.eligibility.values())
    assert "P1" in s.eligibility["D2"].reasons[0]
    answers, evidence = all_prerequisites_met()
    s = score(answers, evidence)
    assert s.eligibility["D2"].eligible and s.eligibility["D3"].eligible
    assert not s.eligibility["D7"].eligible
    assert "D2 ou D3" in s.eligibility["D7"].reasons[0]


def test_d7_needs_d2_or_d3_or_declared_hn_attainment():
    answers, evidence = all_prerequisites_met()
    assert score(answers, evidence, hn=True).eligibility["D7"].eligible
    with_d3 = [*answers, Answer("D3.1", numerator=8, denominator=10)]
    assert score(with_d3, evidence).eligibility["D7"].eligible
    with_d2 = [*answers, Answer("D2.3", numerator=7, denominator=10)]
    assert score(with_d2, evidence).eligibility["D7"].eligible
    d2_low = [*answers, Answer("D2.3", numerator=6, denominator=10)]
    assert not score(d2_low, evidence).eligibility["D7"].eligible


counts = st.integers(min_value=0, max_value=10_000)


@st.composite
def rate_answers(draw):
    den = draw(counts)
    num = draw(st.integers(min_value=0, max_value=den))
    return num, den


@given(p11=rate_answers(), d23=rate_answers(), na=st.booleans(), ght=st.booleans())
def test_rates_stay_between_zero_and_one(p11, d23, na, ght):
    answers = [
        Answer("P1.1", numerator=p11[0], denominator=p11[1], not_applicable=na, justification="x" if na else ""),
        Answer("D2.3", numerator=d23[0], denominator=d23[1]),
    ]
    s = score(answers, in_ght=ght)
    assert 0 <= s.prerequisites_rate <= 1
    for ind in s.indicators.values():
        assert ind.value is None or 0 <= ind.value <= 1


@given(p11=rate_answers(), ticked=st.booleans())
def test_a_prerequisite_marked_not_applicable_counts_whatever_its_figures(p11, ticked):
    base = [Answer("P1.2", criteria={"P1.2.rapport": ticked}), Answer("P2.4", criteria={"P2.4.pssi": True})]
    without = score([*base, Answer("P1.1", not_applicable=True, justification="x")])
    other = score([*base, Answer("P1.1", numerator=p11[0], denominator=p11[1], not_applicable=True, justification="y")])
    assert without.prerequisites_rate == other.prerequisites_rate
    assert without.prerequisites_applicable == 3  # a prerequisite marked N/A still counts


ORDER = {Status.NON_RENSEIGNE: 0, Status.NON_ATTEINT: 0, Status.ATTEINT: 1}


@given(pair=rate_answers(), extra=st.integers(min_value=0, max_value=100), ght=st.booleans(), tick=st.booleans())
def test_raising_the_numerator_never_lowers_the_status(pair, extra, ght, tick):
    num, den = pair
    higher = min(den, num + extra)
    ind = REF.indicator("P1.1")
    crit = {"P1.1.ght": tick} if ght else {}
    low = score_indicator(ind, Answer("P1.1", numerator=num, denominator=den, criteria=crit), [], DAY, ght)
    high = score_indicator(ind, Answer("P1.1", numerator=higher, denominator=den, criteria=crit), [], DAY, ght)
    assert ORDER[high.status] >= ORDER[low.status]


def test_eligibility_reasons_are_also_structured():
    s = score()
    assert s.eligibility["D2"].missing_prerequisites == ("P1", "P2")
    assert s.eligibility["D7"].needs_d2_or_d3 and not s.eligibility["D2"].needs_d2_or_d3
    answers, evidence = all_prerequisites_met()
    assert score(answers, evidence).eligibility["D2"].missing_prerequisites == ()


def test_indicator_with_only_derived_criteria_is_not_attained_without_evidence():
    from hopen_desktop.model.referential import load_referential

    ref = load_referential("hopen-2019")
    p25 = ref.indicator("P2.5")
    assert all(c.is_derived for c in p25.criteria if c.applies_to == "all")
    assert score_indicator(p25, None, [], DAY, False).status == Status.NON_ATTEINT
    audit = Evidence(1, 1, "external_security_audit", dt.date(2025, 6, 1), "Audit", {})
    assert score_indicator(p25, None, [audit], DAY, False).status == Status.ATTEINT


def test_a_reason_quotes_a_long_justification_shortened_on_one_line():
    long_text = "Pas de DPI.\n" + "mot " * 400
    s = score([Answer("D2.3", not_applicable=True, justification=long_text)])
    [reason] = s.indicators["D2.3"].reason_texts("fr")
    assert reason.startswith("déclaré non applicable : Pas de DPI. mot mot") and reason.endswith(" …")
    assert len(reason) < 240 and "\n" not in reason
