"""Establishments: add, update, delete."""

from __future__ import annotations

import secrets
from dataclasses import replace
from typing import TYPE_CHECKING

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Establishment, EstablishmentData
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.sealing import check_establishment_deletable
from hopen_desktop.model.stores.establishments import establishment_row
from hopen_desktop.model.stores.journal import establishment_record
from hopen_desktop.model.validation import (
    PROVISIONAL_PREFIX,
    check_activities,
    check_finess,
    check_finess_format,
    check_legal_status,
    check_name,
    check_provisional_finess,
    is_provisional_placeholder,
    normalize_finess,
)
from hopen_desktop.model.value_rules import check_text

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def check_establishment(
    data: EstablishmentData, *, stored_finess: str | None = None, check_key: bool = True
) -> EstablishmentData:
    """``data`` validated and normalised. Raises ValidationError.

    The FINESS key is checked on every number entered or imported, but not on ``stored_finess``,
    the number the establishment already has: a workspace written before the key was checked may
    hold a number with a wrong key, and it must still be possible to rename that establishment (or
    to import a campaign of it). A provisional FINESS (``finess_provisional``) is not checked
    against its key and may be empty (the operation then gives it a placeholder ``PROV-…``).
    ``check_key=False``: the shape only (an exchange document read before the workspace is known).
    """
    ght = check_text(data.ght or "", Text("Le nom du GHT", "The name of the GHT"), "ght") or None
    if data.ght_support and not ght:
        raise ValidationError("establishment.ght_support_without_ght", field="ght")
    if data.finess_provisional:
        finess = check_provisional_finess(data.finess)
    elif not check_key or (stored_finess is not None and normalize_finess(data.finess) == stored_finess):
        finess = check_finess_format(data.finess)  # unchanged, or read before the workspace: its shape
    else:
        finess = check_finess(data.finess)
    return EstablishmentData(
        finess=finess,
        name=check_name(data.name, "Le nom de l'établissement"),
        legal_status=check_legal_status(data.legal_status),
        activities=check_activities(list(data.activities)),
        ght=ght,
        ght_support=data.ght_support,
        finess_provisional=data.finess_provisional,
    )


def new_provisional_finess(ws: Workspace) -> str:
    """A placeholder FINESS ``PROV-`` + 8 random upper-case hexadecimal digits (``secrets``):
    unique in this workspace, and, being random, not shared by an establishment created in another
    workspace (bundles match establishments by FINESS)."""
    while True:
        placeholder = PROVISIONAL_PREFIX + secrets.token_hex(4).upper()
        if ws.establishments.by_finess(placeholder) is None:
            return placeholder


def _with_finess(ws: Workspace, data: EstablishmentData, old: Establishment | None = None) -> EstablishmentData:
    """``data`` with the placeholder its empty provisional FINESS gets (kept when it had one)."""
    if data.finess:
        return data
    if old is not None and is_provisional_placeholder(old.finess):
        return replace(data, finess=old.finess)
    return replace(data, finess=new_provisional_finess(ws))


def _finess_taken(ws: Workspace, finess: str, except_id: int | None = None) -> None:
    other = ws.establishments.by_finess(finess)
    if other is not None and other.id != except_id:
        raise ValidationError("establishment.finess_taken", field="finess", finess=finess, name=other.name)


def add_establishment(ws: Workspace, data: EstablishmentData, *, uuid: str | None = None) -> Outcome[Establishment]:
    data = check_establishment(data)
    with ws.transaction():
        data = _with_finess(ws, data)
        _finess_taken(ws, data.finess)
        new_id = ws.establishments.insert(data, uuid)  # uuid: the sender's, for an import or a merge
        ws.journal.append(None, "establishment", str(new_id), None, establishment_row(data))
    return Outcome(ws.establishments.get(new_id), Changes(establishments=frozenset({new_id})))


def update_establishment(ws: Workspace, establishment_id: int, data: EstablishmentData) -> Outcome[Establishment]:
    old = ws.establishments.get(establishment_id)
    # A provisional number was never a real one: unticking the flag asks for its key.
    data = check_establishment(data, stored_finess=None if old.finess_provisional else old.finess)
    with ws.transaction():
        old = ws.establishments.get(establishment_id)
        data = _with_finess(ws, data, old)
        _finess_taken(ws, data.finess, except_id=establishment_id)
        old_row = establishment_row(old.data())
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
