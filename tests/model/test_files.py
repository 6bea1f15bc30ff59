"""write_atomic refuses every target that must not be replaced (issue 14, family 1), whatever
writes through it: report, export, workbook, bundle, a saved attachment."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.files import check_output_path, read_regular_file, write_atomic


def make_sqlite(path):
    con = sqlite3.connect(path)
    con.execute("create table t (x)")
    con.commit()
    con.close()


def test_writes_a_new_file_and_replaces_a_plain_one(tmp_path):
    target = tmp_path / "sub" / "out.pdf"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["out.pdf"]  # no temporary file left


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_new_file_follows_the_umask(tmp_path, umask):
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "out.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("name", ["ws.sqlite", "ws.hopen-backup", "anything.pdf"])
def test_an_existing_sqlite_database_is_never_replaced(tmp_path, name):
    target = tmp_path / name
    make_sqlite(target)
    before = target.read_bytes()
    with pytest.raises(ValidationError, match="base de données"):
        write_atomic(target, b"%PDF-1.7")
    assert target.read_bytes() == before


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_companions_of_a_database_are_never_replaced(tmp_path, suffix):
    make_sqlite(tmp_path / "ws.sqlite")
    companion = tmp_path / f"ws.sqlite{suffix}"
    with pytest.raises(ValidationError, match="accompagne"):
        write_atomic(companion, b"x")
    assert not companion.exists()


def test_a_symlink_is_refused_and_its_target_untouched(tmp_path):
    real = tmp_path / "real.txt"
    real.write_bytes(b"keep")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    with pytest.raises(ValidationError, match="lien symbolique"):
        write_atomic(link, b"x")
    assert link.is_symlink() and real.read_bytes() == b"keep"


def test_a_dangling_symlink_is_refused(tmp_path):
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(ValidationError, match="lien symbolique"):
        write_atomic(link, b"x")
    assert not (tmp_path / "nowhere").exists()


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="dossier"):
        write_atomic(tmp_path, b"x")


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="pas un fichier ordinaire"):
        write_atomic(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused():
    with pytest.raises(ValidationError, match="pas un fichier ordinaire"):
        check_output_path(Path("/dev/null"))


def test_a_regular_input_is_read(tmp_path):
    source = tmp_path / "in.json"
    source.write_bytes(b"{}")
    assert read_regular_file(source, 10) == b"{}"


def test_an_input_above_the_cap_is_refused_whatever_its_size_claims(tmp_path):
    source = tmp_path / "big.json"
    source.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(ValidationError, match="dépasse la taille admise"):
        read_regular_file(source, 2 * 1024 * 1024)


def test_a_fifo_input_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="pas un fichier ordinaire"):
        read_regular_file(fifo, 100)  # would hang forever with a plain open()


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_input_is_refused(device):
    with pytest.raises(ValidationError, match="pas un fichier ordinaire"):
        read_regular_file(Path(device), 100)


def test_a_directory_input_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="dossier"):
        read_regular_file(tmp_path, 100)


def test_a_dangling_symlink_input_is_refused(tmp_path):
    link = tmp_path / "in.json"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(ValidationError, match="lien symbolique sans cible"):
        read_regular_file(link, 100)


def test_a_missing_input_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="introuvable"):
        read_regular_file(tmp_path / "absent.json", 100)
