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
