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
