"""The verification dialog on a report that is not signed."""

from __future__ import annotations

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
