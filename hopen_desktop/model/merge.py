"""Merging the copy of a campaign received from another laptop (an exchange document or a bundle
of the same campaign uuid) into this workspace's: the PLAN, read only
(``model/operations/merge.py`` writes it).

Every record in scope — the establishment, the campaign, its answers and criterion answers, the
establishment's evidence, attached files and actions, tombstones of both sides — is compared by
its version vector (``model/stores/sync.py``): L here, R there ({} when unknown).

- R ≤ L: this laptop has seen everything the other did: keep mine;
- L < R: changed only there since they last met: take theirs (its content, or its deletion);
- concurrent (neither ≤): the same content on both sides (or deleted on both) is no conflict (the
  vector becomes max(L, R)); otherwise a CONFLICT, which the user settles record by record.

A record new on either side is kept (added here when new there). docs/exchange-format.md,
« Fusion de deux postes », says the same for users of the format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from hopen_desktop.model.entities import Action, Answer, Campaign, EstablishmentData
from hopen_desktop.model.exchange import ParsedAction, ParsedCampaign
from hopen_desktop.model.i18n import Text, resolve
from hopen_desktop.model.stores.journal import ANSWER_FIELDS
from hopen_desktop.model.stores.sync import Vector, answer_uuid, criterion_uuid, new_uuid, vector_le, vector_max

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


class Side(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True)
class RecordSide:
    content: dict[str, Any] | None  # None = deleted on that side
    summary: str  # one line saying what this side holds (value, title…), in the planning's language
    at: str | None  # ISO time of that side's last change
    by: str | None  # its author, if known


@dataclass(frozen=True)
class Conflict:
    uuid: str
    kind: str  # "establishment" | "campaign" | "answer" | "criterion" | "evidence" | "file" | "action"
    #: Which record (« Réponse à P2.4 », « Preuve « Comité … » du 12/03/2025 »), in the language
    #: current when the merge was planned (the window's; French on the command line).
    label: str
    mine: RecordSide
    theirs: RecordSide


#: What a decision does: write theirs (its content, or its deletion), add a record new there,
#: only write the vector (same content), or wait for the user's choice.
TAKE, ADD, VECTOR, CONFLICT = "take", "add", "vector", "conflict"


@dataclass(frozen=True)
class Decision:
    """What the merge does with one record (``model/operations/merge.py`` applies it)."""

    uuid: str
    kind: str
    action: str
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    local_vector: Vector
    remote_vector: Vector
    #: The vector the record gets (a conflict settled « mine » adds one for this replica).
    vector: Vector
    #: The local row: an id (establishment, campaign, evidence, file, action) or the indicator
    #: (answer) or (indicator, criterion) of a criterion; None when absent here.
    local: Any = None
    #: The record as the document holds it (ParsedEvidence, ParsedFile, ParsedAction), if any.
    remote: Any = None
    at: str | None = None
    by: str | None = None


@dataclass(frozen=True)
class MergePlan:
    campaign_id: int  # the local campaign merged into
    taken: int  # records changed only there (their content or deletion taken)
    kept: int  # records changed only here
    added: int  # records new there
    deleted: int  # records deleted there (deletion taken)
    conflicts: tuple[Conflict, ...]
    #: Every record that needs a write (content or only its vector), conflicts included.
    decisions: tuple[Decision, ...] = ()
    #: The attached files' contents the merge may write, by SHA-256.
    contents: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)
    #: Every record's vector on the other side (what a restored child is given, with one more).
    remote_vectors: dict[str, Vector] = field(default_factory=dict, compare=False, repr=False)

    def unchanged(self) -> bool:
        """Nothing to write: every record here already holds what the other side has."""
        return not self.decisions

    def summary(self) -> list[str]:
        """The plan in sentences, in the current language (French by default)."""
        if self.unchanged():
            return [str(_NOTHING)]
        lines = []
        for count, text in (
            (self.taken, _TAKEN),
            (self.added, _ADDED),
            (self.deleted, _DELETED),
            (self.kept, _KEPT),
            (len(self.conflicts), _CONFLICTS),
        ):
            if count:
                lines.append(text.format(n=count))
        if not lines:
            lines.append(str(_SYNCED))
        return lines


_NOTHING = Text(
    "Rien à fusionner : ce poste a déjà tout ce que contient le paquet.",
    "Nothing to merge: this computer already has everything the bundle holds.",
)
_SYNCED = Text(
    "Les deux postes ont fait les mêmes modifications : seules leurs versions sont mises à jour.",
    "Both computers made the same changes: only their versions are updated.",
)
_TAKEN = Text(
    "{n} élément(s) modifié(s) seulement sur l'autre poste : repris ici.",
    "{n} record(s) changed only on the other computer: taken here.",
)
_ADDED = Text(
    "{n} élément(s) nouveau(x) sur l'autre poste : ajouté(s).", "{n} new record(s) on the other computer: added."
)
_DELETED = Text(
    "{n} élément(s) supprimé(s) sur l'autre poste : supprimé(s) ici.",
    "{n} record(s) deleted on the other computer: deleted here.",
)
_KEPT = Text(
    "{n} élément(s) modifié(s) seulement sur ce poste : conservé(s).",
    "{n} record(s) changed only on this computer: kept.",
)
_CONFLICTS = Text(
    "{n} conflit(s) : modifié(s) des deux côtés depuis le dernier échange ; choisissez la version à garder.",
    "{n} conflict(s): changed on both sides since the last exchange; choose the version to keep.",
)


# ---------------------------------------------------------------------------- contents
# The content of each kind of record, in one shape for both sides: what is compared.


def establishment_content(data: EstablishmentData) -> dict[str, Any]:
    return {
        "finess": data.finess,
        "name": data.name,
        "legal_status": data.legal_status,
        "activities": sorted(data.activities),
        "ght": data.ght or None,
        "ght_support": bool(data.ght_support),
        "finess_provisional": bool(data.finess_provisional),
    }


def campaign_content(date: dt.date, auditor: str, hn: bool, commitment: bool) -> dict[str, Any]:
    return {"date": date.isoformat(), "auditor": auditor, "hn_d2_d3_attained": hn, "d2_d3_commitment": commitment}


def answer_content(a: Answer) -> dict[str, Any]:
    out: dict[str, Any] = {"indicator": a.indicator}
    for name in ANSWER_FIELDS:
        value = getattr(a, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    out["not_applicable"] = bool(out["not_applicable"])
    return out


def criteria_contents(a: Answer) -> dict[str, dict[str, Any]]:
    """The criterion answers of an answer, by criterion."""
    out = {
        cid: {
            "indicator": a.indicator,
            "criterion": cid,
            "met": bool(met),
            "not_applicable": False,
            "justification": "",
        }
        for cid, met in a.criteria.items()
        if cid not in a.criteria_na
    }
    for cid, why in a.criteria_na.items():
        out[cid] = {
            "indicator": a.indicator,
            "criterion": cid,
            "met": False,
            "not_applicable": True,
            "justification": why,
        }
    return out


def evidence_content(
    type_: str, date: dt.date, title: str, fields: dict[str, Any], links: Iterable[Any]
) -> dict[str, Any]:
    return {
        "type": type_,
        "date": date.isoformat(),
        "title": title,
        "fields": fields,
        "links": sorted([link.indicator, link.criterion] for link in set(links)),
    }


def file_content(evidence_uuid: str, name: str, sha256: str) -> dict[str, Any]:
    return {"evidence": evidence_uuid, "name": name, "sha256": sha256}


def action_content(a: Action | ParsedAction) -> dict[str, Any]:
    return {
        "indicator": a.indicator,
        "criterion": a.criterion,
        "title": a.title,
        "owner": a.owner,
        "due_date": a.due_date.isoformat() if a.due_date else None,
        "status": a.status,
        "notes": a.notes,
    }


# ---------------------------------------------------------------------------- the two sides


@dataclass
class _Rec:
    kind: str
    content: dict[str, Any] | None
    vector: Vector
    local: Any = None
    at: str | None = None
    by: str | None = None


def find_merge_target(ws: Workspace, parsed: ParsedCampaign) -> Campaign | None:
    """The campaign of this workspace the document is a copy of (same campaign uuid), if any."""
    if parsed.campaign_uuid is None:
        return None
    return ws.campaigns.by_uuid(parsed.campaign_uuid)


def _local_side(ws: Workspace, campaign: Campaign) -> tuple[dict[str, _Rec], str]:
    """Every record in scope here, alive or a tombstone, by uuid; and the establishment's uuid."""
    est = ws.establishments.get(campaign.establishment_id)
    ids = ws.sync.identities(est.id, campaign.id)
    cu = ids.campaigns[campaign.id]
    eu = ids.establishments[est.id]
    out: dict[str, _Rec] = {
        eu: _Rec("establishment", establishment_content(est.data()), {}, est.id),
        cu: _Rec(
            "campaign",
            campaign_content(campaign.date, campaign.auditor, campaign.hn_d2_d3_attained, campaign.d2_d3_commitment),
            {},
            campaign.id,
        ),
    }
    rows = ws.sync.answer_indicators(campaign.id)
    for indicator, answer in ws.answers(campaign.id).items():
        if indicator in rows:
            out[answer_uuid(cu, indicator)] = _Rec("answer", answer_content(answer), {}, indicator)
        for cid, content in criteria_contents(answer).items():
            out[criterion_uuid(cu, cid)] = _Rec("criterion", content, {}, (indicator, cid))
    for item in ws.evidence(est.id):
        ev_uuid = ids.evidence[item.id]
        out[ev_uuid] = _Rec(
            "evidence", evidence_content(item.type, item.date, item.title, item.fields, item.links), {}, item.id
        )
        for f in item.files:
            out[ids.files[f.id]] = _Rec("file", file_content(ev_uuid, f.name, f.sha256), {}, f.id)
    for action in ws.actions(est.id):
        out[ids.actions[action.id]] = _Rec("action", action_content(action), {}, action.id)
    versions = ws.sync.versions(out)
    for u, rec in out.items():
        v = versions.get(u)
        if v is not None:
            rec.vector, rec.at, rec.by = v.vector, v.at, v.author
    for t in ws.sync.tombstones(est.id, campaign.id):
        if t.uuid not in out:
            out[t.uuid] = _Rec(t.kind, None, t.vector, None, t.at, t.author)
    return out, eu


def _remote_side(parsed: ParsedCampaign, local_est_uuid: str) -> tuple[dict[str, _Rec], dict[str, bytes]]:
    """Every record the document holds, and its tombstones, by uuid (the establishment under
    this workspace's uuid: it is the target campaign's, whatever uuid the other side gave it)."""
    sync = parsed.sync
    versions = sync.versions if sync is not None else {}
    cu = parsed.campaign_uuid or ""

    def rec(kind: str, u: str | None, content: dict[str, Any] | None) -> tuple[str, _Rec]:
        key = u or new_uuid()
        v = versions.get(key)
        return key, _Rec(kind, content, v.vector if v else {}, None, v.at if v else None, v.by if v else None)

    out: dict[str, _Rec] = {}
    eu_remote, est_rec = rec("establishment", parsed.establishment_uuid, establishment_content(parsed.establishment))
    out[local_est_uuid] = est_rec
    key, r = rec(
        "campaign",
        cu,
        campaign_content(parsed.date, parsed.auditor, parsed.hn_d2_d3_attained, parsed.d2_d3_commitment),
    )
    out[key] = r
    for a in parsed.answers:
        au = answer_uuid(cu, a.indicator)
        if sync is None or au in versions:  # the sender had an answers row
            out[au] = rec("answer", au, answer_content(a))[1]
        for cid, content in criteria_contents(a).items():
            ku = criterion_uuid(cu, cid)
            out[ku] = rec("criterion", ku, content)[1]
    contents: dict[str, bytes] = {}
    for pe in parsed.evidence:
        ev_key, ev_rec = rec("evidence", pe.uuid, evidence_content(pe.type, pe.date, pe.title, pe.fields, pe.links))
        ev_rec.local = pe
        out[ev_key] = ev_rec
        for pf in pe.files:
            f_key, f_rec = rec("file", pf.uuid, file_content(ev_key, pf.name, pf.sha256))
            f_rec.local = pf
            out[f_key] = f_rec
            contents[pf.sha256] = pf.content
    for pa in parsed.actions:
        a_key, a_rec = rec("action", pa.uuid, action_content(pa))
        a_rec.local = pa
        out[a_key] = a_rec
    if sync is not None:
        for t in sync.deleted:
            key = local_est_uuid if t.uuid == eu_remote else t.uuid
            if key not in out:
                out[key] = _Rec(t.kind, None, t.vector, None, t.at, t.by)
    return out, contents


# ---------------------------------------------------------------------------- the plan


def campaign_contents(ws: Workspace, campaign_id: int) -> dict[str, dict[str, Any]]:
    """Every record in a merge's scope here, alive, by uuid: its content as a merge compares it
    (what two laptops hold the same when they agree)."""
    local, _ = _local_side(ws, ws.campaigns.get(campaign_id))
    return {u: r.content for u, r in local.items() if r.content is not None}


def plan_merge(ws: Workspace, parsed: ParsedCampaign) -> MergePlan:
    """What merging ``parsed`` into its campaign here would do (reads only). Raises
    ``NotFoundError`` when the campaign is not here (``find_merge_target`` is None)."""
    from hopen_desktop.model.errors import NotFoundError

    target = find_merge_target(ws, parsed)
    if target is None:
        raise NotFoundError("campaign.not_found", id=parsed.campaign_uuid or "?")
    local, est_uuid = _local_side(ws, target)
    remote, contents = _remote_side(parsed, est_uuid)
    verdicts = {u: _verdict(local.get(u), remote.get(u)) for u in set(local) | set(remote)}
    _parents_and_children(verdicts, local, remote)
    counts = {KEPT: 0, TAKEN: 0, ADDED: 0, DELETED: 0}
    decisions: list[Decision] = []
    conflicts: list[Conflict] = []
    for u in sorted(verdicts, key=lambda k: (_ORDER[(local.get(k) or remote[k]).kind], k)):
        verdict, mine, theirs = verdicts[u], local.get(u), remote.get(u)
        if verdict in counts:
            counts[verdict] += 1
        if verdict in (KEPT, NONE) or theirs is None:
            continue
        mine_v = mine.vector if mine else {}
        if verdict == ADDED:
            decisions.append(_decision(u, ADD, None, theirs, theirs.vector))
        elif verdict in (TAKEN, DELETED):
            decisions.append(_decision(u, TAKE, mine, theirs, theirs.vector))
        elif verdict == SAME:
            decisions.append(_decision(u, VECTOR, mine, theirs, vector_max(mine_v, theirs.vector)))
        elif verdict == CONFLICT and mine is not None:
            decisions.append(_decision(u, CONFLICT, mine, theirs, vector_max(mine_v, theirs.vector)))
            conflicts.append(_conflict(u, mine, theirs, local, remote))
    return MergePlan(
        target.id,
        counts[TAKEN],
        counts[KEPT],
        counts[ADDED],
        counts[DELETED],
        tuple(conflicts),
        tuple(decisions),
        contents,
        {u: r.vector for u, r in remote.items()},
    )


#: What the vectors say of one record: changed only here (or unknown there), nothing to do, new
#: there, changed there, deleted there, the same on both sides, or a conflict.
KEPT, NONE, ADDED, TAKEN, DELETED, SAME = "kept", "none", "added", "taken", "deleted", "same"


def _verdict(mine: _Rec | None, theirs: _Rec | None) -> str:
    if theirs is None:  # unknown there: changed (or created) only here
        return KEPT if mine is not None and mine.content is not None else NONE
    if mine is None:  # unknown here
        return ADDED if theirs.content is not None else NONE
    if mine.kind != theirs.kind:  # a document naming a record by another's identity: not the same record
        return NONE
    if theirs.vector == mine.vector and mine.content != theirs.content:
        # The same versions holding other contents: one side went back in time (a backup
        # restored, a workspace file copied by hand) and was edited again. Never decided silently.
        return CONFLICT
    if vector_le(theirs.vector, mine.vector):
        return KEPT if theirs.vector != mine.vector and mine.content is not None else NONE
    if mine.content == theirs.content:
        return SAME
    if vector_le(mine.vector, theirs.vector):
        return DELETED if theirs.content is None else TAKEN
    return CONFLICT


def _parents_and_children(verdicts: dict[str, str], local: dict[str, _Rec], remote: dict[str, _Rec]) -> None:
    """An evidence item deleted on one side while a file was attached to it on the other is a
    conflict on the item: taking the deletion (or keeping it) would lose the file silently."""
    for u, rec in local.items():  # a file attached here to an item deleted there
        if rec.kind == "file" and rec.content is not None and verdicts.get(u) == KEPT:
            parent = str(rec.content["evidence"])
            if verdicts.get(parent) == DELETED:
                verdicts[parent] = CONFLICT
    for u, rec in remote.items():  # a file attached there to an item deleted here
        if rec.kind == "file" and rec.content is not None and verdicts.get(u) in (ADDED, TAKEN):
            parent = str(rec.content["evidence"])
            here = local.get(parent)
            there = remote.get(parent)
            deleted_here = here is not None and here.content is None
            if deleted_here and there is not None and there.content is not None and verdicts.get(parent) == NONE:
                verdicts[parent] = CONFLICT


#: The order decisions are applied in: parents before children.
_ORDER = {"establishment": 0, "campaign": 1, "evidence": 2, "file": 3, "action": 4, "answer": 5, "criterion": 6}


def _decision(u: str, action: str, mine: _Rec | None, theirs: _Rec, vector: Vector) -> Decision:
    return Decision(
        uuid=u,
        kind=theirs.kind,
        action=action,
        mine=mine.content if mine else None,
        theirs=theirs.content,
        local_vector=mine.vector if mine else {},
        remote_vector=theirs.vector,
        vector=vector,
        local=mine.local if mine else None,
        remote=theirs.local,
        at=theirs.at,
        by=theirs.by,
    )


# ---------------------------------------------------------------------------- describing


def _fr_date(text: Any) -> str:
    if isinstance(text, str) and len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
    return str(text)


_FEMININE = {"campaign", "answer", "evidence", "action"}


def _summary(kind: str, content: dict[str, Any] | None, language: str | None = None) -> str:
    """One line saying what a side holds, in ``language`` (default: the current language, the
    window's when it plans the merge; French on the command line)."""
    en = resolve(language) == "en"
    if content is None:
        return "Deleted" if en else ("Supprimée" if kind in _FEMININE else "Supprimé")
    c = content
    if kind == "establishment":
        if en:
            ght = f"GHT “{c['ght']}”" if c.get("ght") else "not in a GHT"
        else:
            ght = f"GHT « {c['ght']} »" if c.get("ght") else "hors GHT"
        return f"{c['name']}, FINESS {c['finess']}, {ght}"
    if kind == "campaign":
        if en:
            auditor = f", auditor {c['auditor']}" if c.get("auditor") else ""
            return f"Campaign of {_fr_date(c['date'])}{auditor}"
        auditor = f", auditeur {c['auditor']}" if c.get("auditor") else ""
        return f"Campagne du {_fr_date(c['date'])}{auditor}"
    if kind == "answer":
        parts = []
        if c.get("not_applicable"):
            parts.append(_not_applicable(c, en))
        if c.get("numerator") is not None:
            parts.append(f"{'numerator' if en else 'numérateur'} {c['numerator']}")
        if c.get("denominator") is not None:
            parts.append(f"{'denominator' if en else 'dénominateur'} {c['denominator']}")
        if c.get("comment"):
            parts.append(f"comment “{c['comment']}”" if en else f"commentaire « {c['comment']} »")
        if c.get("source"):
            parts.append(f"source “{c['source']}”" if en else f"source « {c['source']} »")
        return ", ".join(parts) or ("no answer" if en else "sans réponse")
    if kind == "criterion":
        if c.get("not_applicable"):
            return _not_applicable(c, en)
        if en:
            return "ticked (yes)" if c.get("met") else "not ticked (no)"
        return "coché (oui)" if c.get("met") else "non coché (non)"
    if kind == "evidence":
        colon = ": " if en else " : "
        fields = ", ".join(f"{k}{colon}{v}" for k, v in sorted(c.get("fields", {}).items()))
        head = f"“{c['title']}” of {_fr_date(c['date'])}" if en else f"« {c['title']} » du {_fr_date(c['date'])}"
        return head + (f" ({fields})" if fields else "")
    if kind == "file":
        return f"{c['name']} ({'fingerprint' if en else 'empreinte'} {str(c['sha256'])[:12]}…)"
    if kind == "action":
        from hopen_desktop.model.entities import action_status_label

        status = action_status_label(c["status"], "en" if en else "fr")
        if en:
            due = f", due {_fr_date(c['due_date'])}" if c.get("due_date") else ""
            owner = f", owner {c['owner']}" if c.get("owner") else ""
            return f"“{c['title']}”, {status}{owner}{due}"
        due = f", échéance {_fr_date(c['due_date'])}" if c.get("due_date") else ""
        owner = f", responsable {c['owner']}" if c.get("owner") else ""
        return f"« {c['title']} », {status}{owner}{due}"
    return str(c)


def _not_applicable(c: dict[str, Any], en: bool) -> str:
    if en:
        return f"not applicable ({c.get('justification') or 'no justification'})"
    return f"non applicable ({c.get('justification') or 'sans justification'})"


def _label(
    u: str,
    mine: _Rec,
    theirs: _Rec,
    local: dict[str, _Rec],
    remote: dict[str, _Rec],
    language: str | None = None,
) -> str:
    """Which record is in conflict, in ``language`` (default: the current language)."""
    en = resolve(language) == "en"
    kind = theirs.kind
    c = theirs.content or mine.content or {}
    if kind == "establishment":
        return f"Establishment “{c.get('name', '?')}”" if en else f"Établissement « {c.get('name', '?')} »"
    if kind == "campaign":
        return f"{'Campaign of' if en else 'Campagne du'} {_fr_date(c.get('date', '?'))}"
    if kind == "answer":
        return f"{'Answer to' if en else 'Réponse à'} {c.get('indicator', '?')}"
    if kind == "criterion":
        if en:
            return f"Criterion {c.get('criterion', '?')} of {c.get('indicator', '?')}"
        return f"Critère {c.get('criterion', '?')} de {c.get('indicator', '?')}"
    if kind == "evidence":
        if not c:
            return "Evidence" if en else "Preuve"
        if en:
            return f"Evidence “{c.get('title', '?')}” of {_fr_date(c.get('date', '?'))}"
        return f"Preuve « {c.get('title', '?')} » du {_fr_date(c.get('date', '?'))}"
    if kind == "file":
        parent = local.get(str(c.get("evidence"))) or remote.get(str(c.get("evidence")))
        title = (parent.content or {}).get("title") if parent else None
        if en:
            of = f" of the evidence “{title}”" if title else ""
            return f"Attached file “{c.get('name', '?')}”{of}"
        of = f" de la preuve « {title} »" if title else ""
        return f"Fichier joint « {c.get('name', '?')} »{of}"
    if kind == "action":
        return f"Action “{c.get('title', '?')}”" if en else f"Action « {c.get('title', '?')} »"
    return u


def _conflict(u: str, mine: _Rec, theirs: _Rec, local: dict[str, _Rec], remote: dict[str, _Rec]) -> Conflict:
    return Conflict(
        uuid=u,
        kind=theirs.kind,
        label=_label(u, mine, theirs, local, remote),
        mine=RecordSide(mine.content, _summary(theirs.kind, mine.content), mine.at, mine.by),
        theirs=RecordSide(theirs.content, _summary(theirs.kind, theirs.content), theirs.at, theirs.by),
    )


__all__ = [
    "ADD",
    "CONFLICT",
    "TAKE",
    "VECTOR",
    "Conflict",
    "Decision",
    "MergePlan",
    "RecordSide",
    "Side",
    "campaign_contents",
    "find_merge_target",
    "plan_merge",
]
