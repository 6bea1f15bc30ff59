"""The book of approved signers: read defensively, never overwritten silently, and a signer
approved from a report only when the fingerprint typed is the report signer's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hopen_desktop.jobs.reports import verify
from hopen_desktop.reports import approved_signers as book
from hopen_desktop.reports.signing import Identity, sign_pdf_bytes
from hopen_desktop.reports.verify import EXIT_NOT_APPROVED, EXIT_VALID
from tests.reports.certificates import der, one_page_pdf, pem, self_signed


@pytest.fixture(scope="module")
def signer(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return self_signed(tmp_path_factory.mktemp("id"), name="Jean Ça-Va")


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return self_signed(tmp_path_factory.mktemp("id"), name="Jean Ça-Va")


def test_the_book_lives_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signer: Identity) -> None:
    monkeypatch.setenv("HOPEN_DATA_DIR", str(tmp_path / "donnees"))
    from hopen_desktop.model.paths import approved_signers_path

    assert approved_signers_path() == tmp_path / "donnees" / "signataires-approuves.json"
    assert book.read_book().entries == ()
    change = book.add_own_identity(der(signer))
    assert change.added and approved_signers_path().is_file()
    assert book.read_book().find(signer.fingerprint) == change.entry
    again = book.add_certificate(der(signer), book.HOW_PHONE)
    assert not again.added and again.entry.how == book.HOW_OWN_IDENTITY  # kept as it was


def test_entries_are_read_from_their_certificate(tmp_path: Path, signer: Identity) -> None:
    path = tmp_path / "carnet.json"
    entry = book.add_certificate(der(signer), book.HOW_CERTIFICATE_FILE, path=path).entry
    assert (entry.name, entry.email, entry.self_signed) == ("Jean Ça-Va", "consultant@exemple.fr", True)
    assert entry.how_label == "fichier de certificat importé"
    assert entry.grouped_fingerprint == book.grouped(signer.fingerprint)
    assert len(entry.grouped_fingerprint.split(" ")) == 16
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == book.FORMAT and doc["signers"][0]["fingerprint_sha256"] == signer.fingerprint
    doc["signers"][0]["name"] = "Quelqu'un d'autre"  # a hand edit of a name: the certificate says who
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert book.read_book(path).entries[0].name == "Jean Ça-Va"
    assert book.read_book(path).entries[0].certificate_der == der(signer)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\xff garbage",
        b"[]",
        b'{"format": "autre", "signers": []}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"format": "hopen-desktop/approved-signers", "version": 1, "signers": [1]}',
        b'{"format": "hopen-desktop/approved-signers", "version": 1, "signers": [{"certificate": "\\ud800", '
        b'"how": "own_identity", "approved_at": "2025-01-01T00:00:00+00:00", "fingerprint_sha256": "00"}]}',
        b'{"format": "hopen-desktop/approved-signers", "version": 1, "signers": [], "n": ' + b"9" * 5000 + b"}",
    ],
)
def test_a_damaged_book_is_refused_in_french_and_set_aside_before_a_new_one(
    tmp_path: Path, signer: Identity, content: bytes
) -> None:
    path = tmp_path / "carnet.json"
    path.write_bytes(content)
    with pytest.raises(book.SignersBookError) as info:
        book.read_book(path)
    assert "est endommagé" in info.value.message and str(path) in info.value.message
    approvers = book.book_approvers(path)
    assert approvers.problem == info.value.message and not approvers.fingerprints
    assert path.read_bytes() == content  # reading never changes it

    change = book.add_certificate(der(signer), book.HOW_PHONE, path=path)
    assert change.set_aside is not None and change.set_aside.read_bytes() == content
    assert (
        change.set_aside.name.startswith("signataires-approuves.endommage-") or ".endommage-" in change.set_aside.name
    )
    assert [e.fingerprint for e in book.read_book(path).entries] == [signer.fingerprint]


def test_a_fingerprint_edited_in_the_book_makes_it_damaged(tmp_path: Path, signer: Identity, other: Identity) -> None:
    path = tmp_path / "carnet.json"
    book.add_certificate(der(signer), book.HOW_PHONE, path=path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["signers"][0]["fingerprint_sha256"] = other.fingerprint  # approve another key by hand
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(book.SignersBookError, match="ne correspond pas à son certificat"):
        book.read_book(path)


def test_a_damaged_book_gives_exit_3_saying_why(tmp_path: Path, signer: Identity) -> None:
    path = tmp_path / "carnet.json"
    path.write_bytes(b"{pas du json")
    report = tmp_path / "r.pdf"
    report.write_bytes(sign_pdf_bytes(one_page_pdf(), signer))
    result = verify(report, book=path)
    assert result.exit_code == EXIT_NOT_APPROVED
    assert any("est endommagé" in r for r in result.reasons)


def test_fingerprints_are_typed_with_spaces_or_colons_in_any_case(signer: Identity) -> None:
    plain = signer.fingerprint.replace(":", "")
    assert book.normalise_fingerprint(plain.lower()) == signer.fingerprint
    assert book.normalise_fingerprint(book.grouped(signer.fingerprint)) == signer.fingerprint
    assert book.normalise_fingerprint(" " + signer.fingerprint + "\n") == signer.fingerprint
    for bad in ("", plain[:-1], plain + "0", plain[:-1] + "G"):
        with pytest.raises(book.SignersBookError, match="64 chiffres hexadécimaux"):
            book.normalise_fingerprint(bad)


def test_approve_from_a_report_needs_the_signers_own_fingerprint(
    tmp_path: Path, signer: Identity, other: Identity
) -> None:
    path = tmp_path / "carnet.json"
    report = tmp_path / "r.pdf"
    report.write_bytes(sign_pdf_bytes(one_page_pdf(), signer))
    with pytest.raises(book.SignerMismatchError, match="ne correspond PAS"):
        book.approve_from_report(report, other.fingerprint, path=path)
    assert not path.exists()  # nothing written
    change = book.approve_from_report(report, book.grouped(signer.fingerprint).lower(), path=path)
    assert change.added and change.entry.how == book.HOW_PHONE
    assert verify(report, book=path).exit_code == EXIT_VALID


def test_approve_from_an_altered_or_unsigned_report_writes_nothing(tmp_path: Path, signer: Identity) -> None:
    path = tmp_path / "carnet.json"
    signed = bytearray(sign_pdf_bytes(one_page_pdf(), signer))
    at = signed.index(b"stream") + 10  # inside the page's content, in the signed range
    signed[at] ^= 0x01
    altered = tmp_path / "altere.pdf"
    altered.write_bytes(bytes(signed))
    with pytest.raises(book.SignerMismatchError, match="pas valide"):
        book.approve_from_report(altered, signer.fingerprint, path=path)
    unsigned = tmp_path / "brut.pdf"
    unsigned.write_bytes(one_page_pdf())
    with pytest.raises(book.SignersBookError, match="aucun signataire"):
        book.approve_from_report(unsigned, signer.fingerprint, path=path)
    assert not path.exists()


def test_import_a_certificate_file_then_remove_it(tmp_path: Path, signer: Identity) -> None:
    path = tmp_path / "carnet.json"
    cer = tmp_path / "jean.cer"
    cer.write_bytes(pem(signer))
    der_file = tmp_path / "jean.der"
    der_file.write_bytes(der(signer))
    assert book.approve_certificate_file(cer, path=path).added
    assert not book.approve_certificate_file(der_file, path=path).added
    removed = book.remove(book.grouped(signer.fingerprint), path=path)
    assert removed.fingerprint == signer.fingerprint and book.read_book(path).entries == ()
    with pytest.raises(book.SignersBookError, match="Aucun signataire approuvé"):
        book.remove(signer.fingerprint, path=path)
    not_a_certificate = tmp_path / "faux.cer"
    not_a_certificate.write_bytes(b"bonjour")
    with pytest.raises(Exception, match="n'est pas un certificat"):
        book.approve_certificate_file(not_a_certificate, path=path)
