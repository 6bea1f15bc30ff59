"""Merging the copy of a campaign received from another laptop into this workspace's
(``model/merge.py`` plans it, reading only; this writes the plan).

One transaction: the records' writes go through the usual operations (validation, the checks of
``model/sealing.py``, journal rows), in a nested block so that the journal flushes and moves the
versions on; then each record's version vector is written as the merge decided it. A failure
half-way writes nothing; the backup pending (``backup_before_write``) is taken first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from hopen_desktop.model.changes import NOTHING, Changes
from hopen_desktop.model.entities import Campaign, EstablishmentData, EvidenceLink
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.exchange import ParsedAction, ParsedCampaign, ParsedEvidence
from hopen_desktop.model.merge import ADD, CONFLICT, TAKE, Decision, MergePlan, Side, plan_merge
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.operations.actions import add_action, delete_action, update_action
from hopen_desktop.model.operations.answers import save_answer
from hopen_desktop.model.operations.campaigns import update_campaign
from hopen_desktop.model.operations.establishments import update_establishment
from hopen_desktop.model.operations.evidence import (
    add_evidence,
    attach_bytes,
    delete_evidence,
    detach_file,
    update_evidence,
)
from hopen_desktop.model.stores.sync import Vector, vector_max

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


@dataclass(frozen=True)
class MergeResult:
    campaign: Campaign
    plan: MergePlan
    #: The attached files written.
    files: int


class MergeConflicts(HopenError):  # noqa: N818 - a situation to resolve, not a failure
    """Records changed on both sides and no choice given for them: nothing was written."""

    def __init__(self, plan: MergePlan) -> None:
        super().__init__("merge.conflicts", count=len(plan.conflicts))
        self.plan = plan


def _sides(plan: MergePlan, choices: Mapping[str, Side] | Side | None) -> dict[str, Side]:
    if not plan.conflicts:
        return {}
    if choices is None:
        raise MergeConflicts(plan)
    if isinstance(choices, Side):
        return {c.uuid: choices for c in plan.conflicts}
    if any(c.uuid not in choices for c in plan.conflicts):
        raise MergeConflicts(plan)
    return {c.uuid: Side(choices[c.uuid]) for c in plan.conflicts}


def merge_campaign(
    ws: Workspace, parsed: ParsedCampaign, choices: Mapping[str, Side] | Side | None = None
) -> Outcome[MergeResult]:
    """Merge ``parsed`` into the campaign of the same uuid here. A conflict is settled by
    ``choices`` (one side for all, or one per conflict uuid); a conflict without a choice raises
    ``MergeConflicts`` before anything is written. Keeping MINE gives the record the vector
    max(L, R) plus one for this replica (so that it wins on the other side at the next exchange);
    THEIRS writes their content with max(L, R)."""
    plan = plan_merge(ws, parsed)
    sides = _sides(plan, choices)
    campaign = ws.campaigns.get(plan.campaign_id)
    if plan.unchanged():
        return Outcome(MergeResult(campaign, plan, 0), NOTHING)
    # A backup just before, whatever was written since the workspace opened (the transaction takes
    # it, and drops it again if the merge fails).
    ws.backup_pending = not ws.read_only
    with ws.transaction():
        writer = _Writer(ws, plan, campaign)
        with ws.transaction():  # the writes, journalled: the journal flushes at the end of this block
            writer.write(sides)
        for u, vector, deleted, record, kind in writer.vectors:
            ws.sync.set_vector(u, vector, deleted, record=record, kind=kind)
    return Outcome(MergeResult(ws.campaigns.get(campaign.id), plan, writer.files), writer.changes)


def _bumped(ws: Workspace, vector: Vector) -> Vector:
    replica = ws.sync.replica()
    return {**vector, replica: vector.get(replica, 0) + 1}


class _Writer:
    def __init__(self, ws: Workspace, plan: MergePlan, campaign: Campaign) -> None:
        self.ws, self.plan, self.campaign = ws, plan, campaign
        self.est_id = campaign.establishment_id
        ids = ws.sync.identities(self.est_id)
        self.evidence_ids = {u: i for i, u in ids.evidence.items()}
        self.campaign_ids = {u: i for i, u in ids.campaigns.items()}
        self.changes: Changes = NOTHING
        self.files = 0
        #: (uuid, vector, deleted, record, kind) written once every write is journalled.
        self.vectors: list[tuple[str, Vector, bool, str | None, str | None]] = []
        self._answers: dict[str, dict[str, Any]] = {}
        self._criteria: dict[str, dict[str, dict[str, Any] | None]] = {}
        self._deferred: list[Decision] = []

    def write(self, sides: dict[str, Side]) -> None:
        for d in self.plan.decisions:
            if d.action == CONFLICT and sides[d.uuid] == Side.MINE:
                self.vectors.append((d.uuid, _bumped(self.ws, d.vector), d.mine is None, None, None))
                continue
            if d.action in (TAKE, ADD, CONFLICT) and d.mine != d.theirs:
                self._take(d)
            self.vectors.append((d.uuid, d.vector, d.theirs is None, None, None))
        self._write_answers()
        for d in self._deferred:  # deletions last: files, then evidence (which takes its files)
            if d.kind == "file" and d.local is not None and self._file_alive(d.local):
                self.changes |= detach_file(self.ws, d.local).changes
        for d in self._deferred:
            if d.kind == "evidence" and d.local is not None:
                self.changes |= delete_evidence(self.ws, d.local).changes

    def _file_alive(self, file_id: int) -> bool:
        from hopen_desktop.model.errors import NotFoundError

        try:
            self.ws.evidence.file(file_id)
        except NotFoundError:
            return False
        return True

    def _take(self, d: Decision) -> None:
        ws, c = self.ws, d.theirs
        if d.kind == "establishment" and c is not None:
            data = EstablishmentData(
                finess=c["finess"],
                name=c["name"],
                legal_status=c["legal_status"],
                activities=tuple(c["activities"]),
                ght=c["ght"],
                ght_support=c["ght_support"],
                finess_provisional=c["finess_provisional"],
            )
            self.changes |= update_establishment(ws, self.est_id, data).changes
        elif d.kind == "campaign" and c is not None:
            self.changes |= update_campaign(
                ws,
                self.campaign.id,
                date=dt.date.fromisoformat(c["date"]),
                auditor=c["auditor"],
                hn_d2_d3_attained=c["hn_d2_d3_attained"],
                d2_d3_commitment=c["d2_d3_commitment"],
            ).changes
        elif d.kind == "evidence":
            self._evidence(d)
        elif d.kind == "file":
            self._file(d)
        elif d.kind == "action":
            self._action(d)
        elif d.kind == "answer" and c is not None:
            self._answers[d.local if isinstance(d.local, str) else _indicator_of(d)] = c
        elif d.kind == "criterion":
            if isinstance(d.local, tuple):
                indicator, criterion = d.local
            elif c is not None:
                indicator, criterion = c["indicator"], c["criterion"]
            else:  # deleted there, unknown here
                return
            self._criteria.setdefault(indicator, {})[criterion] = c

    def _evidence(self, d: Decision) -> None:
        c = d.theirs
        if c is None:
            self._deferred.append(d)
            return
        links = [EvidenceLink(ind, crit) for ind, crit in c["links"]]
        date = dt.date.fromisoformat(c["date"])
        if d.local is None:
            added = add_evidence(self.ws, self.est_id, c["type"], date, c["title"], c["fields"], links, uuid=d.uuid)
            self.evidence_ids[d.uuid] = added.value.id
            self.changes |= added.changes
            if d.action != ADD:  # an item deleted here, restored as the other side has it: its files too
                self._restore_files(d, added.value.id)
        else:
            self.changes |= update_evidence(
                self.ws, d.local, date=date, title=c["title"], fields=c["fields"], links=links
            ).changes

    def _restore_files(self, d: Decision, evidence_id: int) -> None:
        pe = d.remote if isinstance(d.remote, ParsedEvidence) else None
        decided = {x.uuid for x in self.plan.decisions}
        for pf in pe.files if pe else ():
            if pf.uuid is None or pf.uuid in decided or self.ws.sync.uuid_alive("file", pf.uuid):
                continue
            self.changes |= attach_bytes(self.ws, evidence_id, pf.name, pf.content, uuid=pf.uuid).changes
            self.files += 1
            joined = vector_max(self.ws.sync.vector(pf.uuid), self.plan.remote_vectors.get(pf.uuid, {}))
            self.vectors.append((pf.uuid, _bumped(self.ws, joined), False, None, None))

    def _file(self, d: Decision) -> None:
        c = d.theirs
        if c is None:
            self._deferred.append(d)
            return
        if d.local is not None:  # a file's name and content never change: nothing to write
            return
        evidence_id = self.evidence_ids.get(c["evidence"])
        if evidence_id is None:  # its evidence was deleted here and stays so: the file is not kept
            self.vectors.append((d.uuid, _bumped(self.ws, d.vector), True, f"e{self.est_id}/ev0/f0", "file"))
            return
        self.changes |= attach_bytes(
            self.ws, evidence_id, c["name"], self.plan.contents[c["sha256"]], uuid=d.uuid
        ).changes
        self.files += 1

    def _action(self, d: Decision) -> None:
        c = d.theirs
        if c is None:
            if d.local is not None:
                self.changes |= delete_action(self.ws, d.local).changes
            return
        due = dt.date.fromisoformat(c["due_date"]) if c["due_date"] else None
        if d.local is None:
            pa = d.remote if isinstance(d.remote, ParsedAction) else None
            campaign_id = self.campaign_ids.get(pa.campaign_uuid) if pa and pa.campaign_uuid else None
            self.changes |= add_action(
                self.ws,
                self.est_id,
                title=c["title"],
                owner=c["owner"],
                due_date=due,
                status=c["status"],
                notes=c["notes"],
                indicator=c["indicator"],
                criterion=c["criterion"],
                campaign_id=campaign_id,
                uuid=d.uuid,
            ).changes
        else:
            self.changes |= update_action(
                self.ws, d.local, title=c["title"], owner=c["owner"], due_date=due, status=c["status"], notes=c["notes"]
            ).changes

    def _write_answers(self) -> None:
        for indicator in sorted(set(self._answers) | set(self._criteria)):
            old = self.ws.answers.one(self.campaign.id, indicator)
            new = old
            fields = self._answers.get(indicator)
            if fields is not None:
                new = replace(
                    new,
                    numerator=fields["numerator"],
                    denominator=fields["denominator"],
                    not_applicable=fields["not_applicable"],
                    justification=fields["justification"],
                    comment=fields["comment"],
                    period_start=_date(fields["period_start"]),
                    period_end=_date(fields["period_end"]),
                    source=fields["source"],
                )
            criteria, criteria_na = dict(new.criteria), dict(new.criteria_na)
            for cid, content in self._criteria.get(indicator, {}).items():
                criteria.pop(cid, None)
                criteria_na.pop(cid, None)
                if content is None:
                    continue
                if content["not_applicable"]:
                    criteria_na[cid] = content["justification"]
                else:
                    criteria[cid] = content["met"]
            new = replace(new, criteria=criteria, criteria_na=criteria_na)
            self.changes |= save_answer(self.ws, self.campaign.id, new).changes


def _date(text: Any) -> dt.date | None:
    return dt.date.fromisoformat(text) if isinstance(text, str) else None


def _indicator_of(d: Decision) -> str:
    return str((d.theirs or {}).get("indicator", ""))


__all__ = ["MergeConflicts", "MergeResult", "Side", "merge_campaign"]
