"""The item models over the domain layer, checked with qtmodeltester and without widgets."""

from __future__ import annotations

import datetime as dt

import pytest

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui.audit.item_models import (
    ID_ROLE,
    OBJECT_ROLE,
    SORT_ROLE,
    BlockerListModel,
    CampaignTableModel,
    EstablishmentTableModel,
    GroupTableModel,
    IndicatorTreeModel,
)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.sqlite"
    campaign_id = build_demo_workspace(path, today=dt.date(2025, 11, 20))
    ws = Workspace.open(path)
    yield ws, campaign_id
    ws.close()


def test_establishment_model(qtmodeltester, demo):
    ws, _ = demo
    model = EstablishmentTableModel()
    model.set_establishments(ws.establishments())
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    row = model.row_of(ws.establishments()[1].id)
    assert model.index(row, model.NAME).data() == "Clinique du Parc des Tilleuls"
    assert model.index(row, model.LEGAL_STATUS).data() == "Privé"
    assert model.index(row, model.LEGAL_STATUS).data(SORT_ROLE) == "prive"
    assert model.index(row, model.GHT).data() == "Hors GHT"
    assert model.index(row, 0).data(OBJECT_ROLE).finess == "690000013"
    assert model.index(row, model.FINESS).data() == "690000013"


def test_establishment_model_marks_a_provisional_finess(qtmodeltester, tmp_path):
    from hopen_desktop.model.entities import EstablishmentData

    with Workspace.open(tmp_path / "w.sqlite") as ws:
        est = ws.add_establishment(EstablishmentData(finess="", name="Clinique", finess_provisional=True))
        model = EstablishmentTableModel()
        model.set_establishments(ws.establishments())
        qtmodeltester.check(model)
        assert model.index(0, model.FINESS).data() == f"{est.finess} (provisoire)"


def test_campaign_model(qtmodeltester, demo):
    ws, campaign_id = demo
    model = CampaignTableModel()
    model.set_campaigns(ws.campaigns(ws.campaign(campaign_id).establishment_id))
    qtmodeltester.check(model)
    assert model.index(0, model.DATE).data() == "Campagne du 20/11/2025"
    assert model.index(0, model.DATE).data(SORT_ROLE) == "2025-11-20"
    assert model.index(0, 0).data(ID_ROLE) == campaign_id


def test_indicator_tree_model(qtmodeltester, demo):
    ws, campaign_id = demo
    model = IndicatorTreeModel()
    ref = ws.referential_of(ws.campaign(campaign_id))
    model.set_referential(ref)
    model.set_score(ws.score(campaign_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 11  # P1–P4, D1–D7
    assert len(model.indicator_ids()) == 41
    p11 = model.index_of("P1.1")
    assert p11.parent().data(ID_ROLE) == "P1"
    assert p11.data().startswith("✔ P1.1")
    assert model.index_of("D7.3").data().startswith("– D7.3")


def test_group_and_blocker_models(qtmodeltester, demo):
    ws, campaign_id = demo
    ref = ws.referential_of(ws.campaign(campaign_id))
    score = ws.score(campaign_id)
    groups = GroupTableModel()
    groups.set_data(ref, score)
    qtmodeltester.check(groups)
    assert groups.index(0, groups.ELIGIBILITY).data() == "— (prérequis)"
    assert groups.index(4, groups.ELIGIBILITY).data() == "Non éligible"
    assert "Prérequis non atteints" in groups.index(4, groups.ELIGIBILITY).data(2 + 1)  # ToolTipRole
    blockers = BlockerListModel()
    blockers.set_data(ref, score)
    qtmodeltester.check(blockers)
    assert [blockers.index(r, 0).data(ID_ROLE) for r in range(blockers.rowCount())] == list(score.blockers)
