"""Opening files: migrations from every earlier version, the version guard, foreign files."""

import sqlite3

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
