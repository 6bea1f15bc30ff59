"""The bounds every value meets at every entry point (issue 14, family 3)."""

from __future__ import annotations

import datetime as dt

import pytest

from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.value_rules import (
    EARLIEST_DATE,
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    check_not_too_old,
    check_text,
)

WHAT = Text("Le commentaire", "The comment")


def test_a_text_is_stripped_and_kept():
    assert check_text("  Réunion du 12 mars  ", WHAT) == "Réunion du 12 mars"
    assert check_text("ligne 1\nligne 2\tfin", WHAT, multiline=True) == "ligne 1\nligne 2\tfin"


@pytest.mark.parametrize("bad", ["a\x00b", "a\x1bb", "a\x7fb", "a\x85b", "ligne\nsuite", "a\rb"])
def test_control_characters_are_refused_in_one_line(bad):
    with pytest.raises(ValidationError, match="caractères de contrôle") as refused:
        check_text(bad, WHAT, "comment")
    assert refused.value.field == "comment"


@pytest.mark.parametrize("bad", ["a\x00b", "a\x0cb", "a\x1bb"])
def test_only_tabs_and_line_breaks_pass_in_a_long_text(bad):
    with pytest.raises(ValidationError, match="caractères de contrôle"):
        check_text(bad, WHAT, multiline=True)


@pytest.mark.parametrize("bad", ["\ud800", "a\udfffb"])
def test_lone_surrogates_are_refused(bad):
    with pytest.raises(ValidationError, match="Unicode mal formé"):
        check_text(bad, WHAT, multiline=True)


def test_lengths_are_bounded_by_kind():
    assert check_text("x" * SHORT_TEXT_MAX, WHAT)
    with pytest.raises(ValidationError, match=f"dépasse {SHORT_TEXT_MAX} caractères"):
        check_text("x" * (SHORT_TEXT_MAX + 1), WHAT)
    assert check_text("x" * LONG_TEXT_MAX, WHAT, multiline=True)
    with pytest.raises(ValidationError, match="dépasse"):
        check_text("x" * (LONG_TEXT_MAX + 1), WHAT, multiline=True)
    with pytest.raises(ValidationError, match="dépasse 10 caractères"):
        check_text("x" * 11, WHAT, max_length=10)


@pytest.mark.parametrize("value", [None, 3, b"bytes", ["liste"]])
def test_a_non_text_is_refused(value):
    with pytest.raises(ValidationError, match="doit être un texte"):
        check_text(value, WHAT)


def test_dates_before_the_earliest_are_refused():
    assert check_not_too_old(EARLIEST_DATE) == EARLIEST_DATE
    for day in (dt.date(1, 1, 1), dt.date(1989, 12, 31)):
        with pytest.raises(ValidationError, match="trop ancienne"):
            check_not_too_old(day, "La date de la campagne")


def test_the_english_messages(monkeypatch):
    from hopen_desktop.model.i18n import set_language

    set_language("en")
    with pytest.raises(ValidationError, match="control characters"):
        check_text("a\x00", WHAT)
