"""Identities and version vectors (model/stores/sync.py, issue 18)."""

from __future__ import annotations

import datetime as dt

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.stores.sync import (
    answer_uuid,
    criterion_uuid,
    decode_vector,
    is_uuid,
    kind_of,
    new_uuid,
    vector_le,
    vector_max,
)


def test_vectors_compare_and_join():
    assert vector_le({}, {"a": 1}) and vector_le({"a": 1}, {"a": 1, "b": 2})
    assert not vector_le({"a": 2}, {"a": 1, "b": 5}) and not vector_le({"a": 1, "b": 5}, {"a": 2})
    assert vector_max({"a": 2, "b": 1}, {"b": 3, "c": 1}) == {"a": 2, "b": 3, "c": 1}
    assert decode_vector('{"a": 1, "b": "x", "c": -1}') == {"a": 1}
    assert decode_vector("not json") == {} and decode_vector(None) == {}


def test_derived_uuids_are_the_same_on_every_laptop():
    cu = new_uuid()
    assert answer_uuid(cu, "P1.1") == answer_uuid(cu, "P1.1") != answer_uuid(cu, "P1.2")
    assert criterion_uuid(cu, "P1.1") != answer_uuid(cu, "P1.1")
    assert answer_uuid(cu, "P1.1") != answer_uuid(new_uuid(), "P1.1")
    assert is_uuid(answer_uuid(cu, "P1.1")) and not is_uuid("x" * 36) and not is_uuid(3)


def test_kind_of_a_record():
    records = ("e1", "e1/c2", "e1/c2/a/P1.1", "e1/c2/k/P2.4.pssi", "e1/ev3", "e1/ev3/f4", "e1/act5")
    assert [kind_of(r) for r in records] == [
        "establishment",
        "campaign",
        "answer",
        "criterion",
        "evidence",
        "file",
        "action",
    ]
    assert kind_of("s/max_file_mb") is None


def test_new_records_get_an_identity_and_a_version(ws, clinic, campaign):
    replica = ws.sync.replica()
    ws.save_answer(campaign.id, Answer("P2.4", criteria={"P2.4.pssi": True}))
    cu = ws.campaigns.uuid(campaign.id)
    assert ws.sync.vector(criterion_uuid(cu, "P2.4.pssi")) == {replica: 1}
    ws.save_answer(campaign.id, Answer("P2.4", criteria={"P2.4.pssi": False}))
    assert ws.sync.vector(criterion_uuid(cu, "P2.4.pssi")) == {replica: 2}  # rewritten, same identity
    assert ws.sync.answer_indicators(campaign.id) == {"P2.4"}
    ids = ws.sync.identities(clinic.id, campaign.id)
    assert ids.campaigns == {campaign.id: cu} and is_uuid(ids.establishments[clinic.id])


def test_a_copied_campaigns_answers_get_its_own_derived_identities(ws, campaign):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=2))
    copy = ws.copy_campaign(campaign.id, dt.date(2025, 12, 31))
    cu = ws.campaigns.uuid(copy.id)
    assert ws.db.execute("SELECT uuid FROM answers WHERE campaign_id = ?", [copy.id]).fetchone()[0] == answer_uuid(
        cu, "P1.1"
    )
    assert ws.journal.verify_all() == []


def test_an_id_reused_after_a_delete_tombstones_the_former_record(ws, clinic):
    first, second = new_uuid(), new_uuid()
    with ws.transaction():
        ws.sync.touch("e1/act9", first, "2025-01-01T00:00:00", None)
        ws.sync.touch("e1/act9", second, "2025-01-02T00:00:00", "Marie")
    old, new = ws.sync.version(first), ws.sync.version(second)
    assert old is not None and old.deleted and new is not None and not new.deleted and new.author == "Marie"
    ws.sync.set_vector(second, {"x": 4}, False)
    assert ws.sync.vector(second) == {"x": 4} and ws.sync.version(second).record == "e1/act9"
