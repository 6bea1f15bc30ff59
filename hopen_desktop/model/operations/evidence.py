"""The evidence register: items, their links to indicators, and their attached files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Evidence, EvidenceFile, EvidenceLink
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.sealing import check_evidence_editable, check_file_detachable
from hopen_desktop.model.stores.journal import evidence_record, file_record
from hopen_desktop.model.validation import (
    check_evidence_fields,
    check_evidence_type,
    check_name,
    check_not_future,
)
from hopen_desktop.model.value_rules import check_text

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def _changed(evidence_id: int, establishment_id: int) -> Changes:
    return Changes(evidence=frozenset({evidence_id}), evidence_of=frozenset({establishment_id}))


def _check_evidence(
    evidence_type: str, date: dt.date, title: str, fields: dict[str, Any]
) -> tuple[str, dt.date, str, dict[str, Any]]:
    evidence_type = check_evidence_type(evidence_type)
    check_not_future(date, "La date de la preuve")
    try:
        title = check_name(title, "Le titre de la preuve")
    except ValidationError as exc:
        raise exc.at("title") from None
    return evidence_type, date, title, check_evidence_fields(evidence_type, fields)


def add_evidence(
    ws: Workspace,
    establishment_id: int,
    evidence_type: str,
    date: dt.date,
    title: str,
    fields: dict[str, Any] | None = None,
    links: Iterable[EvidenceLink] = (),
    *,
    uuid: str | None = None,
) -> Outcome[Evidence]:
    """Raises ValidationError (with ``.field`` when known); nothing is written then. ``uuid``: the
    sender's, for an import or a merge."""
    evidence_type, date, title, checked = _check_evidence(evidence_type, date, title, fields or {})
    with ws.transaction():
        ws.establishments.get(establishment_id)
        new_id = ws.evidence.insert(establishment_id, evidence_type, date, title, checked, uuid)
        ws.evidence.add_links(new_id, links)
        ws.journal.append(
            None, "evidence", str(new_id), None, {"type": evidence_type, "date": date.isoformat(), "title": title}
        )
    return Outcome(ws.evidence.item(new_id), _changed(new_id, establishment_id))


def update_evidence(
    ws: Workspace,
    evidence_id: int,
    *,
    date: dt.date,
    title: str,
    fields: dict[str, Any],
    links: Iterable[EvidenceLink] | None = None,
) -> Outcome[Evidence]:
    """Its links are replaced when ``links`` is given."""
    check_evidence_editable(ws, evidence_id)
    old = ws.evidence.item(evidence_id)
    _, date, title, checked = _check_evidence(old.type, date, title, fields)
    with ws.transaction():
        ws.evidence.update(evidence_id, date, title, checked)
        if links is not None:
            ws.evidence.replace_links(evidence_id, links)
        ws.journal.append(
            None,
            "evidence",
            str(evidence_id),
            {"date": old.date.isoformat(), "title": old.title, "fields": old.fields},
            {"date": date.isoformat(), "title": title, "fields": checked},
        )
    return Outcome(ws.evidence.item(evidence_id), _changed(evidence_id, old.establishment_id))


def delete_evidence(ws: Workspace, evidence_id: int) -> Outcome[None]:
    check_evidence_editable(ws, evidence_id)
    with ws.transaction():
        old = ws.evidence.item(evidence_id)
        record = evidence_record(old.establishment_id, evidence_id)
        removed = ws.journal.removed_with(record)  # its files' rows (ON DELETE CASCADE)
        ws.evidence.delete(evidence_id)
        ws.evidence.purge_orphan_blobs()
        ws.journal.append(
            None, "evidence", str(evidence_id), {"title": old.title, "date": old.date.isoformat()}, None, record=record
        )
        ws.journal.append_removed(removed)
    return Outcome(None, _changed(evidence_id, old.establishment_id))


def check_file_name(name: str) -> str:
    """An attached file's name without its folders, within the rules of every text (255 characters)."""
    what = Text("Le nom du fichier joint", "The attached file's name")
    return check_text(Path(name).name, what, "file", max_length=255)


def attach_bytes(
    ws: Workspace,
    evidence_id: int,
    name: str,
    content: bytes,
    max_bytes: int | None = None,
    *,
    uuid: str | None = None,
) -> Outcome[EvidenceFile]:
    """Store ``content`` (deduplicated by SHA-256) and attach it to the evidence."""
    check_evidence_editable(ws, evidence_id)
    name = check_file_name(name)
    if not name:
        raise ValidationError("attachment.no_name", field="file")
    if max_bytes is None:
        max_bytes = ws.max_file_bytes
    if len(content) > max_bytes:
        raise _file_too_big(name, len(content), max_bytes)
    with ws.transaction():
        item = ws.evidence.item(evidence_id)
        sha = ws.evidence.store_blob(content)
        file_id = ws.evidence.insert_file(evidence_id, name, sha, uuid)
        ws.journal.append(
            None, "evidence_file", str(file_id), None, {"evidence": evidence_id, "name": name, "sha256": sha}
        )
    return Outcome(EvidenceFile(file_id, name, sha, len(content)), _changed(evidence_id, item.establishment_id))


def check_attachment(ws: Workspace, path: Path, max_bytes: int | None = None) -> int:
    """Check that a file can be attached (readable, within the limit) before any item exists;
    returns its size. Raises the same ValidationError as ``attach_path``. Writes nothing."""
    if max_bytes is None:
        max_bytes = ws.max_file_bytes
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if size > max_bytes:
        raise _file_too_big(path.name, size, max_bytes)
    return size


def attach_path(ws: Workspace, evidence_id: int, path: Path, max_bytes: int | None = None) -> Outcome[EvidenceFile]:
    """Attach a file from disk; refused when above the limit (the workspace setting by default)
    or unreadable."""
    check_evidence_editable(ws, evidence_id)
    if max_bytes is None:
        max_bytes = ws.max_file_bytes
    path = Path(path)
    check_attachment(ws, path, max_bytes)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    return attach_bytes(ws, evidence_id, path.name, content, max_bytes)


def detach_file(ws: Workspace, file_id: int) -> Outcome[None]:
    check_file_detachable(ws, file_id)
    with ws.transaction():
        stored = ws.evidence.file(file_id)
        item = ws.evidence.item(stored.evidence_id)
        ws.evidence.delete_file(file_id)
        ws.evidence.purge_orphan_blobs()
        ws.journal.append(
            None,
            "evidence_file",
            str(file_id),
            {"name": stored.name, "sha256": stored.sha256},
            None,
            record=file_record(item.establishment_id, stored.evidence_id, file_id),
        )
    return Outcome(None, _changed(stored.evidence_id, item.establishment_id))


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return ValidationError("attachment.unreadable", field="file", name=path.name, reason=exc.strerror)


def _file_too_big(name: str, size: int, max_bytes: int) -> ValidationError:
    # The sizes keep the digits shown since the first version (« 1.4 Mo »), in both languages.
    return ValidationError(
        "attachment.too_big",
        field="file",
        name=name,
        size=f"{size / 1_048_576:.1f}",
        limit=f"{max_bytes / 1_048_576:.0f}",
    )
