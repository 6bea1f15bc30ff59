"""Excel jobs: export a campaign's autodiagnostic workbook, read one back (checks only, nothing
written), and import it (reading, then the ``model.operations.workbook`` operation)."""

from __future__ import annotations

import os
from pathlib import Path

from hopen_desktop.jobs.common import Source, reading, write_output
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.files import open_regular_input
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.operations.workbook import ImportSummary, ParsedWorkbook, import_workbook
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.progress import CancelledCallback, ProgressCallback, Steps


def export_xlsx(
    source: Source,
    campaign_id: int,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> Path:
    """Write the autodiagnostic workbook of ``campaign_id`` atomically to ``out`` (.xlsx)."""
    from hopen_desktop.reports.xlsx_export import render_workbook, step_count

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ValidationError("workbook.extension", field="out", name=out.name)
    steps = Steps(1, progress, cancelled)
    steps.step("Lecture de la campagne…")
    with reading(source) as ws:
        snapshot = take_snapshot(ws, campaign_id, check_files=False)
    steps.set_total(step_count(len(snapshot.referential.groups)))
    content = render_workbook(snapshot, steps=steps)
    steps.check()
    return write_output(out, content, "le classeur", ValidationError)


def read_xlsx(
    source: Source,
    campaign_id: int,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> ParsedWorkbook:
    """Read and check the whole workbook against the campaign (nothing written): a
    ``ParsedWorkbook``, or ``XlsxImportError`` naming the sheet and cell."""
    from hopen_desktop.reports.xlsx_import import read_workbook, step_count

    os.close(open_regular_input(Path(path)))  # a FIFO, a device or a folder: refused at once, never a hang
    steps = Steps(1, progress, cancelled)
    steps.step("Lecture de la campagne…")
    with reading(source) as ws:
        snapshot = take_snapshot(ws, campaign_id, check_files=False)
    steps.set_total(step_count(len(snapshot.referential.groups)))
    return read_workbook(Path(path), snapshot, steps=steps)


def import_xlsx(
    ws: Workspace,
    campaign_id: int,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> Outcome[ImportSummary]:
    """Check then import ``path`` into ``campaign_id`` (the command line's whole import); the
    workspace is untouched on refusal."""
    parsed = read_xlsx(ws, campaign_id, path, progress=progress, cancelled=cancelled)
    return import_workbook(ws, campaign_id, parsed)
