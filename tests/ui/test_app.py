"""Start-up pieces: which workspace opens, languages, remembered window state."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from hopen_desktop.model import paths
from hopen_desktop.resources import resource_path
from hopen_desktop.ui.app import initial_workspace
from hopen_desktop.ui.settings import AppSettings
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
        assert QCoreApplication.translate("Status", "Non atteint") == "Not attained"
        assert QCoreApplication.translate("ItemModels", "Hors GHT") == "Not in a GHT"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    translators = install_translators(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "&Fichier") == "&Fichier"
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
