"""Python's automatic garbage collection never runs in a worker thread while the GUI runs: neither
in the pool (report jobs, checks) nor in the backup thread started when a workspace opens."""

from __future__ import annotations

import gc
import threading

from hopen_desktop.model import backup
from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui import tasks
from hopen_desktop.ui.session import Session


def _wait(event: threading.Event) -> str:
    assert event.wait(10)
    return "done"


def test_collection_is_off_while_pool_work_runs_then_back_on(qtbot):
    assert gc.isenabled()
    release = threading.Event()
    task = tasks.FunctionTask(_wait, release)
    results = []
    task.signals.finished.connect(results.append)
    tasks.start(task)
    assert not gc.isenabled()
    qtbot.wait(3 * tasks._GcOnGuiThreadOnly.POLL_MS)  # the guard polls: still running, still off
    assert not gc.isenabled()
    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    qtbot.waitUntil(gc.isenabled, timeout=5000)


def test_collection_is_off_while_the_backup_taken_at_opening_runs(qtbot, tmp_path, monkeypatch):
    """Off from before the backup thread starts until it has finished."""
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    release = threading.Event()
    written = []
    enabled_at_start = []
    real_backup = backup.create_backup

    def slow_backup(workspace_path, *args, **kwargs):
        enabled_at_start.append(gc.isenabled())
        assert release.wait(10)
        written.append(real_backup(workspace_path, *args, **kwargs))
        return written[-1]

    monkeypatch.setattr(backup, "create_backup", slow_backup)
    assert gc.isenabled()
    session = Session()
    session.open(path)
    assert session.workspace is not None and session.workspace.backup_running()
    assert not gc.isenabled()  # a collection in the backup thread could traverse Qt wrappers
    qtbot.wait(3 * tasks._GcOnGuiThreadOnly.POLL_MS)  # the guard polls: still writing, still off
    assert not gc.isenabled()
    release.set()
    qtbot.waitUntil(lambda: not session.workspace.backup_running(), timeout=5000)
    qtbot.waitUntil(gc.isenabled, timeout=5000)  # back on, from the GUI thread
    assert enabled_at_start == [False]
    assert len(written) == 1 and written[0].path.exists()
    session.close()
