"""Applying a merge (issue 18): one transaction with its journal rows and a backup before; the
journal verifies after; a failure half-way writes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hopen_desktop.model.backup import list_backups
from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
from hopen_desktop.model.operations import merge as merge_ops
from hopen_desktop.model.operations.imports import import_campaign
from hopen_desktop.model.operations.merge import merge_campaign
from hopen_desktop.model.stores.sync import answer_uuid
from hopen_desktop.model.workspace import Workspace
from tests.model.operations.helpers import dump, head, journal_keys

CLINIC = EstablishmentData(finess="750000002", name="Clinique des Lilas", legal_status="prive", activities=("MCO",))


def ship(ws, campaign_id):
    return parse_campaign_document(json.loads(json.dumps(export_campaign(ws, campaign_id))))


@pytest.fixture
def pair(tmp_path: Path, data_dir: Path):
    a = Workspace.open(tmp_path / "a.sqlite")
    est = a.add_establishment(CLINIC)
    camp = a.add_campaign(est.id, dt.date(2025, 3, 12), "hopen-2019", "Mme Durand")
    a.save_answer(camp.id, Answer("P1.1", numerator=9, denominator=10))
    with Workspace.open(tmp_path / "b.sqlite") as b:
        cb = import_campaign(b, ship(a, camp.id)).value.id
    yield a, camp.id, tmp_path / "b.sqlite", cb
    a.close()


def _changes_there(a, ca):
    est = a.campaign(ca).establishment_id
    a.save_answer(ca, Answer("P1.1", numerator=8, denominator=10))
    item = a.add_evidence(est, "rssi_direction_meeting", dt.date(2025, 2, 1), "Point RSSI", {})
    a.attach_bytes(item.id, "cr.pdf", b"compte rendu")


def test_a_merge_writes_journal_rows_and_the_journal_verifies(pair):
    a, ca, b_path, cb = pair
    _changes_there(a, ca)
    with Workspace.open(b_path) as b:
        since = head(b)
        outcome = merge_campaign(b, ship(a, ca))
        keys = journal_keys(b, since)
        assert ("answer", "P1.1.numerator") in keys
        assert [k[0] for k in keys].count("evidence") == 1 and [k[0] for k in keys].count("evidence_file") == 1
        assert b.verify_journal_all() == []
        assert outcome.changes.answers == frozenset({(cb, "P1.1")}) and outcome.changes.evidence
        assert outcome.value.files == 1 and outcome.value.campaign.id == cb
        # the record taken carries the other side's version, not a new one of its own
        u = answer_uuid(b.campaigns.uuid(cb), "P1.1")
        assert b.sync.vector(u) == a.sync.vector(u)


def test_the_backup_is_taken_before_the_merge(pair):
    a, ca, b_path, cb = pair
    _changes_there(a, ca)
    b = Workspace.open(b_path, backup=True, backup_before_write=True, exclusive=True)
    merge_campaign(b, ship(a, ca))
    b.close()
    (backup,) = list_backups(b_path)
    with Workspace.open(backup.path, read_only=True) as old:
        assert old.answer(cb, "P1.1").numerator == 9  # the state before the merge


def test_the_backup_is_taken_just_before_even_after_other_writes(pair):
    """The window's workspace took its backup when it opened, hours before: the merge takes its
    own, of the state just before it (with the edits made since the opening)."""
    a, ca, b_path, cb = pair
    _changes_there(a, ca)
    with Workspace.open(b_path) as b:  # no backup asked at the opening
        b.save_answer(cb, Answer("D7.2", not_applicable=True, justification="Pas de GHT."))
        merge_campaign(b, ship(a, ca))
    (backup,) = list_backups(b_path)
    with Workspace.open(backup.path, read_only=True) as old:
        assert old.answer(cb, "P1.1").numerator == 9  # before the merge
        assert old.answer(cb, "D7.2").not_applicable  # after the edit made since the opening


def test_nothing_to_merge_writes_nothing_and_takes_no_backup(pair):
    a, ca, b_path, _cb = pair
    b = Workspace.open(b_path, backup=True, backup_before_write=True, exclusive=True)
    before = dump(b)
    assert merge_campaign(b, ship(a, ca)).value.plan.unchanged()
    assert dump(b) == before
    b.close()
    assert list_backups(b_path) == []


def test_a_failure_half_way_writes_nothing(pair, monkeypatch):
    a, ca, b_path, cb = pair
    _changes_there(a, ca)

    def refuse(*args, **kwargs):
        raise HopenError("attachment.no_name")

    monkeypatch.setattr(merge_ops, "attach_bytes", refuse)  # after the evidence item is written
    b = Workspace.open(b_path, backup=True, backup_before_write=True, exclusive=True)
    before = dump(b)
    with pytest.raises(HopenError):
        merge_campaign(b, ship(a, ca))
    assert dump(b) == before
    assert b.answer(cb, "P1.1").numerator == 9
    b.close()
    assert list_backups(b_path) == []  # the backup of a refused write is dropped
