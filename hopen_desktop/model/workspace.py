"""The workspace: one SQLite file holding establishments, campaigns, answers, evidence, actions
and the change journal. Every user edit is one transaction and leaves a journal row.

Connections are per thread: open one ``Workspace`` per thread that uses it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import sqlite_utils

from hopen_desktop.model import database
from hopen_desktop.model.entities import (
    ACTION_STATUS_LABELS,
    Action,
    Answer,
    Campaign,
    Establishment,
    EstablishmentData,
    Evidence,
    EvidenceFile,
    EvidenceLink,
    JournalEntry,
)
from hopen_desktop.model.errors import NotFoundError, ValidationError, WorkspaceError
from hopen_desktop.model.lock import WorkspaceLock
from hopen_desktop.model.referential import Referential, load_referential
from hopen_desktop.model.scoring import CampaignScore, score_campaign
from hopen_desktop.model.settings import MAX_FILE_MB, Setting, check_setting
from hopen_desktop.model.validation import (
    check_activities,
    check_answer,
    check_evidence_fields,
    check_evidence_type,
    check_finess,
    check_legal_status,
    check_name,
    check_not_future,
)

GENESIS_HASH = "0" * 64


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def journal_row_hash(
    prev_hash: str,
    row_id: int,
    at: str,
    campaign_id: int | None,
    entity: str,
    key: str,
    old: str | None,
    new: str | None,
) -> str:
    """Hash of a journal row chained to the previous one: changing, removing or inserting a
    row outside the application breaks the chain from that row on."""
    payload = _json([prev_hash, row_id, at, campaign_id, entity, key, old, new])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class JournalProblem:
    row_id: int
    message: str


@dataclass(frozen=True)
class FileProblem:
    evidence_id: int
    evidence_title: str
    name: str
    expected_sha256: str
    actual_sha256: str


class Workspace:
    """The domain API over one workspace file."""

    def __init__(
        self, db: sqlite_utils.Database, path: Path, *, read_only: bool = False, lock: WorkspaceLock | None = None
    ) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._backup_thread: threading.Thread | None = None
        #: Why the backup taken at opening failed, if it did (the workspace is usable anyway).
        self.backup_error: Exception | None = None

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        read_only: bool = False,
        exclusive: bool = False,
        backup: bool = False,
    ) -> Workspace:
        """Open a workspace file.

        ``read_only`` never writes to the file. ``exclusive`` takes the per-workspace lock (one
        application window per workspace). ``backup`` copies the file into its backups folder:
        before anything else touches it when its schema is about to be upgraded, otherwise in a
        background thread reading a consistent snapshot (a workspace holding large attachments
        would otherwise keep the window from opening); ``close`` waits for it.
        """
        path = Path(path)
        if read_only:
            return cls(database.connect_read_only(path), path, read_only=True)
        if path.exists():
            database.check_header(path)
        lock = WorkspaceLock(path).acquire() if exclusive else None
        try:
            background = False
            if backup and path.exists() and path.stat().st_size > 0:
                from hopen_desktop.model.backup import create_backup

                if database.stored_schema_version(path) < database.SCHEMA_VERSION:
                    create_backup(path)  # before migrating
                else:
                    background = True
            workspace = cls(database.connect(path, create=create), path, lock=lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if background:
            workspace._start_backup()
        return workspace

    def _start_backup(self) -> None:
        from hopen_desktop.model.backup import create_backup

        def run() -> None:
            try:
                create_backup(self.path)
            except Exception as exc:  # reported through backup_error; never a crash of the thread
                self.backup_error = exc

        self._backup_thread = threading.Thread(target=run, name="hopen-backup", daemon=False)
        self._backup_thread.start()

    def backup_running(self) -> bool:
        """Whether the backup taken at opening is still being written."""
        return self._backup_thread is not None and self._backup_thread.is_alive()

    def wait_for_backup(self) -> None:
        """Wait for the backup taken at opening, if one is running."""
        if self._backup_thread is not None:
            self._backup_thread.join()
            self._backup_thread = None

    def close(self) -> None:
        self.wait_for_backup()
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.read_only:
            raise WorkspaceError(
                f"L'espace de travail « {self.path.name} » est ouvert en lecture seule : la modification n'a pas "
                "été enregistrée. Rouvrez-le normalement pour le modifier."
            )
        with self.db.atomic():
            yield

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # ------------------------------------------------------------------ journal

    def _journal(
        self,
        campaign_id: int | None,
        entity: str,
        key: str,
        old: Any,
        new: Any,
    ) -> None:
        """Append a journal row. Must be called inside the edit's transaction."""
        last = self._one("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1")
        prev_hash = last["hash"] if last else GENESIS_HASH
        row_id = (last["id"] if last else 0) + 1
        at = _now()
        old_s = None if old is None else _json(old)
        new_s = None if new is None else _json(new)
        digest = journal_row_hash(prev_hash, row_id, at, campaign_id, entity, key, old_s, new_s)
        self.db.execute(
            "INSERT INTO journal (id, at, campaign_id, entity, key, old, new, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row_id, at, campaign_id, entity, key, old_s, new_s, prev_hash, digest],
        )

    def journal(self, campaign_id: int | None = None, limit: int | None = None) -> list[JournalEntry]:
        sql = "SELECT id, at, campaign_id, entity, key, old, new FROM journal"
        params: list[Any] = []
        if campaign_id is not None:
            sql += " WHERE campaign_id = ?"
            params.append(campaign_id)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [JournalEntry(**r) for r in self._rows(sql, params)]

    def verify_journal(self) -> JournalProblem | None:
        """The first journal row changed, removed or inserted outside the application, or None."""
        prev_hash = GENESIS_HASH
        expected_id = 1
        for r in self.db.query("SELECT * FROM journal ORDER BY id"):
            if r["id"] != expected_id:
                return JournalProblem(
                    r["id"],
                    f"Ligne {expected_id} du journal supprimée (la ligne suivante porte le numéro {r['id']}).",
                )
            if r["prev_hash"] != prev_hash:
                return JournalProblem(
                    r["id"],
                    f"Ligne {r['id']} du journal : chaînage rompu (ligne insérée ou supprimée avant elle).",
                )
            digest = journal_row_hash(
                r["prev_hash"], r["id"], r["at"], r["campaign_id"], r["entity"], r["key"], r["old"], r["new"]
            )
            if digest != r["hash"]:
                return JournalProblem(r["id"], f"Ligne {r['id']} du journal modifiée hors de l'application.")
            prev_hash = r["hash"]
            expected_id += 1
        return None

    # ------------------------------------------------------------------ establishments

    @staticmethod
    def _establishment(r: dict[str, Any]) -> Establishment:
        return Establishment(
            id=r["id"],
            finess=r["finess"],
            name=r["name"],
            legal_status=r["legal_status"],
            activities=tuple(json.loads(r["activities"])),
            ght=r["ght"] or None,
            ght_support=bool(r["ght_support"]),
        )

    def establishments(self) -> list[Establishment]:
        rows = self._rows("SELECT * FROM establishments ORDER BY name COLLATE NOCASE, id")
        return [self._establishment(r) for r in rows]

    def establishment(self, establishment_id: int) -> Establishment:
        r = self._one("SELECT * FROM establishments WHERE id = ?", [establishment_id])
        if r is None:
            raise NotFoundError(f"Établissement n° {establishment_id} introuvable dans cet espace de travail.")
        return self._establishment(r)

    def establishment_by_finess(self, finess: str) -> Establishment | None:
        r = self._one("SELECT * FROM establishments WHERE finess = ?", [finess])
        return self._establishment(r) if r else None

    @staticmethod
    def _check_establishment(data: EstablishmentData) -> EstablishmentData:
        ght = (data.ght or "").strip() or None
        if data.ght_support and not ght:
            raise ValidationError("Un établissement support de GHT doit appartenir à un GHT : saisissez le nom du GHT.")
        return EstablishmentData(
            finess=check_finess(data.finess),
            name=check_name(data.name, "Le nom de l'établissement"),
            legal_status=check_legal_status(data.legal_status),
            activities=check_activities(list(data.activities)),
            ght=ght,
            ght_support=data.ght_support,
        )

    def _establishment_row(self, data: EstablishmentData) -> dict[str, Any]:
        return {
            "finess": data.finess,
            "name": data.name,
            "legal_status": data.legal_status,
            "activities": _json(list(data.activities)),
            "ght": data.ght,
            "ght_support": int(data.ght_support),
        }

    def _finess_taken(self, finess: str, except_id: int | None = None) -> None:
        other = self.establishment_by_finess(finess)
        if other is not None and other.id != except_id:
            raise ValidationError(f"Le FINESS {finess} est déjà celui de « {other.name} » dans cet espace de travail.")

    def add_establishment(self, data: EstablishmentData) -> Establishment:
        data = self._check_establishment(data)
        with self.transaction():
            self._finess_taken(data.finess)
            row = {**self._establishment_row(data), "created_at": _now()}
            cur = self.db.execute(
                "INSERT INTO establishments (finess, name, legal_status, activities, ght, ght_support, "
                "created_at) VALUES (:finess, :name, :legal_status, :activities, :ght, :ght_support, :created_at)",
                row,
            )
            new_id = int(cur.lastrowid or 0)
            self._journal(None, "establishment", str(new_id), None, self._establishment_row(data))
        return self.establishment(new_id)

    def update_establishment(self, establishment_id: int, data: EstablishmentData) -> Establishment:
        data = self._check_establishment(data)
        with self.transaction():
            old = self.establishment(establishment_id)
            self._finess_taken(data.finess, except_id=establishment_id)
            old_row = self._establishment_row(
                EstablishmentData(old.finess, old.name, old.legal_status, old.activities, old.ght, old.ght_support)
            )
            new_row = self._establishment_row(data)
            self.db.execute(
                "UPDATE establishments SET finess = :finess, name = :name, legal_status = :legal_status, "
                "activities = :activities, ght = :ght, ght_support = :ght_support WHERE id = :id",
                {**new_row, "id": establishment_id},
            )
            self._journal(None, "establishment", str(establishment_id), old_row, new_row)
        return self.establishment(establishment_id)

    def delete_establishment(self, establishment_id: int) -> None:
        with self.transaction():
            old = self.establishment(establishment_id)
            self.db.execute("DELETE FROM establishments WHERE id = ?", [establishment_id])
            self._purge_orphan_blobs()
            self._journal(None, "establishment", str(establishment_id), {"name": old.name}, None)

    # ------------------------------------------------------------------ campaigns

    @staticmethod
    def _campaign(r: dict[str, Any]) -> Campaign:
        return Campaign(
            id=r["id"],
            establishment_id=r["establishment_id"],
            date=dt.date.fromisoformat(r["date"]),
            referential_id=r["referential"],
            referential_version=r["referential_version"],
            auditor=r["auditor"],
            hn_d2_d3_attained=bool(r["hn_d2_d3_attained"]),
        )

    def campaigns(self, establishment_id: int | None = None) -> list[Campaign]:
        if establishment_id is None:
            rows = self._rows("SELECT * FROM campaigns ORDER BY date DESC, id DESC")
        else:
            rows = self._rows(
                "SELECT * FROM campaigns WHERE establishment_id = ? ORDER BY date DESC, id DESC",
                [establishment_id],
            )
        return [self._campaign(r) for r in rows]

    def campaign(self, campaign_id: int) -> Campaign:
        r = self._one("SELECT * FROM campaigns WHERE id = ?", [campaign_id])
        if r is None:
            raise NotFoundError(
                f"Campagne n° {campaign_id} introuvable dans cet espace de travail. "
                "Vérifiez le numéro (la commande « score » ou la liste des campagnes les donne)."
            )
        return self._campaign(r)

    def add_campaign(
        self,
        establishment_id: int,
        date: dt.date,
        referential_id: str,
        auditor: str = "",
        hn_d2_d3_attained: bool = False,
    ) -> Campaign:
        check_not_future(date, "La date de la campagne")
        ref = load_referential(referential_id)
        with self.transaction():
            self.establishment(establishment_id)
            cur = self.db.execute(
                "INSERT INTO campaigns (establishment_id, date, referential, referential_version, auditor, "
                "hn_d2_d3_attained, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    establishment_id,
                    date.isoformat(),
                    ref.id,
                    ref.version,
                    auditor.strip(),
                    int(hn_d2_d3_attained),
                    _now(),
                ],
            )
            new_id = int(cur.lastrowid or 0)
            self._journal(
                new_id,
                "campaign",
                str(new_id),
                None,
                {"date": date.isoformat(), "referential": ref.id, "auditor": auditor.strip()},
            )
        return self.campaign(new_id)

    def update_campaign(
        self,
        campaign_id: int,
        *,
        date: dt.date | None = None,
        auditor: str | None = None,
        hn_d2_d3_attained: bool | None = None,
    ) -> Campaign:
        with self.transaction():
            old = self.campaign(campaign_id)
            new = replace(
                old,
                date=check_not_future(date, "La date de la campagne") if date is not None else old.date,
                auditor=auditor.strip() if auditor is not None else old.auditor,
                hn_d2_d3_attained=old.hn_d2_d3_attained if hn_d2_d3_attained is None else hn_d2_d3_attained,
            )
            self.db.execute(
                "UPDATE campaigns SET date = ?, auditor = ?, hn_d2_d3_attained = ? WHERE id = ?",
                [new.date.isoformat(), new.auditor, int(new.hn_d2_d3_attained), campaign_id],
            )
            fields = ("date", "auditor", "hn_d2_d3_attained")
            before = {f: str(getattr(old, f)) for f in fields if getattr(old, f) != getattr(new, f)}
            after = {f: str(getattr(new, f)) for f in before}
            if before:
                self._journal(campaign_id, "campaign", str(campaign_id), before, after)
        return new

    def copy_campaign(self, campaign_id: int, date: dt.date, auditor: str | None = None) -> Campaign:
        """A new campaign of the same establishment starting from the answers of ``campaign_id``."""
        source = self.campaign(campaign_id)
        with self.transaction():
            new = self.add_campaign(
                source.establishment_id,
                date,
                source.referential_id,
                source.auditor if auditor is None else auditor,
                source.hn_d2_d3_attained,
            )
            self.db.execute(
                "INSERT INTO answers (campaign_id, indicator, numerator, denominator, not_applicable, "
                "justification, comment) SELECT ?, indicator, numerator, denominator, not_applicable, "
                "justification, comment FROM answers WHERE campaign_id = ?",
                [new.id, campaign_id],
            )
            self.db.execute(
                "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) "
                "SELECT ?, indicator, criterion, met FROM criterion_answers WHERE campaign_id = ?",
                [new.id, campaign_id],
            )
            self._journal(new.id, "campaign", str(new.id), None, {"copied_from": campaign_id})
        return new

    def delete_campaign(self, campaign_id: int) -> None:
        with self.transaction():
            old = self.campaign(campaign_id)
            self.db.execute("DELETE FROM campaigns WHERE id = ?", [campaign_id])
            self._journal(campaign_id, "campaign", str(campaign_id), {"date": old.date.isoformat()}, None)

    def latest_campaign(self, establishment_id: int) -> Campaign | None:
        found = self.campaigns(establishment_id)
        return found[0] if found else None

    def referential_of(self, campaign: Campaign) -> Referential:
        return load_referential(campaign.referential_id)

    # ------------------------------------------------------------------ answers

    def answers(self, campaign_id: int) -> dict[str, Answer]:
        criteria: dict[str, dict[str, bool]] = {}
        for r in self.db.query(
            "SELECT indicator, criterion, met FROM criterion_answers WHERE campaign_id = ?", [campaign_id]
        ):
            criteria.setdefault(r["indicator"], {})[r["criterion"]] = bool(r["met"])
        result: dict[str, Answer] = {}
        for r in self.db.query("SELECT * FROM answers WHERE campaign_id = ?", [campaign_id]):
            result[r["indicator"]] = Answer(
                indicator=r["indicator"],
                numerator=r["numerator"],
                denominator=r["denominator"],
                not_applicable=bool(r["not_applicable"]),
                justification=r["justification"],
                comment=r["comment"],
                criteria=criteria.pop(r["indicator"], {}),
            )
        for indicator, crit in criteria.items():  # criteria ticked without an answers row
            result[indicator] = Answer(indicator=indicator, criteria=crit)
        return result

    def answer(self, campaign_id: int, indicator: str) -> Answer:
        return self.answers(campaign_id).get(indicator, Answer(indicator=indicator))

    def save_answer(self, campaign_id: int, answer: Answer) -> Answer:
        """Store ``answer`` in one transaction with its journal rows; returns the previous answer
        (give it back to ``save_answer`` to undo)."""
        campaign = self.campaign(campaign_id)
        answer = check_answer(self.referential_of(campaign), answer)
        with self.transaction():
            old = self.answer(campaign_id, answer.indicator)
            self._write_answer(campaign_id, answer)
            self._journal_answer(campaign_id, old, answer)
        return old

    def _write_answer(self, campaign_id: int, answer: Answer) -> None:
        self.db.execute(
            "DELETE FROM criterion_answers WHERE campaign_id = ? AND indicator = ?",
            [campaign_id, answer.indicator],
        )
        self.db.execute(
            "INSERT INTO answers (campaign_id, indicator, numerator, denominator, not_applicable, justification, "
            "comment) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, indicator) DO UPDATE SET "
            "numerator = excluded.numerator, denominator = excluded.denominator, "
            "not_applicable = excluded.not_applicable, justification = excluded.justification, "
            "comment = excluded.comment",
            [
                campaign_id,
                answer.indicator,
                answer.numerator,
                answer.denominator,
                int(answer.not_applicable),
                answer.justification,
                answer.comment,
            ],
        )
        for cid, met in sorted(answer.criteria.items()):
            self.db.execute(
                "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) VALUES (?, ?, ?, ?)",
                [campaign_id, answer.indicator, cid, int(met)],
            )

    def _journal_answer(self, campaign_id: int, old: Answer, new: Answer) -> None:
        for name in ("numerator", "denominator", "not_applicable", "justification", "comment"):
            before, after = getattr(old, name), getattr(new, name)
            if before != after:
                self._journal(campaign_id, "answer", f"{new.indicator}.{name}", before, after)
        for cid in sorted(set(old.criteria) | set(new.criteria)):
            before_c, after_c = old.criteria.get(cid), new.criteria.get(cid)
            if before_c != after_c:
                self._journal(campaign_id, "criterion", cid, before_c, after_c)

    # ------------------------------------------------------------------ evidence

    def _evidence_rows(self, where: str, params: Sequence[Any]) -> list[Evidence]:
        rows = self._rows(f"SELECT * FROM evidence WHERE {where} ORDER BY date DESC, id DESC", params)
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ",".join("?" * len(ids))
        files: dict[int, list[EvidenceFile]] = {}
        for f in self.db.query(
            f"SELECT f.id, f.evidence_id, f.name, f.sha256, b.size FROM evidence_files f "
            f"JOIN blobs b ON b.sha256 = f.sha256 WHERE f.evidence_id IN ({marks}) ORDER BY f.id",
            ids,
        ):
            files.setdefault(f["evidence_id"], []).append(EvidenceFile(f["id"], f["name"], f["sha256"], f["size"]))
        links: dict[int, list[EvidenceLink]] = {}
        for link in self.db.query(
            f"SELECT evidence_id, indicator, criterion FROM evidence_links WHERE evidence_id IN ({marks}) "
            "ORDER BY indicator, criterion",
            ids,
        ):
            links.setdefault(link["evidence_id"], []).append(EvidenceLink(link["indicator"], link["criterion"] or None))
        return [
            Evidence(
                id=r["id"],
                establishment_id=r["establishment_id"],
                type=r["type"],
                date=dt.date.fromisoformat(r["date"]),
                title=r["title"],
                fields=json.loads(r["fields"]),
                files=tuple(files.get(r["id"], ())),
                links=tuple(links.get(r["id"], ())),
            )
            for r in rows
        ]

    def evidence(self, establishment_id: int) -> list[Evidence]:
        return self._evidence_rows("establishment_id = ?", [establishment_id])

    def evidence_item(self, evidence_id: int) -> Evidence:
        found = self._evidence_rows("id = ?", [evidence_id])
        if not found:
            raise NotFoundError(f"Preuve n° {evidence_id} introuvable.")
        return found[0]

    def _check_evidence(
        self, evidence_type: str, date: dt.date, title: str, fields: dict[str, Any]
    ) -> tuple[str, dt.date, str, dict[str, Any]]:
        evidence_type = check_evidence_type(evidence_type)
        check_not_future(date, "La date de la preuve")
        try:
            title = check_name(title, "Le titre de la preuve")
        except ValidationError as exc:
            raise ValidationError(exc.message, field="title") from None
        return evidence_type, date, title, check_evidence_fields(evidence_type, fields)

    def add_evidence(
        self,
        establishment_id: int,
        evidence_type: str,
        date: dt.date,
        title: str,
        fields: dict[str, Any] | None = None,
        links: Iterable[EvidenceLink] = (),
    ) -> Evidence:
        evidence_type, date, title, checked = self._check_evidence(evidence_type, date, title, fields or {})
        with self.transaction():
            self.establishment(establishment_id)
            cur = self.db.execute(
                "INSERT INTO evidence (establishment_id, type, date, title, fields, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [establishment_id, evidence_type, date.isoformat(), title, _json(checked), _now()],
            )
            new_id = int(cur.lastrowid or 0)
            self._write_links(new_id, links)
            self._journal(
                None,
                "evidence",
                str(new_id),
                None,
                {"type": evidence_type, "date": date.isoformat(), "title": title},
            )
        return self.evidence_item(new_id)

    def update_evidence(
        self,
        evidence_id: int,
        *,
        date: dt.date,
        title: str,
        fields: dict[str, Any],
        links: Iterable[EvidenceLink] | None = None,
    ) -> Evidence:
        old = self.evidence_item(evidence_id)
        _, date, title, checked = self._check_evidence(old.type, date, title, fields)
        with self.transaction():
            self.db.execute(
                "UPDATE evidence SET date = ?, title = ?, fields = ? WHERE id = ?",
                [date.isoformat(), title, _json(checked), evidence_id],
            )
            if links is not None:
                self.db.execute("DELETE FROM evidence_links WHERE evidence_id = ?", [evidence_id])
                self._write_links(evidence_id, links)
            self._journal(
                None,
                "evidence",
                str(evidence_id),
                {"date": old.date.isoformat(), "title": old.title, "fields": old.fields},
                {"date": date.isoformat(), "title": title, "fields": checked},
            )
        return self.evidence_item(evidence_id)

    def _write_links(self, evidence_id: int, links: Iterable[EvidenceLink]) -> None:
        for link in set(links):
            self.db.execute(
                "INSERT OR IGNORE INTO evidence_links (evidence_id, indicator, criterion) VALUES (?, ?, ?)",
                [evidence_id, link.indicator, link.criterion or ""],
            )

    def delete_evidence(self, evidence_id: int) -> None:
        with self.transaction():
            old = self.evidence_item(evidence_id)
            self.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
            self._purge_orphan_blobs()
            self._journal(None, "evidence", str(evidence_id), {"title": old.title, "date": old.date.isoformat()}, None)

    def attach_bytes(self, evidence_id: int, name: str, content: bytes, max_bytes: int | None = None) -> EvidenceFile:
        """Store ``content`` (deduplicated by SHA-256) and attach it to the evidence."""
        name = Path(name).name.strip()
        if not name:
            raise ValidationError("Le fichier joint doit avoir un nom.")
        if max_bytes is None:
            max_bytes = self.max_file_bytes
        if len(content) > max_bytes:
            raise _file_too_big(name, len(content), max_bytes)
        sha = hashlib.sha256(content).hexdigest()
        with self.transaction():
            self.evidence_item(evidence_id)
            self.db.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, content) VALUES (?, ?, ?)",
                [sha, len(content), content],
            )
            cur = self.db.execute(
                "INSERT INTO evidence_files (evidence_id, name, sha256) VALUES (?, ?, ?)",
                [evidence_id, name, sha],
            )
            file_id = int(cur.lastrowid or 0)
            self._journal(
                None,
                "evidence_file",
                str(file_id),
                None,
                {"evidence": evidence_id, "name": name, "sha256": sha},
            )
        return EvidenceFile(file_id, name, sha, len(content))

    def check_attachment(self, path: Path, max_bytes: int | None = None) -> int:
        """Check that a file can be attached (readable, within the limit) before any item exists;
        returns its size. Raises the same ValidationError as ``attach_path``."""
        if max_bytes is None:
            max_bytes = self.max_file_bytes
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

    def attach_path(self, evidence_id: int, path: Path, max_bytes: int | None = None) -> EvidenceFile:
        """Attach a file from disk; refused when above the limit (the workspace setting by default)
        or unreadable."""
        if max_bytes is None:
            max_bytes = self.max_file_bytes
        path = Path(path)
        self.check_attachment(path, max_bytes)
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise _unreadable(path, exc) from exc
        return self.attach_bytes(evidence_id, path.name, content, max_bytes)

    def detach_file(self, file_id: int) -> None:
        with self.transaction():
            r = self._one("SELECT * FROM evidence_files WHERE id = ?", [file_id])
            if r is None:
                raise NotFoundError(f"Fichier joint n° {file_id} introuvable.")
            self.db.execute("DELETE FROM evidence_files WHERE id = ?", [file_id])
            self._purge_orphan_blobs()
            self._journal(None, "evidence_file", str(file_id), {"name": r["name"], "sha256": r["sha256"]}, None)

    def file_content(self, sha256: str) -> bytes:
        r = self._one("SELECT content FROM blobs WHERE sha256 = ?", [sha256])
        if r is None:
            raise NotFoundError(f"Contenu du fichier {sha256[:12]}… introuvable dans l'espace de travail.")
        return bytes(r["content"])

    def _purge_orphan_blobs(self) -> None:
        self.db.execute("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM evidence_files)")

    def verify_files(self) -> list[FileProblem]:
        """Recompute every stored file's SHA-256; the files whose content no longer matches."""
        problems: list[FileProblem] = []
        for r in self.db.query(
            "SELECT f.evidence_id, e.title, f.name, f.sha256 FROM evidence_files f "
            "JOIN evidence e ON e.id = f.evidence_id ORDER BY f.id"
        ):
            blob = self._one("SELECT content FROM blobs WHERE sha256 = ?", [r["sha256"]])
            actual = hashlib.sha256(bytes(blob["content"])).hexdigest() if blob else "absent"
            if actual != r["sha256"]:
                problems.append(FileProblem(r["evidence_id"], r["title"], r["name"], r["sha256"], actual))
        return problems

    # ------------------------------------------------------------------ actions

    @staticmethod
    def _action(r: dict[str, Any]) -> Action:
        return Action(
            id=r["id"],
            establishment_id=r["establishment_id"],
            campaign_id=r["campaign_id"],
            indicator=r["indicator"],
            criterion=r["criterion"],
            title=r["title"],
            owner=r["owner"],
            due_date=dt.date.fromisoformat(r["due_date"]) if r["due_date"] else None,
            status=r["status"],
            notes=r["notes"],
        )

    def actions(self, establishment_id: int) -> list[Action]:
        rows = self._rows(
            "SELECT * FROM actions WHERE establishment_id = ? ORDER BY due_date IS NULL, due_date, id",
            [establishment_id],
        )
        return [self._action(r) for r in rows]

    def action(self, action_id: int) -> Action:
        r = self._one("SELECT * FROM actions WHERE id = ?", [action_id])
        if r is None:
            raise NotFoundError(f"Action n° {action_id} introuvable.")
        return self._action(r)

    @staticmethod
    def _check_action(title: str, status: str) -> str:
        if status not in ACTION_STATUS_LABELS:
            raise ValidationError(f"Statut d'action inconnu « {status} ».")
        return check_name(title, "Le titre de l'action")

    def add_action(
        self,
        establishment_id: int,
        *,
        title: str,
        owner: str = "",
        due_date: dt.date | None = None,
        status: str = "a_faire",
        notes: str = "",
        indicator: str | None = None,
        criterion: str | None = None,
        campaign_id: int | None = None,
    ) -> Action:
        title = self._check_action(title, status)
        with self.transaction():
            self.establishment(establishment_id)
            cur = self.db.execute(
                "INSERT INTO actions (establishment_id, campaign_id, indicator, criterion, title, owner, due_date, "
                "status, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    establishment_id,
                    campaign_id,
                    indicator,
                    criterion,
                    title,
                    owner.strip(),
                    due_date.isoformat() if due_date else None,
                    status,
                    notes,
                    _now(),
                ],
            )
            new_id = int(cur.lastrowid or 0)
            self._journal(campaign_id, "action", str(new_id), None, {"title": title, "status": status})
        return self.action(new_id)

    def update_action(
        self, action_id: int, *, title: str, owner: str, due_date: dt.date | None, status: str, notes: str
    ) -> Action:
        title = self._check_action(title, status)
        with self.transaction():
            old = self.action(action_id)
            self.db.execute(
                "UPDATE actions SET title = ?, owner = ?, due_date = ?, status = ?, notes = ? WHERE id = ?",
                [title, owner.strip(), due_date.isoformat() if due_date else None, status, notes, action_id],
            )
            self._journal(
                old.campaign_id,
                "action",
                str(action_id),
                {
                    "title": old.title,
                    "owner": old.owner,
                    "status": old.status,
                    "due_date": old.due_date.isoformat() if old.due_date else None,
                },
                {
                    "title": title,
                    "owner": owner.strip(),
                    "status": status,
                    "due_date": due_date.isoformat() if due_date else None,
                },
            )
        return self.action(action_id)

    def delete_action(self, action_id: int) -> None:
        with self.transaction():
            old = self.action(action_id)
            self.db.execute("DELETE FROM actions WHERE id = ?", [action_id])
            self._journal(old.campaign_id, "action", str(action_id), {"title": old.title}, None)

    # ------------------------------------------------------------------ settings

    def setting(self, setting: Setting) -> int:
        r = self._one("SELECT value FROM settings WHERE key = ?", [setting.key])
        if r is None:
            return setting.default
        try:
            return check_setting(setting, json.loads(r["value"]))
        except (ValueError, ValidationError):
            return setting.default

    def set_setting(self, setting: Setting, value: int) -> None:
        value = check_setting(setting, value)
        with self.transaction():
            old = self.setting(setting)
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [setting.key, _json(value)],
            )
            self._journal(None, "setting", setting.key, old, value)

    @property
    def max_file_bytes(self) -> int:
        return self.setting(MAX_FILE_MB) * 1024 * 1024

    # ------------------------------------------------------------------ scoring

    def score(self, campaign_id: int) -> CampaignScore:
        campaign = self.campaign(campaign_id)
        establishment = self.establishment(campaign.establishment_id)
        return score_campaign(
            self.referential_of(campaign),
            self.answers(campaign_id),
            self.evidence(establishment.id),
            campaign_date=campaign.date,
            in_ght=establishment.in_ght,
            hn_d2_d3_attained=campaign.hn_d2_d3_attained,
        )


def _unreadable(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(
        f"Le fichier « {path.name} » est illisible ({exc.strerror}). Vérifiez qu'il existe et que "
        "vous avez le droit de le lire.",
        field="file",
    )


def _file_too_big(name: str, size: int, max_bytes: int) -> ValidationError:
    return ValidationError(
        f"Le fichier « {name} » fait {size / 1_048_576:.1f} Mo, au-delà de la limite de "
        f"{max_bytes / 1_048_576:.0f} Mo. Réduisez-le (PDF compressé, extrait) ou relevez la limite "
        "dans les préférences. Rien n'a été enregistré.",
        field="file",
    )
