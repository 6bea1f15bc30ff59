"""Every attack of the hostile corpus (tests/hostile/corpus.py) ends with the promised exit code, one
French message on stderr and no traceback, within a time limit (no hang), with the workspace and
every other file exactly as they were — and no backup taken for a write that did not happen."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import Attack, attacks, build_template

ATTACKS = {attack.name: attack for attack in attacks()}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with one imported campaign (id 1) and an attached file."""
    return build_template(tmp_path_factory.mktemp("template") / "w.sqlite")


def dump(path: Path) -> list[str]:
    """Every row of the workspace and its schema version; when SQLite cannot read it whole (a
    damaged workspace, family 6), its bytes — which must then stay exactly as they were."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return [f"user_version {conn.execute('PRAGMA user_version').fetchone()[0]}", *conn.iterdump()]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return [hashlib.sha256(path.read_bytes()).hexdigest()]


def files(root: Path, workspace: Path) -> dict[str, tuple[str, int, str]]:
    """Every path under ``root`` with its kind, size and content hash — leaving out the
    workspace's own SQLite companions (-wal, -shm: a reader may create them) and its lock file."""
    listing = {}
    for path in sorted(root.rglob("*")):
        name = str(path.relative_to(root))
        if path.name in {f"{workspace.name}-wal", f"{workspace.name}-shm", f"{workspace.name}.lock"}:
            continue
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode) and path != workspace:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            listing[name] = ("file", info.st_size, digest)
        elif stat.S_ISLNK(info.st_mode):
            listing[name] = ("link", 0, os.readlink(path))
        elif stat.S_ISDIR(info.st_mode):
            listing[name] = ("dir", 0, "")
        else:
            listing[name] = ("special", 0, "")
    return listing


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_refused_and_changes_nothing(name: str, template: Path, tmp_path: Path) -> None:
    attack: Attack = ATTACKS[name]
    workspace = tmp_path / "w.sqlite"
    shutil.copy(template, workspace)
    folder = tmp_path / "attaque"
    folder.mkdir()
    argv = attack.build(folder, workspace)
    before_db, before_files = dump(workspace), files(tmp_path, workspace)
    result = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOPEN_DATA_DIR": str(tmp_path / "donnees")},
    )
    assert result.returncode == attack.expect, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    # A refusal says why: on stderr; ``verify`` prints its verdict, refusals included, on stdout.
    said = result.stdout + result.stderr if attack.family == "signatures" else result.stderr
    assert said.strip(), "a refusal says why"
    assert "Traceback" not in result.stdout
    assert dump(workspace) == before_db
    assert files(tmp_path, workspace) == before_files
