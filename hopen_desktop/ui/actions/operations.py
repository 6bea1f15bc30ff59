"""The operations layer of the action plan: widget -> ActionOperations -> Workspace (one
transaction) -> ``actionsChanged`` -> the screens that show actions refresh.

``Session`` has no action methods yet; this object lives beside it (one per session, found with
``ActionOperations.of(session)``) so that every screen shares the same signal. It can be folded
into ``Session`` later without changing its callers' road."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from hopen_desktop.model.entities import Action
from hopen_desktop.model.reminders import DueAction
from hopen_desktop.ui.session import Session


class ActionOperations(QObject):
    #: (establishment id) — an action of that establishment was added, edited or deleted.
    actionsChanged = Signal(int)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.setObjectName("actionOperations")
        self.session = session

    @classmethod
    def of(cls, session: Session) -> ActionOperations:
        """The one ActionOperations of ``session`` (created on first use)."""
        found = session.findChild(ActionOperations, "actionOperations")
        return found if isinstance(found, ActionOperations) else cls(session)

    def today(self) -> dt.date:
        return self.session.today()

    def actions(self, establishment_id: int | None = None) -> list[Action]:
        ws = self.session.workspace
        est = self.session.establishment_id if establishment_id is None else establishment_id
        if ws is None or est is None:
            return []
        return ws.actions(est)

    def due_actions(self) -> list[DueAction]:
        return self.session.due_actions()

    def add(
        self,
        establishment_id: int,
        *,
        title: str,
        owner: str,
        due_date: dt.date | None,
        status: str,
        notes: str,
        indicator: str | None = None,
        criterion: str | None = None,
        campaign_id: int | None = None,
    ) -> Action:
        """Raises ValidationError (French message); nothing is written then."""
        assert self.session.workspace is not None
        action = self.session.workspace.add_action(
            establishment_id,
            title=title,
            owner=owner,
            due_date=due_date,
            status=status,
            notes=notes,
            indicator=indicator,
            criterion=criterion,
            campaign_id=campaign_id,
        )
        self.actionsChanged.emit(action.establishment_id)
        return action

    def update(
        self, action_id: int, *, title: str, owner: str, due_date: dt.date | None, status: str, notes: str
    ) -> Action:
        assert self.session.workspace is not None
        action = self.session.workspace.update_action(
            action_id, title=title, owner=owner, due_date=due_date, status=status, notes=notes
        )
        self.actionsChanged.emit(action.establishment_id)
        return action

    def set_status(self, action_id: int, status: str) -> Action:
        assert self.session.workspace is not None
        a = self.session.workspace.action(action_id)
        return self.update(action_id, title=a.title, owner=a.owner, due_date=a.due_date, status=status, notes=a.notes)

    def delete(self, action_id: int) -> None:
        assert self.session.workspace is not None
        establishment_id = self.session.workspace.action(action_id).establishment_id
        self.session.workspace.delete_action(action_id)
        self.actionsChanged.emit(establishment_id)
