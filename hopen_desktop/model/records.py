"""The records the change journal describes, read without the stores (schema step 0002 uses them
on the bare database): their paths, their canonical content and its hash (a record's *state*),
and the hash chaining the journal's rows. ``model/stores/journal.py`` is the store built on them.

Records are named by a hierarchical path:

=============================================  ===========================================
``e{est}``                                     an establishment
``e{est}/c{campaign}``                         a campaign
``e{est}/c{campaign}/a/{indicator}``           an answer (``answers`` row)
``e{est}/c{campaign}/k/{criterion}``           a ticked criterion (``criterion_answers`` row)
``e{est}/ev{id}``                              an evidence item, with its links
``e{est}/ev{id}/f{file_id}``                   an attached file's row (name and SHA-256)
``e{est}/act{id}``                             an action
``s/{key}``                                    a setting
=============================================  ===========================================

A record's state is the SHA-256 of its content (every column, as sorted JSON; an evidence item's
links with it), or "" when it does not exist.

Since schema step ``0007_sync`` every record but a setting has a ``uuid`` column (part of its
content). The tables ``sync_replica`` (this workspace's replica uuid) and ``sync_versions`` (one
version vector per record uuid, kept as a tombstone after a deletion) are metadata about the
records, NOT journalled records: they are rewritten by every change (``JournalStore.flush``) and
by every merge, and ``verify-journal`` does not compare them (``model/stores/sync.py``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid as uuidlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Runs a query and returns its rows as dicts (a store's ``_rows`` without its checks).
Query = Callable[[str], list[dict[str, Any]]]

GENESIS_HASH = "0" * 64

#: The fields of an answer journalled one row each (key ``{indicator}.{field}``).
ANSWER_FIELDS = (
    "numerator",
    "denominator",
    "not_applicable",
    "justification",
    "comment",
    "period_start",
    "period_end",
    "source",
)

#: The entity of the rows written by schema step 0002 for the records that existed before it.
BASELINE = "baseline"
#: The entity of the rows a later schema step writes for the records whose content it changed.
MIGRATION = "migration"


def journal_row_hash(
    prev_hash: str,
    row_id: int,
    at: str,
    campaign_id: int | None,
    entity: str,
    key: str,
    old: str | None,
    new: str | None,
    record: str | None = None,
    state: str | None = None,
    author: str | None = None,
) -> str:
    """Hash of a journal row chained to the previous one: changing, removing or inserting a
    row outside the application breaks the chain from that row on. A row naming its record
    (schema 0002 on) covers its record and state too; a row naming its author (schema 0006 on)
    covers the author as well. Older rows keep their formula, so an old journal still verifies."""
    fields: list[Any] = [prev_hash, row_id, at, campaign_id, entity, key, old, new]
    if record is not None or state is not None or author is not None:
        fields += [record, state]
    if author is not None:
        fields.append(author)
    return hashlib.sha256(canonical(fields).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------- records


def establishment_record(est: int) -> str:
    return f"e{est}"


def campaign_record(est: int, campaign: int) -> str:
    return f"e{est}/c{campaign}"


def answer_record(est: int, campaign: int, indicator: str) -> str:
    return f"e{est}/c{campaign}/a/{indicator}"


def criterion_record(est: int, campaign: int, criterion: str) -> str:
    return f"e{est}/c{campaign}/k/{criterion}"


def evidence_record(est: int, evidence: int) -> str:
    return f"e{est}/ev{evidence}"


def file_record(est: int, evidence: int, file_id: int) -> str:
    return f"e{est}/ev{evidence}/f{file_id}"


def action_record(est: int, action: int) -> str:
    return f"e{est}/act{action}"


def setting_record(key: str) -> str:
    return f"s/{key}"


_PATH = re.compile(
    r"^e(?P<est>\d+|\?)(?:/c(?P<campaign>\d+)(?:/a/(?P<answer>.+)|/k/(?P<criterion>.+))?"
    r"|/ev(?P<evidence>\d+)(?:/f(?P<file>\d+))?|/act(?P<action>\d+))?$"
)


def canonical(value: Any) -> str:
    def special(v: Any) -> Any:
        if isinstance(v, bytes):
            return {"$bytes": v.hex()}
        raise TypeError(type(v).__name__)

    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=special)


def content_state(content: Any) -> str:
    """The state of a record of ``content`` (None: the record does not exist)."""
    if content is None:
        return ""
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def evidence_content(row: dict[str, Any], links: Iterable[tuple[Any, Any]]) -> dict[str, Any]:
    return {"row": row, "links": sorted([list(link) for link in links], key=canonical)}


# ---------------------------------------------------------------------------- problems


_PATH_RE = _PATH


def parse_record(record: str) -> re.Match[str] | None:
    """The parts of a record's path (``est``, ``campaign``, ``answer``, ``criterion``,
    ``evidence``, ``file``, ``action``), or None for a setting or an unknown path."""
    return _PATH_RE.match(record)


@dataclass
class RecordNames:
    """What a message needs to name records: read from the tables, or remembered by the journal."""

    establishments: dict[int, dict[str, Any]] = field(default_factory=dict)
    campaigns: dict[int, dict[str, Any]] = field(default_factory=dict)
    evidence: dict[int, dict[str, Any]] = field(default_factory=dict)
    files: dict[int, dict[str, Any]] = field(default_factory=dict)
    actions: dict[int, dict[str, Any]] = field(default_factory=dict)


def read_records(query: Query) -> tuple[dict[str, tuple[Any, int | None]], RecordNames]:
    """Every record in the tables: its content and campaign, and the names messages use."""
    out: dict[str, tuple[Any, int | None]] = {}
    names = RecordNames()
    q = query
    for r in q("SELECT * FROM establishments"):
        out[f"e{r['id']}"] = (r, None)
        names.establishments[r["id"]] = r
    est_of: dict[Any, Any] = {}
    for r in q("SELECT * FROM campaigns"):
        out[f"e{r['establishment_id']}/c{r['id']}"] = (r, r["id"])
        est_of[r["id"]] = r["establishment_id"]
        names.campaigns[r["id"]] = r
    for r in q("SELECT * FROM answers"):
        est = est_of.get(r["campaign_id"], "?")
        out[f"e{est}/c{r['campaign_id']}/a/{r['indicator']}"] = (r, r["campaign_id"])
    for r in q("SELECT * FROM criterion_answers"):
        est = est_of.get(r["campaign_id"], "?")
        out[f"e{est}/c{r['campaign_id']}/k/{r['criterion']}"] = (r, r["campaign_id"])
    links: dict[Any, list[tuple[Any, Any]]] = {}
    for r in q("SELECT evidence_id, indicator, criterion FROM evidence_links"):
        links.setdefault(r["evidence_id"], []).append((r["indicator"], r["criterion"]))
    ev_est: dict[Any, Any] = {}
    for r in q("SELECT * FROM evidence"):
        out[f"e{r['establishment_id']}/ev{r['id']}"] = (evidence_content(r, links.get(r["id"], [])), None)
        ev_est[r["id"]] = r["establishment_id"]
        names.evidence[r["id"]] = r
    for r in q("SELECT * FROM evidence_files"):
        est = ev_est.get(r["evidence_id"], "?")
        out[f"e{est}/ev{r['evidence_id']}/f{r['id']}"] = (r, None)
        names.files[r["id"]] = r
    for r in q("SELECT * FROM actions"):
        out[f"e{r['establishment_id']}/act{r['id']}"] = (r, None)
        names.actions[r["id"]] = r
    for r in q("SELECT * FROM settings"):
        out[f"s/{r['key']}"] = (r, None)
    return out, names


def _read_db(db: Any) -> dict[str, tuple[Any, int | None]]:
    def query(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(db.query(sql, params))

    return read_records(query)[0]


def record_states(db: Any) -> dict[str, str]:
    """The state of every record of ``db`` (a sqlite_utils database), read from the tables."""
    return {record: content_state(content) for record, (content, _campaign) in _read_db(db).items()}


def journalled_states(db: Any) -> dict[str, str]:
    """The state the journal's latest row gives each record it names."""
    rows = db.query(
        "SELECT j.record, j.state FROM journal j JOIN (SELECT record, max(id) AS id FROM journal "
        "WHERE record IS NOT NULL GROUP BY record) m ON m.id = j.id"
    )
    return {str(r["record"]): str(r["state"] or "") for r in rows}


def reanchor_after_migration(db: Any, before: dict[str, str], step: str, *, at: str | None = None) -> int:
    """Journal what a schema step changed in the records' content (a new column, a value it
    filled in): one row per record whose state changed, entity ``migration``, key ``step``.

    ``before`` is ``record_states(db)`` taken before the step. Only a record that agreed with the
    journal before the step is re-anchored: one changed outside the application stays reported
    by ``verify-journal`` after the upgrade. The number of rows written."""
    journalled = journalled_states(db)
    current = _read_db(db)
    after = {record: content_state(content) for record, (content, _campaign) in current.items()}
    changed = {
        record: state
        for record, state in after.items()
        if before.get(record) != state and journalled.get(record, "") == before.get(record, "")
    }
    campaigns = {record: campaign for record, (_content, campaign) in current.items()}
    rows = [(record, campaigns.get(record), state, step) for record, state in sorted(changed.items())]
    _append_rows(db, MIGRATION, rows, at)
    return len(changed)


def _append_rows(db: Any, entity: str, rows: list[tuple[str, int | None, str, str]], at: str | None) -> None:
    """Chain journal rows of ``entity`` after the existing ones: each (record, campaign, state, key)
    names its record and the state it gives (what schema steps write, outside any store)."""
    last = list(db.query("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1"))
    row_id, prev_hash = (int(last[0]["id"]), str(last[0]["hash"])) if last else (0, GENESIS_HASH)
    at = at or dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    for record, campaign_id, state, key in rows:
        row_id += 1
        digest = journal_row_hash(prev_hash, row_id, at, campaign_id, entity, key, None, None, record, state)
        db.execute(
            "INSERT INTO journal (id, at, campaign_id, entity, key, old, new, prev_hash, hash, record, state) "
            "VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)",
            [row_id, at, campaign_id, entity, key, prev_hash, digest, record, state],
        )
        prev_hash = digest


def write_baseline(db: Any, *, at: str | None = None) -> int:
    """A journal row for every record of ``db`` (a sqlite_utils database), chained after the
    existing rows, naming the record and its state: schema step 0002 writes them for the records
    written before the journal named its records. The number of rows written."""

    def query(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(db.query(sql, params))

    current, _ = read_records(query)
    rows = [
        (record, campaign_id, content_state(content), record)
        for record, (content, campaign_id) in sorted(current.items())
    ]
    _append_rows(db, BASELINE, rows, at)
    return len(current)


# ---------------------------------------------------------------------------- identities (schema 0007)

#: The namespace of the derived uuids (answers, criterion answers).
NAMESPACE = uuidlib.UUID("6f0c1c52-8d0e-4d53-9a55-0e6f1f0a5e18")


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def answer_uuid(campaign_uuid: str, indicator: str) -> str:
    """The uuid of the answer to ``indicator`` in the campaign ``campaign_uuid`` (derived)."""
    return str(uuidlib.uuid5(NAMESPACE, f"{campaign_uuid}/a/{indicator}"))


def criterion_uuid(campaign_uuid: str, criterion: str) -> str:
    """The uuid of the answer to ``criterion`` in the campaign ``campaign_uuid`` (derived)."""
    return str(uuidlib.uuid5(NAMESPACE, f"{campaign_uuid}/k/{criterion}"))


def kind_of(record: str) -> str | None:
    """The kind of the record a path names ("establishment", "campaign", "answer", "criterion",
    "evidence", "file", "action"), None for a setting or an unknown path."""
    m = parse_record(record)
    if m is None:
        return None
    for kind in ("answer", "criterion", "file", "action"):
        if m[kind] is not None:
            return kind
    if m["evidence"] is not None:
        return "evidence"
    if m["campaign"] is not None:
        return "campaign"
    return "establishment"


#: The table of each kind of record with a random uuid.
IDENTITY_TABLES = {
    "establishment": "establishments",
    "campaign": "campaigns",
    "evidence": "evidence",
    "file": "evidence_files",
    "action": "actions",
}


def uuid_of_content(kind: str, content: Any) -> str | None:
    """The uuid in a record's content as the journal reads it (an evidence item's is in its row)."""
    if not isinstance(content, dict):
        return None
    row = content.get("row") if kind == "evidence" else content
    value = row.get("uuid") if isinstance(row, dict) else None
    return value if isinstance(value, str) else None


def fill_uuids_for_migration(db: Any) -> None:
    """Schema step 0007: a uuid for every existing record, this workspace's replica, and the
    vector {replica: 1} for each record."""
    for table in IDENTITY_TABLES.values():
        for r in list(db.query(f"SELECT id FROM {table} WHERE uuid IS NULL")):
            db.execute(f"UPDATE {table} SET uuid = ? WHERE id = ?", [new_uuid(), r["id"]])
    campaign_uuids = {r["id"]: r["uuid"] for r in db.query("SELECT id, uuid FROM campaigns")}
    for r in list(db.query("SELECT campaign_id, indicator FROM answers")):
        cu = campaign_uuids.get(r["campaign_id"])
        if isinstance(cu, str) and isinstance(r["indicator"], str):
            db.execute(
                "UPDATE answers SET uuid = ? WHERE campaign_id = ? AND indicator = ?",
                [answer_uuid(cu, r["indicator"]), r["campaign_id"], r["indicator"]],
            )
    for r in list(db.query("SELECT campaign_id, criterion FROM criterion_answers")):
        cu = campaign_uuids.get(r["campaign_id"])
        if isinstance(cu, str) and isinstance(r["criterion"], str):
            db.execute(
                "UPDATE criterion_answers SET uuid = ? WHERE campaign_id = ? AND criterion = ?",
                [criterion_uuid(cu, r["criterion"]), r["campaign_id"], r["criterion"]],
            )
    replica = new_uuid()
    db.execute("INSERT INTO sync_replica (id) VALUES (?)", [replica])
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    current, _ = read_records(lambda sql: list(db.query(sql)))
    for record, (content, _campaign) in sorted(current.items()):
        kind = kind_of(record)
        if kind is None:
            continue
        u = uuid_of_content(kind, content)
        if u is None:
            continue
        db.execute(
            "INSERT OR IGNORE INTO sync_versions (uuid, record, kind, vector, deleted, at, author) "
            "VALUES (?, ?, ?, ?, 0, ?, NULL)",
            [u, record, kind, canonical({replica: 1}), at],
        )
