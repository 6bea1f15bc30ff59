"""The demo workspace: a realistic, half-finished campaign whose derived criteria show."""

from __future__ import annotations

import datetime as dt

from hopen_desktop.model.demo import DEMO_NAME, build_demo_workspace
from hopen_desktop.model.scoring import Status
from hopen_desktop.model.workspace import Workspace

TODAY = dt.date(2025, 11, 20)


def test_demo_has_a_half_finished_campaign_with_derived_criteria(tmp_path):
    path = tmp_path / "demo.sqlite"
    campaign_id = build_demo_workspace(path, today=TODAY)
    with Workspace.open(path) as ws:
        camp = ws.campaign(campaign_id)
        est = ws.establishment(camp.establishment_id)
        assert est.name == DEMO_NAME and camp.date == TODAY
        assert len(ws.campaigns(est.id)) == 2  # last year's, to copy from and compare with
        score = ws.score(campaign_id)
        statuses = {s.status for s in score.indicators.values()}
        assert statuses == set(Status)  # some of everything: a half-finished audit
        assert 0 < score.prerequisites_rate < 1
        p24 = {c.criterion_id: c for c in score.indicators["P2.4"].criteria}
        assert p24["P2.4.rdv_direction"].derived and p24["P2.4.rdv_direction"].met
        p12 = {c.criterion_id: c for c in score.indicators["P1.2"].criteria}
        assert p12["P1.2.reunions_semestrielles"].met
        assert score.indicators["P2.1"].status == Status.ATTEINT  # PRA tested 5 months ago
        p36 = {c.criterion_id: c for c in score.indicators["P3.6"].criteria}
        assert not p36["P3.6.rapport_dpo"].met  # DPO report 9 months old: shows what is missing
        assert ws.actions(est.id)
        assert ws.verify_journal() is None
        # Some evidence has files (to show fingerprints), all intact.
        files = [f for e in ws.evidence(est.id) for f in e.files]
        assert len(files) == 3 and ws.verify_files() == []
        pra = next(e for e in ws.evidence(est.id) if e.type == "pra_test")
        assert {"scenario", "result", "rto_observed", "rpo_observed"} <= set(pra.fields)


def test_demo_is_recreated_from_scratch(tmp_path):
    path = tmp_path / "demo.sqlite"
    build_demo_workspace(path, today=TODAY)
    with Workspace.open(path) as ws:
        ws.delete_establishment(ws.establishments()[0].id)
    build_demo_workspace(path, today=TODAY)
    with Workspace.open(path) as ws:
        assert len(ws.establishments()) == 2
        assert len(ws.campaigns()) == 2
