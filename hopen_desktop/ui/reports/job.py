"""One long operation of the Reports menu (report, signed report, Excel export or reading):
run in QThreadPool through ``tasks.FunctionTask``, with a progress dialog that appears only after
``SHOW_AFTER_MS``, throttled updates, and Cancel passed back to the Qt-free function as a flag."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from hopen_desktop.reports.errors import Cancelled
from hopen_desktop.ui import tasks


class _CancelledResult:
    """Returned by the pool thread when the user cancelled (not an error to show)."""


CANCELLED = _CancelledResult()


def _call(function: Callable[..., Any], args: tuple[Any, ...], progress: Any, cancelled: Any) -> Any:
    try:
        return function(*args, progress=progress, cancelled=cancelled)
    except Cancelled:
        return CANCELLED


class ReportJob(QObject):
    """Runs ``function(*args, progress=..., cancelled=...)`` off the GUI thread. Emits exactly one
    of ``succeeded(result)``, ``failed(message)`` or ``wasCancelled()``, on the GUI thread."""

    SHOW_AFTER_MS = 500
    #: Progress is posted from the pool thread at most this often (plus the last step).
    THROTTLE_S = 0.08

    succeeded = Signal(object)
    failed = Signal(str)
    wasCancelled = Signal()
    #: (done, total, message), posted from the pool thread, received on the GUI thread.
    progressed = Signal(int, int, str)

    def __init__(
        self,
        title: str,
        function: Callable[..., Any],
        *args: Any,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self.title = title
        self.parent_widget = parent_widget
        self._cancel = threading.Event()
        self._last_post = 0.0
        self._state: tuple[int, int, str] = (0, 0, title)
        self.finished = False
        self.dialog: QProgressDialog | None = None
        self.progressed.connect(self._on_progress)
        self._task = tasks.FunctionTask(_call, function, args, self._post_progress, self._cancel.is_set)
        self._task.setAutoDelete(False)  # kept alive by self until its signals are delivered
        # The task's signal object becomes a child of this job: destroyed with it, on the GUI
        # thread. Left Python-owned, a garbage collection that happens to run in a pool thread
        # would destroy that QObject there (job -> task -> args -> job is a cycle): a crash.
        self._task.signals.setParent(self)
        self._task.signals.finished.connect(self._on_finished)
        self._task.signals.failed.connect(self._on_failed)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)

    # ----------------------------------------------------------------- control

    def start(self) -> None:
        self._show_timer.start(self.SHOW_AFTER_MS)
        tasks.start(self._task)

    @Slot()
    def cancel(self) -> None:
        if self.finished:
            return
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Annulation en cours…"))
            button = self.dialog.findChild(QWidget, "qt_progress_cancel")
            if button is not None:
                button.setEnabled(False)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    # ----------------------------------------------------------------- pool thread side

    def _post_progress(self, done: int, total: int, message: str) -> None:
        """Called in the pool thread: throttled, then queued to the GUI thread."""
        now = time.monotonic()
        if done < total and now - self._last_post < self.THROTTLE_S:
            return
        self._last_post = now
        self.progressed.emit(done, total, message)

    # ----------------------------------------------------------------- GUI thread side

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self._state = (done, total, message)
        if self.dialog is not None and self.dialog.wasCanceled():
            self.cancel()  # cancelled through QProgressDialog.cancel() (no signal)
        if self.dialog is not None and not self._cancel.is_set():
            self._apply_state()

    def _apply_state(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        done, total, message = self._state
        dialog.setLabelText(message)
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))  # modal: processes events, may end the job

    @Slot()
    def _show_dialog(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self.parent_widget)
        dialog.setObjectName("reportProgress")
        dialog.setWindowTitle(self.title)
        dialog.setCancelButtonText(self.tr("&Annuler"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(460)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self._apply_state()
        dialog.show()

    def _close_dialog(self) -> None:
        self.finished = True
        self._show_timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.hide()  # not close(): closeEvent would emit canceled
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._close_dialog()
        if result is CANCELLED:
            self.wasCancelled.emit()
        else:
            self.succeeded.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._close_dialog()
        self.failed.emit(message)
