"""Writing and reading user files safely.

Every file the application writes for the user (report, export, workbook, bundle, a saved
attachment, a certificate) goes through ``write_atomic``; it refuses any target that is not a
plain file it may replace: a symbolic link (replacing it would not write where it points), a
directory, a device or a FIFO (``/dev/stdout`` as root would be replaced by a plain file), and any
SQLite database with its ``-wal``, ``-shm`` or ``-journal`` companions (a workspace or one of its
backups: a mistyped ``--out`` must never destroy months of work).
"""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path

from hopen_desktop.model import messages
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text

SQLITE_HEADER = b"SQLite format 3\x00"
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
_umask_lock = threading.Lock()


def current_umask() -> int:
    """The process's file-creation mask (read by setting it and putting it back)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` is a readable regular file starting with SQLite's header."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_output_path(path: Path) -> None:
    """Refuse (``ValidationError`` with a code, field "out") a target that must not be replaced."""
    path = Path(path)
    try:
        info = os.lstat(path)
    except OSError:  # absent, or a parent that is not a folder: writing will say why
        info = None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise ValidationError("output.symlink", field="out", path=path)
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError("output.directory", field="out", path=path)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError("output.not_regular", field="out", path=path)
        if is_sqlite_file(path):
            raise ValidationError("output.database", field="out", path=path)
    for suffix in _SQLITE_COMPANIONS:
        if path.name.endswith(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if is_sqlite_file(base):
                raise ValidationError("output.database_companion", field="out", path=path, base=base.name)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and os.replace,
    so that a crash leaves either the old file or the new one, never half of one. The target is
    checked first (``check_output_path``) and again just before it is replaced; the file gets the
    permissions of any new file of the user (the umask), not the temporary file's 0600."""
    path = Path(path)
    check_output_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~current_umask())
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        check_output_path(path)  # it may have become a link or a database while we wrote
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def open_regular_input(path: Path) -> int:
    """Open ``path`` for reading and return the descriptor, refusing (``ValidationError``) at
    once anything but a regular file: a FIFO would block forever, a directory or a device
    (``/dev/zero``) has no end. The file is opened without blocking and checked on the open
    descriptor, so it cannot be swapped between the check and the read."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        code = "input.dangling_link" if path.is_symlink() else "input.missing"
        raise ValidationError(code, field="path", path=path) from exc
    except IsADirectoryError as exc:
        raise ValidationError("input.directory", field="path", path=path) from exc
    except OSError as exc:
        raise ValidationError("input.unreadable", field="path", path=path, reason=exc.strerror or str(exc)) from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        what = messages.A_FOLDER if stat.S_ISDIR(info.st_mode) else messages.NOT_A_REGULAR_FILE
        raise ValidationError("input.not_regular", field="path", path=path, what=what)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def read_regular_file(path: Path, max_bytes: int, what: Text = messages.FILE) -> bytes:
    """The content of the regular file ``path``, refused (``ValidationError``) when it is not a
    regular file or holds more than ``max_bytes`` — counted while reading, never trusting the size
    the file system announces (``what`` names the file in the message, e.g. « Le paquet »)."""
    fd = open_regular_input(path)
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValidationError(
            "input.too_big", field="path", what=what, name=Path(path).name, limit=max_bytes // (1024 * 1024)
        )
    return data
