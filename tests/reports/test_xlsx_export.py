"""The workbook written from one snapshot: the sheets of the layout, the answers in the yellow
cells, the identification sheet; progress reported, cancellation honoured."""

import io

import pytest

from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.reports import xlsx_layout as layout
from hopen_desktop.reports.errors import Cancelled
from hopen_desktop.reports.progress import Steps
from hopen_desktop.reports.xlsx_export import render_workbook, step_count


def open_workbook(content: bytes):
    from openpyxl import load_workbook

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
