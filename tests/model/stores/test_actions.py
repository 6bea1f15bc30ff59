"""The action plan's rows: soonest due first and undated last, written back, deleted."""

import datetime as dt

import pytest

from hopen_desktop.model.errors import NotFoundError


def insert(ws, establishment_id, title, due=None, **kw):
    fields = {"owner": "", "status": "a_faire", "notes": "", "indicator": None, "criterion": None, "campaign_id": None}
    fields.update(kw)
    with ws.transaction():
        return ws.actions.insert(establishment_id, title=title, due_date=due, **fields)


def test_soonest_due_first_and_undated_last(ws, clinic):
    undated = insert(ws, clinic.id, "Sans date")
    late = insert(ws, clinic.id, "Tard", dt.date(2026, 1, 1))
    soon = insert(ws, clinic.id, "Tôt", dt.date(2025, 1, 1))
    assert [a.id for a in ws.actions(clinic.id)] == [soon, late, undated]


def test_an_action_round_trips_with_its_origin_and_is_updated(ws, clinic, campaign):
    aid = insert(
        ws,
        clinic.id,
        "PSSI",
        dt.date(2025, 5, 1),
        owner="RSSI",
        indicator="P2.4",
        criterion="P2.4.pssi",
        campaign_id=campaign.id,
        notes="n",
    )
    action = ws.actions.get(aid)
    assert (action.campaign_id, action.indicator, action.criterion, action.owner) == (
        campaign.id,
        "P2.4",
        "P2.4.pssi",
        "RSSI",
    )
    with ws.transaction():
        ws.actions.update(aid, title="PSSI v2", owner="DSI", due_date=None, status="fait", notes="")
    updated = ws.actions.get(aid)
    assert (updated.title, updated.owner, updated.due_date, updated.status, updated.indicator) == (
        "PSSI v2",
        "DSI",
        None,
        "fait",
        "P2.4",
    )


def test_delete_and_unknown_ids(ws, clinic):
    aid = insert(ws, clinic.id, "Faire")
    with ws.transaction():
        ws.actions.delete(aid)
    assert ws.actions(clinic.id) == []
    with pytest.raises(NotFoundError):
        ws.actions.get(aid)
