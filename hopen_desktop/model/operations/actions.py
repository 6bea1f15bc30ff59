"""The action plan: add, update, change the status of, delete an action."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import ACTION_STATUS_LABELS, Action
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.sealing import check_action_addable, check_action_editable
from hopen_desktop.model.stores.journal import action_record
from hopen_desktop.model.validation import check_name
from hopen_desktop.model.value_rules import check_text

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def _changed(action_id: int, establishment_id: int) -> Changes:
    return Changes(actions=frozenset({action_id}), actions_of=frozenset({establishment_id}))


def _check_action(title: str, status: str) -> str:
    if status not in ACTION_STATUS_LABELS:
        raise ValidationError("action.status_unknown", field="status", status=status)
    return check_name(title, "Le titre de l'action")


def check_owner_notes(owner: str, notes: str) -> tuple[str, str]:
    owner = check_text(owner, Text("Le responsable de l'action", "The owner of the action"), "owner")
    check_text(notes, Text("Les notes de l'action", "The notes of the action"), "notes", multiline=True)
    return owner, notes


def add_action(
    ws: Workspace,
    establishment_id: int,
    *,
    title: str,
    owner: str = "",
    due_date: dt.date | None = None,
    status: str = "a_faire",
    notes: str = "",
    indicator: str | None = None,
    criterion: str | None = None,
    campaign_id: int | None = None,
    uuid: str | None = None,
) -> Outcome[Action]:
    """Raises ValidationError (French message); nothing is written then. ``uuid``: the sender's,
    for an import or a merge."""
    check_action_addable(ws, campaign_id)
    title = _check_action(title, status)
    owner, notes = check_owner_notes(owner, notes)
    with ws.transaction():
        ws.establishments.get(establishment_id)
        new_id = ws.actions.insert(
            establishment_id,
            title=title,
            owner=owner,
            due_date=due_date,
            status=status,
            notes=notes,
            indicator=indicator,
            criterion=criterion,
            campaign_id=campaign_id,
            uuid=uuid,
        )
        ws.journal.append(campaign_id, "action", str(new_id), None, {"title": title, "status": status})
    return Outcome(ws.actions.get(new_id), _changed(new_id, establishment_id))


def update_action(
    ws: Workspace, action_id: int, *, title: str, owner: str, due_date: dt.date | None, status: str, notes: str
) -> Outcome[Action]:
    check_action_editable(ws, action_id)
    title = _check_action(title, status)
    owner, notes = check_owner_notes(owner, notes)
    with ws.transaction():
        old = ws.actions.get(action_id)
        ws.actions.update(action_id, title=title, owner=owner, due_date=due_date, status=status, notes=notes)
        ws.journal.append(
            old.campaign_id,
            "action",
            str(action_id),
            {
                "title": old.title,
                "owner": old.owner,
                "status": old.status,
                "due_date": old.due_date.isoformat() if old.due_date else None,
            },
            {
                "title": title,
                "owner": owner.strip(),
                "status": status,
                "due_date": due_date.isoformat() if due_date else None,
            },
        )
    return Outcome(ws.actions.get(action_id), _changed(action_id, old.establishment_id))


def set_action_status(ws: Workspace, action_id: int, status: str) -> Outcome[Action]:
    """Only the status changes (the action plan's status column)."""
    check_action_editable(ws, action_id)
    with ws.transaction():
        a = ws.actions.get(action_id)
        return update_action(
            ws, action_id, title=a.title, owner=a.owner, due_date=a.due_date, status=status, notes=a.notes
        )


def delete_action(ws: Workspace, action_id: int) -> Outcome[None]:
    check_action_editable(ws, action_id)
    with ws.transaction():
        old = ws.actions.get(action_id)
        ws.actions.delete(action_id)
        ws.journal.append(
            old.campaign_id,
            "action",
            str(action_id),
            {"title": old.title},
            None,
            record=action_record(old.establishment_id, action_id),
        )
    return Outcome(None, _changed(action_id, old.establishment_id))
