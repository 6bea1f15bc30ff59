"""Evidence operations: items and their files, what they change and the journal rows they write."""

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.operations import evidence
from tests.model.operations.helpers import DAY, head, journal_keys, one


def test_evidence_operations(ws, clinic, tmp_path):
    added = evidence.add_evidence(ws, clinic.id, "document", DAY, "PSSI", {"kind": "pssi"})
    item = added.value
    assert added.changes == Changes(evidence=one(item.id), evidence_of=one(clinic.id))
    updated = evidence.update_evidence(ws, item.id, date=DAY, title="PSSI v2", fields={"kind": "pssi"})
    assert updated.value.title == "PSSI v2" and updated.changes == added.changes
    mark = head(ws)
    attached = evidence.attach_bytes(ws, item.id, "pssi.txt", b"politique")
    assert attached.changes == added.changes
    path = tmp_path / "charte.txt"
    path.write_bytes(b"charte")
    from_disk = evidence.attach_path(ws, item.id, path)
    assert from_disk.changes == added.changes
    assert journal_keys(ws, mark) == [
        ("evidence_file", str(attached.value.id)),
        ("evidence_file", str(from_disk.value.id)),
    ]
    detached = evidence.detach_file(ws, attached.value.id)
    assert detached.changes == added.changes
    assert [f.name for f in ws.evidence_item(item.id).files] == ["charte.txt"]
    deleted = evidence.delete_evidence(ws, item.id)
    assert deleted.changes == added.changes
    assert ws.evidence(clinic.id) == []
    assert ws.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
