"""A sealed campaign refuses a change from the command line too (issue 15, item 5): the workbook
imported into it and a bundle replacing it exit 2 with the French message, the workspace file
unchanged; exporting it still works and a copy beside it is a normal, unsealed campaign."""

import pytest

from hopen_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from hopen_desktop.model.operations.campaigns import seal_campaign
from hopen_desktop.model.workspace import Workspace
from tests.reports.conftest import data_dir, fill_workspace, snapshot, workspace_path

__all__ = ["data_dir", "workspace_path"]  # fixtures of a workspace file in tmp_path

SEAL = {"report_id": "ab12cd34ef56ab12cd34ef56", "content_sha256": "0" * 64}


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def sealed(workspace_path):
    ws = Workspace.open(workspace_path)
    try:
        campaign_id = fill_workspace(ws)
        seal_campaign(ws, campaign_id, SEAL)
    finally:
        ws.close()
    return workspace_path, campaign_id


def test_import_xlsx_into_a_sealed_campaign_exits_2_and_leaves_the_file_unchanged(sealed, tmp_path, capsys):
    path, campaign_id = sealed
    book = tmp_path / "grille.xlsx"
    code, _, _ = run(capsys, "export-xlsx", "--workspace", path, "-c", campaign_id, "-o", book)
    assert code == EXIT_OK and book.is_file()  # exporting a sealed campaign works
    before = snapshot(path)
    code, out, err = run(capsys, "import-xlsx", book, "--workspace", path, "-c", campaign_id)
    assert code == EXIT_REFUSED and not out.strip()
    assert "est scellée depuis le" in err and "ne peut plus être modifiée" in err
    assert "Nouvelle version" in err and "ab12cd34…" in err
    assert snapshot(path) == before


def test_a_bundle_cannot_replace_a_sealed_campaign_but_can_be_imported_beside_it(sealed, tmp_path, capsys):
    path, campaign_id = sealed
    bundle = tmp_path / "audit.hopen"
    code, _, _ = run(capsys, "bundle", "export", "--workspace", path, "--campaign", campaign_id, "--out", bundle)
    assert code == EXIT_OK
    before = snapshot(path)
    code, out, err = run(capsys, "bundle", "import", bundle, "--workspace", path, "--replace")
    assert code == EXIT_REFUSED and "remplacée" not in out
    assert "une campagne scellée ne peut pas être remplacée" in err
    assert snapshot(path) == before
    code, out, _ = run(capsys, "bundle", "import", bundle, "--workspace", path, "--copy")
    assert code == EXIT_OK
    new_id = int(out.split()[-1])
    ws = Workspace.open(path, read_only=True)
    try:
        assert ws.campaigns.get(campaign_id).sealed
        assert not ws.campaigns.get(new_id).sealed and ws.campaigns.get(new_id).seal is None
    finally:
        ws.close()
