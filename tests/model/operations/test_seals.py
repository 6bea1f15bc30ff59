"""Sealing with the seal of a signed report (operations/seals.py): refused when the campaign
changed since the report; once sealed, the campaign keeps the score, the report and the content
digest of its signed report whatever is added to the establishment afterwards."""

import datetime as dt

import pytest

from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.operations import actions, campaigns, establishments, evidence, seals
from hopen_desktop.model.seal import compare, make_seal
from hopen_desktop.model.sealing import SealedError
from hopen_desktop.model.snapshot import take_snapshot
from tests.model.operations.helpers import DAY, dump


def test_sealing_with_a_report_checks_the_campaign_is_still_what_it_sealed(ws, clinic):
    camp = ws.add_campaign(clinic.id, DAY, "hopen-2019", "Mme Durand")
    ws.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
    seal = make_seal(take_snapshot(ws, camp.id))
    ws.save_answer(camp.id, Answer("P1.1", numerator=10, denominator=10))  # edited after the report
    before = dump(ws)
    with pytest.raises(HopenError) as info:
        seals.seal_with_report(ws, camp.id, seal)
    assert info.value.code == "campaign.seal_outdated" and "Indicateur P1.1 modifié" in info.value.message
    assert dump(ws) == before
    other = ws.add_campaign(clinic.id, dt.date(2025, 2, 1), "hopen-2019")
    with pytest.raises(HopenError) as wrong:
        seals.seal_with_report(ws, other.id, seal)
    assert wrong.value.code == "campaign.seal_other"
    fresh = make_seal(take_snapshot(ws, camp.id))
    sealed = seals.seal_with_report(ws, camp.id, fresh).value
    assert sealed.sealed and sealed.seal is not None
    assert {k: v for k, v in sealed.seal.items() if k != "establishment_record"} == fresh.to_dict()
    assert sealed.seal["establishment_record"]["name"] == clinic.name
    assert ws.journal.verify_all() == []


def test_what_is_added_later_does_not_reach_a_sealed_campaign(ws, clinic):
    """The review's case: after sealing, a DPO report and a meeting dated before the campaign, a
    renamed establishment joining a GHT, a new plan action — the sealed campaign's score, report
    content and digest stay those of its signed report; an unsealed campaign sees them."""
    camp = ws.add_campaign(clinic.id, DAY, "hopen-2019", "Mme Durand")
    ws.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
    plan = actions.add_action(ws, clinic.id, title="Action du plan").value  # listed by the report
    seal = make_seal(take_snapshot(ws, camp.id))
    seals.seal_with_report(ws, camp.id, seal)
    score_before = ws.score(camp.id)

    evidence.add_evidence(
        ws, clinic.id, "document", DAY - dt.timedelta(days=30), "Rapport d'activité du DPO", {"doc_kind": "autre"}
    )  # fmt: skip
    evidence.add_evidence(ws, clinic.id, "document", DAY - dt.timedelta(days=2), "PSSI tardive", {"doc_kind": "pssi"})
    establishments.update_establishment(
        ws, clinic.id, EstablishmentData(finess=clinic.finess, name="Clinique renommée", ght="GHT Sud")
    )
    later = actions.add_action(ws, clinic.id, title="Nouvelle action").value  # allowed: not in the report

    snapshot = take_snapshot(ws, camp.id)
    assert compare(seal, snapshot).same, compare(seal, snapshot).lines()
    assert make_seal(snapshot).content_sha256 == seal.content_sha256  # re-rendered: the same digest
    assert snapshot.establishment.name == clinic.name and not snapshot.establishment.in_ght
    assert [a.id for a in snapshot.actions] == [plan.id] and later.id not in {a.id for a in snapshot.actions}
    assert ws.score(camp.id) == score_before
    # The plan action its report listed is frozen with it; the new one is not.
    with pytest.raises(SealedError):
        actions.update_action(ws, plan.id, title="Renommée", owner="", due_date=None, status="fait", notes="")
    actions.set_action_status(ws, later.id, "fait")
    # A new version sees the establishment and the register as they are now.
    new = campaigns.new_version(ws, camp.id).value
    current = take_snapshot(ws, new.id)
    assert current.establishment.name == "Clinique renommée" and current.establishment.in_ght
    assert {e.title for e in current.evidence} >= {"Rapport d'activité du DPO", "PSSI tardive"}
    assert ws.journal.verify_all() == []
