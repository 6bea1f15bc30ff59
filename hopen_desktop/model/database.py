"""Opening a workspace file: pragmas, schema migrations, version guard.

One connect function sets WAL, synchronous and foreign keys *outside* any
transaction (inside one, PRAGMA foreign_keys is silently ignored). Every schema
change is a step of ``MIGRATIONS``; a brand-new file runs the same steps as an
old one. ``PRAGMA user_version`` holds the number of steps applied, so a file
written by a newer version of the application is refused instead of damaged.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from hopen_desktop.model.errors import WorkspaceError

MIGRATIONS = Migrations("hopen_desktop")


@MIGRATIONS(name="0001_initial")
def _m0001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE establishments (
            id INTEGER PRIMARY KEY,
            finess TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            legal_status TEXT NOT NULL CHECK (legal_status IN ('public', 'prive', 'espic')),
            activities TEXT NOT NULL DEFAULT '[]',
            ght TEXT,
            ght_support INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL REFERENCES establishments(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            referential TEXT NOT NULL,
            referential_version TEXT NOT NULL,
            auditor TEXT NOT NULL DEFAULT '',
            hn_d2_d3_attained INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX campaigns_establishment ON campaigns(establishment_id);
        CREATE TABLE answers (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            numerator INTEGER CHECK (numerator IS NULL OR numerator >= 0),
            denominator INTEGER CHECK (denominator IS NULL OR denominator >= 0),
            not_applicable INTEGER NOT NULL DEFAULT 0,
            justification TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (campaign_id, indicator)
        );
        CREATE TABLE criterion_answers (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            criterion TEXT NOT NULL,
            met INTEGER NOT NULL CHECK (met IN (0, 1)),
            PRIMARY KEY (campaign_id, criterion)
        );
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL REFERENCES establishments(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            date TEXT NOT NULL,
            title TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        CREATE INDEX evidence_establishment ON evidence(establishment_id, type, date);
        CREATE TABLE evidence_links (
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            criterion TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (evidence_id, indicator, criterion)
        );
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            content BLOB NOT NULL
        );
        CREATE TABLE evidence_files (
            id INTEGER PRIMARY KEY,
            evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs(sha256)
        );
        CREATE INDEX evidence_files_evidence ON evidence_files(evidence_id);
        CREATE INDEX evidence_files_sha ON evidence_files(sha256);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            establishment_id INTEGER NOT NULL REFERENCES establishments(id) ON DELETE CASCADE,
            campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            indicator TEXT,
            criterion TEXT,
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'a_faire'
                CHECK (status IN ('a_faire', 'en_cours', 'fait', 'abandonne')),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX actions_establishment ON actions(establishment_id);
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            campaign_id INTEGER,
            entity TEXT NOT NULL,
            key TEXT NOT NULL,
            old TEXT,
            new TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


#: Number of migration steps this version of the application knows.
SCHEMA_VERSION = len(MIGRATIONS._migrations)


def _not_a_workspace(path: Path, exc: Exception) -> WorkspaceError:
    return WorkspaceError("workspace.unreadable", path=path, reason=exc)


def stored_schema_version(path: Path) -> int:
    """The schema version written in an existing file (0 when unreadable), read without writing."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def is_read_only_file(path: Path) -> bool:
    """No write permission bit set, or no write access for this user."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (mode & 0o222) or not os.access(path, os.W_OK)


def _database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite_utils over our connection, without its plugins: no third-party code gets to run on a
    workspace connection, and looking the plugins up (every installed package's entry points)
    cost ~30 ms of each start-up."""
    return sqlite_utils.Database(conn, execute_plugins=False)


def connect_read_only(path: Path) -> sqlite_utils.Database:
    """Open an existing workspace without ever writing to it (nor to its folder when the file
    itself is read-only)."""
    path = Path(path)
    if not path.exists():
        raise WorkspaceError("workspace.missing", path=path)
    check_header(path)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if is_read_only_file(path) or not os.access(path.parent, os.W_OK):
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _not_a_workspace(path, exc) from exc
    if version != SCHEMA_VERSION:
        conn.close()
        newer = version > SCHEMA_VERSION
        raise WorkspaceError(
            "workspace.schema_newer_read_only" if newer else "workspace.schema_older_read_only",
            name=path.name,
            version=version,
            known=SCHEMA_VERSION,
        )
    conn.execute("PRAGMA foreign_keys = ON")
    return _database(conn)


def connect(path: Path, *, create: bool = True, migrate: bool = True) -> sqlite_utils.Database:
    """Open (and create or upgrade) a workspace file. Raises WorkspaceError."""
    path = Path(path)
    if not path.exists() and not create:
        raise WorkspaceError("workspace.missing", path=path)
    if path.exists():
        check_header(path)
        if is_read_only_file(path):
            raise WorkspaceError("workspace.read_only_file", read_only_possible=True, name=path.name)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _not_a_workspace(path, exc) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise WorkspaceError("workspace.schema_newer", name=path.name, version=version, known=SCHEMA_VERSION)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        db = _database(conn)
        if migrate:
            MIGRATIONS.apply(db)
            applied = len(MIGRATIONS.applied(db))
            if applied != version:
                conn.execute(f"PRAGMA user_version = {applied}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _not_a_workspace(path, exc) from exc
    except BaseException:
        conn.close()
        raise
    return db


_SQLITE_HEADER = b"SQLite format 3\x00"


def check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it (it would otherwise be
    happily turned into a WAL database if empty, or fail later)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise WorkspaceError("workspace.cannot_read", path=path, reason=exc.strerror) from exc
    if len(head) == 0:
        return  # an empty file is a new workspace
    if not head.startswith(_SQLITE_HEADER) or len(head) < 100:
        raise WorkspaceError("workspace.not_sqlite", name=path.name)
