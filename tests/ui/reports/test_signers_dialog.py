"""The verify dialog names the signer and approves them after confirmation; the « Signataires
approuvés… » dialog lists, imports and removes (real widgets, a book in the test's data folder)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from hopen_desktop.model import paths
from hopen_desktop.reports import approved_signers
from hopen_desktop.reports.signing import Identity, sign_pdf_bytes
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.reports.signers_dialog import SignersDialog
from hopen_desktop.ui.reports.verify_dialog import VerifyDialog
from tests.reports.certificates import NOW, one_page_pdf, pem, self_signed, sign_anyway
from tests.ui.reports.helpers import LEFT, open_file

#: Set to a folder to keep the dialogs' screenshots and look at them.
SHOTS = os.environ.get("HOPEN_SCREENSHOTS")


@pytest.fixture(scope="module")
def signer(tmp_path_factory) -> Identity:
    return self_signed(tmp_path_factory.mktemp("id"), name="Hélène Müller-Loïc")


def _open_verify(qtbot, window, monkeypatch, path: Path) -> VerifyDialog:
    actions: ReportActions = window.actions_
    open_file(monkeypatch, path)
    actions.act_verify.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.result is not None, timeout=15000)
    return dialog


def _labels(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _grab(widget, name: str) -> None:
    image = widget.grab()
    assert not image.isNull()
    if SHOTS:
        image.save(str(Path(SHOTS) / name))


def test_an_unapproved_signer_is_approved_after_confirming_the_fingerprint(
    window, qtbot, monkeypatch, tmp_path, signer
):
    report = tmp_path / "rapport.pdf"
    report.write_bytes(sign_pdf_bytes(one_page_pdf(), signer))
    dialog = _open_verify(qtbot, window, monkeypatch, report)
    assert dialog.verdict_kind == "unapproved"
    assert "signataire NON approuvé" in dialog.banner.text()
    text = _labels(dialog)
    grouped = approved_signers.grouped(signer.fingerprint)
    assert " ".join(grouped.split(" ")[:8]) in text  # the fingerprint in groups of four
    assert "Cabinet Conseil Santé" in text and "consultant@exemple.fr" in text
    assert "Signataire NON approuvé" in text and "non : certificat auto-signé" in text
    fingerprint = dialog.findChild(QLabel, "fingerprint")
    assert fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert len(dialog.copy_buttons) == 1
    (approve,) = dialog.approve_buttons
    _grab(dialog, "verify-unapproved.png")

    qtbot.mouseClick(approve, LEFT)  # first a question; cancelling it approves nobody
    box = dialog.dialog
    assert isinstance(box, QMessageBox) and grouped in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert approved_signers.read_book().entries == ()

    qtbot.mouseClick(approve, LEFT)
    box = dialog.dialog
    assert isinstance(box, QMessageBox)
    box.findChild(QPushButton, "confirm").click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.verdict_kind == "valid", timeout=15000)
    entry = approved_signers.read_book().find(signer.fingerprint)
    assert entry is not None and entry.how == approved_signers.HOW_PHONE
    assert "Signataire approuvé (empreinte comparée par téléphone)" in _labels(dialog)
    assert not dialog.approve_buttons
    _grab(dialog, "verify-approved.png")
    dialog.reject()

    # An impostor taking the approved signer's name: warned in the banner, not approved.
    impostor = self_signed(tmp_path, "imposteur.p12", name="Hélène Müller-Loïc")
    forged = tmp_path / "faux.pdf"
    forged.write_bytes(sign_pdf_bytes(one_page_pdf("Rapport falsifié"), impostor))
    dialog = _open_verify(qtbot, window, monkeypatch, forged)
    assert dialog.verdict_kind == "unapproved"
    assert "même nom « Hélène Müller-Loïc », avec une AUTRE empreinte" in dialog.banner.text()
    dialog.reject()


def test_an_expired_certificate_is_invalid_and_said_in_red(window, qtbot, monkeypatch, tmp_path):
    expired = self_signed(
        tmp_path, "expire.p12", not_before=NOW - dt.timedelta(days=400), not_after=NOW - dt.timedelta(days=30)
    )
    report = tmp_path / "expire.pdf"
    report.write_bytes(sign_anyway(one_page_pdf(), expired))
    dialog = _open_verify(qtbot, window, monkeypatch, report)
    assert dialog.verdict_kind == "invalid"
    validity = dialog.findChild(QLabel, "validity")
    assert "NON valide à la date de signature" in validity.text() and "#a61b1b" in validity.styleSheet()
    assert not dialog.approve_buttons  # an invalid signature is never approved from the window
    _grab(dialog, "verify-expired.png")
    dialog.reject()


def test_the_signers_dialog_lists_imports_and_removes(window, qtbot, monkeypatch, tmp_path, signer):
    actions: ReportActions = window.actions_
    cer = tmp_path / "helene.cer"
    cer.write_bytes(pem(signer))
    actions.act_signers.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, SignersDialog) and dialog.isVisible()
    assert dialog.model.rowCount() == 0 and "Aucun signataire" in dialog.message.text()

    open_file(monkeypatch, cer)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.model.rowCount() == 1 and "maintenant un signataire approuvé" in dialog.message.text()
    assert dialog.fingerprint.fingerprint() == signer.fingerprint
    assert dialog.fingerprint.text().replace("\n", " ") == approved_signers.grouped(signer.fingerprint)
    assert approved_signers.read_book().find(signer.fingerprint) is not None
    _grab(dialog, "signers.png")

    qtbot.mouseClick(dialog.remove_button, LEFT)
    box = dialog.dialog
    assert isinstance(box, QMessageBox) and "Hélène Müller-Loïc" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.model.rowCount() == 1
    qtbot.mouseClick(dialog.remove_button, LEFT)
    dialog.dialog.findChild(QPushButton, "confirm").click()
    assert dialog.model.rowCount() == 0 and approved_signers.read_book().entries == ()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_signers_dialog_says_when_the_book_is_damaged(window, qtbot):
    book = paths.approved_signers_path()
    book.parent.mkdir(parents=True, exist_ok=True)
    book.write_bytes(b"{ abime")
    dialog = SignersDialog(window)
    qtbot.addWidget(dialog)
    assert "est endommagé" in dialog.message.text()
    assert book.read_bytes() == b"{ abime"
