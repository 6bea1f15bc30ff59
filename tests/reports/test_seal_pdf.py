"""The seal inside the PDF: attached as « sceau-hopen.json » before signing (pdfsig still sees a
valid signature over the whole file), read back from an unsigned and a signed report, printed on
the cover with the signer; a damaged or crafted one is refused in French."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
from pathlib import Path

import pytest

from hopen_desktop.jobs.reports import render_report_bytes
from hopen_desktop.model import seal as seal_module
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.seal import Seal, make_seal
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports import seal_pdf
from hopen_desktop.reports.pdf_report import fingerprint_groups, render_report
from hopen_desktop.reports.seal_pdf import SEAL_FILE_NAME, embed_seal, read_seal
from hopen_desktop.reports.signing import Identity, create_identity, load_identity, sign_pdf_bytes
from tests.reports.conftest import data_dir, filled, workspace_path

__all__ = ["data_dir", "filled", "workspace_path"]

PASSWORD = "motdepasse-très-sûr"


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    path = tmp_path_factory.mktemp("identite") / "helene.p12"
    create_identity("Hélène Müller-Loïc", "Cabinet Conseil Santé", "helene@exemple.fr", PASSWORD, path)
    return load_identity(path, PASSWORD)


def run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def text_of(pdf: bytes, tmp_path: Path, *pages: int) -> str:
    path = tmp_path / "lu.pdf"
    path.write_bytes(pdf)
    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    return run("pdftotext", "-layout", *first_last, path, "-")


def _embedded(pdf: bytes, name: str, data: bytes) -> bytes:
    """``pdf`` with an attachment made by hand (as a forger would)."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    stream = embed.EmbeddedFileObject.from_file_data(writer, data, compress=True)
    embed.embed_file(writer, embed.FileSpec(file_spec_string=name, file_name=name, embedded_data=stream))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_seal_reads_back_from_an_unsigned_and_a_signed_report(
    filled: tuple[Workspace, int], identity: Identity, tmp_path: Path
) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    seal = make_seal(snap)
    unsigned = render_report_bytes(snap, seal=seal)
    assert read_seal(unsigned) == seal
    signed = render_report_bytes(snap, identity, seal=seal)
    assert read_seal(signed) == seal
    path = tmp_path / "signe.pdf"
    path.write_bytes(signed)
    report = run("pdfsig", path)
    assert "Signature is Valid" in report and "Total document signed" in report
    assert f"1: {SEAL_FILE_NAME}" in run("pdfdetach", "-list", path)
    run("pdfdetach", "-save", "1", "-o", tmp_path / "extrait.json", path)
    assert Seal.from_json((tmp_path / "extrait.json").read_bytes()) == seal


def test_the_seal_goes_in_before_the_signature_only(filled: tuple[Workspace, int], identity: Identity) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id, check_files=False)
    signed = sign_pdf_bytes(render_report(snap), identity)
    with pytest.raises(HopenError, match="déjà signé"):
        embed_seal(signed, make_seal(snap))
    assert read_seal(signed) is None  # a report without a seal: None, not an error


def test_two_renderings_have_different_identifiers_and_the_same_content_digest(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id, check_files=False)
    first, second = read_seal(render_report_bytes(snap)), read_seal(render_report_bytes(snap))
    assert first is not None and second is not None
    assert first.report_id != second.report_id
    assert first.content_sha256 == second.content_sha256


@pytest.mark.parametrize(
    ("pdf", "expected"),
    [
        (b"pas un PDF du tout", "Impossible de lire le sceau de ce PDF"),
        (b"%PDF-1.7\n" + b"\x00" * 200, "Impossible de lire le sceau de ce PDF"),
    ],
)
def test_a_file_that_is_not_a_pdf_is_refused_in_french(pdf: bytes, expected: str) -> None:
    with pytest.raises(HopenError) as info:
        read_seal(pdf)
    assert expected in info.value.text("fr")


def test_a_crafted_seal_is_refused_in_french(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    plain = render_report(take_snapshot(ws, campaign_id, check_files=False))
    with pytest.raises(HopenError, match="illisible \\(ce n'est pas du JSON\\)"):
        read_seal(_embedded(plain, SEAL_FILE_NAME, b"<html>"))
    with pytest.raises(HopenError, match="version inconnue"):
        read_seal(_embedded(plain, SEAL_FILE_NAME, b'{"format": "hopen-seal", "version": 7}'))
    twice = _embedded(_embedded(plain, SEAL_FILE_NAME, b"{}"), SEAL_FILE_NAME, b"{}")
    with pytest.raises(HopenError, match="plusieurs sceaux"):
        read_seal(twice)
    assert read_seal(_embedded(plain, "autre.json", b"{}")) is None  # another attachment is no seal


def test_a_seal_that_inflates_beyond_the_limit_is_refused(
    filled: tuple[Workspace, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws, campaign_id = filled
    plain = render_report(take_snapshot(ws, campaign_id, check_files=False))
    bomb = _embedded(plain, SEAL_FILE_NAME, b" " * 200_000)  # a few hundred bytes once compressed
    monkeypatch.setattr(seal_pdf, "MAX_SEAL_BYTES", 10_000)
    monkeypatch.setattr(seal_module, "MAX_SEAL_BYTES", 10_000)
    with pytest.raises(HopenError, match="dépasse"):
        read_seal(bomb)


# ---------------------------------------------------------------------------- the cover


def test_the_cover_names_the_signer_the_fingerprint_and_the_seal(
    filled: tuple[Workspace, int], identity: Identity, tmp_path: Path
) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    seal = make_seal(snap)
    signed = render_report_bytes(snap, identity, seal=seal)
    cover = text_of(signed, tmp_path, 1)
    assert "Hélène Müller-Loïc" in cover and "Cabinet Conseil Santé" in cover
    groups = fingerprint_groups(identity.fingerprint)
    assert re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}", groups)
    # every hash on ONE line (a hash cut in two is misread when compared)
    for one_line in (groups, seal.report_id, seal.content_sha256, seal.journal_head_hash):
        assert one_line in cover, one_line
    assert f"modification n° {seal.journal_head_id}" in cover
    assert "Sommaire" in text_of(signed, tmp_path, 2)  # the cover still holds on one page
    assert "Taux global d'atteinte des prérequis" in text_of(signed, tmp_path, 3)  # the summary after the contents
    whole = " ".join(text_of(signed, tmp_path).split())
    assert "Ce rapport peut être signé" not in whole
    assert "Ce rapport est signé électroniquement (signature PAdES) par Hélène Müller-Loïc" in whole
    assert "chaînage des lignes intact et données de l'espace de travail conformes au journal" in whole
    unsigned = " ".join(text_of(render_report_bytes(snap, seal=seal), tmp_path).split())
    assert "Ce rapport peut être signé" in unsigned and "Signé par" not in unsigned


def test_an_altered_attached_file_is_marked_on_its_annex_row(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    ws, campaign_id = filled
    pssi = next(e for e in ws.evidence(ws.campaign(campaign_id).establishment_id) if e.files and "PSSI" in e.title)
    altered = pssi.files[0].sha256
    ws.db.execute("UPDATE blobs SET content = x'00' WHERE sha256 = ?", [altered])
    snap = take_snapshot(ws, campaign_id)
    assert dict(snap.altered_hashes) == {altered: hashlib.sha256(b"\x00").hexdigest()}
    text = text_of(render_report_bytes(snap), tmp_path)
    annex = text[text.rindex("Annexe — Registre des preuves") :]  # the heading, after the contents' line
    rows = annex.split("Comité RSSI / Direction n°1")
    assert "FICHIER ALTÉRÉ" in rows[0] and altered in rows[0]  # on the PSSI's own row
    assert "FICHIER ALTÉRÉ" not in rows[1]  # the other file is intact


def test_the_cover_as_a_picture(filled: tuple[Workspace, int], identity: Identity, tmp_path: Path) -> None:
    """The cover is drawn (looked at during development with ``pdftoppm -r 60 -png``)."""
    ws, campaign_id = filled
    path = tmp_path / "signe.pdf"
    path.write_bytes(render_report_bytes(take_snapshot(ws, campaign_id), identity))
    run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", path, tmp_path / "couverture")
    picture = next(tmp_path.glob("couverture*.png"))
    assert picture.stat().st_size > 10_000


def test_a_long_cover_still_holds_on_one_page(workspace_path: Path, identity: Identity, tmp_path: Path) -> None:
    """A partial referential (its note is twenty lines long), a long name, the signer and the seal:
    the note opens the summary, the cover stays one page, the page header does not run over."""
    import datetime as dt

    from hopen_desktop.model.entities import EstablishmentData

    name = "Centre hospitalier intercommunal des Deux-Rivières et du Val-de-Seine « Saint-Exupéry »"
    with Workspace.open(workspace_path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name=name, ght="GHT Val-de-Seine"))
        campaign = ws.add_campaign(est.id, dt.date(2016, 12, 31), "hopital-numerique-2012", "Consultante")
        snap = take_snapshot(ws, campaign.id)
    pdf = render_report_bytes(snap, identity)
    assert "Référentiel partiel : ce référentiel est incomplet" in " ".join(text_of(pdf, tmp_path, 1).split())
    second = text_of(pdf, tmp_path, 2)
    assert second.lstrip().splitlines()[0].startswith("Centre hospitalier intercommunal des Deux-Rivières")
    assert "…" in second.splitlines()[0] + second.lstrip().splitlines()[0]  # the header's name is shortened
    assert "Sommaire" in second  # the cover holds on one page: the contents come next
    flat = " ".join(text_of(pdf, tmp_path, 3).split())  # the summary, after the contents' page
    assert "Synthèse Référentiel partiel : Référentiel incomplet, construit uniquement" in flat
