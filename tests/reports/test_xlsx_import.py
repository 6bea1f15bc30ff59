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


def _measured_workbook(filled, tmp_path):
    import datetime as dt
    from dataclasses import replace

    ws, campaign_id = filled
    p11 = ws.answer(campaign_id, "P1.1")
    measured = replace(p11, period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 6, 30), source="extraction DPI")
    ws.save_answer(campaign_id, measured)
    snap = take_snapshot(ws, campaign_id)
    path = tmp_path / "mesure.xlsx"
    path.write_bytes(render_workbook(snap))
    return snap, path


def _row_of(sheet, item_id):
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == item_id)


def test_the_measurement_of_a_rate_reads_back_from_its_three_cells(filled, tmp_path):
    """Issue 17: two date cells and a text cell on a rate's row (columns L to N)."""
    import datetime as dt

    import openpyxl

    from hopen_desktop.reports import xlsx_layout as layout

    snap, path = _measured_workbook(filled, tmp_path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["P1"]
    r = _row_of(sheet, "P1.1")
    start = sheet.cell(r, layout.COL_PERIOD_START)
    assert start.value == dt.datetime(2025, 1, 1) and start.number_format == "DD/MM/YYYY"
    assert sheet.cell(r, layout.COL_SOURCE).value == "extraction DPI"
    assert sheet.cell(layout.HEADER_ROW, layout.COL_PERIOD_END).value == "Période mesurée : fin"
    read = {a.indicator: a for a in read_workbook(path, snap).answers}
    assert (read["P1.1"].period_start, read["P1.1"].period_end, read["P1.1"].source) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 6, 30),
        "extraction DPI",
    )
    # Typed by a user: a French date as text, an emptied cell, a changed source.
    sheet.cell(r, layout.COL_PERIOD_START).value = "15/02/2025"
    sheet.cell(r, layout.COL_PERIOD_END).value = None
    sheet.cell(r, layout.COL_SOURCE).value = "registre"
    wb.save(path)
    p11 = {a.indicator: a for a in read_workbook(path, snap).answers}["P1.1"]
    assert (p11.period_start, p11.period_end, p11.source) == (dt.date(2025, 2, 15), None, "registre")


@pytest.mark.parametrize(
    ("item", "col", "value", "words"),
    [
        ("P1.1", "COL_PERIOD_END", "bientôt", "n'est pas une date"),
        ("P1.1", "COL_PERIOD_END", "=TODAY()", "formule refusée"),
        ("P1.1", "COL_PERIOD_END", "31/12/2024", "avant son début"),
        ("P1.1", "COL_PERIOD_START", "01/01/2999", "dans le futur"),
        ("P1.1", "COL_PERIOD_START", "01/01/1980", "1990"),
        ("P1.1", "COL_SOURCE", "x" * 400, "dépasse 300 caractères"),
        ("P1.2", "COL_SOURCE", "registre", "indicateur d'existence"),
    ],
)
def test_a_bad_measurement_cell_is_refused_naming_its_cell(filled, tmp_path, item, col, value, words):
    import openpyxl

    from hopen_desktop.reports import xlsx_layout as layout

    snap, path = _measured_workbook(filled, tmp_path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["P1"]
    r = _row_of(sheet, item)
    sheet.cell(r, getattr(layout, col)).value = value
    wb.save(path)
    with pytest.raises(XlsxImportError) as refused:
        read_workbook(path, snap)
    assert words in refused.value.message
    assert f"{layout.letter(getattr(layout, col))}{r}" in refused.value.message  # the cell concerned


def test_an_older_workbook_without_the_measurement_columns_still_imports_and_keeps_it(filled, tmp_path):
    """A workbook exported before issue 17 (columns L to N absent, the status's reason in L) reads
    back; the measurement stored in the workspace is kept, not wiped."""
    import openpyxl

    from hopen_desktop.reports import xlsx_layout as layout

    snap, path = _measured_workbook(filled, tmp_path)
    wb = openpyxl.load_workbook(path)
    for group in snap.referential.groups:
        wb[group.id].delete_cols(layout.FIRST_OPTIONAL_COLUMN, 3)
    from hopen_desktop.reports.xlsx_export import REASON_COLUMN

    assert wb["P1"].cell(layout.HEADER_ROW, layout.FIRST_OPTIONAL_COLUMN).value == REASON_COLUMN[0]
    wb.save(path)
    read = {a.indicator: a for a in read_workbook(path, snap).answers}
    assert read["P1.1"] == snap.answers["P1.1"]
    assert read["P1.1"].source == "extraction DPI"
