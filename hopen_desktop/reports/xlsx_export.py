"""Export: the autodiagnostic workbook of one campaign, written from its snapshot (openpyxl,
imported inside the functions). Where things go is in ``xlsx_layout``; writing the file
atomically is the job's (``hopen_desktop.jobs.reports.export_xlsx``)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from hopen_desktop.model.entities import ACTION_STATUS_LABELS, LEGAL_STATUS_LABELS, Answer
from hopen_desktop.model.evidence_types import kind_label, printable_fields
from hopen_desktop.model.referential import Indicator
from hopen_desktop.model.scoring import STATUS_LABELS
from hopen_desktop.model.snapshot import CampaignSnapshot
from hopen_desktop.reports.data import eligibility_verdict, fr_date, fr_percent, status_reasons
from hopen_desktop.reports.progress import Steps
from hopen_desktop.reports.xlsx_layout import (
    ACTIONS_SHEET,
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
    EDITABLE_FILL,
    EVIDENCE_SHEET,
    FIRST_ROW,
    HEADER_FILL,
    HEADER_ROW,
    MAX_COUNT,
    META_FIRST_ROW,
    META_KEYS,
    META_SHEET,
    NO,
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
REASON_COLUMN = ("Motif du statut (à l'export)", 60)
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
            sheet.column_dimensions[letter(col)].width = width

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
            ("FINESS", e.finess_label("fr")),
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
                "" if el is None else eligibility_verdict(el)[0].lower(),
                "" if el is None else " ".join(eligibility_verdict(el)[1]),
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
            counts.add(f"{letter(COL_NUM)}{r}:{letter(COL_DEN)}{r}")
            n, dd = f"{letter(COL_NUM)}{r}", f"{letter(COL_DEN)}{r}"
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
        yes_no.add(f"{letter(COL_NA)}{r}")
        self.set(sheet, r, COL_JUST, answer.justification or None, **editable)
        status = STATUS_LABELS[isc.status] + (f" ({isc.hint})" if isc.hint else "")
        self.set(sheet, r, COL_STATUS, status, **computed)
        self.set(sheet, r, COL_COMMENT, answer.comment or None, **editable)
        self.measurement_cells(sheet, r, ind, answer, editable, computed)
        self.set(sheet, r, COL_REASON, status_reasons(isc) or None, **computed)
        r += 1
        in_ght = d.establishment.in_ght
        for crit in ind.criteria:
            self.set(sheet, r, COL_ID, crit.id, border=self.border, alignment=self.indent)
            self.set(sheet, r, COL_LABEL, crit.label, border=self.border, alignment=self.indent)
            for col in (COL_NUM, COL_DEN, COL_RATE, COL_TARGET, COL_NA, COL_JUST, COL_COMMENT, *MEASUREMENT_COLS):
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
                yes_no.add(f"{letter(COL_MET)}{r}")
            self.set(sheet, r, COL_STATUS, note or None, **computed)
            why = " ; ".join(reason.text.fr for reason in isc.reasons if reason.criterion == crit.id)
            self.set(sheet, r, COL_REASON, why or None, **computed)
            r += 1
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
                                         ("Rattachée à", 24), ("Fichier joint", 30), ("SHA-256", 70)))  # fmt: skip
        r = FIRST_ROW
        for e in d.evidence:
            self.steps.check()
            kind = kind_label(e, "fr")
            details = " ; ".join(f"{label} : {text}" for label, text in printable_fields(e, "fr", with_kind=False))
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


def _safe(value: Any) -> Any:
    """Strip the control characters Excel cannot store."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value
