"""``verify-journal`` (issue 15, item 4): it says what it checked and what it does not prove; a
direct edit of the SQLite file is exit 1 with every problem named; ``--json``."""

import json
import sqlite3

from tests.cli.helpers import run
from tests.model.helpers import make


def test_intact_says_what_was_checked_and_what_it_does_not_prove(tmp_path):
    path = tmp_path / "w.sqlite"
    make(path)
    done = run("verify-journal", "--workspace", path)
    assert done.returncode == 0, done.stderr
    assert "chaînage de 4 ligne(s) et concordance de 3 enregistrement(s) avec les données" in done.stdout
    assert "ancre extérieure au fichier" in done.stdout and "sceau d'un rapport signé" in done.stdout


def test_a_direct_edit_is_exit_1_with_every_problem_named(tmp_path):
    path = tmp_path / "w.sqlite"
    make(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE answers SET numerator = 2")
    conn.execute("UPDATE establishments SET name = 'Autre'")
    conn.commit()
    conn.close()
    done = run("verify-journal", "--workspace", path)
    assert done.returncode == 1
    assert "2 problème(s)" in done.stderr
    answer = "Réponse à l'indicateur P1.1 de la campagne du 01/06/2025 (Autre) modifiée hors de l'application"
    assert answer in done.stderr
    assert "Établissement « Autre » (FINESS 750000001) modifié hors de l'application" in done.stderr
    as_json = run("verify-journal", "--json", "--workspace", path)
    assert as_json.returncode == 1
    doc = json.loads(as_json.stdout)
    assert doc["ok"] is False and doc["rows"] == 4 and doc["records"] == 3
    assert [(p["kind"], p["record"]) for p in doc["problems"]] == [("data", "e1"), ("data", "e1/c1/a/P1.1")]
