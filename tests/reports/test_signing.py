"""Signing identities, PAdES signature checked by poppler's pdfsig and by `hopen-desktop verify`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hopen_desktop.jobs.reports import render_report_bytes
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.errors import IdentityError, WrongPasswordError
from hopen_desktop.reports.signing import Identity, create_identity, load_identity, sign_pdf_bytes
from hopen_desktop.reports.verify import EXIT_INVALID, EXIT_NOT_SIGNED, EXIT_VALID, verify_pdf

PASSWORD = "motdepasse-très-sûr"


def render_report(ws: Workspace, campaign_id: int) -> bytes:
    return render_report_bytes(take_snapshot(ws, campaign_id))


@pytest.fixture(scope="module")
def identity_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("identite") / "helene.p12"
    create_identity("Hélène Müller-Loïc", "Cabinet Conseil Santé & Sécurité", "helene@exemple.fr", PASSWORD, path)
    return path


@pytest.fixture(scope="module")
def identity(identity_file: Path) -> Identity:
    return load_identity(identity_file, PASSWORD)


@pytest.fixture
def signed(filled: tuple[Workspace, int], identity: Identity, tmp_path: Path) -> Path:
    ws, campaign_id = filled
    out = tmp_path / "signe.pdf"
    out.write_bytes(sign_pdf_bytes(render_report(ws, campaign_id), identity))
    return out


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hopen_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=120,
    )


# ---------------------------------------------------------------------------- identities


def test_identity_round_trip(identity: Identity, identity_file: Path) -> None:
    assert identity.signer_name == "Hélène Müller-Loïc"
    assert identity.organisation == "Cabinet Conseil Santé & Sécurité"
    assert identity.email == "helene@exemple.fr"
    assert identity.self_signed
    assert len(identity.fingerprint) == 95  # 32 hex pairs and 31 colons
    assert PASSWORD.encode() not in identity_file.read_bytes()


def test_wrong_password_is_a_clear_typed_error(identity_file: Path) -> None:
    with pytest.raises(WrongPasswordError, match="Mot de passe incorrect pour l'identité « helene.p12 »"):
        load_identity(identity_file, "mauvais")


def test_a_file_that_is_not_an_identity(tmp_path: Path) -> None:
    bogus = tmp_path / "faux.p12"
    bogus.write_bytes(b"pas une identite")
    with pytest.raises(IdentityError, match="n'est pas une identité de signature PKCS#12") as info:
        load_identity(bogus, "x")
    assert not isinstance(info.value, WrongPasswordError)
    with pytest.raises(IdentityError, match="n'existe pas"):
        load_identity(tmp_path / "absent.p12", "x")


def test_identity_creation_refusals(tmp_path: Path, identity_file: Path) -> None:
    with pytest.raises(IdentityError, match="au moins 8 caractères"):
        create_identity("A", "B", "a@b.fr", "court", tmp_path / "a.p12")
    with pytest.raises(IdentityError, match="Adresse électronique"):
        create_identity("A", "B", "pas-une-adresse", PASSWORD, tmp_path / "a.p12")
    with pytest.raises(IdentityError, match="existe déjà"):
        create_identity("A", "B", "a@b.fr", PASSWORD, identity_file)
    assert not (tmp_path / "a.p12").exists()


def test_a_name_too_long_for_a_certificate_is_refused_with_a_message(tmp_path: Path) -> None:
    target = tmp_path / "long.p12"
    with pytest.raises(IdentityError, match="trop long pour un certificat") as info:
        create_identity("É" * 33, "Clinique", "a@b.fr", PASSWORD, target)  # 66 bytes in UTF-8
    assert info.value.field == "name" and not target.exists()
    assert create_identity("É" * 32, "Clinique", "a@b.fr", PASSWORD, target) == target  # 64 bytes: accepted


def test_identity_created_in_the_identities_folder_by_default(data_dir: Path) -> None:
    path = create_identity("Jean Ça-Va", "Clinique", "jean@exemple.fr", PASSWORD)
    assert path == data_dir / "identites" / "jean-ca-va.p12"
    assert load_identity(path, PASSWORD).signer_name == "Jean Ça-Va"


# ---------------------------------------------------------------------------- signature checks


def test_pdfsig_says_the_signature_is_valid_and_covers_the_whole_file(signed: Path) -> None:
    report = pdfsig(signed)
    assert "Signature is Valid" in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report
    assert "Hélène Müller-Loïc" in report


def test_verify_a_signed_report(signed: Path, identity: Identity) -> None:
    result = verify_pdf(signed)
    assert result.exit_code == EXIT_VALID, result.lines()
    (sig,) = result.signatures
    assert sig.signer == "Hélène Müller-Loïc"
    assert sig.intact and sig.valid and sig.covers_whole_file
    assert not sig.trusted and sig.self_signed
    assert sig.fingerprint_sha256 == identity.fingerprint
    assert sig.reason == "Rapport d'autodiagnostic HOP'EN"
    assert sig.signing_time


def test_visible_signature_on_the_last_page(signed: Path) -> None:
    pages = subprocess.run(["pdfinfo", str(signed)], capture_output=True, text=True).stdout
    count = int(next(line.split(":")[1] for line in pages.splitlines() if line.startswith("Pages:")))
    from pypdf import PdfReader

    last = PdfReader(signed).pages[count - 1]
    annots = [a.get_object() for a in last.get("/Annots", [])]
    assert any(a.get("/FT") == "/Sig" or a.get("/Parent", {}).get("/FT") == "/Sig" for a in annots)
    text = subprocess.run(
        ["pdftotext", "-f", str(count), "-l", str(count), str(signed), "-"], capture_output=True, text=True
    ).stdout
    assert "Intégrité et signature" in text


def _flip_inside_signed_range(src: Path, dst: Path) -> None:
    data = bytearray(src.read_bytes())
    offset = data.index(b"stream", len(data) // 3) + 40  # inside a content stream, first signed range
    data[offset] ^= 0x01
    dst.write_bytes(bytes(data))


def test_one_flipped_byte_breaks_the_signature_for_pdfsig_and_verify(signed: Path, tmp_path: Path) -> None:
    broken = tmp_path / "altere.pdf"
    _flip_inside_signed_range(signed, broken)
    assert "Digest Mismatch" in pdfsig(broken)
    result = verify_pdf(broken)
    assert result.exit_code == EXIT_INVALID
    assert "NON valide" in result.verdict
    cli = run_cli("verify", str(broken))
    assert cli.returncode == 1, cli.stderr
    assert "Document intact : NON" in cli.stdout
    assert "Traceback" not in cli.stderr


def test_an_incremental_update_after_signing_is_detected(signed: Path, tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    updated = tmp_path / "modifie.pdf"
    with signed.open("rb") as fh:
        writer = IncrementalPdfFileWriter(fh)
        writer.root["/Lang"] = generic.TextStringObject("en")
        writer.update_root()
        with updated.open("wb") as out:
            writer.write(out)
    assert "Not total document signed" in pdfsig(updated)
    result = verify_pdf(updated)
    assert result.exit_code == EXIT_INVALID
    (sig,) = result.signatures
    assert sig.intact and not sig.covers_whole_file
    assert "modifié après la signature" in result.verdict
    assert run_cli("verify", str(updated)).returncode == 1


def test_unsigned_pdf_and_non_pdf_give_exit_2(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    ws, campaign_id = filled
    unsigned = tmp_path / "non-signe.pdf"
    unsigned.write_bytes(render_report(ws, campaign_id))
    text = tmp_path / "note.pdf"
    text.write_text("Ceci n'est pas un PDF.", encoding="utf-8")
    assert verify_pdf(unsigned).exit_code == EXIT_NOT_SIGNED
    assert verify_pdf(text).exit_code == EXIT_NOT_SIGNED
    assert verify_pdf(tmp_path / "absent.pdf").exit_code == EXIT_NOT_SIGNED
    for path, words in ((unsigned, "aucune signature"), (text, "n'est pas un PDF")):
        cli = run_cli("verify", str(path))
        assert cli.returncode == 2
        assert words in cli.stdout


def test_a_damaged_signature_block_is_invalid_not_a_crash(signed: Path, tmp_path: Path) -> None:
    data = bytearray(signed.read_bytes())
    start = data.index(b"/Contents <") + len(b"/Contents <")
    data[start + 200 : start + 260] = b"0" * 60  # inside the CMS blob
    damaged = tmp_path / "bloc.pdf"
    damaged.write_bytes(bytes(data))
    result = verify_pdf(damaged)
    assert result.exit_code == EXIT_INVALID
    assert result.signatures and result.signatures[0].problems


# ---------------------------------------------------------------------------- command line


def test_cli_identity_report_sign_and_verify(filled: tuple[Workspace, int], tmp_path: Path, data_dir: Path) -> None:
    ws, campaign_id = filled
    ws.close()
    env = {"HOPEN_DATA_DIR": str(data_dir), "HOPEN_TEST_PASSWORD": PASSWORD}
    p12 = tmp_path / "auditeur.p12"
    created = run_cli(
        "identity", "create", "--name", "Anaïs Lefèvre", "--organisation", "Clinique « Sud »",
        "--email", "anais@exemple.fr", "--out", str(p12), "--password-env", "HOPEN_TEST_PASSWORD", env=env,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert "Empreinte SHA-256" in created.stdout

    out = tmp_path / "rapport-signe.pdf"
    made = run_cli(
        "report", "--workspace", str(ws.path), "--campaign", str(campaign_id), "--out", str(out),
        "--sign", str(p12), "--password-env", "HOPEN_TEST_PASSWORD", env=env,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Signature is Valid" in pdfsig(out)

    checked = run_cli("verify", str(out), "--json", env=env)
    assert checked.returncode == 0, checked.stdout
    doc = json.loads(checked.stdout)
    assert doc["valid"] is True
    assert doc["signatures"][0]["signer"] == "Anaïs Lefèvre"
    assert doc["signatures"][0]["covers_whole_file"] is True
    assert doc["signatures"][0]["trusted"] is False

    trusted = run_cli("verify", str(out), "--json", env=env)
    assert json.loads(trusted.stdout)["signatures"][0]["fingerprint_sha256"] in created.stdout


def test_cli_wrong_password_refused_before_writing(filled: tuple[Workspace, int], tmp_path: Path,
                                                   identity_file: Path) -> None:  # fmt: skip
    ws, campaign_id = filled
    ws.close()
    out = tmp_path / "r.pdf"
    result = run_cli(
        "report", "--workspace", str(ws.path), "--campaign", str(campaign_id), "--out", str(out),
        "--sign", str(identity_file), "--password-env", "MDP", env={"MDP": "faux"},
    )  # fmt: skip
    assert result.returncode == 2
    assert "Mot de passe incorrect" in result.stderr
    assert "faux" not in result.stderr + result.stdout
    assert not out.exists()
    missing = run_cli(
        "report", "--workspace", str(ws.path), "--campaign", str(campaign_id), "--out", str(out),
        "--sign", str(identity_file), "--password-env", "VARIABLE_ABSENTE",
    )  # fmt: skip
    assert missing.returncode == 2 and "VARIABLE_ABSENTE" in missing.stderr
