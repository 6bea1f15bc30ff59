"""The workspace commands: backups listed and restored, a damaged workspace restored, the score
truncated, the evidence and journal checks."""

import datetime as dt
import json
import sqlite3
import subprocess
import sys

import pytest

from hopen_desktop.model.backup import create_backup, list_backups
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import WorkspaceError
from hopen_desktop.model.workspace import Workspace
from tests.cli.helpers import run
from tests.model.helpers import make, numerator


def test_cli_backup_list_and_restore(tmp_path):
    path = tmp_path / "w.sqlite"
    cid = make(path)

    def run(*a):
        return subprocess.run([sys.executable, "-m", "hopen_desktop", *map(str, a)], capture_output=True, text=True)

    assert run("backup", "create", "--workspace", path).returncode == 0
    with Workspace.open(path) as ws:
        ws.save_answer(cid, Answer("P1.1", numerator=7, denominator=10))
    listing = run("backup", "list", "--workspace", path)
    assert listing.returncode == 0 and "Ko" in listing.stdout
    restored = run("backup", "restore", "1", "--workspace", path)
    assert restored.returncode == 0, restored.stderr
    assert numerator(path, cid) == 1
    assert len(list_backups(path)) == 2
    missing = run("backup", "restore", "99", "--workspace", path)
    assert missing.returncode == 2 and "inexistante" in missing.stderr


def test_damaged_workspace_can_be_restored_from_the_command_line(tmp_path):
    path = tmp_path / "w.sqlite"
    cid = make(path)
    create_backup(path)
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\0" * 100)  # truncated: SQLite can no longer read it
    with pytest.raises(WorkspaceError):
        Workspace.open(path)
    done = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", "backup", "restore", "1", "--workspace", str(path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert numerator(path, cid) == 1
    kept = list((tmp_path / "w.sqlite-sauvegardes").glob("w-endommage-*.sqlite"))
    assert len(kept) == 1 and kept[0].read_bytes() == data[:4096] + b"\0" * 100


def test_score_command_truncates_the_rate(tmp_path):
    from fractions import Fraction

    from hopen_desktop.cli import truncated_percent

    assert truncated_percent(Fraction(29, 30)) == "96,6 %"
    assert truncated_percent(Fraction(1)) == "100,0 %"
    assert truncated_percent(Fraction(8995, 10000)) == "89,9 %"


def test_verify_commands(imported):
    ws, _ = imported
    assert run("verify-evidence", "--workspace", ws).returncode == 0
    assert run("verify-journal", "--workspace", ws).returncode == 0
    conn = sqlite3.connect(ws)
    conn.execute("UPDATE journal SET new = '\"falsifié\"' WHERE id = 2")
    conn.commit()
    conn.close()
    result = run("verify-journal", "--workspace", ws)
    assert result.returncode == 1 and "Ligne 2" in result.stderr


# ---------------------------------------------------------------------------- issue 14, families 5, 6 and 8


@pytest.mark.parametrize("command", [["list"], ["score", "--campaign", "1"], ["backup", "list"], ["backup", "create"]])
def test_a_fifo_as_workspace_is_refused_at_once(tmp_path, command):
    import os

    fifo = tmp_path / "tube.sqlite"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", *command, "--workspace", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "fichier spécial" in result.stderr and "Traceback" not in result.stderr


def test_a_damaged_workspace_offers_the_backup_commands(tmp_path):
    path = tmp_path / "w.sqlite"
    make(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE establishments SET activities = 'pas du json'")
    conn.commit()
    conn.close()
    result = run("list", "--workspace", path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "endommagé" in result.stderr and "hopen-desktop backup restore" in result.stderr


def test_restore_of_a_newer_schema_is_refused_from_the_command_line(tmp_path):
    path = tmp_path / "w.sqlite"
    cid = make(path)
    newer = tmp_path / "future.sqlite"
    src, dst = sqlite3.connect(path), sqlite3.connect(newer)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA user_version = 99")
    dst.close()
    result = run("backup", "restore", newer, "--workspace", path)
    assert result.returncode == 2 and "pas une sauvegarde" in result.stderr
    assert numerator(path, cid) == 1 and list_backups(path) == []


# ------------------------------------------------------------------ verify-journal bound to the data (issue 15)


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
    assert "Établissement « Autre » (FINESS 750000002) modifié hors de l'application" in done.stderr
    as_json = run("verify-journal", "--json", "--workspace", path)
    assert as_json.returncode == 1
    doc = json.loads(as_json.stdout)
    assert doc["ok"] is False and doc["rows"] == 4 and doc["records"] == 3
    assert [(p["kind"], p["record"]) for p in doc["problems"]] == [("data", "e1"), ("data", "e1/c1/a/P1.1")]


def test_import_of_a_wrong_finess_key_exits_2_and_leaves_the_workspace_untouched(tmp_path):
    from tests.cli.helpers import contract_document

    doc = contract_document()
    doc["establishment"]["finess"] = "750000001"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    # No workspace yet: refused before one is created for it.
    absent = tmp_path / "absent.sqlite"
    result = run("import", bad, "--workspace", absent)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Le numéro FINESS 750000001 a une clé de contrôle fausse" in result.stderr
    assert "finess.sante.gouv.fr" in result.stderr and not absent.exists()
    # An existing workspace: refused, the file byte for byte as it was.
    path = tmp_path / "w.sqlite"
    make(path)
    before = path.read_bytes()
    result = run("import", bad, "--workspace", path)
    assert result.returncode == 2 and "clé de contrôle fausse" in result.stderr
    assert path.read_bytes() == before


def test_list_and_score_show_a_provisional_finess(tmp_path):
    from hopen_desktop.model.entities import EstablishmentData

    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="", name="Clinique sans numéro", finess_provisional=True))
        campaign = ws.add_campaign(est.id, dt.date(2025, 6, 1), "hopen-2019")
        ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique connue"))
    listed = json.loads(run("list", "--json", "--workspace", path).stdout)["establishments"]
    assert [(e["name"], e["finess_provisional"]) for e in listed] == [
        ("Clinique connue", False),
        ("Clinique sans numéro", True),
    ]
    text = run("list", "--workspace", path).stdout
    assert f"Clinique sans numéro (FINESS {est.finess} (provisoire))" in text
    assert "Clinique connue (FINESS 750000002)\n" in text
    score = run("score", "--campaign", campaign.id, "--workspace", path).stdout
    assert score.splitlines()[0].startswith(f"Clinique sans numéro (FINESS {est.finess} (provisoire)) — campagne du")


def test_referential_json_gives_the_instruction_and_the_reading():
    result = run("referential", "--json")
    assert result.returncode == 0, result.stderr
    criteria = {c["id"]: c for i in json.loads(result.stdout)["indicators"] for c in i["criteria"]}
    rdv = criteria["P2.4.rdv_direction"]
    assert "2 rendez-vous annuels" in rdv["instruction"] and "12 mois" in rdv["reading"]
    assert rdv["conditional"] == ""
    assert "si des pôles inter-établissements existent" in criteria["D5.3.ght"]["conditional"]
    hn = run("referential", "--referential", "hopital-numerique-2012", "--json")
    p31 = next(i for i in json.loads(hn.stdout)["indicators"] if i["id"] == "P3.1")
    assert len(p31["criteria"]) == 3 and all("démarche de sécurité" in c["instruction"] for c in p31["criteria"])


# ---------------------------------------------------------------------------- merging two laptops (issue 18)


def _rate_indicator():
    from hopen_desktop.model.referential import load_referential

    return next(i.id for i in load_referential("hopen-2019").indicators if i.is_rate)


def _set_numerator(path, campaign_id, value, author):
    with Workspace.open(path) as ws:
        ws.journal.author = author
        ws.save_answer(int(campaign_id), Answer(_rate_indicator(), numerator=value, denominator=10))


def _laptops(imported, tmp_path):
    """Laptop A (the imported workspace) and laptop B that received its bundle."""
    a, cid = imported
    bundle = tmp_path / "a.hopen"
    assert run("bundle", "export", "--workspace", a, "--campaign", cid, "--out", bundle).returncode == 0
    b = tmp_path / "b.sqlite"
    received = run("bundle", "import", bundle, "--workspace", b, "--merge")  # absent there: imported
    assert received.returncode == 0, received.stderr
    return a, cid, b, received.stdout.split()[-1]


def test_bundle_import_merge_prints_the_conflicts_and_writes_nothing_without_prefer(imported, tmp_path):
    a, ca, b, cb = _laptops(imported, tmp_path)
    same = run("bundle", "import", tmp_path / "a.hopen", "--workspace", b)
    assert same.returncode == 2 and "--merge" in same.stderr and "--copy ou --replace" in same.stderr
    nothing = run("bundle", "import", tmp_path / "a.hopen", "--workspace", b, "--merge")
    assert nothing.returncode == 0 and "Rien à fusionner" in nothing.stdout and nothing.stdout.split()[-1] == cb
    _set_numerator(a, ca, 5, "Consultant")
    _set_numerator(b, cb, 6, "Qualiticienne")
    bundle = tmp_path / "a2.hopen"
    assert run("bundle", "export", "--workspace", a, "--campaign", ca, "--out", bundle).returncode == 0
    with Workspace.open(b) as ws:
        head = ws.journal.head()
    refused = run("bundle", "import", bundle, "--workspace", b, "--merge")
    assert refused.returncode == 2, refused.stdout
    assert f"Conflit : Réponse à {_rate_indicator()}" in refused.stdout
    assert "ce poste : numérateur 6, dénominateur 10 (par Qualiticienne, le " in refused.stdout
    assert "l'autre poste : numérateur 5, dénominateur 10 (par Consultant, le " in refused.stdout
    assert "--prefer" in refused.stderr and "Traceback" not in refused.stderr
    with Workspace.open(b) as ws:
        assert ws.journal.head() == head  # nothing written
    merged = run("bundle", "import", bundle, "--workspace", b, "--merge", "--prefer", "theirs")
    assert merged.returncode == 0, merged.stderr
    assert "1 conflit(s)" in merged.stdout and merged.stdout.split()[-1] == cb
    with Workspace.open(b) as ws:
        assert ws.answer(int(cb), _rate_indicator()).numerator == 5
        assert ws.journal.verify_all() == []


def test_import_json_merge_and_prefer_mine(imported, tmp_path):
    a, ca, b, cb = _laptops(imported, tmp_path)
    _set_numerator(a, ca, 5, "Consultant")
    _set_numerator(b, cb, 6, "Qualiticienne")
    doc = tmp_path / "a.json"
    assert run("export", "--workspace", a, "--campaign", ca, "--out", doc).returncode == 0
    assert run("import", doc, "--workspace", b, "--merge").returncode == 2
    kept = run("import", doc, "--workspace", b, "--merge", "--prefer", "mine")
    assert kept.returncode == 0 and kept.stdout.split()[-1] == cb
    with Workspace.open(b) as ws:
        assert ws.answer(int(cb), _rate_indicator()).numerator == 6
    # and back: this laptop's choice wins on the other side, without a conflict
    back = tmp_path / "b.json"
    assert run("export", "--workspace", b, "--campaign", cb, "--out", back).returncode == 0
    again = run("import", back, "--workspace", a, "--merge")
    assert again.returncode == 0 and "repris" in again.stdout
    with Workspace.open(a) as ws:
        assert ws.answer(int(ca), _rate_indicator()).numerator == 6


def test_prefer_goes_with_merge(imported, tmp_path):
    a, cid = imported
    bundle = tmp_path / "a.hopen"
    assert run("bundle", "export", "--workspace", a, "--campaign", cid, "--out", bundle).returncode == 0
    for args in (("bundle", "import", bundle), ("import", tmp_path / "absent.json")):
        result = run(*args, "--workspace", tmp_path / "new.sqlite", "--prefer", "mine")
        assert result.returncode == 2 and "--merge" in result.stderr
    assert not (tmp_path / "new.sqlite").exists()
