"""Import: read an autodiagnostic workbook back and check it, writing nothing.

The whole workbook is read and checked against a snapshot of the campaign (every refusal names
the sheet and the cell); the checked answers are then written, all or nothing, by the operation
``hopen_desktop.model.operations.workbook.import_workbook``. Only the yellow cells are read back;
the computed ones (rate, status, derived criteria) are ignored.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import ValidationError
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
    COLUMNS,
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


def step_count(groups: int) -> int:
    """Progress steps of a reading job: reading the snapshot, opening, one per group sheet."""
    return groups + 2


def _refuse(message: str, sheet: str | None = None, cell: str | None = None) -> XlsxImportError:
    return XlsxImportError(message, sheet, cell)


def _open_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    path = Path(path)
    if path.suffix.lower() in (".xlsm", ".xltm", ".xlam"):
        raise _refuse(
            f"« {path.name} » est un classeur à macros : il est refusé par sécurité. Enregistrez-le au format "
            "« Classeur Excel (.xlsx) » puis importez ce fichier."
        )
    if not path.exists():
        raise _refuse(f"Le fichier « {path} » n'existe pas.")
    try:
        is_zip = zipfile.is_zipfile(path)
        names: list[str] = []
        if is_zip:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
    except OSError as exc:
        raise _refuse(f"Le fichier « {path.name} » est illisible ({exc.strerror}).") from exc
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, ValueError):
        # A damaged or unusual archive (e.g. an unsupported zip version, found by fuzzing bundles).
        is_zip, names = False, []
    if not is_zip or "xl/workbook.xml" not in names:
        raise _refuse(
            f"« {path.name} » n'est pas un classeur Excel (.xlsx) : exportez la grille depuis HOP'EN Desktop, "
            "complétez-la et importez-la sans changer de format."
        )
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise _refuse(
            f"« {path.name} » contient des macros : il est refusé par sécurité. Enregistrez-le au format "
            "« Classeur Excel (.xlsx) » sans macros puis importez ce fichier."
        )
    try:
        # From memory: no file handle is left open when a refusal stops the reading half-way.
        return load_workbook(io.BytesIO(path.read_bytes()), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:
        raise _refuse(f"« {path.name} » est un classeur Excel illisible ou endommagé ({exc}).") from exc


def read_workbook(path: Path, snapshot: CampaignSnapshot, *, steps: Steps | None = None) -> ParsedWorkbook:
    """Read and check the whole workbook against the campaign of ``snapshot``; nothing is
    written. Raises ``XlsxImportError`` naming the sheet and the cell of the first problem."""
    ref = snapshot.referential
    steps = steps or Steps(step_count(len(ref.groups)))
    steps.step("Ouverture du classeur…")
    wb = _open_workbook(Path(path))
    try:
        _check_meta(wb, Path(path).name, ref, snapshot.establishment.finess)
        answers: list[Answer] = []
        seen: set[str] = set()
        for group in ref.groups:
            steps.step(f"Lecture de la feuille {group.id}…")
            answers += _read_group_sheet(wb, group.id, ref, snapshot.answers, seen)
    finally:
        wb.close()
    absent = tuple(i.id for i in ref.indicators if i.id not in seen)
    steps.finish("Classeur vérifié.")
    return ParsedWorkbook(Path(path), tuple(answers), absent)


def _check_meta(wb: Any, name: str, ref: Referential, finess: str) -> None:
    foreign = (
        f"« {name} » n'est pas une grille d'autodiagnostic exportée par HOP'EN Desktop "
        f"(feuille « {META_SHEET} » d'identification absente ou modifiée). Exportez la grille de la campagne "
        "depuis l'application, complétez-la, puis importez-la."
    )
    if META_SHEET not in wb.sheetnames:
        raise _refuse(foreign)
    meta: dict[str, str] = {}
    for row in wb[META_SHEET].iter_rows(min_row=2, max_col=2, values_only=True):
        if row and row[0] is not None:
            meta[str(row[0])] = "" if row[1] is None else str(row[1])
    if meta.get("format") != WORKBOOK_FORMAT:
        raise _refuse(foreign)
    if meta.get("version") != str(WORKBOOK_VERSION):
        raise _refuse(
            f"Version « {meta.get('version')} » de la grille non prise en charge (version {WORKBOOK_VERSION} "
            "attendue) : exportez de nouveau la grille depuis cette version de l'application.",
            META_SHEET,
        )
    if meta.get("referential") != ref.id:
        raise _refuse(
            f"ce classeur suit le référentiel « {meta.get('referential')} », la campagne suit « {ref.id} ». "
            "Importez-le dans une campagne du même référentiel.",
            META_SHEET,
            meta_cell("referential"),
        )
    if meta.get("finess") != finess:
        raise _refuse(
            f"ce classeur est celui de l'établissement FINESS {meta.get('finess')}, la campagne est celle du "
            f"FINESS {finess}. Importez-le dans une campagne du bon établissement.",
            META_SHEET,
            meta_cell("finess"),
        )


def _read_group_sheet(
    wb: Any, sheet_name: str, ref: Referential, current: Mapping[str, Answer], seen: set[str]
) -> list[Answer]:
    if sheet_name not in wb.sheetnames:
        raise _refuse(
            f"la feuille « {sheet_name} » est absente du classeur : ne supprimez ni ne renommez les feuilles "
            "de la grille.",
        )
    sheet = wb[sheet_name]
    rows = sheet.iter_rows(min_row=HEADER_ROW, max_col=len(COLUMNS))
    header = next(rows, None)
    for col, (title, _width) in enumerate(COLUMNS, 1):
        value = header[col - 1].value if header is not None and len(header) >= col else None
        if value != title:
            raise _refuse(
                f"en-tête « {title} » attendu (trouvé : « {value if value is not None else ''} »). Ne déplacez, "
                "n'insérez ni ne supprimez de colonnes.",
                sheet_name,
                f"{letter(col)}{HEADER_ROW}",
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
            filled = [c for c in (COL_NUM, COL_DEN, COL_MET, COL_NA, COL_JUST, COL_COMMENT)
                      if _value(cells[c - 1]) not in (None, "")]  # fmt: skip
            if filled:
                raise _refuse(
                    "cette ligne n'a pas d'identifiant d'indicateur ou de critère en colonne A : "
                    "ne supprimez pas les identifiants.",
                    sheet_name,
                    at.cell(filled[0]),
                )
            continue
        item_id = raw_id.strip()
        if ref.has_indicator(item_id):
            ind = ref.indicator(item_id)
            if ind.group != sheet_name:
                raise _refuse(
                    f"l'indicateur {item_id} appartient à la feuille « {ind.group} », pas à celle-ci.",
                    sheet_name,
                    at.cell(COL_ID),
                )
            if item_id in seen:
                raise _refuse(f"l'indicateur {item_id} apparaît deux fois.", sheet_name, at.cell(COL_ID))
            seen.add(item_id)
            pending = _read_indicator_row(cells, at, ind, current.get(item_id, Answer(item_id)))
            by_id[item_id] = pending
            order.append(item_id)
            continue
        owner = _criterion_owner(ref, item_id)
        if owner is None:
            raise _refuse(
                f"identifiant inconnu « {item_id} » : ni indicateur ni critère du référentiel {ref.id}.",
                sheet_name,
                at.cell(COL_ID),
            )
        if pending is None or owner.id != pending.indicator.id:
            raise _refuse(
                f"le critère « {item_id} » doit suivre la ligne de l'indicateur {owner.id} : "
                "ne déplacez pas les lignes.",
                sheet_name,
                at.cell(COL_ID),
            )
        crit = owner.criterion(item_id)
        if crit.is_derived:
            continue  # computed from the evidence register, never read back
        met = _yes_no(cells[COL_MET - 1], at, COL_MET)
        if item_id in pending.criteria_seen:
            raise _refuse(f"le critère « {item_id} » apparaît deux fois.", sheet_name, at.cell(COL_ID))
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

    def answer(self, ref: Referential) -> Answer:
        answer = replace(self.base, criteria=dict(sorted(self.criteria.items())))
        try:
            return check_answer(ref, answer)
        except ValidationError as exc:
            col = COL_JUST if answer.not_applicable and not answer.justification.strip() else COL_ID
            raise _refuse(exc.message, self.at.sheet, self.at.cell(col)) from None


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
        return value.strftime("%d/%m/%Y")
    return str(value)


def _count(cell: Any, at: _At, col: int, what: str) -> int | None:
    value = _value(cell)
    where = at.cell(col)
    if _is_formula(cell):
        raise _refuse(f"le {what} est une formule ({value}) : saisissez directement le nombre entier.", at.sheet, where)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool | dt.date | dt.datetime | dt.time):
        raise _refuse(f"le {what} doit être un nombre entier (trouvé : « {value} »).", at.sheet, where)
    if isinstance(value, str):
        raise _refuse(
            f"le {what} doit être un nombre entier, pas du texte (trouvé : « {value} »). "
            "Saisissez le nombre seul, sans unité ni espace.",
            at.sheet,
            where,
        )
    if isinstance(value, float):
        if not value.is_integer():
            raise _refuse(f"le {what} doit être un nombre entier (trouvé : {value}).", at.sheet, where)
        value = int(value)
    if not isinstance(value, int):
        raise _refuse(f"le {what} doit être un nombre entier (trouvé : « {value} »).", at.sheet, where)
    if value < 0:
        raise _refuse(f"le {what} ne peut pas être négatif (trouvé : {value}).", at.sheet, where)
    if value > MAX_COUNT:
        raise _refuse(f"le {what} est trop grand (trouvé : {value}).", at.sheet, where)
    return value


def _yes_no(cell: Any, at: _At, col: int) -> bool | None:
    value = _value(cell)
    if _is_formula(cell):
        raise _refuse(f"formule refusée ({value}) : choisissez oui ou non.", at.sheet, at.cell(col))
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
    raise _refuse(f"« {value} » n'est pas une réponse possible : choisissez oui ou non.", at.sheet, at.cell(col))


def _free_text(cell: Any, at: _At, col: int) -> str:
    if _is_formula(cell):
        raise _refuse(
            f"formule refusée ({_value(cell)}) : saisissez du texte (commencez par une apostrophe pour écrire « = »).",
            at.sheet,
            at.cell(col),
        )
    return _text(cell) or ""


def _read_indicator_row(cells: list[Any], at: _At, ind: Indicator, current: Answer) -> _Pending:
    numerator = _count(cells[COL_NUM - 1], at, COL_NUM, "numérateur")
    denominator = _count(cells[COL_DEN - 1], at, COL_DEN, "dénominateur")
    if not ind.is_rate and (numerator is not None or denominator is not None):
        col = COL_NUM if numerator is not None else COL_DEN
        raise _refuse(
            f"{ind.id} est un indicateur d'existence : il n'a ni numérateur ni dénominateur ; videz cette cellule.",
            at.sheet,
            at.cell(col),
        )
    try:
        check_rate_pair(ind.id, numerator, denominator)
    except ValidationError as exc:
        raise _refuse(exc.message, at.sheet, at.cell(COL_NUM)) from None
    not_applicable = _yes_no(cells[COL_NA - 1], at, COL_NA) or False
    justification = _free_text(cells[COL_JUST - 1], at, COL_JUST)
    comment = _free_text(cells[COL_COMMENT - 1], at, COL_COMMENT)
    if not_applicable and not justification.strip():
        raise _refuse(
            f"{ind.id} est déclaré non applicable sans justification : expliquez pourquoi l'indicateur ne "
            "concerne pas l'établissement.",
            at.sheet,
            at.cell(COL_JUST),
        )
    # Criteria rows follow; start from the manual criteria of the workspace so that a criterion row
    # deleted from the sheet leaves its answer unchanged.
    base = Answer(
        indicator=ind.id,
        numerator=numerator,
        denominator=denominator,
        not_applicable=not_applicable,
        justification=justification,
        comment=comment,
    )
    manual = {c.id for c in ind.criteria if not c.is_derived}
    criteria = {k: v for k, v in current.criteria.items() if k in manual}
    return _Pending(ind, base, at, criteria)


def _criterion_owner(ref: Referential, criterion_id: str) -> Indicator | None:
    for ind in ref.indicators:
        if any(c.id == criterion_id for c in ind.criteria):
            return ind
    return None
