"""Signing identities, PAdES signature checked by poppler's pdfsig and by `hopen-desktop verify`;
the visible signature box (its text, its embedded font, its drawing looked at in a rendering), and
identities issued by a certification authority (their chain embedded and shown)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hopen_desktop.cli import EXIT_OK, main
from hopen_desktop.jobs.reports import render_report_bytes
from hopen_desktop.model.formatting import format_fingerprint
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.errors import IdentityError, SigningError, WrongPasswordError
from hopen_desktop.reports.pdf_report import PAGE_HEIGHT, SIGNATURE_BOX
from hopen_desktop.reports.signing import (
    Identity,
    create_identity,
    fingerprint_groups,
    fingerprint_text,
    format_signing_time,
    load_identity,
    local_signing_time,
    sign_pdf_bytes,
    signature_box_text,
)
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


def test_every_font_of_a_signed_report_is_embedded(signed: Path) -> None:
    """The report's fonts and the signature box's (DejaVu through pyHanko's OpenType engine, not
    its default Courier): pdffonts says « emb yes » for every one, as PDF/A asks."""
    listing = subprocess.run(["pdffonts", str(signed)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert len(rows) >= 5 and all(row.split()[-5] == "yes" for row in rows), listing
    assert "Courier" not in listing and "Helvetica" not in listing
    assert any("Identity-H" in row for row in rows)  # the signature box's font is among them


def test_the_signature_box_writes_characters_its_font_lacks_as_code_points() -> None:
    from hopen_desktop.reports.signing import _box_lines

    assert _box_lines("Signé par : Hélène 漢字 🏥") == ["Signé par : Hélène [U+6F22][U+5B57] [U+1F3E5]"]


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
    fingerprint = json.loads(trusted.stdout)["signatures"][0]["fingerprint_sha256"]  # canonical: colon pairs
    assert format_fingerprint(fingerprint) in created.stdout  # shown in groups of four, as read on the phone


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


# ============================================================================ the visible signature box

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


# ============================================================================ identities issued by a CA

CA_PASSWORD = "mot-de-passe-de-l'autorité"


@dataclass
class Issued:
    """A test PKI: certificates (cryptography objects) and the PKCS#12 file of the leaf."""

    root: Any
    intermediate: Any | None
    leaf: Any
    p12: Path


def _name(common_name: str, organisation: str) -> Any:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _certificate(subject: Any, key: Any, issuer: Any, issuer_key: Any, *, ca: bool, email: str | None = None) -> Any:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * (10 if ca else 2)))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def make_pki(folder: Path, *, with_intermediate: bool) -> Issued:
    """Root CA → (intermediate CA →) leaf with the digital-signature key usage, exported as a
    PKCS#12 with its CA certificates (``cas``), as a CA hands it over."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    def new_key() -> Any:
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)

    root_key = new_key()
    root_name = _name("Autorité racine de test", "ANS Test")
    root = _certificate(root_name, root_key, root_name, root_key, ca=True)
    issuer, issuer_key, intermediate = root, root_key, None
    if with_intermediate:
        inter_key = new_key()
        intermediate = _certificate(
            _name("AC Santé intermédiaire", "ANS Test"), inter_key, root_name, root_key, ca=True
        )
        issuer, issuer_key = intermediate, inter_key
    leaf_key = new_key()
    leaf = _certificate(
        _name("Jeanne Auditrice-Émérite", "Cabinet d'audit"),
        leaf_key,
        issuer.subject,
        issuer_key,
        ca=False,
        email="jeanne@audit.fr",
    )
    cas = [root] if intermediate is None else [root, intermediate]  # not in chain order, as files often are
    path = folder / ("ac-intermediaire.p12" if with_intermediate else "ac.p12")
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name=b"jeanne",
            key=leaf_key,
            cert=leaf,
            cas=cas,
            encryption_algorithm=serialization.BestAvailableEncryption(CA_PASSWORD.encode()),
        )
    )
    return Issued(root, intermediate, leaf, path)


def der(cert: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return bytes(cert.public_bytes(Encoding.DER))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Issued:
    return make_pki(tmp_path_factory.mktemp("pki"), with_intermediate=False)


@pytest.fixture(scope="module")
def pki2(tmp_path_factory: pytest.TempPathFactory) -> Issued:
    return make_pki(tmp_path_factory.mktemp("pki2"), with_intermediate=True)


def test_a_ca_issued_identity_exposes_its_chain(pki: Issued, pki2: Issued) -> None:
    identity = load_identity(pki.p12, CA_PASSWORD)
    assert identity.signer_name == "Jeanne Auditrice-Émérite"
    assert identity.organisation == "Cabinet d'audit"
    assert identity.email == "jeanne@audit.fr"  # from the subject alternative name, where CAs put it
    assert not identity.self_signed
    assert identity.fingerprint == fingerprint_text(der(pki.leaf))
    assert identity.issuer == "CN=Autorité racine de test,O=ANS Test,C=FR"
    (root,) = identity.chain
    assert root.subject == "CN=Autorité racine de test,O=ANS Test,C=FR" and root.self_signed
    assert root.fingerprint == fingerprint_text(der(pki.root))

    longer = load_identity(pki2.p12, CA_PASSWORD)
    assert [(c.subject, c.self_signed) for c in longer.chain] == [  # leaf's issuer first, up to the root
        ("CN=AC Santé intermédiaire,O=ANS Test,C=FR", False),
        ("CN=Autorité racine de test,O=ANS Test,C=FR", True),
    ]


def test_a_self_signed_identity_has_no_chain(tmp_path: Path) -> None:
    from hopen_desktop.reports.signing import create_identity

    path = create_identity("Auto Signé", "Clinique", "a@clinique.fr", CA_PASSWORD, tmp_path / "auto.p12")
    identity = load_identity(path, CA_PASSWORD)
    assert identity.self_signed and identity.chain == ()


@pytest.mark.parametrize("which", ["pki", "pki2"])
def test_a_ca_issued_identity_signs_and_embeds_its_chain(
    filled: tuple[Workspace, int], tmp_path: Path, request: pytest.FixtureRequest, which: str
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    issued: Issued = request.getfixturevalue(which)
    ws, campaign_id = filled
    signed = tmp_path / "signe.pdf"
    signed.write_bytes(
        sign_pdf_bytes(render_report_bytes(take_snapshot(ws, campaign_id)), load_identity(issued.p12, CA_PASSWORD))
    )

    verdict = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in verdict and "Total document signed" in verdict
    assert "Jeanne Auditrice-Émérite" in verdict

    with signed.open("rb") as handle:
        (sig,) = PdfFileReader(handle, strict=False).embedded_signatures
        embedded = {bytes(c.dump()) for c in sig.signed_data["certificates"]}
        expected = {der(issued.leaf), der(issued.root)} | ({der(issued.intermediate)} if issued.intermediate else set())
        assert embedded == expected  # the signer's certificate and its whole chain, root included
        # a verifier that trusts the root alone builds the path from what the signature carries
        from asn1crypto import x509 as asn1_x509

        context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der(issued.root))])
        status = validate_pdf_signature(sig, signer_validation_context=context)
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()


def test_identity_show_prints_the_chain(
    pki: Issued, pki2: Issued, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOPEN_TEST_CA_PASSWORD", CA_PASSWORD)
    assert main(["identity", "show", str(pki2.p12), "--password-env", "HOPEN_TEST_CA_PASSWORD"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Auto-signée : non" in out
    assert "Émis par : CN=AC Santé intermédiaire,O=ANS Test,C=FR" in out
    chain = out[out.index("Chaîne de certification :") :]
    assert chain.index("CN=AC Santé intermédiaire") < chain.index("CN=Autorité racine de test,O=ANS Test,C=FR (racine")
    assert fingerprint_text(der(pki2.root)) in chain

    # a file without its CA certificates: the chain is said to be incomplete
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, cert, _others = pkcs12.load_key_and_certificates(pki.p12.read_bytes(), CA_PASSWORD.encode())
    alone = pki.p12.with_name("seul.p12")
    alone.write_bytes(
        pkcs12.serialize_key_and_certificates(
            name=b"jeanne",
            key=key,  # type: ignore[arg-type]
            cert=cert,
            cas=None,
            encryption_algorithm=serialization.BestAvailableEncryption(CA_PASSWORD.encode()),
        )
    )
    assert main(["identity", "show", str(alone), "--password-env", "HOPEN_TEST_CA_PASSWORD"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "CN=Autorité racine de test,O=ANS Test,C=FR : absent du fichier (chaîne incomplète" in out


def test_a_certificate_outside_its_validity_cannot_sign(identity: Identity) -> None:
    """Signing refuses what verifying would call invalid: a certificate expired or not yet valid at
    the signing time (reports/verify.py), with a French message naming the day."""
    assert identity.not_before is not None
    content = b"%PDF-1.4 not even read"
    with pytest.raises(SigningError) as before:
        sign_pdf_bytes(content, identity, when=identity.not_before - dt.timedelta(days=1))
    assert "n'est valable qu'à partir du" in str(before.value)
    with pytest.raises(SigningError) as after:
        sign_pdf_bytes(content, identity, when=identity.not_after + dt.timedelta(days=1))
    assert "a expiré" in str(after.value)
