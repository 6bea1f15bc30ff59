"""The evidence register and its attached files (stored once per SHA-256 in ``blobs``)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hopen_desktop.model.database import is_record_id
from hopen_desktop.model.entities import Evidence, EvidenceFile, EvidenceLink
from hopen_desktop.model.errors import NotFoundError
from hopen_desktop.model.stores.base import Store, iso_date, json_column, now, to_json
from hopen_desktop.model.stores.sync import new_uuid


@dataclass(frozen=True)
class FileProblem:
    evidence_id: int
    evidence_title: str
    name: str
    expected_sha256: str
    actual_sha256: str


@dataclass(frozen=True)
class StoredFile:
    """An attached file's row (without its content)."""

    id: int
    evidence_id: int
    name: str
    sha256: str


class EvidenceStore(Store):
    def _items(self, where: str, params: Sequence[Any]) -> list[Evidence]:
        rows = self._rows(f"SELECT * FROM evidence WHERE {where} ORDER BY date DESC, id DESC", params)
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ",".join("?" * len(ids))
        files: dict[int, list[EvidenceFile]] = {}
        for f in self._rows(
            f"SELECT f.id, f.evidence_id, f.name, f.sha256, b.size FROM evidence_files f "
            f"JOIN blobs b ON b.sha256 = f.sha256 WHERE f.evidence_id IN ({marks}) ORDER BY f.id",
            ids,
        ):
            files.setdefault(f["evidence_id"], []).append(EvidenceFile(f["id"], f["name"], f["sha256"], f["size"]))
        links: dict[int, list[EvidenceLink]] = {}
        for link in self._rows(
            f"SELECT evidence_id, indicator, criterion FROM evidence_links WHERE evidence_id IN ({marks}) "
            "ORDER BY indicator, criterion",
            ids,
        ):
            links.setdefault(link["evidence_id"], []).append(EvidenceLink(link["indicator"], link["criterion"] or None))
        return self._decode(
            rows,
            lambda r: Evidence(
                id=r["id"],
                establishment_id=r["establishment_id"],
                type=r["type"],
                date=iso_date(r["date"]),
                title=r["title"],
                fields=json_column(r["fields"], dict),
                files=tuple(files.get(r["id"], ())),
                links=tuple(links.get(r["id"], ())),
            ),
        )

    def __call__(self, establishment_id: int) -> list[Evidence]:
        """The establishment's register, most recent first."""
        return self._items("establishment_id = ?", [establishment_id])

    def created_by(self, establishment_id: int, moment: str) -> list[Evidence]:
        """The establishment's register as it stood at ``moment`` (a ``created_at`` timestamp):
        the items recorded then (what a sealed campaign's report was drawn from)."""
        return self._items("establishment_id = ? AND created_at <= ?", [establishment_id, moment])

    def item(self, evidence_id: int) -> Evidence:
        found = self._items("id = ?", [evidence_id]) if is_record_id(evidence_id) else []
        if not found:
            raise NotFoundError("evidence.not_found", id=evidence_id)
        return found[0]

    def insert(
        self,
        establishment_id: int,
        evidence_type: str,
        date: dt.date,
        title: str,
        fields: dict[str, Any],
        uuid: str | None = None,
    ) -> int:
        return self._insert(
            "INSERT INTO evidence (establishment_id, type, date, title, fields, created_at, uuid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [establishment_id, evidence_type, date.isoformat(), title, to_json(fields), now(), uuid or new_uuid()],
        )

    def update(self, evidence_id: int, date: dt.date, title: str, fields: dict[str, Any]) -> None:
        self.db.execute(
            "UPDATE evidence SET date = ?, title = ?, fields = ? WHERE id = ?",
            [date.isoformat(), title, to_json(fields), evidence_id],
        )

    def add_links(self, evidence_id: int, links: Iterable[EvidenceLink]) -> None:
        for link in set(links):
            self.db.execute(
                "INSERT OR IGNORE INTO evidence_links (evidence_id, indicator, criterion) VALUES (?, ?, ?)",
                [evidence_id, link.indicator, link.criterion or ""],
            )

    def replace_links(self, evidence_id: int, links: Iterable[EvidenceLink]) -> None:
        self.db.execute("DELETE FROM evidence_links WHERE evidence_id = ?", [evidence_id])
        self.add_links(evidence_id, links)

    def delete(self, evidence_id: int) -> None:
        """Deletes its links and file rows with it; call ``purge_orphan_blobs`` afterwards."""
        self.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])

    # ---------------------------------------------------------------- files

    def store_blob(self, content: bytes) -> str:
        """Store ``content`` once (deduplicated by SHA-256); its fingerprint."""
        sha = hashlib.sha256(content).hexdigest()
        self.db.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, content) VALUES (?, ?, ?)", [sha, len(content), content]
        )
        return sha

    def insert_file(self, evidence_id: int, name: str, sha256: str, uuid: str | None = None) -> int:
        return self._insert(
            "INSERT INTO evidence_files (evidence_id, name, sha256, uuid) VALUES (?, ?, ?, ?)",
            [evidence_id, name, sha256, uuid or new_uuid()],
        )

    def file(self, file_id: int) -> StoredFile:
        r = (
            self._one("SELECT id, evidence_id, name, sha256 FROM evidence_files WHERE id = ?", [file_id])
            if is_record_id(file_id)
            else None
        )
        if r is None:
            raise NotFoundError("evidence_file.not_found", id=file_id)
        return StoredFile(r["id"], r["evidence_id"], r["name"], r["sha256"])

    def delete_file(self, file_id: int) -> None:
        """Call ``purge_orphan_blobs`` afterwards."""
        self.db.execute("DELETE FROM evidence_files WHERE id = ?", [file_id])

    def file_content(self, sha256: str) -> bytes:
        r = self._one("SELECT content FROM blobs WHERE sha256 = ?", [sha256])
        if r is None:
            raise NotFoundError("blob.not_found", sha256=sha256[:12])
        return bytes(r["content"])

    def purge_orphan_blobs(self) -> None:
        """Delete the contents no attached file refers to any more."""
        self.db.execute("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM evidence_files)")

    def verify_files(self) -> list[FileProblem]:
        """Recompute every stored file's SHA-256; the files whose content no longer matches."""
        problems: list[FileProblem] = []
        for r in self._rows(
            "SELECT f.evidence_id, e.title, f.name, f.sha256 FROM evidence_files f "
            "JOIN evidence e ON e.id = f.evidence_id ORDER BY f.id"
        ):
            blob = self._one("SELECT content FROM blobs WHERE sha256 = ?", [r["sha256"]])
            actual = hashlib.sha256(bytes(blob["content"])).hexdigest() if blob else "absent"
            if actual != r["sha256"]:
                problems.append(FileProblem(r["evidence_id"], r["title"], r["name"], r["sha256"], actual))
        return problems
