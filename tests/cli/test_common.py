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


# ---------------------------------------------------------------------------- issue 14, families 6 to 8


@pytest.fixture
def read_only_folder(workspace, tmp_path):
    """The workspace's folder mounted read-only (as root, permissions do not stop SQLite: a
    read-only bind mount does); a plain chmod for any other user."""
    import os
    import shutil

    path, doc = workspace
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(path, source / "w.sqlite")
    mounted = tmp_path / "lecture-seule"
    mounted.mkdir()
    if os.geteuid() == 0:
        bind = subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True)
        if bind.returncode != 0:
            pytest.skip("no bind mount here")
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], capture_output=True)
        if remount.returncode != 0:
            subprocess.run(["umount", str(mounted)], check=False)
            pytest.skip("no read-only remount here")
        try:
            yield mounted / "w.sqlite", doc
        finally:
            subprocess.run(["umount", str(mounted)], check=False)
    else:
        shutil.copy(path, mounted / "w.sqlite")
        os.chmod(mounted / "w.sqlite", 0o444)
        os.chmod(mounted, 0o555)
        try:
            yield mounted / "w.sqlite", doc
        finally:
            os.chmod(mounted, 0o755)


def test_reading_commands_work_on_a_read_only_workspace_and_writers_are_refused(read_only_folder, tmp_path):
    path, doc = read_only_folder
    before = path.read_bytes()
    out = tmp_path / "sorties"
    out.mkdir()
    for argv in (
        ["list", "--json"],
        ["score", "--campaign", "1", "--json"],
        ["export", "--campaign", "1", "--out", out / "e.json"],
        ["export-xlsx", "--campaign", "1", "--out", out / "c.xlsx"],
        ["bundle", "export", "--campaign", "1", "--out", out / "b.hopen"],
        ["verify-evidence"],
        ["verify-journal"],
        ["backup", "list"],
    ):
        result = run(*argv, "--workspace", path)
        assert result.returncode == 0, (argv, result.stderr)
    offered = tmp_path / "offerte.sqlite"
    offered.write_bytes(before)
    for argv in (["import", doc], ["backup", "create"], ["backup", "restore", offered]):
        result = run(*argv, "--workspace", path)
        assert result.returncode == 2, (argv, result.stderr)
        assert "Traceback" not in result.stderr and "lecture seule" in result.stderr, result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["w.sqlite"]


def test_readers_never_migrate_nor_rewrite_the_version(workspace):
    path, _doc = workspace
    for version in (-5, 0):
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        before = path.read_bytes()
        result = run("list", "--workspace", path)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert path.read_bytes() == before


def test_a_refused_import_leaves_no_backup_and_an_accepted_one_leaves_one(workspace, tmp_path):
    from hopen_desktop.model.backup import list_backups

    path, doc = workspace
    assert list_backups(path) == []
    refused = contract_document()
    refused["campaign"]["auditor"] = "x" * 1_000_000  # refused by the operation, inside its transaction
    bad = tmp_path / "refusee.json"
    bad.write_text(json.dumps(refused), encoding="utf-8")
    for _ in range(3):
        assert run("import", bad, "--workspace", path).returncode == 2
    assert list_backups(path) == []
    assert run("import", doc, "--workspace", path).returncode == 0
    assert len(list_backups(path)) == 1


def test_a_full_disk_stops_an_import_with_exit_2_and_the_workspace_intact(workspace, monkeypatch, capsys):
    from hopen_desktop.cli import main
    from hopen_desktop.model import database

    path, doc = workspace
    before = dump(path)
    connect = database.connect

    def full_disk(*args, **kwargs):
        db = connect(*args, **kwargs)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")
        return db

    monkeypatch.setattr(database, "connect", full_disk)
    assert main(["import", str(doc), "--workspace", str(path)]) == 2
    message = capsys.readouterr().err
    assert "Disque plein" in message and "Traceback" not in message
    assert dump(path) == before


def test_a_backup_that_fails_before_a_write_is_said_on_stderr(workspace, monkeypatch, capsys):
    from hopen_desktop.cli import main
    from hopen_desktop.model import backup
    from hopen_desktop.model.errors import WorkspaceError

    path, doc = workspace

    def full(workspace, *args, **kwargs):
        raise WorkspaceError("backup.disk_full", name=workspace.name)

    monkeypatch.setattr(backup, "create_backup", full)
    assert main(["import", str(doc), "--workspace", str(path)]) == 0
    message = capsys.readouterr().err
    assert "sauvegarde automatique impossible" in message and "Disque plein" in message


def test_an_output_on_a_full_disk_says_disque_plein(workspace, monkeypatch, capsys):
    import errno

    from hopen_desktop.cli import main
    from hopen_desktop.model import files

    path, _doc = workspace

    def no_room(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", "e.json")

    monkeypatch.setattr(files.os, "replace", no_room)
    assert main(["export", "--campaign", "1", "--workspace", str(path), "--out", str(path.parent / "e.json")]) == 2
    assert "Disque plein" in capsys.readouterr().err


def _authors(path):
    with Workspace.open(path, read_only=True) as ws:
        return {r.author for r in ws.journal()}


def test_the_author_of_a_command_is_written_on_its_journal_rows(tmp_path):
    """Issue 17: ``--author NOM`` (before or after the command), else HOPEN_AUTHOR; none: no author."""
    import os

    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(contract_document()), encoding="utf-8")
    first = run("--author", "Marie Curie", "import", doc, "--workspace", tmp_path / "a.sqlite")
    assert first.returncode == 0, first.stderr
    assert _authors(tmp_path / "a.sqlite") == {"Marie Curie"}
    after = run("import", doc, "--workspace", tmp_path / "b.sqlite", "--author", "Pierre Curie")
    assert after.returncode == 0, after.stderr
    assert _authors(tmp_path / "b.sqlite") == {"Pierre Curie"}
    env = {**os.environ, "HOPEN_AUTHOR": "Irène Joliot-Curie"}
    by_env = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", "import", str(doc), "--workspace", str(tmp_path / "c.sqlite")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert by_env.returncode == 0, by_env.stderr
    assert _authors(tmp_path / "c.sqlite") == {"Irène Joliot-Curie"}
    env.pop("HOPEN_AUTHOR")
    nobody = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", "import", str(doc), "--workspace", str(tmp_path / "d.sqlite")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert nobody.returncode == 0, nobody.stderr
    assert _authors(tmp_path / "d.sqlite") == {None}
    check = run("verify-journal", "--workspace", tmp_path / "a.sqlite")
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_bad_author_is_refused_before_anything_is_written(tmp_path):
    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(contract_document()), encoding="utf-8")
    refused = run("--author", "x" * 301, "import", doc, "--workspace", tmp_path / "w.sqlite")
    assert refused.returncode == 2
    assert "Votre nom" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "w.sqlite").exists()
