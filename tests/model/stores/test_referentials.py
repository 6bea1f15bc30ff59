"""The referential texts a workspace keeps, by SHA-256: written once, shared, read back exactly."""

from __future__ import annotations

import hashlib

from hopen_desktop.model.referential import referential_sha256


def test_a_text_is_kept_once_by_its_hash(ws):
    text = '{"id": "x", "é": 1}'
    with ws.transaction():
        sha = ws.referentials.put("x", "1", text)
        assert ws.referentials.put("x", "1", text) == sha  # nothing written twice
    assert sha == hashlib.sha256(text.encode("utf-8")).hexdigest() == referential_sha256(text)
    assert ws.referentials.content(sha) == text
    assert ws.referentials.content("0" * 64) is None
    assert ws.referentials.ids()[sha] == ("x", "1")


def test_campaigns_of_one_referential_share_its_text(ws, clinic):
    import datetime as dt

    a = ws.add_campaign(clinic.id, dt.date(2025, 1, 2), "hopen-2019")
    b = ws.add_campaign(clinic.id, dt.date(2025, 6, 2), "hopen-2019")
    h = ws.add_campaign(clinic.id, dt.date(2025, 6, 2), "hopital-numerique-2012")
    assert a.referential_sha256 == b.referential_sha256 != h.referential_sha256
    assert len(ws.referentials.ids()) == 2
