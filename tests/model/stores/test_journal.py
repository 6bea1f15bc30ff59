"""The change journal: hash-chained rows, listed most recent first; a row changed, removed or
inserted outside the application is found."""

from hopen_desktop.model.stores.journal import GENESIS_HASH, journal_row_hash


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
