"""Import: read an autodiagnostic workbook back and check it, writing nothing.

The whole workbook is read and checked against a snapshot of the campaign (every refusal names
the sheet and the cell); the checked answers are then written, all or nothing, by the operation
``hopen_desktop.model.operations.workbook.import_workbook``. Only the yellow cells are read back;
the computed ones (rate, status, derived criteria) are ignored.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hopen_desktop.model import messages
from hopen_desktop.model.archives import ZIP_ERRORS, Budget, ExpansionRefused
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import HopenError, ValidationError
from hopen_desktop.model.files import read_regular_file
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.operations.workbook import ImportSummary, ParsedWorkbook
from hopen_desktop.model.referential import Indicator, Referential
from hopen_desktop.model.snapshot import CampaignSnapshot
from hopen_desktop.model.validation import check_answer, check_rate_pair
from hopen_desktop.reports.errors import XlsxImportError
from hopen_desktop.reports.progress import Steps
from hopen_desktop.reports.xlsx_layout import (
    COL_COMMENT,
    COL_DEN,
    COL_ID,
    COL_JUST,
    COL_MET,
    COL_NA,
    COL_NUM,
    COL_PERIOD_END,
    COL_PERIOD_START,
    COL_SOURCE,
    COLUMNS,
    CRITERION_NA,
    FIRST_OPTIONAL_COLUMN,
    HEADER_ROW,
    MAX_COUNT,
    META_SHEET,
    NO,
    WORKBOOK_FORMAT,
    WORKBOOK_VERSION,
    YES,
    letter,
    meta_cell,
)

__all__ = ["ImportSummary", "ParsedWorkbook", "read_workbook", "step_count"]

log = logging.getLogger(__name__)

#: The measurement of a rate: period start, period end, data source.
MEASUREMENT_COLS = (COL_PERIOD_START, COL_PERIOD_END, COL_SOURCE)
_MEASUREMENT_FIELDS = {"period_start": COL_PERIOD_START, "period_end": COL_PERIOD_END, "source": COL_SOURCE}


#: The largest workbook read (the grid exported by the application weighs well under 1 MB).
MAX_WORKBOOK_BYTES = 64 * 1024 * 1024


def step_count(groups: int) -> int:
    """Progress steps of a reading job: reading the snapshot, opening, one per group sheet."""
    return groups + 2


def _refuse(code: str, sheet: str | None = None, cell: str | None = None, **params: Any) -> XlsxImportError:
    return XlsxImportError(code, sheet=sheet, cell=cell, **params)


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    path = Path(path)
    if path.suffix.lower() in (".xlsm", ".xltm", ".xlam"):
        raise _refuse("xlsx.macro_extension", name=path.name)
    if not path.exists() and not path.is_symlink():
        raise _refuse("file.missing", path=path)
    data = read_regular_file(path, MAX_WORKBOOK_BYTES)  # a FIFO, a folder, /dev/zero: refused at once
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except ZIP_ERRORS:
        # A damaged or unusual archive (e.g. an unsupported zip version, found by fuzzing bundles).
        raise _refuse("xlsx.not_xlsx", name=path.name) from None
    if "xl/workbook.xml" not in names:
        raise _refuse("xlsx.not_xlsx", name=path.name)
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise _refuse("xlsx.macros", name=path.name)
    try:
        # Every member decompressed once, counted, before openpyxl (which trusts the archive) reads it.
        Budget(archive, len(data)).drain(archive)
    except ExpansionRefused as exc:
        raise _refuse("xlsx.too_big", name=path.name, limit=exc.allowed // (1024 * 1024)) from None
    except ZIP_ERRORS as exc:
        raise _refuse("xlsx.damaged", name=path.name, reason=str(exc)) from None
    try:
        # From memory: no file handle is left open when a refusal stops the reading half-way.
        return load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # catch-all by design: a hostile workbook may break openpyxl (and the XML
        # parsers under it) with any error; each becomes a refusal, logged with its traceback
        log.warning("unreadable workbook", exc_info=True)
        raise _refuse("xlsx.damaged", name=path.name, reason=str(exc)) from exc


def read_workbook(
    path: Path, snapshot: CampaignSnapshot, *, steps: Steps | None = None, any_campaign: bool = False
) -> ParsedWorkbook:
    """Read and check the whole workbook against the campaign of ``snapshot``; nothing is
    written. Raises ``XlsxImportError`` naming the sheet and the cell of the first problem.

    A workbook exported from another campaign (last year's, another version) is refused: its
    answers would replace this campaign's. ``any_campaign`` reads it anyway, on purpose (the
    command line's ``--into-campaign``, after a backup); the establishment and the referential
    must still be the campaign's."""
    ref = snapshot.referential
    steps = steps or Steps(step_count(len(ref.groups)))
    steps.step(Text("Ouverture du classeur…", "Opening the workbook…"))
    wb = _open_workbook(Path(path))
    try:
        _check_meta(wb, Path(path).name, ref, snapshot, any_campaign=any_campaign)
        answers: list[Answer] = []
        seen: set[str] = set()
        for group in ref.groups:
            steps.step(Text(f"Lecture de la feuille {group.id}…", f"Reading sheet {group.id}…"))
            answers += _read_group_sheet(wb, group.id, ref, snapshot.answers, seen, snapshot.establishment.in_ght)
    except HopenError:
        raise
    except Exception as exc:  # catch-all by design: openpyxl parses each sheet's XML only when its
        # rows are read (malformed XML, an entity declaration, &#0;, an impossible date cell): any
        # failure there is a damaged workbook, refused and logged with its traceback
        log.warning("unreadable worksheet", exc_info=True)
        raise _refuse("xlsx.damaged", name=Path(path).name, reason=str(exc)) from exc
    finally:
        wb.close()
    absent = tuple(i.id for i in ref.indicators if i.id not in seen)
    steps.finish("Classeur vérifié.")
    return ParsedWorkbook(Path(path), tuple(answers), absent)


def _check_meta(wb: Any, name: str, ref: Referential, snapshot: CampaignSnapshot, *, any_campaign: bool) -> None:
    finess = snapshot.establishment.finess
    if META_SHEET not in wb.sheetnames:
        raise _refuse("xlsx.foreign", name=name, meta=META_SHEET)
    meta: dict[str, str] = {}
    for row in wb[META_SHEET].iter_rows(min_row=2, max_col=2, values_only=True):
        if row and row[0] is not None:
            meta[str(row[0])] = "" if row[1] is None else str(row[1])
    if meta.get("format") != WORKBOOK_FORMAT:
        raise _refuse("xlsx.foreign", name=name, meta=META_SHEET)
    if meta.get("version") != str(WORKBOOK_VERSION):
        raise _refuse("xlsx.version", META_SHEET, version=meta.get("version"), expected=WORKBOOK_VERSION)
    if meta.get("referential") != ref.id:
        raise _refuse(
            "xlsx.referential", META_SHEET, meta_cell("referential"), found=meta.get("referential"), expected=ref.id
        )
    if meta.get("finess") != finess:
        raise _refuse("xlsx.finess", META_SHEET, meta_cell("finess"), found=meta.get("finess"), expected=finess)
    campaign = snapshot.campaign
    found, found_date = meta.get("campaign", ""), meta.get("campaign_date", "")
    if not any_campaign and (found != str(campaign.id) or found_date != campaign.date.isoformat()):
        raise _refuse(
            "xlsx.other_campaign",
            name=name,
            found=found or "?",
            found_date=_meta_date(found_date),
            expected=campaign.id,
            expected_date=format_date(campaign.date, "fr"),
        )


def _meta_date(text: str) -> str:
    """The campaign date of the « _meta » sheet (ISO) in French; as written when it is not a date."""
    try:
        return format_date(dt.date.fromisoformat(text), "fr")
    except ValueError:
        return text or "?"


def _read_group_sheet(
    wb: Any, sheet_name: str, ref: Referential, current: Mapping[str, Answer], seen: set[str], in_ght: bool
) -> list[Answer]:
    if sheet_name not in wb.sheetnames:
        raise _refuse("xlsx.sheet_missing", missing=sheet_name)
    sheet = wb[sheet_name]
    rows = sheet.iter_rows(min_row=HEADER_ROW, max_col=len(COLUMNS))
    header = next(rows, None)
    # A workbook exported before the optional columns existed (the measurement of a rate) has
    # another header, or none, where the first of them goes: those columns are then not read.
    optional = _header(header, FIRST_OPTIONAL_COLUMN) == COLUMNS[FIRST_OPTIONAL_COLUMN - 1][0]
    for col, (title, _width) in enumerate(COLUMNS, 1):
        if col >= FIRST_OPTIONAL_COLUMN and not optional:
            break
        value = _header(header, col)
        if value != title:
            raise _refuse(
                "xlsx.header",
                sheet_name,
                f"{letter(col)}{HEADER_ROW}",
                title=title,
                found=value if value is not None else "",
            )
    by_id: dict[str, _Pending] = {}
    order: list[str] = []
    pending: _Pending | None = None
    for row in rows:
        cells = list(row) + [None] * (len(COLUMNS) - len(row))
        r = _row_number(cells)
        if r is None:
            continue
        at = _At(sheet_name, r)
        raw_id = _text(cells[COL_ID - 1])
        if raw_id is None:
            read = (COL_NUM, COL_DEN, COL_MET, COL_NA, COL_JUST, COL_COMMENT, *(MEASUREMENT_COLS if optional else ()))
            filled = [c for c in read if _value(cells[c - 1]) not in (None, "")]
            if filled:
                raise _refuse("xlsx.no_id", sheet_name, at.cell(filled[0]))
            continue
        item_id = raw_id.strip()
        if ref.has_indicator(item_id):
            ind = ref.indicator(item_id)
            if ind.group != sheet_name:
                raise _refuse("xlsx.wrong_sheet", sheet_name, at.cell(COL_ID), indicator=item_id, group=ind.group)
            if item_id in seen:
                raise _refuse("xlsx.indicator_twice", sheet_name, at.cell(COL_ID), indicator=item_id)
            seen.add(item_id)
            pending = _read_indicator_row(cells, at, ind, current.get(item_id, Answer(item_id)), optional)
            by_id[item_id] = pending
            order.append(item_id)
            continue
        owner = _criterion_owner(ref, item_id)
        if owner is None:
            raise _refuse("xlsx.unknown_id", sheet_name, at.cell(COL_ID), id=item_id, referential=ref.id)
        if pending is None or owner.id != pending.indicator.id:
            raise _refuse(
                "xlsx.criterion_misplaced", sheet_name, at.cell(COL_ID), criterion=item_id, indicator=owner.id
            )
        crit = owner.criterion(item_id)
        if crit.is_derived:
            continue  # computed from the evidence register, never read back
        if crit not in owner.applicable_criteria(in_ght):
            continue  # a GHT criterion outside a GHT: grey, « sans objet », its answer left unchanged
        if _is_criterion_na(cells[COL_MET - 1]) and item_id in (pending.current.criteria_na if pending.current else {}):
            continue  # declared non applicable in the application, with its justification: unchanged
        met = _yes_no(cells[COL_MET - 1], at, COL_MET)
        if item_id in pending.criteria_seen:
            raise _refuse("xlsx.criterion_twice", sheet_name, at.cell(COL_ID), criterion=item_id)
        pending.criteria_seen.add(item_id)
        if met is None:
            pending.criteria.pop(item_id, None)
        else:
            pending.criteria[item_id] = met
    return [by_id[i].answer(ref) for i in order]


@dataclass
class _At:
    sheet: str
    row: int

    def cell(self, col: int) -> str:
        return f"{letter(col)}{self.row}"


@dataclass
class _Pending:
    indicator: Indicator
    base: Answer
    at: _At
    criteria: dict[str, bool]
    criteria_seen: set[str] = field(default_factory=set)
    #: The answer stored in the workspace (its criteria declared non applicable stay, unless the sheet
    #: answers them; a prerequisite it already declared non applicable may stay so).
    current: Answer | None = None

    def answer(self, ref: Referential) -> Answer:
        current_na = self.current.criteria_na if self.current else {}
        answer = replace(
            self.base,
            criteria=dict(sorted(self.criteria.items())),
            criteria_na={k: v for k, v in current_na.items() if k not in self.criteria_seen},
        )
        try:
            return check_answer(ref, answer, self.current)
        except ValidationError as exc:
            col = COL_JUST if answer.not_applicable and not answer.justification.strip() else COL_ID
            col = _MEASUREMENT_FIELDS.get(exc.field or "", col)
            raise _refuse("xlsx.answer", self.at.sheet, self.at.cell(col), error=exc) from None


def _row_number(cells: list[Any]) -> int | None:
    for c in cells:
        r = getattr(c, "row", None)
        if r is not None:
            return int(r)
    return None


def _value(cell: Any) -> Any:
    return None if cell is None else getattr(cell, "value", None)


def _is_formula(cell: Any) -> bool:
    value = _value(cell)
    return getattr(cell, "data_type", None) == "f" or (
        isinstance(value, str) and value.startswith("=") and getattr(cell, "data_type", None) != "s"
    )


def _text(cell: Any) -> str | None:
    value = _value(cell)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, int | float):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value.date() if isinstance(value, dt.datetime) else value, "fr")
    return str(value)


def _count(cell: Any, at: _At, col: int, what: Text) -> int | None:
    value = _value(cell)
    where = at.cell(col)
    if _is_formula(cell):
        raise _refuse("xlsx.count_formula", at.sheet, where, what=what, value=value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool | dt.date | dt.datetime | dt.time):
        raise _refuse("xlsx.count_not_integer", at.sheet, where, what=what, value=value)
    if isinstance(value, str):
        raise _refuse("xlsx.count_text", at.sheet, where, what=what, value=value)
    if isinstance(value, float):
        if not value.is_integer():
            raise _refuse("xlsx.count_fraction", at.sheet, where, what=what, value=value)
        value = int(value)
    if not isinstance(value, int):
        raise _refuse("xlsx.count_not_integer", at.sheet, where, what=what, value=value)
    if value < 0:
        raise _refuse("xlsx.count_negative", at.sheet, where, what=what, value=value)
    if value > MAX_COUNT:
        raise _refuse("xlsx.count_too_big", at.sheet, where, what=what, value=value)
    return value


def _yes_no(cell: Any, at: _At, col: int) -> bool | None:
    value = _value(cell)
    if _is_formula(cell):
        raise _refuse("xlsx.yes_no_formula", at.sheet, at.cell(col), value=value)
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text == "":
            return None
        if text == YES:
            return True
        if text == NO:
            return False
    raise _refuse("xlsx.yes_no_invalid", at.sheet, at.cell(col), value=value)


def _is_criterion_na(cell: Any) -> bool:
    value = _value(cell)
    return isinstance(value, str) and not _is_formula(cell) and value.strip().lower() == CRITERION_NA


def _free_text(cell: Any, at: _At, col: int) -> str:
    if _is_formula(cell):
        raise _refuse("xlsx.text_formula", at.sheet, at.cell(col), value=_value(cell))
    return _text(cell) or ""


def _header(header: Any, col: int) -> Any:
    return header[col - 1].value if header is not None and len(header) >= col else None


def _date(cell: Any, at: _At, col: int) -> dt.date | None:
    """A date cell (a rate's measurement period): a date, or a text ``JJ/MM/AAAA`` or
    ``AAAA-MM-JJ``; empty is None. Its bounds (not in the future, from 1990) are the model's."""
    value = _value(cell)
    if _is_formula(cell):
        raise _refuse("xlsx.date_formula", at.sheet, at.cell(col), value=value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
    raise _refuse("xlsx.date_invalid", at.sheet, at.cell(col), value=value)


def _read_measurement(cells: list[Any], at: _At, ind: Indicator, current: Answer, present: bool) -> dict[str, Any]:
    """The measurement period and the data source of a rate's row; what the workspace holds when
    the workbook predates those columns (``present`` false)."""
    if not present:
        return {"period_start": current.period_start, "period_end": current.period_end, "source": current.source}
    start = _date(cells[COL_PERIOD_START - 1], at, COL_PERIOD_START)
    end = _date(cells[COL_PERIOD_END - 1], at, COL_PERIOD_END)
    source = _free_text(cells[COL_SOURCE - 1], at, COL_SOURCE)
    if not ind.is_rate and (start is not None or end is not None or source.strip()):
        col = COL_PERIOD_START if start is not None else COL_PERIOD_END if end is not None else COL_SOURCE
        raise _refuse("xlsx.existence_has_measurement", at.sheet, at.cell(col), indicator=ind.id)
    return {"period_start": start, "period_end": end, "source": source}


def _read_indicator_row(cells: list[Any], at: _At, ind: Indicator, current: Answer, optional: bool = True) -> _Pending:
    numerator = _count(cells[COL_NUM - 1], at, COL_NUM, messages.NUMERATOR)
    denominator = _count(cells[COL_DEN - 1], at, COL_DEN, messages.DENOMINATOR)
    if not ind.is_rate and (numerator is not None or denominator is not None):
        col = COL_NUM if numerator is not None else COL_DEN
        raise _refuse("xlsx.existence_has_counts", at.sheet, at.cell(col), indicator=ind.id)
    try:
        check_rate_pair(ind.id, numerator, denominator)
    except ValidationError as exc:
        raise _refuse("xlsx.answer", at.sheet, at.cell(COL_NUM), error=exc) from None
    not_applicable = _yes_no(cells[COL_NA - 1], at, COL_NA) or False
    justification = _free_text(cells[COL_JUST - 1], at, COL_JUST)
    comment = _free_text(cells[COL_COMMENT - 1], at, COL_COMMENT)
    if not_applicable and not justification.strip():
        raise _refuse("xlsx.justification_required", at.sheet, at.cell(COL_JUST), indicator=ind.id)
    # Criteria rows follow; start from the manual criteria of the workspace so that a criterion row
    # deleted from the sheet leaves its answer unchanged.
    base = Answer(
        indicator=ind.id,
        numerator=numerator,
        denominator=denominator,
        not_applicable=not_applicable,
        justification=justification,
        comment=comment,
        **_read_measurement(cells, at, ind, current, optional),
    )
    manual = {c.id for c in ind.criteria if not c.is_derived}
    criteria = {k: v for k, v in current.criteria.items() if k in manual}
    return _Pending(ind, base, at, criteria, current=current)


def _criterion_owner(ref: Referential, criterion_id: str) -> Indicator | None:
    for ind in ref.indicators:
        if any(c.id == criterion_id for c in ind.criteria):
            return ind
    return None
