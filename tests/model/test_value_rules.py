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


def test_values_at_every_bound_never_break_a_later_command(tmp_path):
    """Issue 14, family 3: a value that passes validation must never break score, report, export,
    export-xlsx nor bundle export. A campaign at every bound — 300-character names, 20,000-character
    comments, justification and notes, the earliest date, counts of 10^12, text from outside the
    report's fonts — is imported, then every exporting command runs on it."""
    import json
    import os
    import subprocess
    import sys

    from tests.cli.helpers import contract_document

    long_line = ("Établissement « Saint-Éloi » — " * 20)[:SHORT_TEXT_MAX]
    long_text = ("Compte rendu détaillé, ligne après ligne ;\n" * 1000)[:LONG_TEXT_MAX]
    doc = contract_document()
    doc["establishment"]["name"] = long_line
    doc["establishment"]["ght"] = long_line
    doc["campaign"]["auditor"] = long_line
    doc["campaign"]["date"] = EARLIEST_DATE.isoformat()
    rate = next(a for a in doc["answers"] if "numerator" in a)
    rate.update(numerator=10**12, denominator=10**12, comment=long_text)
    other = next(a for a in doc["answers"] if a is not rate and a["indicator"].startswith("D"))
    other.update(not_applicable=True, justification=long_text, comment="漢字 et émoji 🏥 hors des polices")
    doc["evidence"] = [
        {
            "type": "rssi_direction_meeting",
            "date": EARLIEST_DATE.isoformat(),
            "title": long_line,
            "fields": {"participants": long_line, "decisions": long_text},
            "links": [],
            "files": [],
        },  # fmt: skip
    ]
    doc["actions"] = [{"title": long_line, "owner": long_line, "notes": long_text, "due_date": "2030-01-01",
                       "status": "a_faire"}]  # fmt: skip
    source = tmp_path / "bornes.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    workspace = tmp_path / "w.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOPEN_DATA_DIR": str(tmp_path / "donnees")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "hopen_desktop", *args], capture_output=True, text=True,
                              env=env, timeout=300)  # fmt: skip

    imported = run("import", str(source), "--workspace", str(workspace))
    assert imported.returncode == 0, imported.stderr
    campaign = imported.stdout.split()[-1]
    for args in (
        ("score", "--workspace", str(workspace), "--campaign", campaign, "--json"),
        ("report", "--workspace", str(workspace), "--campaign", campaign, "--out", str(tmp_path / "r.pdf")),
        ("export", "--workspace", str(workspace), "--campaign", campaign, "--out", str(tmp_path / "c.json")),
        ("export-xlsx", "--workspace", str(workspace), "--campaign", campaign, "--out", str(tmp_path / "c.xlsx")),
        ("bundle", "export", "--workspace", str(workspace), "--campaign", campaign, "--out", str(tmp_path / "b.hopen")),
    ):
        result = run(*args)
        assert result.returncode == 0, (args[0], result.stderr[-2000:])
    # And what was exported imports again.
    again = run("import", str(tmp_path / "c.json"), "--workspace", str(tmp_path / "autre.sqlite"))
    assert again.returncode == 0, again.stderr
