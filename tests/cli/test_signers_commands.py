"""`verify` exit codes 0/1/2/3 and the `signers` command (issue 15), run in-process on files made
for the test: an impostor with the genuine consultant's name, a book in the data folder."""

from __future__ import annotations

import json

import pytest

from hopen_desktop.cli import EXIT_OK, EXIT_PROBLEM, EXIT_REFUSED, main
from hopen_desktop.reports.signing import Identity, sign_pdf_bytes
from hopen_desktop.reports.verify import EXIT_NOT_APPROVED, EXIT_NOT_SIGNED
from tests.reports.certificates import ca_issued, one_page_pdf, pem, self_signed


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def people(tmp_path_factory) -> tuple[Identity, Identity]:
    folder = tmp_path_factory.mktemp("identites")
    return self_signed(folder, "vraie.p12"), self_signed(folder, "imposteur.p12")


@pytest.fixture
def files(tmp_path, hopen_data_dir, people):
    genuine, impostor = people
    real, forged = tmp_path / "vrai.pdf", tmp_path / "faux.pdf"
    real.write_bytes(sign_pdf_bytes(one_page_pdf(), genuine))
    forged.write_bytes(sign_pdf_bytes(one_page_pdf("Rapport falsifié"), impostor))
    cer = tmp_path / "vraie.cer"
    cer.write_bytes(pem(genuine))
    return real, forged, cer


def test_the_help_of_verify_lists_the_four_codes(capsys):
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in ("0 document intact", "1 document altéré", "2 pas un PDF", "3 document intact mais signataire"):
        assert words in text


def test_an_impostor_exits_3_without_trust_and_1_with_the_genuine_certificate(capsys, files, people):
    real, forged, cer = files
    genuine, impostor = people
    code, out, _ = run(capsys, "verify", forged)
    assert code == EXIT_NOT_APPROVED
    assert "Hélène Müller-Loïc" in out and impostor.fingerprint in out and "hopen-desktop signers approve" in out
    code, out, _ = run(capsys, "verify", forged, "--trust", cer)
    assert code == EXIT_PROBLEM and "--trust" in out
    assert run(capsys, "verify", real, "--trust", cer)[0] == EXIT_OK
    code, out, _ = run(capsys, "verify", real, "--json")
    doc = json.loads(out)
    assert code == EXIT_NOT_APPROVED and doc["valid"] is True and doc["approved"] is False
    assert doc["fingerprint_sha256"] == genuine.fingerprint and doc["signer"]["name"] == "Hélène Müller-Loïc"

    code, out, _ = run(capsys, "signers", "approve", cer)
    assert code == EXIT_OK and "Signataire approuvé : Hélène Müller-Loïc" in out
    assert genuine.fingerprint.replace(":", "")[:4] in out
    code, out, _ = run(capsys, "verify", real, "--json")
    assert code == EXIT_OK and json.loads(out)["approved"] is True
    code, out, _ = run(capsys, "verify", forged)
    assert code == EXIT_NOT_APPROVED  # still: the name alone approves nobody
    assert "un signataire approuvé porte ce même nom « Hélène Müller-Loïc », avec une AUTRE empreinte" in out
    assert "imposteur" in out


def test_approve_from_a_report_compares_the_fingerprint(capsys, files, people, hopen_data_dir):
    real, forged, _ = files
    genuine, impostor = people
    book = hopen_data_dir / "signataires-approuves.json"
    code, _, err = run(capsys, "signers", "approve", "--from-report", forged, "--fingerprint", genuine.fingerprint)
    assert code == EXIT_PROBLEM and "ne correspond PAS" in err and not book.exists()
    code, _, err = run(capsys, "signers", "approve", "--from-report", real, "--fingerprint", "12 34")
    assert code == EXIT_REFUSED and "64 chiffres" in err and not book.exists()
    typed = " ".join(genuine.fingerprint.replace(":", "")[i : i + 4] for i in range(0, 64, 4)).lower()
    code, out, _ = run(capsys, "signers", "approve", "--from-report", real, "--fingerprint", typed)
    assert code == EXIT_OK and "Hélène Müller-Loïc" in out
    assert run(capsys, "verify", real)[0] == EXIT_OK
    code, out, _ = run(capsys, "signers", "list")
    assert code == EXIT_OK and "empreinte comparée par téléphone" in out and "Hélène Müller-Loïc" in out
    assert json.loads(run(capsys, "signers", "list", "--json")[1])[0]["fingerprint_sha256"] == genuine.fingerprint
    code, out, _ = run(capsys, "signers", "remove", genuine.fingerprint)
    assert code == EXIT_OK and "Retiré" in out
    assert run(capsys, "verify", real)[0] == EXIT_NOT_APPROVED
    code, _, err = run(capsys, "signers", "remove", genuine.fingerprint)
    assert code == EXIT_REFUSED and "Aucun signataire approuvé" in err


@pytest.mark.parametrize(
    "args",
    [
        ["signers", "approve"],
        ["signers", "approve", "x.cer", "--from-report", "r.pdf", "--fingerprint", "00"],
        ["signers", "approve", "--from-report", "r.pdf"],
        ["signers", "approve", "x.cer", "--fingerprint", "00"],
    ],
)
def test_approve_needs_one_certificate_or_a_report_with_its_fingerprint(capsys, hopen_data_dir, args):
    code, out, err = run(capsys, *args)
    assert code == EXIT_REFUSED and "signers approve" in err and out == ""


def test_bad_input_exits_2(capsys, files, tmp_path):
    real, _, _ = files
    bogus = tmp_path / "faux.cer"
    bogus.write_bytes(b"bonjour")
    code, _, err = run(capsys, "signers", "approve", bogus)
    assert code == EXIT_REFUSED and "n'est pas un certificat" in err
    assert run(capsys, "verify", real, "--trust", bogus)[0] == EXIT_REFUSED
    unsigned = tmp_path / "brut.pdf"
    unsigned.write_bytes(one_page_pdf())
    assert run(capsys, "verify", unsigned)[0] == EXIT_NOT_SIGNED
    code, _, err = run(capsys, "signers", "approve", "--from-report", unsigned, "--fingerprint", "AB" * 32)
    assert code == EXIT_REFUSED and "aucun signataire" in err


def test_a_damaged_book_is_said_and_set_aside_by_the_next_approval(capsys, files, hopen_data_dir):
    real, _, cer = files
    book = hopen_data_dir / "signataires-approuves.json"
    book.parent.mkdir(parents=True, exist_ok=True)
    book.write_bytes(b'{"format": "hopen-desktop/approved-signers", "signers": ')
    code, _, err = run(capsys, "signers", "list")
    assert code == EXIT_REFUSED and "est endommagé" in err
    code, out, _ = run(capsys, "verify", real)
    assert code == EXIT_NOT_APPROVED and "est endommagé" in out
    code, out, _ = run(capsys, "signers", "approve", cer)
    assert code == EXIT_OK and "mis de côté" in out
    (aside,) = hopen_data_dir.glob("signataires-approuves.endommage-*.json")
    assert aside.read_bytes().endswith(b'"signers": ')
    assert run(capsys, "verify", real)[0] == EXIT_OK


def test_identity_create_approves_the_new_identity(capsys, monkeypatch, tmp_path, hopen_data_dir):
    monkeypatch.setenv("HOPEN_TEST_PASSWORD", "Très-secret-2025")
    code, out, _ = run(
        capsys, "identity", "create", "--name", "Anaïs Lefèvre", "--organisation", "Clinique", "--email",
        "anais@exemple.fr", "--out", tmp_path / "a.p12", "--password-env", "HOPEN_TEST_PASSWORD",
    )  # fmt: skip
    assert code == EXIT_OK and "carnet des signataires approuvés" in out
    code, out, _ = run(capsys, "signers", "list")
    assert "Anaïs Lefèvre" in out and "votre identité" in out


def test_a_ca_issued_identity_exits_0_with_its_root_trusted(capsys, tmp_path, hopen_data_dir):
    identity, root = ca_issued(tmp_path)
    signed = tmp_path / "ac.pdf"
    signed.write_bytes(sign_pdf_bytes(one_page_pdf(), identity))
    root_file = tmp_path / "racine.der"
    root_file.write_bytes(root)
    code, out, _ = run(capsys, "verify", signed, "--trust", root_file)
    assert code == EXIT_OK and "Chaîne de certification : " in out and "Autorité de test HOPEN" in out
    code, out, _ = run(capsys, "verify", signed, "--json", "--trust", root_file)
    assert json.loads(out)["signer"]["self_signed"] is False


def test_the_public_certificate_is_written_and_approves_the_signer_elsewhere(capsys, tmp_path, monkeypatch):
    """`identity create` writes the public certificate next to the identity, `identity show
    --certificate-out` writes it where asked: the reader approves it with `signers approve`."""
    from hopen_desktop.model import paths

    monkeypatch.setenv("HOPEN_TEST_PASSWORD", "mot-de-passe-long")
    monkeypatch.setenv("HOPEN_DATA_DIR", str(tmp_path / "auteur"))
    paths.set_data_dir(None)
    identity = tmp_path / "claire.p12"
    code, out, _ = run(
        capsys, "identity", "create", "--name", "Claire Martin", "--organisation", "Clinique",
        "--email", "c@exemple.fr", "--out", identity, "--password-env", "HOPEN_TEST_PASSWORD",
    )  # fmt: skip
    assert (
        code == EXIT_OK
        and f"Certificat public, à remettre aux lecteurs de vos rapports : {identity.with_suffix('.crt')}" in out
    )
    given = tmp_path / "a-envoyer.crt"
    code, out, _ = run(
        capsys, "identity", "show", identity, "--password-env", "HOPEN_TEST_PASSWORD", "--certificate-out", given
    )
    assert code == EXIT_OK and given.read_bytes() == identity.with_suffix(".crt").read_bytes()
    assert b"PRIVATE" not in given.read_bytes()
    fingerprint_line = next(line for line in out.splitlines() if line.startswith("Empreinte SHA-256"))
    assert len(fingerprint_line.split(" : ")[1].split(" ")) == 16  # groups of four, as read on the phone

    monkeypatch.setenv("HOPEN_DATA_DIR", str(tmp_path / "lecteur"))  # the reader's computer
    paths.set_data_dir(None)
    code, out, _ = run(capsys, "signers", "approve", given)
    assert code == EXIT_OK and "Claire Martin" in out
    code, out, _ = run(capsys, "signers", "list")
    assert fingerprint_line.split(" : ")[1] in out
