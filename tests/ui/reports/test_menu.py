"""The Rapports menu driven like a person, on a real demo workspace file in tmp_path: report,
cancel, Excel round trip. Signing, identities and verification: the tests of their dialogs
beside this file."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from hopen_desktop.model.demo import DEMO_NAME
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports import progress as progress_module
from hopen_desktop.ui.reports.job import ReportJob
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.session import Session
from tests.ui.reports.helpers import LEFT, open_file, pdf_text, save_as, wait_idle


def test_menu_and_enabling(window, qtbot):
    actions: ReportActions = window.actions_
    menu = actions.menu
    assert menu is not None and menu.title() == "&Rapports"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Produire le rapport PDF…",
        "Produire et &signer le rapport…",
        "&Vérifier un rapport signé…",
        "Si&gnataires approuvés…",
        "&Exporter le classeur Excel…",
        "&Importer un classeur Excel…",
        "I&dentités de signature…",
    ]
    assert actions.act_report.shortcut().toString() == "Ctrl+P"
    assert all(a.isEnabled() for a in menu.actions())
    window.session.select_campaign(None)
    for action in (actions.act_report, actions.act_sign, actions.act_export, actions.act_import):
        assert not action.isEnabled()
    assert actions.act_verify.isEnabled() and actions.act_identities.isEnabled()
    assert actions.act_signers.isEnabled()


def test_produce_report_then_open_it(window, qtbot, monkeypatch, tmp_path):
    actions: ReportActions = window.actions_
    out = tmp_path / "sortie" / "rapport"
    out.parent.mkdir()
    save_as(monkeypatch, out)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    actions.act_report.trigger()
    assert actions.job is not None and not actions.act_report.isEnabled()  # running, GUI free
    wait_idle(qtbot, actions)
    pdf = out.with_name("rapport.pdf")  # the extension is added
    assert pdf.exists()
    assert DEMO_NAME in pdf_text(pdf)
    box = actions.dialog
    assert isinstance(box, QMessageBox) and str(pdf) in box.text()
    from hopen_desktop.reports.seal_pdf import read_seal

    seal = read_seal(pdf.read_bytes())
    assert seal is not None
    assert f"Identifiant du rapport : {seal.report_id}" in box.text()
    assert f"Empreinte du contenu (sceau) : {seal.content_sha256}" in box.text()
    open_button = box.findChild(type(box.buttons()[0]), "openResult")
    qtbot.mouseClick(open_button, LEFT)
    assert opened == [str(pdf)]
    assert actions.act_report.isEnabled()


def test_default_report_name(window, monkeypatch):
    actions: ReportActions = window.actions_
    seen: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda _w, _t, start, _f: (seen.append(start), ("", ""))[1])
    )
    actions.act_report.trigger()
    date = window.session.campaign().date.isoformat()
    assert Path(seen[0]).name == f"Rapport HOP'EN - {DEMO_NAME} - {date}.pdf"
    assert actions.job is None  # the user cancelled the file dialog: nothing runs


def test_cancel_during_generation_writes_nothing(window, qtbot, monkeypatch, tmp_path):
    actions: ReportActions = window.actions_
    out = tmp_path / "annule.pdf"
    save_as(monkeypatch, out)
    real_step = progress_module.Steps.step

    def slow_step(self, message: str, count: int = 1) -> None:  # the real generation, slowed down
        time.sleep(0.15)
        real_step(self, message, count)

    monkeypatch.setattr(progress_module.Steps, "step", slow_step)
    actions.act_report.trigger()
    job = actions.job
    assert isinstance(job, ReportJob) and job.dialog is None  # no dialog before ~500 ms
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
    dialog = job.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.maximum() > 1
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)  # throttled progress arrives
    (cancel_button,) = dialog.findChildren(QPushButton)
    assert cancel_button.text() == "&Annuler"
    qtbot.mouseClick(cancel_button, LEFT)
    wait_idle(qtbot, actions)
    assert not out.exists()
    assert not list(tmp_path.glob(".annule.pdf.*"))  # no temporary file left either
    assert "annulée" in window.statusBar().currentMessage()
    assert actions.act_report.isEnabled()


def test_excel_export_then_import_round_trip(window, qtbot, monkeypatch, tmp_path):
    actions: ReportActions = window.actions_
    session: Session = window.session
    campaign_id = session.campaign_id
    out = tmp_path / "grille.xlsx"
    save_as(monkeypatch, out)
    actions.act_export.trigger()
    wait_idle(qtbot, actions)
    assert out.exists() and actions.dialog.windowTitle() == "Classeur exporté"

    # Change an answer in the app, then import the exported workbook: it comes back.
    before = session.answer("P1.1")
    session.save_answer(before.__class__("P1.1", 1, 10, criteria=before.criteria, comment=before.comment))
    assert session.answer("P1.1").numerator == 1
    open_file(monkeypatch, out)
    with qtbot.waitSignal(session.changed, timeout=30000):
        actions.act_import.trigger()
    wait_idle(qtbot, actions)
    assert session.answer("P1.1") == before
    assert session.undo_stack.count() == 0
    box = actions.dialog
    assert box.windowTitle() == "Classeur importé" and "P1.1" in box.text()
    with Workspace.open(session.path, read_only=True) as ws:  # written to the file, not only in memory
        assert ws.answer(campaign_id, "P1.1") == before


def test_foreign_workbook_is_refused_with_its_message(window, qtbot, monkeypatch, tmp_path):
    from openpyxl import Workbook

    actions: ReportActions = window.actions_
    session: Session = window.session
    foreign = tmp_path / "budget.xlsx"
    wb = Workbook()
    wb.active["A1"] = "Budget 2025"
    wb.save(foreign)
    answers_before = session.workspace.answers(session.campaign_id)
    open_file(monkeypatch, foreign)
    actions.act_import.trigger()
    wait_idle(qtbot, actions)
    box = actions.dialog
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert "n'est pas une grille d'autodiagnostic" in box.text() and "« _meta »" in box.text()
    assert session.workspace.answers(session.campaign_id) == answers_before


def test_another_campaigns_workbook_is_refused_then_taken_on_purpose_after_a_backup(
    window, qtbot, monkeypatch, tmp_path
):
    """Issue 17, item 9: last year's workbook is refused with a French box naming both
    campaigns, nothing written; « Importer quand même » takes it after a backup."""
    from openpyxl import load_workbook

    from hopen_desktop.model.backup import list_backups
    from hopen_desktop.reports.xlsx_layout import META_SHEET, meta_cell

    actions: ReportActions = window.actions_
    session: Session = window.session
    out = tmp_path / "grille.xlsx"
    save_as(monkeypatch, out)
    actions.act_export.trigger()
    wait_idle(qtbot, actions)
    wb = load_workbook(out)
    wb[META_SHEET][meta_cell("campaign")] = "77"  # as if exported from last year's campaign
    wb[META_SHEET][meta_cell("campaign_date")] = "2024-06-30"
    sheet = wb["P1"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "P1.1")
    sheet.cell(row=cell.row, column=cell.column + 2).value = 3
    sheet.cell(row=cell.row, column=cell.column + 3).value = 4
    wb.save(out)
    answers_before = session.workspace.answers(session.campaign_id)
    backups_before = len(list_backups(session.path))
    open_file(monkeypatch, out)
    actions.act_import.trigger()
    wait_idle(qtbot, actions)
    box = actions.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "otherCampaignBox"
    assert box.icon() == QMessageBox.Icon.Warning and box.windowTitle() == "Classeur d'une autre campagne"
    camp = session.campaign()
    assert "campagne du 30/06/2024 (n° 77)" in box.text()
    assert f"campagne ouverte du {camp.date.strftime('%d/%m/%Y')} (n° {camp.id})" in box.text()
    assert session.workspace.answers(session.campaign_id) == answers_before
    assert len(list_backups(session.path)) == backups_before
    box.grab().save(str(tmp_path / "autre-campagne.png"))
    anyway = box.findChild(QPushButton, "importAnyway")
    assert anyway is not None and anyway.text() == "Importer &quand même"
    assert box.defaultButton() is not anyway  # the safe choice is the default
    with qtbot.waitSignal(session.changed, timeout=30000):
        qtbot.mouseClick(anyway, LEFT)
    wait_idle(qtbot, actions)
    assert (session.answer("P1.1").numerator, session.answer("P1.1").denominator) == (3, 4)
    assert len(list_backups(session.path)) == backups_before + 1
    assert actions.dialog.windowTitle() == "Classeur importé"


def test_nonsense_in_a_cell_is_refused_naming_sheet_and_cell(window, qtbot, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    actions: ReportActions = window.actions_
    session: Session = window.session
    out = tmp_path / "grille.xlsx"
    save_as(monkeypatch, out)
    actions.act_export.trigger()
    wait_idle(qtbot, actions)
    wb = load_workbook(out)
    sheet = wb["P1"]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == "P1.1")
    target = sheet.cell(row=cell.row, column=cell.column + 2)  # the numerator, next to the label
    target.value = "beaucoup"
    wb.save(out)
    answers_before = session.workspace.answers(session.campaign_id)
    open_file(monkeypatch, out)
    actions.act_import.trigger()
    wait_idle(qtbot, actions)
    box = actions.dialog
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert "Feuille « P1 », cellule " in box.text(), box.text()
    assert session.workspace.answers(session.campaign_id) == answers_before


def test_seal_the_campaign_after_a_signed_report_then_new_version(window, qtbot, monkeypatch, tmp_path):
    """After a signed report, its completion box offers to seal the campaign; once confirmed the
    campaign is read-only in the window (the model refuses an edit), the same seal is stored, and
    « Nouvelle version » gives an editable copy."""
    from hopen_desktop.model.entities import Answer
    from hopen_desktop.model.operations.answers import save_answer
    from hopen_desktop.model.sealing import SealedError
    from hopen_desktop.reports.seal_pdf import read_seal
    from tests.conftest import type_text
    from tests.ui.reports.helpers import PASSWORD, create_identity

    actions: ReportActions = window.actions_
    session: Session = window.session
    campaign_id = session.campaign_id
    create_identity(qtbot, window)
    out = tmp_path / "signé.pdf"
    save_as(monkeypatch, out)
    actions.act_sign.trigger()
    dialog = actions.dialog
    type_text(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_idle(qtbot, actions)
    box = actions.dialog
    assert isinstance(box, QMessageBox) and "sceller la campagne" in box.text()
    seal_button = box.findChild(QPushButton, "sealCampaign")
    assert seal_button is not None and seal_button.isVisible()
    qtbot.mouseClick(seal_button, LEFT)
    confirm = actions.dialog
    assert isinstance(confirm, QMessageBox) and confirm.objectName() == "sealConfirmBox"
    assert "ne pourront plus être modifiés" in confirm.text()
    assert confirm.defaultButton() is confirm.button(QMessageBox.StandardButton.Cancel)  # Enter does not seal
    qtbot.mouseClick(confirm.findChild(QPushButton, "confirmSeal"), LEFT)

    campaign = session.campaign()
    assert campaign is not None and campaign.id == campaign_id and campaign.sealed
    seal = read_seal(out.read_bytes())
    assert seal is not None and campaign.seal is not None
    assert {k: v for k, v in campaign.seal.items() if k != "establishment_record"} == seal.to_dict()
    assert session.campaign_refusal() is not None
    with Workspace.open(session.workspace.path, read_only=True) as ws:
        assert ws.verify_journal() is None
    try:
        session.run(save_answer, campaign_id, Answer("P1.3", numerator=1, denominator=2))
    except SealedError as exc:
        assert "scellée" in exc.message
    else:
        raise AssertionError("a sealed campaign accepted an edit")

    new = session.new_version(campaign_id)
    assert session.campaign_id == new.id and new.predecessor_id == campaign_id and session.campaign_refusal() is None
