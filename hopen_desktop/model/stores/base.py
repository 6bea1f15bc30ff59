"""What every store shares: the connection, the query helpers, and the checks that turn a damaged
row into a refusal.

A workspace may have been damaged outside the application (a value of the wrong type, a BLOB
where a text belongs, a JSON column that no longer holds JSON, a corrupt page). Every row read
is checked against the type of each of its columns, and every failure to decode one becomes a
``WorkspaceError("workspace.damaged")`` — a French message that offers to restore a backup —
instead of a crash further on.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import sqlite_utils

from hopen_desktop.model.database import damaged, translate_error

T = TypeVar("T")

#: The exceptions decoding a damaged row raises (a wrong type, a value that does not parse).
DECODE_ERRORS: tuple[type[Exception], ...] = (ValueError, TypeError, KeyError, AttributeError, RecursionError)

_TEXT, _OPT_TEXT, _INT, _OPT_INT, _BYTES = (str,), (str, type(None)), (int,), (int, type(None)), (bytes,)

#: The type of every column the stores read, by column name (the same name has the same type in
#: every table; NULL only where a table allows it).
COLUMN_TYPES: dict[str, tuple[type, ...]] = {
    "id": _INT,
    "establishment_id": _INT,
    "evidence_id": _INT,
    "campaign_id": _OPT_INT,
    "finess": _TEXT,
    "name": _TEXT,
    "legal_status": _TEXT,
    "activities": _TEXT,
    "ght": _OPT_TEXT,
    "ght_support": _INT,
    "finess_provisional": _INT,
    "created_at": _TEXT,
    "date": _TEXT,
    "referential": _TEXT,
    "referential_version": _TEXT,
    "auditor": _TEXT,
    "hn_d2_d3_attained": _INT,
    "d2_d3_commitment": _INT,
    "indicator": _OPT_TEXT,
    "criterion": _OPT_TEXT,
    "numerator": _OPT_INT,
    "denominator": _OPT_INT,
    "not_applicable": _INT,
    "justification": _TEXT,
    "comment": _TEXT,
    "met": _INT,
    "type": _TEXT,
    "title": _TEXT,
    "fields": _TEXT,
    "sha256": _TEXT,
    "size": _INT,
    "content": _BYTES,
    "owner": _TEXT,
    "due_date": _OPT_TEXT,
    "status": _TEXT,
    "notes": _TEXT,
    "at": _TEXT,
    "entity": _TEXT,
    "key": _TEXT,
    "old": _OPT_TEXT,
    "new": _OPT_TEXT,
    "prev_hash": _TEXT,
    "hash": _TEXT,
    "period_start": _OPT_TEXT,
    "period_end": _OPT_TEXT,
    "source": _TEXT,
    "value": _TEXT,
    "uuid": _OPT_TEXT,
}


def now() -> str:
    """The timestamp written in ``created_at`` columns and journal rows (UTC, microseconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def to_json(value: Any) -> str:
    """Canonical JSON (sorted keys, no spaces): journal rows are hashed over it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def json_column(text: str, expected: type[T]) -> T:
    """A JSON column's value, refused (``TypeError``/``ValueError``, i.e. a damaged row) when it
    is not JSON or not of the ``expected`` type (a list, a dict)."""
    value = json.loads(text)
    if not isinstance(value, expected):
        raise TypeError(f"json {type(value).__name__}, {expected.__name__} expected")
    return value


def iso_date(text: str) -> dt.date:
    """A stored date (``YYYY-MM-DD``), refused (``ValueError``) when it does not parse."""
    return dt.date.fromisoformat(text)


def check_row(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` when each of its known columns holds a value of its type; else ``TypeError``."""
    for column, value in row.items():
        expected = COLUMN_TYPES.get(column)
        if expected is not None and not isinstance(value, expected):
            raise TypeError(f"column {column}: {type(value).__name__}, {expected[0].__name__} expected")
    return row


class Store:
    """One kind of record of a workspace, over the workspace's connection. ``name`` (the file's)
    is what a refusal of a damaged workspace calls it."""

    def __init__(self, db: sqlite_utils.Database, name: str = "") -> None:
        self.db = db
        self.name = name

    def _rows(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), *, checked: bool = True
    ) -> list[dict[str, Any]]:
        """The rows of a query, each checked against its columns' types (unless not ``checked``:
        the caller copes with any value)."""
        try:
            rows = list(self.db.query(sql, params))
        except sqlite3.Error as exc:
            raise translate_error(exc, self.name) from exc
        if not checked:
            return rows
        try:
            return [check_row(r) for r in rows]
        except TypeError as exc:
            raise damaged(self.name, exc) from exc

    def _one(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), *, checked: bool = True
    ) -> dict[str, Any] | None:
        rows = self._rows(sql, params, checked=checked)
        return rows[0] if rows else None

    def _decode(self, rows: Sequence[dict[str, Any]], decode: Callable[[dict[str, Any]], T]) -> list[T]:
        """Rows made into domain objects; a row that cannot be (a damaged value) is a refusal."""
        try:
            return [decode(r) for r in rows]
        except DECODE_ERRORS as exc:
            raise damaged(self.name, exc) from exc

    def _insert(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> int:
        """Run an INSERT; the new row's id."""
        return int(self.db.execute(sql, params).lastrowid or 0)
