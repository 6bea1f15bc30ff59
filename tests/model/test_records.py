"""The records the journal describes (``model/records.py``): the hash chaining rows, and the
baseline schema step 0002 writes so that a workspace of schema step 1 verifies after its upgrade."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import sqlite_utils

from hopen_desktop.model import database
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.records import (
    GENESIS_HASH,
    content_state,
    journal_row_hash,
    parse_record,
    reanchor_after_migration,
    record_states,
)
from hopen_desktop.model.workspace import Workspace


def test_paths_and_states():
    m = parse_record("e1/c2/a/P1.3")
    assert m is not None and (m["est"], m["campaign"], m["answer"]) == ("1", "2", "P1.3")
    m = parse_record("e1/ev3/f4")
    assert m is not None and (m["evidence"], m["file"]) == ("3", "4")
    assert parse_record("s/max_file_mb") is None
    assert content_state(None) == ""
    assert content_state({"b": 1, "a": "é"}) == hashlib.sha256('{"a":"é","b":1}'.encode()).hexdigest()
    assert content_state({"a": b"\x00"}) != content_state({"a": "00"})  # a BLOB put in a text column


def test_a_row_without_record_keeps_the_formula_of_schema_1():
    base = ("0" * 64, 1, "2025-01-01T00:00:00.000000+00:00", 1, "answer", "P1.1.numerator", None, "1")
    payload = '["' + "0" * 64 + '",1,"2025-01-01T00:00:00.000000+00:00",1,"answer","P1.1.numerator",null,"1"]'
    assert journal_row_hash(*base) == hashlib.sha256(payload.encode()).hexdigest()
    assert journal_row_hash(*base, "e1/c1/a/P1.1", "") != journal_row_hash(*base)
    assert journal_row_hash(*base, "e1/c1/a/P1.1", "") != journal_row_hash(*base, "e1/c1/a/P1.2", "")


def old_workspace(path: Path) -> None:
    """A workspace made by schema step 1 only, its rows and journal written the old way."""
    db = sqlite_utils.Database(path)
    database.MIGRATIONS.apply(db, stop_before="0002_trust")
    db.execute("PRAGMA user_version = 1")
    at = "2025-03-12T10:00:00.000000+00:00"
    db.execute(
        "INSERT INTO establishments (id, finess, name, legal_status, activities, created_at) "
        "VALUES (1, '750000002', 'Clinique X', 'prive', '[\"MCO\"]', ?)",
        [at],
    )
    db.execute(
        "INSERT INTO campaigns (id, establishment_id, date, referential, referential_version, created_at) "
        "VALUES (1, 1, '2025-03-12', 'hopen-2019', '2019', ?)",
        [at],
    )
    db.execute("INSERT INTO answers (campaign_id, indicator, numerator, denominator) VALUES (1, 'P1.3', 17, 20)")
    db.execute(
        "INSERT INTO criterion_answers (campaign_id, indicator, criterion, met) VALUES (1, 'P2.4', 'P2.4.pssi', 1)"
    )
    db.execute(
        "INSERT INTO evidence (id, establishment_id, type, date, title, created_at) "
        "VALUES (1, 1, 'document', '2025-01-05', 'PSSI', ?)",
        [at],
    )
    db.execute("INSERT INTO evidence_links (evidence_id, indicator, criterion) VALUES (1, 'P2.4', '')")
    db.execute("INSERT INTO blobs (sha256, size, content) VALUES (?, 1, x'61')", [hashlib.sha256(b"a").hexdigest()])
    db.execute(
        "INSERT INTO evidence_files (id, evidence_id, name, sha256) VALUES (1, 1, 'a.txt', ?)",
        [hashlib.sha256(b"a").hexdigest()],
    )
    db.execute("INSERT INTO actions (id, establishment_id, title, created_at) VALUES (1, 1, 'Former', ?)", [at])
    db.execute("INSERT INTO settings (key, value) VALUES ('max_file_mb', '12')")
    prev = GENESIS_HASH
    old_rows = [("establishment", "1", '{"name":"Clinique X"}'), ("answer", "P1.3.numerator", "17")]
    for i, (entity, key, new) in enumerate(old_rows, 1):
        digest = journal_row_hash(prev, i, at, None, entity, key, None, new)
        db.execute(
            "INSERT INTO journal (id, at, campaign_id, entity, key, old, new, prev_hash, hash) "
            "VALUES (?, ?, NULL, ?, ?, NULL, ?, ?, ?)",
            [i, at, entity, key, new, prev, digest],
        )
        prev = digest
    db.conn.commit()
    db.close()


def test_a_workspace_of_schema_1_verifies_after_its_upgrade(tmp_path, data_dir):
    path = tmp_path / "old.sqlite"
    old_workspace(path)
    with Workspace.open(path) as ws:
        rows = list(reversed(ws.journal()))
        assert [r.record for r in rows[:2]] == [None, None]  # the old rows keep their formula
        baseline = [r for r in rows if r.entity == "baseline"]
        assert {r.record for r in baseline} == {
            "e1",
            "e1/c1",
            "e1/c1/a/P1.3",
            "e1/c1/k/P2.4.pssi",
            "e1/ev1",
            "e1/ev1/f1",
            "e1/act1",
            "s/max_file_mb",
        }
        # The later steps that change the records' content re-anchor them: 0003 added columns to
        # campaigns and criterion answers, 0004 to establishments, 0005 gave the campaign its
        # ``referential_sha256``.
        migration = [r for r in rows if r.entity == "migration"]
        assert {(r.record, r.key) for r in migration} >= {
            ("e1/c1", "0003_rules"),
            ("e1/c1/k/P2.4.pssi", "0003_rules"),
            ("e1", "0004_finess_provisional"),
            ("e1/c1", "0005_campaign_referentials"),
        }
        check = ws.check_journal()
        assert check.ok and check.rows == 10 + len(migration) and check.records == 8
        ws.save_answer(1, Answer("P1.3", numerator=18, denominator=20))
        assert ws.journal.verify_all() == []
    raw_conn = sqlite3.connect(path)
    raw_conn.execute("UPDATE answers SET numerator = 19")
    raw_conn.commit()
    raw_conn.close()
    with Workspace.open(path) as ws:
        problems = ws.journal.verify_all()
        assert len(problems) == 1 and "Réponse à l'indicateur P1.3" in problems[0].message


def test_a_schema_step_changing_content_reanchors_only_records_that_agreed_with_the_journal(tmp_path, data_dir):
    path = tmp_path / "w.sqlite"
    old_workspace(path)
    with Workspace.open(path) as ws:
        assert ws.journal.verify_all() == []
    raw = sqlite3.connect(path)
    raw.execute("UPDATE actions SET title = 'Changé dehors'")  # a change outside the application
    raw.commit()
    raw.close()
    db = sqlite_utils.Database(path)
    before = record_states(db)
    # What a later schema step does: a new column with its default changes every campaign's content.
    db.execute("ALTER TABLE campaigns ADD COLUMN later_flag INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE actions ADD COLUMN later_note TEXT NOT NULL DEFAULT ''")
    written = reanchor_after_migration(db, before, "9999_test")
    db.conn.commit()
    db.close()
    assert written == 1  # the campaign; the action changed outside stays unanchored
    with Workspace.open(path) as ws:
        rows = [r for r in ws.journal() if r.entity == "migration" and r.key == "9999_test"]
        assert [(r.record, r.key, r.campaign_id) for r in rows] == [("e1/c1", "9999_test", 1)]
        problems = ws.journal.verify_all()
        assert [p.record for p in problems] == ["e1/act1"]


def test_a_row_naming_its_author_covers_it_and_older_rows_keep_their_formula():
    base = ("0" * 64, 1, "2025-01-01T00:00:00+00:00", 1, "answer", "P1.1.numerator", None, "3")
    with_record = (*base, "e1/c1/a/P1.1", "ab" * 32)
    # No author: exactly the formula of schema 0002 (old journals still verify).
    assert journal_row_hash(*with_record, None) == journal_row_hash(*with_record)
    authored = journal_row_hash(*with_record, "Marie Curie")
    assert authored != journal_row_hash(*with_record)
    assert authored != journal_row_hash(*with_record, "Pierre Curie")
    payload = json.dumps([*with_record, "Marie Curie"], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert authored == hashlib.sha256(payload.encode()).hexdigest()


def test_tampering_the_author_of_a_row_is_detected(tmp_path, data_dir):
    import sqlite3

    from hopen_desktop.model.entities import Answer, EstablishmentData

    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.journal.author = "Marie Curie"
        est = ws.add_establishment(EstablishmentData("750000002", "Clinique"))
        campaign = ws.add_campaign(est.id, dt.date(2025, 3, 1), "hopen-2019", "Audit")
        ws.save_answer(campaign.id, Answer("P1.1", 3, 4))
        ws.journal.author = None
        ws.save_answer(campaign.id, Answer("P1.1", 3, 5))
        rows = ws.journal()
        assert rows[0].author is None and rows[1].author == "Marie Curie"
        assert ws.journal.verify_all() == []
        target = rows[1].id
    raw = sqlite3.connect(path)
    raw.execute("UPDATE journal SET author = 'Quelqu''un d''autre' WHERE id = ?", [target])
    raw.commit()
    raw.close()
    with Workspace.open(path) as ws:
        problems = ws.journal.verify_all()
        assert [(p.kind, p.row_id) for p in problems] == [("chain", target)]
