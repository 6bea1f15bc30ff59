"""One long operation of the Reports menu (report, signed report, Excel export or reading):
run by the task manager (ui/tasks.py), with a progress dialog that appears only after
``SHOW_AFTER_MS``, throttled updates, and Cancel passed back to the Qt-free function as a flag."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from hopen_desktop.ui import tasks


class ReportJob(QObject):
    """Runs ``function(*args, progress=..., cancelled=...)`` off the GUI thread. Emits exactly one
    of ``succeeded(result)``, ``failed(message)`` or ``wasCancelled()``, on the GUI thread."""

    SHOW_AFTER_MS = 500

    succeeded = Signal(object)
    failed = Signal(str)
    wasCancelled = Signal()

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
        self._function = function
        self._args = args
        self._task: tasks.Task | None = None
        self._state: tuple[int, int, str] = (0, 0, title)
        self.finished = False
        self.dialog: QProgressDialog | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show_dialog)

    # ----------------------------------------------------------------- control

    def start(self) -> None:
        self._show_timer.start(self.SHOW_AFTER_MS)
        self._task = tasks.run(
            self._function,
            *self._args,
            on_done=self._on_finished,
            on_error=self._on_failed,
            on_progress=self._on_progress,
            on_cancelled=self._on_cancelled,
            cancellable=True,
            owner=self,
            name=self.title,
        )

    @Slot()
    def cancel(self) -> None:
        if self.finished:
            return
        if self._task is not None:
            self._task.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Annulation en cours…"))
            button = self.dialog.findChild(QWidget, "qt_progress_cancel")
            if button is not None:
                button.setEnabled(False)

    @property
    def cancel_requested(self) -> bool:
        return self._task is not None and self._task.cancel_requested()

    # ----------------------------------------------------------------- GUI thread side

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self._state = (done, total, message)
        if self.dialog is not None and self.dialog.wasCanceled():
            self.cancel()  # cancelled through QProgressDialog.cancel() (no signal)
        if self.dialog is not None and not self.cancel_requested:
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
        self.succeeded.emit(result)

    @Slot()
    def _on_cancelled(self) -> None:
        self._close_dialog()
        self.wasCancelled.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._close_dialog()
        self.failed.emit(message)
