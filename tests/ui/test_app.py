"""Start-up pieces: which workspace opens, languages, remembered window state."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from hopen_desktop.model import paths
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.scoring import Status
from hopen_desktop.resources import resource_path
from hopen_desktop.ui.app import initial_workspace
from hopen_desktop.ui.settings import AppSettings
from hopen_desktop.ui.status import status_label
from hopen_desktop.ui.translations import install_translators


def args(**kw):
    base = {"workspace": None, "demo": False, "lang": None, "data_dir": None}
    return argparse.Namespace(**{**base, **kw})


def test_initial_workspace(tmp_path, hopen_data_dir):
    assert initial_workspace(args(), None) == paths.default_workspace_path()
    assert paths.default_workspace_path().parent == hopen_data_dir
    other = tmp_path / "x.sqlite"
    assert initial_workspace(args(workspace=str(other)), None) == other
    assert initial_workspace(args(), tmp_path / "gone.sqlite") == paths.default_workspace_path()
    other.touch()
    assert initial_workspace(args(), other) == other


def test_english_translation_and_qt_french(qapp):
    assert resource_path("translations", "hopen_en.qm").is_file()
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&Fichier") == "&File"
        # Status labels are declared once in the model (fr/en) and follow the same language.
        assert status_label(Status.NON_ATTEINT) == "Not attained"
        assert QCoreApplication.translate("ItemModels", "Hors GHT") == "Not in a GHT"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    translators = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "&Fichier") == "&Fichier"
        assert status_label(Status.NON_ATTEINT) == "Non atteint"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # qtbase_fr.qm
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_geometry_and_last_workspace_remembered(window, qtbot, workspace_path):
    window.resize(900, 640)
    window.close()
    settings = AppSettings()
    assert settings.last_workspace() == workspace_path.resolve()
    assert settings.recent_workspaces()[0] == workspace_path.resolve()
    from hopen_desktop.ui.main_window import MainWindow

    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert settings.geometry() is not None
    assert again.height() == 640 and again.width() < 1200  # not the default 1200 x 800
    assert isinstance(QApplication.instance(), QApplication)


def test_corrupt_workspace_refused_and_current_one_kept(window, qtbot, tmp_path, workspace_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 20)
    assert not window.open_workspace(bad)
    assert window.session.path == workspace_path
    assert "n'est pas un espace de travail" in window.dialog.text()
    window.dialog.close()


def test_model_errors_and_labels_speak_english_in_a_window_started_with_lang_en(
    qapp, qtbot, isolated_settings, workspace_path
):
    """``--lang en``: a refusal of the model (a bad FINESS in the establishment dialog, a setting out
    of range in the preferences) and the model's labels show in English, like the interface."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from hopen_desktop.ui.main_window import MainWindow
    from tests.conftest import type_text

    translators = install_translators(qapp, "en")
    try:
        win = MainWindow(AppSettings())
        qtbot.addWidget(win)
        assert win.open_workspace(workspace_path)
        win.show()
        qtbot.waitExposed(win)
        win.act_new_establishment.trigger()
        dialog = win.dialog
        assert dialog.legal_status.itemText(dialog.legal_status.findData("prive")) == "Private"
        type_text(dialog.finess, "12345")
        type_text(dialog.name, "Clinic")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.finess_error.isVisible()
        assert "Invalid FINESS number “12345”" in dialog.finess_error.text()
        assert "invalide" not in dialog.finess_error.text()
        dialog.reject()
        with pytest.raises(ValidationError) as info:
            win.session.set_max_file_mb(0)
        assert str(info.value) == ("Maximum size of an attached file (MB): choose a whole number between 1 and 2000.")
        win.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        install_translators(qapp, "fr")
