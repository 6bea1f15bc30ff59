"""The task manager (ui/tasks.py): Qt-free work in worker threads, results on the GUI thread, the
garbage collector left on.

History: a report rendered in a QThreadPool thread crashed (a segmentation fault in visit_decref)
when Python's cyclic garbage collector ran there and reached Qt wrappers the worker held (its
QRunnable, its signals object, a progress callback bound to a QObject). The application then
switched the collector off while any pool work ran (and while the backup taken at opening ran).
Now a worker never holds a Qt object: the tests below force collections in the workers and on the
GUI thread while the GUI changes its widgets, with the collector on all along."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from hopen_desktop.model import backup
from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.progress import Steps
from hopen_desktop.ui import tasks
from hopen_desktop.ui.session import Session


class Recorder:
    """Callbacks of a test, kept on the GUI thread."""

    def __init__(self) -> None:
        self.done: list[object] = []
        self.errors: list[str] = []
        self.progress: list[tuple[int, int, str]] = []
        self.cancelled = 0
        self.threads: list[str] = []

    def on_done(self, result: object) -> None:
        self.threads.append(threading.current_thread().name)
        self.done.append(result)

    def on_error(self, message: str) -> None:
        self.threads.append(threading.current_thread().name)
        self.errors.append(message)

    def on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.append((done, total, message))

    def on_cancelled(self) -> None:
        self.cancelled += 1


def _where(event: threading.Event) -> tuple[str, bool]:
    assert event.wait(10)
    gc.collect()  # a collection in the worker: nothing of Qt to reach
    return threading.current_thread().name, gc.isenabled()


def test_a_task_runs_in_a_worker_and_reports_on_the_gui_thread_with_the_collector_on(qtbot):
    assert gc.isenabled()
    release = threading.Event()
    rec = Recorder()
    task = tasks.run(_where, release, on_done=rec.on_done, on_error=rec.on_error)
    assert task in tasks.manager().running() and not task.finished
    assert gc.isenabled()  # never switched off while work runs
    for _ in range(5):  # the GUI keeps changing its widgets meanwhile
        label = QLabel("x")
        label.deleteLater()
        qtbot.wait(20)
    release.set()
    qtbot.waitUntil(lambda: rec.done != [], timeout=5000)
    worker, enabled_in_worker = rec.done[0]  # type: ignore[misc]
    assert worker.startswith("hopen-task") and enabled_in_worker
    assert rec.threads == [threading.main_thread().name]
    assert task.finished and task not in tasks.manager().running()
    assert gc.isenabled()


def _refuse() -> None:
    raise HopenError("Fichier illisible : choisissez un autre fichier.")


def _crash() -> None:
    raise ValueError("boom")


def test_a_refusal_or_a_fault_reaches_on_error_as_a_message(qtbot):
    rec = Recorder()
    tasks.run(_refuse, on_done=rec.on_done, on_error=rec.on_error)
    tasks.run(_crash, on_done=rec.on_done, on_error=rec.on_error)
    qtbot.waitUntil(lambda: len(rec.errors) == 2, timeout=5000)
    assert sorted(rec.errors) == ["Fichier illisible : choisissez un autre fichier.", "ValueError: boom"]
    assert rec.done == []


def test_a_failure_nobody_listens_for_goes_to_the_exception_hook(qtbot):
    with qtbot.capture_exceptions() as exceptions:
        tasks.run(_crash)
        qtbot.waitUntil(lambda: len(exceptions) == 1, timeout=5000)
    kind, value, _tb = exceptions[0]
    assert kind is ValueError and str(value) == "boom"


def _counted(n: int, *, progress, cancelled) -> int:
    steps = Steps(n, progress, cancelled)
    for i in range(n):
        steps.step(f"Étape {i + 1}")
        time.sleep(0.01)
    steps.finish()
    return n


def _until_cancelled(started: threading.Event, *, progress, cancelled) -> str:
    started.set()
    steps = Steps(1000, progress, cancelled)
    for _ in range(1000):
        steps.step("Attente")
        time.sleep(0.01)
    return "not cancelled"


def test_progress_is_delivered_throttled_and_cancel_is_a_flag(qtbot):
    rec = Recorder()
    tasks.run(_counted, 40, on_done=rec.on_done, on_progress=rec.on_progress)
    qtbot.waitUntil(lambda: rec.done == [40], timeout=10000)
    assert rec.progress[-1] == (40, 40, "Terminé.")
    assert 2 <= len(rec.progress) < 40  # throttled, the last step always posted

    rec = Recorder()
    started = threading.Event()
    task = tasks.run(_until_cancelled, started, on_done=rec.on_done, on_cancelled=rec.on_cancelled, cancellable=True)
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: rec.cancelled == 1, timeout=5000)
    assert task.cancel_requested() and rec.done == []


def test_wait_blocks_until_the_function_has_run(qtbot):
    release = threading.Event()
    rec = Recorder()
    task = tasks.run(_where, release, on_done=rec.on_done)
    assert not task.wait(0.05)
    release.set()
    assert task.wait(5)
    assert not task.finished  # its outcome waits for the event loop
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    assert len(rec.done) == 1


def test_a_worker_is_never_given_a_qt_object(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(TypeError):
        tasks.run(widget.isVisible)  # a bound method carries its QObject
    with pytest.raises(TypeError):
        tasks.run(print, QObject())
    assert gc.isenabled()


def test_nothing_is_called_once_the_owner_is_gone(qtbot):
    owner = QObject()
    calls: list[object] = []
    release = threading.Event()
    task = tasks.run(_where, release, on_done=calls.append, owner=owner)
    shiboken6.delete(owner)  # a dialog closed while its task runs
    release.set()
    qtbot.waitUntil(lambda: task.finished, timeout=5000)
    qtbot.wait(50)
    assert calls == [] and task.cancel_requested()


def test_collection_stays_on_while_the_backup_taken_at_opening_runs(qtbot, tmp_path, monkeypatch):
    """The backup taken at opening is a task of the manager like any other: its worker holds no Qt
    object, a collection there (forced here) is harmless, and the collector is never switched off."""
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    release = threading.Event()
    written = []
    enabled_at_start = []
    real_backup = backup.create_backup

    def slow_backup(workspace_path, *args, **kwargs):
        assert threading.current_thread().name.startswith("hopen-task")
        enabled_at_start.append(gc.isenabled())
        assert release.wait(10)
        gc.collect()
        written.append(real_backup(workspace_path, *args, **kwargs))
        return written[-1]

    monkeypatch.setattr(backup, "create_backup", slow_backup)
    assert gc.isenabled()
    session = Session()
    session.open(path)
    assert session.workspace is not None and session.backup_running()
    assert gc.isenabled()
    for _ in range(5):
        QLabel("x").deleteLater()
        gc.collect()
        qtbot.wait(20)
    release.set()
    qtbot.waitUntil(lambda: not session.backup_running(), timeout=5000)
    assert enabled_at_start == [True] and gc.isenabled()
    assert len(written) == 1 and written[0].path.exists()
    session.close()
    shiboken6.delete(session)


# ---------------------------------------------------------------------------- stress


def _one_page(data) -> bytes:
    """A one-page report of the campaign (ReportLab platypus, DejaVu, a table of the scores)."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from hopen_desktop.reports import fonts

    fonts.register_fonts()
    style = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9)
    rows = [[iid, str(score.status)] for iid, score in list(data.score.indicators.items())[:12]]
    table = Table(rows, style=[("FONT", (0, 0), (-1, -1), fonts.REGULAR)])
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, initialFontName=fonts.REGULAR)
    doc.build([Paragraph(f"Rapport : {data.establishment.name}", style), table])
    return out.getvalue()


def _small_report(path, campaign_id: int, n: int, *, progress, cancelled) -> tuple[int, bool]:
    """A report job made small: the campaign read through the job's own read-only connection,
    then rendered by ReportLab on one page; one job in ten renders the application's own report
    (pdf_report.py) cut to its first group of indicators (about 0.15 s). Collections are forced."""
    from hopen_desktop.model.snapshot import take_snapshot
    from hopen_desktop.reports.pdf_report import render_report

    gc.collect(0)
    with Workspace.open(path, read_only=True) as ws:
        data = take_snapshot(ws, campaign_id)
    steps = Steps(4, progress, cancelled)
    steps.step("Rendu")
    if n % 10:
        content = _one_page(data)
    else:
        referential = dataclasses.replace(data.referential, groups=data.referential.groups[:1])
        score = dataclasses.replace(data.score, blockers=())
        content = render_report(dataclasses.replace(data, referential=referential, score=score))
    gc.collect(0 if n % 20 else 2)
    steps.finish()
    assert content.startswith(b"%PDF")
    return n, gc.isenabled()


def test_200_report_jobs_while_the_gui_edits_with_the_collector_on(qtbot, tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
        campaign_id = ws.add_campaign(est.id, dt.date(2025, 1, 1), "hopen-2019", "A").id
    host = QWidget()
    qtbot.addWidget(host)
    session = Session(host)
    session.open(path)
    session.select_campaign(campaign_id)
    rec = Recorder()
    started = time.monotonic()
    jobs = [
        tasks.run(
            _small_report,
            path,
            campaign_id,
            n,
            on_done=rec.on_done,
            on_error=rec.on_error,
            on_progress=rec.on_progress,
            owner=host,
        )
        for n in range(200)
    ]
    edits = 0
    while len(rec.done) + len(rec.errors) < len(jobs):
        assert time.monotonic() - started < 60, f"{len(rec.done)} of {len(jobs)} jobs done in 60 s"
        edits += 1
        session.save_answer(Answer("D1.1", numerator=edits % 10, denominator=10))  # an edit, journaled
        if edits % 3 == 0:
            session.undo_stack.undo()
        label = QLabel(f"Édition {edits}", host)  # wrappers created and destroyed on the GUI thread
        label.deleteLater()
        gc.collect(0 if edits % 20 else 2)
        assert gc.isenabled()
        qtbot.wait(80)
    assert rec.errors == []
    assert sorted(n for n, _ in rec.done) == list(range(200))  # type: ignore[misc]
    assert all(enabled for _, enabled in rec.done)  # type: ignore[misc]
    assert set(rec.threads) == {threading.main_thread().name}
    assert edits > 10 and session.answer("D1.1").denominator == 10
    assert gc.isenabled()
    session.close()


def test_a_closed_window_leaves_no_unparented_widget_in_a_reference_cycle(qtbot, isolated_settings, workspace_path):
    """What a worker's collection may reach: garbage cycles made on the GUI thread. A widget that
    Python owns (no parent) in such a cycle would be destroyed by Qt in the worker thread, which
    crashes; the indicator page once kept its unused error labels that way, left behind when its
    window was deleted."""
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    window = MainWindow(AppSettings())
    assert window.open_workspace(workspace_path)
    window.session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    window.session.add_campaign(dt.date.today(), "hopen-2019", "Mme Durand")
    window.show()
    for indicator in ("P1.1", "P2.4", "D1.1", "P1.4", "D7.3"):
        window.show_indicator(indicator)
        qtbot.wait(10)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        window.close()
        window.deleteLater()
        del window
        qtbot.wait(50)  # the deferred deletion, on the GUI thread
        gc.collect()
        unparented = [
            type(obj).__name__
            for obj in gc.garbage
            if isinstance(obj, QWidget) and shiboken6.isValid(obj) and shiboken6.ownedByPython(obj)
        ]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()
    assert unparented == []
