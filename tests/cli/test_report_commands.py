"""The report, signing and Excel commands, run in-process on a real workspace file: a signed
report verified, identities created and shown with the password taken from the environment only,
the workbook exported and imported back."""

import json
import sys
from pathlib import Path

import pytest

from hopen_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from hopen_desktop.cli.report_commands import read_password
from hopen_desktop.model.errors import HopenError
from hopen_desktop.reports.verify import EXIT_NOT_SIGNED, EXIT_VALID
from tests.reports.conftest import data_dir, filled, workspace_path

__all__ = ["data_dir", "filled", "workspace_path"]  # fixtures of a filled workspace file

PASSWORD = "Très-secret-2025"


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def identity(tmp_path, data_dir, monkeypatch, capsys):
    monkeypatch.setenv("HOPEN_TEST_PASSWORD", PASSWORD)
    p12 = tmp_path / "signataire.p12"
    code, out, _ = run(
        capsys,
        "identity",
        "create",
        "--name",
        "Hélène Dupré",
        "--organisation",
        "Clinique",
        "--email",
        "h@clinique.fr",
        "--out",
        p12,
        "--password-env",
        "HOPEN_TEST_PASSWORD",
    )
    assert code == EXIT_OK and "Identité créée" in out and p12.is_file()
    return p12


def test_the_password_comes_from_the_environment_never_from_the_command_line(monkeypatch):
    monkeypatch.setenv("HOPEN_TEST_PASSWORD", "abc")
    assert read_password("HOPEN_TEST_PASSWORD") == "abc"
    monkeypatch.delenv("HOPEN_TEST_PASSWORD")
    with pytest.raises(HopenError, match="HOPEN_TEST_PASSWORD"):
        read_password("HOPEN_TEST_PASSWORD")
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(HopenError, match="--password-env"):
        read_password(None)


def test_identity_show_and_a_wrong_password(identity, monkeypatch, capsys):
    code, out, _ = run(capsys, "identity", "show", identity, "--password-env", "HOPEN_TEST_PASSWORD")
    assert code == EXIT_OK and "Titulaire : Hélène Dupré" in out and "Auto-signée : oui" in out
    monkeypatch.setenv("HOPEN_TEST_PASSWORD", "faux")
    code, out, err = run(capsys, "identity", "show", identity, "--password-env", "HOPEN_TEST_PASSWORD")
    assert code == EXIT_REFUSED and out == "" and err.strip()


def test_reports_plain_and_signed_then_verified(filled, identity, tmp_path, capsys):
    ws, campaign_id = filled
    ws.close()
    plain, signed = tmp_path / "brut.pdf", tmp_path / "signe.pdf"
    code, out, _ = run(capsys, "report", "--workspace", ws.path, "-c", campaign_id, "-o", plain)
    assert code == EXIT_OK and plain.read_bytes().startswith(b"%PDF")
    assert run(capsys, "verify", plain)[0] == EXIT_NOT_SIGNED
    code, out, _ = run(
        capsys,
        "report",
        "--workspace",
        ws.path,
        "-c",
        campaign_id,
        "-o",
        signed,
        "--sign",
        identity,
        "--password-env",
        "HOPEN_TEST_PASSWORD",
    )
    assert code == EXIT_OK and "Signé par : Hélène Dupré" in out
    code, out, _ = run(capsys, "verify", signed, "--json")
    assert code == EXIT_VALID and json.loads(out)["valid"] is True
    code, out, _ = run(capsys, "verify", signed)
    assert code == EXIT_VALID and "Hélène Dupré" in out
    code, _, err = run(capsys, "verify", signed, "--trust", tmp_path / "absent.crt")
    assert code == EXIT_REFUSED and "absent.crt" in err


def test_workbook_exported_then_imported_back(filled, tmp_path, capsys):
    ws, campaign_id = filled
    ws.close()
    book = tmp_path / "grille.xlsx"
    code, out, _ = run(capsys, "export-xlsx", "--workspace", ws.path, "-c", campaign_id, "-o", book)
    assert code == EXIT_OK and book.is_file() and "Classeur écrit" in out
    code, out, _ = run(capsys, "import-xlsx", book, "--workspace", ws.path, "-c", campaign_id)
    assert code == EXIT_OK and out.strip()


def test_last_years_workbook_is_refused_unless_taken_on_purpose(filled, tmp_path, capsys):
    """Issue 17, item 9: last year's workbook imported into this year's campaign would wipe its
    comments, its N/A justification and its ticked criteria. Refused (exit 2) naming both
    campaigns, nothing written and no backup; ``--into-campaign`` takes it on purpose, after a
    backup it names."""
    import datetime as dt

    from hopen_desktop.model.backup import backups_dir
    from hopen_desktop.model.entities import Answer
    from tests.reports.conftest import snapshot

    ws, this_year = filled
    est = ws.campaign(this_year).establishment_id
    last_year = ws.add_campaign(est, dt.date(2024, 6, 30), "hopen-2019", "Auditeur 2024").id
    ws.save_answer(last_year, Answer("P1.1", 1, 10))
    assert ws.answers(this_year)["D5.2"].justification  # an N/A justification that must survive
    ws.close()
    book = tmp_path / "grille-2024.xlsx"
    assert run(capsys, "export-xlsx", "--workspace", ws.path, "-c", last_year, "-o", book)[0] == EXIT_OK
    before = snapshot(ws.path)

    code, out, err = run(capsys, "import-xlsx", book, "--workspace", ws.path, "-c", this_year)
    assert code == EXIT_REFUSED and not out.strip()
    assert f"campagne du 30/06/2024 (n° {last_year}), pas de la campagne du 30/06/2025 (n° {this_year})" in err
    assert f"--into-campaign {this_year}" in err
    assert snapshot(ws.path) == before and not backups_dir(ws.path).exists()
    # the reverse (this year's workbook into last year's campaign) is refused the same way
    this_book = tmp_path / "grille-2025.xlsx"
    assert run(capsys, "export-xlsx", "--workspace", ws.path, "-c", this_year, "-o", this_book)[0] == EXIT_OK
    code, _, err = run(capsys, "import-xlsx", this_book, "--workspace", ws.path, "-c", last_year)
    assert code == EXIT_REFUSED and "campagne du 30/06/2025" in err
    assert snapshot(ws.path) == before
    # both options at once: a usage error
    with pytest.raises(SystemExit) as usage:
        main(["import-xlsx", str(book), "--workspace", str(ws.path), "-c", "1", "--into-campaign", "1"])
    assert usage.value.code == 2
    capsys.readouterr()

    code, out, err = run(capsys, "import-xlsx", book, "--workspace", ws.path, "--into-campaign", this_year)
    assert code == EXIT_OK, err
    [line] = [x for x in out.splitlines() if x.startswith("Sauvegarde faite avant l'import : ")]
    backup = line.split(" : ", 1)[1]
    assert Path(backup).is_file() and Path(backup).parent == backups_dir(ws.path)
    assert len(list(backups_dir(ws.path).glob("*.sqlite"))) == 1  # one backup, not one more at the write
    from hopen_desktop.model.workspace import Workspace

    with Workspace.open(ws.path, read_only=True) as check:
        taken = {k: v for k, v in check.answers(this_year).items() if not v.is_empty}
        assert taken == check.answers(last_year)  # last year's answers, comments and all, on purpose


def test_report_prints_the_identifier_and_the_content_digest_of_its_seal(filled, tmp_path, capsys):
    from hopen_desktop.reports.seal_pdf import read_seal

    ws, campaign_id = filled
    ws.close()
    out_pdf = tmp_path / "rapport.pdf"
    code, out, _ = run(capsys, "report", "--workspace", ws.path, "-c", campaign_id, "-o", out_pdf)
    assert code == EXIT_OK
    seal = read_seal(out_pdf.read_bytes())
    assert seal is not None
    lines = out.splitlines()
    assert f"Identifiant du rapport : {seal.report_id}" in lines
    assert f"Empreinte du contenu (sceau) : {seal.content_sha256}" in lines
