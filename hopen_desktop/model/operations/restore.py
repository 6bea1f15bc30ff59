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
        return Outcome(_restore(Path(workspace), Path(backup)), EVERYTHING)
    finally:
        lock.release()
