"""The change journal: hash-chained rows, each naming the record it changed and that record's
content hash after the change — so that the journal describes the data, and a change made
outside the application (a direct edit of the SQLite file) is found and named.

Each row names its record (``record``: a path such as ``e1/c2/a/P1.3``, see ``model/records.py``).
A record's ``state`` is the SHA-256 of its canonical content (every column, as sorted JSON)
after the transaction, or "" when it no longer exists. ``append`` buffers; the workspace's
transaction flushes the buffer when a block succeeds (``buffering``), so that each row carries
the state its record has once the edit is complete.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from hopen_desktop.model.entities import JournalEntry
from hopen_desktop.model.i18n import Text, resolve
from hopen_desktop.model.records import (
    ANSWER_FIELDS,
    BASELINE,
    GENESIS_HASH,
    RecordNames,
    action_record,
    answer_record,
    campaign_record,
    content_state,
    criterion_record,
    establishment_record,
    evidence_content,
    evidence_record,
    file_record,
    journal_row_hash,
    parse_record,
    read_records,
    setting_record,
    write_baseline,
)
from hopen_desktop.model.stores.base import Store, now, to_json
from hopen_desktop.model.stores.sync import SyncStore, kind_of, uuid_of_content

__all__ = [
    "ANSWER_FIELDS",
    "BASELINE",
    "GENESIS_HASH",
    "JournalCheck",
    "JournalProblem",
    "JournalStore",
    "RemovedRecord",
    "cause_text",
    "action_record",
    "answer_record",
    "campaign_record",
    "content_state",
    "criterion_record",
    "establishment_record",
    "evidence_record",
    "file_record",
    "journal_row_hash",
    "setting_record",
]


@dataclass(frozen=True)
class JournalProblem:
    """A problem found by the check. ``kind``: "chain" (a journal row changed, removed or
    inserted), "data" (a record changed, added or removed without a journal row: ``record``
    names it) or "anchor" (the journal does not reach a report's seal).

    ``message`` is French (the command line, the PDF report); ``text()`` is the sentence in the
    current language, for the window."""

    row_id: int
    message: str
    kind: str = "chain"
    record: str | None = None
    #: The same sentence in English ("" when only the French is known).
    english: str = ""

    def text(self, language: str | None = None) -> str:
        """The problem in ``language`` (default: the current language)."""
        return self.english if resolve(language) == "en" and self.english else self.message


@dataclass(frozen=True)
class JournalCheck:
    """What ``JournalStore.check`` verified: ``rows`` chained rows, ``records`` records compared
    with their latest journal state, and every problem found."""

    rows: int
    records: int
    problems: tuple[JournalProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RemovedRecord:
    """A record about to be removed with its parent (ON DELETE CASCADE) or changed by it
    (ON DELETE SET NULL), read before the delete: the row that will say so."""

    record: str
    campaign_id: int | None
    entity: str
    key: str
    old: Any
    new: Any = None
    #: Why it changed, in French, for the history (« supprimée avec la campagne »): stored as
    #: such in the row (it is hashed); ``cause_text`` shows it in the current language.
    cause: str = ""


# Why a record went with its parent, in the journal row's French and for the window in English.
_WITH_CAMPAIGN = Text("supprimée avec la campagne", "deleted with the campaign")
_WITH_CAMPAIGN_M = Text("supprimé avec la campagne", "deleted with the campaign")
_WITH_EVIDENCE_M = Text("supprimé avec la preuve", "deleted with the evidence")
_WITH_EST = Text("supprimée avec l'établissement", "deleted with the establishment")
_WITH_EST_M = Text("supprimé avec l'établissement", "deleted with the establishment")
_DETACHED = Text("détachée de la campagne supprimée", "detached from the deleted campaign")
_PREDECESSOR_GONE = Text("sa version précédente a été supprimée", "its previous version was deleted")
CAUSES: dict[str, Text] = {
    t.fr: t
    for t in (_WITH_CAMPAIGN, _WITH_CAMPAIGN_M, _WITH_EVIDENCE_M, _WITH_EST, _WITH_EST_M, _DETACHED, _PREDECESSOR_GONE)
}


def cause_text(stored: str, language: str | None = None) -> str:
    """A cause as a journal row stores it (French), in ``language`` (default: the current one);
    an unknown one as stored."""
    known = CAUSES.get(stored)
    return known.text(language) if known is not None else stored


@dataclass
class _Pending:
    at: str
    campaign_id: int | None
    entity: str
    key: str
    old: str | None
    new: str | None
    record: str | None
    author: str | None = None


def _fr_date(text: Any) -> str:
    if isinstance(text, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f"{text[8:10]}/{text[5:7]}/{text[0:4]}"
    return str(text)


class JournalStore(Store):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: list[_Pending] = []
        self._depth = 0
        #: Who is making the changes (the « Votre nom » preference of the window, ``--author`` or
        #: HOPEN_AUTHOR on the command line): written on every row appended from now on, and
        #: covered by its hash. None (or "") writes rows without an author, as before schema 0006.
        self.author: str | None = None
        #: The version vectors the flush moves on (``ws.sync`` is the same store).
        self.sync = SyncStore(*args, **kwargs)

    def __call__(self, campaign_id: int | None = None, limit: int | None = None) -> list[JournalEntry]:
        """The journal, most recent row first (of one campaign when ``campaign_id`` is given)."""
        sql = "SELECT id, at, campaign_id, entity, key, old, new, record, state, author FROM journal"
        params: list[Any] = []
        if campaign_id is not None:
            sql += " WHERE campaign_id = ?"
            params.append(campaign_id)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [JournalEntry(**r) for r in self._rows(sql, params)]

    # ------------------------------------------------------------------ writing

    def append(
        self, campaign_id: int | None, entity: str, key: str, old: Any, new: Any, *, record: str | None = None
    ) -> None:
        """Append a journal row (buffered until the transaction's block succeeds). Must be
        called inside the edit's transaction, after the change. ``record`` names the record when
        the caller knows it (a record removed by a cascade); otherwise it is found at the flush
        from ``entity`` and ``key``."""
        self._pending.append(
            _Pending(
                now(),
                campaign_id,
                entity,
                key,
                None if old is None else to_json(old),
                None if new is None else to_json(new),
                record,
                self.author.strip() or None if self.author else None,
            )
        )
        if self._depth == 0:
            self.flush()

    def append_removed(self, removed: Iterable[RemovedRecord]) -> None:
        """One row per record removed (or detached) by a cascade, read by ``removed_with``
        before the delete. Its ``new`` says why (« supprimée avec la campagne »)."""
        for r in removed:
            new = {**r.new, "cause": r.cause} if isinstance(r.new, dict) else {"cause": r.cause}
            self.append(r.campaign_id, r.entity, r.key, r.old, new if r.cause else r.new, record=r.record)

    @contextmanager
    def buffering(self) -> Iterator[None]:
        """One block of a transaction: its rows are written when it succeeds, dropped when it
        fails. The caller flushes the enclosing block's rows before opening it (outside its
        savepoint, so that a failure of this block does not take them away)."""
        if self._pending:
            raise RuntimeError("journal rows of the enclosing block not flushed")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._pending.clear()  # every row buffered since the block began is its own
            raise
        finally:
            self._depth -= 1
        self.flush()

    def flush(self) -> None:
        """Write the buffered rows: each names its record and that record's state now."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        resolver = _Resolver(self)
        records = [p.record if p.record is not None else resolver.record_of(p) for p in pending]
        contents = {r: self.content(r) for r in dict.fromkeys(records) if r is not None}
        states = {r: content_state(c) for r, c in contents.items()}
        row_id, prev_hash = self.head()
        for p, record in zip(pending, records, strict=True):
            row_id += 1
            state = states[record] if record is not None else None
            digest = journal_row_hash(
                prev_hash, row_id, p.at, p.campaign_id, p.entity, p.key, p.old, p.new, record, state, p.author
            )
            self.db.execute(
                "INSERT INTO journal (id, at, campaign_id, entity, key, old, new, prev_hash, hash, record, state, "
                "author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    row_id,
                    p.at,
                    p.campaign_id,
                    p.entity,
                    p.key,
                    p.old,
                    p.new,
                    prev_hash,
                    digest,
                    record,
                    state,
                    p.author,
                ],
            )
            prev_hash = digest
        # Each record written moves its version vector on (model/stores/sync.py): a merge tells
        # "changed here since we last met" from it.
        last = {record: p for p, record in zip(pending, records, strict=True) if record is not None}
        for record, content in contents.items():
            kind = kind_of(record)
            if kind is not None:
                p = last[record]
                self.sync.touch(record, uuid_of_content(kind, content), p.at, p.author)

    def write_baseline(self) -> int:
        """A row for every record (schema step 0002: the records written before the journal named
        them), chained after the existing rows; the number of rows written."""
        self.flush()
        return write_baseline(self.db)

    def origin(self) -> str:
        """The hash of the journal's first row (GENESIS_HASH for an empty journal): it differs
        from one workspace to another (the row's timestamp is in it), so a report's seal records it
        to tell "another workspace" from "this workspace's history rewritten"."""
        first = self._one("SELECT hash FROM journal ORDER BY id LIMIT 1")
        return str(first["hash"]) if first else GENESIS_HASH

    def head(self) -> tuple[int, str]:
        """The id and hash of the journal's last row: ``(0, GENESIS_HASH)`` for an empty journal.
        A report's seal records it, as an anchor of the history outside the workspace file."""
        last = self._one("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1")
        return (int(last["id"]), str(last["hash"])) if last else (0, GENESIS_HASH)

    # ------------------------------------------------------------------ records

    def record_of(self, entity: str, key: str, campaign_id: int | None = None) -> str | None:
        """The path of the record a row of ``entity`` and ``key`` is about (None: not a record)."""
        return _Resolver(self).record_of(_Pending("", campaign_id, entity, key, None, None, None))

    def content(self, record: str) -> Any:
        """The canonical content of one record, read now (None when it does not exist)."""
        if record.startswith("s/"):
            return self._one("SELECT * FROM settings WHERE key = ?", [record[2:]], checked=False)
        m = parse_record(record)
        if m is None or m["est"] == "?":
            return None
        est = int(m["est"])
        if m["campaign"] is not None:
            camp = int(m["campaign"])
            if m["answer"] is not None:
                return self._one(
                    "SELECT a.* FROM answers a JOIN campaigns c ON c.id = a.campaign_id "
                    "WHERE a.campaign_id = ? AND a.indicator = ? AND c.establishment_id = ?",
                    [camp, m["answer"], est],
                    checked=False,
                )
            if m["criterion"] is not None:
                return self._one(
                    "SELECT k.* FROM criterion_answers k JOIN campaigns c ON c.id = k.campaign_id "
                    "WHERE k.campaign_id = ? AND k.criterion = ? AND c.establishment_id = ?",
                    [camp, m["criterion"], est],
                    checked=False,
                )
            return self._one(
                "SELECT * FROM campaigns WHERE id = ? AND establishment_id = ?", [camp, est], checked=False
            )
        if m["evidence"] is not None:
            ev = int(m["evidence"])
            row = self._one("SELECT * FROM evidence WHERE id = ? AND establishment_id = ?", [ev, est], checked=False)
            if row is None:
                return None
            if m["file"] is not None:
                return self._one(
                    "SELECT * FROM evidence_files WHERE id = ? AND evidence_id = ?", [int(m["file"]), ev], checked=False
                )
            links = self._rows(
                "SELECT indicator, criterion FROM evidence_links WHERE evidence_id = ?", [ev], checked=False
            )
            return evidence_content(row, [(r["indicator"], r["criterion"]) for r in links])
        if m["action"] is not None:
            return self._one(
                "SELECT * FROM actions WHERE id = ? AND establishment_id = ?", [int(m["action"]), est], checked=False
            )
        return self._one("SELECT * FROM establishments WHERE id = ?", [est], checked=False)

    def state(self, record: str) -> str:
        """The state of one record now: the SHA-256 of its content, "" when it does not exist."""
        return content_state(self.content(record))

    def _current(self) -> tuple[dict[str, tuple[Any, int | None]], RecordNames]:
        """Every record in the tables: its content and campaign, and the names messages use."""
        return read_records(lambda sql: self._rows(sql, checked=False))

    def current_states(self) -> dict[str, tuple[str, int | None]]:
        """Every record in the tables: its state and its campaign."""
        current, _ = self._current()
        return {record: (content_state(content), campaign) for record, (content, campaign) in current.items()}

    def removed_with(self, record: str) -> list[RemovedRecord]:
        """The records a delete of ``record`` (an establishment, a campaign, an evidence item)
        removes or changes by cascade, read before the delete: their rows for ``append_removed``."""
        m = parse_record(record)
        if m is None or m["est"] == "?":
            return []
        est = int(m["est"])
        if m["campaign"] is None and m["evidence"] is None and m["action"] is None:
            return self._establishment_children(est)
        if m["campaign"] is not None and m["answer"] is None and m["criterion"] is None:
            c = int(m["campaign"])
            return [
                *self.campaign_children(est, c, _WITH_CAMPAIGN.fr, _WITH_CAMPAIGN_M.fr),
                *self._detached_actions(c),
                *self._successors([c]),
            ]
        if m["evidence"] is not None and m["file"] is None:
            return self._evidence_children(est, int(m["evidence"]), _WITH_EVIDENCE_M.fr)
        return []

    def _establishment_children(self, est: int) -> list[RemovedRecord]:
        with_est, with_est_m = _WITH_EST.fr, _WITH_EST_M.fr
        out: list[RemovedRecord] = []
        campaigns = self._rows("SELECT id, date FROM campaigns WHERE establishment_id = ? ORDER BY id", [est])
        for c in campaigns:
            out.append(
                RemovedRecord(
                    campaign_record(est, c["id"]),
                    c["id"],
                    "campaign",
                    str(c["id"]),
                    {"date": c["date"]},
                    None,
                    with_est,
                )
            )
            out += self.campaign_children(est, c["id"], with_est, with_est_m)
        for e in self._rows("SELECT id, title, date FROM evidence WHERE establishment_id = ? ORDER BY id", [est]):
            out.append(
                RemovedRecord(
                    evidence_record(est, e["id"]),
                    None,
                    "evidence",
                    str(e["id"]),
                    {"title": e["title"], "date": e["date"]},
                    None,
                    with_est,
                )
            )
            out += self._evidence_children(est, e["id"], with_est_m)
        for a in self._rows("SELECT id, campaign_id, title FROM actions WHERE establishment_id = ? ORDER BY id", [est]):
            out.append(
                RemovedRecord(
                    action_record(est, a["id"]),
                    a["campaign_id"],
                    "action",
                    str(a["id"]),
                    {"title": a["title"]},
                    None,
                    with_est,
                )
            )
        return out + self._successors([c["id"] for c in campaigns])

    def campaign_children(self, est: int, campaign: int, cause: str = "", cause_m: str = "") -> list[RemovedRecord]:
        """The answers and ticked criteria of a campaign, as rows removing them (``old``: their content)."""
        out = [
            RemovedRecord(
                answer_record(est, campaign, r["indicator"]),
                campaign,
                "answer",
                r["indicator"],
                {f: r[f] for f in ANSWER_FIELDS},
                None,
                cause,
            )
            for r in self._rows("SELECT * FROM answers WHERE campaign_id = ? ORDER BY indicator", [campaign])
        ]
        out += [
            RemovedRecord(
                criterion_record(est, campaign, r["criterion"]),
                campaign,
                "criterion",
                r["criterion"],
                bool(r["met"]),
                None,
                cause_m,
            )
            for r in self._rows(
                "SELECT criterion, met FROM criterion_answers WHERE campaign_id = ? ORDER BY criterion", [campaign]
            )
        ]
        return out

    def _detached_actions(self, campaign: int) -> list[RemovedRecord]:
        """Actions of a deleted campaign (ON DELETE SET NULL): kept, detached from it."""
        return [
            RemovedRecord(
                action_record(r["establishment_id"], r["id"]),
                campaign,
                "action",
                str(r["id"]),
                {"title": r["title"], "campaign": campaign},
                {"title": r["title"], "campaign": None},
                _DETACHED.fr,
            )
            for r in self._rows(
                "SELECT id, establishment_id, title FROM actions WHERE campaign_id = ? ORDER BY id", [campaign]
            )
        ]

    def _successors(self, campaigns: list[int]) -> list[RemovedRecord]:
        """Campaigns naming a deleted campaign as predecessor (ON DELETE SET NULL), kept."""
        if not campaigns:
            return []
        marks = ",".join("?" * len(campaigns))
        return [
            RemovedRecord(
                campaign_record(r["establishment_id"], r["id"]),
                r["id"],
                "campaign",
                str(r["id"]),
                {"predecessor": r["predecessor_id"]},
                {"predecessor": None},
                _PREDECESSOR_GONE.fr,
            )
            for r in self._rows(
                f"SELECT id, establishment_id, predecessor_id FROM campaigns WHERE predecessor_id IN ({marks}) "
                f"AND id NOT IN ({marks}) ORDER BY id",
                [*campaigns, *campaigns],
                checked=False,
            )
        ]

    def _evidence_children(self, est: int, evidence: int, cause: str) -> list[RemovedRecord]:
        return [
            RemovedRecord(
                file_record(est, evidence, r["id"]),
                None,
                "evidence_file",
                str(r["id"]),
                {"name": r["name"], "sha256": r["sha256"]},
                None,
                cause,
            )
            for r in self._rows(
                "SELECT id, name, sha256 FROM evidence_files WHERE evidence_id = ? ORDER BY id", [evidence]
            )
        ]

    def _latest_states(self) -> dict[str, tuple[int, str]]:
        """The latest journal row of each record: its id and the state it gives."""
        rows = self._rows(
            "SELECT j.id, j.record, j.state FROM journal j JOIN (SELECT record, max(id) AS id FROM journal "
            "WHERE record IS NOT NULL GROUP BY record) m ON m.id = j.id",
            checked=False,
        )
        return {str(r["record"]): (int(r["id"]), str(r["state"] or "")) for r in rows}

    def remembered(self, record: str) -> dict[str, Any]:
        """What the journal rows of a record remember of it (a deleted one's title, name, date)."""
        return self._remembered(record)

    def _remembered(self, record: str) -> dict[str, Any]:
        """What the journal rows of a record remember of it (its name, title, date…)."""
        known: dict[str, Any] = {}
        for r in self._rows("SELECT old, new FROM journal WHERE record = ? ORDER BY id", [record], checked=False):
            for text in (r["old"], r["new"]):
                try:
                    value = json.loads(text) if isinstance(text, str) else None
                except ValueError:
                    value = None
                if isinstance(value, dict):
                    known.update({k: v for k, v in value.items() if v is not None})
        return known

    # ------------------------------------------------------------------ checking

    def _check_chain(self) -> tuple[int, list[JournalProblem]]:
        problems: list[JournalProblem] = []
        prev_hash = GENESIS_HASH
        expected_id = 1
        count = 0
        for r in self._rows("SELECT * FROM journal ORDER BY id"):
            count += 1
            if r["id"] != expected_id:
                problems.append(
                    JournalProblem(
                        r["id"],
                        f"Ligne {expected_id} du journal supprimée (la ligne suivante porte le numéro {r['id']}).",
                        english=f"Journal row {expected_id} deleted (the next row is numbered {r['id']}).",
                    )
                )
            elif r["prev_hash"] != prev_hash:
                problems.append(
                    JournalProblem(
                        r["id"],
                        f"Ligne {r['id']} du journal : chaînage rompu (ligne insérée ou supprimée avant elle).",
                        english=f"Journal row {r['id']}: chain broken (a row inserted or deleted before it).",
                    )
                )
            else:
                try:
                    digest = journal_row_hash(
                        r["prev_hash"],
                        r["id"],
                        r["at"],
                        r["campaign_id"],
                        r["entity"],
                        r["key"],
                        r["old"],
                        r["new"],
                        r["record"],
                        r["state"],
                        r.get("author"),
                    )
                except (TypeError, ValueError):
                    digest = ""
                if digest != r["hash"]:
                    problems.append(
                        JournalProblem(
                            r["id"],
                            f"Ligne {r['id']} du journal modifiée hors de l'application.",
                            english=f"Journal row {r['id']} changed outside the application.",
                        )
                    )
            prev_hash = r["hash"]
            expected_id = r["id"] + 1 if isinstance(r["id"], int) else expected_id + 1
        return count, problems

    def check(self) -> JournalCheck:
        """The chain checked, and every record compared with its latest journal state."""
        rows, problems = self._check_chain()
        current, names = self._current()
        latest = self._latest_states()
        for record in sorted(set(current) | set(latest)):
            now_state = content_state(current[record][0]) if record in current else ""
            row_id, journal_state = latest.get(record, (0, ""))
            if now_state == journal_state:
                continue
            if not now_state:
                what = "removed"
            elif not journal_state:
                what = "added"
            else:
                what = "changed"
            described = self._describe(record, what, names)
            problems.append(JournalProblem(row_id, described.fr, "data", record, described.en))
        return JournalCheck(rows, len(current), tuple(problems))

    def verify_all(self) -> list[JournalProblem]:
        """Every problem: journal rows changed, removed or inserted (the chain), and records
        changed, added or removed without a journal row (the data)."""
        return list(self.check().problems)

    def verify(self) -> JournalProblem | None:
        """The first problem (the chain's first), or None."""
        problems = self.verify_all()
        return problems[0] if problems else None

    def check_anchor(self, head_id: int, head_hash: str) -> JournalProblem | None:
        """Whether the journal still reaches an anchor kept outside the file (a signed report's
        seal: the id and hash of the journal's last row then)."""
        if head_id <= 0:
            return None
        row = self._one("SELECT hash FROM journal WHERE id = ?", [head_id], checked=False)
        if row is None:
            last, _ = self.head()
            return JournalProblem(
                head_id,
                f"Journal tronqué : la ligne {head_id} attestée par le rapport n'existe plus "
                f"(le journal s'arrête à la ligne {last}).",
                "anchor",
                english=f"Journal cut short: row {head_id} attested by the report no longer exists "
                f"(the journal stops at row {last}).",
            )
        if row["hash"] != head_hash:
            return JournalProblem(
                head_id,
                f"Historique réécrit : la ligne {head_id} du journal n'a plus l'empreinte attestée par le rapport "
                "(le journal a été recalculé).",
                "anchor",
                english=f"History rewritten: journal row {head_id} no longer has the fingerprint attested by the "
                "report (the journal was recomputed).",
            )
        return None

    # ------------------------------------------------------------------ naming records

    def _describe(self, record: str, what: str, names: RecordNames) -> Text:
        """The record and what happened to it, in French and in English."""
        noun, feminine = self._noun(record, names)
        e = "e" if feminine else ""
        verb = {
            "changed": f"modifié{e} hors de l'application",
            "added": f"ajouté{e} hors de l'application (aucune ligne du journal)",
            "removed": f"supprimé{e} hors de l'application",
        }[what]
        english = {
            "changed": "changed outside the application",
            "added": "added outside the application (no journal row)",
            "removed": "deleted outside the application",
        }[what]
        return Text(f"{noun} {verb}.", f"{self._noun(record, names, en=True)[0]} {english}.")

    def _fields(self, table: dict[int, dict[str, Any]], record: str, key: int) -> dict[str, Any]:
        return table.get(key) or self._remembered(record)

    def _est_name(self, est: str, names: RecordNames, en: bool = False) -> str:
        if est == "?":
            return "unknown establishment" if en else "établissement inconnu"
        r = self._fields(names.establishments, f"e{est}", int(est))
        return str(r.get("name") or (f"establishment no. {est}" if en else f"établissement n° {est}"))

    def _campaign_name(self, est: str, campaign: str, names: RecordNames, en: bool = False) -> str:
        """« la campagne du 07/01/2025 (Clinique) » / "the campaign of 07/01/2025 (Clinique)"."""
        r = self._fields(names.campaigns, f"e{est}/c{campaign}", int(campaign))
        date = r.get("date")
        if en:
            when = f"of {_fr_date(date)}" if date else f"no. {campaign}"
            return f"the campaign {when} ({self._est_name(est, names, en)})"
        when = f"du {_fr_date(date)}" if date else f"n° {campaign}"
        return f"la campagne {when} ({self._est_name(est, names)})"

    def _evidence_name(self, est: str, evidence: str, names: RecordNames, en: bool = False) -> str:
        """« la preuve « PSSI » du 07/01/2025 (Clinique) » / "the evidence “PSSI” of 07/01/2025 (Clinique)"."""
        r = self._fields(names.evidence, f"e{est}/ev{evidence}", int(evidence))
        if en:
            title = f"“{r['title']}”" if r.get("title") else f"no. {evidence}"
            date = f" of {_fr_date(r['date'])}" if r.get("date") else ""
            return f"the evidence {title}{date} ({self._est_name(est, names, en)})"
        title = f"« {r['title']} »" if r.get("title") else f"n° {evidence}"
        date = f" du {_fr_date(r['date'])}" if r.get("date") else ""
        return f"la preuve {title}{date} ({self._est_name(est, names)})"

    def _noun(self, record: str, names: RecordNames, en: bool = False) -> tuple[str, bool]:
        """The record named at the start of a sentence (in English with ``en``), and whether its
        French noun is feminine."""
        article = 4 if en else 3  # "the " / « la », taken off a name that starts a sentence
        if record.startswith("s/"):
            return (f"Setting “{record[2:]}”" if en else f"Réglage « {record[2:]} »"), False
        m = parse_record(record)
        if m is None:
            return (f"Record “{record}”" if en else f"Enregistrement « {record} »"), False
        est = m["est"]
        if m["answer"] is not None:
            campaign = self._campaign_name(est, m["campaign"], names, en)
            if en:
                return f"Answer to indicator {m['answer']} of {campaign}", True
            return f"Réponse à l'indicateur {m['answer']} de {campaign}", True
        if m["criterion"] is not None:
            campaign = self._campaign_name(est, m["campaign"], names, en)
            if en:
                return f"Criterion {m['criterion']} of {campaign}", False
            return f"Critère {m['criterion']} de {campaign}", False
        if m["campaign"] is not None:
            return _upper_first(self._campaign_name(est, m["campaign"], names, en)[article:]), True
        if m["file"] is not None:
            r = self._fields(names.files, record, int(m["file"]))
            evidence = self._evidence_name(est, m["evidence"], names, en)
            if en:
                name = f"“{r['name']}”" if r.get("name") else f"no. {m['file']}"
                return f"Attached file {name} of {evidence}", False
            name = f"« {r['name']} »" if r.get("name") else f"n° {m['file']}"
            return f"Fichier joint {name} de {evidence}", False
        if m["evidence"] is not None:
            return _upper_first(self._evidence_name(est, m["evidence"], names, en)[article:]), True
        if m["action"] is not None:
            r = self._fields(names.actions, record, int(m["action"]))
            if en:
                title = f"“{r['title']}”" if r.get("title") else f"no. {m['action']}"
            else:
                title = f"« {r['title']} »" if r.get("title") else f"n° {m['action']}"
            return f"Action {title} ({self._est_name(est, names, en)})", True
        r = self._fields(names.establishments, record, int(est)) if est != "?" else {}
        finess = f" (FINESS {r['finess']})" if r.get("finess") else ""
        if en:
            return f"Establishment “{self._est_name(est, names, en)}”{finess}", False
        return f"Établissement « {self._est_name(est, names)} »{finess}", False


class _Resolver:
    """Finds the record of a buffered row, reading each parent once per flush."""

    def __init__(self, store: JournalStore) -> None:
        self.store = store
        self._campaign_est: dict[int, int | None] = {}

    def _one(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        return self.store._one(sql, params, checked=False)

    def _remembered_path(self, pattern: str) -> str | None:
        """A record already deleted: the path of its latest journal row."""
        r = self._one(
            "SELECT record FROM journal WHERE record GLOB ? ORDER BY id DESC LIMIT 1",
            [pattern],
        )
        return str(r["record"]) if r else None

    def campaign_est(self, campaign: int) -> int | None:
        if campaign not in self._campaign_est:
            r = self._one("SELECT establishment_id FROM campaigns WHERE id = ?", [campaign])
            self._campaign_est[campaign] = r["establishment_id"] if r else None
        return self._campaign_est[campaign]

    def record_of(self, p: _Pending) -> str | None:
        entity, key = p.entity, p.key
        try:
            if entity == "establishment":
                return establishment_record(int(key))
            if entity == "setting":
                return setting_record(key)
            if entity == "campaign":
                c = int(key)
                est = self.campaign_est(c)
                return campaign_record(est, c) if est is not None else self._remembered_path(f"e*/c{c}")
            if entity in ("answer", "criterion") and p.campaign_id is not None:
                c = p.campaign_id
                if entity == "answer":
                    name = key
                    for f in ANSWER_FIELDS:
                        if key.endswith("." + f):
                            name = key[: -len(f) - 1]
                    tail = f"a/{name}"
                else:
                    tail = f"k/{key}"
                est = self.campaign_est(c)
                if est is not None:
                    return f"e{est}/c{c}/{tail}"
                return self._remembered_path(f"e*/c{c}/{_glob_escape(tail)}")
            if entity == "evidence":
                ev = int(key)
                r = self._one("SELECT establishment_id FROM evidence WHERE id = ?", [ev])
                return evidence_record(r["establishment_id"], ev) if r else self._remembered_path(f"e*/ev{ev}")
            if entity == "evidence_file":
                file_id = int(key)
                r = self._one(
                    "SELECT f.evidence_id, e.establishment_id FROM evidence_files f "
                    "JOIN evidence e ON e.id = f.evidence_id WHERE f.id = ?",
                    [file_id],
                )
                if r:
                    return file_record(r["establishment_id"], r["evidence_id"], file_id)
                return self._remembered_path(f"e*/ev*/f{file_id}")
            if entity == "action":
                a = int(key)
                r = self._one("SELECT establishment_id FROM actions WHERE id = ?", [a])
                return action_record(r["establishment_id"], a) if r else self._remembered_path(f"e*/act{a}")
        except ValueError:
            return None
        return None


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
