"""Work that may take more than ~100 ms runs in QThreadPool; its result comes back to the
GUI thread through the signals of an object living there (queued connections to @Slot
methods, never lambdas)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
    QThreadPool.globalInstance().start(task)
