"""The reports' formatting is French whatever the interface language: dates, truncated
percentages, targets, file sizes."""

import datetime as dt
from fractions import Fraction

from hopen_desktop.model.i18n import set_language
from hopen_desktop.reports.data import file_size, fr_date, fr_percent, target_percent


def test_french_even_when_the_interface_speaks_english():
    set_language("en")
    assert fr_date(dt.date(2025, 1, 7)) == "07/01/2025" and fr_date(None) == ""
    assert fr_percent(Fraction(21, 25)) == "84,0 %"
    assert target_percent(Fraction(9, 10)) == "90 %"
    assert file_size(1536) == "1,5 Ko"


def test_a_percentage_is_truncated_never_rounded_up():
    assert fr_percent(Fraction(8999, 10000)) == "89,9 %"
    assert fr_percent(Fraction(2, 3)) == "66,6 %"


def test_more_decimals_when_it_would_read_as_the_target_while_differing_from_it():
    assert fr_percent(Fraction(90001, 100000)) == "90,0 %"
    assert fr_percent(Fraction(90001, 100000), versus=Fraction(9, 10)) == "90,001 %"
    assert fr_percent(Fraction(8999, 10000), versus=Fraction(8995, 10000)) == "89,99 %"
    assert fr_percent(Fraction(9, 10), versus=Fraction(9, 10)) == "90,0 %"


def test_status_reasons_are_the_explanation_after_the_status():
    from hopen_desktop.model.i18n import Text
    from hopen_desktop.model.scoring import IndicatorScore, Reason, Status
    from hopen_desktop.reports.data import status_reasons

    score = IndicatorScore(
        "P2.5", Status.NON_ATTEINT, reasons=(Reason(Text("aucune preuve", "no evidence")), Reason(Text("b", "b")))
    )
    set_language("en")  # the report is French whatever the interface language
    assert status_reasons(score) == "aucune preuve ; b"
    assert status_reasons(IndicatorScore("P2.5", Status.NON_RENSEIGNE)) == ""


def test_eligibility_verdicts():
    from hopen_desktop.model.i18n import Text
    from hopen_desktop.model.scoring import Eligibility
    from hopen_desktop.reports.data import eligibility_verdict

    assert eligibility_verdict(Eligibility("D1", True, ())) == ("Oui", [])
    no = Eligibility(
        "D1", False, ("Prérequis non atteints : P2.",), reason_texts=(Text("Prérequis non atteints : P2.", "x"),)
    )
    assert eligibility_verdict(no) == ("Non", ["Prérequis non atteints : P2."])
    reserve = Eligibility("D7", True, (), reserve=Text("sous réserve : engagement conjoint sur D2 ou D3", "x"))
    assert eligibility_verdict(reserve) == ("Oui, sous réserve", ["Engagement conjoint sur D2 ou D3."])


def test_quoted_rules_come_from_the_referential():
    from hopen_desktop.model.referential import load_referential
    from hopen_desktop.reports.data import quoted_rules

    ids = [c.id for _i, c in quoted_rules(load_referential("hopen-2019"))]
    assert ids == [
        "P1.2.reunions_semestrielles",
        "P2.1.pra_teste",
        "P2.2.observation_disponibilite",
        "P2.4.rdv_direction",
        "P2.5.attestation_audit",
        "P3.6.rapport_dpo",
    ]
    assert quoted_rules(load_referential("hopital-numerique-2012")) == []


def test_rule_groups_put_the_same_quotation_together():
    from hopen_desktop.model.referential import load_referential
    from hopen_desktop.reports.data import rule_groups

    p31 = load_referential("hopital-numerique-2012").indicator("P3.1")
    [(crits, instruction, reading)] = rule_groups(p31.criteria)
    assert [c.id for c in crits] == [c.id for c in p31.criteria] and "démarche de sécurité" in instruction
    assert reading == ""
    p24 = load_referential("hopen-2019").indicator("P2.4")
    assert [[c.id for c in g[0]] for g in rule_groups(p24.criteria)] == [["P2.4.rdv_direction"]]


def test_a_criterion_is_named_by_its_indicator_and_its_label_never_its_id():
    from hopen_desktop.model.referential import load_referential
    from hopen_desktop.reports.data import criterion_caption, find_criterion

    ref = load_referential("hopen-2019")
    crit = ref.indicator("P2.4").criterion("P2.4.rdv_direction")
    assert criterion_caption(ref, "P2.4", "P2.4.rdv_direction") == f"P2.4 — {crit.label}"
    assert criterion_caption(ref, None, "P2.4.rdv_direction") == f"P2.4 — {crit.label}"  # found by its id
    assert find_criterion(ref, "P1.1", "P2.4.rdv_direction") == ("P2.4", crit)
    unknown = criterion_caption(ref, "P2.4", "P2.4.disparu")
    assert "disparu" not in unknown and unknown.startswith("P2.4 — ")
    assert find_criterion(ref, "P9.9", "P2.4.disparu") is None


def test_evidence_is_numbered_in_the_order_given_and_rates_shown_as_entered():
    from hopen_desktop.model.entities import Answer, Evidence
    from hopen_desktop.reports.data import entered_fraction, evidence_numbers

    items = [Evidence(i, 1, "document", dt.date(2025, 1, i), "t", {}) for i in (7, 3)]
    assert evidence_numbers(items) == {7: "E-001", 3: "E-002"}
    assert entered_fraction(Answer("D2.3", 14, 18)) == "14/18"  # never reduced to 7/9


def test_the_trend_since_the_previous_campaign():
    from hopen_desktop.model.scoring import IndicatorScore, Status
    from hopen_desktop.reports.data import BETTER, SAME, WORSE, rate_trend, trend

    def s(status, value=None):
        return IndicatorScore("P1.1", status, value)

    assert trend(s(Status.NON_ATTEINT), s(Status.ATTEINT)) == BETTER
    assert trend(s(Status.ATTEINT), s(Status.NON_RENSEIGNE)) == WORSE
    assert trend(s(Status.NON_ATTEINT), s(Status.NON_RENSEIGNE)) == SAME  # not attained either way
    assert trend(s(Status.NON_ATTEINT, Fraction(1, 2)), s(Status.NON_ATTEINT, Fraction(7, 10))) == BETTER
    assert trend(s(Status.ATTEINT, Fraction(1)), s(Status.ATTEINT, Fraction(9, 10))) == WORSE
    assert trend(s(Status.ATTEINT, Fraction(9, 10)), s(Status.ATTEINT, Fraction(18, 20))) == SAME
    assert trend(s(Status.NON_APPLICABLE), s(Status.ATTEINT)) is None  # nothing to compare
    assert trend(s(Status.NON_APPLICABLE), s(Status.NON_APPLICABLE)) == SAME
    assert rate_trend(Fraction(1, 5), Fraction(8, 15)) == BETTER
    assert rate_trend(Fraction(8, 15), Fraction(1, 5)) == WORSE
    assert rate_trend(Fraction(1, 5), Fraction(3, 15)) == SAME


def test_what_does_not_count_for_an_indicator_and_why():
    from hopen_desktop.model.entities import Evidence, EvidenceLink
    from hopen_desktop.model.evidence_support import NotCountingReason, evidence_support
    from hopen_desktop.model.referential import load_referential
    from hopen_desktop.reports.data import not_counting, not_counting_text

    ref = load_referential("hopen-2019")

    def meeting(evidence_id: int, day: dt.date) -> Evidence:
        link = (EvidenceLink("P2.4", "P2.4.rdv_direction"),)
        return Evidence(evidence_id, 1, "rssi_direction_meeting", day, "Comité", {}, links=link)

    items = [meeting(1, dt.date(2022, 1, 5)), meeting(2, dt.date(2025, 3, 5)), meeting(3, dt.date(2025, 8, 5))]
    support = evidence_support(ref, items, campaign_date=dt.date(2025, 6, 30), in_ght=False)
    outside = not_counting(support, "P2.4")
    assert set(outside) == {1, 3}  # the one in the window counts
    assert outside[1].reason == NotCountingReason.OUT_OF_PERIOD
    assert outside[3].reason == NotCountingReason.AFTER_CAMPAIGN
    assert not_counting_text(outside[1]).startswith("hors période")
    assert not_counting_text(outside[3]).startswith("hors période")
    assert not_counting(None, "P2.4") == {}
