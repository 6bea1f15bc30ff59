"""Stable identities and per-record versions (schema step ``0007_sync``), what a merge of two
laptops' copies of a campaign compares (``model/merge.py``, docs/exchange-format.md).

Every establishment, campaign, answer, criterion answer, evidence item, attached file and action
has a ``uuid``: random (uuid4) for the records one creates, DERIVED (uuid5 of the campaign's uuid
and the indicator or criterion) for answers and criterion answers, so that two laptops answering
the same indicator of the same campaign name the same record. ``sync_replica`` holds this
workspace's own uuid (its *replica*); ``sync_versions`` holds one VERSION VECTOR per record
({replica uuid: counter}), bumped for this replica each time the journal writes a row about the
record (``JournalStore.flush`` calls ``touch``), and kept after the record's deletion as a
*tombstone* (``deleted`` = 1). Neither table is a journalled record (``model/records.py``): they
are metadata about the records, rewritten by every change and by every merge.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from hopen_desktop.model.records import (
    IDENTITY_TABLES,
    NAMESPACE,
    answer_uuid,
    criterion_uuid,
    kind_of,
    new_uuid,
    uuid_of_content,
)
from hopen_desktop.model.stores.base import Store, now, to_json

__all__ = [
    "NAMESPACE",
    "Identities",
    "SyncStore",
    "Vector",
    "Version",
    "answer_uuid",
    "criterion_uuid",
    "decode_vector",
    "is_uuid",
    "kind_of",
    "new_uuid",
    "uuid_of_content",
    "vector_le",
    "vector_max",
]

#: A version vector: replica uuid -> counter.
Vector = dict[str, int]


def is_uuid(value: object) -> bool:
    """Whether ``value`` is a uuid written as text (``8-4-4-4-12`` hexadecimal digits)."""
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuidlib.UUID(value)) == value.lower()
    except ValueError:
        return False


def vector_le(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """``a`` ≤ ``b``: every counter of ``a`` is at most ``b``'s (b has seen everything a has)."""
    return all(count <= b.get(replica, 0) for replica, count in a.items())


def vector_max(a: Mapping[str, int], b: Mapping[str, int]) -> Vector:
    """The smallest vector above both: what a record knows after seeing both histories."""
    return {r: max(a.get(r, 0), b.get(r, 0)) for r in sorted(set(a) | set(b))}


def decode_vector(text: Any) -> Vector:
    """A stored vector; a damaged one reads as empty (it then knows nothing, and wins nothing)."""
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and type(v) is int and v >= 0}


@dataclass(frozen=True)
class Version:
    """One row of ``sync_versions``."""

    uuid: str
    record: str
    kind: str
    vector: Vector
    deleted: bool
    at: str | None
    author: str | None


def _version(r: dict[str, Any]) -> Version:
    return Version(
        uuid=str(r["uuid"]),
        record=str(r["record"]),
        kind=str(r["kind"]),
        vector=decode_vector(r["vector"]),
        deleted=bool(r["deleted"]),
        at=r["at"] if isinstance(r["at"], str) else None,
        author=r["author"] if isinstance(r["author"], str) else None,
    )


@dataclass
class Identities:
    """The uuids of an establishment's records, by local id."""

    establishments: dict[int, str]
    campaigns: dict[int, str]
    evidence: dict[int, str]
    files: dict[int, str]
    actions: dict[int, str]


class SyncStore(Store):
    """The replica and the version vectors of a workspace."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._replica: str | None = None

    def replica(self) -> str:
        """This workspace's replica uuid (created when missing: a damaged or emptied table)."""
        if self._replica is None:
            r = self._one("SELECT id FROM sync_replica LIMIT 1", checked=False)
            if r is None or not isinstance(r["id"], str):
                replica = new_uuid()
                self.db.execute("DELETE FROM sync_replica")
                self.db.execute("INSERT INTO sync_replica (id) VALUES (?)", [replica])
                return replica  # not cached: a rolled-back transaction may drop it
            self._replica = str(r["id"])
        return self._replica

    def renew_replica(self) -> str:
        """Give this workspace a new replica uuid (a restored backup: its later edits must not
        count as the old replica's); the new uuid."""
        replica = new_uuid()
        self.db.execute("DELETE FROM sync_replica")
        self.db.execute("INSERT INTO sync_replica (id) VALUES (?)", [replica])
        self._replica = None  # read again: a rolled-back transaction drops the new one
        return replica

    def version(self, uuid: str) -> Version | None:
        r = self._one("SELECT * FROM sync_versions WHERE uuid = ?", [uuid], checked=False)
        return _version(r) if r else None

    def vector(self, uuid: str) -> Vector:
        """The record's vector ({} when unknown here)."""
        v = self.version(uuid)
        return v.vector if v else {}

    def versions(self, uuids: Iterable[str]) -> dict[str, Version]:
        """The versions of several records at once (the unknown ones absent)."""
        wanted = list(dict.fromkeys(uuids))
        out: dict[str, Version] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._rows(f"SELECT * FROM sync_versions WHERE uuid IN ({marks})", chunk, checked=False):
                out[str(r["uuid"])] = _version(r)
        return out

    def tombstones(self, establishment_id: int, campaign_id: int | None = None) -> list[Version]:
        """The deleted records of an establishment's register and action plan, and of one of its
        campaigns' answers and criteria."""
        patterns = [f"e{establishment_id}/ev*", f"e{establishment_id}/act*"]
        if campaign_id is not None:
            patterns += [f"e{establishment_id}/c{campaign_id}/a/*", f"e{establishment_id}/c{campaign_id}/k/*"]
        where = " OR ".join("record GLOB ?" for _ in patterns)
        rows = self._rows(
            f"SELECT * FROM sync_versions WHERE deleted = 1 AND ({where}) ORDER BY record, uuid",
            patterns,
            checked=False,
        )
        return [_version(r) for r in rows]

    def uuid_alive(self, kind: str, uuid: str) -> bool:
        """Whether ``uuid`` names a record of ``kind`` here now (a tombstone does not count)."""
        table = IDENTITY_TABLES.get(kind) or {"answer": "answers", "criterion": "criterion_answers"}[kind]
        return self._one(f"SELECT 1 AS x FROM {table} WHERE uuid = ?", [uuid], checked=False) is not None

    def answer_indicators(self, campaign_id: int) -> set[str]:
        """The indicators of the campaign that have an ``answers`` row."""
        rows = self._rows("SELECT indicator FROM answers WHERE campaign_id = ?", [campaign_id], checked=False)
        return {str(r["indicator"]) for r in rows}

    def identities(self, establishment_id: int, campaign_id: int | None = None) -> Identities:
        """The uuids of the establishment, its campaigns, evidence, files and actions."""

        def pairs(sql: str) -> dict[int, str]:
            rows = self._rows(sql, [establishment_id], checked=False)
            return {int(r["id"]): str(r["uuid"]) for r in rows if isinstance(r["uuid"], str)}

        return Identities(
            pairs("SELECT id, uuid FROM establishments WHERE id = ?"),
            pairs("SELECT id, uuid FROM campaigns WHERE establishment_id = ?"),
            pairs("SELECT id, uuid FROM evidence WHERE establishment_id = ?"),
            pairs(
                "SELECT f.id, f.uuid FROM evidence_files f JOIN evidence e ON e.id = f.evidence_id "
                "WHERE e.establishment_id = ?"
            ),
            pairs("SELECT id, uuid FROM actions WHERE establishment_id = ?"),
        )

    # ------------------------------------------------------------------ writing

    def _write(self, v: Version) -> None:
        self.db.execute(
            "INSERT INTO sync_versions (uuid, record, kind, vector, deleted, at, author) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE SET record = excluded.record, kind = excluded.kind, "
            "vector = excluded.vector, deleted = excluded.deleted, at = excluded.at, author = excluded.author",
            [v.uuid, v.record, v.kind, to_json(v.vector), int(v.deleted), v.at, v.author],
        )

    def _bump(
        self, old: Version | None, uuid: str, record: str, kind: str, deleted: bool, at: str, author: str | None
    ) -> None:
        vector = dict(old.vector) if old else {}
        replica = self.replica()
        vector[replica] = vector.get(replica, 0) + 1
        self._write(Version(uuid, record, kind, vector, deleted, at, author))

    def touch(self, record: str, uuid: str | None, at: str, author: str | None) -> None:
        """The journal wrote a row about ``record``: bump its vector for this replica (``uuid``:
        the record's now, None when it no longer exists: the uuid(s) claiming its path become
        tombstones). Settings and unknown paths are no records of a merge: ignored."""
        kind = kind_of(record)
        if kind is None:
            return
        rows = self._rows(
            "SELECT * FROM sync_versions WHERE (record = ? AND deleted = 0) OR uuid = ?",
            [record, uuid or ""],
            checked=False,
        )
        known = {str(r["uuid"]): _version(r) for r in rows}
        for other, v in known.items():
            if other != uuid and not v.deleted:  # gone, or an SQLite id reused after a delete: a tombstone
                self._bump(v, other, record, kind, True, at, author)
        if uuid is not None:
            self._bump(known.get(uuid), uuid, record, kind, False, at, author)

    def set_vector(
        self,
        uuid: str,
        vector: Mapping[str, int],
        deleted: bool,
        *,
        record: str | None = None,
        kind: str | None = None,
        at: str | None = None,
        author: str | None = None,
    ) -> None:
        """Write a record's version as a merge decided it (after its writes were journalled)."""
        old = self.version(uuid)
        self._write(
            Version(
                uuid,
                record if record is not None else (old.record if old else ""),
                kind if kind is not None else (old.kind if old else ""),
                dict(vector),
                deleted,
                at if at is not None else (old.at if old else now()),
                author if author is not None else (old.author if old else None),
            )
        )
