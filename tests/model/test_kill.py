"""Killed mid-write (issue 7): SIGKILL at random moments, nothing acknowledged lost."""

from tests.model.kill_harness import run_kills


def test_thirty_kills_lose_no_acknowledged_edit(tmp_path):
    report = run_kills(tmp_path / "w.sqlite", kills=30, seed=7)
    assert report.problems == []
    assert report.kills == 30
    assert report.acknowledged > 30  # edits really happened between the kills
