"""The workbook written from one snapshot: the sheets of the layout, the answers in the yellow
cells, the identification sheet; progress reported, cancellation honoured."""

import io

import pytest

from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.reports import xlsx_layout as layout
from hopen_desktop.reports.errors import Cancelled
from hopen_desktop.reports.progress import Steps
from hopen_desktop.reports.xlsx_export import render_workbook, step_count
from tests.reports.conftest import recalculated


def load_workbook(*args, **kwargs):
    from openpyxl import load_workbook as load

    return load(*args, **kwargs)


def open_workbook(content: bytes):
    return load_workbook(io.BytesIO(content))


def test_sheets_identification_and_answers(filled):
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    wb = open_workbook(render_workbook(snap))
    groups = [g.id for g in snap.referential.groups]
    assert wb.sheetnames == [
        layout.SUMMARY_SHEET,
        *groups,
        layout.EVIDENCE_SHEET,
        layout.ACTIONS_SHEET,
        layout.META_SHEET,
    ]
    meta = wb[layout.META_SHEET]
    assert meta.sheet_state == "hidden"
    assert meta[layout.meta_cell("format")].value == layout.WORKBOOK_FORMAT
    assert meta[layout.meta_cell("finess")].value == snap.establishment.finess
    # P1.1's row on sheet P1 carries its numerator and denominator.
    sheet = wb["P1"]
    answer = snap.answers["P1.1"]
    [row] = [r for r in sheet.iter_rows(min_row=layout.FIRST_ROW) if r[layout.COL_ID - 1].value == "P1.1"]
    assert (row[layout.COL_NUM - 1].value, row[layout.COL_DEN - 1].value) == (answer.numerator, answer.denominator)
    assert [c.value for c in sheet[layout.HEADER_ROW]][: len(layout.COLUMNS)] == [h for h, _ in layout.COLUMNS]


def test_progress_is_reported_and_a_cancellation_stops_it(filled):
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    seen = []
    render_workbook(snap, steps=Steps(step_count(len(snap.referential.groups)), progress=lambda *a: seen.append(a)))
    assert seen[-1][0] == seen[-1][1] and len(seen) >= len(snap.referential.groups)
    with pytest.raises(Cancelled):
        render_workbook(snap, steps=Steps(10, cancelled=lambda: True))


def test_the_establishment_line_says_a_finess_is_provisional(workspace_path):
    import datetime as dt

    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.model.workspace import Workspace

    with Workspace.open(workspace_path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="", name="Clinique", finess_provisional=True))
        campaign = ws.add_campaign(est.id, dt.date(2025, 1, 31), "hopen-2019")
        wb = open_workbook(render_workbook(take_snapshot(ws, campaign.id)))
    summary = wb[layout.SUMMARY_SHEET]
    [row] = [r for r in summary.iter_rows() if r[0].value == "FINESS"]
    assert row[1].value == f"{est.finess} (provisoire)"
    # The hidden identification keeps the number itself (a re-import compares it with the campaign's).
    assert wb[layout.META_SHEET][layout.meta_cell("finess")].value == est.finess


def test_a_reason_column_says_why_each_status(filled, tmp_path):
    """Issue 16: each indicator's status with its reason, in a text column after the layout's,
    which the import never reads (an older workbook without it still imports). Issue 17: the
    status is a live formula (its value seen once LibreOffice has computed it), the reason is
    the one at export time, and its header says so."""
    from hopen_desktop.reports.xlsx_export import COL_REASON, REASON_COLUMN

    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    path = tmp_path / "grille.xlsx"
    path.write_bytes(render_workbook(snap))
    wb = open_workbook(path.read_bytes())
    assert len(layout.COLUMNS) + 1 == COL_REASON
    sheet = wb["P2"]
    assert sheet.cell(row=layout.HEADER_ROW, column=COL_REASON).value == REASON_COLUMN[0]
    assert "à la date de l'export" in REASON_COLUMN[0]
    rows = {r[layout.COL_ID - 1].value: r for r in sheet.iter_rows(min_row=layout.FIRST_ROW)}
    p25 = rows["P2.5"]
    assert p25[layout.COL_STATUS - 1].data_type == "f"
    computed = load_workbook(recalculated(path, tmp_path / "recalcul"), data_only=True)["P2"]
    assert computed.cell(row=p25[0].row, column=layout.COL_STATUS).value == "Non atteint"
    assert p25[COL_REASON - 1].value.startswith("aucune preuve « Attestation d'audit de sécurité externe »")
    # the criterion's own row carries the reason about it
    assert "aucune preuve" in rows["P2.5.attestation_audit"][COL_REASON - 1].value
    assert rows["P2.5.attestation_audit"][COL_REASON - 1].alignment.wrap_text
    summary = wb[layout.SUMMARY_SHEET]
    eligible = [r for r in summary.iter_rows(values_only=True) if r and r[0] == "D1"]
    assert eligible and eligible[0][5] == "non" and "Prérequis non atteints" in eligible[0][6]


def test_the_reason_column_is_not_read_back(filled, tmp_path):
    from hopen_desktop.reports.xlsx_export import COL_REASON
    from hopen_desktop.reports.xlsx_import import read_workbook

    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    expected = {
        a.indicator: a for a in read_workbook(_saved(open_workbook(render_workbook(snap)), tmp_path), snap).answers
    }
    groups = {g.id for g in snap.referential.groups}
    edited = open_workbook(render_workbook(snap))
    edited["P2"].cell(row=layout.FIRST_ROW, column=COL_REASON).value = "texte libre ajouté"
    older = open_workbook(render_workbook(snap))  # a workbook exported before the column existed
    for name in groups:
        older[name].delete_cols(COL_REASON)
    for wb in (edited, older):
        read = {a.indicator: a for a in read_workbook(_saved(wb, tmp_path), snap).answers}
        assert read == expected


def _saved(wb, tmp_path):
    path = tmp_path / "grille.xlsx"
    wb.save(path)
    return path


def test_print_setup_landscape_fitted_to_width_with_header_rows_and_page_header(filled):
    """Issue 17, item 10: printing gives landscape pages fitted to the width, the header row on
    every page, the establishment (its « & » kept) and the campaign date at the top."""
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    wb = open_workbook(render_workbook(snap))
    for sheet in wb.worksheets:
        if sheet.title == layout.META_SHEET:
            continue
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == 9, sheet.title  # A4
        assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (
            1,
            0,
        ) and sheet.sheet_properties.pageSetUpPr.fitToPage
        if sheet.title != layout.SUMMARY_SHEET:
            assert sheet.print_title_rows == f"${layout.HEADER_ROW}:${layout.HEADER_ROW}", sheet.title
        assert sheet.oddHeader.left.text == snap.establishment.name.replace("&", "&&")
        assert sheet.oddHeader.right.text == "Autodiagnostic HOP'EN du 30/06/2025"
        assert sheet.oddFooter.right.text == "Page &P / &N"


def test_existence_targets_labels_and_formula_looking_text(filled):
    """Existence indicators show their target text; the evidence and action sheets name criteria
    by their label, never the application's key; a user's text that looks like a formula is
    written as text with a quote prefix, the application's formulas as formulas."""
    import dataclasses

    ws, campaign_id = filled
    answer = ws.answers(campaign_id)["P1.1"]
    ws.save_answer(campaign_id, dataclasses.replace(answer, comment="=SUM(A1:A2)"))
    snap = take_snapshot(ws, campaign_id)
    wb = open_workbook(render_workbook(snap))
    rows = {r[layout.COL_ID - 1].value: r for r in wb["P1"].iter_rows(min_row=layout.FIRST_ROW)}
    assert rows["P1.2"][layout.COL_TARGET - 1].value == snap.referential.indicator("P1.2").target_text
    assert "existence" not in [c.value for row in wb["P2"].iter_rows() for c in row]
    comment = rows["P1.1"][layout.COL_COMMENT - 1]
    assert comment.value == "=SUM(A1:A2)" and comment.data_type == "s" and comment.quotePrefix
    assert rows["P1.1"][layout.COL_RATE - 1].data_type == "f"
    assert rows["P1.1"][layout.COL_STATUS - 1].data_type == "f"
    assert rows["P1.2"][layout.COL_NA - 1].comment is not None  # a prerequisite cannot be N/A: said there
    assert "ne peut pas être non applicable" in rows["P1.2"][layout.COL_NA - 1].comment.text
    derived = rows["P1.2.reunions_semestrielles"][layout.COL_MET - 1]
    assert derived.value in (layout.YES, layout.NO) and "registre des preuves" in derived.comment.text
    evidence = [c.value for row in wb[layout.EVIDENCE_SHEET].iter_rows(min_row=layout.FIRST_ROW) for c in row]
    pssi = snap.referential.indicator("P2.4").criterion("P2.4.pssi").label
    assert f"P2.4 — {pssi}" in evidence and "P2.4.pssi" not in evidence
    actions = [c.value for row in wb[layout.ACTIONS_SHEET].iter_rows(min_row=layout.FIRST_ROW) for c in row]
    assert "P2.1.pra_teste" not in actions
    assert f"P2.1 — {snap.referential.indicator('P2.1').criterion('P2.1.pra_teste').label}" in actions


def test_no_label_is_clipped_when_libreoffice_prints_the_workbook(filled, tmp_path):
    """Row heights follow the wrapped text (openpyxl has no autofit): printed by LibreOffice,
    the last word of every label, target and reason is on the page (a row too short cuts it)."""
    import re
    import subprocess

    from tests.reports.conftest import soffice

    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    book = tmp_path / "grille.xlsx"
    book.write_bytes(render_workbook(snap))
    profile = (tmp_path / "profil").as_uri()
    subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(book)], check=True, capture_output=True, timeout=180)  # fmt: skip
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "grille.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = set(re.findall(r"\w+", text))
    long_texts = [i.label for i in snap.referential.indicators] + [
        i.target_text for i in snap.referential.indicators if not i.is_rate
    ]
    long_texts += [c.label for i in snap.referential.indicators for c in i.criteria]
    missing = [t for t in long_texts if re.findall(r"\w+", t)[-1] not in words]
    assert not missing
