"""Excel jobs: export a campaign's autodiagnostic workbook, read one back (checks only, nothing
written), and import it (reading, then the ``model.operations.workbook`` operation)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hopen_desktop.jobs.common import Source, reading, write_output
from hopen_desktop.model.errors import HopenError, ValidationError
from hopen_desktop.model.files import open_regular_input
from hopen_desktop.model.i18n import Text
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
    steps.step(Text("Lecture de la campagne…", "Reading the campaign…"))
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
    any_campaign: bool = False,
) -> ParsedWorkbook:
    """Read and check the whole workbook against the campaign (nothing written): a
    ``ParsedWorkbook``, or ``XlsxImportError`` naming the sheet and cell. A workbook of another
    campaign is refused unless ``any_campaign`` (taken on purpose, ``--into-campaign``)."""
    from hopen_desktop.reports.xlsx_import import read_workbook, step_count

    os.close(open_regular_input(Path(path)))  # a FIFO, a device or a folder: refused at once, never a hang
    steps = Steps(1, progress, cancelled)
    steps.step(Text("Lecture de la campagne…", "Reading the campaign…"))
    with reading(source) as ws:
        snapshot = take_snapshot(ws, campaign_id, check_files=False)
    steps.set_total(step_count(len(snapshot.referential.groups)))
    return read_workbook(Path(path), snapshot, steps=steps, any_campaign=any_campaign)


@dataclass(frozen=True)
class OtherCampaign:
    """What ``check_xlsx`` found: the workbook is another campaign's (last year's, another
    version). The window asks before taking its answers on purpose (``read_xlsx_after_backup``)."""

    #: The campaign number and date (« 30/06/2024 ») the workbook was exported from.
    found: str
    found_date: str
    #: The refusal itself, in the current language.
    message: str


def check_xlsx(
    source: Source,
    campaign_id: int,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> ParsedWorkbook | OtherCampaign:
    """``read_xlsx`` for the window: a workbook of another campaign is not raised but returned as
    ``OtherCampaign``, so that the window can say so and offer to take it on purpose."""
    try:
        return read_xlsx(source, campaign_id, path, progress=progress, cancelled=cancelled)
    except HopenError as exc:
        if exc.code != "xlsx.other_campaign":
            raise
        return OtherCampaign(str(exc.params["found"]), str(exc.params["found_date"]), exc.message)


def read_xlsx_after_backup(
    source: Path,
    campaign_id: int,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> ParsedWorkbook:
    """Read and check a workbook of another campaign taken on purpose into ``campaign_id``
    (``--into-campaign`` in the window), then back the workspace file ``source`` up, before the
    window writes anything. A failed backup stops it (``WorkspaceError``): nothing is written."""
    from hopen_desktop.model.backup import create_backup

    parsed = read_xlsx(source, campaign_id, path, progress=progress, cancelled=cancelled, any_campaign=True)
    create_backup(Path(source))
    return parsed


def import_xlsx(
    ws: Workspace,
    campaign_id: int,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    any_campaign: bool = False,
    before_write: Callable[[], None] | None = None,
) -> Outcome[ImportSummary]:
    """Check then import ``path`` into ``campaign_id`` (the command line's whole import); the
    workspace is untouched on refusal. ``any_campaign`` takes a workbook of another campaign on
    purpose; ``before_write`` runs once the workbook is checked, before anything is written (the
    command line's backup)."""
    parsed = read_xlsx(ws, campaign_id, path, progress=progress, cancelled=cancelled, any_campaign=any_campaign)
    if before_write is not None:
        before_write()
    return import_workbook(ws, campaign_id, parsed)
