"""The command line takes the workspace lock for every write, like the window: a second writer
waits a few seconds, then stops with exit 2 and nothing written; readers work meanwhile."""

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from hopen_desktop.cli.common import BUSY_MESSAGE, LOCK_WAIT_SECONDS
from hopen_desktop.model.backup import create_backup
from hopen_desktop.model.workspace import Workspace
from tests.cli.helpers import contract_document

#: Holds the workspace lock in another process (as a window does) for argv[2] seconds.
HOLDER = """
import sys, time
from pathlib import Path
from hopen_desktop.model.lock import WorkspaceLock
lock = WorkspaceLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(float(sys.argv[2]))
lock.release()
"""


def run(*args):
    return subprocess.run([sys.executable, "-m", "hopen_desktop", *map(str, args)], capture_output=True, text=True)


def dump(path):
    """The whole database, row by row (after folding the WAL in)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "w.sqlite"
    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(contract_document()), encoding="utf-8")
    first = run("import", doc, "--workspace", path)
    assert first.returncode == 0, first.stderr
    return path, doc


def hold(path, seconds):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


def release(holder, kill=True):
    if kill:
        holder.kill()
    holder.wait()
    holder.stdout.close()


def test_a_second_writer_waits_then_stops_with_exit_2_and_writes_nothing(workspace):
    path, doc = workspace
    before = dump(path)
    holder = hold(path, 60)
    try:
        started = time.monotonic()
        refused = run("import", doc, "--workspace", path)
        waited = time.monotonic() - started
    finally:
        release(holder)
    assert refused.returncode == 2, refused.stderr
    assert "Espace de travail occupé par une autre fenêtre ou commande" in refused.stderr
    assert refused.stderr.strip() == BUSY_MESSAGE and refused.stdout == ""
    assert waited >= LOCK_WAIT_SECONDS - 0.5  # it waited before giving up
    assert dump(path) == before


def test_every_writing_command_is_refused_while_a_window_holds_the_workspace(workspace, tmp_path):
    path, _doc = workspace
    bundle = tmp_path / "b.hopen"
    assert run("bundle", "export", "--campaign", 1, "--out", bundle, "--workspace", path).returncode == 0
    create_backup(path)
    before = dump(path)
    holder = hold(path, 120)
    try:
        for args in (("bundle", "import", bundle, "--copy"), ("backup", "restore", "1")):
            refused = run(*args, "--workspace", path)
            assert refused.returncode == 2 and "Espace de travail occupé" in refused.stderr, (args, refused.stderr)
    finally:
        release(holder)
    assert dump(path) == before


def test_readers_work_while_a_window_holds_the_workspace(workspace, tmp_path):
    path, _doc = workspace
    holder = hold(path, 120)
    try:
        listed = run("list", "--json", "--workspace", path)
        assert listed.returncode == 0, listed.stderr
        assert json.loads(listed.stdout)["establishments"][0]["campaigns"][0]["id"] == 1
        assert run("score", "--campaign", 1, "--json", "--workspace", path).returncode == 0
        assert run("export", "--campaign", 1, "--out", tmp_path / "e.json", "--workspace", path).returncode == 0
        assert run("verify-journal", "--workspace", path).returncode == 0
        assert run("verify-evidence", "--workspace", path).returncode == 0
    finally:
        release(holder)


def test_a_writer_goes_ahead_once_the_other_lets_go(workspace):
    path, doc = workspace
    holder = hold(path, 1.5)  # shorter than the wait
    try:
        second = run("import", doc, "--workspace", path)
    finally:
        release(holder, kill=False)
    assert second.returncode == 0, second.stderr
    with Workspace.open(path, read_only=True) as ws:
        assert len(ws.campaigns()) == 2
