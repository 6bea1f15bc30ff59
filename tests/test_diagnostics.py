"""The diagnostics log (diagnostics.py): where it goes, what it holds, and what it never holds."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from hopen_desktop import diagnostics
from hopen_desktop.model import paths
from hopen_desktop.model.errors import HopenError

PASSWORD = "Mot-de-passe-Très-secret-2025"
ANSWER = "Notre PRA a été testé le 12 mars avec l'équipe de garde"


@pytest.fixture
def log_folder(tmp_path: Path):
    folder = tmp_path / "logs"
    yield folder
    diagnostics.shutdown()


def _read(folder: Path) -> str:
    for handler in logging.getLogger(diagnostics.LOGGER_NAME).handlers:
        handler.flush()
    return (folder / diagnostics.LOG_FILE_NAME).read_text(encoding="utf-8")


def test_the_log_folder_follows_the_data_folder_overrides(tmp_path, monkeypatch):
    previous = paths.log_dir()
    paths.set_log_dir(None)  # the session's test override, lifted for this test only
    try:
        monkeypatch.setenv("HOPEN_DATA_DIR", str(tmp_path / "env"))
        assert paths.log_dir() == tmp_path / "env" / paths.LOGS_FOLDER_NAME
        paths.set_data_dir(tmp_path / "flag")
        assert paths.log_dir() == tmp_path / "flag" / paths.LOGS_FOLDER_NAME
        paths.set_data_dir(None)
        monkeypatch.delenv("HOPEN_DATA_DIR")
        assert paths.log_dir().parts[-2:] == ("hopen-desktop", "log")  # platformdirs.user_log_dir
    finally:
        paths.set_data_dir(None)
        paths.set_log_dir(previous)


def test_configure_writes_a_rotating_file_and_verbose_adds_debug(log_folder):
    path = diagnostics.configure(folder=log_folder)
    assert path == log_folder / diagnostics.LOG_FILE_NAME == diagnostics.log_file()
    log = logging.getLogger("hopen_desktop.test")
    log.debug("hidden detail")
    log.info("campaign %s scored", 12)
    text = _read(log_folder)
    assert "hopen-desktop" in text and "campaign 12 scored" in text and "hidden detail" not in text
    handler = next(h for h in logging.getLogger(diagnostics.LOGGER_NAME).handlers if hasattr(h, "maxBytes"))
    assert handler.maxBytes == diagnostics.MAX_BYTES and handler.backupCount == diagnostics.BACKUP_COUNT

    diagnostics.configure(verbose=True, folder=log_folder)  # again: replaces, never duplicates
    log.debug("visible detail")
    assert _read(log_folder).count("visible detail") == 1


def test_a_folder_that_cannot_be_written_never_stops_the_start(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert diagnostics.configure(folder=blocker / "logs") is None
    assert diagnostics.log_file() is None and diagnostics.is_configured()
    logging.getLogger("hopen_desktop.test").error("still fine")
    assert "Journal de diagnostic impossible" in capsys.readouterr().err
    diagnostics.shutdown()


def _save(answer_text: str, password: str) -> None:
    try:
        raise HopenError(f"Mot de passe refusé : {password}")
    except HopenError as exc:
        raise ValueError(f"Réponse illisible : {answer_text}") from exc


def test_an_exception_is_logged_with_its_traceback_and_type_never_its_message(log_folder):
    diagnostics.configure(verbose=True, folder=log_folder)
    try:
        _save(ANSWER, PASSWORD)
    except ValueError as exc:
        diagnostics.log_unexpected((type(exc), exc, exc.__traceback__), "test")
    text = _read(log_folder)
    assert "unexpected error in test" in text
    assert "Traceback (most recent call last)" in text and "in _save" in text
    assert "ValueError" in text and "hopen_desktop.model.errors.HopenError" in text
    assert PASSWORD not in text and "Très-secret" not in text
    assert ANSWER not in text and "PRA a été testé" not in text


def test_an_exception_code_is_logged(log_folder):
    class CodedError(Exception):
        code = "evidence.date_in_future"

    assert diagnostics.describe_exception(CodedError("27/03/2031")).endswith("CodedError [evidence.date_in_future]")
    assert diagnostics.describe_exception(FileNotFoundError(2, "x", "/home/secret.pdf")) == (
        "FileNotFoundError (errno 2)"
    )


def test_verbose_command_line_logs_the_refusal_by_code_on_stderr_and_in_the_file(tmp_path):
    import os
    import subprocess
    import sys

    secret_name = tmp_path / "Réponse-confidentielle.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", "--verbose", "--data-dir", str(tmp_path / "data"), "list",
         "--workspace", str(secret_name)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "refused: WorkspaceError workspace.missing" in result.stderr
    log = (tmp_path / "data" / paths.LOGS_FOLDER_NAME / diagnostics.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "refused: WorkspaceError workspace.missing" in log
    assert "confidentielle" not in log  # the message (quoting the path typed) never reaches the log


def test_without_verbose_the_command_line_writes_no_log(tmp_path):
    import os
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", "--data-dir", str(tmp_path / "data"), "list",
         "--workspace", str(tmp_path / "absent.sqlite")],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2 and "refused" not in result.stderr
    assert not (tmp_path / "data" / paths.LOGS_FOLDER_NAME).exists()
