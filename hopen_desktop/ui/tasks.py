"""Work that may take more than ~100 ms runs in QThreadPool; its result comes back to the
GUI thread through the signals of an object living there (queued connections to @Slot
methods, never lambdas)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

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


def start(task: FunctionTask) -> None:
    """Run ``task`` in the pool. Its signals object must be owned on the GUI thread: when the
    Python wrapper was its only owner, the garbage collector could destroy it from the worker
    thread (a crash seen about one run in five). Unowned, it is parented to the application and
    deleted on the GUI thread once the result is delivered."""
    signals = task.signals
    if signals.parent() is None:
        app = QCoreApplication.instance()
        if app is not None:
            signals.setParent(app)
            signals.finished.connect(signals.deleteLater)
            signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(task)


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
