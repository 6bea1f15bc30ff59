"""Operations: each returns what it changed, runs in one transaction with its journal rows, and
leaves nothing written when it fails half-way."""

import datetime as dt
import sqlite3

import pytest

from hopen_desktop.model.backup import create_backup, list_backups
from hopen_desktop.model.changes import EVERYTHING, Changes
from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.errors import ValidationError, WorkspaceError
from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
from hopen_desktop.model.lock import WorkspaceLock
from hopen_desktop.model.operations import actions, answers, campaigns, establishments, evidence, imports, restore
from hopen_desktop.model.operations import settings as setting_ops
from hopen_desktop.model.settings import MAX_FILE_MB
from hopen_desktop.model.workspace import Workspace

DAY = dt.date(2025, 3, 10)


def one(*ids):
    return frozenset(ids)


def journal_keys(ws, since):
    """(entity, key) of the journal rows written after row ``since``, oldest first."""
    return [(e.entity, e.key) for e in reversed(ws.journal()) if e.id > since]


def head(ws):
    entries = ws.journal(limit=1)
    return entries[0].id if entries else 0


def dump(ws):
    return list(ws.db.conn.iterdump())


def test_establishment_operations(ws):
    added = establishments.add_establishment(ws, EstablishmentData(finess="750000001", name="Clinique"))
    est = added.value
    assert added.changes == Changes(establishments=one(est.id))
    mark = head(ws)
    updated = establishments.update_establishment(
        ws, est.id, EstablishmentData(finess="750000001", name="Clinique des Lilas", ght="GHT Paris")
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


def test_campaign_operations(ws, clinic):
    added = campaigns.add_campaign(ws, clinic.id, DAY, "hopen-2019", "Mme Durand")
    camp = added.value
    assert added.changes == Changes(campaigns=one(camp.id))
    ws.save_answer(camp.id, Answer("P1.1", numerator=1, denominator=10))
    ws.save_answer(camp.id, Answer("P2.4", criteria={}))
    mark = head(ws)
    updated = campaigns.update_campaign(ws, camp.id, auditor="M. Martin")
    assert updated.value.auditor == "M. Martin" and updated.changes == Changes(campaigns=one(camp.id))
    assert journal_keys(ws, mark) == [("campaign", str(camp.id))]
    copied = campaigns.copy_campaign(ws, camp.id, dt.date(2025, 6, 1))
    new = copied.value
    assert copied.changes == Changes(campaigns=one(new.id), answers=frozenset({(new.id, "P1.1"), (new.id, "P2.4")}))
    assert ws.answer(new.id, "P1.1").numerator == 1
    deleted = campaigns.delete_campaign(ws, camp.id)
    assert deleted.changes == Changes(campaigns=one(camp.id), actions_of=one(clinic.id))
    assert [c.id for c in ws.campaigns()] == [new.id]


def test_saving_an_answer_returns_before_and_after_and_one_row_per_field(ws, campaign):
    first = answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=1, denominator=10))
    assert first.changes == Changes(answers=frozenset({(campaign.id, "P1.1")}))
    assert first.value.before == Answer("P1.1") and first.value.after.numerator == 1
    mark = head(ws)
    second = answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=2, denominator=10, comment="vu"))
    assert second.value.before == first.value.after
    assert journal_keys(ws, mark) == [("answer", "P1.1.numerator"), ("answer", "P1.1.comment")]
    assert ws.answer(campaign.id, "P1.1") == second.value.after


def test_saving_an_answer_reads_only_that_indicator(ws, campaign, monkeypatch):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=10))
    monkeypatch.setattr(type(ws.answers), "__call__", lambda *a: pytest.fail("read every answer of the campaign"))
    answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=3, denominator=10))
    assert ws.answer(campaign.id, "P1.1").numerator == 3


def test_evidence_operations(ws, clinic, tmp_path):
    added = evidence.add_evidence(ws, clinic.id, "document", DAY, "PSSI", {"kind": "pssi"})
    item = added.value
    assert added.changes == Changes(evidence=one(item.id), evidence_of=one(clinic.id))
    updated = evidence.update_evidence(ws, item.id, date=DAY, title="PSSI v2", fields={"kind": "pssi"})
    assert updated.value.title == "PSSI v2" and updated.changes == added.changes
    mark = head(ws)
    attached = evidence.attach_bytes(ws, item.id, "pssi.txt", b"politique")
    assert attached.changes == added.changes
    path = tmp_path / "charte.txt"
    path.write_bytes(b"charte")
    from_disk = evidence.attach_path(ws, item.id, path)
    assert from_disk.changes == added.changes
    assert journal_keys(ws, mark) == [
        ("evidence_file", str(attached.value.id)),
        ("evidence_file", str(from_disk.value.id)),
    ]
    detached = evidence.detach_file(ws, attached.value.id)
    assert detached.changes == added.changes
    assert [f.name for f in ws.evidence_item(item.id).files] == ["charte.txt"]
    deleted = evidence.delete_evidence(ws, item.id)
    assert deleted.changes == added.changes
    assert ws.evidence(clinic.id) == []
    assert ws.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_action_operations(ws, clinic):
    added = actions.add_action(ws, clinic.id, title="Rédiger la PSSI", owner=" RSSI ")
    action = added.value
    assert action.owner == "RSSI"
    assert added.changes == Changes(actions=one(action.id), actions_of=one(clinic.id))
    done = actions.set_action_status(ws, action.id, "fait")
    assert done.value.status == "fait" and done.value.title == "Rédiger la PSSI"
    assert done.changes == added.changes
    mark = head(ws)
    updated = actions.update_action(
        ws, action.id, title="PSSI v2", owner="DSI", due_date=DAY, status="en_cours", notes=""
    )
    assert updated.value.due_date == DAY and updated.changes == added.changes
    assert journal_keys(ws, mark) == [("action", str(action.id))]
    assert actions.delete_action(ws, action.id).changes == added.changes
    assert ws.actions(clinic.id) == []


def test_setting_operation(ws):
    changed = setting_ops.set_setting(ws, MAX_FILE_MB, 12)
    assert changed.value == 12 and changed.changes == Changes(settings=one(MAX_FILE_MB.key))
    assert ws.setting(MAX_FILE_MB) == 12
    assert ws.journal(limit=1)[0].entity == "setting"


def test_imports_announce_what_they_wrote(ws, campaign, tmp_path):
    ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=10))
    ws.add_evidence(campaign.establishment_id, "document", DAY, "PSSI", {"kind": "pssi"})
    ws.add_action(campaign.establishment_id, title="Rédiger la PSSI", campaign_id=campaign.id)
    doc = export_campaign(ws, campaign.id)
    with Workspace.open(tmp_path / "other.sqlite") as other:
        imported = imports.import_campaign(other, parse_campaign_document(doc))
        camp = imported.value
        [item] = other.evidence(camp.establishment_id)
        [action] = other.actions(camp.establishment_id)
        assert imported.changes == Changes(
            establishments=one(camp.establishment_id),
            campaigns=one(camp.id),
            answers=frozenset({(camp.id, "P1.1")}),
            evidence=one(item.id),
            evidence_of=one(camp.establishment_id),
            actions=one(action.id),
            actions_of=one(camp.establishment_id),
        )
        again = imports.import_campaign(other, parse_campaign_document(doc))  # same establishment, evidence
        assert again.changes.establishments == frozenset() and again.changes.evidence == frozenset()
        assert again.changes.campaigns == one(again.value.id)


def test_bundle_import_replacing_announces_the_campaign_deleted(ws, campaign, tmp_path):
    from hopen_desktop.model.bundle import OnConflict, export_bundle, read_bundle

    path = export_bundle(ws, campaign.id, tmp_path / "b.hopen")
    replaced = imports.import_bundle(ws, read_bundle(path), OnConflict.REPLACE)
    assert replaced.value.replaced == campaign.id
    assert {campaign.id, replaced.value.campaign.id} <= replaced.changes.campaigns


OPERATIONS = {
    "add_establishment": lambda ws, c: establishments.add_establishment(
        ws, EstablishmentData(finess="130000011", name="Autre")
    ),
    "delete_establishment": lambda ws, c: establishments.delete_establishment(ws, c.establishment_id),
    "add_campaign": lambda ws, c: campaigns.add_campaign(ws, c.establishment_id, DAY, "hopen-2019"),
    "copy_campaign": lambda ws, c: campaigns.copy_campaign(ws, c.id, DAY),
    "delete_campaign": lambda ws, c: campaigns.delete_campaign(ws, c.id),
    "save_answer": lambda ws, c: answers.save_answer(ws, c.id, Answer("P1.1", numerator=5, denominator=10)),
    "add_evidence": lambda ws, c: evidence.add_evidence(ws, c.establishment_id, "document", DAY, "Charte", {}),
    "attach_bytes": lambda ws, c: evidence.attach_bytes(ws, ws.evidence(c.establishment_id)[0].id, "x.txt", b"x"),
    "delete_evidence": lambda ws, c: evidence.delete_evidence(ws, ws.evidence(c.establishment_id)[0].id),
    "add_action": lambda ws, c: actions.add_action(ws, c.establishment_id, title="Faire"),
    "set_setting": lambda ws, c: setting_ops.set_setting(ws, MAX_FILE_MB, 7),
}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_failure_half_way_leaves_nothing_written(ws, campaign, monkeypatch, name):
    """The journal row is written last: when it fails, the rows written before it are undone."""
    ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=10))
    item = ws.add_evidence(campaign.establishment_id, "document", DAY, "PSSI", {"kind": "pssi"})
    ws.attach_bytes(item.id, "pssi.txt", b"politique")
    before = dump(ws)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disque plein (simulé)")

    monkeypatch.setattr(ws.journal, "append", broken)
    with pytest.raises(sqlite3.OperationalError):
        OPERATIONS[name](ws, campaign)
    monkeypatch.undo()
    assert dump(ws) == before


def test_a_refused_value_writes_nothing(ws, campaign):
    before = dump(ws)
    with pytest.raises(ValidationError):
        answers.save_answer(ws, campaign.id, Answer("P1.1", numerator=11, denominator=10))
    with pytest.raises(ValidationError):
        actions.add_action(ws, campaign.establishment_id, title="   ")
    assert dump(ws) == before


def test_read_only_workspace_refuses_every_operation(tmp_path, data_dir):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000001", name="Clinique"))
    with Workspace.open(path, read_only=True) as ro, pytest.raises(WorkspaceError, match="lecture seule"):
        actions.add_action(ro, est.id, title="Faire")


def test_restore_takes_the_lock_and_announces_everything(tmp_path, data_dir):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.add_establishment(EstablishmentData(finess="750000001", name="Clinique"))
    create_backup(path)
    [backup] = list_backups(path)
    lock = WorkspaceLock(path).acquire()  # a window has it open
    try:
        with pytest.raises(WorkspaceError):
            restore.restore_backup(path, backup.path)
    finally:
        lock.release()
    restored = restore.restore_backup(path, backup.path)
    assert restored.changes == EVERYTHING and restored.value is not None
