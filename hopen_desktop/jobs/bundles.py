"""Audit bundle jobs (.hopen): writing a campaign's bundle and reading (verifying) one. Importing
a bundle read this way is the operation ``model.operations.imports.import_bundle``."""

from __future__ import annotations

from pathlib import Path

from hopen_desktop.jobs.common import Source
from hopen_desktop.model.exchange import ParsedCampaign
from hopen_desktop.model.workspace import Workspace


def export_bundle(source: Source, campaign_id: int, out: Path) -> Path:
    """Write the bundle of ``campaign_id`` (its answers, evidence and attached files) to ``out``."""
    from hopen_desktop.model.bundle import export_bundle as write_bundle

    if isinstance(source, Workspace):
        return write_bundle(source, campaign_id, Path(out))
    with Workspace.open(Path(source), create=False) as ws:  # in a pool thread: its own connection
        return write_bundle(ws, campaign_id, Path(out))


def read_bundle(path: Path) -> ParsedCampaign:
    """Read and verify the bundle at ``path`` (every member's SHA-256, sizes capped): nothing is
    written; ``BundleError`` with a French message when it is refused."""
    from hopen_desktop.model.bundle import read_bundle as parse_bundle

    return parse_bundle(Path(path))
