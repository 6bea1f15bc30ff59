"""Restoring a backup takes the workspace lock and announces everything."""

import pytest

from hopen_desktop.model.backup import create_backup, list_backups
from hopen_desktop.model.changes import EVERYTHING
from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.errors import WorkspaceError
from hopen_desktop.model.lock import WorkspaceLock
from hopen_desktop.model.operations import restore
from hopen_desktop.model.workspace import Workspace


def test_restore_takes_the_lock_and_announces_everything(tmp_path, data_dir):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    create_backup(path)
    [backup] = list_backups(path)
    lock = WorkspaceLock(path).acquire()  # a window has it open
    try:
        with pytest.raises(WorkspaceError):
            restore.restore_backup(path, backup.path)
    finally:
        lock.release()
    restored = restore.restore_backup(path, backup.path)
    assert restored.changes == EVERYTHING and restored.value is not None


def test_a_restored_workspace_edits_under_a_new_replica(tmp_path, data_dir):
    """After a restore the versions are the backup's, older than what other laptops may have
    received: the edits made from then on count under a new replica (seen as concurrent by a
    merge, not as older)."""
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
        before = ws.sync.replica()
    create_backup(path)
    [backup] = list_backups(path)
    restore.restore_backup(path, backup.path)
    with Workspace.open(path) as ws:
        assert ws.sync.replica() != before
        [est] = ws.establishments()
        assert est.name == "Clinique"  # the content is the backup's
        assert ws.journal.check().ok
