"""The evidence register's rows: items with their files and links, contents stored once by
fingerprint, orphans purged, altered contents found."""

import datetime as dt
import hashlib

import pytest

from hopen_desktop.model.entities import EvidenceLink
from hopen_desktop.model.errors import NotFoundError

DAY = dt.date(2025, 3, 1)


def add(ws, establishment_id, title="PSSI", day=DAY):
    with ws.transaction():
        return ws.evidence.insert(establishment_id, "document", day, title, {"kind": "pssi", "note": "é"})


def test_register_most_recent_first_with_fields(ws, clinic):
    old = add(ws, clinic.id, "Ancienne", dt.date(2024, 1, 1))
    new = add(ws, clinic.id, "Récente")
    assert [e.id for e in ws.evidence(clinic.id)] == [new, old]
    item = ws.evidence.item(new)
    assert (item.type, item.date, item.title, item.fields) == (
        "document",
        DAY,
        "Récente",
        {"kind": "pssi", "note": "é"},
    )
    with ws.transaction():
        ws.evidence.update(new, dt.date(2025, 3, 2), "Récente v2", {"kind": "charte"})
    item = ws.evidence.item(new)
    assert (item.date, item.title, item.fields) == (dt.date(2025, 3, 2), "Récente v2", {"kind": "charte"})


def test_links_are_added_once_and_replaced(ws, clinic):
    eid = add(ws, clinic.id)
    link = EvidenceLink("P2.4", "P2.4.pssi")
    with ws.transaction():
        ws.evidence.add_links(eid, [link, link, EvidenceLink("P2.1")])
        ws.evidence.add_links(eid, [link])
    assert ws.evidence.item(eid).links == (EvidenceLink("P2.1"), link)
    with ws.transaction():
        ws.evidence.replace_links(eid, [EvidenceLink("P3.6")])
    assert ws.evidence.item(eid).links == (EvidenceLink("P3.6"),)


def test_contents_are_stored_once_and_purged_when_no_file_refers_to_them(ws, clinic):
    eid = add(ws, clinic.id)
    with ws.transaction():
        sha = ws.evidence.store_blob(b"politique")
        assert ws.evidence.store_blob(b"politique") == sha == hashlib.sha256(b"politique").hexdigest()
        first = ws.evidence.insert_file(eid, "a.txt", sha)
        second = ws.evidence.insert_file(eid, "b.txt", sha)
    assert ws.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert [(f.name, f.size) for f in ws.evidence.item(eid).files] == [("a.txt", 9), ("b.txt", 9)]
    assert ws.evidence.file(second).name == "b.txt" and ws.evidence.file_content(sha) == b"politique"
    with ws.transaction():
        ws.evidence.delete_file(first)
        ws.evidence.purge_orphan_blobs()
    assert ws.evidence.file_content(sha) == b"politique"  # still used by b.txt
    with ws.transaction():
        ws.evidence.delete(eid)
        ws.evidence.purge_orphan_blobs()
    assert ws.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert ws.db.execute("SELECT count(*) FROM evidence_files").fetchone()[0] == 0


def test_a_content_altered_in_the_file_is_found(ws, clinic):
    eid = add(ws, clinic.id, "Charte")
    with ws.transaction():
        sha = ws.evidence.store_blob(b"charte")
        ws.evidence.insert_file(eid, "charte.txt", sha)
    assert ws.evidence.verify_files() == []
    with ws.transaction():
        ws.db.execute("UPDATE blobs SET content = ? WHERE sha256 = ?", [b"chartE", sha])
    [problem] = ws.evidence.verify_files()
    assert (problem.evidence_title, problem.name, problem.expected_sha256) == ("Charte", "charte.txt", sha)
    assert problem.actual_sha256 == hashlib.sha256(b"chartE").hexdigest()


def test_unknown_ids_are_not_found(ws):
    for call in (lambda: ws.evidence.item(5), lambda: ws.evidence.file(5), lambda: ws.evidence.file_content("0" * 64)):
        with pytest.raises(NotFoundError):
            call()
