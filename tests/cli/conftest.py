"""Fixtures of the command-line tests: a workspace file made by a real `import`."""

import json

import pytest

from tests.cli.helpers import contract_document, run


@pytest.fixture
def imported(tmp_path):
    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(contract_document(), ensure_ascii=False), encoding="utf-8")
    ws = tmp_path / "w.sqlite"
    result = run("import", doc, "--workspace", ws)
    assert result.returncode == 0, result.stderr
    return ws, result.stdout.split()[-1]
