"""Helpers shared by the operation tests: the journal rows an operation wrote, a dump of the file."""

import datetime as dt

DAY = dt.date(2025, 3, 10)


def one(*ids):
    return frozenset(ids)


def journal_keys(ws, since):
    """(entity, key) of the journal rows written after row ``since``, oldest first."""
    return [(e.entity, e.key) for e in reversed(ws.journal()) if e.id > since]


def head(ws):
    entries = ws.journal(limit=1)
    return entries[0].id if entries else 0


def dump(ws):
    return list(ws.db.conn.iterdump())
