"""What every command shares: the command registry, output, exit codes, opening the workspace
(with the workspace lock for the commands that write).

Exit codes: 0 success; 1 a check found a problem (verify-*); 2 bad input or refusal, with one
French message on stderr and the workspace left exactly as it was.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from hopen_desktop.model import messages
from hopen_desktop.model.errors import WorkspaceError

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_REFUSED = 2

#: How long a command that writes waits for another window or command to let go of the workspace.
LOCK_WAIT_SECONDS = 5.0
#: The French refusal of a busy workspace (code "workspace.busy"), as the command line prints it.
BUSY_MESSAGE = messages.CATALOGUE["workspace.busy"].fr

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    """Register the function running the sub-command ``name``."""

    def register(func: Command) -> Command:
        COMMANDS[name] = func
        return func

    return register


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text.rstrip() + "\n")


def workspace_path(args: argparse.Namespace) -> Path:
    from hopen_desktop.model.paths import default_workspace_path

    return Path(args.workspace) if getattr(args, "workspace", None) else default_workspace_path()


def open_workspace(args: argparse.Namespace, *, create: bool = False, write: bool = False) -> Workspace:
    """The workspace of ``args``.

    Readers open it read-only: they never write to it nor migrate it, so they work on a read-only
    file or folder and while a window has the workspace open, and they take no lock. Commands that
    write (``write``) take the workspace lock, as a window does, waiting ``LOCK_WAIT_SECONDS`` for
    another holder, and refuse a read-only workspace; the file is backed up just before the first
    write, never for a command refused before it writes. A backup that fails is said on stderr
    (the change is still made, as in the window)."""
    from hopen_desktop.model.lock import WorkspaceBusyError
    from hopen_desktop.model.workspace import Workspace

    path = workspace_path(args)
    if not write:
        return Workspace.open(path, read_only=True)
    author = author_of(args)  # refused before anything is opened or created
    try:
        ws = Workspace.open(
            path, create=create, backup=True, backup_before_write=True, exclusive=True, lock_timeout=LOCK_WAIT_SECONDS
        )
    except WorkspaceBusyError:
        raise WorkspaceError("workspace.busy") from None
    ws.on_backup_failed = lambda exc: err(
        WorkspaceError("workspace.backup_failed_warning", name=path.name, reason=exc.message).message
    )
    ws.journal.author = author
    return ws


#: The environment variable naming the author of the changes a command makes (when ``--author``
#: is not given).
AUTHOR_VARIABLE = "HOPEN_AUTHOR"


def author_of(args: argparse.Namespace) -> str | None:
    """Who makes the changes of this command, written on each journal row: ``--author NOM``, or
    the environment variable HOPEN_AUTHOR; None when neither is given. A name that is not a
    one-line text of at most 300 characters is refused (``ValidationError``)."""
    import os

    from hopen_desktop.model.validation import check_author

    given = getattr(args, "author", None)
    if given is None:
        given = os.environ.get(AUTHOR_VARIABLE)
    return check_author(given)


def add_workspace_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workspace",
        "-w",
        metavar="FICHIER",
        default=argparse.SUPPRESS,
        help="espace de travail (par défaut : celui du dossier de données de l'utilisateur)",
    )
    add_author_option(p, default=argparse.SUPPRESS)


def add_author_option(p: argparse.ArgumentParser, default: object = None) -> None:
    p.add_argument(
        "--author",
        metavar="NOM",
        default=default,
        help="votre nom, inscrit sur chaque ligne du journal des modifications "
        f"(par défaut : la variable d'environnement {AUTHOR_VARIABLE})",
    )
