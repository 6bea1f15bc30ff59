"""Opening a workspace file: pragmas, schema migrations, version guard.

One connect function sets WAL, synchronous and foreign keys *outside* any
transaction (inside one, PRAGMA foreign_keys is silently ignored). Every schema
change is a step of ``MIGRATIONS``; a brand-new file runs the same steps as an
old one. ``PRAGMA user_version`` holds the number of steps applied, so a file
written by a newer version of the application is refused instead of damaged.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from hopen_desktop.model import messages
from hopen_desktop.model.errors import HopenError, ValidationError, WorkspaceError
from hopen_desktop.model.files import open_regular_input

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


@MIGRATIONS(name="0002_trust")
def _m0002_trust(db: sqlite_utils.Database) -> None:
    """Issue 15: the journal names the record each row changed and that record's content hash
    after the change (``record``, ``state``: the journal is bound to the data); a campaign can be
    sealed after its signed report (``sealed_at``, ``seal``: the report's seal as JSON) and names
    the campaign it is a new version of (``predecessor_id``)."""
    db.executescript(
        """
        ALTER TABLE journal ADD COLUMN record TEXT;
        ALTER TABLE journal ADD COLUMN state TEXT;
        CREATE INDEX journal_record ON journal(record, id);
        ALTER TABLE campaigns ADD COLUMN sealed_at TEXT;
        ALTER TABLE campaigns ADD COLUMN seal TEXT;
        ALTER TABLE campaigns ADD COLUMN predecessor_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL;
        """
    )
    # The records written before this step get a baseline row each (their state now), chained
    # after the existing rows: a workspace of the previous schema verifies after the upgrade.
    from hopen_desktop.model.records import write_baseline

    write_baseline(db)


@MIGRATIONS(name="0003_rules")
def _m0003_rules(db: sqlite_utils.Database) -> None:
    """Issue 16: a conditional criterion can be answered « non applicable » with a justification
    (``criterion_answers.not_applicable``, ``justification``), and a campaign can record the joint
    commitment to D2 or D3 that opens D7 « sous réserve » (``campaigns.d2_d3_commitment``)."""
    from hopen_desktop.model.records import reanchor_after_migration, record_states

    before = record_states(db)
    db.executescript(
        """
        ALTER TABLE criterion_answers ADD COLUMN not_applicable INTEGER NOT NULL DEFAULT 0
            CHECK (not_applicable IN (0, 1));
        ALTER TABLE criterion_answers ADD COLUMN justification TEXT NOT NULL DEFAULT '';
        ALTER TABLE campaigns ADD COLUMN d2_d3_commitment INTEGER NOT NULL DEFAULT 0;
        """
    )
    reanchor_after_migration(db, before, "0003_rules")


# A later step that changes the records' content (a new column, a value filled in) takes
# ``records.record_states(db)`` before its change and calls ``records.reanchor_after_migration``
# after it, so that the journal still describes every record (``verify-journal`` stays clean).


@MIGRATIONS(name="0004_finess_provisional")
def _m0004_finess_provisional(db: sqlite_utils.Database) -> None:
    """Issue 16: an establishment whose FINESS is not known yet is marked « FINESS provisoire »
    (``finess_provisional``; its ``finess`` is then a placeholder ``PROV-…`` or an unchecked
    number). Every establishment's content gains the column: the journal is re-anchored."""
    from hopen_desktop.model.records import reanchor_after_migration, record_states

    before = record_states(db)
    db.execute("ALTER TABLE establishments ADD COLUMN finess_provisional INTEGER NOT NULL DEFAULT 0")
    reanchor_after_migration(db, before, "0004_finess_provisional")


@MIGRATIONS(name="0005_campaign_referentials")
def _m0005_campaign_referentials(db: sqlite_utils.Database) -> None:
    """Issue 16: a campaign keeps the exact text of the referential it was answered against
    (``referentials``, keyed by the text's SHA-256; ``campaigns.referential_sha256``), so that a
    later file of the same id, or its removal, changes neither its score nor its report. The
    campaigns already there get the text of the file of their id available now; one whose file is
    missing or unreadable stays NULL (it is then read from the file of its id, as before)."""
    from hopen_desktop.model.records import reanchor_after_migration, record_states
    from hopen_desktop.model.referential import load_referential, referential_sha256, referential_text

    before = record_states(db)
    db.executescript(
        """
        CREATE TABLE referentials (
            sha256 TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            version TEXT NOT NULL,
            content TEXT NOT NULL
        );
        ALTER TABLE campaigns ADD COLUMN referential_sha256 TEXT;
        """
    )
    ids = [r["referential"] for r in db.query("SELECT DISTINCT referential FROM campaigns")]
    for ref_id in ids:
        if not isinstance(ref_id, str):
            continue
        try:
            text = referential_text(ref_id)
            version = load_referential(ref_id).version
        except HopenError:  # missing or unreadable file: the campaign keeps naming its id only
            continue
        sha256 = referential_sha256(text)
        db.execute(
            "INSERT INTO referentials (sha256, id, version, content) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [sha256, ref_id, version, text],
        )
        db.execute("UPDATE campaigns SET referential_sha256 = ? WHERE referential = ?", [sha256, ref_id])
    reanchor_after_migration(db, before, "0005_campaign_referentials")


@MIGRATIONS(name="0006_rate_measurement")
def _m0006_rate_measurement(db: sqlite_utils.Database) -> None:
    """Issue 17: a rate answer may say the period its figures were measured over
    (``period_start``, ``period_end``, ISO dates) and where they come from (``source``); and each
    journal row may name its author (``journal.author``: the « Votre nom » preference, ``--author``
    or HOPEN_AUTHOR). Every answer's content gains the columns: the journal is re-anchored. The
    journal's rows are not records; the older ones keep no author and their hash formula."""
    from hopen_desktop.model.records import reanchor_after_migration, record_states

    before = record_states(db)
    db.executescript(
        """
        ALTER TABLE answers ADD COLUMN period_start TEXT;
        ALTER TABLE answers ADD COLUMN period_end TEXT;
        ALTER TABLE answers ADD COLUMN source TEXT NOT NULL DEFAULT '';
        ALTER TABLE journal ADD COLUMN author TEXT;
        """
    )
    reanchor_after_migration(db, before, "0006_rate_measurement")


@MIGRATIONS(name="0007_sync")
def _m0007_sync(db: sqlite_utils.Database) -> None:
    """Issue 18: every establishment, campaign, answer, criterion answer, evidence item, attached
    file and action gets a stable identity (``uuid``, UNIQUE) that travels with exchanges and
    bundles; ``sync_replica`` holds this workspace's replica uuid and ``sync_versions`` one
    version vector per record (kept after its deletion as a tombstone): what a merge compares
    (``model/merge.py``, docs/exchange-format.md « Fusion de deux postes »). Answers and criterion
    answers get a uuid DERIVED from their campaign's (``model/stores/sync.py``), so that two
    laptops answering the same indicator name the same record. Every existing record gets the
    vector {replica: 1}. These two tables are metadata, not journalled records; every record's
    content gains ``uuid``: the journal is re-anchored."""
    from hopen_desktop.model.records import fill_uuids_for_migration, reanchor_after_migration, record_states

    before = record_states(db)
    db.executescript(
        """
        ALTER TABLE establishments ADD COLUMN uuid TEXT;
        ALTER TABLE campaigns ADD COLUMN uuid TEXT;
        ALTER TABLE answers ADD COLUMN uuid TEXT;
        ALTER TABLE criterion_answers ADD COLUMN uuid TEXT;
        ALTER TABLE evidence ADD COLUMN uuid TEXT;
        ALTER TABLE evidence_files ADD COLUMN uuid TEXT;
        ALTER TABLE actions ADD COLUMN uuid TEXT;
        CREATE TABLE sync_replica (id TEXT);
        CREATE TABLE sync_versions (
            uuid TEXT PRIMARY KEY,
            record TEXT NOT NULL,
            kind TEXT NOT NULL,
            vector TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            at TEXT,
            author TEXT
        );
        CREATE INDEX sync_versions_record ON sync_versions(record);
        """
    )
    fill_uuids_for_migration(db)
    db.executescript(
        """
        CREATE UNIQUE INDEX establishments_uuid ON establishments(uuid);
        CREATE UNIQUE INDEX campaigns_uuid ON campaigns(uuid);
        CREATE UNIQUE INDEX answers_uuid ON answers(uuid);
        CREATE UNIQUE INDEX criterion_answers_uuid ON criterion_answers(uuid);
        CREATE UNIQUE INDEX evidence_uuid ON evidence(uuid);
        CREATE UNIQUE INDEX evidence_files_uuid ON evidence_files(uuid);
        CREATE UNIQUE INDEX actions_uuid ON actions(uuid);
        """
    )
    reanchor_after_migration(db, before, "0007_sync")


#: Number of migration steps this version of the application knows.
SCHEMA_VERSION = len(MIGRATIONS._migrations)


def _not_a_workspace(path: Path, exc: Exception) -> WorkspaceError:
    return WorkspaceError("workspace.unreadable", path=path, reason=exc)


# ---------------------------------------------------------------------------- recognising a workspace

#: Biggest value of an SQLite INTEGER: a record id beyond it (or below 1) names no record.
MAX_ID = 2**63 - 1


def is_record_id(value: object) -> bool:
    """Whether ``value`` can be the id of a stored record (a positive SQLite integer)."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID


@functools.cache
def reference_schema(version: int) -> dict[str, frozenset[str]]:
    """The tables (and their columns) of a workspace at schema ``version``: the migration steps up
    to that version run on an in-memory database."""
    db = sqlite_utils.Database(sqlite3.connect(":memory:"), execute_plugins=False)
    names = [m.name for m in MIGRATIONS._migrations]
    if version < len(names):
        MIGRATIONS.apply(db, stop_before=names[version])
    else:
        MIGRATIONS.apply(db)
    schema = _tables(db.conn)
    db.close()
    return schema


def _tables(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    return {t: frozenset(r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", [t])) for t in tables}


def check_workspace(conn: sqlite3.Connection, name: str, *, for_writing: bool) -> int:
    """Recognise the database behind ``conn`` as a workspace, reading only; its schema version.

    Refused (``WorkspaceError``): a version written by a newer application, a version that no
    application ever wrote (negative), a database whose tables are not HOP'EN's (an other
    application's file is never "migrated"), and a workspace missing a table or a column (a
    damaged file, which a backup can replace). A blank database (version 0, no table of another
    application) is a new workspace, to be created by a writer."""
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            code = "workspace.schema_newer" if for_writing else "workspace.schema_newer_read_only"
            raise WorkspaceError(code, name=name, version=version, known=SCHEMA_VERSION)
        if version < 0:
            raise WorkspaceError("workspace.foreign", name=name)
        tables = _tables(conn)
        if version == 0 and set(tables) - set(reference_schema(SCHEMA_VERSION)):
            raise WorkspaceError("workspace.foreign", name=name)
        # Version 0: blank, or an early workspace that recorded its steps but not the version.
        steps = version or _recorded_steps(conn, tables)
    except sqlite3.DatabaseError as exc:
        raise damaged(name, exc) from exc
    if version == 0 and set(tables) - set(reference_schema(steps)):
        raise WorkspaceError("workspace.damaged", name=name, reason=f"{steps} step(s) recorded, more tables")
    if version == 0 and not tables:
        return 0
    for table, columns in reference_schema(steps).items():
        if table not in tables:
            if not set(tables) & set(reference_schema(version)) - {MIGRATIONS.migrations_table}:
                raise WorkspaceError("workspace.foreign", name=name)
            raise WorkspaceError("workspace.damaged", name=name, reason=f"no such table: {table}")
        missing = columns - tables[table]
        if missing:
            raise WorkspaceError("workspace.damaged", name=name, reason=f"no such column: {table}.{sorted(missing)[0]}")
    return version


def _recorded_steps(conn: sqlite3.Connection, tables: dict[str, frozenset[str]]) -> int:
    """How many of our migration steps the file records having applied."""
    if MIGRATIONS.migrations_table not in tables:
        return 0
    row = conn.execute(
        f"SELECT count(*) FROM [{MIGRATIONS.migrations_table}] WHERE migration_set = ?", [MIGRATIONS.name]
    ).fetchone()
    return min(int(row[0]), SCHEMA_VERSION)


def damaged(name: str, exc: BaseException) -> WorkspaceError:
    """The refusal of a workspace that SQLite (or a stored value) finds damaged."""
    return WorkspaceError("workspace.damaged", name=name, reason=_reason(exc))


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def translate_error(exc: sqlite3.Error, name: str) -> WorkspaceError:
    """What an SQLite failure on the workspace ``name`` means to its user: a full disk, a
    read-only file, a busy workspace, a change breaking a rule of the schema, or a damaged file
    (the rest)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return WorkspaceError("workspace.disk_full", name=name)
    if primary == sqlite3.SQLITE_READONLY or "readonly database" in text:
        return WorkspaceError("workspace.read_only_file", read_only_possible=True, name=name)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return WorkspaceError("workspace.busy")
    if primary == sqlite3.SQLITE_CONSTRAINT or isinstance(exc, sqlite3.IntegrityError):
        return WorkspaceError("workspace.constraint", name=name, reason=_reason(exc))
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) and "disk i/o" in text:
        return WorkspaceError("workspace.io_error", name=name, reason=_reason(exc))
    return damaged(name, exc)


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
    """No write permission bit set, or no write access for this user (a read-only mount too)."""
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


def read_only_uri(path: Path) -> str:
    """The URI opening ``path`` without ever writing to it, nor to its folder when the file or
    the folder is read-only (then SQLite may not create the ``-shm`` it needs for WAL)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    if is_read_only_file(path) or not os.access(Path(path).resolve().parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def connect_read_only(path: Path) -> sqlite_utils.Database:
    """Open an existing workspace without ever writing to it (nor to its folder when the file
    itself is read-only). Never migrates: a workspace of an older schema is refused."""
    path = Path(path)
    check_header(path, must_exist=True)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _not_a_workspace(path, exc) from exc
    try:
        version = check_workspace(conn, path.name, for_writing=False)
        if version != SCHEMA_VERSION:
            blank = version == 0 and not set(_tables(conn)) - {MIGRATIONS.migrations_table}
            raise WorkspaceError(
                "workspace.empty_read_only" if blank else "workspace.schema_older_read_only",
                name=path.name,
                version=version,
                known=SCHEMA_VERSION,
            )
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as exc:
        conn.close()
        raise translate_error(exc, path.name) from exc
    except BaseException:
        conn.close()
        raise
    return _database(conn)


def check_openable(path: Path) -> int:
    """Recognise an existing file as a workspace a writer may open, reading only (nothing is
    written to a file that is refused); its schema version (0 for a new, blank file)."""
    path = Path(path)
    if check_header(path, must_exist=True) == 0:
        return 0
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise _not_a_workspace(path, exc) from exc
    try:
        return check_workspace(conn, path.name, for_writing=True)
    except sqlite3.Error as exc:
        raise translate_error(exc, path.name) from exc
    finally:
        conn.close()


def connect(path: Path, *, create: bool = True, migrate: bool = True) -> sqlite_utils.Database:
    """Open (and create or upgrade) a workspace file. Raises WorkspaceError; a file that is not
    recognised as a workspace (``check_openable``) is refused before anything is written."""
    path = Path(path)
    if not _exists(path):
        if not create:
            raise WorkspaceError("workspace.missing", path=path)
        check_new_path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        check_openable(path)
        if is_read_only_file(path):
            raise WorkspaceError("workspace.read_only_file", read_only_possible=True, name=path.name)
    if not os.access(path.resolve().parent, os.W_OK):
        raise WorkspaceError("workspace.read_only_folder", read_only_possible=True, name=path.name)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _not_a_workspace(path, exc) from exc
    try:
        version = check_workspace(conn, path.name, for_writing=True)  # again, now that it is open
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        db = _database(conn)
        if migrate:
            MIGRATIONS.apply(db)
            applied = len(MIGRATIONS.applied(db))
            if applied != version:
                conn.execute(f"PRAGMA user_version = {int(applied)}")
    except sqlite3.Error as exc:
        conn.close()
        raise translate_error(exc, path.name) from exc
    except BaseException:
        conn.close()
        raise
    return db


_SQLITE_HEADER = b"SQLite format 3\x00"


def _exists(path: Path) -> bool:
    """Whether anything is at ``path`` (a dangling symbolic link counts: it is not a new file)."""
    return os.path.lexists(path)


def check_new_path(path: Path) -> None:
    """Refuse to create a workspace where a dangling symbolic link points elsewhere."""
    if os.path.islink(path) and not path.exists():
        raise WorkspaceError("workspace.not_regular", name=path.name, what=messages.DANGLING_LINK)


def check_regular(path: Path, *, must_exist: bool = True) -> int | None:
    """Open ``path`` without blocking and return its descriptor, refusing at once
    (``WorkspaceError``) anything but a regular file: a FIFO (which would block), a directory, a
    device, a dangling symbolic link. None when it is absent and need not exist."""
    path = Path(path)
    try:
        return open_regular_input(path)
    except ValidationError as exc:
        if exc.code == "input.missing":
            if not must_exist:
                return None
            raise WorkspaceError("workspace.missing", path=path) from None
        if exc.code == "input.unreadable":
            raise WorkspaceError("workspace.cannot_read", path=path, reason=exc.params.get("reason")) from None
        if exc.code == "input.dangling_link":
            what = messages.DANGLING_LINK
        elif exc.code == "input.directory" or exc.params.get("what") is messages.A_FOLDER:
            what = messages.A_FOLDER
        else:
            what = messages.SPECIAL_FILE
        raise WorkspaceError("workspace.not_regular", name=path.name, what=what) from None


def check_header(path: Path, *, must_exist: bool = False) -> int:
    """Refuse a file that is not SQLite before SQLite touches it (it would otherwise be
    happily turned into a WAL database if empty, or fail later); its size (0 when absent). Anything
    but a regular file (a FIFO that would block, a directory, a device, a dangling link) is refused
    at once (``check_regular``)."""
    path = Path(path)
    fd = check_regular(path, must_exist=must_exist)
    if fd is None:
        return 0
    with os.fdopen(fd, "rb") as fh:
        try:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
        except OSError as exc:
            raise WorkspaceError("workspace.cannot_read", path=path, reason=exc.strerror) from exc
    if len(head) == 0:
        return 0  # an empty file is a new workspace
    if not head.startswith(_SQLITE_HEADER) or len(head) < 100:
        raise WorkspaceError("workspace.not_sqlite", name=path.name)
    return size
