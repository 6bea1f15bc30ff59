"""UI state in QSettings (an INI file under tmp_path): window geometry, last and recent
workspaces, language; a value of the wrong type reads as the default."""

from PySide6.QtCore import QByteArray

from hopen_desktop.ui.settings import KEY_LANGUAGE, KEY_RECENT, MAX_RECENT, AppSettings


def test_nothing_remembered_at_first(isolated_settings):
    settings = AppSettings()
    assert settings.geometry() is None and settings.window_state() is None and settings.splitter() is None
    assert settings.last_workspace() is None and settings.recent_workspaces() == []
    assert settings.language() == "fr"


def test_window_state_survives_a_restart(isolated_settings):
    first = AppSettings()
    first.save_window(QByteArray(b"geo"), QByteArray(b"state"), QByteArray(b"split"))
    first.sync()
    second = AppSettings()
    assert (second.geometry(), second.window_state(), second.splitter()) == (
        QByteArray(b"geo"),
        QByteArray(b"state"),
        QByteArray(b"split"),
    )
    assert (isolated_settings).exists()


def test_recent_workspaces_most_recent_first_without_duplicates_and_bounded(isolated_settings, tmp_path):
    settings = AppSettings()
    paths = [tmp_path / f"w{i}.sqlite" for i in range(MAX_RECENT + 2)]
    for p in paths:
        settings.remember_workspace(p)
    settings.remember_workspace(paths[3])
    recent = settings.recent_workspaces()
    assert recent[0] == paths[3].resolve() and settings.last_workspace() == paths[3].resolve()
    assert len(recent) == MAX_RECENT and len(set(recent)) == MAX_RECENT
    assert recent[1] == paths[-1].resolve()


def test_values_of_the_wrong_kind_read_as_defaults(isolated_settings, tmp_path):
    settings = AppSettings()
    settings.qsettings.setValue(KEY_LANGUAGE, "de")
    settings.qsettings.setValue(KEY_RECENT, str(tmp_path / "seul.sqlite"))
    assert settings.language() == "fr"
    assert settings.recent_workspaces() == [tmp_path / "seul.sqlite"]
    settings.qsettings.setValue(KEY_RECENT, 5)
    assert settings.recent_workspaces() == []
    settings.set_language("en")
    assert settings.language() == "en"
