"""Shared test setup: Qt's offscreen platform (set before anything imports Qt), French text
typed one character at a time, isolated data folder and QSettings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` like a person. qtbot.keyClicks aborts the whole pytest
    process on any non-ASCII character (PySide6 6.12, pytest-qt 4.5): send each character."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture(autouse=True)
def french_model_language():
    """Every test starts with the model speaking French (a window started with --lang en, or a
    test of the English messages, switches the process-wide language)."""
    from hopen_desktop.model.i18n import set_language

    set_language("fr")
    yield
    set_language("fr")


@pytest.fixture(autouse=True, scope="session")
def _diagnostics_log_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory):
    """Whatever configures the diagnostics log (the window, the command line) writes it here,
    never into the user's real log folder."""
    from hopen_desktop import diagnostics
    from hopen_desktop.model import paths

    paths.set_log_dir(tmp_path_factory.mktemp("logs"))
    yield
    diagnostics.shutdown()
    paths.set_log_dir(None)


@pytest.fixture
def hopen_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HOPEN_DATA_DIR (default and demo workspaces) inside tmp_path."""
    from hopen_desktop.model import paths

    folder = tmp_path / "data"
    monkeypatch.setenv("HOPEN_DATA_DIR", str(folder))
    paths.set_data_dir(None)
    yield folder
    forget_added_referentials(folder)


def forget_added_referentials(data_dir: Path) -> None:
    """A test that added referentials in its data folder leaves no trace of them in the cached
    lists of referentials (the next test has another data folder)."""
    from hopen_desktop.model.referential import USER_REFERENTIALS_FOLDER, forget_loaded_referentials

    if (data_dir / USER_REFERENTIALS_FOLDER).exists():
        forget_loaded_referentials()


@pytest.fixture
def isolated_settings(tmp_path: Path):
    """QSettings written under tmp_path, never in the user's real configuration."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def workspace_path(tmp_path: Path, hopen_data_dir: Path) -> Path:
    """A real SQLite workspace file in tmp_path (created when opened)."""
    return tmp_path / "audit.hopen.sqlite"
