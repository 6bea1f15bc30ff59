"""Reading a workbook back against one snapshot: our own workbook reads back as the campaign's
answers; a file that is not our workbook, or holds macros, is refused with a French message."""

import zipfile

import pytest

from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.reports.errors import XlsxImportError
from hopen_desktop.reports.xlsx_export import render_workbook
from hopen_desktop.reports.xlsx_import import read_workbook


@pytest.fixture
def exported(filled, tmp_path):
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    path = tmp_path / "grille.xlsx"
    path.write_bytes(render_workbook(snap))
    return snap, path


def test_our_workbook_reads_back_as_the_answers(exported):
    snap, path = exported
    parsed = read_workbook(path, snap)
    assert parsed.path == path and parsed.absent == ()
    read = {a.indicator: a for a in parsed.answers}
    for indicator, answer in snap.answers.items():
        assert read[indicator].numerator == answer.numerator, indicator
        assert read[indicator].not_applicable == answer.not_applicable, indicator


def test_not_a_workbook_is_refused(exported, tmp_path):
    snap, _ = exported
    text = tmp_path / "notes.xlsx"
    text.write_text("ceci n'est pas un classeur", encoding="utf-8")
    with pytest.raises(XlsxImportError, match="n'est pas un classeur Excel"):
        read_workbook(text, snap)
    with pytest.raises(XlsxImportError, match="n'existe pas"):
        read_workbook(tmp_path / "absent.xlsx", snap)


def test_macros_are_refused(exported, tmp_path):
    snap, path = exported
    with pytest.raises(XlsxImportError, match="macros"):
        read_workbook(path.rename(tmp_path / "grille.xlsm"), snap)
    with_macros = tmp_path / "vba.xlsx"
    with zipfile.ZipFile(tmp_path / "grille.xlsm") as src, zipfile.ZipFile(with_macros, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/vbaProject.bin", b"\0")
    with pytest.raises(XlsxImportError, match="macros"):
        read_workbook(with_macros, snap)
