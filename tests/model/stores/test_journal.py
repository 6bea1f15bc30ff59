"""The change journal: hash-chained rows, listed most recent first; a row changed, removed or
inserted outside the application is found. Bound to the data (issue 15, item 4): every row names
its record and that record's content hash after the change; a change made outside the application
(a direct edit of the SQLite file) is found and named; every operation leaves the check clean; an
anchor kept outside the file finds a truncated or recomputed journal."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.operations import actions as action_ops
from hopen_desktop.model.operations import campaigns as campaign_ops
from hopen_desktop.model.settings import MAX_FILE_MB
from hopen_desktop.model.stores.journal import GENESIS_HASH, journal_row_hash
from hopen_desktop.model.workspace import Workspace


def append(ws, *rows):
    with ws.transaction():
        for row in rows:
            ws.journal.append(*row)


def test_rows_are_chained_from_the_genesis_hash(ws):
    append(ws, (None, "setting", "max_file_mb", None, 12), (None, "setting", "max_file_mb", 12, 13))
    rows = list(ws.db.query("SELECT * FROM journal ORDER BY id"))
    assert [r["id"] for r in rows] == [1, 2]
    assert rows[0]["prev_hash"] == GENESIS_HASH and rows[1]["prev_hash"] == rows[0]["hash"]
    r = rows[1]
    assert r["record"] == "s/max_file_mb" and r["state"] == ""  # the setting row itself was never written
    assert r["hash"] == journal_row_hash(
        r["prev_hash"], 2, r["at"], None, "setting", "max_file_mb", "12", "13", r["record"], r["state"]
    )
    assert ws.journal.verify() is None


def test_listing_most_recent_first_by_campaign_and_limited(ws, campaign):
    append(ws, (campaign.id, "answer", "P1.1.numerator", None, 1), (None, "setting", "k", None, {"a": "é"}))
    entries = ws.journal()
    assert [e.key for e in entries[:2]] == ["k", "P1.1.numerator"]
    assert entries[0].new == '{"a":"é"}' and entries[0].old is None
    of_campaign = ws.journal(campaign_id=campaign.id)
    assert of_campaign[0].key == "P1.1.numerator" and {e.campaign_id for e in of_campaign} == {campaign.id}
    assert len(ws.journal(limit=1)) == 1


def test_a_changed_row_is_found(ws):
    append(ws, (None, "setting", "a", None, 1), (None, "setting", "b", None, 2), (None, "setting", "c", None, 3))
    with ws.transaction():
        ws.db.execute("UPDATE journal SET new = '5' WHERE id = 2")
    problem = ws.journal.verify()
    assert problem is not None and problem.row_id == 2


def test_a_removed_row_is_found(ws):
    append(ws, (None, "setting", "a", None, 1), (None, "setting", "b", None, 2), (None, "setting", "c", None, 3))
    with ws.transaction():
        ws.db.execute("DELETE FROM journal WHERE id = 2")
    problem = ws.journal.verify()
    assert problem is not None and problem.row_id == 3


def test_the_hash_covers_every_column():
    base = ("0" * 64, 1, "2025-01-01T00:00:00.000000+00:00", 1, "answer", "P1.1.numerator", None, "1")
    digests = {journal_row_hash(*base)}
    for i, other in enumerate(("1" * 64, 2, "2025-01-02", 2, "action", "P1.2", "0", "2")):
        changed = list(base)
        changed[i] = other
        digests.add(journal_row_hash(*changed))
    assert len(digests) == 9


# ---------------------------------------------------------------------------- bound to the data
DAY = dt.date(2025, 3, 12)


def fill(ws: Workspace) -> dict[str, int]:
    """One of each record kind, through the operations."""
    est = ws.add_establishment(
        EstablishmentData(finess="750000002", name="Clinique X", legal_status="prive", activities=("MCO",), ght="GHT A")
    )
    camp = ws.add_campaign(est.id, DAY, "hopen-2019", "Mme Durand")
    ws.save_answer(camp.id, Answer("P1.3", numerator=17, denominator=20))
    ws.save_answer(camp.id, Answer("P2.4", criteria={"P2.4.pssi": True}))
    item = ws.add_evidence(
        est.id, "document", dt.date(2025, 1, 5), "PSSI", {"kind": "pssi"}, [EvidenceLink("P2.4", "P2.4.pssi")]
    )
    file = ws.attach_bytes(item.id, "pssi.txt", b"politique")
    action = ws.add_action(est.id, title="Former les agents", campaign_id=camp.id)
    ws.set_setting(MAX_FILE_MB, 12)
    return {"est": est.id, "campaign": camp.id, "evidence": item.id, "file": file.id, "action": action.id}


@pytest.fixture
def filled_ws(ws: Workspace) -> tuple[Workspace, dict[str, int]]:
    ids = fill(ws)
    assert ws.journal.verify_all() == []
    return ws, ids


def raw(ws: Workspace, sql: str, params: list[object] | None = None) -> None:
    """A change made outside the application: another connection, foreign keys off."""
    conn = sqlite3.connect(ws.path)
    conn.execute(sql, params or [])
    conn.commit()
    conn.close()


def test_each_row_names_its_record_and_its_state(filled_ws):
    ws, ids = filled_ws
    rows = {e.record: e for e in reversed(ws.journal())}
    e, c = ids["est"], ids["campaign"]
    assert set(rows) >= {
        f"e{e}",
        f"e{e}/c{c}",
        f"e{e}/c{c}/a/P1.3",
        f"e{e}/c{c}/a/P2.4",
        f"e{e}/c{c}/k/P2.4.pssi",
        f"e{e}/ev{ids['evidence']}",
        f"e{e}/ev{ids['evidence']}/f{ids['file']}",
        f"e{e}/act{ids['action']}",
        "s/max_file_mb",
    }
    answer = ws.db.execute("SELECT * FROM answers WHERE indicator = 'P1.3'").fetchone()
    cols = [d[0] for d in ws.db.execute("SELECT * FROM answers LIMIT 0").description]
    content = json.dumps(dict(zip(cols, answer, strict=True)), sort_keys=True, separators=(",", ":"))
    assert rows[f"e{e}/c{c}/a/P1.3"].state == hashlib.sha256(content.encode()).hexdigest()
    assert all(r.state and len(r.state) == 64 for r in rows.values())


TAMPERING = {
    "an answer's numerator": (
        "UPDATE answers SET numerator = 18 WHERE indicator = 'P1.3'",
        "Réponse à l'indicateur P1.3 de la campagne du 12/03/2025 (Clinique X) modifiée hors de l'application",
    ),
    "a criterion": (
        "UPDATE criterion_answers SET met = 0",
        "Critère P2.4.pssi de la campagne du 12/03/2025 (Clinique X) modifié hors de l'application",
    ),
    "an evidence title": (
        "UPDATE evidence SET title = 'PSSI v9'",
        "Preuve « PSSI v9 » du 05/01/2025 (Clinique X) modifiée hors de l'application",
    ),
    "a link": ("DELETE FROM evidence_links", "Preuve « PSSI » du 05/01/2025 (Clinique X) modifiée"),
    "a file row's sha256": (
        "UPDATE evidence_files SET sha256 = '" + "a" * 64 + "'",
        "Fichier joint « pssi.txt » de la preuve « PSSI » du 05/01/2025 (Clinique X) modifié hors de l'application",
    ),
    "an action's status": (
        "UPDATE actions SET status = 'fait'",
        "Action « Former les agents » (Clinique X) modifiée hors de l'application",
    ),
    "a setting": ("UPDATE settings SET value = '99'", "Réglage « max_file_mb » modifié hors de l'application"),
    "the establishment's GHT": (
        "UPDATE establishments SET ght = 'GHT B'",
        "Établissement « Clinique X » (FINESS 750000002) modifié hors de l'application",
    ),
    "a campaign's date": (
        "UPDATE campaigns SET date = '2025-01-01'",
        "Campagne du 01/01/2025 (Clinique X) modifiée hors de l'application",
    ),
    "a deleted action": ("DELETE FROM actions", "Action « Former les agents » (Clinique X) supprimée hors de"),
    "a deleted answer": (
        "DELETE FROM answers WHERE indicator = 'P1.3'",
        "Réponse à l'indicateur P1.3 de la campagne du 12/03/2025 (Clinique X) supprimée hors de l'application",
    ),
    "an inserted answer": (
        "INSERT INTO answers (campaign_id, indicator, numerator, denominator) VALUES (1, 'P1.1', 9, 10)",
        "Réponse à l'indicateur P1.1 de la campagne du 12/03/2025 (Clinique X) ajoutée hors de l'application",
    ),
    "an inserted evidence item": (
        "INSERT INTO evidence (establishment_id, type, date, title, created_at) "
        "VALUES (1, 'document', '2025-02-01', 'Faux', '2025-02-01')",
        "Preuve « Faux » du 01/02/2025 (Clinique X) ajoutée hors de l'application",
    ),
}


@pytest.mark.parametrize("name", sorted(TAMPERING))
def test_a_change_outside_the_application_is_found_and_named(filled_ws, name):
    ws, _ = filled_ws
    sql, expected = TAMPERING[name]
    raw(ws, sql)
    problems = ws.journal.verify_all()
    assert [p.kind for p in problems] == ["data"], problems
    assert expected in problems[0].message
    assert problems[0].record is not None
    assert ws.verify_journal() == problems[0]
    assert ws.check_journal().records > 0 and not ws.check_journal().ok


def test_every_problem_is_listed_chain_first(filled_ws):
    ws, _ = filled_ws
    raw(ws, "UPDATE journal SET new = '\"falsifié\"' WHERE id = 2")
    raw(ws, "UPDATE answers SET numerator = 18 WHERE indicator = 'P1.3'")
    raw(ws, "UPDATE actions SET status = 'fait'")
    problems = ws.journal.verify_all()
    assert [p.kind for p in problems] == ["chain", "data", "data"]
    assert problems[0].row_id == 2 and problems[0].message == "Ligne 2 du journal modifiée hors de l'application."


# ---------------------------------------------------------------------------- every operation is journalled


def test_every_operation_leaves_the_check_clean(ws, tmp_path):
    ids = fill(ws)
    e, c = ids["est"], ids["campaign"]
    steps = [
        lambda: ws.update_establishment(
            e, EstablishmentData(finess="750000002", name="Clinique X", legal_status="prive", ght="GHT B")
        ),
        lambda: ws.update_campaign(c, auditor="M. Martin"),
        lambda: ws.save_answer(c, Answer("P1.3", numerator=18, denominator=20)),
        lambda: ws.save_answer(c, Answer("P2.4", criteria={})),  # a criterion removed
        lambda: ws.save_answer(c, Answer("D7.3", criteria={})),  # an answers row of defaults
        lambda: ws.update_evidence(
            ids["evidence"], date=DAY, title="PSSI v2", fields={"kind": "pssi"}, links=[EvidenceLink("P2.4")]
        ),
        lambda: ws.update_action(ids["action"], title="Former", owner="DSI", due_date=DAY, status="en_cours", notes=""),
        lambda: action_ops.set_action_status(ws, ids["action"], "fait"),
        lambda: ws.detach_file(ids["file"]),
        lambda: ws.attach_bytes(ids["evidence"], "b.txt", b"b"),
        lambda: ws.copy_campaign(c, dt.date(2025, 6, 1)),  # answers copied without their own rows before
        lambda: versions.append(campaign_ops.new_version(ws, c).value.id),  # a copy naming its predecessor
        lambda: ws.delete_campaign(c),  # answers cascade, the action detached (SET NULL), a successor's link
        lambda: ws.delete_action(ids["action"]),
        lambda: ws.delete_evidence(ids["evidence"]),  # its file rows cascade
        lambda: ws.set_setting(MAX_FILE_MB, 20),
        lambda: campaign_ops.seal_campaign(ws, versions[0], {"report_id": "r1", "content_sha256": "0" * 64}),
        lambda: campaign_ops.new_version(ws, versions[0]),  # a new version of a sealed campaign
    ]
    versions: list[int] = []
    for step in steps:
        step()
        assert ws.journal.verify_all() == [], step
    other = fill_second(ws)
    ws.delete_establishment(other)  # campaigns, answers, evidence, files, actions cascade
    assert ws.journal.verify_all() == []
    causes = {r.id: json.loads(r.new).get("cause", "") for r in ws.journal(limit=30) if r.new and r.new.startswith("{")}
    removed = [r for r in ws.journal(limit=30) if causes.get(r.id, "").startswith("supprim")]
    assert {r.entity for r in removed} >= {"campaign", "answer", "criterion", "evidence", "evidence_file", "action"}
    assert all(r.state == "" for r in removed)


def fill_second(ws: Workspace) -> int:
    est = ws.add_establishment(EstablishmentData(finess="750000028", name="Clinique Y"))
    camp = ws.add_campaign(est.id, DAY, "hopen-2019")
    ws.save_answer(camp.id, Answer("P1.3", numerator=1, denominator=2))
    ws.save_answer(camp.id, Answer("P2.4", criteria={"P2.4.pssi": True}))
    item = ws.add_evidence(est.id, "document", DAY, "Charte", {"kind": "pssi"})
    ws.attach_bytes(item.id, "c.txt", b"charte")
    ws.add_action(est.id, title="Agir", campaign_id=camp.id)
    return est.id


def test_a_deleted_predecessor_is_journalled_on_its_successor(filled_ws):
    ws, ids = filled_ws
    new = ws.copy_campaign(ids["campaign"], dt.date(2025, 6, 1))
    with ws.transaction():  # what « Nouvelle version » will do: name the predecessor, with its row
        ws.db.execute("UPDATE campaigns SET predecessor_id = ? WHERE id = ?", [ids["campaign"], new.id])
        ws.journal.append(new.id, "campaign", str(new.id), None, {"predecessor": ids["campaign"]})
    assert ws.journal.verify_all() == []
    ws.delete_campaign(ids["campaign"])
    assert ws.journal.verify_all() == []


def test_the_demo_workspace_verifies(tmp_path, data_dir):
    from hopen_desktop.model.demo import build_demo_workspace

    path = tmp_path / "demo.sqlite"
    build_demo_workspace(path, today=dt.date(2025, 11, 20))
    with Workspace.open(path) as ws:
        assert ws.journal.verify_all() == []


def test_imports_verify(filled_ws, tmp_path):
    from hopen_desktop.model.bundle import OnConflict, export_bundle, read_bundle
    from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
    from hopen_desktop.model.operations.imports import import_bundle, import_campaign

    ws, ids = filled_ws
    doc = export_campaign(ws, ids["campaign"])
    bundle = export_bundle(ws, ids["campaign"], tmp_path / "b.hopen")
    with Workspace.open(tmp_path / "other.sqlite") as other:
        import_campaign(other, parse_campaign_document(json.loads(json.dumps(doc))))
        assert other.journal.verify_all() == []
        import_bundle(other, read_bundle(bundle), OnConflict.REPLACE)
        assert other.journal.verify_all() == []
    import_bundle(ws, read_bundle(bundle), OnConflict.COPY)
    assert ws.journal.verify_all() == []
    import_bundle(ws, read_bundle(bundle), OnConflict.REPLACE)
    assert ws.journal.verify_all() == []


def test_a_merge_verifies(filled_ws, tmp_path):
    from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
    from hopen_desktop.model.merge import Side
    from hopen_desktop.model.operations.imports import import_campaign
    from hopen_desktop.model.operations.merge import merge_campaign

    ws, ids = filled_ws

    def ship(source, campaign_id):
        return parse_campaign_document(json.loads(json.dumps(export_campaign(source, campaign_id))))

    with Workspace.open(tmp_path / "other.sqlite") as other:
        theirs = import_campaign(other, ship(ws, ids["campaign"])).value.id
        other.save_answer(theirs, Answer("P1.3", numerator=1, denominator=20))
        ws.save_answer(ids["campaign"], Answer("P1.3", numerator=2, denominator=20))
        for item in other.evidence(other.campaign(theirs).establishment_id):
            other.delete_evidence(item.id)
        merge_campaign(ws, ship(other, theirs), Side.THEIRS)
        assert ws.journal.verify_all() == []
        merge_campaign(other, ship(ws, ids["campaign"]))
        assert other.journal.verify_all() == []


def test_a_workbook_import_verifies(filled_ws, tmp_path):
    from hopen_desktop.model.operations.workbook import ParsedWorkbook, import_workbook

    ws, ids = filled_ws
    parsed = ParsedWorkbook(tmp_path / "g.xlsx", (Answer("P1.3", numerator=19, denominator=20), Answer("P1.1")))
    summary = import_workbook(ws, ids["campaign"], parsed).value
    assert summary.journal_rows > 0  # rows read inside the transaction, after each nested save
    assert ws.journal.verify_all() == []


# ---------------------------------------------------------------------------- the buffer


def test_rows_are_written_when_the_block_succeeds_and_dropped_when_it_fails(filled_ws):
    ws, ids = filled_ws
    before = len(ws.journal())
    with ws.transaction():
        ws.journal.append(None, "setting", "max_file_mb", 12, 12)
        assert len(ws.journal()) == before  # buffered
        with pytest.raises(ValueError), ws.transaction():
            ws.journal.append(None, "setting", "other", None, 1)
            raise ValueError
    rows = ws.journal()
    assert len(rows) == before + 1 and rows[0].key == "max_file_mb" and rows[0].record == "s/max_file_mb"
    assert ws.journal.verify_all() == []


def test_a_failed_block_drops_its_rows_even_after_an_inner_block_flushed(filled_ws):
    ws, ids = filled_ws
    before = len(ws.journal())
    with ws.transaction():
        ws.journal.append(None, "setting", "max_file_mb", 12, 12)
        with pytest.raises(ValueError), ws.transaction():
            ws.save_answer(ids["campaign"], Answer("P1.3", numerator=19, denominator=20))  # flushes
            ws.journal.append(None, "setting", "other", None, 1)
            raise ValueError
    assert [e.key for e in ws.journal()[: len(ws.journal()) - before]] == ["max_file_mb"]
    assert ws.answer(ids["campaign"], "P1.3").numerator == 17  # rolled back with its rows
    assert ws.journal.verify_all() == []


def test_saving_an_answer_reads_only_the_records_it_touched(filled_ws):
    ws, ids = filled_ws
    seen: list[str] = []
    ws.db.conn.set_trace_callback(seen.append)
    try:
        ws.save_answer(ids["campaign"], Answer("P1.3", numerator=19, denominator=20))
    finally:
        ws.db.conn.set_trace_callback(None)
    reads = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert reads and all(" WHERE " in s or "ORDER BY id DESC LIMIT 1" in s for s in reads), reads
    assert not any("GLOB" in s for s in reads)


# ---------------------------------------------------------------------------- truncation and anchors


def test_a_truncated_tail_is_found_when_the_data_no_longer_matches(filled_ws):
    ws, ids = filled_ws
    ws.save_answer(ids["campaign"], Answer("P1.3", numerator=19, denominator=20))
    last, _ = ws.journal.head()
    raw(ws, "DELETE FROM journal WHERE id = ?", [last])
    problems = ws.journal.verify_all()
    assert [p.kind for p in problems] == ["data"]
    assert "Réponse à l'indicateur P1.3" in problems[0].message


def recompute_chain(path: Path) -> None:
    """What a forger who knows the formula does: rewrite a row, then every hash after it."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    prev = GENESIS_HASH
    for r in conn.execute("SELECT * FROM journal ORDER BY id").fetchall():
        digest = journal_row_hash(
            prev, r["id"], r["at"], r["campaign_id"], r["entity"], r["key"], r["old"], r["new"], r["record"], r["state"]
        )
        conn.execute("UPDATE journal SET prev_hash = ?, hash = ? WHERE id = ?", [prev, digest, r["id"]])
        prev = digest
    conn.commit()
    conn.close()


def test_check_anchor_finds_a_truncated_and_a_recomputed_journal(filled_ws):
    ws, ids = filled_ws
    head_id, head_hash = ws.journal.head()
    assert ws.journal.check_anchor(head_id, head_hash) is None
    ws.save_answer(ids["campaign"], Answer("P1.3", numerator=19, denominator=20))
    assert ws.check_journal_anchor(head_id, head_hash) is None  # rows after the anchor: fine

    raw(ws, "UPDATE journal SET old = '\"16\"' WHERE id = 3")
    recompute_chain(ws.path)
    assert ws.journal.verify_all() == []  # the chain alone cannot tell
    rewritten = ws.journal.check_anchor(head_id, head_hash)
    assert rewritten is not None and rewritten.kind == "anchor" and "Historique réécrit" in rewritten.message

    raw(ws, "DELETE FROM journal WHERE id >= ?", [head_id])
    truncated = ws.journal.check_anchor(head_id, head_hash)
    assert truncated is not None and "Journal tronqué" in truncated.message and truncated.row_id == head_id


# ---------------------------------------------------------------------------- the window's language

#: The English of each TAMPERING sentence (issue 19 item 2: the journal check in the English window).
TAMPERING_EN = {
    "an answer's numerator": "Answer to indicator P1.3 of the campaign of 12/03/2025 (Clinique X) changed outside "
    "the application.",
    "a criterion": "Criterion P2.4.pssi of the campaign of 12/03/2025 (Clinique X) changed outside the application.",
    "an evidence title": "Evidence “PSSI v9” of 05/01/2025 (Clinique X) changed outside the application.",
    "a link": "Evidence “PSSI” of 05/01/2025 (Clinique X) changed outside the application.",
    "a file row's sha256": "Attached file “pssi.txt” of the evidence “PSSI” of 05/01/2025 (Clinique X) changed "
    "outside the application.",
    "an action's status": "Action “Former les agents” (Clinique X) changed outside the application.",
    "a setting": "Setting “max_file_mb” changed outside the application.",
    "the establishment's GHT": "Establishment “Clinique X” (FINESS 750000002) changed outside the application.",
    "a campaign's date": "Campaign of 01/01/2025 (Clinique X) changed outside the application.",
    "a deleted action": "Action “Former les agents” (Clinique X) deleted outside the application.",
    "a deleted answer": "Answer to indicator P1.3 of the campaign of 12/03/2025 (Clinique X) deleted outside "
    "the application.",
    "an inserted answer": "Answer to indicator P1.1 of the campaign of 12/03/2025 (Clinique X) added outside the "
    "application (no journal row).",
    "an inserted evidence item": "Evidence “Faux” of 01/02/2025 (Clinique X) added outside the application "
    "(no journal row).",
}


@pytest.mark.parametrize("name", sorted(TAMPERING))
def test_each_problem_is_also_said_in_english(filled_ws, name):
    """``message`` stays French (the command line, the PDF report); ``text()`` follows the
    current language (the window)."""
    from hopen_desktop.model.i18n import set_language

    ws, _ = filled_ws
    raw(ws, TAMPERING[name][0])
    problem = ws.journal.verify_all()[0]
    assert problem.text("en") == TAMPERING_EN[name]
    assert problem.text() == problem.message and TAMPERING[name][1] in problem.message
    set_language("en")
    try:
        assert problem.text() == TAMPERING_EN[name]
        assert TAMPERING[name][1] in ws.journal.verify_all()[0].message  # checked in English: still French
    finally:
        set_language("fr")


def test_chain_and_anchor_problems_are_also_said_in_english(filled_ws):
    ws, ids = filled_ws
    head_id, head_hash = ws.journal.head()
    raw(ws, "UPDATE journal SET new = '\"falsifié\"' WHERE id = 2")
    assert ws.journal.verify_all()[0].text("en") == "Journal row 2 changed outside the application."
    raw(ws, "DELETE FROM journal WHERE id = 3")
    texts = [p.text("en") for p in ws.journal.verify_all() if p.kind == "chain"]
    assert "Journal row 3 deleted (the next row is numbered 4)." in texts
    ws.save_answer(ids["campaign"], Answer("P1.3", numerator=19, denominator=20))
    recompute_chain(ws.path)
    rewritten = ws.journal.check_anchor(head_id, head_hash)
    assert rewritten is not None and rewritten.text("en").startswith(
        f"History rewritten: journal row {head_id} no longer has the fingerprint attested by the report"
    )
    raw(ws, "DELETE FROM journal WHERE id >= ?", [head_id])
    truncated = ws.journal.check_anchor(head_id, head_hash)
    assert truncated is not None and truncated.text("en").startswith(
        f"Journal cut short: row {head_id} attested by the report no longer exists"
    )


def test_causes_are_stored_in_french_and_shown_in_either_language(filled_ws):
    from hopen_desktop.model.stores.journal import CAUSES, cause_text

    ws, ids = filled_ws
    ws.delete_campaign(ids["campaign"])
    causes = {
        json.loads(r[0])["cause"]
        for r in ws.db.execute("SELECT new FROM journal WHERE new LIKE '%\"cause\"%'").fetchall()
    }
    assert causes and causes <= set(CAUSES)  # the rows keep the French (they are hashed)
    assert "supprimée avec la campagne" in causes
    assert cause_text("supprimée avec la campagne", "en") == "deleted with the campaign"
    assert cause_text("supprimée avec la campagne") == "supprimée avec la campagne"
    assert cause_text("une cause inconnue", "en") == "une cause inconnue"  # as stored
    assert ws.journal.verify_all() == []
