"""One way out for the unexpected (as Anki's ``qt/aqt/errors.py``): an exception that escapes a
slot, an event handler or a thread is written to the diagnostics log, then the user sees a dialog
in their language saying what happened, that what was saved is safe, and where the log is —
instead of a silent failure or an abort.

``install(app)`` (ui/app.py) replaces ``sys.excepthook`` and ``threading.excepthook``;
``uninstall()`` gives the previous hooks back. Exceptions from other threads reach the dialog
through a queued signal, carrying only the exception's type name."""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from hopen_desktop import diagnostics


class ErrorHook(QObject):
    """Lives on the GUI thread; at most one dialog at a time (repeats are counted in it)."""

    # The exception type name, posted from any thread.
    _report = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QMessageBox | None = None
        self.count = 0
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # ----------------------------------------------------------------- hooks (any thread)

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        try:
            diagnostics.log_unexpected((kind, value, tb), threading.current_thread().name)
            self._report.emit(kind.__name__)
        except Exception:  # catch-all by design: the hook must never raise. When logging or the
            # dialog itself fails, Python's own printing writes the traceback on stderr instead
            sys.__excepthook__(kind, value, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def restore(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    # ----------------------------------------------------------------- GUI thread

    @Slot(str)
    def _show(self, kind: str) -> None:
        self.count += 1
        log_file = diagnostics.log_file()
        where_log = str(log_file) if log_file is not None else self.tr("(journal indisponible)")
        text = self.tr(
            "Une erreur inattendue s'est produite ({kind}). L'opération en cours n'a peut-être pas abouti ; "
            "ce qui était déjà enregistré n'est pas perdu."
        ).format(kind=kind)
        info = self.tr(
            "Le détail technique a été écrit dans le journal de diagnostic :\n{path}\n"
            "Joignez ce fichier à votre signalement ; il ne contient ni vos réponses ni vos mots de passe."
        ).format(path=where_log)
        if self.count > 1:
            info += "\n" + self.tr("{count} erreurs depuis le démarrage.").format(count=self.count)
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.setInformativeText(info)
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("Erreur inattendue"), text, QMessageBox.StandardButton.Close, parent
        )
        box.setObjectName("unexpectedErrorBox")
        box.setInformativeText(info)
        if log_file is not None:
            button = box.addButton(self.tr("Ouvrir le dossier du journal"), QMessageBox.ButtonRole.ActionRole)
            button.setObjectName("openLogFolder")
            button.clicked.connect(self.open_log_folder)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    @Slot()
    def open_log_folder(self) -> None:
        log_file = diagnostics.log_file()
        if log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))


_hook: ErrorHook | None = None


def install(app: Any) -> ErrorHook:
    """Install the hooks for ``app`` (a QApplication); idempotent."""
    global _hook
    if _hook is None or not shiboken6.isValid(_hook):
        _hook = ErrorHook(app)
    sys.excepthook = _hook.excepthook
    threading.excepthook = _hook.thread_excepthook
    return _hook


def uninstall() -> None:
    global _hook
    if _hook is not None:
        _hook.restore()
        if shiboken6.isValid(_hook):
            _hook.deleteLater()
    _hook = None
