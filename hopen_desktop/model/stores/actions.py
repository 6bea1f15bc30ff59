"""The action plan: actions of an establishment (owner, due date, status, notes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hopen_desktop.model.database import is_record_id
from hopen_desktop.model.entities import Action
from hopen_desktop.model.errors import NotFoundError
from hopen_desktop.model.stores.base import Store, iso_date, now
from hopen_desktop.model.stores.sync import new_uuid


def _action(r: dict[str, Any]) -> Action:
    return Action(
        id=r["id"],
        establishment_id=r["establishment_id"],
        campaign_id=r["campaign_id"],
        indicator=r["indicator"],
        criterion=r["criterion"],
        title=r["title"],
        owner=r["owner"],
        due_date=iso_date(r["due_date"]) if r["due_date"] else None,
        status=r["status"],
        notes=r["notes"],
    )


class ActionStore(Store):
    def __call__(self, establishment_id: int) -> list[Action]:
        """The establishment's actions, soonest due first (those without a date last)."""
        rows = self._rows(
            "SELECT * FROM actions WHERE establishment_id = ? ORDER BY due_date IS NULL, due_date, id",
            [establishment_id],
        )
        return self._decode(rows, _action)

    def created_by(self, establishment_id: int, moment: str) -> list[Action]:
        """The establishment's actions recorded at ``moment`` (a ``created_at`` timestamp)."""
        rows = self._rows(
            "SELECT * FROM actions WHERE establishment_id = ? AND created_at <= ? "
            "ORDER BY due_date IS NULL, due_date, id",
            [establishment_id, moment],
        )
        return self._decode(rows, _action)

    def created_at(self, action_id: int) -> str:
        """When the action was recorded (its ``created_at`` timestamp)."""
        r = self._one("SELECT created_at FROM actions WHERE id = ?", [action_id]) if is_record_id(action_id) else None
        if r is None:
            raise NotFoundError("action.not_found", id=action_id)
        return str(r["created_at"])

    def get(self, action_id: int) -> Action:
        r = self._one("SELECT * FROM actions WHERE id = ?", [action_id]) if is_record_id(action_id) else None
        if r is None:
            raise NotFoundError("action.not_found", id=action_id)
        return self._decode([r], _action)[0]

    def insert(
        self,
        establishment_id: int,
        *,
        title: str,
        owner: str,
        due_date: dt.date | None,
        status: str,
        notes: str,
        indicator: str | None,
        criterion: str | None,
        campaign_id: int | None,
        uuid: str | None = None,
    ) -> int:
        return self._insert(
            "INSERT INTO actions (establishment_id, campaign_id, indicator, criterion, title, owner, due_date, "
            "status, notes, created_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                establishment_id,
                campaign_id,
                indicator,
                criterion,
                title,
                owner,
                due_date.isoformat() if due_date else None,
                status,
                notes,
                now(),
                uuid or new_uuid(),
            ],
        )

    def update(
        self, action_id: int, *, title: str, owner: str, due_date: dt.date | None, status: str, notes: str
    ) -> None:
        self.db.execute(
            "UPDATE actions SET title = ?, owner = ?, due_date = ?, status = ?, notes = ? WHERE id = ?",
            [title, owner, due_date.isoformat() if due_date else None, status, notes, action_id],
        )

    def delete(self, action_id: int) -> None:
        self.db.execute("DELETE FROM actions WHERE id = ?", [action_id])
