"""An exception nobody handled (in a slot, a thread, a task) is logged, then shown to the user in a
dialog that says where the log is (ui/error_hook.py); the log never holds answers or passwords."""

from __future__ import annotations

import datetime as dt
import logging
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from hopen_desktop import diagnostics
from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui import error_hook, tasks
from hopen_desktop.ui.session import Session

PASSWORD = "Mot-de-passe-Très-secret-2025"
ANSWER = "Notre PRA a été testé le 12 mars avec l'équipe de garde"


@pytest.fixture
def hook(qapp, tmp_path):
    diagnostics.configure(verbose=True, folder=tmp_path / "logs")
    installed = error_hook.install(qapp)
    yield installed
    if installed.dialog is not None and installed.dialog.isVisible():
        installed.dialog.close()
    error_hook.uninstall()
    diagnostics.shutdown()


def _log_text() -> str:
    for handler in logging.getLogger(diagnostics.LOGGER_NAME).handlers:
        handler.flush()
    path = diagnostics.log_file()
    assert path is not None
    return path.read_text(encoding="utf-8")


def _explode_in_a_slot() -> None:
    raise RuntimeError(f"mot de passe {PASSWORD}")


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_in_a_slot_shows_the_dialog_and_lands_in_the_log(qtbot, hook):
    button = QPushButton("Essayer")
    qtbot.addWidget(button)
    button.clicked.connect(_explode_in_a_slot)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible(), timeout=5000)
    box = hook.dialog
    assert box.objectName() == "unexpectedErrorBox" and box.windowTitle() == "Erreur inattendue"
    assert "RuntimeError" in box.text() and "n'est pas perdu" in box.text()
    assert str(diagnostics.log_file()) in box.informativeText()
    text = _log_text()
    assert "unexpected error in MainThread" in text and "in _explode_in_a_slot" in text and "RuntimeError" in text
    assert PASSWORD not in text

    # An error in another thread: the same dialog, counted, and logged too.
    worker = threading.Thread(target=_explode_in_a_slot, name="some-thread")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: hook.count == 2, timeout=5000)
    assert "2 erreurs" in hook.dialog.informativeText()
    assert "unexpected error in some-thread" in _log_text()


def _refused_with_a_secret(password: str, answer: str) -> None:
    raise ValueError(f"{password} / {answer}")


@pytest.mark.qt_no_exception_capture
def test_a_password_and_an_answer_text_never_reach_the_log(qtbot, hook, tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
        campaign_id = ws.add_campaign(est.id, dt.date(2025, 1, 1), "hopen-2019", "A").id
    host = QWidget()
    qtbot.addWidget(host)
    session = Session(host)
    session.open(path)
    session.select_campaign(campaign_id)
    session.save_answer(Answer("P2.1", comment=ANSWER, justification=ANSWER))
    errors: list[str] = []
    tasks.run(_refused_with_a_secret, PASSWORD, ANSWER, on_error=errors.append)  # reported to the user
    tasks.run(_refused_with_a_secret, PASSWORD, ANSWER)  # nobody listens: the hook
    qtbot.waitUntil(lambda: errors != [] and hook.count == 1, timeout=5000)
    assert PASSWORD in errors[0]  # the user sees the message; the log does not
    session.close()
    text = _log_text()
    assert "ValueError" in text and "_refused_with_a_secret" in text
    assert PASSWORD not in text and "Très-secret" not in text
    assert ANSWER not in text and "PRA a été testé" not in text
