"""Imports of a whole campaign: the JSON exchange document (``model/exchange.py`` reads and
checks it) and the audit bundle (``model/bundle.py``). Each runs in one transaction: a refusal
half-way leaves the workspace as it was."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from hopen_desktop.model.bundle import BundleImport, CampaignExists, OnConflict, find_existing
from hopen_desktop.model.changes import NOTHING, Changes
from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.exchange import ParsedCampaign
from hopen_desktop.model.merge import Side, find_merge_target
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.operations.actions import add_action
from hopen_desktop.model.operations.answers import save_answer
from hopen_desktop.model.operations.campaigns import add_campaign, delete_campaign
from hopen_desktop.model.operations.establishments import add_establishment
from hopen_desktop.model.operations.evidence import add_evidence, attach_bytes, update_evidence
from hopen_desktop.model.operations.merge import merge_campaign
from hopen_desktop.model.sealing import check_replaceable
from hopen_desktop.model.stores.sync import answer_uuid, criterion_uuid

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def import_campaign(ws: Workspace, parsed: ParsedCampaign, *, keep_identities: bool = True) -> Outcome[Campaign]:
    """Write a checked document into the workspace, in one transaction. The establishment is
    matched by FINESS (created when absent); identical evidence is not duplicated. Each record
    created keeps the sender's uuid and version vector when the document carries them and the
    uuid is free here (``keep_identities``; False: fresh uuids, an import « beside »)."""
    changes = NOTHING
    kept: list[str] = []

    def identity(kind: str, u: str | None) -> str | None:
        if not keep_identities or u is None or ws.sync.uuid_alive(kind, u):
            return None
        kept.append(u)
        return u

    with ws.transaction():
        est = ws.establishments.by_finess(parsed.establishment.finess)
        if est is None:
            added = add_establishment(
                ws, parsed.establishment, uuid=identity("establishment", parsed.establishment_uuid)
            )
            est, changes = added.value, changes | added.changes
        created = add_campaign(
            ws,
            est.id,
            parsed.date,
            parsed.referential.id,
            parsed.auditor,
            parsed.hn_d2_d3_attained,
            parsed.d2_d3_commitment,
            referential_content=parsed.referential_content,  # the text it was answered against, if carried
            uuid=identity("campaign", parsed.campaign_uuid),
        )
        campaign, changes = created.value, changes | created.changes
        if kept and kept[-1] == parsed.campaign_uuid:  # its answers' uuids are derived from its
            cu = parsed.campaign_uuid
            for answer in parsed.answers:
                kept.append(answer_uuid(cu, answer.indicator))
                kept += [criterion_uuid(cu, c) for c in (*answer.criteria, *answer.criteria_na)]
        for answer in parsed.answers:
            changes |= save_answer(ws, campaign.id, answer).changes
        existing = {(e.type, e.date, e.title, json.dumps(e.fields, sort_keys=True)): e for e in ws.evidence(est.id)}
        for pe in parsed.evidence:
            key = (pe.type, pe.date, pe.title, json.dumps(pe.fields, sort_keys=True))
            item = existing.get(key)
            if item is None:
                written = add_evidence(
                    ws, est.id, pe.type, pe.date, pe.title, pe.fields, pe.links, uuid=identity("evidence", pe.uuid)
                )
                item, changes = written.value, changes | written.changes
                existing[key] = item
            elif not set(pe.links) <= set(item.links):
                written = update_evidence(
                    ws,
                    item.id,
                    date=item.date,
                    title=item.title,
                    fields=item.fields,
                    links=set(item.links) | set(pe.links),
                )
                item, changes = written.value, changes | written.changes
            have = {(f.name, f.sha256) for f in item.files}
            for pf in pe.files:
                if (pf.name, pf.sha256) not in have:
                    file_uuid = identity("file", pf.uuid)
                    changes |= attach_bytes(
                        ws, item.id, pf.name, pf.content, uuid=file_uuid
                    ).changes  # within the limit
        known_actions = {(a.title, a.indicator, a.criterion, a.due_date) for a in ws.actions(est.id)}
        for pa in parsed.actions:
            if (pa.title, pa.indicator, pa.criterion, pa.due_date) in known_actions:
                continue
            changes |= add_action(
                ws,
                est.id,
                title=pa.title,
                owner=pa.owner,
                due_date=pa.due_date,
                status=pa.status,
                notes=pa.notes,
                indicator=pa.indicator,
                criterion=pa.criterion,
                campaign_id=campaign.id,
                uuid=identity("action", pa.uuid),
            ).changes
        # The records that kept the sender's identity keep its versions too (after their writes
        # were journalled): a later exchange sees them as the same, unchanged since.
        versions = parsed.sync.versions if parsed.sync is not None and keep_identities else {}
        ws.journal.flush()
        for u in kept:
            v = versions.get(u)
            if v is not None:
                ws.sync.set_vector(u, v.vector, False, at=v.at, author=v.by)
    return Outcome(campaign, changes)


def import_bundle(
    ws: Workspace,
    parsed: ParsedCampaign,
    on_conflict: OnConflict = OnConflict.ASK,
    choices: Mapping[str, Side] | Side | None = None,
) -> Outcome[BundleImport]:
    """Import a bundle checked by ``bundle.read_bundle``, in one transaction. With ``ASK`` an
    existing campaign (same uuid, or same establishment, date and referential) raises
    CampaignExists (nothing written); ``COPY`` imports beside it (fresh identities); ``REPLACE``
    deletes it first; ``MERGE`` merges into the campaign of the same uuid (``choices`` settle the
    conflicts, else ``MergeConflicts``), imports when there is none, and raises CampaignExists for
    a campaign of the same establishment and date that is not the same (another identity)."""
    if on_conflict == OnConflict.MERGE and find_merge_target(ws, parsed) is not None:
        merged = merge_campaign(ws, parsed, choices)
        result = merged.value
        return Outcome(BundleImport(result.campaign, None, result.files, result), merged.changes)
    existing = find_existing(ws, parsed)
    if existing is not None and on_conflict == OnConflict.REPLACE:
        check_replaceable(ws, existing.id)
    if existing is not None and on_conflict in (OnConflict.ASK, OnConflict.MERGE):
        raise CampaignExists(existing, parsed)
    changes: Changes = NOTHING
    with ws.transaction():
        replaced = None
        if existing is not None and on_conflict == OnConflict.REPLACE:
            changes |= delete_campaign(ws, existing.id).changes
            replaced = existing.id
        imported = import_campaign(ws, parsed, keep_identities=on_conflict != OnConflict.COPY)
    return Outcome(
        BundleImport(imported.value, replaced, sum(len(e.files) for e in parsed.evidence)),
        changes | imported.changes,
    )
