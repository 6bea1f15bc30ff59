"""Campaign operations: what they change and the journal rows they write."""

import datetime as dt

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.operations import campaigns
from tests.model.operations.helpers import DAY, head, journal_keys, one


def test_campaign_operations(ws, clinic):
    added = campaigns.add_campaign(ws, clinic.id, DAY, "hopen-2019", "Mme Durand")
    camp = added.value
    assert added.changes == Changes(campaigns=one(camp.id))
    ws.save_answer(camp.id, Answer("P1.1", numerator=1, denominator=10))
    ws.save_answer(camp.id, Answer("P2.4", criteria={}))
    mark = head(ws)
    updated = campaigns.update_campaign(ws, camp.id, auditor="M. Martin")
    assert updated.value.auditor == "M. Martin" and updated.changes == Changes(campaigns=one(camp.id))
    assert journal_keys(ws, mark) == [("campaign", str(camp.id))]
    copied = campaigns.copy_campaign(ws, camp.id, dt.date(2025, 6, 1))
    new = copied.value
    assert copied.changes == Changes(campaigns=one(new.id), answers=frozenset({(new.id, "P1.1"), (new.id, "P2.4")}))
    assert ws.answer(new.id, "P1.1").numerator == 1
    deleted = campaigns.delete_campaign(ws, camp.id)
    assert deleted.changes == Changes(campaigns=one(camp.id), actions_of=one(clinic.id))
    assert [c.id for c in ws.campaigns()] == [new.id]
