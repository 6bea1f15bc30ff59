"""The Rapports menu driven like a person, on a real demo workspace file in tmp_path: report,
cancel, identity creation, signing (wrong then right password), verification, Excel round trip."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QPushButton

from hopen_desktop.model import paths
from hopen_desktop.model.demo import DEMO_NAME, build_demo_workspace
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports import progress as progress_module
from hopen_desktop.reports.verify import EXIT_NOT_SIGNED, EXIT_VALID, verify_pdf
from hopen_desktop.ui.reports.identity_dialog import IdentitiesDialog, IdentityCreateDialog
from hopen_desktop.ui.reports.job import ReportJob
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.reports.signature_dialog import SignatureDialog
from hopen_desktop.ui.reports.verify_dialog import VerifyDialog
from hopen_desktop.ui.session import Session
from tests.conftest import type_text

PASSWORD = "Très-secret-2025"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def demo(workspace_path: Path) -> tuple[Path, int]:
    campaign_id = build_demo_workspace(workspace_path)
    return workspace_path, campaign_id


@pytest.fixture
def window(qtbot, demo):
    path, campaign_id = demo
    win = QMainWindow()
    session = Session(win)
    win.session = session  # type: ignore[attr-defined]
    actions = ReportActions(session, win)
    actions.install(win.menuBar())
    win.actions_ = actions  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    session.open(path)
    session.select_campaign(campaign_id)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if actions.job is not None:  # never leave a pool thread behind
        actions.job.cancel()
        qtbot.waitUntil(lambda: actions.job is None, timeout=20000)
    session.close()
    win.close()


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def open_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def wait_idle(qtbot, actions: ReportActions, timeout: int = 30000) -> None:
    qtbot.waitUntil(lambda: actions.job is None, timeout=timeout)


def create_identity(qtbot, window, name: str = "Hélène Dupré") -> Path:
    """Through Rapports > Identités de signature > Créer une identité…"""
    actions: ReportActions = window.actions_
    actions.act_identities.trigger()
    identities = actions.dialog
    assert isinstance(identities, IdentitiesDialog)
    qtbot.mouseClick(identities.create_button, LEFT)
    dialog = identities.dialog
    assert isinstance(dialog, IdentityCreateDialog)
    type_text(dialog.name, name)
    type_text(dialog.organisation, "Clinique du Parc des Tilleuls")
    type_text(dialog.email, "helene.dupre@tilleuls.fr")
    type_text(dialog.password, PASSWORD)
    type_text(dialog.confirm, PASSWORD + "x")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "pas identiques" in dialog.error.text()  # confirmation refused, nothing created
    assert dialog.isVisible() and not list(paths.identities_dir().glob("*.p12"))
    type_text(dialog.password, PASSWORD)
    type_text(dialog.confirm, PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=30000):  # then deleted (WA_DeleteOnClose)
        qtbot.mouseClick(dialog.ok_button, LEFT)
    (p12,) = paths.identities_dir().glob("*.p12")
    # The list shows it, with the certificate's fingerprint and a Copier button.
    assert identities.model.rowCount() == 1
    assert identities.model.identity(0).signer_name == name
    fingerprint = identities.fingerprint.fingerprint()
    assert len(fingerprint) == 95 and fingerprint.count(":") == 31
    assert identities.fingerprint.text().replace("\n", ":") == fingerprint  # shown on two lines
    qtbot.mouseClick(identities.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == fingerprint
    identities.close()
    return p12


def test_menu_and_enabling(window, qtbot):
    actions: ReportActions = window.actions_
    menu = actions.menu
    assert menu is not None and menu.title() == "&Rapports"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Produire le rapport PDF…",
        "Produire et &signer le rapport…",
        "&Vérifier un rapport signé…",
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


def test_sign_with_created_identity_wrong_then_right_password(window, qtbot, monkeypatch, tmp_path):
    actions: ReportActions = window.actions_
    create_identity(qtbot, window)
    out = tmp_path / "signé.pdf"
    save_as(monkeypatch, out)

    actions.act_sign.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, SignatureDialog)
    qtbot.waitExposed(dialog)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert "Hélène Dupré" in dialog.identity.currentText()
    assert dialog.fingerprint.fingerprint().count(":") == 31  # shown before the password is typed
    type_text(dialog.password, "mauvais-mot")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15000)
    assert "Mot de passe incorrect" in dialog.error.text()
    assert dialog.isVisible() and actions.job is None and not out.exists()

    dialog.password.clear()
    type_text(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_idle(qtbot, actions)
    assert out.exists(), getattr(actions.dialog, "text", lambda: "")()
    result = verify_pdf(out)
    assert result.exit_code == EXIT_VALID
    assert result.signatures[0].signer == "Hélène Dupré"
    assert "signé a été enregistré" in actions.dialog.text()

    # The verify dialog, through the menu: valid, with the self-signed explanation.
    open_file(monkeypatch, out)
    actions.act_verify.trigger()
    verify = actions.dialog
    assert isinstance(verify, VerifyDialog)
    qtbot.waitUntil(lambda: not verify.busy, timeout=15000)
    assert verify.verdict_kind == "valid"
    assert "Signature valide" in verify.banner.text()
    labels = " ".join(w.text() for w in verify.details.findChildren(type(verify.file_label)))
    assert "Hélène Dupré" in labels and "auto-signé" in labels and "comparez l'empreinte" in labels
    qtbot.mouseClick(verify.copy_buttons[0], LEFT)
    assert QGuiApplication.clipboard().text() == result.signatures[0].fingerprint_sha256

    # One byte changed inside the signed range: altered.
    data = bytearray(out.read_bytes())
    at = data.index(b"/Producer")
    data[at + 1] = ord("Q")
    altered = tmp_path / "altéré.pdf"
    altered.write_bytes(bytes(data))
    verify.verify(altered)
    qtbot.waitUntil(lambda: not verify.busy, timeout=15000)
    assert verify.verdict_kind == "invalid"
    assert "NON valide" in verify.banner.text()


def test_verify_dialog_on_an_unsigned_report(window, qtbot, monkeypatch, tmp_path):
    actions: ReportActions = window.actions_
    out = tmp_path / "brut.pdf"
    save_as(monkeypatch, out)
    actions.act_report.trigger()
    wait_idle(qtbot, actions)
    assert verify_pdf(out).exit_code == EXIT_NOT_SIGNED
    open_file(monkeypatch, out)
    actions.act_verify.trigger()
    verify = actions.dialog
    assert isinstance(verify, VerifyDialog)
    qtbot.waitUntil(lambda: not verify.busy, timeout=15000)
    assert verify.verdict_kind == "unsigned"
    assert "non signé" in verify.banner.text()
    assert not verify.copy_buttons


def test_import_an_identity_checks_its_password(window, qtbot, monkeypatch, tmp_path):
    from hopen_desktop.reports.signing import create_identity as make

    source = make("Paul Martin", "GHT Sud", "paul.martin@ght.fr", PASSWORD, tmp_path / "paul.p12")
    actions: ReportActions = window.actions_
    actions.act_identities.trigger()
    identities = actions.dialog
    assert isinstance(identities, IdentitiesDialog) and identities.model.rowCount() == 0
    open_file(monkeypatch, source)
    qtbot.mouseClick(identities.import_button, LEFT)
    dialog = identities.dialog
    assert isinstance(dialog, SignatureDialog)
    type_text(dialog.password, "faux-mot-de-passe")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=15000)
    assert "Mot de passe incorrect" in dialog.error.text()
    assert not list(paths.identities_dir().glob("*.p12")) if paths.identities_dir().exists() else True
    dialog.password.clear()
    type_text(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert (paths.identities_dir() / "paul.p12").exists()
    assert identities.model.rowCount() == 1 and identities.model.identity(0).signer_name == "Paul Martin"
    assert identities.fingerprint.fingerprint().count(":") == 31


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
