"""Establishments: add, update, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Establishment, EstablishmentData
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.sealing import check_establishment_deletable
from hopen_desktop.model.stores.establishments import establishment_row
from hopen_desktop.model.stores.journal import establishment_record
from hopen_desktop.model.validation import check_activities, check_finess, check_legal_status, check_name
from hopen_desktop.model.value_rules import check_text

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def check_establishment(data: EstablishmentData) -> EstablishmentData:
    """``data`` validated and normalised. Raises ValidationError."""
    ght = check_text(data.ght or "", Text("Le nom du GHT", "The name of the GHT"), "ght") or None
    if data.ght_support and not ght:
        raise ValidationError("establishment.ght_support_without_ght", field="ght")
    return EstablishmentData(
        finess=check_finess(data.finess),
        name=check_name(data.name, "Le nom de l'établissement"),
        legal_status=check_legal_status(data.legal_status),
        activities=check_activities(list(data.activities)),
        ght=ght,
        ght_support=data.ght_support,
    )


def _finess_taken(ws: Workspace, finess: str, except_id: int | None = None) -> None:
    other = ws.establishments.by_finess(finess)
    if other is not None and other.id != except_id:
        raise ValidationError("establishment.finess_taken", field="finess", finess=finess, name=other.name)


def add_establishment(ws: Workspace, data: EstablishmentData) -> Outcome[Establishment]:
    data = check_establishment(data)
    with ws.transaction():
        _finess_taken(ws, data.finess)
        new_id = ws.establishments.insert(data)
        ws.journal.append(None, "establishment", str(new_id), None, establishment_row(data))
    return Outcome(ws.establishments.get(new_id), Changes(establishments=frozenset({new_id})))


def update_establishment(ws: Workspace, establishment_id: int, data: EstablishmentData) -> Outcome[Establishment]:
    data = check_establishment(data)
    with ws.transaction():
        old = ws.establishments.get(establishment_id)
        _finess_taken(ws, data.finess, except_id=establishment_id)
        old_row = establishment_row(
            EstablishmentData(old.finess, old.name, old.legal_status, old.activities, old.ght, old.ght_support)
        )
        ws.establishments.update(establishment_id, data)
        ws.journal.append(None, "establishment", str(establishment_id), old_row, establishment_row(data))
    return Outcome(ws.establishments.get(establishment_id), Changes(establishments=frozenset({establishment_id})))


def delete_establishment(ws: Workspace, establishment_id: int) -> Outcome[None]:
    """Deletes its campaigns, evidence (and files no other evidence uses) and actions with it."""
    check_establishment_deletable(ws, establishment_id)
    with ws.transaction():
        old = ws.establishments.get(establishment_id)
        campaigns = frozenset(c.id for c in ws.campaigns(establishment_id))
        evidence = frozenset(e.id for e in ws.evidence(establishment_id))
        actions = frozenset(a.id for a in ws.actions(establishment_id))
        removed = ws.journal.removed_with(establishment_record(establishment_id))  # everything it held
        ws.establishments.delete(establishment_id)
        ws.evidence.purge_orphan_blobs()
        ws.journal.append(None, "establishment", str(establishment_id), {"name": old.name}, None)
        ws.journal.append_removed(removed)
    mine = frozenset({establishment_id})
    return Outcome(
        None,
        Changes(
            establishments=mine,
            campaigns=campaigns,
            evidence=evidence,
            evidence_of=mine,
            actions=actions,
            actions_of=mine,
        ),
    )
