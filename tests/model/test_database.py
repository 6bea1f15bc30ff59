"""Opening files: migrations from every earlier version, the version guard, foreign files."""

import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from hopen_desktop.model import database
from hopen_desktop.model.errors import WorkspaceError
from hopen_desktop.model.workspace import Workspace


def test_new_workspace_has_current_version_and_pragmas(tmp_path):
    db = database.connect(tmp_path / "w.sqlite")
    assert db.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    db.close()


@pytest.mark.parametrize("applied", range(database.SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path, applied):
    path = tmp_path / "old.sqlite"
    names = [m.name for m in database.MIGRATIONS._migrations]
    old = sqlite_utils.Database(path)
    if applied < len(names):
        database.MIGRATIONS.apply(old, stop_before=names[applied])
    old.execute(f"PRAGMA user_version = {applied}")
    old.close()
    db = database.connect(path)
    assert [m.name for m in database.MIGRATIONS.applied(db)] == names
    assert db.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
    assert {"establishments", "campaigns", "answers", "evidence", "journal"} <= set(db.table_names())
    db.close()


def test_newer_schema_refused_and_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="plus récente"):
        Workspace.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"ceci n'est pas une base", b"%PDF-1.7\n" + b"x" * 200])
def test_foreign_file_refused_and_untouched(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match="n'est pas un espace de travail"):
        Workspace.open(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "notes.sqlite-wal").exists()


def test_truncated_workspace_refused(tmp_path, data_dir):
    path = tmp_path / "w.sqlite"
    Workspace.open(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:50])
    with pytest.raises(WorkspaceError):
        Workspace.open(path)


class _ConnectionSpy:
    """A sqlite_utils plugin, as any installed package could register one."""

    def __init__(self):
        self.connections = []

    @sqlite_utils.hookimpl
    def prepare_connection(self, conn):
        self.connections.append(conn)


@pytest.mark.parametrize("read_only", [False, True])
def test_no_sqlite_utils_plugin_runs_on_a_workspace_connection(tmp_path, read_only):
    database.connect(tmp_path / "w.sqlite").close()
    spy = _ConnectionSpy()
    sqlite_utils.plugins.pm.register(spy)
    try:
        db = database.connect_read_only(tmp_path / "w.sqlite") if read_only else database.connect(tmp_path / "w.sqlite")
        db.close()
        sqlite_utils.plugins.pm.hook.prepare_connection(conn=sqlite3.connect(":memory:"))  # the spy works
    finally:
        sqlite_utils.plugins.pm.unregister(spy)
    assert len(spy.connections) == 1


# ---------------------------------------------------------------------------- issue 14, families 5 and 6


def _workspace(tmp_path):
    from tests.model.helpers import make

    path = tmp_path / "w.sqlite"
    make(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _run(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize(
    ("version", "read_only"), [(-5, False), (-5, True), (0, True), (2**31 - 1, False), (2**31 - 1, True)]
)
def test_an_unknown_version_is_refused_and_never_rewritten(tmp_path, version, read_only):
    """(A writer upgrades a version 0 file holding only our tables: an early workspace, below.)"""
    path = _workspace(tmp_path)
    _run(path, f"PRAGMA user_version = {version}")
    before = path.read_bytes()
    with pytest.raises(WorkspaceError):
        Workspace.open(path, read_only=read_only)
    assert path.read_bytes() == before
    assert not (tmp_path / "w.sqlite-sauvegardes").exists()


def test_an_early_workspace_of_version_0_is_upgraded_by_a_writer_only(tmp_path):
    path = _workspace(tmp_path)
    _run(path, "PRAGMA user_version = 0")
    with pytest.raises(WorkspaceError, match="ouvrez-le normalement"):
        Workspace.open(path, read_only=True)
    Workspace.open(path).close()
    assert database.stored_schema_version(path) == database.SCHEMA_VERSION


@pytest.mark.parametrize("version", [0, 1])
def test_a_database_of_another_application_is_refused_not_migrated(tmp_path, version):
    path = tmp_path / "autre.sqlite"
    _run(
        path, "CREATE TABLE clients (nom TEXT)", "INSERT INTO clients VALUES ('x')", f"PRAGMA user_version = {version}"
    )
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(WorkspaceError, match="pas un espace de travail HOP'EN") as refused:
            Workspace.open(path, read_only=read_only, backup=not read_only)
        assert "backup restore" in refused.value.text("fr")
    assert path.read_bytes() == before
    assert not (tmp_path / "autre.sqlite-sauvegardes").exists()
    assert not (tmp_path / "autre.sqlite-wal").exists()


@pytest.mark.parametrize(
    "statement", ["DROP TABLE answers", "DROP TABLE journal", "ALTER TABLE evidence DROP COLUMN fields"]
)
@pytest.mark.parametrize("read_only", [False, True])
def test_a_workspace_missing_a_table_or_a_column_is_damaged(tmp_path, statement, read_only):
    path = _workspace(tmp_path)
    _run(path, statement)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open(path, read_only=read_only, backup=not read_only)
    assert refused.value.code == "workspace.damaged"
    assert "backup restore" in refused.value.text("fr") and "endommagé" in refused.value.text("fr")
    assert path.read_bytes() == before
    assert not (tmp_path / "w.sqlite-sauvegardes").exists()


def _fifo(tmp_path):
    path = tmp_path / "tube.sqlite"
    os.mkfifo(path)
    return path


def _folder(tmp_path):
    path = tmp_path / "dossier.sqlite"
    path.mkdir()
    return path


def _dangling(tmp_path):
    path = tmp_path / "lien.sqlite"
    path.symlink_to(tmp_path / "nulle-part.sqlite")
    return path


@pytest.mark.parametrize("make_special", [_fifo, _folder, _dangling, lambda tmp_path: Path("/dev/null")])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_special_file_as_workspace_is_refused_at_once(tmp_path, make_special, read_only):
    import time

    path = make_special(tmp_path)
    start = time.monotonic()
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open(path, read_only=read_only)
    assert time.monotonic() - start < 5  # a FIFO never blocks the opening
    assert refused.value.code == "workspace.not_regular"
    assert not (tmp_path / "nulle-part.sqlite").exists()  # a dangling link's target is never created


def test_check_header_never_blocks_on_a_fifo(tmp_path):
    with pytest.raises(WorkspaceError, match="fichier spécial"):
        database.check_header(_fifo(tmp_path))


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (sqlite3.OperationalError("database or disk is full"), "workspace.disk_full"),
        (sqlite3.DatabaseError("database disk image is malformed"), "workspace.damaged"),
        (sqlite3.OperationalError("no such table: answers"), "workspace.damaged"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "workspace.read_only_file"),
        (sqlite3.OperationalError("database is locked"), "workspace.busy"),
        (sqlite3.IntegrityError("UNIQUE constraint failed: establishments.finess"), "workspace.constraint"),
    ],
)
def test_sqlite_failures_say_what_they_mean(error, code):
    assert database.translate_error(error, "w.sqlite").code == code


def test_a_full_disk_is_recognised_by_sqlite_error_code(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.sqlite")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.Error) as full:
        conn.execute("INSERT INTO t VALUES (?)", [b"x" * 100_000])
    conn.close()
    refusal = database.translate_error(full.value, "x.sqlite")
    assert refusal.code == "workspace.disk_full" and "Disque plein" in refusal.text("fr")


@pytest.mark.parametrize("value", [0, -1, 2**63, -(2**63) - 1, True, "1", 1.0])
def test_a_record_id_is_a_positive_sqlite_integer(value):
    assert not database.is_record_id(value)
    assert database.is_record_id(1) and database.is_record_id(2**63 - 1)


def test_a_version_0_file_whose_tables_do_not_match_its_recorded_steps_is_refused_untouched(tmp_path):
    path = _workspace(tmp_path)
    _run(path, "DELETE FROM _sqlite_migrations", "PRAGMA user_version = 0")
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open(path, backup=True)
    assert refused.value.code == "workspace.damaged"
    assert path.read_bytes() == before and not (tmp_path / "w.sqlite-sauvegardes").exists()


AT = "2025-03-12T10:00:00.000000+00:00"


def _schema_before(path: Path, step: str) -> sqlite_utils.Database:
    """A database with every schema step before ``step`` applied, as that version wrote it."""
    names = [m.name for m in database.MIGRATIONS._migrations]
    db = sqlite_utils.Database(path)
    database.MIGRATIONS.apply(db, stop_before=step)
    db.execute(f"PRAGMA user_version = {names.index(step)}")
    return db


def _insert_establishment(db: sqlite_utils.Database, est: int, finess: str, name: str) -> None:
    db.execute(
        "INSERT INTO establishments (id, finess, name, legal_status, activities, created_at) "
        "VALUES (?, ?, ?, 'prive', '[\"MCO\"]', ?)",
        [est, finess, name, AT],
    )


def _workspace_before_step_0004(path: Path) -> None:
    """A workspace of the schema before ``0004_finess_provisional``, written by that version: an
    establishment whose FINESS has a wrong key (the key was not checked then), a campaign with an
    answer, the journal describing them (the baseline rows of step 0002), and one establishment
    changed outside the application."""
    from hopen_desktop.model.records import write_baseline

    db = _schema_before(path, "0004_finess_provisional")
    at = AT
    _insert_establishment(db, 1, "750000001", "Clinique ancienne")
    _insert_establishment(db, 2, "750000002", "Clinique voisine")
    db.execute(
        "INSERT INTO campaigns (id, establishment_id, date, referential, referential_version, created_at) "
        "VALUES (1, 1, '2025-03-12', 'hopen-2019', '2019', ?)",
        [at],
    )
    db.execute("INSERT INTO answers (campaign_id, indicator, numerator, denominator) VALUES (1, 'P1.3', 17, 20)")
    write_baseline(db, at=at)
    db.execute("UPDATE establishments SET name = 'Changée dehors' WHERE id = 2")


# ---------------------------------------------------------------------------- 0005_campaign_referentials


def _workspace_before_campaign_referentials(path: Path) -> None:
    """A workspace of the schema before step 0005, its journal describing its records: two campaigns,
    one on the shipped HOP'EN referential, one on a referential whose file no longer exists."""
    from hopen_desktop.model.records import write_baseline

    db = _schema_before(path, "0005_campaign_referentials")
    at = AT
    _insert_establishment(db, 1, "750000001", "Clinique X")
    db.execute(
        "INSERT INTO campaigns (id, establishment_id, date, referential, referential_version, created_at) "
        "VALUES (1, 1, '2025-03-12', 'hopen-2019', '2019-02', ?), (2, 1, '2024-03-12', 'retire-2010', '1', ?)",
        [at, at],
    )
    db.execute("INSERT INTO answers (campaign_id, indicator, numerator, denominator) VALUES (1, 'P1.1', 6, 10)")
    write_baseline(db, at=at)
    db.conn.commit()
    db.close()


def test_step_0004_adds_the_provisional_flag_and_keeps_the_journal_clean(tmp_path, data_dir):
    from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
    from hopen_desktop.model.operations.imports import import_campaign

    path = tmp_path / "old.sqlite"
    _workspace_before_step_0004(path)
    with Workspace.open(path) as ws:
        assert "finess_provisional" in {c.name for c in ws.db["establishments"].columns}
        old = ws.establishment(1)
        assert (old.finess, old.finess_provisional) == ("750000001", False)
        migrated = [r for r in ws.journal() if r.entity == "migration" and r.key == "0004_finess_provisional"]
        assert {r.record for r in migrated} == {"e1"}  # e2, changed outside, is not re-anchored
        assert [p.record for p in ws.journal.verify_all()] == ["e2"]
        # Opens, scores, exports, re-imports into itself, and can be renamed: nothing refuses it.
        assert ws.score(1).indicators["P1.3"].value is not None
        doc = export_campaign(ws, 1)
        assert import_campaign(ws, parse_campaign_document(doc)).value.establishment_id == 1
        ws.update_establishment(1, replace(old.data(), name="Clinique rénovée"))
        assert [p.record for p in ws.journal.verify_all()] == ["e2"]


def test_0005_keeps_the_referential_of_existing_campaigns_and_the_journal_clean(tmp_path, data_dir, shipped_copy):
    from hopen_desktop.model.errors import ReferentialError
    from hopen_desktop.model.referential import forget_loaded_referentials, referential_sha256

    path = tmp_path / "old.sqlite"
    _workspace_before_campaign_referentials(path)
    with Workspace.open(path) as ws:
        kept = (shipped_copy / "hopen-2019.json").read_text(encoding="utf-8")
        current, orphan = ws.campaign(1), ws.campaign(2)
        assert current.referential_sha256 == referential_sha256(kept)
        assert ws.referentials.content(current.referential_sha256) == kept
        assert orphan.referential_sha256 is None  # its file is missing: it keeps naming its id
        assert ws.journal.verify_all() == []  # both campaigns' new content is journalled
        migration = [
            (r.record, r.key)
            for r in ws.journal()
            if r.entity == "migration" and r.key == "0005_campaign_referentials"  # 0006 re-anchors answers
        ]
        assert sorted(migration) == [("e1/c1", "0005_campaign_referentials"), ("e1/c2", "0005_campaign_referentials")]
        status = ws.score(1).indicators["P1.1"].status.value
        with pytest.raises(ReferentialError, match="retire-2010"):
            ws.score(2)
    (shipped_copy / "hopen-2019.json").unlink()  # the file goes after the upgrade
    forget_loaded_referentials()
    with Workspace.open(path) as ws:
        assert ws.score(1).indicators["P1.1"].status.value == status
        assert ws.journal.verify_all() == []


def test_0005_leaves_a_record_changed_outside_reported(tmp_path, data_dir):
    path = tmp_path / "old.sqlite"
    _workspace_before_campaign_referentials(path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE campaigns SET auditor = 'Changé dehors' WHERE id = 2")
    raw.commit()
    raw.close()
    with Workspace.open(path) as ws:
        assert [p.record for p in ws.journal.verify_all()] == ["e1/c2"]


# ---------------------------------------------------------------------------- 0006_rate_measurement


def _workspace_of_schema_5(path: Path) -> None:
    """A workspace of the schema before step 0006 (no measurement on answers, no author on the
    journal's rows), its journal describing its records: a rate answer and a ticked criterion."""
    from hopen_desktop.model.records import write_baseline

    db = _schema_before(path, "0006_rate_measurement")
    at = AT
    _insert_establishment(db, 1, "750000002", "Clinique X")
    db.execute(
        "INSERT INTO campaigns (id, establishment_id, date, referential, referential_version, created_at) "
        "VALUES (1, 1, '2025-03-12', 'hopen-2019', '2019-02', ?)",
        [at],
    )
    db.execute(
        "INSERT INTO answers (campaign_id, indicator, numerator, denominator, comment) "
        "VALUES (1, 'P1.1', 6, 10, 'compté à la main')"
    )
    db.execute("INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) VALUES (1, 'P2.1', 'P2.1.a', 1)")
    write_baseline(db, at=at)
    db.conn.commit()
    db.close()


def test_0006_adds_the_measurement_and_the_author_and_keeps_the_journal_clean(tmp_path, data_dir):
    from hopen_desktop.model.entities import Answer
    from hopen_desktop.model.exchange import export_campaign, strip_identities

    path = tmp_path / "old.sqlite"
    _workspace_of_schema_5(path)
    with Workspace.open(path) as ws:
        assert {"period_start", "period_end", "source"} <= {c.name for c in ws.db["answers"].columns}
        assert "author" in {c.name for c in ws.db["journal"].columns}
        old = ws.answer(1, "P1.1")
        assert (old.numerator, old.comment, old.period_start, old.period_end, old.source) == (
            6,
            "compté à la main",
            None,
            None,
            "",
        )
        assert ws.journal.verify_all() == []  # old rows keep their formula; the answers re-anchored
        migrated = {r.record for r in ws.journal() if r.entity == "migration" and r.key == "0006_rate_measurement"}
        assert migrated == {"e1/c1/a/P1.1"}  # the criterion's content did not change
        assert all(r.author is None for r in ws.journal())
        # The export of an answer without measurement keeps its shape (plus its uuid, issue 18).
        assert strip_identities(export_campaign(ws, 1))["answers"][0] == {
            "indicator": "P1.1",
            "numerator": 6,
            "denominator": 10,
            "comment": "compté à la main",
        }
        ws.journal.author = "Marie Curie"
        ws.save_answer(1, Answer("P1.1", 6, 10, comment="compté à la main", source="extraction DPI"))
        latest = ws.journal(1, limit=1)[0]
        assert (latest.key, latest.new, latest.author) == ("P1.1.source", '"extraction DPI"', "Marie Curie")
        assert ws.journal.verify_all() == []


# ---------------------------------------------------------------------------- 0007_sync


def _workspace_of_schema_6(path: Path) -> None:
    """A workspace of the schema before step 0007 (no identities), its journal describing its
    records: an establishment, a campaign with an answer and a criterion, an evidence item with a
    file, an action; and a second establishment changed outside the application."""
    from hopen_desktop.model.records import write_baseline

    db = _schema_before(path, "0007_sync")
    _insert_establishment(db, 1, "750000002", "Clinique X")
    _insert_establishment(db, 2, "750000010", "Clinique Y")
    db.execute(
        "INSERT INTO campaigns (id, establishment_id, date, referential, referential_version, created_at) "
        "VALUES (1, 1, '2025-03-12', 'hopen-2019', '2019-02', ?)",
        [AT],
    )
    db.execute("INSERT INTO answers (campaign_id, indicator, numerator, denominator) VALUES (1, 'P1.1', 6, 10)")
    db.execute(
        "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) VALUES (1, 'P2.4', 'P2.4.pssi', 1)"
    )
    db.execute(
        "INSERT INTO evidence (id, establishment_id, type, date, title, created_at) "
        "VALUES (1, 1, 'document', '2025-01-05', 'PSSI', ?)",
        [AT],
    )
    db.execute("INSERT INTO blobs (sha256, size, content) VALUES ('ab', 1, x'00')")
    db.execute("INSERT INTO evidence_files (id, evidence_id, name, sha256) VALUES (1, 1, 'pssi.pdf', 'ab')")
    db.execute("INSERT INTO actions (id, establishment_id, title, created_at) VALUES (1, 1, 'Charte', ?)", [AT])
    write_baseline(db, at=AT)
    db.execute("UPDATE establishments SET name = 'Changée dehors' WHERE id = 2")
    db.conn.commit()
    db.close()


def test_0007_gives_every_record_an_identity_and_a_version(tmp_path, data_dir):
    from hopen_desktop.model.stores.sync import answer_uuid, criterion_uuid, is_uuid

    path = tmp_path / "old.sqlite"
    _workspace_of_schema_6(path)
    with Workspace.open(path) as ws:
        tables = (
            "establishments",
            "campaigns",
            "answers",
            "criterion_answers",
            "evidence",
            "evidence_files",
            "actions",
        )
        uuids = [r["uuid"] for t in tables for r in ws.db.query(f"SELECT uuid FROM {t}")]
        assert len(uuids) == 8 and all(is_uuid(u) for u in uuids) and len(set(uuids)) == 8
        cu = ws.campaigns.uuid(1)
        assert ws.db.execute("SELECT uuid FROM answers").fetchone()[0] == answer_uuid(cu, "P1.1")
        assert ws.db.execute("SELECT uuid FROM criterion_answers").fetchone()[0] == criterion_uuid(cu, "P2.4.pssi")
        replica = ws.sync.replica()
        assert [r["id"] for r in ws.db.query("SELECT id FROM sync_replica")] == [replica]
        versions = ws.sync.versions(uuids)
        assert {v.vector == {replica: 1} and not v.deleted for v in versions.values()} == {True}
        assert {v.record for v in versions.values()} >= {"e1", "e1/c1", "e1/c1/a/P1.1", "e1/ev1", "e1/ev1/f1"}
        # the journal describes the records again, but the one changed outside stays reported
        assert [p.record for p in ws.journal.verify_all()] == ["e2"]
        migrated = {r.record for r in ws.journal() if r.entity == "migration" and r.key == "0007_sync"}
        assert migrated == {"e1", "e1/c1", "e1/c1/a/P1.1", "e1/c1/k/P2.4.pssi", "e1/ev1", "e1/ev1/f1", "e1/act1"}
        # a uuid is UNIQUE
        with pytest.raises(sqlite3.IntegrityError):
            ws.db.execute(
                "INSERT INTO actions (establishment_id, title, created_at, uuid) SELECT 1, 'Copie', ?, uuid "
                "FROM actions WHERE id = 1",
                [AT],
            )
    with Workspace.open(path, read_only=True) as ro:  # check_workspace accepts the new tables
        assert ro.sync.replica() == replica


def test_a_change_moves_the_version_on_and_a_deletion_leaves_a_tombstone(tmp_path, data_dir):
    path = tmp_path / "old.sqlite"
    _workspace_of_schema_6(path)
    with Workspace.open(path) as ws:
        replica = ws.sync.replica()
        u = ws.db.execute("SELECT uuid FROM actions WHERE id = 1").fetchone()[0]
        ws.update_action(1, title="Charte v2", owner="", due_date=None, status="en_cours", notes="")
        assert ws.sync.vector(u) == {replica: 2}
        ws.delete_action(1)
        v = ws.sync.version(u)
        assert v is not None and v.deleted and v.vector == {replica: 3} and v.record == "e1/act1"
        assert [t.uuid for t in ws.sync.tombstones(1)] == [u]
        assert ws.journal.verify_all() == [p for p in ws.journal.verify_all() if p.record == "e2"]
