"""A signed PDF damaged anywhere is "altered or broken" (exit 1), never "not signed" (exit 2):
poppler's pdfsig still finds the signature of such a file (issue 14, family 10)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from hopen_desktop.reports.signing import create_identity, load_identity, sign_pdf_bytes
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
def signed_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("identite") / "id.p12"
    create_identity("Testeur", "Clinique", "t@exemple.fr", PASSWORD, path)
    return sign_pdf_bytes(one_page_pdf(), load_identity(path, PASSWORD))


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
