"""The verification dialog on a report that is not signed."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel

from hopen_desktop.reports.verify import EXIT_NOT_SIGNED, verify_pdf
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.reports.verify_dialog import VerifyDialog
from tests.ui.reports.helpers import open_file, save_as, wait_idle


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


def test_the_verify_dialog_compares_the_seal_with_the_open_workspace(window, qtbot, monkeypatch, tmp_path):
    """A signed report verified from the menu: the seal box says the open campaign is as sealed;
    after an answer changes, it names the indicator."""
    from hopen_desktop.jobs.reports import produce_report
    from hopen_desktop.model.entities import Answer
    from hopen_desktop.model.operations.answers import save_answer
    from hopen_desktop.reports.signing import create_identity, load_identity

    session = window.session
    campaign_id = session.campaign_id
    identity = load_identity(create_identity("Hélène Dupré", "Cabinet", "h@exemple.fr", "mot-de-passe-1",
                                             tmp_path / "h.p12"), "mot-de-passe-1")  # fmt: skip
    report = produce_report(session.workspace.path, campaign_id, tmp_path / "signé.pdf", identity).path

    def verified():
        open_file(monkeypatch, report)
        window.actions_.act_verify.trigger()
        dialog = window.actions_.dialog
        assert isinstance(dialog, VerifyDialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
        verdict = dialog.details.findChild(QLabel, "sealVerdict")
        assert verdict is not None
        return (
            dialog,
            verdict.text(),
            " ".join(w.text() for w in dialog.findChild(QGroupBox, "sealBox").findChildren(QLabel)),
        )

    dialog, verdict, text = verified()
    assert "identique à son contenu scellé" in verdict and dialog.seal_check.seal.report_id in text
    dialog.close()
    session.run(save_answer, campaign_id, Answer("P1.3", numerator=1, denominator=3))
    dialog, verdict, text = verified()
    assert "n'est plus celle du rapport" in verdict and "Indicateur P1.3 modifié" in text


def test_the_certificate_name_is_shown_with_french_attribute_names(window, qtbot, monkeypatch, tmp_path):
    """Issue 19: « Common Name / Organization / Email Address » were shown in English; the window
    names each attribute in its language."""
    from PySide6.QtWidgets import QApplication

    from hopen_desktop.jobs.reports import produce_report
    from hopen_desktop.reports.signing import create_identity, load_identity
    from hopen_desktop.ui.translations import install_translators

    identity = load_identity(create_identity("Hélène Dupré", "Cabinet Conseil", "h@exemple.fr", "mot-de-passe-1",
                                             tmp_path / "h.p12"), "mot-de-passe-1")  # fmt: skip
    report = produce_report(window.session.workspace.path, window.session.campaign_id, tmp_path / "s.pdf", identity)

    def shown_text() -> str:
        open_file(monkeypatch, report.path)
        window.actions_.act_verify.trigger()
        dialog = window.actions_.dialog
        qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)
        text = "\n".join(label.text() for label in dialog.details.findChildren(QLabel))
        dialog.close()
        return text

    text = shown_text()
    assert "Nom : Hélène Dupré\nOrganisation : Cabinet Conseil\nAdresse électronique : h@exemple.fr" in text
    assert "Common Name" not in text and "Organization" not in text and "Email Address" not in text
    assert verify_pdf(report.path).signatures[0].signer_dn.startswith("Nom : Hélène Dupré, Organisation : ")
    install_translators(QApplication.instance(), "en")
    try:
        text = shown_text()
    finally:
        install_translators(QApplication.instance(), "fr")
    assert "Common name: Hélène Dupré\nOrganisation: Cabinet Conseil\nEmail address: h@exemple.fr" in text
