"""The campaigns' rows: most recent first, the latest of an establishment, written back."""

import dataclasses
import datetime as dt

import pytest

from hopen_desktop.model.errors import NotFoundError


def insert(ws, establishment_id, day):
    with ws.transaction():
        return ws.campaigns.insert(establishment_id, day, "hopen-2019", "2019", "Mme Durand", False)


def test_listing_is_most_recent_first_and_by_establishment(ws, clinic):
    from hopen_desktop.model.entities import EstablishmentData

    other = ws.add_establishment(EstablishmentData("130000011", "Autre"))
    old = insert(ws, clinic.id, dt.date(2024, 1, 1))
    new = insert(ws, clinic.id, dt.date(2025, 1, 1))
    same_day = insert(ws, clinic.id, dt.date(2025, 1, 1))
    elsewhere = insert(ws, other.id, dt.date(2023, 1, 1))
    assert [c.id for c in ws.campaigns(clinic.id)] == [same_day, new, old]
    assert [c.id for c in ws.campaigns()] == [same_day, new, old, elsewhere]
    assert ws.campaigns.latest(clinic.id).id == same_day
    assert ws.campaigns.latest(other.id).id == elsewhere


def test_a_campaign_round_trips_and_is_updated(ws, clinic):
    cid = insert(ws, clinic.id, dt.date(2025, 3, 1))
    camp = ws.campaigns.get(cid)
    assert (camp.date, camp.referential_id, camp.referential_version, camp.auditor) == (
        dt.date(2025, 3, 1),
        "hopen-2019",
        "2019",
        "Mme Durand",
    )
    assert camp.hn_d2_d3_attained is False
    with ws.transaction():
        ws.campaigns.update(
            dataclasses.replace(camp, date=dt.date(2025, 4, 1), auditor="M. Martin", hn_d2_d3_attained=True)
        )
    assert ws.campaigns.get(cid) == dataclasses.replace(
        camp, date=dt.date(2025, 4, 1), auditor="M. Martin", hn_d2_d3_attained=True
    )


def test_an_establishment_without_campaign_has_no_latest_and_unknown_ids_are_not_found(ws, clinic):
    assert ws.campaigns.latest(clinic.id) is None
    with pytest.raises(NotFoundError):
        ws.campaigns.get(99)


def test_delete_takes_its_answers_with_it(ws, campaign):
    from hopen_desktop.model.entities import Answer

    ref = ws.referential_of(campaign)
    ind = next(i for i in ref.indicators if not i.is_rate and any(not c.is_derived for c in i.criteria))
    crit = next(c for c in ind.criteria if not c.is_derived)
    ws.save_answer(campaign.id, Answer(ind.id, criteria={crit.id: True}))
    assert ws.db.execute("SELECT count(*) FROM criterion_answers").fetchone()[0] == 1
    with ws.transaction():
        ws.campaigns.delete(campaign.id)
    assert ws.db.execute("SELECT count(*) FROM criterion_answers").fetchone()[0] == 0
