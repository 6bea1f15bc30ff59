"""Automatic backups of a workspace with SQLite's backup API, kept beside it.

``<folder>/<name>-sauvegardes/<stem>-AAAAMMJJ-HHMMSS-ffffff.sqlite``. Kept: the newest N (the
workspace's setting), plus a spread of older restore points — one per day for a week, one per
month for a year (``backup_retention``) — so that a burst of backups never evicts the history.
A backup is a consistent copy even while the workspace is open in WAL mode. Only an intact
workspace of a supported version is ever restored.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hopen_desktop.model import database, messages
from hopen_desktop.model.backup_retention import backups_to_delete
from hopen_desktop.model.errors import WorkspaceError
from hopen_desktop.model.i18n import Text
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
    return sqlite3.connect(database.read_only_uri(path), uri=True)


def _probe(path: Path) -> sqlite3.Connection:
    """A read connection on a file offered for restoring that writes nothing beside it: without a
    ``-wal`` of its own it is opened immutable (no ``-shm``/``-wal`` created next to it)."""
    uri = database.read_only_uri(path)
    if not os.path.lexists(f"{path}-wal") and "immutable=1" not in uri:
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    code = getattr(exc, "sqlite_errorcode", None)
    return (isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_FULL) or "disk is full" in str(exc)


def _kept(workspace: Path) -> int:
    try:
        conn = _read_only(workspace)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [BACKUPS_KEPT.key]).fetchone()
        finally:
            conn.close()
        value = json.loads(row[0]) if row else BACKUPS_KEPT.default
        return value if isinstance(value, int) and value >= BACKUPS_KEPT.minimum else BACKUPS_KEPT.default
    except (sqlite3.Error, ValueError, TypeError, RecursionError):
        return BACKUPS_KEPT.default


def create_backup(workspace: Path, keep: int | None = None, *, prune: bool = True) -> BackupInfo:
    """Copy ``workspace`` into its backups folder and, with ``prune``, delete the backups no
    longer kept (``prune_backups``; ``keep`` newest, the workspace's setting by default). The
    workspace itself is only read. Raises ``WorkspaceError`` (« disque plein » when it is)."""
    workspace = Path(workspace)
    database.check_header(workspace, must_exist=True)  # a regular file: never a FIFO that blocks
    folder = backups_dir(workspace)
    now = dt.datetime.now()
    target = folder / f"{workspace.stem}-{now.strftime(_STAMP)}.sqlite"
    tmp = target.with_suffix(".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        src = _read_only(workspace)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
        info = BackupInfo(target, now, target.stat().st_size)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        if _is_disk_full(exc):
            raise WorkspaceError("backup.disk_full", name=workspace.name) from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise WorkspaceError("backup.not_writable", name=workspace.name, folder=folder, reason=reason) from exc
        raise WorkspaceError("backup.failed", name=workspace.name, reason=reason) from exc
    if prune:
        prune_backups(workspace, keep)
    return info


def prune_backups(workspace: Path, keep: int | None = None, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups of ``workspace`` that are not kept (``backup_retention``: the newest
    ``keep``, plus one a day for a week and one a month for a year); the paths deleted."""
    workspace = Path(workspace)
    keep = _kept(workspace) if keep is None else keep
    backups = list_backups(workspace)
    doomed = backups_to_delete([(b.path, b.created) for b in backups], keep, now or dt.datetime.now())
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


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
    except WorkspaceError as exc:
        if exc.code == "backup.disk_full":
            raise
        folder = backups_dir(workspace)
        folder.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now()
        target = folder / f"{workspace.stem}-endommage-{now.strftime(_STAMP)}.sqlite"
        shutil.copy2(workspace, target)
        for extra in ("-wal", "-shm"):
            Path(f"{workspace}{extra}").unlink(missing_ok=True)  # they belong to the damaged file
        return BackupInfo(target, now, target.stat().st_size)


def check_restorable(backup: Path) -> None:
    """Refuse (``WorkspaceError``) anything but an intact workspace of a supported version: a
    regular SQLite file (never a FIFO, a folder, a device or a dangling link), whose
    ``integrity_check`` passes, holding HOP'EN's tables at a schema version between 1 and the
    application's."""
    backup = Path(backup)
    try:
        size = database.check_header(backup, must_exist=True)  # a FIFO, a folder… refused as they are
    except WorkspaceError as exc:
        if exc.code == "workspace.missing":
            raise WorkspaceError("file.missing", path=backup) from None
        if exc.code == "workspace.not_sqlite":
            raise WorkspaceError("backup.unreadable", name=backup.name, reason=messages.NOT_SQLITE) from None
        raise
    if size == 0:
        raise WorkspaceError("backup.unreadable", name=backup.name, reason=messages.EMPTY_FILE)
    try:
        probe = _probe(backup)
        try:
            ok = probe.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            if ok:
                version = database.check_workspace(probe, backup.name, for_writing=True)
        finally:
            probe.close()
    except sqlite3.Error as exc:
        raise WorkspaceError("backup.unreadable", name=backup.name, reason=exc) from exc
    except WorkspaceError as exc:
        raise WorkspaceError("backup.not_workspace", name=backup.name, reason=_first_sentence(exc)) from None
    if not ok:
        raise WorkspaceError("backup.damaged", name=backup.name)
    if version < 1:
        raise WorkspaceError(
            "backup.not_workspace", name=backup.name, reason=Text("aucune donnée HOP'EN", "no HOP'EN data")
        )


def _first_sentence(exc: WorkspaceError) -> str:
    text = exc.text("fr")
    return text.split(" : ")[0].split(". ")[0].rstrip(".")


def restore_backup(workspace: Path, backup: Path) -> BackupInfo | None:
    """Replace the workspace's content by ``backup``'s, after backing up the current file.
    The workspace must not be open elsewhere. Returns the backup of the current file (None when
    there was no file). Anything but an intact workspace of a supported version is refused
    (``check_restorable``) with nothing changed."""
    workspace = Path(workspace)
    backup = Path(backup)
    check_restorable(backup)
    if os.path.lexists(workspace):
        fd = database.check_regular(workspace)  # damaged maybe, but a file: never a FIFO or a folder
        if fd is not None:
            os.close(fd)
    safety = _set_aside(workspace) if workspace.exists() else None
    # Copy into a new file beside the workspace, then swap it in atomically: the old file may be
    # damaged beyond what SQLite's backup API can write into.
    tmp = workspace.with_name(f".{workspace.name}.restauration")
    tmp.unlink(missing_ok=True)
    try:
        src = _probe(backup)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
            src.close()
    except (sqlite3.Error, OSError) as exc:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
        if _is_disk_full(exc):
            raise WorkspaceError("backup.disk_full", name=workspace.name) from exc
        raise WorkspaceError("backup.unreadable", name=backup.name, reason=exc) from exc
    for extra in ("-wal", "-shm"):
        Path(f"{workspace}{extra}").unlink(missing_ok=True)
    os.replace(tmp, workspace)
    return safety
