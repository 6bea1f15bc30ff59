"""The change journal: one hash-chained row per field changed by an edit."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from hopen_desktop.model.entities import JournalEntry
from hopen_desktop.model.stores.base import Store, now, to_json

GENESIS_HASH = "0" * 64


def journal_row_hash(
    prev_hash: str,
    row_id: int,
    at: str,
    campaign_id: int | None,
    entity: str,
    key: str,
    old: str | None,
    new: str | None,
) -> str:
    """Hash of a journal row chained to the previous one: changing, removing or inserting a
    row outside the application breaks the chain from that row on."""
    payload = to_json([prev_hash, row_id, at, campaign_id, entity, key, old, new])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class JournalProblem:
    row_id: int
    message: str


class JournalStore(Store):
    def __call__(self, campaign_id: int | None = None, limit: int | None = None) -> list[JournalEntry]:
        """The journal, most recent row first (of one campaign when ``campaign_id`` is given)."""
        sql = "SELECT id, at, campaign_id, entity, key, old, new FROM journal"
        params: list[Any] = []
        if campaign_id is not None:
            sql += " WHERE campaign_id = ?"
            params.append(campaign_id)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [JournalEntry(**r) for r in self._rows(sql, params)]

    def append(self, campaign_id: int | None, entity: str, key: str, old: Any, new: Any) -> None:
        """Append a journal row. Must be called inside the edit's transaction."""
        last = self._one("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1")
        prev_hash = last["hash"] if last else GENESIS_HASH
        row_id = (last["id"] if last else 0) + 1
        at = now()
        old_s = None if old is None else to_json(old)
        new_s = None if new is None else to_json(new)
        digest = journal_row_hash(prev_hash, row_id, at, campaign_id, entity, key, old_s, new_s)
        self.db.execute(
            "INSERT INTO journal (id, at, campaign_id, entity, key, old, new, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row_id, at, campaign_id, entity, key, old_s, new_s, prev_hash, digest],
        )

    def head(self) -> tuple[int, str]:
        """The id and hash of the journal's last row: ``(0, GENESIS_HASH)`` for an empty journal.
        A report's seal records it, as an anchor of the history outside the workspace file."""
        last = self._one("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1")
        return (int(last["id"]), str(last["hash"])) if last else (0, GENESIS_HASH)

    def verify(self) -> JournalProblem | None:
        """The first journal row changed, removed or inserted outside the application, or None."""
        prev_hash = GENESIS_HASH
        expected_id = 1
        for r in self._rows("SELECT * FROM journal ORDER BY id"):
            if r["id"] != expected_id:
                return JournalProblem(
                    r["id"],
                    f"Ligne {expected_id} du journal supprimée (la ligne suivante porte le numéro {r['id']}).",
                )
            if r["prev_hash"] != prev_hash:
                return JournalProblem(
                    r["id"],
                    f"Ligne {r['id']} du journal : chaînage rompu (ligne insérée ou supprimée avant elle).",
                )
            digest = journal_row_hash(
                r["prev_hash"], r["id"], r["at"], r["campaign_id"], r["entity"], r["key"], r["old"], r["new"]
            )
            if digest != r["hash"]:
                return JournalProblem(r["id"], f"Ligne {r['id']} du journal modifiée hors de l'application.")
            prev_hash = r["hash"]
            expected_id += 1
        return None
