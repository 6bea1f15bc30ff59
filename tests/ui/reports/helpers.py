"""Helpers of the Rapports menu's tests: file dialogs answered, a job waited for, an identity created
through the menu like a person."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from hopen_desktop.model import paths
from hopen_desktop.ui.reports.identity_dialog import IdentitiesDialog, IdentityCreateDialog
from hopen_desktop.ui.reports.menu import ReportActions
from tests.conftest import type_text

PASSWORD = "Très-secret-2025"


LEFT = Qt.MouseButton.LeftButton


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
    shown = identities.fingerprint.text()
    assert shown.count("\n") == 1 and len(shown.split()) == 16  # two lines, 16 groups of four
    assert shown.replace("\n", "").replace(" ", "") == fingerprint.replace(":", "")
    qtbot.mouseClick(identities.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == fingerprint
    identities.close()
    return p12
