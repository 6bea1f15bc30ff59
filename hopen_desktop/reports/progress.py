"""Qt-free progress reporting and cancellation for long work (report, export, import).

A long function takes ``progress(done, total, message)`` and ``cancelled() -> bool`` callables, both
optional. The GUI passes a callable that posts to its progress dialog and one that reads its Cancel
flag; the command line passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from hopen_desktop.model.i18n import Text
from hopen_desktop.reports.errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]
#: A step's message: a text, or a French/English pair rendered in the current language when posted
#: (the window's language; the command line's French).
Message = str | Text
DONE = Text("Terminé.", "Done.")
CancelledCallback = Callable[[], bool]


class Steps:
    """Counts the steps of one operation, reports them and raises ``Cancelled`` when asked to stop."""

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None = None,
        cancelled: CancelledCallback | None = None,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def set_total(self, total: int) -> None:
        """Set the number of steps once it is known (a job learns it after reading its snapshot)."""
        self.total = max(total, self.done, 1)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def step(self, message: Message, count: int = 1) -> None:
        """Check for cancellation, then announce ``message`` as the work now starting."""
        self.check()
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total, str(message))
        self.done += count

    def announce(self, done: int, total: int, message: Message) -> None:
        """Post ``message`` at a position of its own (a last phase that has no step count)."""
        if self._progress is not None:
            self._progress(done, total, str(message))

    def finish(self, message: Message = DONE) -> None:
        self.check()
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total, str(message))
