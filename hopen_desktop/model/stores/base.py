"""What every store shares: the connection and two query helpers."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import sqlite_utils


def now() -> str:
    """The timestamp written in ``created_at`` columns and journal rows (UTC, microseconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def to_json(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces): journal rows are hashed over it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Store:
    """One kind of record of a workspace, over the workspace's connection."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def _one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _insert(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> int:
        """Run an INSERT; the new row's id."""
        return int(self.db.execute(sql, params).lastrowid or 0)
