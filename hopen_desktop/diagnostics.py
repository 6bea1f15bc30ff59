"""Diagnostics, Qt-free: the standard ``logging`` of the ``hopen_desktop`` package written to a
rotating file in the user log folder (model/paths.py: ``log_dir()``).

What may be logged: ids, codes, counts, file names of the application's own folders, exception
types and tracebacks. Never an answer's text, a comment, a password, a key, or the message of an
exception (it may quote what the user typed): ``RedactingFormatter`` writes a traceback's frames
and each exception's type (and its ``code`` when it has one), never its message.

    diagnostics.configure(verbose=args.verbose, console=args.verbose)   # once, at start
    log = logging.getLogger(__name__)                                   # in any module
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TextIO

LOGGER_NAME = "hopen_desktop"
LOG_FILE_NAME = "hopen-desktop.log"
#: One file of at most MAX_BYTES, and BACKUP_COUNT older ones (hopen-desktop.log.1 …).
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def describe_exception(exc: BaseException) -> str:
    """``module.Type`` plus ``[code]`` when the exception carries a code: never its message."""
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    code = getattr(exc, "code", None)
    if isinstance(code, str | int) and not isinstance(code, bool):
        name += f" [{code}]"
    errno = getattr(exc, "errno", None)
    if isinstance(exc, OSError) and errno is not None:
        name += f" (errno {errno})"
    return name


def format_exception(exc: BaseException) -> str:
    """The traceback of ``exc`` and of the exceptions it was raised from, each ending with its
    type only (``describe_exception``)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    parts: list[str] = []
    for n, item in enumerate(reversed(chain)):
        if n:
            parts.append("\nRaised while handling the exception above:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        parts.append(describe_exception(item) + "\n")
    return "".join(parts).rstrip("\n")


class RedactingFormatter(logging.Formatter):
    """Tracebacks without exception messages (see the module's docstring)."""

    def formatException(self, ei: object) -> str:  # noqa: N802 (logging's name)
        if isinstance(ei, tuple) and len(ei) == 3 and isinstance(ei[1], BaseException):
            return format_exception(ei[1])
        return ""

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 (logging's name)
        return stack_info


class _OurHandler:
    """Marks the handlers installed by ``configure`` (replaced when it is called again)."""


class _RotatingFile(logging.handlers.RotatingFileHandler, _OurHandler):
    pass


class _Console(logging.StreamHandler[TextIO], _OurHandler):
    pass


_log_file: Path | None = None
_configured = False


def log_file() -> Path | None:
    """The file being written, or None (not configured, or the folder cannot be written)."""
    return _log_file


def is_configured() -> bool:
    return _configured


def expected_log_file() -> Path:
    """Where the log goes (shown to the user even when it could not be created)."""
    from hopen_desktop.model import paths

    return paths.log_dir() / LOG_FILE_NAME


def configure(verbose: bool = False, *, console: bool = False, folder: Path | None = None) -> Path | None:
    """Send the package's log to the rotating file (INFO and above; DEBUG with ``verbose``), and
    to stderr too with ``console``. Calling it again replaces what it installed. A folder that
    cannot be written leaves the file out (never a failure to start); returns the file or None."""
    global _log_file, _configured
    logger = logging.getLogger(LOGGER_NAME)
    shutdown()
    _configured = True
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = RedactingFormatter(FORMAT)
    path = (folder if folder is not None else expected_log_file().parent) / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _RotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as exc:
        _log_file = None
        sys.stderr.write(f"Journal de diagnostic impossible à créer dans « {path.parent} » ({exc.strerror}).\n")
    else:
        handler.setFormatter(formatter)
        logger.addHandler(handler)
        _log_file = path
    if console:
        stream = _Console(sys.stderr)
        stream.setFormatter(formatter)
        logger.addHandler(stream)
    from hopen_desktop import __version__

    logger.info("hopen-desktop %s, Python %s, %s", __version__, sys.version.split()[0], sys.platform)
    return _log_file


def shutdown() -> None:
    """Remove (and close) the handlers ``configure`` installed."""
    global _log_file, _configured
    _configured = False
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        if isinstance(handler, _OurHandler):
            logger.removeHandler(handler)
            handler.close()
    _log_file = None


def log_unexpected(exc_info: ExcInfo, where: str) -> None:
    """Write an exception nobody handled (the exception hook's first step)."""
    logging.getLogger(f"{LOGGER_NAME}.errors").error("unexpected error in %s", where, exc_info=exc_info)
