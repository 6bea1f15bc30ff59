"""Who signed (issue 15): an impostor with the same name is not approved, a certificate that could
not sign at the signing time makes the signature invalid, a CA-issued identity shows its chain."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hopen_desktop.jobs.reports import verify
from hopen_desktop.reports.approved_signers import HOW_CERTIFICATE_FILE, add_certificate
from hopen_desktop.reports.signing import Identity, sign_pdf_bytes
from hopen_desktop.reports.verify import EXIT_INVALID, EXIT_NOT_APPROVED, EXIT_VALID, verify_pdf_bytes
from tests.reports.certificates import NOW, ca_issued, der, key_usage, one_page_pdf, self_signed, sign_anyway


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("signataires")


@pytest.fixture(scope="module")
def genuine(folder: Path) -> Identity:
    return self_signed(folder, "vraie.p12")


@pytest.fixture(scope="module")
def impostor(folder: Path) -> Identity:
    """Same name, organisation and email as the genuine consultant: another key."""
    return self_signed(folder, "imposteur.p12")


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_the_impostor_and_the_genuine_signer_share_their_subject(genuine: Identity, impostor: Identity) -> None:
    assert genuine.signer.signing_cert.subject == impostor.signer.signing_cert.subject
    assert genuine.fingerprint != impostor.fingerprint


def test_an_impostor_is_not_approved_without_trust_and_refused_with_the_genuine_trust(
    genuine: Identity, impostor: Identity, tmp_path: Path
) -> None:
    forged = _write(tmp_path, "faux.pdf", sign_pdf_bytes(one_page_pdf("Rapport falsifié"), impostor))
    real = _write(tmp_path, "vrai.pdf", sign_pdf_bytes(one_page_pdf(), genuine))
    book = tmp_path / "carnet.json"

    result = verify(forged, book=book)  # nobody approved yet
    assert result.exit_code == EXIT_NOT_APPROVED and result.valid and result.approved is False
    text = "\n".join(result.lines())
    assert impostor.fingerprint in text and "signers approve --from-report" in text and "Hélène Müller-Loïc" in text

    result = verify(forged, [der(genuine)], book=book)
    assert result.exit_code == EXIT_INVALID and result.valid and result.approved is False
    assert "--trust" in result.verdict and impostor.fingerprint in result.verdict

    assert verify(real, [der(genuine)], book=book).exit_code == EXIT_VALID
    add_certificate(der(genuine), HOW_CERTIFICATE_FILE, path=book)
    ok = verify(real, book=book)
    assert ok.exit_code == EXIT_VALID and ok.approved is True, ok.lines()
    assert ok.main is not None and ok.main.approved_how == "fichier de certificat importé"
    assert verify(forged, book=book).exit_code == EXIT_NOT_APPROVED  # the same name is not enough


def test_the_json_verdict_names_the_signer(genuine: Identity, tmp_path: Path) -> None:
    real = _write(tmp_path, "vrai.pdf", sign_pdf_bytes(one_page_pdf(), genuine))
    doc = json.loads(json.dumps(verify(real, book=tmp_path / "vide.json").to_json()))
    assert doc["exit_code"] == EXIT_NOT_APPROVED
    assert doc["valid"] is True and doc["approved"] is False
    assert doc["fingerprint_sha256"] == genuine.fingerprint
    signer = doc["signer"]
    assert signer["name"] == "Hélène Müller-Loïc" and signer["organisation"] == "Cabinet Conseil Santé"
    assert signer["email"] == "consultant@exemple.fr" and signer["self_signed"] is True and signer["chain"] == []
    assert dt.datetime.fromisoformat(signer["validity"]["not_after"]) > NOW
    assert doc["reasons"] and all(isinstance(r, str) for r in doc["reasons"])
    (sig,) = doc["signatures"]  # the keys scripts already read are kept
    for key in ("field_name", "signer", "signer_dn", "signing_time", "intact", "valid", "trusted", "ok", "problems"):
        assert key in sig
    assert sig["certificate_pem"].startswith("-----BEGIN CERTIFICATE-----")


def test_an_expired_certificate_makes_the_signature_invalid(folder: Path) -> None:
    expired = self_signed(
        folder, "expire.p12", not_before=NOW - dt.timedelta(days=400), not_after=NOW - dt.timedelta(days=30)
    )
    result = verify_pdf_bytes(sign_anyway(one_page_pdf(), expired), extra_trusted=[der(expired)])
    assert result.exit_code == EXIT_INVALID and not result.valid
    assert "avait expiré à la date de signature" in result.verdict
    (sig,) = result.signatures
    assert sig.intact and sig.valid and not sig.certificate_valid
    assert any("Validité du certificat" in line for line in result.lines())


def test_a_certificate_not_yet_valid_makes_the_signature_invalid(folder: Path) -> None:
    future = self_signed(
        folder, "futur.p12", not_before=NOW + dt.timedelta(days=30), not_after=NOW + dt.timedelta(days=400)
    )
    result = verify_pdf_bytes(sign_anyway(one_page_pdf(), future), extra_trusted=[der(future)])
    assert result.exit_code == EXIT_INVALID
    assert "pas encore valide" in result.verdict


def test_a_certificate_without_digital_signature_usage_makes_the_signature_invalid(folder: Path) -> None:
    """nonRepudiation alone is not enough: digitalSignature is required when key usage is declared."""
    wrong = self_signed(folder, "usage.p12", usage=key_usage(digital_signature=False, non_repudiation=True))
    result = verify_pdf_bytes(sign_pdf_bytes(one_page_pdf(), wrong), extra_trusted=[der(wrong)])
    assert result.exit_code == EXIT_INVALID
    assert "digitalSignature" in result.verdict


def test_a_certificate_without_key_usage_extension_may_sign(folder: Path, tmp_path: Path) -> None:
    free = self_signed(folder, "libre.p12", usage=None)
    signed = _write(tmp_path, "r.pdf", sign_pdf_bytes(one_page_pdf(), free))
    assert verify(signed, [der(free)]).exit_code == EXIT_VALID


def test_a_ca_issued_identity_shows_its_chain_and_is_approved_by_its_root(folder: Path, tmp_path: Path) -> None:
    identity, root = ca_issued(folder)
    signed = _write(tmp_path, "ac.pdf", sign_pdf_bytes(one_page_pdf(), identity))
    result = verify(signed, [root])
    assert result.exit_code == EXIT_VALID, result.lines()
    sig = result.main
    assert sig is not None and not sig.self_signed and sig.trusted
    assert sig.chain and "Autorité de test HOPEN" in sig.chain[0]
    # Names with their attributes in French (issue 19), and their parts for the window's language.
    assert sig.chain[0].startswith("Nom : ") and "Common Name" not in sig.signer_dn
    assert sig.chain_attributes[0][0][0] == "2.5.4.3" and "Autorité de test HOPEN" in sig.chain_attributes[0][0][1]
    assert "CN=" not in " ".join(result.lines())
    assert sig.approved_how == "autorité indiquée par --trust"
    assert any(line.startswith("  Chaîne de certification : ") for line in result.lines())
    assert json.loads(json.dumps(result.to_json()))["signer"]["chain"] == list(sig.chain)
    # Without --trust, the book decides: not approved until the signer's certificate is in it.
    assert verify(signed, book=tmp_path / "vide.json").exit_code == EXIT_NOT_APPROVED


def test_the_signature_alone_is_judged_without_approvers(genuine: Identity) -> None:
    result = verify_pdf_bytes(sign_pdf_bytes(one_page_pdf(), genuine))
    assert result.exit_code == EXIT_VALID and result.approved is None
