"""Undo / redo of the session's answer edits. ``Workspace.save_answer`` returns the previous
answer: undoing writes it back (itself a journalled edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from hopen_desktop.model.entities import Answer

if TYPE_CHECKING:
    from hopen_desktop.ui.session import Session


class AnswerEditCommand(QUndoCommand):
    def __init__(self, session: Session, campaign_id: int, before: Answer, after: Answer, text: str) -> None:
        super().__init__(text)
        self._session = session
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
        self._session.apply_answer(self._campaign_id, self._after)
        self._applied = True

    def undo(self) -> None:
        self._session.apply_answer(self._campaign_id, self._before)
        self._applied = False
