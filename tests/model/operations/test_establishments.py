"""Establishment operations: what they change and the journal rows they write."""

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.operations import establishments
from tests.model.operations.helpers import DAY, head, journal_keys, one


def test_establishment_operations(ws):
    added = establishments.add_establishment(ws, EstablishmentData(finess="750000002", name="Clinique"))
    est = added.value
    assert added.changes == Changes(establishments=one(est.id))
    mark = head(ws)
    updated = establishments.update_establishment(
        ws, est.id, EstablishmentData(finess="750000002", name="Clinique des Lilas", ght="GHT Paris")
    )
    assert updated.value.name == "Clinique des Lilas" and updated.value.ght == "GHT Paris"
    assert updated.changes == Changes(establishments=one(est.id))
    assert journal_keys(ws, mark) == [("establishment", str(est.id))]
    camp = ws.add_campaign(est.id, DAY, "hopen-2019")
    item = ws.add_evidence(est.id, "document", DAY, "PSSI", {"kind": "pssi"})
    action = ws.add_action(est.id, title="Rédiger la PSSI")
    deleted = establishments.delete_establishment(ws, est.id)
    assert deleted.changes == Changes(
        establishments=one(est.id),
        campaigns=one(camp.id),
        evidence=one(item.id),
        evidence_of=one(est.id),
        actions=one(action.id),
        actions_of=one(est.id),
    )
    assert ws.establishments() == []
