"""Issue 15 end to end through the command line, on the demo workspace in tmp_path: a signed and
sealed report, then what the seal and the journal detect — a direct SQLite edit, a journal cut or
recomputed after the report — and a sealed campaign refusing changes."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from hopen_desktop.cli import EXIT_OK, EXIT_PROBLEM, EXIT_REFUSED, main
from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.records import journal_row_hash
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.seal_pdf import read_seal

PASSWORD = "mot-de-passe-du-test"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def signed(tmp_path, hopen_data_dir, capsys, monkeypatch):
    """The demo workspace, an identity of the user (hence approved) and a signed report of the
    older campaign of the clinic; returns (workspace, report, campaign id)."""
    workspace = tmp_path / "demo.hopen.sqlite"
    build_demo_workspace(workspace, today=dt.date(2025, 11, 20))
    monkeypatch.setenv("HOPEN_TEST_PASSWORD", PASSWORD)
    identity = tmp_path / "auditrice.p12"
    code, _, err = run(
        capsys, "identity", "create", "--name", "Hélène Dupré", "--organisation", "Cabinet Santé",
        "--email", "h@exemple.fr", "--out", identity, "--password-env", "HOPEN_TEST_PASSWORD",
    )  # fmt: skip
    assert code == EXIT_OK, err
    campaign = _older_campaign(workspace)
    report = tmp_path / "rapport.pdf"
    code, out, err = run(
        capsys, "report", "--workspace", workspace, "--campaign", campaign, "--out", report,
        "--sign", identity, "--password-env", "HOPEN_TEST_PASSWORD",
    )  # fmt: skip
    assert code == EXIT_OK, err
    seal = read_seal(report.read_bytes())
    assert seal is not None and f"Identifiant du rapport : {seal.report_id}" in out
    return workspace, report, campaign, identity


def _older_campaign(workspace: Path) -> int:
    with sqlite3.connect(workspace) as db:
        return int(db.execute("SELECT id FROM campaigns ORDER BY date, id LIMIT 1").fetchone()[0])


def _sql(workspace: Path, statement: str, *params: object) -> None:
    db = sqlite3.connect(workspace)
    try:
        db.execute(statement, params)
        db.commit()
    finally:
        db.close()


def test_verify_with_the_workspace_names_what_changed_after_a_direct_edit(signed, capsys):
    workspace, report, campaign, _ = signed
    code, out, _ = run(capsys, "verify", report, "--workspace", workspace)
    assert code == EXIT_OK, out
    assert "La campagne est identique à son contenu scellé dans le rapport." in out
    assert run(capsys, "verify-journal", "--workspace", workspace)[0] == EXIT_OK

    # P1.3 changed in the SQLite file, outside the application: the score moves, the report does not.
    _sql(
        workspace, "UPDATE answers SET numerator = numerator + 1 WHERE campaign_id = ? AND indicator = 'P1.3'", campaign
    )
    code, _, err = run(capsys, "verify-journal", "--workspace", workspace)
    assert code == EXIT_PROBLEM
    assert "Réponse à l'indicateur P1.3" in err and "modifiée hors de l'application" in err
    code, out, _ = run(capsys, "verify", report, "--workspace", workspace)
    assert code == EXIT_PROBLEM
    assert "Indicateur P1.3 modifié" in out and "la campagne n'est plus celle du rapport" in out
    code, out, _ = run(capsys, "verify", report, "--workspace", workspace, "--json")
    doc = json.loads(out)
    assert code == EXIT_PROBLEM and doc["exit_code"] == EXIT_PROBLEM
    assert doc["valid"] is True and doc["approved"] is True  # the signature itself is still fine
    assert doc["workspace"]["same"] is False
    assert [d["key"] for d in doc["workspace"]["comparison"]["differences"]] == ["P1.3"]
    assert "Indicateur P1.3 modifié" in doc["reasons"]


def test_verify_with_the_workspace_keeps_the_signature_codes(signed, capsys, tmp_path):
    workspace, report, _, _ = signed
    unsigned = tmp_path / "non-signe.pdf"
    data = report.read_bytes()
    # The same report with its signature's bytes flipped: altered, whatever the workspace says.
    at = data.index(b"/Producer")
    altered = tmp_path / "altere.pdf"
    altered.write_bytes(data[: at + 1] + b"Q" + data[at + 2 :])
    assert run(capsys, "verify", altered, "--workspace", workspace)[0] == EXIT_PROBLEM
    code, _, err = run(capsys, "report", "--workspace", workspace, "--campaign", 1, "--out", unsigned)
    assert code == EXIT_OK, err
    assert run(capsys, "verify", unsigned, "--workspace", workspace)[0] == EXIT_REFUSED  # not signed: 2
    missing = tmp_path / "absent.hopen.sqlite"
    assert run(capsys, "verify", report, "--workspace", missing)[0] == EXIT_REFUSED  # no such workspace: 2
    other = tmp_path / "autre.hopen.sqlite"
    Workspace.open(other).close()  # a workspace without the report's campaign
    code, out, _ = run(capsys, "verify", report, "--workspace", other)
    assert code == EXIT_PROBLEM and "n'est pas dans cet espace de travail" in out


def _journal(workspace: Path) -> list[tuple]:
    with sqlite3.connect(workspace) as db:
        return db.execute(
            "SELECT id, at, campaign_id, entity, key, old, new, record, state FROM journal ORDER BY id"
        ).fetchall()


def test_a_journal_cut_after_the_report_is_detected_against_it(signed, capsys):
    workspace, report, _, _ = signed
    seal = read_seal(report.read_bytes())
    assert seal is not None and seal.journal_head_id > 10
    code, out, _ = run(capsys, "verify-journal", "--workspace", workspace, "--against", report)
    assert code == EXIT_OK and f"jusqu'à la ligne {seal.journal_head_id}" in out and "rapport signé" in out
    # The last rows cut; the data left as the remaining journal describes it (rows of settings
    # written by the demo are the tail): only the anchor can tell.
    cut = seal.journal_head_id - 2
    with sqlite3.connect(workspace) as db:
        tail = db.execute("SELECT record FROM journal WHERE id > ?", [cut]).fetchall()
    _sql(workspace, "DELETE FROM journal WHERE id > ?", cut)
    code, _, err = run(capsys, "verify-journal", "--workspace", workspace, "--against", report)
    assert code == EXIT_PROBLEM and "Journal tronqué" in err, (tail, err)


def test_a_journal_recomputed_from_scratch_passes_alone_and_fails_against_the_report(signed, capsys):
    workspace, report, _, _ = signed
    rows = _journal(workspace)
    # Rewrite history: the second row's date changed, and every hash recomputed from it (what
    # someone with the file and this source code can do).
    rewritten = []
    prev = "0" * 64
    for n, (row_id, at, campaign_id, entity, key, old, new, record, state) in enumerate(rows):
        if n == 1:
            at = "2020-01-01T00:00:00+00:00"
        digest = journal_row_hash(prev, row_id, at, campaign_id, entity, key, old, new, record, state)
        rewritten.append((at, prev, digest, row_id))
        prev = digest
    db = sqlite3.connect(workspace)
    db.executemany("UPDATE journal SET at = ?, prev_hash = ?, hash = ? WHERE id = ?", rewritten)
    db.commit()
    db.close()
    assert run(capsys, "verify-journal", "--workspace", workspace)[0] == EXIT_OK  # no anchor: undetectable
    code, _, err = run(capsys, "verify-journal", "--workspace", workspace, "--against", report)
    assert code == EXIT_PROBLEM and "Historique réécrit" in err
    # Rewritten from its very first row: no longer the report's journal at all.
    first = rows[0]
    digest = journal_row_hash("0" * 64, first[0], "2019-01-01T00:00:00+00:00", *first[2:])
    _sql(workspace, "UPDATE journal SET at = '2019-01-01T00:00:00+00:00', hash = ? WHERE id = ?", digest, first[0])
    code, _, err = run(capsys, "verify-journal", "--workspace", workspace, "--against", report)
    assert code == EXIT_PROBLEM and "ne commence pas comme celui du rapport" in err


def test_verify_journal_against_refuses_a_report_it_cannot_rely_on(signed, capsys, tmp_path):
    workspace, report, _, _ = signed
    other = tmp_path / "autre.hopen.sqlite"
    build_demo_workspace(other, today=dt.date(2025, 11, 20))
    _sql(other, "DELETE FROM campaigns")  # the report's campaign is not in it
    code, _, err = run(capsys, "verify-journal", "--workspace", other, "--against", report)
    assert code == EXIT_REFUSED and "ne vient pas de cet espace de travail" in err
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, _, err = run(capsys, "verify-journal", "--workspace", workspace, "--against", plain)
    assert code == EXIT_REFUSED and err


def test_report_seal_freezes_the_campaign_and_new_version_continues(signed, capsys, tmp_path):
    workspace, _, campaign, identity = signed
    code, _, err = run(capsys, "report", "--workspace", workspace, "--campaign", campaign, "--out",
                       tmp_path / "x.pdf", "--seal")  # fmt: skip
    assert code == EXIT_REFUSED and "--sign" in err and not (tmp_path / "x.pdf").exists()
    sealed_report = tmp_path / "scelle.pdf"
    code, out, err = run(
        capsys, "report", "--workspace", workspace, "--campaign", campaign, "--out", sealed_report,
        "--sign", identity, "--password-env", "HOPEN_TEST_PASSWORD", "--seal",
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert "Campagne scellée" in out
    seal = read_seal(sealed_report.read_bytes())
    assert seal is not None
    with sqlite3.connect(workspace) as db:
        stored = db.execute("SELECT seal FROM campaigns WHERE id = ?", [campaign]).fetchone()[0]
    assert json.loads(stored)["report_id"] == seal.report_id
    assert run(capsys, "verify", sealed_report, "--workspace", workspace)[0] == EXIT_OK

    # Every change refused: the Excel import, the bundle import replacing it, sealing twice.
    workbook = tmp_path / "c.xlsx"
    assert run(capsys, "export-xlsx", "--workspace", workspace, "--campaign", campaign, "--out", workbook)[0] == 0
    before = workspace.read_bytes()
    code, _, err = run(capsys, "import-xlsx", workbook, "--workspace", workspace, "--campaign", campaign)
    assert code == EXIT_REFUSED and "scellée" in err
    code, _, err = run(
        capsys, "report", "--workspace", workspace, "--campaign", campaign, "--out", tmp_path / "y.pdf",
        "--sign", identity, "--password-env", "HOPEN_TEST_PASSWORD", "--seal",
    )  # fmt: skip
    assert code == EXIT_REFUSED and "déjà scellée" in err and not (tmp_path / "y.pdf").exists()
    assert workspace.read_bytes() == before

    # Re-rendered, the sealed campaign gives the same content digest.
    again = tmp_path / "encore.pdf"
    assert run(capsys, "report", "--workspace", workspace, "--campaign", campaign, "--out", again)[0] == EXIT_OK
    second = read_seal(again.read_bytes())
    assert second is not None and second.content_sha256 == seal.content_sha256 and second.report_id != seal.report_id

    code, out, _ = run(capsys, "new-version", "--workspace", workspace, "--campaign", campaign)
    assert code == EXIT_OK
    new_id = int(out.split()[-1])
    code, out, _ = run(capsys, "list", "--workspace", workspace)
    assert f"campagne {campaign} du" in out and "— scellée" in out
    assert f"campagne {new_id} du" in out and f"nouvelle version de la campagne {campaign}" in out
    fresh = tmp_path / "nouvelle.xlsx"
    assert run(capsys, "export-xlsx", "--workspace", workspace, "--campaign", new_id, "--out", fresh)[0] == EXIT_OK
    code, _, err = run(capsys, "import-xlsx", fresh, "--workspace", workspace, "--campaign", new_id)
    assert code == EXIT_OK, err  # the new version is editable


def test_pdfsig_accepts_the_signed_and_sealed_report(signed):
    _, report, _, _ = signed
    result = subprocess.run(["pdfsig", str(report)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in result.stdout and "Total document signed" in result.stdout


def test_verify_finds_the_campaign_imported_into_another_workspace(signed, capsys, tmp_path):
    """A recipient imports the consultant's bundle: the campaign gets another number there, and
    another journal. The seal is compared with it by establishment and date, the journal is not
    (and not accused of being rewritten)."""
    workspace, report, campaign, _ = signed
    bundle = tmp_path / "audit.hopen"
    assert run(capsys, "bundle", "export", "--workspace", workspace, "--campaign", campaign, "--out", bundle)[0] == 0
    other = tmp_path / "destinataire.hopen.sqlite"
    # The same demo built elsewhere: same clinic, same campaign numbers and dates, its own journal.
    build_demo_workspace(other, today=dt.date(2025, 11, 20))
    code, out, _ = run(capsys, "verify", report, "--workspace", other)
    assert "Historique réécrit" not in out and "importée d'ailleurs" in out
    assert run(capsys, "verify-journal", "--workspace", other, "--against", report)[0] == EXIT_PROBLEM
    code, out, err = run(capsys, "bundle", "import", bundle, "--workspace", other, "--copy")
    assert code == EXIT_OK, err
    code, out, _ = run(capsys, "verify", report, "--workspace", other)
    assert code == EXIT_OK, out
    assert "importée d'ailleurs" in out and "le journal n'a pas été comparé" in out
    assert "Historique réécrit" not in out


def test_an_anchor_must_be_signed_by_an_approved_signer(signed, capsys, tmp_path, monkeypatch):
    workspace, _, campaign, _ = signed
    unsigned = tmp_path / "non-signe.pdf"
    assert run(capsys, "report", "--workspace", workspace, "--campaign", campaign, "--out", unsigned)[0] == EXIT_OK
    code, _, err = run(capsys, "verify-journal", "--workspace", workspace, "--against", unsigned)
    assert code == EXIT_REFUSED and "n'est pas signé" in err
    # An identity made outside the application's folder: not in the book of approved signers.
    from hopen_desktop.reports.signing import create_identity

    stranger = create_identity("Hélène Dupré", "Cabinet Santé", "h@exemple.fr", PASSWORD, tmp_path / "autre.p12")
    forged = tmp_path / "par-un-inconnu.pdf"
    code, _, err = run(
        capsys, "report", "--workspace", workspace, "--campaign", campaign, "--out", forged,
        "--sign", stranger, "--password-env", "HOPEN_TEST_PASSWORD",
    )  # fmt: skip
    assert code == EXIT_OK, err
    code, _, err = run(capsys, "verify-journal", "--workspace", workspace, "--against", forged)
    assert code == EXIT_REFUSED and "n'est pas un signataire approuvé" in err
