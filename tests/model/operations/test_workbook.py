"""The workbook import operation: one transaction with its journal rows, the Changes it made, and
nothing written when it is refused."""

from __future__ import annotations

import pytest

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.errors import HopenError, WorkspaceError
from hopen_desktop.model.operations.workbook import ParsedWorkbook, import_workbook
from hopen_desktop.model.workspace import Workspace
from tests.reports.conftest import data_dir, filled, snapshot, workspace_path

__all__ = ["data_dir", "filled", "workspace_path"]


def test_import_returns_the_answers_it_wrote(filled: tuple[Workspace, int], tmp_path) -> None:
    ws, campaign_id = filled
    current = ws.answers(campaign_id)
    p11 = current["P1.1"]
    changed = Answer("P1.1", 950, 1000, criteria=dict(p11.criteria), comment=p11.comment)
    parsed = ParsedWorkbook(tmp_path / "g.xlsx", (changed, current["P1.2"]), absent=("P1.3",))
    journal = len(ws.journal())
    outcome = import_workbook(ws, campaign_id, parsed)
    assert outcome.changes == Changes(answers=frozenset({(campaign_id, "P1.1")}))
    assert outcome.value.changed == ("P1.1",) and outcome.value.unchanged == ("P1.2",)
    assert outcome.value.absent == ("P1.3",)
    assert outcome.value.journal_rows == len(ws.journal()) - journal > 0
    assert ws.answers(campaign_id)["P1.1"].numerator == 950
    again = import_workbook(ws, campaign_id, parsed)
    assert not again.changes and again.value.changed == ()


def test_a_refusal_writes_nothing(filled: tuple[Workspace, int], tmp_path) -> None:
    ws, campaign_id = filled
    current = ws.answers(campaign_id)
    good = Answer("P1.1", 950, 1000, criteria=dict(current["P1.1"].criteria))
    unknown = Answer("P9.9", comment="indicateur inconnu")
    before = snapshot(ws.path)
    with pytest.raises(HopenError):
        import_workbook(ws, campaign_id, ParsedWorkbook(tmp_path / "g.xlsx", (good, unknown)))
    assert not ws.db.conn.in_transaction
    assert snapshot(ws.path) == before  # P1.1, written first, was rolled back with its journal row


def test_a_read_only_workspace_refuses(filled: tuple[Workspace, int], tmp_path) -> None:
    ws, campaign_id = filled
    good = Answer("P1.1", 950, 1000)
    before = snapshot(ws.path)
    with Workspace.open(ws.path, read_only=True) as ro, pytest.raises(WorkspaceError):
        import_workbook(ro, campaign_id, ParsedWorkbook(tmp_path / "g.xlsx", (good,)))
    assert snapshot(ws.path) == before
