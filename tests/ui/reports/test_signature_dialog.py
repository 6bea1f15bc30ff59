"""Signing a report through the dialog with an identity created in the application: wrong then right password."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from hopen_desktop.reports.verify import EXIT_VALID, verify_pdf
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.reports.signature_dialog import SignatureDialog
from hopen_desktop.ui.reports.verify_dialog import VerifyDialog
from tests.conftest import type_text
from tests.ui.reports.helpers import LEFT, PASSWORD, create_identity, open_file, save_as, wait_idle


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
