"""Campaigns: add, update, copy (a new visit starting from the previous answers), delete; seal
(after a signed report: frozen from then on) and new version (an editable copy of a sealed one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.errors import ReferentialError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.referential import Referential, load_referential, referential_from_text, referential_text
from hopen_desktop.model.sealing import check_campaign_deletable, check_campaign_editable, check_seal, check_sealable
from hopen_desktop.model.stores.journal import campaign_record
from hopen_desktop.model.validation import check_not_future
from hopen_desktop.model.value_rules import check_text

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def check_auditor(auditor: str) -> str:
    return check_text(auditor, Text("Le nom de l'auditeur", "The auditor's name"), "auditor")


def add_campaign(
    ws: Workspace,
    establishment_id: int,
    date: dt.date,
    referential_id: str,
    auditor: str = "",
    hn_d2_d3_attained: bool = False,
    d2_d3_commitment: bool = False,
    *,
    referential_content: str | None = None,
    uuid: str | None = None,
) -> Outcome[Campaign]:
    """A new campaign answered against ``referential_id``: the exact text of its file available
    now, or ``referential_content`` when given (the text an imported or copied campaign was
    answered against), kept in the workspace by its SHA-256 (``ws.referential_of``)."""
    check_not_future(date, "La date de la campagne")
    auditor = check_auditor(auditor)
    ref, content = campaign_referential(referential_id, referential_content)
    with ws.transaction():
        ws.establishments.get(establishment_id)
        sha256 = ws.referentials.put(ref.id, ref.version, content)
        new_id = ws.campaigns.insert(
            establishment_id,
            date,
            ref.id,
            ref.version,
            auditor,
            hn_d2_d3_attained,
            d2_d3_commitment=d2_d3_commitment,
            referential_sha256=sha256,
            uuid=uuid,  # the sender's, for an import or a merge
        )
        created = {"date": date.isoformat(), "referential": ref.id, "auditor": auditor}
        if d2_d3_commitment:
            created["d2_d3_commitment"] = "True"
        ws.journal.append(new_id, "campaign", str(new_id), None, created)
    return Outcome(ws.campaigns.get(new_id), Changes(campaigns=frozenset({new_id})))


def campaign_referential(referential_id: str, content: str | None = None) -> tuple[Referential, str]:
    """The referential a new campaign keeps, with its exact text: ``content`` when given (checked
    to be ``referential_id``), else the file of ``referential_id`` available now."""
    if content is None:
        content = referential_text(referential_id)
        return load_referential(referential_id), content
    ref = referential_from_text(content, f"« {referential_id} »")
    if ref.id != referential_id:
        raise ReferentialError(
            "referential.id_mismatch", name=f"« {referential_id} »", id=ref.id, expected=referential_id
        )
    return ref, content


def kept_referential_content(ws: Workspace, campaign: Campaign) -> str | None:
    """The referential text kept for ``campaign`` in the workspace, None when it has none (then
    a copy takes the file of its id available now)."""
    return ws.referentials.content(campaign.referential_sha256) if campaign.referential_sha256 else None


def update_campaign(
    ws: Workspace,
    campaign_id: int,
    *,
    date: dt.date | None = None,
    auditor: str | None = None,
    hn_d2_d3_attained: bool | None = None,
    d2_d3_commitment: bool | None = None,
) -> Outcome[Campaign]:
    """Change what is given; a journal row only when something differs."""
    check_campaign_editable(ws, campaign_id)
    with ws.transaction():
        old = ws.campaigns.get(campaign_id)
        new = replace(
            old,
            date=check_not_future(date, "La date de la campagne") if date is not None else old.date,
            auditor=check_auditor(auditor) if auditor is not None else old.auditor,
            hn_d2_d3_attained=old.hn_d2_d3_attained if hn_d2_d3_attained is None else hn_d2_d3_attained,
            d2_d3_commitment=old.d2_d3_commitment if d2_d3_commitment is None else d2_d3_commitment,
        )
        ws.campaigns.update(new)
        fields = ("date", "auditor", "hn_d2_d3_attained", "d2_d3_commitment")
        before = {f: str(getattr(old, f)) for f in fields if getattr(old, f) != getattr(new, f)}
        after = {f: str(getattr(new, f)) for f in before}
        if before:
            ws.journal.append(campaign_id, "campaign", str(campaign_id), before, after)
    return Outcome(new, Changes(campaigns=frozenset({campaign_id})))


def copy_campaign(ws: Workspace, campaign_id: int, date: dt.date, auditor: str | None = None) -> Outcome[Campaign]:
    """A new campaign of the same establishment starting from the answers of ``campaign_id``."""
    source = ws.campaigns.get(campaign_id)
    with ws.transaction():
        added = add_campaign(
            ws,
            source.establishment_id,
            date,
            source.referential_id,
            source.auditor if auditor is None else auditor,
            source.hn_d2_d3_attained,
            source.d2_d3_commitment,
            referential_content=kept_referential_content(ws, source),  # the copy is answered against it too
        )
        new = added.value
        copied = ws.answers.copy(campaign_id, new.id)
        ws.journal.append(new.id, "campaign", str(new.id), None, {"copied_from": campaign_id})
        for r in ws.journal.campaign_children(new.establishment_id, new.id):  # each answer copied
            ws.journal.append(new.id, r.entity, r.key, None, r.old, record=r.record)
    return Outcome(new, added.changes | Changes(answers=frozenset((new.id, i) for i in copied)))


def delete_campaign(ws: Workspace, campaign_id: int) -> Outcome[None]:
    """Deletes its answers; its actions stay in the establishment's plan, detached from it."""
    check_campaign_deletable(ws, campaign_id)
    with ws.transaction():
        old = ws.campaigns.get(campaign_id)
        record = campaign_record(old.establishment_id, campaign_id)
        removed = ws.journal.removed_with(record)  # its answers, its actions detached (ON DELETE)
        ws.campaigns.delete(campaign_id)
        ws.journal.append(
            campaign_id, "campaign", str(campaign_id), {"date": old.date.isoformat()}, None, record=record
        )
        ws.journal.append_removed(removed)
    return Outcome(None, Changes(campaigns=frozenset({campaign_id}), actions_of=frozenset({old.establishment_id})))


def seal_campaign(ws: Workspace, campaign_id: int, seal: Mapping[str, Any]) -> Outcome[Campaign]:
    """Seal the campaign with the seal of its signed report (stored as given; it must hold at
    least ``report_id`` and ``content_sha256``): from now on ``model/sealing.py`` refuses every
    change to what the report showed. Refused for a campaign already sealed (HopenError
    "campaign.already_sealed") or an incomplete seal ("seal.invalid"); nothing is written then."""
    stored = check_seal(seal)
    with ws.transaction():
        campaign = check_sealable(ws, campaign_id)
        sealed_at = ws.campaigns.seal(campaign_id, stored)
        ws.journal.append(campaign_id, "campaign", str(campaign_id), None, {"sealed_at": sealed_at, "seal": stored})
    # Its actions and the evidence its report covered are frozen with it: their pages redraw.
    est = frozenset({campaign.establishment_id})
    return Outcome(
        ws.campaigns.get(campaign_id), Changes(campaigns=frozenset({campaign_id}), evidence_of=est, actions_of=est)
    )


def new_version(
    ws: Workspace, campaign_id: int, date: dt.date | None = None, auditor: str | None = None
) -> Outcome[Campaign]:
    """« Nouvelle version » of a (sealed) campaign: a new editable campaign of the same
    establishment and referential, dated like it unless ``date`` is given, with its answers and
    criteria copied, its open actions carried over and ``predecessor_id`` naming it. The source
    stays as it is (and sealed)."""
    from hopen_desktop.model.operations.actions import add_action

    source = ws.campaigns.get(campaign_id)
    with ws.transaction():
        copied = copy_campaign(ws, campaign_id, source.date if date is None else date, auditor)
        new_id = copied.value.id
        ws.campaigns.set_predecessor(new_id, campaign_id)
        ws.journal.append(new_id, "campaign", str(new_id), None, {"predecessor_id": campaign_id})
        # The follow-up goes on in the new version: the open actions of the (sealed, frozen)
        # campaign are carried over, the old ones staying as its report showed them.
        changes = copied.changes
        for action in ws.actions(source.establishment_id):
            if action.campaign_id == campaign_id and action.status in OPEN_ACTION_STATUSES:
                changes |= add_action(
                    ws,
                    source.establishment_id,
                    title=action.title,
                    owner=action.owner,
                    due_date=action.due_date,
                    status=action.status,
                    notes=action.notes,
                    indicator=action.indicator,
                    criterion=action.criterion,
                    campaign_id=new_id,
                ).changes
    return Outcome(ws.campaigns.get(new_id), changes)


#: The statuses of an action still to follow up (carried over by ``new_version``).
OPEN_ACTION_STATUSES = ("a_faire", "en_cours")
