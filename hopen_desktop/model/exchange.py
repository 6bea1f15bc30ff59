"""The JSON exchange format v1 of one campaign (docs/exchange-format.md).

Import is all or nothing: the whole document is checked here before the workspace is touched,
then written in one transaction by the ``import_campaign`` operation
(``model/operations/imports.py``).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hopen_desktop.model import messages
from hopen_desktop.model.entities import (
    ACTION_STATUS_LABELS,
    Action,
    Answer,
    Campaign,
    Establishment,
    EstablishmentData,
    Evidence,
    EvidenceLink,
)
from hopen_desktop.model.errors import HopenError, ImportFormatError, ReferentialError, ValidationError
from hopen_desktop.model.files import read_regular_file, write_atomic
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.operations.actions import check_owner_notes
from hopen_desktop.model.operations.campaigns import check_auditor
from hopen_desktop.model.operations.establishments import check_establishment
from hopen_desktop.model.operations.evidence import check_file_name
from hopen_desktop.model.records import parse_record
from hopen_desktop.model.referential import Referential, load_referential, referential_from_text
from hopen_desktop.model.stores.sync import answer_uuid, criterion_uuid, is_uuid
from hopen_desktop.model.validation import (
    check_activities,
    check_answer,
    check_evidence_fields,
    check_evidence_type,
    check_finess_format,
    check_legal_status,
    check_name,
    check_not_future,
    check_provisional_finess,
    parse_date,
)
from hopen_desktop.model.value_rules import check_text
from hopen_desktop.model.workspace import Workspace

FORMAT = "hopen-desktop/campaign"
VERSION = 1
#: The optional key carrying the exact text of the campaign's referential.
REFERENTIAL_CONTENT = "referential_content"


# ---------------------------------------------------------------------------- export


def export_campaign(ws: Workspace, campaign_id: int, *, include_files: bool = True) -> dict[str, Any]:
    """The exchange document of ``campaign_id``: the establishment's whole register and action
    plan, attached files in base64 unless ``include_files`` is false."""
    campaign = ws.campaign(campaign_id)
    est = ws.establishment(campaign.establishment_id)
    doc = campaign_document(
        est,
        campaign,
        ws.referential_of(campaign),
        ws.answers(campaign_id).values(),
        ws.evidence(est.id),
        ws.actions(est.id),
        file_content=ws.file_content if include_files else None,
    )
    # The exact text of the referential it was answered against (optional key, format version 1
    # still): the receiving workspace scores it the same even without that referential's file.
    # Not part of ``campaign_document``: a report's seal covers the referential by id and version.
    content = ws.referentials.content(campaign.referential_sha256) if campaign.referential_sha256 else None
    if content is not None:
        doc[REFERENTIAL_CONTENT] = content
    add_identities(ws, doc, campaign, est.id)
    return doc


#: The keys ``add_identities`` writes (a record's ``uuid``, an action's ``campaign_uuid``, ``sync``).
IDENTITY_KEYS = ("uuid", "campaign_uuid", "sync")


def strip_identities(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of an exported document without its identities and versions: the shape of
    ``campaign_document`` (what a seal digests)."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in IDENTITY_KEYS}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return dict(strip(doc))


def add_identities(ws: Workspace, doc: dict[str, Any], campaign: Campaign, establishment_id: int) -> None:
    """Give every record of ``doc`` its ``uuid`` and add the ``sync`` block: the version vector of
    each record and the tombstones of the establishment's register and plan and of the campaign's
    answers (optional keys, format version 1 still: a reader of version 1 ignores them). Only an
    export carries them, never a seal's canonical content (``campaign_document``)."""
    ids = ws.sync.identities(establishment_id, campaign.id)
    cu = ids.campaigns.get(campaign.id, "")
    doc["establishment"]["uuid"] = ids.establishments.get(establishment_id)
    doc["campaign"]["uuid"] = cu
    uuids: list[str] = [u for u in (ids.establishments.get(establishment_id), cu) if u]
    for a in doc["answers"]:
        a["uuid"] = answer_uuid(cu, a["indicator"])
        uuids.append(a["uuid"])
        uuids += [criterion_uuid(cu, c) for c in (*a.get("criteria", {}), *a.get("criteria_not_applicable", {}))]
    # The document's evidence and files are in campaign_document's order: the same sort here.
    items = sorted(ws.evidence(establishment_id), key=lambda e: (e.date, e.type, e.title, e.id))
    for entry, item in zip(doc["evidence"], items, strict=True):
        entry["uuid"] = ids.evidence[item.id]
        uuids.append(entry["uuid"])
        files = sorted(item.files, key=lambda f: (f.name, f.sha256))
        for f_entry, f in zip(entry["files"], files, strict=True):
            f_entry["uuid"] = ids.files[f.id]
            uuids.append(f_entry["uuid"])
    for entry, action in zip(doc["actions"], ws.actions(establishment_id), strict=True):
        entry["uuid"] = ids.actions[action.id]
        entry["campaign_uuid"] = ids.campaigns.get(action.campaign_id) if action.campaign_id is not None else None
        uuids.append(entry["uuid"])
    versions = ws.sync.versions(uuids)
    deleted = []
    for t in ws.sync.tombstones(establishment_id, campaign.id):
        tomb: dict[str, Any] = {"uuid": t.uuid, "kind": t.kind, "vector": t.vector, "at": t.at, "by": t.author}
        m = parse_record(t.record)
        if m is not None and m["answer"] is not None:
            tomb["indicator"] = m["answer"]
        elif m is not None and m["criterion"] is not None:
            tomb["criterion"] = m["criterion"]
        else:
            remembered = ws.journal.remembered(t.record)
            for key in ("title", "name", "date"):
                if isinstance(remembered.get(key), str):
                    tomb[key] = remembered[key]
        deleted.append(tomb)
    doc["sync"] = {
        "replica": ws.sync.replica(),
        "versions": {
            u: {"vector": v.vector, "at": v.at, "by": v.author} for u, v in sorted(versions.items()) if not v.deleted
        },
        "deleted": deleted,
    }


def campaign_document(
    est: Establishment,
    campaign: Campaign,
    ref: Referential,
    answers: Iterable[Answer],
    evidence: Iterable[Evidence],
    actions: Iterable[Action],
    *,
    file_content: Callable[[str], bytes] | None = None,
) -> dict[str, Any]:
    """The exchange document built from values already read (the workspace's, or a snapshot's:
    ``model/seal.py`` builds the canonical content of a report from its snapshot with it).
    ``file_content`` gives an attached file's bytes by SHA-256 (written in base64); without it,
    files are named by their hash only. The records are put in the document's order here."""
    order = {ind.id: n for n, ind in enumerate(ref.indicators)}
    sorted_answers = sorted(answers, key=lambda a: (order.get(a.indicator, 10**6), a.indicator))
    sorted_evidence = sorted(evidence, key=lambda e: (e.date, e.type, e.title, e.id))
    return {
        "format": FORMAT,
        "version": VERSION,
        "establishment": export_establishment(est),
        "campaign": export_campaign_fields(campaign),
        "answers": [export_answer(a) for a in sorted_answers],
        "evidence": [export_evidence(e, file_content) for e in sorted_evidence],
        "actions": [export_action(a) for a in actions],
    }


def export_establishment(est: Establishment) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "finess": est.finess,
        "name": est.name,
        "legal_status": est.legal_status,
        "activities": list(est.activities),
        "ght": est.ght,
        "ght_support": est.ght_support,
    }
    # Written only when true: the document (and the seal's digest of the establishment, computed
    # from it) stays byte for byte that of version 1 for every other establishment.
    if est.finess_provisional:
        doc["finess_provisional"] = True
    return doc


def export_campaign_fields(campaign: Campaign) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "date": campaign.date.isoformat(),
        "referential": campaign.referential_id,
        "referential_version": campaign.referential_version,
        "auditor": campaign.auditor,
        "hn_d2_d3_attained": campaign.hn_d2_d3_attained,
    }
    # Written only when set: the export of a campaign without it stays byte for byte what it was,
    # and so does the canonical content a seal digests (model/seal.py).
    if campaign.d2_d3_commitment:
        fields["d2_d3_commitment"] = True
    return fields


def export_evidence(e: Evidence, file_content: Callable[[str], bytes] | None = None) -> dict[str, Any]:
    return {
        "type": e.type,
        "date": e.date.isoformat(),
        "title": e.title,
        "fields": e.fields,
        "links": [
            {"indicator": link.indicator, "criterion": link.criterion}
            for link in sorted(e.links, key=lambda x: (x.indicator, x.criterion or ""))
        ],
        "files": [
            {
                "name": f.name,
                "sha256": f.sha256,
                **(
                    {"content_base64": base64.b64encode(file_content(f.sha256)).decode("ascii")}
                    if file_content is not None
                    else {}
                ),
            }
            for f in sorted(e.files, key=lambda f: (f.name, f.sha256))
        ],
    }


def export_action(a: Action) -> dict[str, Any]:
    return {
        "indicator": a.indicator,
        "criterion": a.criterion,
        "title": a.title,
        "owner": a.owner,
        "due_date": a.due_date.isoformat() if a.due_date else None,
        "status": a.status,
        "notes": a.notes,
    }


def export_answer(a: Answer) -> dict[str, Any]:
    out: dict[str, Any] = {"indicator": a.indicator}
    if a.numerator is not None:
        out["numerator"] = a.numerator
    if a.denominator is not None:
        out["denominator"] = a.denominator
    if a.criteria:
        out["criteria"] = dict(sorted(a.criteria.items()))
    if a.criteria_na:
        out["criteria_not_applicable"] = dict(sorted(a.criteria_na.items()))
    if a.not_applicable:
        out["not_applicable"] = True
    if a.justification:
        out["justification"] = a.justification
    if a.comment:
        out["comment"] = a.comment
    # The measurement of a rate (optional keys, format version 1): written only when given, so
    # that the document, and a seal's canonical content, keep their shape otherwise.
    if a.period_start is not None:
        out["period_start"] = a.period_start.isoformat()
    if a.period_end is not None:
        out["period_end"] = a.period_end.isoformat()
    if a.source:
        out["source"] = a.source
    return out


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_json(document: dict[str, Any], path: Path) -> None:
    """Atomic write: a temporary file in the same folder, then os.replace."""
    write_atomic(Path(path), dumps(document).encode("utf-8"))


# ---------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ParsedFile:
    name: str
    sha256: str
    content: bytes
    #: Its identity in the sending workspace (None: a document written before issue 18).
    uuid: str | None = None


@dataclass(frozen=True)
class ParsedEvidence:
    type: str
    date: dt.date
    title: str
    fields: dict[str, Any]
    links: tuple[EvidenceLink, ...]
    files: tuple[ParsedFile, ...]
    uuid: str | None = None


@dataclass(frozen=True)
class ParsedAction:
    indicator: str | None
    criterion: str | None
    title: str
    owner: str
    due_date: dt.date | None
    status: str
    notes: str
    uuid: str | None = None
    #: The uuid of the campaign it is attached to in the sending workspace (None: the plan only).
    campaign_uuid: str | None = None


@dataclass(frozen=True)
class RemoteVersion:
    """A record's version in the sending workspace (the document's ``sync.versions``)."""

    vector: dict[str, int]
    at: str | None
    by: str | None


@dataclass(frozen=True)
class Tombstone:
    """A record deleted in the sending workspace (``sync.deleted``), with what names it."""

    uuid: str
    kind: str
    vector: dict[str, int]
    at: str | None
    by: str | None
    names: dict[str, str]


@dataclass(frozen=True)
class SyncInfo:
    """The ``sync`` block: the sender's replica, its records' versions and its tombstones."""

    replica: str
    versions: dict[str, RemoteVersion]
    deleted: tuple[Tombstone, ...]


@dataclass(frozen=True)
class ParsedCampaign:
    establishment: EstablishmentData
    date: dt.date
    referential: Referential
    auditor: str
    hn_d2_d3_attained: bool
    answers: tuple[Answer, ...]
    evidence: tuple[ParsedEvidence, ...]
    actions: tuple[ParsedAction, ...]
    #: The joint commitment to D2 or D3 (optional key, False when absent).
    d2_d3_commitment: bool = False
    #: The exact text of the referential the document carries (None: the file of its id).
    referential_content: str | None = None
    #: The identities of the establishment and the campaign in the sending workspace, and its
    #: ``sync`` block (None: a document written before issue 18, or without them).
    establishment_uuid: str | None = None
    campaign_uuid: str | None = None
    sync: SyncInfo | None = None


#: The largest exchange document read (it carries its attached files in base64).
MAX_JSON_BYTES = 512 * 1024 * 1024


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} n'est pas un nombre admis")


def read_json_file(path: Path) -> Any:
    """The JSON value in ``path``, or ``ImportFormatError``: not a regular file, over
    ``MAX_JSON_BYTES``, not UTF-8, not JSON, nested too deep, a number too long, NaN or Infinity."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        raise ImportFormatError("file.missing", path=path)
    data = read_regular_file(path, MAX_JSON_BYTES)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFormatError("file.unreadable", name=path.name, reason=exc) from exc
    return loads_document(text, path.name)


def loads_document(text: str, name: str) -> Any:
    """``json.loads`` that turns every way a hostile text can fail into ``ImportFormatError``."""
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ImportFormatError("json.invalid", name=name, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise ImportFormatError(
            "json.unusable", name=name, problem=Text("imbrication trop profonde", "nested too deep")
        ) from None
    except ValueError as exc:  # an integer of thousands of digits, NaN, Infinity
        raise ImportFormatError("json.unusable", name=name, problem=str(exc)) from None


def check_document_text(raw: Any) -> None:
    """Refuse a document holding, anywhere (keys included), a string that is not valid Unicode (a
    lone surrogate such as ``"\\ud800"`` is valid JSON but can be neither stored nor printed).
    Iterative: a deeply nested document cannot exhaust the stack here."""
    stack = [raw]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            check_text(value, Text("Un texte du document", "A text of the document"), multiline=True, max_length=10**12)
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


class _Doc:
    """Typed access to the JSON document; errors name the place in the document."""

    @staticmethod
    def fail(where: str, what: Text) -> ImportFormatError:
        return ImportFormatError("exchange.field", where=where, what=what)

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, Text("un objet est attendu", "an object is expected"))
        return value

    def list_(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, Text("une liste est attendue", "a list is expected"))
        return value

    def str_(self, d: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
        value = d.get(key, default)
        if not isinstance(value, str):
            raise self.fail(
                f"{where}.{key}",
                Text("un texte est attendu", "a text is expected")
                if key in d
                else Text("champ manquant", "field missing"),
            )
        return value

    def opt_str(self, d: dict[str, Any], key: str, where: str) -> str | None:
        value = d.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(f"{where}.{key}", Text("un texte ou null est attendu", "a text or null is expected"))
        return value

    def uuid(self, d: dict[str, Any], where: str, seen: set[str] | None = None) -> str | None:
        """The optional ``uuid`` of a record (None when absent), unique in the document."""
        value = d.get("uuid")
        if value is None:
            return None
        if not is_uuid(value):
            raise self.fail(
                f"{where}.uuid", Text("un identifiant (uuid) est attendu", "an identifier (uuid) is expected")
            )
        value = str(value).lower()
        if seen is not None:
            if value in seen:
                raise self.fail(f"{where}.uuid", Text("identifiant présent deux fois", "identifier present twice"))
            seen.add(value)
        return value

    def vector(self, value: Any, where: str) -> dict[str, int]:
        v = self.obj(value, where)
        if not all(is_uuid(k) and type(n) is int and 0 <= n < 2**53 for k, n in v.items()):
            raise self.fail(
                where,
                Text(
                    "un vecteur de versions {uuid: entier} est attendu", "a version vector {uuid: integer} is expected"
                ),
            )
        return {str(k).lower(): int(n) for k, n in v.items()}

    def bool_(self, d: dict[str, Any], key: str, where: str) -> bool:
        value = d.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}", Text("true ou false est attendu", "true or false is expected"))
        return value


def _located(where: str, exc: HopenError) -> ValidationError:
    field = exc.field if isinstance(exc, ValidationError) else None
    return ValidationError("exchange.located", field=field, where=where, error=exc)


def parse_campaign_document(raw: Any) -> ParsedCampaign:
    """Check a whole exchange document; raises ImportFormatError or ValidationError."""
    d = _Doc()
    doc = d.obj(raw, "racine")
    try:
        check_document_text(doc)
    except ValidationError as exc:
        raise ImportFormatError("exchange.field", where="racine", what=exc) from None
    if doc.get("format") != FORMAT:
        raise ImportFormatError("exchange.not_campaign", format=doc.get("format"), expected=FORMAT)
    if type(doc.get("version")) is not int or doc.get("version") != VERSION:  # true == 1 in Python
        raise ImportFormatError("exchange.version", version=repr(doc.get("version")), known=VERSION)
    e = d.obj(doc.get("establishment"), "establishment")
    seen_uuids: set[str] = set()
    establishment_uuid = d.uuid(e, "establishment", seen_uuids)
    try:
        ght = d.opt_str(e, "ght", "establishment")
        provisional = d.bool_(e, "finess_provisional", "establishment")  # absent: false
        finess = d.str_(e, "finess", "establishment", default="" if provisional else None)
        establishment = EstablishmentData(
            finess=check_provisional_finess(finess) if provisional else check_finess_format(finess),
            name=check_name(d.str_(e, "name", "establishment"), messages.ESTABLISHMENT_NAME),
            legal_status=check_legal_status(d.str_(e, "legal_status", "establishment")),
            activities=check_activities(e.get("activities", [])),
            ght=ght.strip() if ght and ght.strip() else None,
            ght_support=d.bool_(e, "ght_support", "establishment"),
            finess_provisional=provisional,
        )
        # The rules of the form, at the import too. The FINESS key is checked by the import, which
        # knows the workspace: a campaign of an establishment already there (same number) imports
        # whatever its key; a new establishment's number must have the right key.
        establishment = check_establishment(establishment, check_key=False)
    except ValidationError as exc:
        raise _located("establishment", exc) from None

    c = d.obj(doc.get("campaign"), "campaign")
    campaign_uuid = d.uuid(c, "campaign", seen_uuids)
    try:
        date = check_not_future(parse_date(c.get("date"), messages.CAMPAIGN_DATE), messages.CAMPAIGN_DATE)
    except ValidationError as exc:
        raise _located("campaign.date", exc) from None
    ref_id = d.str_(c, "referential", "campaign")
    carried = doc.get(REFERENTIAL_CONTENT)
    if carried is not None and not isinstance(carried, str):
        raise d.fail(REFERENTIAL_CONTENT, Text("un texte est attendu", "a text is expected"))
    try:
        if carried is None:
            referential = load_referential(ref_id)
        else:  # the referential it was answered against, read as untrusted as the rest
            referential = referential_from_text(carried, REFERENTIAL_CONTENT)
    except ReferentialError as exc:
        raise _located(REFERENTIAL_CONTENT if carried is not None else "campaign.referential", exc) from None
    if referential.id != ref_id:
        raise d.fail(
            REFERENTIAL_CONTENT,
            Text(
                f"le référentiel joint est « {referential.id} », pas « {ref_id} »",
                f"the referential carried is “{referential.id}”, not “{ref_id}”",
            ),
        )
    try:
        auditor = check_auditor(d.str_(c, "auditor", "campaign", default=""))
    except ValidationError as exc:
        raise _located("campaign.auditor", exc) from None
    hn = d.bool_(c, "hn_d2_d3_attained", "campaign")
    commitment = d.bool_(c, "d2_d3_commitment", "campaign")

    answers: list[Answer] = []
    seen: set[str] = set()
    for n, a_raw in enumerate(d.list_(doc.get("answers"), "answers")):
        where = f"answers[{n}]"
        a = d.obj(a_raw, where)
        d.uuid(a, where)  # derived from the campaign's (checked, not kept)
        indicator = d.str_(a, "indicator", where)
        if not referential.has_indicator(indicator):
            raise d.fail(
                f"{where}.indicator",
                Text(
                    f"indicateur inconnu « {indicator} » dans le référentiel {ref_id}",
                    f"unknown indicator “{indicator}” in the referential {ref_id}",
                ),
            )
        if indicator in seen:
            raise d.fail(
                f"{where}.indicator",
                Text(f"l'indicateur {indicator} apparaît deux fois", f"the indicator {indicator} appears twice"),
            )
        seen.add(indicator)
        criteria = d.obj(a.get("criteria", {}), f"{where}.criteria")
        criteria_na = d.obj(a.get("criteria_not_applicable", {}), f"{where}.criteria_not_applicable")
        answer = Answer(
            indicator=indicator,
            numerator=a.get("numerator"),
            denominator=a.get("denominator"),
            not_applicable=d.bool_(a, "not_applicable", where),
            justification=d.str_(a, "justification", where, default=""),
            comment=d.str_(a, "comment", where, default=""),
            criteria=dict(criteria),
            criteria_na=dict(criteria_na),
            period_start=a.get("period_start"),
            period_end=a.get("period_end"),
            source=d.str_(a, "source", where, default=""),
        )
        try:
            answers.append(check_answer(referential, answer))
        except ValidationError as exc:
            raise _located(where, exc) from None

    evidence: list[ParsedEvidence] = []
    for n, ev_raw in enumerate(d.list_(doc.get("evidence"), "evidence")):
        where = f"evidence[{n}]"
        ev = d.obj(ev_raw, where)
        try:
            etype = check_evidence_type(ev.get("type"))
            edate = check_not_future(parse_date(ev.get("date"), messages.EVIDENCE_DATE), messages.EVIDENCE_DATE)
            title = check_name(d.str_(ev, "title", where), messages.EVIDENCE_TITLE)
            fields = check_evidence_fields(etype, ev.get("fields", {}))
        except ValidationError as exc:
            raise _located(where, exc) from None
        links = []
        for k, l_raw in enumerate(d.list_(ev.get("links"), f"{where}.links")):
            lw = f"{where}.links[{k}]"
            link = d.obj(l_raw, lw)
            ind = d.str_(link, "indicator", lw)
            if not referential.has_indicator(ind):
                raise d.fail(f"{lw}.indicator", Text(f"indicateur inconnu « {ind} »", f"unknown indicator “{ind}”"))
            crit = d.opt_str(link, "criterion", lw)
            if crit is not None and crit not in {c.id for c in referential.indicator(ind).criteria}:
                raise d.fail(
                    f"{lw}.criterion",
                    Text(f"critère inconnu « {crit} » pour {ind}", f"unknown criterion “{crit}” for {ind}"),
                )
            links.append(EvidenceLink(ind, crit))
        files = []
        for k, f_raw in enumerate(d.list_(ev.get("files"), f"{where}.files")):
            fw = f"{where}.files[{k}]"
            f = d.obj(f_raw, fw)
            try:
                name = check_file_name(d.str_(f, "name", fw))
            except ValidationError as exc:
                raise _located(fw, exc) from None
            sha = d.str_(f, "sha256", fw).lower()
            try:
                content = base64.b64decode(d.str_(f, "content_base64", fw), validate=True)
            except (binascii.Error, ValueError):
                raise d.fail(
                    f"{fw}.content_base64",
                    Text(f"contenu base64 illisible pour « {name} »", f"unreadable base64 content for “{name}”"),
                ) from None
            actual = hashlib.sha256(content).hexdigest()
            if actual != sha:
                raise ImportFormatError("exchange.file_altered", name=name, title=title, expected=sha, actual=actual)
            files.append(ParsedFile(name, sha, content, d.uuid(f, fw, seen_uuids)))
        evidence.append(
            ParsedEvidence(etype, edate, title, fields, tuple(links), tuple(files), d.uuid(ev, where, seen_uuids))
        )

    actions: list[ParsedAction] = []
    for n, act_raw in enumerate(d.list_(doc.get("actions"), "actions")):
        where = f"actions[{n}]"
        act = d.obj(act_raw, where)
        status = d.str_(act, "status", where, default="a_faire")
        if status not in ACTION_STATUS_LABELS:
            raise d.fail(
                f"{where}.status",
                Text(
                    f"statut inconnu « {status} » ({', '.join(ACTION_STATUS_LABELS)})",
                    f"unknown status “{status}” ({', '.join(ACTION_STATUS_LABELS)})",
                ),
            )
        due = act.get("due_date")
        try:
            due_date = parse_date(due, messages.DUE_DATE) if due is not None else None
            title = check_name(d.str_(act, "title", where), messages.ACTION_TITLE)
            owner, notes = check_owner_notes(
                d.str_(act, "owner", where, default=""), d.str_(act, "notes", where, default="")
            )
        except ValidationError as exc:
            raise _located(where, exc) from None
        ind_opt = d.opt_str(act, "indicator", where)
        if ind_opt is not None and not referential.has_indicator(ind_opt):
            raise d.fail(
                f"{where}.indicator", Text(f"indicateur inconnu « {ind_opt} »", f"unknown indicator “{ind_opt}”")
            )
        actions.append(
            ParsedAction(
                indicator=ind_opt,
                criterion=d.opt_str(act, "criterion", where),
                title=title,
                owner=owner,
                due_date=due_date,
                status=status,
                notes=notes,
                uuid=d.uuid(act, where, seen_uuids),
                campaign_uuid=_campaign_uuid_of(d, act, where),
            )
        )
    return ParsedCampaign(
        establishment,
        date,
        referential,
        auditor,
        hn,
        tuple(answers),
        tuple(evidence),
        tuple(actions),
        commitment,
        referential_content=carried,
        establishment_uuid=establishment_uuid,
        campaign_uuid=campaign_uuid,
        sync=_parse_sync(d, doc.get("sync")),
    )


def _campaign_uuid_of(d: _Doc, act: dict[str, Any], where: str) -> str | None:
    value = act.get("campaign_uuid")
    if value is None:
        return None
    return d.uuid({"uuid": value}, f"{where}.campaign")


#: The kinds of records a tombstone may name.
KINDS = ("establishment", "campaign", "answer", "criterion", "evidence", "file", "action")


def _parse_sync(d: _Doc, raw: Any) -> SyncInfo | None:
    """The optional ``sync`` block, checked as untrusted as the rest."""
    if raw is None:
        return None
    s = d.obj(raw, "sync")
    replica = s.get("replica")
    if not is_uuid(replica):
        raise d.fail("sync.replica", Text("un identifiant (uuid) est attendu", "an identifier (uuid) is expected"))
    versions: dict[str, RemoteVersion] = {}
    for key, value in d.obj(s.get("versions", {}), "sync.versions").items():
        where = f"sync.versions.{key}"
        if not is_uuid(key):
            raise d.fail(where, Text("un identifiant (uuid) est attendu", "an identifier (uuid) is expected"))
        v = d.obj(value, where)
        versions[key.lower()] = RemoteVersion(
            d.vector(v.get("vector"), f"{where}.vector"), d.opt_str(v, "at", where), d.opt_str(v, "by", where)
        )
    deleted: list[Tombstone] = []
    for n, t_raw in enumerate(d.list_(s.get("deleted"), "sync.deleted")):
        where = f"sync.deleted[{n}]"
        t = d.obj(t_raw, where)
        u = d.uuid(t, where)
        kind = t.get("kind")
        if u is None or kind not in KINDS:
            raise d.fail(where, Text("uuid et nature (kind) attendus", "uuid and kind expected"))
        names = {k: t[k] for k in ("indicator", "criterion", "title", "name", "date") if isinstance(t.get(k), str)}
        deleted.append(
            Tombstone(
                u,
                str(kind),
                d.vector(t.get("vector"), f"{where}.vector"),
                d.opt_str(t, "at", where),
                d.opt_str(t, "by", where),
                names,
            )
        )
    return SyncInfo(str(replica).lower(), versions, tuple(deleted))
