"""Sub-commands of the reports package (report, verify, export-xlsx, import-xlsx)."""

from __future__ import annotations

from typing import Any


def add_commands(sub: Any) -> None:
    """Add the sub-parsers of this package (none yet)."""
