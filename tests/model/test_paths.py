"""Where user data and logs live: the --data-dir flag first, then HOPEN_DATA_DIR, then the
system's folders; nothing created by asking."""

from pathlib import Path

import pytest

from hopen_desktop.model import paths


@pytest.fixture(autouse=True)
def _no_override_left_behind():
    yield
    paths.set_data_dir(None)


def test_the_flag_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HOPEN_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"
    paths.set_data_dir(tmp_path / "flag")
    assert paths.data_dir() == tmp_path / "flag"
    assert paths.default_workspace_path() == tmp_path / "flag" / paths.DEFAULT_WORKSPACE_NAME
    assert paths.demo_workspace_path() == tmp_path / "flag" / paths.DEMO_WORKSPACE_NAME
    assert paths.identities_dir() == tmp_path / "flag" / "identites"
    assert not (tmp_path / "flag").exists()  # asking creates nothing


def test_without_flag_or_environment_the_system_folders(monkeypatch: pytest.MonkeyPatch):
    import platformdirs

    monkeypatch.delenv("HOPEN_DATA_DIR", raising=False)
    assert paths.data_dir() == Path(platformdirs.user_data_dir(paths.APP_NAME, paths.APP_AUTHOR))


def test_logs_go_inside_a_chosen_data_folder_else_to_the_system_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import platformdirs

    monkeypatch.setattr(paths, "_log_override", None)  # the test session's own override, put aside
    monkeypatch.setenv("HOPEN_DATA_DIR", str(tmp_path))
    assert paths.log_dir() == tmp_path / paths.LOGS_FOLDER_NAME
    monkeypatch.delenv("HOPEN_DATA_DIR")
    assert paths.log_dir() == Path(platformdirs.user_log_dir(paths.APP_NAME, paths.APP_AUTHOR))
    paths.set_data_dir(tmp_path / "portable")
    assert paths.log_dir() == tmp_path / "portable" / paths.LOGS_FOLDER_NAME


def test_the_log_override_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(paths, "_log_override", None)
    paths.set_log_dir(tmp_path / "logs")
    try:
        assert paths.log_dir() == tmp_path / "logs"
    finally:
        monkeypatch.undo()
