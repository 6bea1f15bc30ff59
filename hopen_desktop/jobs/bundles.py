"""Audit bundle jobs (.hopen): writing a campaign's bundle and reading (verifying) one. Importing
a bundle read this way is the operation ``model.operations.imports.import_bundle``."""

from __future__ import annotations

from pathlib import Path

from hopen_desktop.jobs.common import Source
from hopen_desktop.model.exchange import ParsedCampaign
from hopen_desktop.model.workspace import Workspace


def export_bundle(source: Source, campaign_id: int, out: Path, password: str | None = None) -> Path:
    """Write the bundle of ``campaign_id`` (its answers, evidence and attached files) to ``out``,
    encrypted with ``password`` when one is given (age, decrypted in memory on import)."""
    from hopen_desktop.model.bundle import export_bundle as write_bundle

    if isinstance(source, Workspace):
        return write_bundle(source, campaign_id, Path(out), password)
    with Workspace.open(Path(source), create=False) as ws:  # in a pool thread: its own connection
        return write_bundle(ws, campaign_id, Path(out), password)


def is_encrypted_bundle(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted bundle (age): ask for its password before
    reading it (its first bytes only are read, fast enough for the GUI thread)."""
    from hopen_desktop.model.bundle_crypto import file_is_encrypted

    return file_is_encrypted(Path(path))


def read_bundle(path: Path, password: str | None = None) -> ParsedCampaign:
    """Read and verify the bundle at ``path`` (every member's SHA-256, sizes capped): nothing is
    written; ``BundleError`` with a French message when it is refused. An encrypted bundle needs
    ``password``: ``PasswordRequired`` (a ``BundleError``) without it, ``BundleError`` with the code
    ``bundle.wrong_password`` when it is wrong."""
    from hopen_desktop.model.bundle import read_bundle as parse_bundle

    return parse_bundle(Path(path), password)
