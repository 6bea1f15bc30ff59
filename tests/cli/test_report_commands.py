"""The report, signing and Excel commands, run in-process on a real workspace file: a signed
report verified, identities created and shown with the password taken from the environment only,
the workbook exported and imported back."""

import json
import sys

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
