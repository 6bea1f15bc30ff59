"""Establishment operations: what they change and the journal rows they write."""

import json
import re
from dataclasses import replace

import pytest

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.operations import establishments
from hopen_desktop.model.validation import check_finess_format
from tests.model.operations.helpers import DAY, dump, head, journal_keys, one


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


# ---------------------------------------------------------------------------- FINESS key, provisional


def old_establishment(ws, monkeypatch, finess="750000001", name="Clinique ancienne"):
    """An establishment saved by a version that did not check the FINESS key (its journal is right)."""
    with monkeypatch.context() as m:
        m.setattr(establishments, "check_finess", check_finess_format)
        return ws.add_establishment(EstablishmentData(finess=finess, name=name))


def test_a_wrong_key_is_refused_and_nothing_written(ws):
    mark, before = head(ws), dump(ws)
    with pytest.raises(ValidationError) as caught:
        establishments.add_establishment(ws, EstablishmentData(finess="750000001", name="Clinique"))
    assert (caught.value.code, caught.value.field) == ("finess.bad_key", "finess")
    assert "750000001 a une clé de contrôle fausse" in caught.value.message
    assert head(ws) == mark and dump(ws) == before


def test_a_stored_number_with_a_wrong_key_stays_usable(ws, monkeypatch):
    est = old_establishment(ws, monkeypatch)
    assert ws.establishment_by_finess("750000001").id == est.id
    # Renamed, its number unchanged: not new input, accepted.
    renamed = establishments.update_establishment(ws, est.id, replace(est.data(), name="Clinique rénovée")).value
    assert (renamed.finess, renamed.name) == ("750000001", "Clinique rénovée")
    # Changed to another wrong number: new input, refused.
    with pytest.raises(ValidationError) as caught:
        establishments.update_establishment(ws, est.id, replace(est.data(), finess="750000003"))
    assert caught.value.code == "finess.bad_key"
    # Corrected: accepted.
    fixed = establishments.update_establishment(ws, est.id, replace(est.data(), finess="750000002")).value
    assert fixed.finess == "750000002"
    assert ws.journal.verify_all() == []


def test_a_provisional_establishment_gets_a_unique_placeholder(ws):
    mark = head(ws)
    added = establishments.add_establishment(
        ws, EstablishmentData(finess="", name="Clinique nouvelle", finess_provisional=True)
    )
    est = added.value
    assert est.finess_provisional and re.fullmatch(r"PROV-[0-9A-F]{8}", est.finess)
    assert est.finess_label("fr") == f"{est.finess} (provisoire)" and est.finess_label("en").endswith("(provisional)")
    assert journal_keys(ws, mark) == [("establishment", str(est.id))]
    assert json.loads(ws.journal(limit=1)[0].new)["finess_provisional"] == 1
    provisional = [EstablishmentData(finess="", name=f"N{n}", finess_provisional=True) for n in range(20)]
    others = {establishments.add_establishment(ws, data).value.finess for data in provisional}
    assert len(others | {est.finess}) == 21
    # Edited with the field still empty: the placeholder is kept.
    kept = establishments.update_establishment(ws, est.id, replace(est.data(), finess="", name="Clinique N")).value
    assert kept.finess == est.finess and kept.finess_provisional
    assert ws.journal.verify_all() == []


def test_placeholders_never_collide_in_a_workspace(ws, monkeypatch):
    taken = establishments.add_establishment(ws, EstablishmentData(finess="", name="A", finess_provisional=True)).value
    draws = iter([taken.finess[5:].lower(), taken.finess[5:].lower(), "00c0ffee"])
    monkeypatch.setattr(establishments.secrets, "token_hex", lambda n: next(draws))
    second = establishments.add_establishment(ws, EstablishmentData(finess="", name="B", finess_provisional=True)).value
    assert second.finess == "PROV-00C0FFEE"


def test_a_provisional_number_is_not_checked_against_its_key_then_the_real_one_is(ws):
    est = establishments.add_establishment(
        ws, EstablishmentData(finess="750000001", name="Clinique", finess_provisional=True)
    ).value
    assert (est.finess, est.finess_provisional) == ("750000001", True)
    # The user unticks « FINESS provisoire »: the number must now be a real one.
    with pytest.raises(ValidationError) as caught:
        establishments.update_establishment(ws, est.id, replace(est.data(), finess_provisional=False))
    assert caught.value.code == "finess.bad_key"
    with pytest.raises(ValidationError) as caught:
        establishments.update_establishment(ws, est.id, replace(est.data(), finess="", finess_provisional=False))
    assert caught.value.code == "finess.missing"
    mark = head(ws)
    real = establishments.update_establishment(
        ws, est.id, replace(est.data(), finess="750000002", finess_provisional=False)
    ).value
    assert (real.finess, real.finess_provisional) == ("750000002", False)
    assert journal_keys(ws, mark) == [("establishment", str(est.id))]
    assert ws.journal.verify_all() == []


def test_a_placeholder_cannot_stay_once_the_flag_is_cleared(ws):
    est = establishments.add_establishment(ws, EstablishmentData(finess="", name="C", finess_provisional=True)).value
    with pytest.raises(ValidationError) as caught:
        establishments.update_establishment(ws, est.id, replace(est.data(), finess_provisional=False))
    assert caught.value.code == "finess.invalid"
