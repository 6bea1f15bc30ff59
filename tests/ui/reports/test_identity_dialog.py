"""Importing a signing identity checks its password."""

from __future__ import annotations

from hopen_desktop.model import paths
from hopen_desktop.ui.reports.identity_dialog import IdentitiesDialog
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.reports.signature_dialog import SignatureDialog
from tests.conftest import type_text
from tests.ui.reports.helpers import LEFT, PASSWORD, open_file


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
