"""The command line. A stable contract: names, exit codes and JSON shapes are relied on by scripts.

Exit codes: 0 success; 1 a check found a problem (verify-*); 2 bad input or refusal, with one
French message on stderr and the workspace left exactly as it was.

``common`` holds what every command shares (registry, output, opening the workspace with the
lock for writers); ``commands`` the workspace commands; ``report_commands`` the report, signing
and Excel commands. Commands that change a workspace run the same operations as the window
(``model/operations``) and hold the workspace lock while they do.

Heavy modules are imported inside the commands so that starting the GUI stays fast.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from pathlib import Path

from hopen_desktop import __version__
from hopen_desktop.cli import commands, report_commands
from hopen_desktop.cli.commands import score_document, truncated_percent
from hopen_desktop.cli.common import COMMANDS, EXIT_OK, EXIT_PROBLEM, EXIT_REFUSED, add_author_option, err, out

__all__ = ["EXIT_OK", "EXIT_PROBLEM", "EXIT_REFUSED", "build_parser", "main", "score_document", "truncated_percent"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hopen-desktop",
        description="HOP'EN Desktop — autodiagnostic HOP'EN hors ligne. Sans commande : ouvre la fenêtre.",
    )
    parser.add_argument("--version", action="version", version=f"hopen-desktop {__version__}")
    parser.add_argument("--workspace", "-w", metavar="FICHIER", help="espace de travail à ouvrir")
    parser.add_argument("--data-dir", metavar="DOSSIER", help="dossier des données (défaut : dossier utilisateur)")
    parser.add_argument("--demo", action="store_true", help="ouvre (ou recrée) l'espace de démonstration")
    parser.add_argument("--lang", choices=["fr", "en"], help="langue de l'interface")
    add_author_option(parser)
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="journal de diagnostic détaillé, écrit dans le dossier des journaux et sur la sortie d'erreur",
    )
    # Smoke tests of installers: open the window, report it, quit after the given milliseconds.
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")
    commands.add_commands(sub)
    report_commands.add_commands(sub)
    return parser


# ---------------------------------------------------------------------------- entry point


def _preload_domain() -> None:
    """Import the Qt-free layer before PySide6: once PySide6 is imported, it inspects the source
    of every module imported after it (its __feature__ import hook), which made importing the
    domain layer and sqlite_utils ~60 ms slower at start-up."""
    import filelock  # noqa: F401  (the workspace lock, taken when the window opens the workspace)

    import hopen_desktop.model.backup
    import hopen_desktop.model.reminders
    import hopen_desktop.model.workspace  # noqa: F401


def _quit_after(milliseconds: int) -> None:
    """Create the application now and quit it after ``milliseconds``, printing the visible windows
    (run_gui reuses the existing QApplication)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def report_and_quit() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowTitle():
                out(f"fenêtre : {widget.windowTitle()}")
        app.quit()

    QTimer.singleShot(milliseconds, report_and_quit)


def _log_refusal(exc: BaseException) -> None:
    """A refusal in the diagnostics log, when one is configured (``--verbose``): its type and code,
    never its message (it may quote what the user typed)."""
    import logging

    logging.getLogger("hopen_desktop").debug(
        "refused: %s %s", type(exc).__name__, getattr(exc, "code", None) or "(sans code)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    import sqlite3

    from hopen_desktop.model.errors import HopenError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        from hopen_desktop.model.paths import set_data_dir

        set_data_dir(Path(args.data_dir))
    if args.verbose and args.command is not None:  # the window configures its own log (ui/app.py)
        from hopen_desktop import diagnostics

        diagnostics.configure(verbose=True, console=True)
    if args.command is None:
        _preload_domain()
        from hopen_desktop.ui.app import run_gui

        if args.quit_after is not None:
            _quit_after(args.quit_after)
        return int(run_gui(args))
    try:
        return COMMANDS[args.command](args)
    except HopenError as exc:
        _log_refusal(exc)
        err(exc.message)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        err("Interrompu.")
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except sqlite3.Error as exc:  # the workspace failed under a command: what it means, never a traceback
        from hopen_desktop.cli.common import workspace_path
        from hopen_desktop.model.database import translate_error

        _log_refusal(exc)
        err(translate_error(exc, workspace_path(args).name).message)
        return EXIT_REFUSED
    except OSError as exc:  # a file to write or read: a French message, never a traceback
        _log_refusal(exc)
        where = f" « {exc.filename} »" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            err(
                f"Disque plein : écriture impossible{where}. Rien d'autre n'a été modifié. Libérez de la "
                "place sur le disque (ou choisissez un autre emplacement), puis recommencez."
            )
            return EXIT_REFUSED
        err(f"Opération impossible sur le fichier{where} : {exc.strerror or exc}. Vérifiez le chemin et les droits.")
        return EXIT_REFUSED
