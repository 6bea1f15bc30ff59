"""A signed PDF damaged anywhere is "altered or broken" (exit 1), never "not signed" (exit 2):
poppler's pdfsig still finds the signature of such a file (issue 14, family 10)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from hopen_desktop.reports.signing import Identity, create_identity, load_identity, sign_pdf_bytes
from hopen_desktop.reports.verify import EXIT_INVALID, EXIT_NOT_SIGNED, EXIT_VALID, verify_pdf_bytes

PASSWORD = "correct horse battery"


def one_page_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName="Courier")
    canvas.drawString(72, 720, "Rapport de test")
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    path = tmp_path_factory.mktemp("identite") / "id.p12"
    create_identity("Testeur", "Clinique", "t@exemple.fr", PASSWORD, path)
    return load_identity(path, PASSWORD)


@pytest.fixture(scope="module")
def signed_bytes(identity: Identity) -> bytes:
    return sign_pdf_bytes(one_page_pdf(), identity)


def test_the_untouched_file_is_valid(signed_bytes: bytes) -> None:
    assert verify_pdf_bytes(signed_bytes).exit_code == EXIT_VALID


@pytest.mark.parametrize("key", [b"/ByteRange", b"/Contents", b"/SubFilter", b"/Filter"])
@pytest.mark.parametrize("position", [1, -1])
def test_a_flipped_byte_in_a_signature_key_is_altered_not_unsigned(signed_bytes: bytes, key: bytes, position: int):
    data = bytearray(signed_bytes)
    at = [m.start() for m in re.finditer(re.escape(key), signed_bytes)][-1]
    index = at + (position if position > 0 else len(key) - 1)
    data[index] ^= 0x01
    assert verify_pdf_bytes(bytes(data)).exit_code == EXIT_INVALID


@pytest.mark.parametrize("size", [1, 1000, 1025, 2048, 100_000])
def test_garbage_before_the_header_is_altered_not_unsigned(signed_bytes: bytes, size: int) -> None:
    result = verify_pdf_bytes(b"\x00garbage" * (size // 8 + 1) + signed_bytes)
    assert result.exit_code == EXIT_INVALID, result.verdict


def test_an_unsigned_pdf_and_a_non_pdf_stay_exit_2() -> None:
    assert verify_pdf_bytes(one_page_pdf()).exit_code == EXIT_NOT_SIGNED
    assert verify_pdf_bytes(b"garbage" * 1000).exit_code == EXIT_NOT_SIGNED


def test_signed_files_cut_after_their_signature_dictionary_starts_are_altered(signed_bytes: bytes) -> None:
    start = signed_bytes.index(b"/ByteRange")
    for cut in range(start + 20, len(signed_bytes), 997):
        assert verify_pdf_bytes(signed_bytes[:cut]).exit_code == EXIT_INVALID, cut


def test_the_file_form_reads_a_path(signed_bytes: bytes, tmp_path: Path) -> None:
    from hopen_desktop.reports.verify import verify_pdf

    path = tmp_path / "r.pdf"
    path.write_bytes(b"x" * 2000 + signed_bytes)
    assert verify_pdf(path).exit_code == EXIT_INVALID


def test_a_damaged_signature_block_is_invalid_and_its_traceback_lands_in_the_log(
    signed_bytes: bytes, identity: Identity, tmp_path: Path
) -> None:
    """The verification's catch-all turns the failure into a verdict and logs it: the type and
    the traceback, never the exception's message (it may quote the file)."""
    from hopen_desktop import diagnostics

    certificate = identity.signer.signing_cert.dump().hex().upper().encode()
    at = signed_bytes.index(certificate)  # the signer's certificate, inside the signature's /Contents
    damaged = signed_bytes[:at] + b"FFFFFFFF" + signed_bytes[at + 8 :]
    log_file = diagnostics.configure(folder=tmp_path / "logs")
    assert log_file is not None
    try:
        result = verify_pdf_bytes(damaged)
    finally:
        diagnostics.shutdown()
    assert result.exit_code == EXIT_INVALID
    assert result.verdict.startswith("Signature NON valide : le bloc de signature est endommagé")
    text = log_file.read_text(encoding="utf-8")
    assert "hopen_desktop.reports.verify: damaged signature block" in text
    assert "Traceback (most recent call last):" in text and "in _check_signature" in text
    assert "\nValueError\n" in text  # the type of the failure …
    problem = result.signatures[0].problems[0]
    message = problem[problem.index("(") + 1 : problem.rindex(")")]
    assert message not in text  # … never its message


def test_the_verdict_speaks_the_current_language(signed_bytes: bytes) -> None:
    """Issue 19: the window in English shows the verdict and the problems in English; the command
    line (French) keeps its French sentences."""
    from hopen_desktop.model.i18n import set_language

    assert verify_pdf_bytes(b"pas un PDF").verdict.startswith("Ce fichier n'est pas un PDF")
    tampered = signed_bytes + b"\n%% ajout\n"
    set_language("en")
    try:
        assert verify_pdf_bytes(b"not a PDF").verdict == "This file is not a PDF: there is no signature to check."
        assert verify_pdf_bytes(signed_bytes).verdict.startswith("Valid signature: the document is intact")
        altered = verify_pdf_bytes(tampered)
    finally:
        set_language("fr")
    assert altered.exit_code == EXIT_INVALID
    assert altered.verdict.startswith("Signature NOT valid: the file was changed after the signature")
