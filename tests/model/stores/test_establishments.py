"""The establishments' rows: listed by name whatever the case, found by FINESS, cascaded on delete."""

import datetime as dt

import pytest

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.errors import NotFoundError


def test_insert_get_update_and_list_by_name(ws):
    with ws.transaction():
        b = ws.establishments.insert(EstablishmentData("750000028", "beta", "public", ("MCO", "PSY"), "GHT Est", True))
        a = ws.establishments.insert(EstablishmentData("750000002", "Alpha", "prive"))
    assert [e.name for e in ws.establishments()] == ["Alpha", "beta"]
    got = ws.establishments.get(b)
    assert (got.finess, got.activities, got.ght, got.ght_support) == ("750000028", ("MCO", "PSY"), "GHT Est", True)
    assert ws.establishments.get(a).ght is None and not ws.establishments.get(a).ght_support
    with ws.transaction():
        ws.establishments.update(a, EstablishmentData("750000002", "Alpha 2", "espic", ("HAD",)))
    assert ws.establishments.get(a).legal_status == "espic"
    assert ws.establishments.by_finess("750000002").id == a
    assert ws.establishments.by_finess("999999998") is None


def test_unknown_id_is_not_found(ws):
    with pytest.raises(NotFoundError):
        ws.establishments.get(42)


def test_delete_cascades_to_campaigns_answers_evidence_and_actions(ws, clinic, campaign):
    from hopen_desktop.model.entities import Answer

    ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=2))
    ws.add_evidence(clinic.id, "document", dt.date(2025, 1, 1), "PSSI", {"kind": "pssi"})
    ws.add_action(clinic.id, title="Faire")
    with ws.transaction():
        ws.establishments.delete(clinic.id)
    for table in ("campaigns", "answers", "evidence", "actions"):
        assert ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
