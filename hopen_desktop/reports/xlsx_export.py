"""Export: the autodiagnostic workbook of one campaign, written from its snapshot (openpyxl,
imported inside the functions). Where things go is in ``xlsx_layout``; writing the file
atomically is the job's (``hopen_desktop.jobs.reports.export_xlsx``)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from hopen_desktop.model.entities import ACTION_STATUS_LABELS, LEGAL_STATUS_LABELS, Answer
from hopen_desktop.model.evidence_types import kind_label, printable_fields
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.referential import Indicator
from hopen_desktop.model.scoring import HINT_ZERO_DENOMINATOR
from hopen_desktop.model.snapshot import CampaignSnapshot
from hopen_desktop.reports.data import eligibility_verdict, fr_date, status_reasons
from hopen_desktop.reports.progress import Steps
from hopen_desktop.reports.xlsx_layout import (
    ACTIONS_SHEET,
    ATTAINED,
    COL_COMMENT,
    COL_DEN,
    COL_ID,
    COL_JUST,
    COL_LABEL,
    COL_MET,
    COL_NA,
    COL_NUM,
    COL_PERIOD_END,
    COL_PERIOD_START,
    COL_RATE,
    COL_SOURCE,
    COL_STATUS,
    COL_TARGET,
    COLUMNS,
    COMPUTED_FILL,
    CRITERION_NA,
    EDITABLE_FILL,
    EVIDENCE_SHEET,
    FIRST_ROW,
    FORMULA_PREFIXES,
    HEADER_FILL,
    HEADER_ROW,
    MAX_COUNT,
    META_FIRST_ROW,
    META_KEYS,
    META_SHEET,
    NO,
    NOT_APPLICABLE,
    NOT_ATTAINED,
    NOT_FILLED,
    SUMMARY_SHEET,
    WORKBOOK_FORMAT,
    WORKBOOK_VERSION,
    YES,
    letter,
)

#: A column after the layout's (L): why each indicator has its status, as the export computed it.
#: Outside ``COLUMNS`` on purpose: the import checks those headers and reads nothing past them, so
#: a workbook exported before this column existed still imports, and this one is never read back.
COL_REASON = len(COLUMNS) + 1
REASON_COLUMN = ("Motif du statut à la date de l'export (non recalculé)", 60)

#: Row height of one line of wrapped text (Calibri 11), in points, and the characters of a
#: column of width 1 per line (openpyxl has no autofit: the heights are estimated from the text).
LINE_HEIGHT = 15.0
CHARS_PER_WIDTH = 1.2
#: The measurement of a rate: period start, period end, data source.
MEASUREMENT_COLS = (COL_PERIOD_START, COL_PERIOD_END, COL_SOURCE)


def step_count(groups: int) -> int:
    """Progress steps of an export job: reading the snapshot, summary, one per group, evidence,
    actions, saving."""
    return groups + 5


def render_workbook(snapshot: CampaignSnapshot, *, steps: Steps | None = None) -> bytes:
    """The workbook of ``snapshot`` as .xlsx bytes. ``steps`` reports progress and raises
    ``Cancelled`` when asked to stop."""
    steps = steps or Steps(step_count(len(snapshot.referential.groups)) - 1)
    return _Writer(snapshot, steps).build()


class _Writer:
    def __init__(self, data: CampaignSnapshot, steps: Steps) -> None:
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
        #: The status cell of each indicator, by group (the summary's live group statuses).
        self.status_cells: dict[str, list[str]] = {}

    def build(self) -> bytes:
        from openpyxl import Workbook

        wb = Workbook()
        summary = wb.active
        summary.title = SUMMARY_SHEET
        for group in self.data.referential.groups:
            self.steps.step(Text(f"Feuille {group.id}…", f"Sheet {group.id}…"))
            self.group_sheet(wb.create_sheet(group.id), group.id)
        self.steps.step(Text("Synthèse…", "Summary…"))
        self.summary_sheet(summary)  # first sheet, written last: its formulas read the group sheets
        self.steps.step(Text("Preuves…", "Evidence…"))
        self.evidence_sheet(wb.create_sheet(EVIDENCE_SHEET))
        self.steps.step(Text("Plan d'action…", "Action plan…"))
        self.actions_sheet(wb.create_sheet(ACTIONS_SHEET))
        self.meta_sheet(wb.create_sheet(META_SHEET))
        for sheet in wb.worksheets:
            if sheet.title != META_SHEET:
                self.print_setup(sheet)
        self.properties(wb)
        # Written without computed values (openpyxl computes nothing): every spreadsheet computes
        # the formulas when the file opens.
        wb.calculation.fullCalcOnLoad = True
        buffer = io.BytesIO()
        wb.save(buffer)
        self.steps.finish(Text("Classeur prêt.", "Workbook ready."))
        return buffer.getvalue()

    # ------------------------------------------------------------------ helpers

    def set(self, sheet: Any, row: int, col: int, value: Any, **style: Any) -> Any:
        """Write ``value`` as a value, never a formula: a text starting with « = », « + », « - » or
        « @ » (an answer, a title…) is stored as text and typed in as text (quote prefix) if the
        user edits it (formula injection). The application's own formulas go through ``formula``."""
        cell = sheet.cell(row=row, column=col)
        cell.value = _safe(value)
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
            cell.data_type = "s"  # user text, never a formula
            cell.quotePrefix = True
        for key, v in style.items():
            setattr(cell, key, v)
        if isinstance(value, str) and value:
            self.fit_height(sheet, row, col, value, bold=bool(style.get("font") and style["font"].b))
        return cell

    def formula(self, sheet: Any, row: int, col: int, text: str, **style: Any) -> Any:
        """Write one of the application's formulas (``text`` starts with « = »): recalculated by the
        spreadsheet as the user fills the yellow cells."""
        assert text.startswith("=")
        cell = sheet.cell(row=row, column=col)
        cell.value = text
        for key, v in style.items():
            setattr(cell, key, v)
        return cell

    def fit_height(self, sheet: Any, row: int, col: int, text: str, *, bold: bool = False) -> None:
        """Grow row ``row`` to the lines ``text`` wraps to in column ``col`` (estimated from the
        column's width: openpyxl has no autofit), so no label is clipped when the file opens."""
        if row < HEADER_ROW and sheet.title != META_SHEET:
            return  # the titles above the header are one line each, running over empty cells
        width = sheet.column_dimensions[letter(col)].width or 13
        per_line = max(1, int(width * CHARS_PER_WIDTH * (0.9 if bold else 1.0)) - 1)
        lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
        height = lines * LINE_HEIGHT + 3
        current = sheet.row_dimensions[row].height or LINE_HEIGHT
        if height > current:
            sheet.row_dimensions[row].height = height

    def headers(self, sheet: Any, row: int, columns: Iterable[tuple[str, int]]) -> None:
        for col, (title, width) in enumerate(columns, 1):
            sheet.column_dimensions[letter(col)].width = width
            self.set(sheet, row, col, title, font=self.header_font, fill=self.header_fill, alignment=self.wrap,
                     border=self.border)  # fmt: skip

    def print_setup(self, sheet: Any) -> None:
        """Landscape A4, fitted to the page's width, the header row repeated on every page, the
        establishment and the campaign date in the page header, page numbers in the footer."""
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0  # as many pages as needed downwards
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.gridLines = False
        sheet.page_margins.left = sheet.page_margins.right = 0.4
        sheet.page_margins.top = sheet.page_margins.bottom = 0.8  # inches: the page header clear of row 1
        sheet.page_margins.header = sheet.page_margins.footer = 0.3
        if sheet.title != SUMMARY_SHEET:
            sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        name = _header_text(_shortened(self.data.establishment.name, 80))
        sheet.oddHeader.left.text = name
        sheet.oddHeader.left.size = 9
        sheet.oddHeader.right.text = _header_text(f"Autodiagnostic HOP'EN du {fr_date(self.data.campaign.date)}")
        sheet.oddHeader.right.size = 9
        sheet.oddFooter.left.text = "&A"  # the sheet's name
        sheet.oddFooter.left.size = 9
        sheet.oddFooter.right.text = "Page &P / &N"
        sheet.oddFooter.right.size = 9

    def title(self, sheet: Any, text: str, note: str) -> None:
        self.set(sheet, 1, 1, text, font=self.title_font)
        self.set(sheet, 2, 1, note, font=self.muted)

    # ------------------------------------------------------------------ sheets

    def summary_sheet(self, sheet: Any) -> None:
        d = self.data
        e, c, ref = d.establishment, d.campaign, d.referential
        self.title(
            sheet,
            "Autodiagnostic HOP'EN",
            "Statuts et taux recalculés à mesure que vous remplissez les feuilles ; l'éligibilité et les "
            "motifs sont ceux de l'export. Synthèse non réimportée.",
        )
        columns = (("Groupe", 34), ("Intitulé", 60), ("Statut", 16), ("Atteints", 10), ("Applicables", 12),
                   ("Éligible (à l'export)", 12), ("Motifs (à l'export)", 70))  # fmt: skip
        for col, (_title, width) in enumerate(columns, 1):
            sheet.column_dimensions[letter(col)].width = width
        rows: list[tuple[str, Any]] = [
            ("Établissement", e.name),
            ("FINESS", e.finess_label("fr")),
            ("Statut juridique", LEGAL_STATUS_LABELS.get(e.legal_status, e.legal_status)),
            ("Activités", ", ".join(e.activities)),
            ("GHT", (e.ght or "—") + (" (support)" if e.ght_support else "")),
            ("Date de la campagne", fr_date(c.date)),
            ("Auditeur", c.auditor),
            ("Référentiel", f"{ref.title} ({c.referential_id}, version {c.referential_version})"),
        ]
        r = 4
        for label, value in rows:
            self.set(sheet, r, 1, label, font=self.bold, border=self.border, alignment=self.wrap)
            self.set(sheet, r, 2, value, border=self.border, alignment=self.wrap)
            r += 1
        rate_row, count_row = r, r + 1
        self.set(sheet, rate_row, 1, "Taux global d'atteinte des prérequis", font=self.bold, border=self.border,
                 alignment=self.wrap)  # fmt: skip
        self.set(sheet, count_row, 1, "Indicateurs prérequis atteints / applicables", font=self.bold,
                 border=self.border, alignment=self.wrap)  # fmt: skip
        r = count_row + 2
        self.headers(sheet, r, columns)
        score = d.score
        p_rows: list[int] = []
        for g in ref.groups:
            r += 1
            cells = [f"'{g.id}'!{cell}" for cell in self.status_cells.get(g.id, [])]
            attained = "+".join(f'({cell}="{ATTAINED}")' for cell in cells) or "0"
            applicable = "+".join(f'({cell}<>"{NOT_APPLICABLE}")' for cell in cells) or "0"
            att, app = f"D{r}", f"E{r}"
            self.set(sheet, r, 1, g.id, border=self.border, alignment=self.wrap)
            self.set(sheet, r, 2, g.title, border=self.border, alignment=self.wrap)
            # A group is atteint when all its applicable indicators are; never when none applies.
            nonatt = "+".join(f'({cell}="{NOT_ATTAINED}")' for cell in cells) or "0"
            self.formula(
                sheet, r, 3,
                f'=IF({app}=0,"{NOT_APPLICABLE}",IF({att}={app},"{ATTAINED}",'
                f'IF(0+{nonatt}>0,"{NOT_ATTAINED}","{NOT_FILLED}")))',
                border=self.border, alignment=self.wrap,
            )  # fmt: skip
            self.formula(sheet, r, 4, f"=0+{attained}", border=self.border, alignment=self.wrap)
            self.formula(sheet, r, 5, f"=0+{applicable}", border=self.border, alignment=self.wrap)
            el = score.eligibility.get(g.id)
            for col, v in (
                (6, "" if el is None else eligibility_verdict(el)[0].lower()),
                (7, "" if el is None else " ".join(eligibility_verdict(el)[1])),
            ):
                self.set(sheet, r, col, v, border=self.border, alignment=self.wrap)
            if g.is_prerequisite:
                p_rows.append(r)
        # The ANAP « % global d'atteinte »: attained / applicable prerequisite indicators.
        att_sum = "+".join(f"D{row}" for row in p_rows) or "0"
        app_sum = "+".join(f"E{row}" for row in p_rows) or "0"
        rate = self.formula(
            sheet, rate_row, 2, f"=IF(({app_sum})=0,0,({att_sum})/({app_sum}))", border=self.border, alignment=self.wrap
        )
        rate.number_format = "0.0%"
        rate.font = self.bold
        self.formula(sheet, count_row, 2, f'=({att_sum})&" / "&({app_sum})', border=self.border, alignment=self.wrap)
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
        self.headers(sheet, HEADER_ROW, (*COLUMNS, REASON_COLUMN))
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
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{letter(COL_REASON)}{max(r - 1, HEADER_ROW)}"

    def indicator_rows(self, sheet: Any, r: int, ind: Indicator, yes_no: Any, counts: Any) -> int:
        from openpyxl.comments import Comment

        d = self.data
        answer = d.answer(ind.id)
        isc = d.indicator_score(ind.id)
        prerequisite = d.referential.group(ind.group).is_prerequisite
        editable = {"fill": self.editable, "border": self.border, "alignment": self.wrap}
        computed = {"fill": self.computed, "border": self.border, "alignment": self.wrap}
        first = r
        self.set(sheet, r, COL_ID, ind.id, font=self.bold, border=self.border, alignment=self.wrap)
        self.set(sheet, r, COL_LABEL, ind.label, font=self.bold, border=self.border, alignment=self.wrap)
        failed: list[str] = []  # conditions, each true when something known fails
        missing: list[str] = []  # conditions, each true when something needed is unanswered
        if ind.is_rate:
            assert ind.target is not None
            self.set(sheet, r, COL_NUM, answer.numerator, **editable)
            self.set(sheet, r, COL_DEN, answer.denominator, **editable)
            counts.add(f"{letter(COL_NUM)}{r}:{letter(COL_DEN)}{r}")
            n, dd = f"{letter(COL_NUM)}{r}", f"{letter(COL_DEN)}{r}"
            na_ref = f"{letter(COL_NA)}{r}"  # declared non applicable: no rate, as in the application
            rate = self.formula(
                sheet,
                r,
                COL_RATE,
                f'=IF(TRIM({na_ref})="{YES}","",IF(AND(ISNUMBER({n}),ISNUMBER({dd})),'
                f'IF({dd}>0,{n}/{dd},"{HINT_ZERO_DENOMINATOR}"),""))',
                **computed,
            )
            rate.number_format = "0.0%"
            target = self.set(sheet, r, COL_TARGET, float(ind.target), **computed)
            target.number_format = "0%"
            # Compared exactly, as the application does (never on a rounded percentage): the
            # target p/q is a fraction, so numerator × q < p × denominator in whole numbers.
            p, q = ind.target.numerator, ind.target.denominator
            failed.append(f"IF(AND(ISNUMBER({n}),ISNUMBER({dd})),IF({dd}>0,{n}*{q}<{p}*{dd},FALSE),FALSE)")
            missing.append(f"NOT(AND(ISNUMBER({n}),ISNUMBER({dd})))")
            missing.append(f"IF(ISNUMBER({dd}),{dd}=0,FALSE)")
        else:
            for col in (COL_NUM, COL_DEN, COL_RATE):
                self.set(sheet, r, col, None, **computed)
            self.set(sheet, r, COL_TARGET, ind.target_text or None, **computed)
        self.set(sheet, r, COL_MET, None, **computed)
        na = self.set(sheet, r, COL_NA, YES if answer.not_applicable else NO, **editable)
        yes_no.add(f"{letter(COL_NA)}{r}")
        if prerequisite:
            na.comment = Comment(
                "Un prérequis ne peut pas être non applicable (l'instruction HOP'EN demande d'atteindre "
                "tous les prérequis) : « oui » ici le compte « Non renseigné », et l'import le refuse.",
                "HOP'EN Desktop",
            )
        self.set(sheet, r, COL_JUST, answer.justification or None, **editable)
        self.set(sheet, r, COL_COMMENT, answer.comment or None, **editable)
        self.measurement_cells(sheet, r, ind, answer, editable, computed)
        self.set(sheet, r, COL_REASON, status_reasons(isc) or None, **computed)
        r += 1
        in_ght = d.establishment.in_ght
        applicable = {c.id for c in ind.applicable_criteria(in_ght)}
        for crit in ind.criteria:
            self.set(sheet, r, COL_ID, crit.id, border=self.border, alignment=self.indent)
            self.set(sheet, r, COL_LABEL, crit.label, border=self.border, alignment=self.indent)
            for col in (COL_NUM, COL_DEN, COL_RATE, COL_TARGET, COL_NA, COL_JUST, COL_COMMENT, *MEASUREMENT_COLS):
                self.set(sheet, r, col, None, **computed)
            met = f"{letter(COL_MET)}{r}"
            note = ""
            if crit.id not in applicable:
                note = "sans objet hors GHT"
            if crit.is_derived:
                # Computed by the application from the evidence register: a fixed value here.
                state = next((s for s in isc.criteria if s.criterion_id == crit.id), None)
                value = None if state is None else (YES if state.met else NO)
                cell = self.set(sheet, r, COL_MET, value, **computed)
                cell.comment = Comment(
                    "Calculé par l'application d'après le registre des preuves à la date de l'export ; "
                    "non modifiable ici (ajoutez la preuve dans l'application).",
                    "HOP'EN Desktop",
                )
                note = note or "calculé d'après le registre des preuves"
            else:
                ticked = answer.criteria.get(crit.id)
                if crit.id in answer.criteria_na:
                    value = CRITERION_NA
                else:
                    value = None if ticked is None else (YES if ticked else NO)
                if crit.id in applicable:
                    cell = self.set(sheet, r, COL_MET, value, **editable)
                    yes_no.add(met)
                else:  # sans objet hors GHT: shown, not asked, not read back
                    cell = self.set(sheet, r, COL_MET, value, **computed)
                if value == CRITERION_NA:
                    cell.comment = Comment(
                        "Déclaré non applicable dans l'application, avec sa justification : laissé tel quel "
                        "à l'import. Répondez oui ou non pour le changer.",
                        "HOP'EN Desktop",
                    )
            if crit.id in applicable:
                failed.append(f'TRIM({met})="{NO}"')
                missing.append(f'AND(TRIM({met})<>"{YES}",TRIM({met})<>"{NO}",TRIM({met})<>"{CRITERION_NA}")')
            self.set(sheet, r, COL_STATUS, note or None, **computed)
            why = " ; ".join(reason.text.fr for reason in isc.reasons if reason.criterion == crit.id)
            self.set(sheet, r, COL_REASON, why or None, **computed)
            r += 1
        # The status, live: non atteint as soon as something known fails, else non renseigné while
        # something is unanswered, else atteint; « oui » in « Non applicable » gives non applicable,
        # except on a prerequisite, which cannot be (the application scores it non renseigné).
        na_cell = f"{letter(COL_NA)}{first}"
        na_status = NOT_FILLED if prerequisite else NOT_APPLICABLE
        self.formula(
            sheet,
            first,
            COL_STATUS,
            f'=IF(TRIM({na_cell})="{YES}","{na_status}",IF({_any(failed)},"{NOT_ATTAINED}",'
            f'IF({_any(missing)},"{NOT_FILLED}","{ATTAINED}")))',
            **computed,
        )
        self.status_cells.setdefault(ind.group, []).append(f"{letter(COL_STATUS)}{first}")
        return r

    def measurement_cells(
        self, sheet: Any, r: int, ind: Indicator, answer: Answer, editable: dict[str, Any], computed: dict[str, Any]
    ) -> None:
        """The measurement period (two date cells) and the data source of a rate: yellow cells on a
        rate's row, grey and empty on an existence indicator's."""
        if not ind.is_rate:
            for col in MEASUREMENT_COLS:
                self.set(sheet, r, col, None, **computed)
            return
        for col, day in ((COL_PERIOD_START, answer.period_start), (COL_PERIOD_END, answer.period_end)):
            cell = self.set(sheet, r, col, day, **editable)
            cell.number_format = "DD/MM/YYYY"
        self.set(sheet, r, COL_SOURCE, answer.source or None, **editable)

    def evidence_sheet(self, sheet: Any) -> None:
        d = self.data
        self.title(sheet, "Registre des preuves", "Informatif : non réimporté. Empreintes SHA-256 des fichiers joints.")
        self.headers(sheet, HEADER_ROW, (("Date", 12), ("Type", 34), ("Titre", 44), ("Détails", 40),
                                         ("Rattachée à", 40), ("Fichier joint", 30), ("SHA-256", 70)))  # fmt: skip
        r = FIRST_ROW
        for e in d.evidence:
            self.steps.check()
            kind = kind_label(e, "fr")
            details = " ; ".join(f"{label} : {text}" for label, text in printable_fields(e, "fr", with_kind=False))
            links = "\n".join(sorted({self.link_label(link.indicator, link.criterion) for link in e.links}))
            files = e.files or (None,)
            for f in files:
                values = [e.date, kind, e.title, details, links, f.name if f else None, f.sha256 if f else None]
                for col, v in enumerate(values, 1):
                    cell = self.set(sheet, r, col, v, border=self.border, alignment=self.wrap)
                    if col == 1:
                        cell.number_format = "DD/MM/YYYY"
                r += 1
        sheet.freeze_panes = f"A{FIRST_ROW}"

    def link_label(self, indicator: str, criterion: str | None) -> str:
        """« P2.4 — Existence d'une PSSI » for a link to a criterion: the reader sees its label,
        not the application's key (« P2.4.pssi »)."""
        ref = self.data.referential
        if criterion is None or not ref.has_indicator(indicator):
            return indicator
        found = next((c for c in ref.indicator(indicator).criteria if c.id == criterion), None)
        return f"{indicator} — {found.label}" if found is not None else criterion

    def actions_sheet(self, sheet: Any) -> None:
        d = self.data
        self.title(sheet, "Plan d'action", "Informatif : non réimporté (le plan d'action se tient dans l'application).")
        self.headers(sheet, HEADER_ROW, (("Action", 44), ("Indicateur", 12), ("Critère", 40), ("Responsable", 24),
                                         ("Échéance", 12), ("Statut", 12), ("Notes", 50)))  # fmt: skip
        r = FIRST_ROW
        for a in d.actions:
            criterion = self.link_label(a.indicator, a.criterion) if a.indicator and a.criterion else a.criterion
            values = [a.title, a.indicator, criterion, a.owner, a.due_date, ACTION_STATUS_LABELS.get(a.status),
                      a.notes]  # fmt: skip
            for col, v in enumerate(values, 1):
                cell = self.set(sheet, r, col, v, border=self.border, alignment=self.wrap)
                if col == 5:
                    cell.number_format = "DD/MM/YYYY"
            r += 1
        sheet.freeze_panes = f"A{FIRST_ROW}"

    def meta_rows(self) -> list[tuple[str, str]]:
        d = self.data
        values = {
            "format": WORKBOOK_FORMAT,
            "version": str(WORKBOOK_VERSION),
            "referential": d.campaign.referential_id,
            "referential_version": d.campaign.referential_version,
            "campaign": str(d.campaign.id),
            "campaign_date": d.campaign.date.isoformat(),
            "finess": d.establishment.finess,
        }
        return [(key, values[key]) for key in META_KEYS]

    def meta_sheet(self, sheet: Any) -> None:
        self.set(sheet, 1, 1, "clé", font=self.bold)
        self.set(
            sheet, 1, 2, "valeur — identification du classeur par HOP'EN Desktop : ne pas modifier", font=self.bold
        )
        for r, (key, value) in enumerate(self.meta_rows(), META_FIRST_ROW):
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


def _header_text(text: str) -> str:
    """``text`` for a printed page header: « & » starts a code there (&P, &D…), so it is doubled."""
    return text.replace("&", "&&")


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _any(conditions: list[str]) -> str:
    """A formula true when any of ``conditions`` is (FALSE for none: OR() needs an argument)."""
    return f"OR({','.join(conditions)})" if conditions else "FALSE"


def _safe(value: Any) -> Any:
    """Strip the control characters Excel cannot store."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value
