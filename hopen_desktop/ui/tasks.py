"""Work that may take more than ~100 ms runs in QThreadPool; its result comes back to the
GUI thread through the signals of an object living there (queued connections to @Slot
methods, never lambdas)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from hopen_desktop.model.errors import HopenError


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class FunctionTask(QRunnable):
    """Runs a Qt-free function in a pool thread. The function must open its own workspace
    connection (SQLite connections are per thread)."""

    def __init__(self, function: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.function = function
        self.args = args
        self.signals = TaskSignals()  # created on the GUI thread: slots run there

    def run(self) -> None:
        try:
            result = self.function(*self.args)
        except HopenError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # reported to the user, never a crash of a pool thread
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


class _Running(QObject):
    """Strong references to the tasks in the pool. A QRunnable whose only owner was a Python
    reference cycle (job -> task -> its arguments -> job) could be collected by a garbage
    collection on the GUI thread while it still ran in the pool: a segmentation fault seen in
    about one test run in three. A task is let go a while after it reported, once run() has
    certainly returned."""

    LINGER_S = 5.0

    def __init__(self) -> None:
        super().__init__()
        self._tasks: dict[int, tuple[FunctionTask, float | None]] = {}

    def keep(self, task: FunctionTask) -> None:
        now = time.monotonic()
        for key, (_, done_at) in list(self._tasks.items()):
            if done_at is not None and now - done_at > self.LINGER_S:
                del self._tasks[key]
        self._tasks[id(task.signals)] = (task, None)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)

    def _mark_done(self) -> None:
        key = id(self.sender())
        if key in self._tasks:
            self._tasks[key] = (self._tasks[key][0], time.monotonic())

    @Slot(object)
    def _finished(self, _result: object) -> None:
        self._mark_done()

    @Slot(str)
    def _failed(self, _message: str) -> None:
        self._mark_done()


class _GcOnGuiThreadOnly(QObject):
    """Python's cyclic garbage collector runs in whichever thread happens to allocate when a
    threshold is reached. Run in a pool thread, it traversed shiboken wrappers that the GUI
    thread was changing at the same time and crashed (a segmentation fault in visit_decref,
    seen in about one report test run in four). While pool work runs, automatic collection is
    off; it is switched back on, and a collection made, on the GUI thread once the pool is idle
    and no other watched thread (the backup taken at opening) is busy. Reference counting still
    frees everything that is not in a cycle meanwhile."""

    POLL_MS = 100

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._check)
        self._disabled_here = False
        self._busy: list[Callable[[], bool]] = []

    def work_starts(self, busy: Callable[[], bool] | None = None) -> None:
        if busy is not None:
            self._busy.append(busy)
        if gc.isenabled():
            gc.disable()
            self._disabled_here = True
        self._timer.start()

    @Slot()
    def _check(self) -> None:
        self._busy = [busy for busy in self._busy if busy()]
        if QThreadPool.globalInstance().activeThreadCount() > 0 or self._busy:
            return
        self._timer.stop()
        if self._disabled_here:
            self._disabled_here = False
            gc.enable()
            gc.collect()


_running: _Running | None = None
_gc_guard: _GcOnGuiThreadOnly | None = None


def start(task: FunctionTask) -> None:
    """Run ``task`` in the pool, kept alive until well after it reported (see _Running). Its
    signals object must be owned on the GUI thread: when the Python wrapper was its only owner,
    the garbage collector could destroy it from the worker thread (a crash seen about one run in
    five). Unowned, it is parented to the application and deleted on the GUI thread once the
    result is delivered."""
    global _running
    signals = task.signals
    if signals.parent() is None:
        app = QCoreApplication.instance()
        if app is not None:
            signals.setParent(app)
            signals.finished.connect(signals.deleteLater)
            signals.failed.connect(signals.deleteLater)
    if _running is None:
        _running = _Running()
    _running.keep(task)
    _guard().work_starts()
    QThreadPool.globalInstance().start(task)


def _guard() -> _GcOnGuiThreadOnly:
    global _gc_guard
    if _gc_guard is None:
        _gc_guard = _GcOnGuiThreadOnly()
    return _gc_guard


def collect_on_gui_thread_while(busy: Callable[[], bool]) -> None:
    """Keep Python's automatic garbage collection off while ``busy()`` is true: for a plain
    Python thread started by the domain layer (the backup taken when a workspace opens), which
    could otherwise collect, and crash, as pool threads did (see _GcOnGuiThreadOnly). Without an
    application there is no event loop to switch collection back on: nothing is done then."""
    if QCoreApplication.instance() is not None:
        _guard().work_starts(busy)


def start_owned(
    task: FunctionTask, owner: QObject, finished: Callable[[Any], None], failed: Callable[[str], None]
) -> None:
    """Run ``task`` for ``owner`` (a window on the GUI thread, which keeps the task): its signals
    become the owner's child, destroyed with it on the GUI thread, and are delivered to the
    ``finished`` and ``failed`` slots."""
    task.setAutoDelete(False)
    task.signals.setParent(owner)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    start(task)
