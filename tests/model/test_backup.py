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
