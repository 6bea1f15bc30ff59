"""The visible signature box (issue 15, item 6): its text (signer, organisation, local time with
its UTC offset, reason, certificate fingerprint), its embedded DejaVu Sans font, and its drawing,
looked at in a rendering of the last page: inside its border, nothing clipped, long names too."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hopen_desktop.jobs.reports import render_report_bytes
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.errors import SigningError
from hopen_desktop.reports.pdf_report import PAGE_HEIGHT, SIGNATURE_BOX
from hopen_desktop.reports.signing import (
    Identity,
    create_identity,
    fingerprint_groups,
    format_signing_time,
    load_identity,
    local_signing_time,
    sign_pdf_bytes,
    signature_box_text,
)

PASSWORD = "motdepasse-très-sûr"
WINTER = dt.datetime(2027, 1, 15, 6, 12, 5, tzinfo=dt.UTC)
SUMMER = dt.datetime(2027, 7, 1, 6, 12, 5, tzinfo=dt.UTC)
LONG_NAME = "Marie-Françoise Élisabeth de La Rochefoucauld-Montmorency 100%"
LONG_ORGANISATION = "GHT « Cœur de Bourgogne — Val de Saône », direction du numérique"


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Set the process's local time zone (TZ) for one test, restored afterwards."""

    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(scope="module")
def identities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Identity]:
    folder = tmp_path_factory.mktemp("identites")
    made = {}
    for key, name, organisation in (
        ("court", "Hélène Müller-Loïc", "Cabinet Conseil Santé & Sécurité"),
        ("long", LONG_NAME, LONG_ORGANISATION),
    ):
        path = create_identity(name, organisation, "signataire@exemple.fr", PASSWORD, folder / f"{key}.p12")
        made[key] = load_identity(path, PASSWORD)
    return made


@pytest.fixture
def report(filled: tuple[Workspace, int]) -> bytes:
    ws, campaign_id = filled
    return render_report_bytes(take_snapshot(ws, campaign_id))


def signature_annotation(path: Path) -> tuple[object, object]:
    """The reader and the signature widget of the last page (pypdf)."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    for annot in reader.pages[-1].get("/Annots", []):
        annot = annot.get_object()
        if annot.get("/FT") == "/Sig" or annot.get("/Parent", {}).get("/FT") == "/Sig":
            return reader, annot
    raise AssertionError("no signature widget on the last page")


def box_lines(path: Path) -> list[str]:
    """The lines of the visible signature, as its appearance stream marks them (/ActualText)."""
    from pypdf.generic import ContentStream

    reader, annot = signature_annotation(path)
    appearance = annot["/AP"]["/N"].get_object()  # type: ignore[index]
    operations = ContentStream(appearance, reader).operations
    return [str(operands[1]["/ActualText"]) for operands, operator in operations if operator == b"BDC"]


# ---------------------------------------------------------------------------- the time


def test_local_time_with_the_offset_in_force_winter_and_summer(local_zone) -> None:  # type: ignore[no-untyped-def]
    local_zone("Europe/Paris")
    november = dt.datetime(2026, 11, 30, 6, 12, 5, 123456, tzinfo=dt.UTC)
    assert format_signing_time(local_signing_time(november)) == "30/11/2026 07:12:05 (UTC+01:00)"
    assert format_signing_time(local_signing_time(SUMMER)) == "01/07/2027 08:12:05 (UTC+02:00)"
    # a naive time is local time
    assert format_signing_time(local_signing_time(dt.datetime(2027, 7, 1, 8, 12, 5))) == (
        "01/07/2027 08:12:05 (UTC+02:00)"
    )
    local_zone("America/St_Johns")  # a negative offset, with minutes
    assert format_signing_time(local_signing_time(WINTER)) == "15/01/2027 02:42:05 (UTC-03:30)"
    local_zone("UTC")
    assert format_signing_time(local_signing_time(WINTER)) == "15/01/2027 06:12:05 (UTC+00:00)"


@pytest.mark.parametrize(
    ("when", "shown"),
    [(WINTER, "15/01/2027 07:12:05 (UTC+01:00)"), (SUMMER, "01/07/2027 08:12:05 (UTC+02:00)")],
)
def test_the_box_says_who_when_why_and_the_fingerprint(  # type: ignore[no-untyped-def]
    local_zone, report: bytes, identities: dict[str, Identity], tmp_path: Path, when: dt.datetime, shown: str
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    local_zone("Europe/Paris")
    identity = identities["court"]
    signed = tmp_path / "signe.pdf"
    signed.write_bytes(sign_pdf_bytes(report, identity, when=when))
    groups = fingerprint_groups(identity.fingerprint)
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert box_lines(signed) == [
        "Signé électroniquement par : Hélène Müller-Loïc",
        "Cabinet Conseil Santé & Sécurité",
        f"Date : {shown}",
        "Motif : Rapport d'autodiagnostic HOP'EN",
        "Empreinte SHA-256 du certificat :",
        " ".join(groups[:8]),
        " ".join(groups[8:]),
    ]
    # the CMS signing time and the box say the same instant
    with signed.open("rb") as handle:
        (sig,) = PdfFileReader(handle, strict=False).embedded_signatures
        assert sig.self_reported_timestamp == when


def test_long_names_are_wrapped_and_cut_not_overflowing(
    report: bytes, identities: dict[str, Identity], tmp_path: Path
) -> None:
    signed = tmp_path / "long.pdf"
    reason = "Rapport d'autodiagnostic HOP'EN — version définitive validée par la direction, " * 3
    signed.write_bytes(sign_pdf_bytes(report, identities["long"], reason=reason, when=WINTER))
    lines = box_lines(signed)
    assert " ".join(lines[:2]) == f"Signé électroniquement par : {LONG_NAME}"  # the % is text, not a directive
    assert lines[2] == LONG_ORGANISATION
    assert lines[4].startswith("Motif : Rapport") and lines[5].endswith("…")  # two lines at most, then cut
    assert lines[6] == "Empreinte SHA-256 du certificat :"
    assert all(len(line) <= 68 for line in lines)


def test_decomposed_accents_are_composed_for_the_box(identities: dict[str, Identity]) -> None:
    import dataclasses
    import unicodedata

    name = unicodedata.normalize("NFD", "Hélène Müller-Loïc")
    decomposed = dataclasses.replace(identities["court"], signer_name=name)
    text = signature_box_text(decomposed, "Motif composé", WINTER)
    assert text.splitlines()[0] == "Signé électroniquement par : Hélène Müller-Loïc"
    assert unicodedata.is_normalized("NFC", text)


# ---------------------------------------------------------------------------- the font


def test_the_signature_font_is_embedded_dejavu_with_true_widths(
    report: bytes, identities: dict[str, Identity], tmp_path: Path
) -> None:
    signed = tmp_path / "signe.pdf"
    signed.write_bytes(sign_pdf_bytes(report, identities["court"]))
    reader, annot = signature_annotation(signed)
    fonts = annot["/AP"]["/N"].get_object()["/Resources"]["/Font"]  # type: ignore[index]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        assert font["/Subtype"] == "/Type0" and "DejaVuSans" in font["/BaseFont"]
        (cid_font,) = (f.get_object() for f in font["/DescendantFonts"])
        assert "/FontFile2" in cid_font["/FontDescriptor"]  # the font program is in the file
        # widths in thousandths of an em (PDF's glyph space), not DejaVu's 2048 units per em:
        # with the latter, viewers spread the letters out past the box
        widths = [w for item in cid_font["/W"] if isinstance(item, list) for w in item]
        assert widths and max(widths) <= 1100
        assert 600 <= sorted(widths)[len(widths) // 2] <= 700  # the digits (636) and letters of the box
    listing = subprocess.run(["pdffonts", str(signed)], capture_output=True, text=True, check=True).stdout
    signature_fonts = [line.split() for line in listing.splitlines() if "Identity-H" in line]
    assert signature_fonts and all(cols[-5] == "yes" for cols in signature_fonts)  # the "emb" column


def test_without_opentype_support_signing_stops_with_an_installation_message(
    report: bytes, identities: dict[str, Identity], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "uharfbuzz", None)  # as if pyhanko[opentype] were not installed
    with pytest.raises(SigningError, match=r"« uharfbuzz » de pyHanko\[opentype\] n'est pas installé") as info:
        sign_pdf_bytes(report, identities["court"])
    assert "réinstallez HOP'EN Desktop" in str(info.value)


# ---------------------------------------------------------------------------- the drawing


def _pixels(box: tuple[float, float, float, float], dpi: int) -> tuple[int, int, int, int]:
    scale = dpi / 72
    x1, y1, x2, y2 = box
    return round(x1 * scale), round((PAGE_HEIGHT - y2) * scale), round(x2 * scale), round((PAGE_HEIGHT - y1) * scale)


@pytest.mark.parametrize("key", ["court", "long"])
def test_the_rendered_box_keeps_its_text_inside_its_border(
    report: bytes, identities: dict[str, Identity], tmp_path: Path, key: str
) -> None:
    from PIL import Image

    signed = tmp_path / "signe.pdf"
    signed.write_bytes(sign_pdf_bytes(report, identities[key]))
    verdict = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in verdict and "Total document signed" in verdict
    count = int(
        next(
            line.split(":")[1]
            for line in subprocess.run(["pdfinfo", str(signed)], capture_output=True, text=True).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-f", str(count), "-l", str(count), str(signed), str(tmp_path / "page")],
        check=True,
    )
    (png,) = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    left, top, right, bottom = _pixels(SIGNATURE_BOX, 100)
    inner = image.crop((left + 3, top + 3, right - 3, bottom - 3))  # inside the box's 1-point border
    ink = inner.point(lambda v: 255 if v < 160 else 0).getbbox()
    assert ink, "nothing drawn in the signature box"
    ink_left, ink_top, ink_right, ink_bottom = ink
    width, height = inner.size
    # the text stays clear of the border on every side (a clipped text runs into it)
    assert ink_left >= 3 and ink_top >= 3 and ink_right <= width - 3 and ink_bottom <= height - 3, (ink, inner.size)
    # and is not shrunk to an unreadable size
    assert ink_bottom - ink_top >= height * 0.5
