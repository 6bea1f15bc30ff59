"""The one task manager: work that may take more than ~100 ms runs off the GUI thread.

A task runs a Qt-free function in a plain Python worker thread (``concurrent.futures``), as
Anki's ``qt/aqt/taskman.py`` does. The worker is given the function, its arguments and, when
asked, a Qt-free progress reporter and cancel flag: never a Qt object. Whatever it produces
(result, exception, progress) is put in a thread-safe mailbox and announced by a signal of the
manager, a QObject living on the GUI thread; the queued connection runs the callbacks there.

The callbacks (usually slots of a window) and their owner stay with the manager on the GUI thread
until the task has reported, and are dropped there: no reference to a Qt wrapper ever enters a
worker thread, so none can be destroyed in one, whichever thread Python's garbage collector
happens to run in. The collector stays on (the application once switched it off while pool work
ran: see tests/ui/test_tasks.py).

The rule that goes with it, for every GUI module: a Qt object that Python owns (created without a
parent) must never be left in a reference cycle. A collection may run in any thread, and one in a
worker that frees such a cycle makes Qt destroy the object there: a widget destroyed outside the
GUI thread crashes the application. Give widgets a parent (the indicator page once kept unused
error labels without one).

    tasks.run(verify_workspace_files, path, on_done=self._files_verified, on_error=self._failed, owner=self)

A function that takes ``progress`` and ``cancelled`` keyword arguments (reports/progress.py) gets
them when ``on_progress`` is given or ``cancellable=True``; ``Task.cancel()`` sets the flag, and a
function that stops by raising ``Cancelled`` reports through ``on_cancelled``.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from hopen_desktop.model.errors import HopenError
from hopen_desktop.reports.errors import Cancelled

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[str], None]
ProgressCallback = Callable[[int, int, str], None]
CancelledCallback = Callable[[], None]

_DONE = "done"
_FAILED = "failed"
_CANCELLED = "cancelled"
_PROGRESS = "progress"


class Task:
    """The handle of one task, Qt-free: its id, its cancel flag, whether it has reported."""

    def __init__(self, task_id: int, name: str) -> None:
        self.id = task_id
        self.name = name
        self._cancel = threading.Event()
        self._ran = threading.Event()
        #: True once the GUI thread has taken the task's outcome (its callbacks run then).
        self.finished = False

    def cancel(self) -> None:
        """Ask the function to stop (it reads the flag through its ``cancelled`` argument)."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function has returned or raised in its worker (not until the callbacks
        ran: they need the event loop). For a shutdown path such as closing a workspace while the
        backup taken at its opening is still being written. False on timeout."""
        return self._ran.wait(timeout)

    def __repr__(self) -> str:
        return f"<Task {self.id} {self.name}>"


class _Mailbox:
    """What workers hand back to the GUI thread: a list of items under a lock, and one signal
    emitted when the list stops being empty (the GUI thread takes the whole list at once)."""

    def __init__(self, notify: Callable[[], None]) -> None:
        self._lock = threading.Lock()
        self._items: list[tuple[int, str, Any]] = []
        self._notify = notify

    def post(self, task_id: int, kind: str, payload: Any) -> None:
        with self._lock:
            first = not self._items
            self._items.append((task_id, kind, payload))
        if first:
            self._notify()

    def take(self) -> list[tuple[int, str, Any]]:
        with self._lock:
            items, self._items = self._items, []
        return items


class _Reporter:
    """The ``progress(done, total, message)`` callable given to a worker: throttled (plus the
    last step), posted to the mailbox."""

    THROTTLE_S = 0.08

    def __init__(self, task_id: int, mailbox: _Mailbox) -> None:
        self._task_id = task_id
        self._mailbox = mailbox
        self._last = 0.0

    def __call__(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done < total and now - self._last < self.THROTTLE_S:
            return
        self._last = now
        self._mailbox.post(self._task_id, _PROGRESS, (done, total, message))


@dataclass
class _Entry:
    """What the GUI thread keeps for a running task (never seen by the worker)."""

    task: Task
    on_done: DoneCallback | None
    on_error: ErrorCallback | None
    on_progress: ProgressCallback | None
    on_cancelled: CancelledCallback | None
    owner: QObject | None
    started: float = field(default_factory=time.monotonic)


def describe_error(exc: BaseException) -> str:
    """The message shown for a task's failure: the model's own message for a refusal, the type and
    text of anything unexpected (whose traceback goes to the log)."""
    if isinstance(exc, HopenError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


def _holds_qt(value: object) -> bool:
    target = getattr(value, "__self__", value)  # a bound method carries its object
    return isinstance(target, QObject)


def _work(
    mailbox: _Mailbox,
    task_id: int,
    name: str,
    ran: threading.Event,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: Any,
) -> None:
    """Runs in a worker thread: only Qt-free objects here."""
    try:
        result = function(*args, **kwargs)
    except Cancelled:
        mailbox.post(task_id, _CANCELLED, None)
    except HopenError as exc:  # a refusal the user must read, not a fault
        log.info("task %s (%s) refused: %s", task_id, name, type(exc).__name__)
        mailbox.post(task_id, _FAILED, exc)
    except Exception as exc:  # catch-all by design (the task manager): logged with its traceback and
        # handed to the GUI thread, never a silent end of the worker
        log.error("task %s (%s) failed", task_id, name, exc_info=exc)
        mailbox.post(task_id, _FAILED, exc)
    else:
        mailbox.post(task_id, _DONE, result)
    finally:
        ran.set()


class TaskManager(QObject):
    """Lives on the GUI thread. Keeps every running task (one dict) until it has reported."""

    MAX_WORKERS = max(2, min(4, os.cpu_count() or 2))

    _posted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=self.MAX_WORKERS, thread_name_prefix="hopen-task")
        self._mailbox = _Mailbox(self._posted.emit)
        self._entries: dict[int, _Entry] = {}
        self._ids = itertools.count(1)
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.closed = False

    # ----------------------------------------------------------------- GUI thread: start

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        on_cancelled: CancelledCallback | None = None,
        owner: QObject | None = None,
        cancellable: bool = False,
        name: str | None = None,
    ) -> Task:
        """Run ``function(*args)`` in a worker thread; then, on the GUI thread, ``on_done(result)``,
        ``on_error(message)`` or ``on_cancelled()``. A failure with no ``on_error`` goes to the
        exception hook (a dialog and the log, see diagnostics.py). With an ``owner``, nothing is
        called once that QObject has been destroyed. ``function`` and ``args`` must hold no Qt
        object: refused with TypeError."""
        if _holds_qt(function) or any(_holds_qt(arg) for arg in args):
            raise TypeError("a task's function and arguments must be Qt-free (they go to a worker thread)")
        task = Task(next(self._ids), name or str(getattr(function, "__qualname__", "task")))
        kwargs: dict[str, Any] = {}
        if on_progress is not None or cancellable:
            kwargs["progress"] = _Reporter(task.id, self._mailbox) if on_progress is not None else None
            kwargs["cancelled"] = task.cancel_requested
        self._entries[task.id] = _Entry(task, on_done, on_error, on_progress, on_cancelled, owner)
        log.debug("task %s (%s) started", task.id, task.name)
        self._executor.submit(_work, self._mailbox, task.id, task.name, task._ran, function, args, kwargs)
        return task

    def running(self) -> list[Task]:
        return [entry.task for entry in self._entries.values()]

    def cancel_all(self) -> None:
        for entry in self._entries.values():
            entry.task.cancel()

    # ----------------------------------------------------------------- GUI thread: results

    @Slot()
    def _deliver(self) -> None:
        for task_id, kind, payload in self._mailbox.take():
            entry = self._entries.get(task_id) if kind == _PROGRESS else self._entries.pop(task_id, None)
            if entry is None:
                continue
            if kind != _PROGRESS:
                entry.task.finished = True
                log.debug(
                    "task %s (%s) %s after %.3f s", task_id, entry.task.name, kind, time.monotonic() - entry.started
                )
            if entry.owner is not None and not shiboken6.isValid(entry.owner):
                entry.task.cancel()
                continue
            try:
                self._call(entry, kind, payload)
            except Exception:  # catch-all by design: a callback's own error goes to the exception
                # hook, which logs its traceback and shows the dialog; the other items still go
                sys.excepthook(*sys.exc_info())

    @staticmethod
    def _call(entry: _Entry, kind: str, payload: Any) -> None:
        if kind == _PROGRESS:
            if entry.on_progress is not None:
                entry.on_progress(*payload)
        elif kind == _DONE:
            if entry.on_done is not None:
                entry.on_done(payload)
        elif kind == _CANCELLED:
            if entry.on_cancelled is not None:
                entry.on_cancelled()
        elif entry.on_error is not None:
            entry.on_error(describe_error(payload))
        else:
            raise payload  # nobody listens for this failure: the exception hook will

    # ----------------------------------------------------------------- shutdown

    def shutdown(self, wait: bool = True) -> None:
        """Cancel what runs, drop what waits; with ``wait``, return once the workers are idle."""
        self.closed = True
        self.cancel_all()
        self._executor.shutdown(wait=wait, cancel_futures=True)


_manager: TaskManager | None = None


def manager() -> TaskManager:
    """The application's task manager, created on first use (on the GUI thread) and parented to
    the application."""
    global _manager
    if _manager is None or not shiboken6.isValid(_manager) or _manager.closed:
        _manager = TaskManager(QCoreApplication.instance())
    return _manager


def run(
    function: Callable[..., Any],
    *args: Any,
    on_done: DoneCallback | None = None,
    on_error: ErrorCallback | None = None,
    on_progress: ProgressCallback | None = None,
    on_cancelled: CancelledCallback | None = None,
    owner: QObject | None = None,
    cancellable: bool = False,
    name: str | None = None,
) -> Task:
    """``TaskManager.run`` on the application's manager."""
    return manager().run(
        function,
        *args,
        on_done=on_done,
        on_error=on_error,
        on_progress=on_progress,
        on_cancelled=on_cancelled,
        owner=owner,
        cancellable=cancellable,
        name=name,
    )


def shutdown() -> None:
    """At exit: cancel what runs and drop what waits (the workers end with their current step)."""
    if _manager is not None and shiboken6.isValid(_manager):
        _manager.shutdown(wait=False)
