"""Imports of a JSON exchange document and of an audit bundle announce what they wrote."""

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
from hopen_desktop.model.operations import imports
from hopen_desktop.model.workspace import Workspace
from tests.model.operations.helpers import DAY, one


def test_imports_announce_what_they_wrote(ws, campaign, tmp_path):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=10))
    ws.add_evidence(campaign.establishment_id, "document", DAY, "PSSI", {"kind": "pssi"})
    ws.add_action(campaign.establishment_id, title="Rédiger la PSSI", campaign_id=campaign.id)
    doc = export_campaign(ws, campaign.id)
    with Workspace.open(tmp_path / "other.sqlite") as other:
        imported = imports.import_campaign(other, parse_campaign_document(doc))
        camp = imported.value
        [item] = other.evidence(camp.establishment_id)
        [action] = other.actions(camp.establishment_id)
        assert imported.changes == Changes(
            establishments=one(camp.establishment_id),
            campaigns=one(camp.id),
            answers=frozenset({(camp.id, "P1.1")}),
            evidence=one(item.id),
            evidence_of=one(camp.establishment_id),
            actions=one(action.id),
            actions_of=one(camp.establishment_id),
        )
        again = imports.import_campaign(other, parse_campaign_document(doc))  # same establishment, evidence
        assert again.changes.establishments == frozenset() and again.changes.evidence == frozenset()
        assert again.changes.campaigns == one(again.value.id)


def test_bundle_import_replacing_announces_the_campaign_deleted(ws, campaign, tmp_path):
    from hopen_desktop.model.bundle import OnConflict, export_bundle, read_bundle

    path = export_bundle(ws, campaign.id, tmp_path / "b.hopen")
    replaced = imports.import_bundle(ws, read_bundle(path), OnConflict.REPLACE)
    assert replaced.value.replaced == campaign.id
    assert {campaign.id, replaced.value.campaign.id} <= replaced.changes.campaigns
