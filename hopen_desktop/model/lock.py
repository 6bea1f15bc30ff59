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
                f"L'espace de travail « {self.path.name.removesuffix('.lock')} » est déjà ouvert dans une autre "
                "fenêtre de HOP'EN Desktop. Fermez l'autre fenêtre, ou ouvrez-le en lecture seule.",
                read_only_possible=True,
            ) from None
        except OSError as exc:
            raise WorkspaceError(
                f"Impossible de verrouiller l'espace de travail ({exc.strerror}) : le dossier est peut-être en "
                "lecture seule. Ouvrez-le en lecture seule ou copiez-le dans un dossier où vous pouvez écrire.",
                read_only_possible=True,
            ) from None
        return self

    def release(self) -> None:
        self._lock.release()

    @property
    def is_locked(self) -> bool:
        return bool(self._lock.is_locked)
