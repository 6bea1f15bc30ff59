"""One writer per workspace (a window, or a command that writes): an OS-level lock beside the
file, released by the system even when the process is killed."""

from __future__ import annotations

from pathlib import Path

from hopen_desktop.model.errors import WorkspaceError


class WorkspaceBusyError(WorkspaceError):
    """Another window or command holds the workspace's lock."""


class WorkspaceLock:
    """``timeout``: seconds to wait for another holder to let go (0: refuse at once)."""

    def __init__(self, workspace: Path, timeout: float = 0) -> None:
        from filelock import FileLock

        self.path = Path(f"{workspace}.lock")
        self._lock = FileLock(str(self.path), timeout=timeout)

    def acquire(self) -> WorkspaceLock:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout:
            raise WorkspaceBusyError(
                "workspace.locked", read_only_possible=True, name=self.path.name.removesuffix(".lock")
            ) from None
        except OSError as exc:
            raise WorkspaceError("workspace.lock_failed", read_only_possible=True, reason=exc.strerror) from None
        return self

    def release(self) -> None:
        self._lock.release()

    @property
    def is_locked(self) -> bool:
        return bool(self._lock.is_locked)
