"""What a seal freezes, in one place.

A campaign is sealed after its signed report was produced (``operations.campaigns.seal_campaign``
stores the report's seal, an opaque mapping holding at least ``report_id`` and
``content_sha256``). From then on nothing the report showed may change, whoever asks (the
window, the command line, an import), so the refusals live here, in the model, and every
operation that changes something a seal freezes calls one of these checks first:

- the campaign record (date, auditor, HN flag), its answers and criterion answers, an Excel
  workbook imported into it: ``check_campaign_editable``;
- its deletion: ``check_campaign_deletable`` (and its establishment's:
  ``check_establishment_deletable``); a bundle import that would replace it:
  ``check_replaceable``;
- the actions attached to it: ``check_action_addable`` (a new one), ``check_action_editable``
  (edit, status, deletion);
- the evidence items its report covered — items of the same establishment dated on or before the
  sealed campaign's date that existed when it was sealed: no edit, no deletion, no file attached
  or removed (``check_evidence_editable``, ``check_file_detachable``).

- the actions of the establishment's plan attached to no campaign that its report listed (those
  recorded before the sealing): ``check_action_editable`` too.

Allowed on purpose: adding NEW evidence or actions to the establishment (even dated before a
sealed campaign), and editing the establishment's details, because they are shared with the later
campaigns. They do not reach the sealed campaign: ``campaign_inputs`` gives a sealed campaign the
establishment as it was sealed and only the evidence and plan actions recorded before the sealing,
so its score, its report and its content digest stay those of its signed report.

Copying a sealed campaign (``copy_campaign``, ``new_version``) and exporting it stay allowed: they
read it, they do not change it.

The non-raising ``*_refusal`` functions give the same error without raising, for the window to
make its editors read-only with the reason in a tooltip before anyone tries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from hopen_desktop.model.entities import Action, Campaign, Establishment, Evidence
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.i18n import Text

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace

#: What a seal must hold (the other keys are stored as given).
REQUIRED_SEAL_KEYS: tuple[str, ...] = ("report_id", "content_sha256")


class SealedError(HopenError):
    """A change refused because a seal freezes what it would change. ``campaign`` is the sealed
    campaign concerned."""

    def __init__(self, code: str, /, *, campaign: Campaign, **params: Any) -> None:
        super().__init__(code, **seal_params(campaign), **params)
        self.campaign = campaign


def sealed_day(campaign: Campaign) -> dt.date | None:
    """The local day the campaign was sealed on (``sealed_at`` is UTC), or None when not sealed."""
    if campaign.sealed_at is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(campaign.sealed_at)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()


def short_report_id(campaign: Campaign) -> str:
    """The report identifier of the campaign's seal, shortened for a sentence (« ab12cd34… »)."""
    report = str((campaign.seal or {}).get("report_id", "")) or "?"
    return report if len(report) <= 12 else report[:8] + "…"


def seal_params(campaign: Campaign) -> dict[str, Any]:
    """The parameters every refusal names: the campaign's date, the day it was sealed, the report."""
    sealed = sealed_day(campaign)
    return {
        "date": campaign.date,
        "sealed": sealed if sealed is not None else campaign.sealed_at,
        "report": short_report_id(campaign),
    }


def check_seal(seal: Mapping[str, Any]) -> dict[str, Any]:
    """The seal as it will be stored: a JSON-able mapping with a non-empty text for each of
    ``REQUIRED_SEAL_KEYS``. Raises HopenError("seal.invalid") otherwise."""
    import json

    if not isinstance(seal, Mapping):
        raise HopenError("seal.invalid", reason=Text("ce n'est pas un objet JSON", "it is not a JSON object"))
    missing = [k for k in REQUIRED_SEAL_KEYS if not isinstance(seal.get(k), str) or not seal.get(k)]
    if missing:
        names = ", ".join(missing)
        raise HopenError("seal.invalid", reason=Text(f"il manque {names}", f"{names} missing"))
    value = dict(seal)
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        raise HopenError(
            "seal.invalid", reason=Text("il contient une valeur non JSON", "it holds a value that is not JSON")
        ) from None
    return value


# ---------------------------------------------------------------------------- the campaign itself


def campaign_refusal(campaign: Campaign) -> SealedError | None:
    """Why the campaign's record, answers and criteria cannot be changed (None when they can)."""
    return SealedError("campaign.sealed", campaign=campaign) if campaign.sealed else None


def check_campaign_editable(ws: Workspace, campaign_id: int) -> Campaign:
    """The campaign, when its record (date, auditor, HN flag), answers and criteria may change:
    also what an Excel workbook imported into it checks. Raises SealedError("campaign.sealed")."""
    campaign = ws.campaigns.get(campaign_id)
    refusal = campaign_refusal(campaign)
    if refusal is not None:
        raise refusal
    return campaign


def check_campaign_deletable(ws: Workspace, campaign_id: int) -> Campaign:
    """The campaign, when it may be deleted. Raises SealedError("campaign.sealed_delete")."""
    campaign = ws.campaigns.get(campaign_id)
    if campaign.sealed:
        raise SealedError("campaign.sealed_delete", campaign=campaign)
    return campaign


def check_replaceable(ws: Workspace, campaign_id: int) -> Campaign:
    """The campaign, when an import (audit bundle with « remplacer ») may replace it. Raises
    SealedError("campaign.sealed_replace"): the import may still be made as a copy beside it."""
    campaign = ws.campaigns.get(campaign_id)
    if campaign.sealed:
        raise SealedError("campaign.sealed_replace", campaign=campaign)
    return campaign


def check_sealable(ws: Workspace, campaign_id: int) -> Campaign:
    """The campaign, when it may be sealed: not sealed already. Raises
    SealedError("campaign.already_sealed")."""
    campaign = ws.campaigns.get(campaign_id)
    if campaign.sealed:
        raise SealedError("campaign.already_sealed", campaign=campaign)
    return campaign


def check_establishment_deletable(ws: Workspace, establishment_id: int) -> None:
    """The establishment may be deleted: none of its campaigns is sealed (deleting it would delete
    them). Raises SealedError("establishment.sealed_delete") naming the first sealed one."""
    sealed = [c for c in ws.campaigns(establishment_id) if c.sealed]
    if sealed:
        raise SealedError("establishment.sealed_delete", campaign=sealed[-1])


# ---------------------------------------------------------------------------- actions


def action_refusal(ws: Workspace, action: Action) -> SealedError | None:
    """Why the action cannot be edited, have its status changed or be deleted: it is attached to
    a sealed campaign, or it is an action of the establishment's plan (attached to no campaign)
    that a sealed campaign's report listed (None when it can)."""
    if action.campaign_id is not None:
        campaign = ws.campaigns.get(action.campaign_id)
        return SealedError("action.sealed", campaign=campaign) if campaign.sealed else None
    sealed = [c for c in ws.campaigns(action.establishment_id) if c.sealed and c.sealed_at is not None]
    if not sealed:
        return None
    created = ws.actions.created_at(action.id)
    covering = [c for c in sealed if created <= str(c.sealed_at)]
    if not covering:
        return None
    return SealedError("action.sealed_plan", campaign=min(covering, key=lambda c: (c.date, c.id)))


def check_action_editable(ws: Workspace, action_id: int) -> Action:
    """The action, when it may be edited, change status or be deleted. Raises
    SealedError("action.sealed")."""
    action = ws.actions.get(action_id)
    refusal = action_refusal(ws, action)
    if refusal is not None:
        raise refusal
    return action


def check_action_addable(ws: Workspace, campaign_id: int | None) -> None:
    """A new action may be attached to ``campaign_id`` (None: to the establishment's plan only).
    Raises SealedError("action.sealed_add")."""
    if campaign_id is None:
        return
    campaign = ws.campaigns.get(campaign_id)
    if campaign.sealed:
        raise SealedError("action.sealed_add", campaign=campaign)


# ---------------------------------------------------------------------------- evidence


def evidence_refusal(ws: Workspace, evidence_id: int) -> SealedError | None:
    """Why the evidence item cannot be edited, deleted, or have a file attached or removed: the
    report of a sealed campaign covered it (None when it can)."""
    campaign = ws.campaigns.sealed_covering(evidence_id)
    if campaign is None:
        return None
    item = ws.evidence.item(evidence_id)
    return SealedError("evidence.sealed", campaign=campaign, title=item.title, evidence_date=item.date)


def frozen_evidence(ws: Workspace, establishment_id: int) -> dict[int, SealedError]:
    """The establishment's evidence items a seal freezes -> why (one query, for the register)."""
    covering = ws.campaigns.sealed_coverage(establishment_id)
    if not covering:
        return {}
    items = {e.id: e for e in ws.evidence(establishment_id)}
    return {
        eid: SealedError("evidence.sealed", campaign=c, title=items[eid].title, evidence_date=items[eid].date)
        for eid, c in covering.items()
        if eid in items
    }


def check_evidence_editable(ws: Workspace, evidence_id: int) -> None:
    """The evidence item may be edited, deleted, or have a file attached or removed. Raises
    SealedError("evidence.sealed") naming the sealed campaign that covers it."""
    refusal = evidence_refusal(ws, evidence_id)
    if refusal is not None:
        raise refusal


def check_file_detachable(ws: Workspace, file_id: int) -> None:
    """The attached file ``file_id`` may be removed from its evidence item (see
    ``check_evidence_editable``)."""
    check_evidence_editable(ws, ws.evidence.file(file_id).evidence_id)


# ---------------------------------------------------------------------------- what a campaign sees


#: The key of a stored seal holding the establishment's details when the campaign was sealed.
SEALED_ESTABLISHMENT = "establishment_record"


def establishment_record(establishment: Establishment) -> dict[str, Any]:
    """The establishment's details as a sealed campaign keeps them (JSON-able)."""
    record = {
        "id": establishment.id,
        "finess": establishment.finess,
        "name": establishment.name,
        "legal_status": establishment.legal_status,
        "activities": list(establishment.activities),
        "ght": establishment.ght,
        "ght_support": establishment.ght_support,
    }
    if establishment.finess_provisional:  # kept only when true, as in the exchange document
        record["finess_provisional"] = True
    return record


def _sealed_establishment(campaign: Campaign, live: Establishment) -> Establishment:
    record = (campaign.seal or {}).get(SEALED_ESTABLISHMENT)
    if not isinstance(record, Mapping):
        return live  # sealed without it (a seal given by hand): the details as they are
    try:
        return Establishment(
            id=live.id,
            finess=str(record["finess"]),
            name=str(record["name"]),
            legal_status=str(record["legal_status"]),
            activities=tuple(str(a) for a in record["activities"]),
            ght=None if record["ght"] is None else str(record["ght"]),
            ght_support=bool(record["ght_support"]),
            finess_provisional=record.get("finess_provisional") is True,
        )
    except (KeyError, TypeError):
        return live


def campaign_inputs(ws: Workspace, campaign: Campaign) -> tuple[Establishment, list[Evidence], list[Action]]:
    """What the campaign is scored and reported from: its establishment, the establishment's
    evidence register and the actions of its plan (attached to it or to no campaign).

    A sealed campaign sees them as they were when it was sealed: the establishment's details kept
    in its seal, and only the evidence and plan actions recorded by then (those the seal freezes;
    what was added afterwards belongs to later campaigns). Its score, report and content digest
    therefore stay those of its signed report."""
    live = ws.establishment(campaign.establishment_id)
    if not campaign.sealed or campaign.sealed_at is None:
        evidence = ws.evidence(live.id)
        actions = ws.actions(live.id)
        establishment = live
    else:
        evidence = ws.evidence.created_by(live.id, campaign.sealed_at)
        actions = ws.actions.created_by(live.id, campaign.sealed_at)
        establishment = _sealed_establishment(campaign, live)
    return establishment, evidence, [a for a in actions if a.campaign_id in (None, campaign.id)]
