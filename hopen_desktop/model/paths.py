"""Where user data lives. Resolved once: --data-dir flag, then HOPEN_DATA_DIR, then platformdirs.

Nothing is created at import time; callers create folders when they write.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "hopen-desktop"
APP_AUTHOR = "HOPEN"
DEFAULT_WORKSPACE_NAME = "espace-de-travail.hopen.sqlite"
DEMO_WORKSPACE_NAME = "demo.hopen.sqlite"

LOGS_FOLDER_NAME = "journaux"

_override: Path | None = None
_log_override: Path | None = None


def set_data_dir(path: Path | None) -> None:
    """Set by the --data-dir command-line flag (and by tests)."""
    global _override
    _override = path


def set_log_dir(path: Path | None) -> None:
    """Set by tests, so that no run writes a log into the user's real folders."""
    global _log_override
    _log_override = path


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get("HOPEN_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_workspace_path() -> Path:
    return data_dir() / DEFAULT_WORKSPACE_NAME


def demo_workspace_path() -> Path:
    return data_dir() / DEMO_WORKSPACE_NAME


def identities_dir() -> Path:
    """Password-protected PKCS#12 signing identities created in the app."""
    return data_dir() / "identites"


def approved_signers_path() -> Path:
    """The book of approved signers: the certificates whose signatures the user accepts (JSON)."""
    return data_dir() / "signataires-approuves.json"


def log_dir() -> Path:
    """The diagnostics log folder: inside the data folder when --data-dir or HOPEN_DATA_DIR says
    where data goes (tests, portable use), else the system's user log folder (platformdirs)."""
    if _log_override is not None:
        return _log_override
    if _override is not None or os.environ.get("HOPEN_DATA_DIR"):
        return data_dir() / LOGS_FOLDER_NAME
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
