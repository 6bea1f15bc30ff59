"""The campaign snapshot a report, a workbook (and later a seal) is drawn from: complete, frozen,
scored like the workspace scores it, and read in one read transaction."""

from __future__ import annotations

import dataclasses

import pytest

from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from tests.reports.conftest import data_dir, filled, workspace_path

__all__ = ["data_dir", "filled", "workspace_path"]


def test_snapshot_is_complete_and_scored_like_the_workspace(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    assert snap.campaign == ws.campaign(campaign_id)
    assert snap.establishment == ws.establishment(snap.campaign.establishment_id)
    assert snap.referential.id == "hopen-2019"
    assert dict(snap.answers) == ws.answers(campaign_id)
    assert snap.score == ws.score(campaign_id)
    assert {e.id for e in snap.evidence} == {e.id for e in ws.evidence(snap.establishment.id)}
    assert [e.date for e in snap.evidence] == sorted(e.date for e in snap.evidence)
    assert [a.title for a in snap.actions] == ["Faire auditer l'exposition Internet", "Planifier le test du PRA"]
    assert snap.journal_problem is None and snap.journal_rows == len(ws.journal())
    assert snap.altered_files == () and snap.files_checked
    assert not take_snapshot(ws, campaign_id, check_files=False).files_checked
    assert not ws.db.conn.in_transaction  # the read transaction is over


def test_snapshot_is_frozen(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    with pytest.raises(dataclasses.FrozenInstanceError):
        snap.journal_rows = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        snap.answers["P1.1"] = snap.answer("P1.2")  # type: ignore[index]
    ws.db.execute("DELETE FROM answers WHERE campaign_id = ?", [campaign_id])
    assert "P1.1" in snap.answers  # a value, not a view of the workspace


def test_snapshot_reports_a_broken_journal_and_altered_files(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    ws.db.execute("UPDATE journal SET new = '\"falsifié\"' WHERE id = 3")
    ws.db.execute("UPDATE blobs SET content = x'00'")
    snap = take_snapshot(ws, campaign_id)
    assert snap.journal_problem == "Ligne 3 du journal modifiée hors de l'application."
    assert sorted(snap.altered_files) == ["PSSI-révision-3.pdf", "compte-rendu.txt"]
