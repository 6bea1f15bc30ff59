"""Dates, numbers and percentages are written in one module, per language."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from hopen_desktop.model.formatting import (
    format_date,
    format_datetime,
    format_integer,
    format_number,
    format_percent,
    format_size,
    format_target,
    parse_percent_input,
    percent_input_text,
)
from hopen_desktop.model.i18n import set_language


def test_dates_are_day_first_in_both_languages():
    day = dt.date(2025, 1, 7)
    assert format_date(day) == "07/01/2025"
    assert format_date(day, "fr") == "07/01/2025"
    assert format_date(day, "en") == "07/01/2025"
    assert format_date(None) == ""
    assert format_date(dt.date(987, 3, 4)) == "04/03/0987"


def test_date_and_time():
    moment = dt.datetime(2025, 1, 7, 14, 3, 5)
    assert format_datetime(moment) == "07/01/2025 14:03:05"
    assert format_datetime(moment, sentence=True) == "07/01/2025 à 14:03:05"
    assert format_datetime(moment, "en", sentence=True) == "07/01/2025 at 14:03:05"


def test_percentages_follow_the_language():
    assert format_percent(Fraction(8, 15)) == "53,3 %"
    assert format_percent(Fraction(8, 15), language="en") == "53.3%"
    assert format_percent(0.84) == "84 %"  # a float through its shortest text, not 83.99…
    assert format_percent(0.84, language="en") == "84%"
    assert format_percent(1, trim=False) == "100,0 %"
    set_language("en")
    assert format_percent(Fraction(8, 15)) == "53.3%"


def test_percentages_are_truncated_never_rounded_up():
    assert format_percent(Fraction(29, 30)) == "96,6 %"
    assert format_percent(Fraction(8995, 10000)) == "89,9 %"
    assert format_percent(Fraction(9999, 10000)) == "99,9 %"


def test_a_rate_just_under_its_target_never_reads_as_the_target():
    target = Fraction(9, 10)
    assert format_percent(Fraction(8999, 10000), versus=target) == "89,9 %"
    target = Fraction(9951, 10000)  # shown 99,5 %
    assert format_percent(Fraction(995, 1000)) == format_percent(target) == "99,5 %"
    assert format_percent(Fraction(995, 1000), versus=target, trim=False) == "99,50 %"
    assert format_percent(Fraction(995, 1000), versus=target, language="en") == "99.50%"  # never trimmed to 99.5


def test_targets_and_numbers():
    assert format_target(Fraction(9, 10)) == "90 %"
    assert format_target(Fraction(995, 1000)) == "99,5 %"
    assert format_target(Fraction(995, 1000), "en") == "99.5%"
    assert format_integer(12345) == "12\u202f345"
    assert format_integer(12345, "en") == "12,345"
    assert format_number(2.5) == "2,5"
    assert format_number(2.5, language="en") == "2.5"
    assert format_number(Fraction(1, 3), decimals=2) == "0,33"
    assert format_number(-1234.5) == "-1\u202f234,5"


def test_sizes():
    assert format_size(512) == "512 octets"
    assert format_size(12_595) == "12,3 Ko"
    assert format_size(1_572_864) == "1,5 Mo"
    assert format_size(1_572_864, "en") == "1.5 MB"


def test_percentages_typed_in_a_form():
    assert parse_percent_input("99,5") == pytest.approx(0.995)
    assert parse_percent_input(" 99.71 % ") == pytest.approx(0.9971)
    assert parse_percent_input("") is None
    for bad in ("abc", "101", "-1", "9,9,9"):
        with pytest.raises(ValueError):
            parse_percent_input(bad)
    assert percent_input_text(0.9971) == "99,71"
    assert percent_input_text(0.9971, "en") == "99.71"
    assert percent_input_text(1) == "100"
    assert percent_input_text(None) == ""


def test_a_fingerprint_is_shown_in_groups_of_four_whatever_its_input_form():
    from hopen_desktop.model.formatting import fingerprint_groups, format_fingerprint

    colons = ":".join(f"{n:02x}" for n in range(32))
    shown = format_fingerprint(colons)
    assert shown.split(" ")[:3] == ["0001", "0203", "0405"] and len(shown.split(" ")) == 16
    assert format_fingerprint(shown) == shown == format_fingerprint(shown.replace(" ", "").lower())
    assert fingerprint_groups("AB:CD:EF") == ["ABCD", "EF"]
