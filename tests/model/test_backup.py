"""Backups and read-only files (issue 7 items 2 and 3). The per-workspace lock: test_lock.py; the
backup commands: tests/cli/test_commands.py."""

import os
import stat

import pytest

from hopen_desktop.model.backup import create_backup, list_backups, restore_backup
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import WorkspaceError
from hopen_desktop.model.workspace import Workspace
from tests.model.helpers import make, numerator


def test_each_opening_backs_up_and_keeps_the_last_n(tmp_path):
    path = tmp_path / "w.sqlite"
    make(path)
    for _ in range(4):
        Workspace.open(path, backup=True).close()
    assert len(list_backups(path)) == 4
    for _ in range(3):
        create_backup(path, keep=2)
    backups = list_backups(path)
    assert len(backups) == 2 and backups[0].created > backups[1].created


def test_restore_backs_up_current_state_first(tmp_path):
    path = tmp_path / "w.sqlite"
    cid = make(path)
    first = create_backup(path)
    with Workspace.open(path) as ws:
        ws.save_answer(cid, Answer("P1.1", numerator=9, denominator=10))
    safety = restore_backup(path, first.path)
    assert numerator(path, cid) == 1
    assert safety is not None and safety.path.exists()
    restore_backup(path, safety.path)
    assert numerator(path, cid) == 9


def test_restore_refuses_a_damaged_backup(tmp_path):
    path = tmp_path / "w.sqlite"
    cid = make(path)
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"rien")
    with pytest.raises(WorkspaceError, match="illisible|endommagée"):
        restore_backup(path, bad)
    assert numerator(path, cid) == 1


def test_read_only_file_gets_a_message_and_opens_read_only(tmp_path):
    path = tmp_path / "w.sqlite"
    cid = make(path)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="lecture seule"):
        Workspace.open(path)
    with Workspace.open(path, read_only=True) as ws:
        assert ws.answer(cid, "P1.1").numerator == 1
        with pytest.raises(WorkspaceError, match="lecture seule"):
            ws.save_answer(cid, Answer("P1.1", numerator=2, denominator=10))
    assert path.read_bytes() == before


def test_backup_before_a_schema_upgrade_is_taken_first(tmp_path):
    import sqlite_utils

    from hopen_desktop.model import database

    path = tmp_path / "old.sqlite"
    old = sqlite_utils.Database(path)
    database.MIGRATIONS.ensure_migrations_table(old)  # an "earlier version": no step applied yet
    old.execute("PRAGMA user_version = 0")
    old.close()
    ws = Workspace.open(path, backup=True)
    assert not ws.backup_due  # taken at once: before the migration ran
    ws.close()
    (backup,) = list_backups(path)
    assert database.stored_schema_version(backup.path) == 0
    assert database.stored_schema_version(path) == database.SCHEMA_VERSION


def test_backup_at_opening_runs_beside_edits(tmp_path):
    path = tmp_path / "w.sqlite"
    cid = make(path)
    ws = Workspace.open(path, backup=True, exclusive=True)
    ws.save_answer(cid, Answer("P1.1", numerator=5, denominator=10))  # while the backup may run
    ws.close()  # waits for it
    (backup,) = list_backups(path)
    assert numerator(backup.path, cid) in (1, 5)  # a consistent snapshot, before or after the edit
    assert numerator(path, cid) == 5


# ---------------------------------------------------------------------------- issue 14, family 8


def test_a_burst_of_backups_never_evicts_the_older_restore_points(tmp_path):
    import datetime as dt

    from hopen_desktop.model.backup import backups_dir, prune_backups

    path = tmp_path / "w.sqlite"
    make(path)
    folder = backups_dir(path)
    folder.mkdir()
    now = dt.datetime(2026, 11, 30, 12, 0)
    history = [now - dt.timedelta(days=d) for d in (3, 40, 100)]
    for when in history:
        (folder / f"w-{when.strftime('%Y%m%d-%H%M%S-%f')}.sqlite").write_bytes(b"")
    for n in range(15):  # eleven refused imports and more, the same morning
        when = now - dt.timedelta(minutes=n)
        (folder / f"w-{when.strftime('%Y%m%d-%H%M%S-%f')}.sqlite").write_bytes(b"")
    prune_backups(path, keep=10, now=now)
    kept = {b.created for b in list_backups(path)}
    assert set(history) <= kept  # one a day for a week, one a month for a year
    assert len(kept) == 10 + len(history)


def test_create_backup_prunes_with_the_spread(tmp_path, monkeypatch):
    from hopen_desktop.model import backup

    path = tmp_path / "w.sqlite"
    make(path)
    calls = []
    monkeypatch.setattr(backup, "backups_to_delete", lambda created, keep, now: calls.append(keep) or [])
    create_backup(path, keep=3)
    assert calls == [3]


def _copy(path, target, *statements):
    import sqlite3

    src, dst = sqlite3.connect(path), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    for statement in statements:
        dst.execute(statement)
    dst.commit()
    dst.close()
    return target


@pytest.mark.parametrize(
    ("statements", "words"),
    [
        (("PRAGMA user_version = 99",), "pas une sauvegarde"),
        (("PRAGMA user_version = -5",), "pas une sauvegarde"),
        (("PRAGMA user_version = 0", "CREATE TABLE notes (x)"), "pas une sauvegarde"),
        (("DROP TABLE answers",), "pas une sauvegarde"),
        (("DROP TABLE establishments", "DROP TABLE campaigns", "CREATE TABLE notes (x)"), "pas une sauvegarde"),
    ],
)
def test_restore_refuses_anything_but_an_intact_workspace_of_a_supported_version(tmp_path, statements, words):
    path = tmp_path / "w.sqlite"
    cid = make(path)
    offered = _copy(path, tmp_path / "offerte.sqlite", *statements)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match=words):
        restore_backup(path, offered)
    assert path.read_bytes() == before and numerator(path, cid) == 1
    assert list_backups(path) == []  # nothing set aside: nothing was about to change
    assert not (tmp_path / "offerte.sqlite-wal").exists() and not (tmp_path / "offerte.sqlite-shm").exists()


def test_restore_refuses_a_blank_and_a_foreign_database(tmp_path):
    import sqlite3

    path = tmp_path / "w.sqlite"
    make(path)
    blank = tmp_path / "vide.sqlite"
    conn = sqlite3.connect(blank)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    foreign = tmp_path / "autre.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE clients (nom TEXT)")
    conn.commit()
    conn.close()
    for offered in (blank, foreign, tmp_path / "absente.sqlite"):
        with pytest.raises(WorkspaceError):
            restore_backup(path, offered)
    assert list_backups(path) == []


@pytest.mark.parametrize("kind", ["fifo", "directory", "dangling", "device"])
def test_restore_refuses_a_special_file_at_once(tmp_path, kind):
    from pathlib import Path

    path = tmp_path / "w.sqlite"
    make(path)
    offered = tmp_path / "special.sqlite"
    if kind == "fifo":
        os.mkfifo(offered)
    elif kind == "directory":
        offered.mkdir()
    elif kind == "dangling":
        offered.symlink_to(tmp_path / "nulle-part")
    else:
        offered = Path("/dev/zero")
    with pytest.raises(WorkspaceError):
        restore_backup(path, offered)
    assert list_backups(path) == []


def test_a_backup_on_a_full_disk_says_so_and_leaves_nothing(tmp_path, monkeypatch):
    import errno

    from hopen_desktop.model import backup

    path = tmp_path / "w.sqlite"
    make(path)

    def no_room(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "replace", no_room)
    with pytest.raises(WorkspaceError) as refused:
        create_backup(path)
    assert refused.value.code == "backup.disk_full" and "Disque plein" in refused.value.text("fr")
    assert list(backup.backups_dir(path).iterdir()) == []
