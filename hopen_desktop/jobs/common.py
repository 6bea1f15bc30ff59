"""What every job shares: where it reads from, how it writes its output, how outputs are named."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.workspace import Workspace

#: What a job reads: the command line passes its open ``Workspace``; the window passes the
#: workspace's path and the job opens its own read-only connection (it runs in another thread).
Source = Workspace | Path

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@contextlib.contextmanager
def reading(source: Source) -> Iterator[Workspace]:
    """The workspace to read ``source`` through: itself, or a read-only connection of its own
    closed at the end."""
    if isinstance(source, Workspace):
        yield source
        return
    with Workspace.open(Path(source), read_only=True) as ws:
        yield ws


def write_output(out: Path, content: bytes, what: str | Text, error: type[HopenError] = HopenError) -> Path:
    """Write ``content`` atomically to ``out`` (a crash leaves the old file or the new one);
    a failure becomes ``error`` naming ``what`` (« le rapport », « le classeur »: a known French
    name is said in English too), in the current language."""
    from hopen_desktop.model.files import write_atomic
    from hopen_desktop.model.messages import OUTPUTS

    out = Path(out)
    try:
        write_atomic(out, content)
    except OSError as exc:
        named = OUTPUTS.get(what, what) if isinstance(what, str) else what
        raise error("output.write_failed", what=named, path=str(out), reason=exc.strerror or exc) from exc
    return out


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux."""
    cleaned = _FORBIDDEN.sub("-", text).strip(" .")
    return re.sub(r"\s+", " ", cleaned) or "rapport"


def default_report_name(establishment: str, date: dt.date, suffix: str = ".pdf", kind: str = "Rapport HOP'EN") -> str:
    return safe_file_name(f"{kind} - {establishment} - {date.isoformat()}") + suffix
