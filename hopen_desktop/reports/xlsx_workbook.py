"""The autodiagnostic workbook (Excel, openpyxl): export a campaign, import its answers back.

Sheets: « Synthèse », one sheet per prerequisite and domain (P1… D7), « Preuves », « Plan d'action »,
and the hidden « _meta » sheet that identifies the workbook (format, version, referential,
campaign, FINESS) so that a foreign workbook is recognised and refused.

Import is all or nothing: the whole workbook is read and checked first (every refusal names the
sheet and the cell), then the answers are written in one transaction. Only the yellow cells are
read back; the computed ones (rate, status, derived criteria) are ignored.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from hopen_desktop.model.entities import ACTION_STATUS_LABELS, LEGAL_STATUS_LABELS, Answer
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.referential import DOCUMENT_KINDS, EVIDENCE_TYPES, Indicator, Referential
from hopen_desktop.model.scoring import STATUS_LABELS
from hopen_desktop.model.validation import check_answer, check_rate_pair
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.data import CampaignData, fr_date, fr_percent, load_campaign_data
from hopen_desktop.reports.errors import XlsxImportError
from hopen_desktop.reports.progress import CancelledCallback, ProgressCallback, Steps

WORKBOOK_FORMAT = "hopen-desktop/autodiagnostic-xlsx"
WORKBOOK_VERSION = 1
META_SHEET = "_meta"
SUMMARY_SHEET = "Synthèse"
EVIDENCE_SHEET = "Preuves"
ACTIONS_SHEET = "Plan d'action"

HEADER_ROW = 4
FIRST_ROW = 5
#: (header, width) of the columns of a prerequisite or domain sheet, A to K.
COLUMNS: tuple[tuple[str, int], ...] = (
    ("Indicateur / critère", 20),
    ("Libellé", 60),
    ("Numérateur", 13),
    ("Dénominateur", 13),
    ("Taux", 9),
    ("Cible", 8),
    ("Critère rempli (oui/non)", 14),
    ("Non applicable (oui/non)", 14),
    ("Justification", 36),
    ("Statut", 16),
    ("Commentaire", 40),
)
COL_ID, COL_LABEL, COL_NUM, COL_DEN, COL_RATE, COL_TARGET, COL_MET, COL_NA, COL_JUST, COL_STATUS, COL_COMMENT = range(
    1, 12
)
YES, NO = "oui", "non"
EDITABLE_FILL = "FFF7D6"
COMPUTED_FILL = "EEEEEE"
HEADER_FILL = "1F4E79"
MAX_COUNT = 10**12


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(col))


# ---------------------------------------------------------------------------- export


def export_workbook(
    ws: Workspace,
    campaign_id: int,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> Path:
    """Write the autodiagnostic workbook of ``campaign_id`` atomically to ``out`` (.xlsx)."""
    from hopen_desktop.model.files import write_atomic

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ValidationError(f"Le classeur doit porter l'extension .xlsx (reçu : « {out.name} »).")
    content = render_workbook(ws, campaign_id, progress=progress, cancelled=cancelled)
    try:
        write_atomic(out, content)
    except OSError as exc:
        raise ValidationError(f"Impossible d'écrire le classeur « {out} » ({exc.strerror}).") from exc
    return out


def render_workbook(
    ws: Workspace,
    campaign_id: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> bytes:
    campaign = ws.campaign(campaign_id)
    ref = ws.referential_of(campaign)
    steps = Steps(len(ref.groups) + 5, progress, cancelled)
    steps.step("Lecture de la campagne…")
    data = load_campaign_data(ws, campaign_id, check_files=False)
    return _Writer(data, steps).build()


class _Writer:
    def __init__(self, data: CampaignData, steps: Steps) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.data = data
        self.steps = steps
        thin = Side(style="thin", color="B8C4D0")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.header_font = Font(bold=True, color="FFFFFF")
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.editable = PatternFill("solid", fgColor=EDITABLE_FILL)
        self.computed = PatternFill("solid", fgColor=COMPUTED_FILL)
        self.bold = Font(bold=True)
        self.title_font = Font(bold=True, size=14, color=HEADER_FILL)
        self.muted = Font(italic=True, color="555555")
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.indent = Alignment(wrap_text=True, vertical="top", indent=2)

    def build(self) -> bytes:
        from openpyxl import Workbook

        wb = Workbook()
        summary = wb.active
        summary.title = SUMMARY_SHEET
        self.steps.step("Synthèse…")
        self.summary_sheet(summary)
        for group in self.data.referential.groups:
            self.steps.step(f"Feuille {group.id}…")
            self.group_sheet(wb.create_sheet(group.id), group.id)
        self.steps.step("Preuves…")
        self.evidence_sheet(wb.create_sheet(EVIDENCE_SHEET))
        self.steps.step("Plan d'action…")
        self.actions_sheet(wb.create_sheet(ACTIONS_SHEET))
        self.meta_sheet(wb.create_sheet(META_SHEET))
        self.properties(wb)
        buffer = io.BytesIO()
        wb.save(buffer)
        self.steps.finish("Classeur prêt.")
        return buffer.getvalue()

    # ------------------------------------------------------------------ helpers

    def set(self, sheet: Any, row: int, col: int, value: Any, **style: Any) -> Any:
        cell = sheet.cell(row=row, column=col)
        cell.value = _safe(value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # user text, never a formula
        for key, v in style.items():
            setattr(cell, key, v)
        return cell

    def headers(self, sheet: Any, row: int, columns: Iterable[tuple[str, int]]) -> None:
        for col, (title, width) in enumerate(columns, 1):
            self.set(sheet, row, col, title, font=self.header_font, fill=self.header_fill, alignment=self.wrap,
                     border=self.border)  # fmt: skip
            sheet.column_dimensions[_letter(col)].width = width

    def title(self, sheet: Any, text: str, note: str) -> None:
        self.set(sheet, 1, 1, text, font=self.title_font)
        self.set(sheet, 2, 1, note, font=self.muted)

    # ------------------------------------------------------------------ sheets

    def summary_sheet(self, sheet: Any) -> None:
        d = self.data
        e, c, ref, score = d.establishment, d.campaign, d.referential, d.score
        self.title(sheet, "Autodiagnostic HOP'EN", "Synthèse calculée à l'export (non réimportée).")
        rows: list[tuple[str, Any]] = [
            ("Établissement", e.name),
            ("FINESS", e.finess),
            ("Statut juridique", LEGAL_STATUS_LABELS.get(e.legal_status, e.legal_status)),
            ("Activités", ", ".join(e.activities)),
            ("GHT", (e.ght or "—") + (" (support)" if e.ght_support else "")),
            ("Date de la campagne", fr_date(c.date)),
            ("Auditeur", c.auditor),
            ("Référentiel", f"{ref.title} ({c.referential_id}, version {c.referential_version})"),
            (
                "Taux global d'atteinte des prérequis",
                f"{fr_percent(score.prerequisites_rate)} "
                f"({score.prerequisites_attained}/{score.prerequisites_applicable})",
            ),
        ]
        r = 4
        for label, value in rows:
            self.set(sheet, r, 1, label, font=self.bold, border=self.border)
            self.set(sheet, r, 2, value, border=self.border, alignment=self.wrap)
            r += 1
        r += 1
        self.headers(sheet, r, (("Groupe", 34), ("Intitulé", 60), ("Statut", 16), ("Atteints", 10),
                                ("Applicables", 12), ("Éligible", 10), ("Motifs", 70)))  # fmt: skip
        for g in ref.groups:
            r += 1
            gs = score.groups[g.id]
            el = score.eligibility.get(g.id)
            values = [
                g.id,
                g.title,
                STATUS_LABELS[gs.status],
                gs.attained,
                gs.applicable,
                "" if el is None else (YES if el.eligible else NO),
                "" if el is None else " ".join(el.reasons),
            ]
            for col, v in enumerate(values, 1):
                self.set(sheet, r, col, v, border=self.border, alignment=self.wrap)
        sheet.freeze_panes = "A4"

    def group_sheet(self, sheet: Any, group_id: str) -> None:
        from openpyxl.worksheet.datavalidation import DataValidation

        d = self.data
        group = d.referential.group(group_id)
        kind = "Prérequis" if group.is_prerequisite else "Domaine"
        self.title(
            sheet,
            f"{kind} {group.id} — {group.title}",
            "Saisissez dans les cellules jaunes (oui/non dans les listes) ; les cellules grises sont calculées "
            "et ignorées à l'import.",
        )
        self.headers(sheet, HEADER_ROW, COLUMNS)
        yes_no = DataValidation(
            type="list", formula1=f'"{YES},{NO}"', allow_blank=True, showErrorMessage=True,
            errorTitle="Valeur refusée", error="Choisissez oui ou non.",
        )  # fmt: skip
        counts = DataValidation(
            type="whole", operator="between", formula1="0", formula2=str(MAX_COUNT), allow_blank=True,
            showErrorMessage=True, errorTitle="Valeur refusée", error="Saisissez un nombre entier positif ou nul.",
        )  # fmt: skip
        sheet.add_data_validation(yes_no)
        sheet.add_data_validation(counts)
        r = FIRST_ROW
        for ind in d.referential.indicators_of(group_id):
            self.steps.check()
            r = self.indicator_rows(sheet, r, ind, yes_no, counts)
        sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=COL_NUM).coordinate
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{_letter(len(COLUMNS))}{max(r - 1, HEADER_ROW)}"

    def indicator_rows(self, sheet: Any, r: int, ind: Indicator, yes_no: Any, counts: Any) -> int:
        d = self.data
        answer = d.answer(ind.id)
        isc = d.indicator_score(ind.id)
        editable = {"fill": self.editable, "border": self.border, "alignment": self.wrap}
        computed = {"fill": self.computed, "border": self.border, "alignment": self.wrap}
        self.set(sheet, r, COL_ID, ind.id, font=self.bold, border=self.border, alignment=self.wrap)
        self.set(sheet, r, COL_LABEL, ind.label, font=self.bold, border=self.border, alignment=self.wrap)
        if ind.is_rate:
            self.set(sheet, r, COL_NUM, answer.numerator, **editable)
            self.set(sheet, r, COL_DEN, answer.denominator, **editable)
            counts.add(f"{_letter(COL_NUM)}{r}:{_letter(COL_DEN)}{r}")
            n, dd = f"{_letter(COL_NUM)}{r}", f"{_letter(COL_DEN)}{r}"
            rate = self.set(
                sheet, r, COL_RATE, f'=IF(AND(ISNUMBER({n}),ISNUMBER({dd}),{dd}>0),{n}/{dd},"")', **computed
            )
            rate.number_format = "0.0%"
            target = self.set(sheet, r, COL_TARGET, float(ind.target) if ind.target is not None else None, **computed)
            target.number_format = "0%"
        else:
            for col in (COL_NUM, COL_DEN, COL_RATE):
                self.set(sheet, r, col, None, **computed)
            self.set(sheet, r, COL_TARGET, "existence", **computed)
        self.set(sheet, r, COL_MET, None, **computed)
        self.set(sheet, r, COL_NA, YES if answer.not_applicable else NO, **editable)
        yes_no.add(f"{_letter(COL_NA)}{r}")
        self.set(sheet, r, COL_JUST, answer.justification or None, **editable)
        status = STATUS_LABELS[isc.status] + (f" ({isc.hint})" if isc.hint else "")
        self.set(sheet, r, COL_STATUS, status, **computed)
        self.set(sheet, r, COL_COMMENT, answer.comment or None, **editable)
        r += 1
        in_ght = d.establishment.in_ght
        for crit in ind.criteria:
            self.set(sheet, r, COL_ID, crit.id, border=self.border, alignment=self.indent)
            self.set(sheet, r, COL_LABEL, crit.label, border=self.border, alignment=self.indent)
            for col in (COL_NUM, COL_DEN, COL_RATE, COL_TARGET, COL_NA, COL_JUST, COL_COMMENT):
                self.set(sheet, r, col, None, **computed)
            note = ""
            if crit.applies_to == "ght" and not in_ght:
                note = "sans objet hors GHT"
            if crit.is_derived:
                state = next((s for s in isc.criteria if s.criterion_id == crit.id), None)
                met = None if state is None else (f"calculé : {YES if state.met else NO}")
                self.set(sheet, r, COL_MET, met, **computed)
                note = note or "calculé d'après le registre des preuves"
            else:
                ticked = answer.criteria.get(crit.id)
                self.set(sheet, r, COL_MET, None if ticked is None else (YES if ticked else NO), **editable)
                yes_no.add(f"{_letter(COL_MET)}{r}")
            self.set(sheet, r, COL_STATUS, note or None, **computed)
            r += 1
        return r

    def evidence_sheet(self, sheet: Any) -> None:
        d = self.data
        self.title(sheet, "Registre des preuves", "Informatif : non réimporté. Empreintes SHA-256 des fichiers joints.")
        self.headers(sheet, HEADER_ROW, (("Date", 12), ("Type", 34), ("Titre", 44), ("Détails", 40),
                                         ("Rattachée à", 24), ("Fichier joint", 30), ("SHA-256", 70)))  # fmt: skip
        r = FIRST_ROW
        for e in d.evidence:
            self.steps.check()
            kind = EVIDENCE_TYPES.get(e.type, e.type)
            if e.type == "document" and e.fields.get("kind") in DOCUMENT_KINDS:
                kind += " — " + DOCUMENT_KINDS[e.fields["kind"]]
            details = " ; ".join(
                f"{k} : {v}" for k, v in sorted(e.fields.items()) if k != "kind" and v not in (None, "")
            )
            links = ", ".join(sorted({link.criterion or link.indicator for link in e.links}))
            files = e.files or (None,)
            for f in files:
                values = [e.date, kind, e.title, details, links, f.name if f else None, f.sha256 if f else None]
                for col, v in enumerate(values, 1):
                    cell = self.set(sheet, r, col, v, border=self.border, alignment=self.wrap)
                    if col == 1:
                        cell.number_format = "DD/MM/YYYY"
                r += 1
        sheet.freeze_panes = f"A{FIRST_ROW}"

    def actions_sheet(self, sheet: Any) -> None:
        d = self.data
        self.title(sheet, "Plan d'action", "Informatif : non réimporté (le plan d'action se tient dans l'application).")
        self.headers(sheet, HEADER_ROW, (("Action", 44), ("Indicateur", 12), ("Critère", 26), ("Responsable", 24),
                                         ("Échéance", 12), ("Statut", 12), ("Notes", 50)))  # fmt: skip
        r = FIRST_ROW
        for a in d.actions:
            values = [a.title, a.indicator, a.criterion, a.owner, a.due_date, ACTION_STATUS_LABELS.get(a.status),
                      a.notes]  # fmt: skip
            for col, v in enumerate(values, 1):
                cell = self.set(sheet, r, col, v, border=self.border, alignment=self.wrap)
                if col == 5:
                    cell.number_format = "DD/MM/YYYY"
            r += 1
        sheet.freeze_panes = f"A{FIRST_ROW}"

    def meta_rows(self) -> list[tuple[str, str]]:
        d = self.data
        return [
            ("format", WORKBOOK_FORMAT),
            ("version", str(WORKBOOK_VERSION)),
            ("referential", d.campaign.referential_id),
            ("referential_version", d.campaign.referential_version),
            ("campaign", str(d.campaign.id)),
            ("campaign_date", d.campaign.date.isoformat()),
            ("finess", d.establishment.finess),
        ]

    def meta_sheet(self, sheet: Any) -> None:
        self.set(sheet, 1, 1, "clé", font=self.bold)
        self.set(
            sheet, 1, 2, "valeur — identification du classeur par HOP'EN Desktop : ne pas modifier", font=self.bold
        )
        for r, (key, value) in enumerate(self.meta_rows(), 2):
            self.set(sheet, r, 1, key)
            self.set(sheet, r, 2, value)
        sheet.column_dimensions["A"].width = 22
        sheet.column_dimensions["B"].width = 40
        sheet.sheet_state = "hidden"

    def properties(self, wb: Any) -> None:
        from openpyxl.packaging.custom import StringProperty

        d = self.data
        wb.properties.title = f"Autodiagnostic HOP'EN — {d.establishment.name}"
        wb.properties.subject = f"Campagne du {fr_date(d.campaign.date)}, référentiel {d.campaign.referential_id}"
        wb.properties.creator = d.campaign.auditor or "HOP'EN Desktop"
        for key, value in self.meta_rows():
            wb.custom_doc_props.append(StringProperty(name=f"hopen_{key}", value=value))


def _safe(value: Any) -> Any:
    """Strip the control characters Excel cannot store."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


# ---------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ParsedWorkbook:
    path: Path
    answers: tuple[Answer, ...]
    #: Indicators of the referential with no row in the workbook (left unchanged).
    absent: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    absent: tuple[str, ...] = ()
    journal_rows: int = 0
    details: tuple[str, ...] = field(default_factory=tuple)

    def lines(self) -> list[str]:
        out = [f"Classeur importé : {len(self.changed)} indicateur(s) modifié(s), {len(self.unchanged)} inchangé(s)."]
        if self.changed:
            out.append("Modifiés : " + ", ".join(self.changed))
        if self.absent:
            out.append("Absents du classeur, laissés tels quels : " + ", ".join(self.absent))
        return out


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


def read_workbook(
    path: Path,
    ws: Workspace,
    campaign_id: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> ParsedWorkbook:
    """Read and check the whole workbook against the campaign; nothing is written. Raises
    ``XlsxImportError`` naming the sheet and the cell of the first problem."""
    campaign = ws.campaign(campaign_id)
    establishment = ws.establishment(campaign.establishment_id)
    ref = ws.referential_of(campaign)
    steps = Steps(len(ref.groups) + 2, progress, cancelled)
    steps.step("Ouverture du classeur…")
    wb = _open_workbook(Path(path))
    try:
        _check_meta(wb, Path(path).name, ref, establishment.finess)
        current = ws.answers(campaign_id)
        answers: list[Answer] = []
        seen: set[str] = set()
        for group in ref.groups:
            steps.step(f"Lecture de la feuille {group.id}…")
            answers += _read_group_sheet(wb, group.id, ref, current, seen)
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
            "B4",
        )
    if meta.get("finess") != finess:
        raise _refuse(
            f"ce classeur est celui de l'établissement FINESS {meta.get('finess')}, la campagne est celle du "
            f"FINESS {finess}. Importez-le dans une campagne du bon établissement.",
            META_SHEET,
            "B8",
        )


def _read_group_sheet(
    wb: Any, sheet_name: str, ref: Referential, current: dict[str, Answer], seen: set[str]
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
                f"{_letter(col)}{HEADER_ROW}",
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
        return f"{_letter(col)}{self.row}"


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


def import_workbook(ws: Workspace, campaign_id: int, parsed: ParsedWorkbook) -> ImportSummary:
    """Write the checked answers in one transaction (only those that differ)."""
    current = ws.answers(campaign_id)
    changed: list[str] = []
    unchanged: list[str] = []
    before = len(ws.journal(campaign_id))
    with ws.transaction():
        for answer in parsed.answers:
            old = current.get(answer.indicator, Answer(answer.indicator))
            if _same(old, answer):
                unchanged.append(answer.indicator)
                continue
            ws.save_answer(campaign_id, answer)
            changed.append(answer.indicator)
    return ImportSummary(tuple(changed), tuple(unchanged), parsed.absent, len(ws.journal(campaign_id)) - before)


def _same(a: Answer, b: Answer) -> bool:
    return (
        a.numerator == b.numerator
        and a.denominator == b.denominator
        and a.not_applicable == b.not_applicable
        and a.justification.strip() == b.justification.strip()
        and a.comment == b.comment
        and a.criteria == b.criteria
    )


def import_workbook_file(
    ws: Workspace,
    campaign_id: int,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> ImportSummary:
    """Check then import ``path`` into ``campaign_id``; the workspace is untouched on refusal."""
    parsed = read_workbook(path, ws, campaign_id, progress=progress, cancelled=cancelled)
    return import_workbook(ws, campaign_id, parsed)
