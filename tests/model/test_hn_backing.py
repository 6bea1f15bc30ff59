"""The declared Hôpital Numérique D2/D3 attainment, backed or not by an HN campaign of the workspace."""

from __future__ import annotations

import datetime as dt

from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.hn_backing import hn_declaration
from hopen_desktop.model.referential import load_referential
from hopen_desktop.model.workspace import Workspace


def test_backed_by_the_latest_hn_campaign_attaining_d2_or_d3(tmp_path, hopen_data_dir):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
        other = ws.add_establishment(EstablishmentData(finess="130000011", name="Autre"))
        camp = ws.add_campaign(est.id, dt.date(2025, 6, 30), "hopen-2019")
        ws.update_campaign(camp.id, hn_d2_d3_attained=True)
        camp = ws.campaign(camp.id)
        assert hn_declaration(ws, camp).backed_by is None
        assert hn_declaration(ws, camp).text().text("fr") == "déclarée, non justifiée dans l'espace"
        hn_ref = load_referential("hopital-numerique-2012")
        # An HN campaign of another establishment, and one of this establishment without D2 or D3.
        elsewhere = ws.add_campaign(other.id, dt.date(2016, 6, 30), hn_ref.id)
        weak = ws.add_campaign(est.id, dt.date(2015, 6, 30), hn_ref.id)
        for c in (elsewhere.id,):
            _attain(ws, c, hn_ref, "D3")
        assert hn_declaration(ws, camp).backed_by is None
        strong = ws.add_campaign(est.id, dt.date(2016, 6, 30), hn_ref.id)
        _attain(ws, strong.id, hn_ref, "D3")
        found = hn_declaration(ws, camp)
        assert found.backed_by is not None and found.backed_by.id == strong.id and found.domains == ("D3",)
        assert found.text().text("en") == (
            f"declared, backed by the Hôpital Numérique campaign of 30/06/2016 (no. {strong.id}, D3 attained)"
        )
        assert weak.id != strong.id
        from hopen_desktop.model.snapshot import take_snapshot

        snap = take_snapshot(ws, camp.id, check_files=False)  # what the report shows
        assert snap.hn_declaration is not None and snap.hn_declaration.backed_by == found.backed_by
        ws.update_campaign(camp.id, hn_d2_d3_attained=False)
        undeclared = hn_declaration(ws, ws.campaign(camp.id))
        assert undeclared.text().text("fr").startswith("non déclarée, alors que la campagne Hôpital Numérique")


def _attain(ws, campaign_id, ref, group):
    for ind in ref.indicators_of(group):
        if ind.is_rate:
            ws.save_answer(campaign_id, Answer(ind.id, numerator=1, denominator=1))
        else:
            ws.save_answer(campaign_id, Answer(ind.id, criteria={c.id: True for c in ind.criteria}))
