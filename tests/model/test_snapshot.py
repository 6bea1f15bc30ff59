"""The campaign snapshot a report, a workbook (and later a seal) is drawn from: complete, frozen,
scored like the workspace scores it, and read in one read transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest

from hopen_desktop.model.entities import Answer
from hopen_desktop.model.snapshot import journal_authors, take_snapshot
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


def test_the_evidence_support_is_the_workspace_s(filled: tuple[Workspace, int]) -> None:
    ws, campaign_id = filled
    snap = take_snapshot(ws, campaign_id)
    assert snap.evidence_support == ws.evidence_support(campaign_id)


def test_the_previous_campaign_is_the_latest_earlier_one_of_the_same_referential(
    filled: tuple[Workspace, int],
) -> None:
    ws, campaign_id = filled
    current = ws.campaign(campaign_id)
    assert take_snapshot(ws, campaign_id).previous is None  # the first campaign compares with nothing
    older = ws.add_campaign(current.establishment_id, dt.date(2023, 6, 30), "hopen-2019", "A")
    old = ws.add_campaign(current.establishment_id, dt.date(2024, 6, 30), "hopen-2019", "B")
    ws.save_answer(old.id, Answer("P1.1", 1, 10))
    ws.add_campaign(current.establishment_id, dt.date(2024, 12, 31), "hopital-numerique-2012", "C")  # other id
    ws.add_campaign(current.establishment_id, current.date, "hopen-2019", "D")  # same day: not an earlier audit
    ws.add_campaign(current.establishment_id, dt.date(2025, 12, 31), "hopen-2019", "E")  # later
    snap = take_snapshot(ws, campaign_id)
    assert snap.previous is not None
    assert snap.previous.campaign == ws.campaign(old.id)
    assert snap.previous.score == ws.score(old.id)
    assert take_snapshot(ws, older.id).previous is None


def test_the_previous_campaign_does_not_change_the_seal(filled: tuple[Workspace, int]) -> None:
    from hopen_desktop.model.seal import canonical_content

    ws, campaign_id = filled
    current = ws.campaign(campaign_id)
    alone = canonical_content(take_snapshot(ws, campaign_id))
    ws.add_campaign(current.establishment_id, dt.date(2024, 6, 30), "hopen-2019", "B")
    snap = take_snapshot(ws, campaign_id)
    assert snap.previous is not None
    assert canonical_content(snap) == alone


def test_the_authors_of_the_campaign_s_changes_when_the_journal_names_them() -> None:
    rows = [
        SimpleNamespace(campaign_id=1, author="Claire Martin"),
        SimpleNamespace(campaign_id=1, author=None),  # a row written before authors were recorded
        SimpleNamespace(campaign_id=2, author="Autre campagne"),
        SimpleNamespace(campaign_id=1, author=" Paul Durand "),
        SimpleNamespace(campaign_id=1, author="Claire Martin"),
        SimpleNamespace(campaign_id=None, author="Sans campagne"),
        SimpleNamespace(campaign_id=1),  # a version whose rows carry no author at all
    ]
    assert journal_authors(rows, 1) == ("Claire Martin", "Paul Durand")  # type: ignore[arg-type]
    assert journal_authors(rows[1:2], 1) == ()  # type: ignore[arg-type]
