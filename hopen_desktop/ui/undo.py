"""Undo / redo of the session's answer edits. The ``save_answer`` operation returns the answer
as it was before: undoing writes it back through the same operation (itself a journalled edit).

A command knows only the function that writes an answer back (``Session.apply_answer``), not
the session: this module imports nothing of ``ui/session.py``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from hopen_desktop.model.entities import Answer

#: Writes (campaign id, answer) back and announces it.
ApplyAnswer = Callable[[int, Answer], None]


class AnswerEditCommand(QUndoCommand):
    def __init__(self, apply: ApplyAnswer, campaign_id: int, before: Answer, after: Answer, text: str) -> None:
        super().__init__(text)
        self._apply = apply
        self._campaign_id = campaign_id
        self._before = before
        self._after = after
        self._applied = True  # pushed after the edit was saved

    @property
    def indicator(self) -> str:
        return self._after.indicator

    def redo(self) -> None:
        if self._applied:
            return
        self._apply(self._campaign_id, self._after)
        self._applied = True

    def undo(self) -> None:
        self._apply(self._campaign_id, self._before)
        self._applied = False
