"""Automatic backups of a workspace with SQLite's backup API, kept beside it.

``<folder>/<name>-sauvegardes/<stem>-AAAAMMJJ-HHMMSS-ffffff.sqlite``, the newest N kept.
A backup is a consistent copy even while the workspace is open in WAL mode.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hopen_desktop.model.errors import WorkspaceError
from hopen_desktop.model.settings import BACKUPS_KEPT

_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int


def backups_dir(workspace: Path) -> Path:
    workspace = Path(workspace)
    return workspace.parent / f"{workspace.name}-sauvegardes"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _kept(workspace: Path) -> int:
    try:
        conn = _read_only(workspace)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [BACKUPS_KEPT.key]).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row else BACKUPS_KEPT.default
        return value if isinstance(value, int) and value >= BACKUPS_KEPT.minimum else BACKUPS_KEPT.default
    except (sqlite3.Error, ValueError):
        return BACKUPS_KEPT.default


def create_backup(workspace: Path, keep: int | None = None) -> BackupInfo:
    """Copy ``workspace`` into its backups folder and prune the oldest beyond ``keep``
    (the workspace's setting by default). The workspace itself is only read."""
    workspace = Path(workspace)
    keep = _kept(workspace) if keep is None else keep
    folder = backups_dir(workspace)
    folder.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now()
    target = folder / f"{workspace.stem}-{now.strftime(_STAMP)}.sqlite"
    tmp = target.with_suffix(".tmp")
    try:
        src = _read_only(workspace)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise WorkspaceError("backup.failed", name=workspace.name, reason=exc) from exc
    for old in list_backups(workspace)[keep:]:
        old.path.unlink(missing_ok=True)
    return BackupInfo(target, now, target.stat().st_size)


def list_backups(workspace: Path) -> list[BackupInfo]:
    """Backups of ``workspace``, newest first."""
    workspace = Path(workspace)
    found = []
    for path in backups_dir(workspace).glob(f"{workspace.stem}-*.sqlite"):
        stamp = path.stem[len(workspace.stem) + 1 :]
        try:
            created = dt.datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        found.append(BackupInfo(path, created, path.stat().st_size))
    found.sort(key=lambda b: b.created, reverse=True)
    return found


def _set_aside(workspace: Path) -> BackupInfo:
    """Keep the current file before it is replaced: a proper backup when SQLite can read it, a
    byte copy when it is damaged (restoring is precisely what a damaged file needs)."""
    try:
        return create_backup(workspace, keep=max(_kept(workspace), 1) + 1)
    except WorkspaceError:
        folder = backups_dir(workspace)
        folder.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now()
        target = folder / f"{workspace.stem}-endommage-{now.strftime(_STAMP)}.sqlite"
        shutil.copy2(workspace, target)
        for extra in ("-wal", "-shm"):
            Path(f"{workspace}{extra}").unlink(missing_ok=True)  # they belong to the damaged file
        return BackupInfo(target, now, target.stat().st_size)


def restore_backup(workspace: Path, backup: Path) -> BackupInfo | None:
    """Replace the workspace's content by ``backup``'s, after backing up the current file.
    The workspace must not be open elsewhere. Returns the backup of the current file (None when
    there was no file)."""
    workspace = Path(workspace)
    backup = Path(backup)
    try:
        probe = _read_only(backup)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            ok = probe.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            probe.close()
    except sqlite3.Error as exc:
        raise WorkspaceError("backup.unreadable", name=backup.name, reason=exc) from exc
    if not ok:
        raise WorkspaceError("backup.damaged", name=backup.name)
    safety = _set_aside(workspace) if workspace.exists() else None
    # Copy into a new file beside the workspace, then swap it in atomically: the old file may be
    # damaged beyond what SQLite's backup API can write into.
    tmp = workspace.with_name(f".{workspace.name}.restauration")
    tmp.unlink(missing_ok=True)
    src = _read_only(backup)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = WAL")
    finally:
        dst.close()
        src.close()
    for extra in ("-wal", "-shm"):
        Path(f"{workspace}{extra}").unlink(missing_ok=True)
    os.replace(tmp, workspace)
    return safety
