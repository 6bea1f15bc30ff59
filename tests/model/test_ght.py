"""The consolidated view of the establishments of one GHT, from real workspaces."""

import datetime as dt

from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.ght import ght_names, ght_view
from hopen_desktop.model.scoring import Status


def test_ght_table_of_three_establishments(ws):
    def add(finess, name, support=False):
        return ws.add_establishment(
            EstablishmentData(finess=finess, name=name, ght="GHT Val de Loire", ght_support=support)
        )

    chu = add("370000010", "CHU de Tours", support=True)
    ch = add("370000002", "CH de Chinon")
    add("370000028", "EHPAD sans campagne")
    ws.add_establishment(EstablishmentData(finess="750000036", name="Hors GHT"))
    c1 = ws.add_campaign(chu.id, dt.date(2025, 1, 10), "hopen-2019")
    old = ws.add_campaign(ch.id, dt.date(2024, 1, 10), "hopen-2019")
    c2 = ws.add_campaign(ch.id, dt.date(2025, 2, 10), "hopen-2019")
    ws.save_answer(c1.id, Answer("D1.1", numerator=95, denominator=100, criteria={"D1.1.ght": True}))
    ws.save_answer(c2.id, Answer("D1.1", numerator=95, denominator=100))
    ws.save_answer(old.id, Answer("D1.1", not_applicable=True, justification="ancien"))

    assert list(ght_names(ws)) == ["GHT Val de Loire"]
    view = ght_view(ws, "GHT Val de Loire")
    assert [m.establishment.name for m in view.members] == ["CHU de Tours", "CH de Chinon", "EHPAD sans campagne"]
    assert view.support.establishment.id == chu.id
    chu_m, ch_m, ehpad = view.members
    assert ch_m.campaign.id == c2.id  # the latest campaign
    assert view.status(chu_m, "D1.1") == Status.ATTEINT
    assert view.status(ch_m, "D1.1") == Status.NON_RENSEIGNE  # GHT criterion not ticked
    assert view.status(ehpad, "D1.1") is None
    assert "D1.1" in view.common_indicators and "D7.3" not in view.common_indicators
    assert len(view.members_missing_prerequisites) == 3
