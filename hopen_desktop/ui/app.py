"""Start of the desktop application: ``hopen-desktop`` without a command."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from hopen_desktop import __version__
from hopen_desktop.model import paths


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName("HOPEN")
    app.setApplicationName("hopen-desktop")
    app.setApplicationDisplayName("HOP'EN Desktop")
    app.setApplicationVersion(__version__)
    return app


def initial_workspace(args: argparse.Namespace, last: Path | None) -> Path:
    """--workspace, else the last workspace used (when it still exists), else the default one."""
    if getattr(args, "workspace", None):
        return Path(args.workspace)
    if last is not None and last.exists():
        return last
    return paths.default_workspace_path()


def install_diagnostics(verbose: bool = False) -> None:
    """The log file (unless the command line configured it already) and the exception hook that
    shows unexpected errors in a dialog instead of a silent failure or an abort."""
    from hopen_desktop import diagnostics
    from hopen_desktop.ui import error_hook

    if not diagnostics.is_configured():
        diagnostics.configure(verbose=verbose)
    error_hook.install(QApplication.instance())


def run_gui(args: argparse.Namespace) -> int:
    from hopen_desktop.ui import geometry, tasks
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings
    from hopen_desktop.ui.translations import install_translators

    app = create_application()
    install_diagnostics(verbose=bool(getattr(args, "verbose", False)))
    settings = AppSettings()
    language = getattr(args, "lang", None) or settings.language()
    translators = install_translators(app, language)  # noqa: F841 — kept alive for the run
    geometry.install(app)  # every window and dialog opens within the available screen
    window = MainWindow(settings)
    if getattr(args, "demo", False):
        window.open_demo()
    else:
        window.open_workspace(initial_workspace(args, settings.last_workspace()))
    window.show()
    try:
        return int(app.exec())
    finally:
        geometry.uninstall(app)
        tasks.shutdown()
