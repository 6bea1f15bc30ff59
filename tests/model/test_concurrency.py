"""Many processes writing one workspace (issue 14, family 4): each writer waits for the lock, then
either writes its whole import or stops with exit 2 « occupé » and writes nothing — never a
`database is locked` traceback, never half an import."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from hopen_desktop.cli.common import BUSY_MESSAGE
from tests.cli.helpers import contract_document


def campaigns_and_answers(path):
    conn = sqlite3.connect(path)
    try:
        campaigns = [row[0] for row in conn.execute("SELECT id FROM campaigns ORDER BY id")]
        answers = {
            cid: conn.execute("SELECT count(*) FROM answers WHERE campaign_id = ?", [cid]).fetchone()[0]
            for cid in campaigns
        }
    finally:
        conn.close()
    return campaigns, answers


@pytest.mark.parametrize("writers", [2, 5])
def test_concurrent_imports_each_write_everything_or_nothing(tmp_path, writers):
    path = tmp_path / "w.sqlite"
    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(contract_document()), encoding="utf-8")
    command = [sys.executable, "-m", "hopen_desktop", "import", str(doc), "--workspace", str(path)]
    first = subprocess.run(command, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    _, answers = campaigns_and_answers(path)
    per_import = next(iter(answers.values()))

    processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(writers)]  # fmt: skip
    results = [(p.wait(timeout=120), *p.communicate()) for p in processes]
    for code, _out, err in results:
        assert "Traceback" not in err and "database is locked" not in err, err
        assert code == 0 or (code == 2 and BUSY_MESSAGE in err), (code, err)
    succeeded = sum(1 for code, *_ in results if code == 0)
    assert succeeded >= 1
    campaigns, answers = campaigns_and_answers(path)
    assert len(campaigns) == 1 + succeeded
    assert set(answers.values()) == {per_import}  # every import whole
