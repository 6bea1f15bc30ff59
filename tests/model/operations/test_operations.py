"""Operations: each returns what it changed, runs in one transaction with its journal rows, and
leaves nothing written when it fails half-way."""

import sqlite3

import pytest

from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.errors import ValidationError, WorkspaceError
from hopen_desktop.model.operations import actions, answers, campaigns, establishments, evidence
from hopen_desktop.model.operations import settings as setting_ops
from hopen_desktop.model.settings import MAX_FILE_MB
from hopen_desktop.model.workspace import Workspace
from tests.model.operations.helpers import DAY, dump

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
    with pytest.raises(WorkspaceError) as failed:  # the SQLite failure, said in French (issue 14, family 7)
        OPERATIONS[name](ws, campaign)
    assert isinstance(failed.value.__cause__, sqlite3.OperationalError)
    assert str(failed.value.__cause__) == "disque plein (simulé)"
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
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    with Workspace.open(path, read_only=True) as ro, pytest.raises(WorkspaceError, match="lecture seule"):
        actions.add_action(ro, est.id, title="Faire")
