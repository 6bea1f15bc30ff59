"""Each technical term shown to users has its plain-French explanation next to it (issue 19 item
5): a « ? » button, reachable with the keyboard, whose text shows in a tooltip and a popup."""

from __future__ import annotations

import datetime as dt

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.ui import jargon
from hopen_desktop.ui.widgets import HelpButton

TERMS = (
    jargon.FINESS,
    jargon.GHT,
    jargon.HN_TARGETS,
    jargon.IDENTITY_FILE,
    jargon.FINGERPRINT,
    jargon.CERTIFICATE,
    jargon.SIGNATURE,
)


def helps(widget) -> dict[str, HelpButton]:
    return {button.objectName().removeprefix("help:"): button for button in widget.findChildren(HelpButton)}


def test_every_term_has_a_plain_explanation(qapp):
    for key in TERMS:
        assert jargon.term(key) and len(jargon.explanation(key)) > 120
    assert "PKCS#12" in jargon.explanation(jargon.IDENTITY_FILE)  # the technical name, explained
    assert ".p12" in jargon.term(jargon.IDENTITY_FILE)
    assert "SHA-256" in jargon.explanation(jargon.FINGERPRINT)
    assert "PAdES" in jargon.explanation(jargon.SIGNATURE)
    assert "Hôpital Numérique" in jargon.explanation(jargon.HN_TARGETS)
    assert "9 caractères" in jargon.explanation(jargon.FINESS)
    assert "groupement hospitalier de territoire" in jargon.explanation(jargon.GHT)


def test_help_button(qtbot):
    button = jargon.help_button(jargon.FINGERPRINT)
    qtbot.addWidget(button)
    assert button.objectName() == "help:fingerprint"
    assert button.text() == "?"
    assert button.accessibleName() == "Aide : Empreinte"
    assert button.toolTip() == button.accessibleDescription() == jargon.explanation(jargon.FINGERPRINT)


def test_the_dialogs_explain_their_terms(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog
    from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog
    from hopen_desktop.ui.reports.identity_dialog import IdentitiesDialog
    from hopen_desktop.ui.reports.signature_dialog import SignatureDialog
    from hopen_desktop.ui.reports.signers_dialog import SignersDialog

    path = window.session.path.with_name("demo.sqlite")
    build_demo_workspace(path, today=dt.date(2025, 11, 20))
    assert window.open_workspace(path)
    expected = {
        EstablishmentDialog(window.session, None, window): {jargon.FINESS, jargon.GHT},
        CampaignDialog(window.session, window): {jargon.HN_TARGETS},
        IdentitiesDialog(window, tmp_path / "identities"): {jargon.IDENTITY_FILE, jargon.FINGERPRINT},
        SignersDialog(window, tmp_path / "book.json"): {jargon.FINGERPRINT},
        SignatureDialog([], window): {jargon.IDENTITY_FILE, jargon.FINGERPRINT, jargon.SIGNATURE},
    }
    window.show_register()
    evidence = next(e for e in window.session.evidence() if e.type == "pra_test")
    expected[window.register.edit_evidence(evidence.id)] = {jargon.FINGERPRINT}
    for dialog, terms in expected.items():
        assert terms <= set(helps(dialog)), type(dialog).__name__
        dialog.close()
    identities = IdentitiesDialog(window, tmp_path / "identities")
    assert "fichier d'identité (.p12)" in " ".join(label.text() for label in identities.findChildren(QLabel))
    identities.close()


def test_the_explanation_opens_with_the_keyboard(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog

    dialog = EstablishmentDialog(window.session, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.finess.setFocus()
    button = helps(dialog)[jargon.FINESS]
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(dialog.finess, Qt.Key.Key_Tab)  # the « ? » follows its field in the focus order
    assert button.hasFocus(), QApplication.focusWidget()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    popup = button.popup
    assert popup is not None and popup.isVisible()
    assert popup.text() == jargon.explanation(jargon.FINESS)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    qtbot.waitUntil(button.hasFocus)  # back where the user was
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert popup.isVisible()
    popup.close()
    dialog.close()
