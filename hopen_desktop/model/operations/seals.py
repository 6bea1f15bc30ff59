"""Sealing a campaign with the seal of the signed report just produced from it.

Apart from ``operations/campaigns.py`` (which the workspace imports for its convenience writers)
because it reads the campaign through a snapshot, which itself reads the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.operations.campaigns import seal_campaign
from hopen_desktop.model.seal import Seal, compare
from hopen_desktop.model.sealing import SEALED_ESTABLISHMENT, establishment_record
from hopen_desktop.model.snapshot import take_snapshot

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def seal_with_report(ws: Workspace, campaign_id: int, seal: Seal) -> Outcome[Campaign]:
    """Seal ``campaign_id`` with the seal of the signed report just produced from it, after
    checking, in the same transaction, that the campaign is still exactly what that report sealed
    (an edit made while the report was being produced would otherwise be frozen without being in
    any report): HopenError "campaign.seal_outdated" then, nothing written.

    The stored seal also keeps the establishment's details as they are (``SEALED_ESTABLISHMENT``):
    the sealed campaign is scored and reported from them, whatever the establishment becomes."""
    with ws.transaction():
        campaign = ws.campaigns.get(campaign_id)
        if seal.campaign_id != campaign_id:
            raise HopenError("campaign.seal_other", report=seal.report_id, date=format_date(campaign.date, "fr"))
        snapshot = take_snapshot(ws, campaign_id, check_files=False)
        comparison = compare(seal, snapshot)
        if not comparison.same:
            changed = "; ".join(d.label for d in comparison.differences[:5])
            raise HopenError("campaign.seal_outdated", date=format_date(campaign.date, "fr"), changed=changed)
        stored = {**seal.to_dict(), SEALED_ESTABLISHMENT: establishment_record(snapshot.establishment)}
        return seal_campaign(ws, campaign_id, stored)
