"""Restoring a backup over a workspace file (the current state is backed up first)."""

from __future__ import annotations

from pathlib import Path

from hopen_desktop.model.backup import BackupInfo
from hopen_desktop.model.backup import restore_backup as _restore
from hopen_desktop.model.changes import EVERYTHING
from hopen_desktop.model.lock import WorkspaceLock
from hopen_desktop.model.operations import Outcome


def restore_backup(workspace: Path, backup: Path, *, lock_timeout: float = 0) -> Outcome[BackupInfo | None]:
    """Replace the content of the workspace file ``workspace`` by ``backup``'s. The workspace
    must be closed: the operation takes its lock (waiting ``lock_timeout`` seconds), so it is
    refused while a window or a command has it open. The value is the backup of the state
    replaced (None when there was no file); everything may have changed."""
    lock = WorkspaceLock(Path(workspace), timeout=lock_timeout).acquire()
    try:
        replaced = _restore(Path(workspace), Path(backup))
        _new_replica(Path(workspace))
        return Outcome(replaced, EVERYTHING)
    finally:
        lock.release()


def _new_replica(path: Path) -> None:
    """The restored workspace goes back in time: its versions (model/stores/sync.py) are those of
    the backup, which other laptops may have seen go further. Its edits from now on count under a
    new replica, so that a merge sees them as concurrent with what was sent since (a conflict to
    choose), never as older or equal. (Opening it upgrades a backup of an older schema first.)"""
    from hopen_desktop.model.workspace import Workspace

    with Workspace.open(path, create=False) as ws, ws.transaction():
        ws.sync.renew_replica()
