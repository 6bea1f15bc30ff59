"""Archives we did not write expand within bounded memory (issue 14, family 2): the declared
total, each member's real size while it is read, and the workspace's attachment limit on imports."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hopen_desktop.model.archives import MIN_ALLOWANCE, Budget, ExpansionRefused, allowance
from hopen_desktop.model.bundle import BUNDLE_FORMAT, BUNDLE_VERSION, BundleError, read_bundle
from hopen_desktop.model.errors import ValidationError


def many_members_bundle(path: Path, members: int, size: int) -> Path:
    """A bundle whose manifest is right, with ``members`` files of ``size`` zero bytes."""
    zero = b"\0" * size
    sha = hashlib.sha256(zero).hexdigest()
    names = {f"files/{n:05d}": sha for n in range(members)}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("manifest.json", json.dumps({"format": BUNDLE_FORMAT, "version": BUNDLE_VERSION,
                                                 "members": {"campaign.json": "0" * 64, **names}}))  # fmt: skip
        zf.writestr("campaign.json", "{}")
        for name in names:
            zf.writestr(name, zero)
    return path


def test_the_allowance_grows_with_the_archive_and_has_a_floor():
    assert allowance(1) == MIN_ALLOWANCE
    assert allowance(100 * 1024 * 1024) == 30 * 100 * 1024 * 1024
    assert allowance(10**12) == 4 * 1024**3


def test_thousands_of_small_zero_members_are_refused_before_any_is_read(tmp_path):
    bundle = many_members_bundle(tmp_path / "b.hopen", members=300, size=1024 * 1024)
    assert bundle.stat().st_size < 2 * 1024 * 1024  # 300 MiB of zeros in a small file
    with pytest.raises(BundleError, match="se décompresserait"):
        read_bundle(bundle)


def test_a_member_longer_than_the_per_member_cap_stops_the_reading(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a", b"x" * 5000)
    archive = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with pytest.raises(ExpansionRefused) as refused:
        Budget(archive, 10, per_member=1000)
    assert refused.value.member == "a"


def test_the_budget_is_spent_by_what_is_really_read(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a", b"x" * 4000)
        zf.writestr("b", b"y" * 4000)
    archive = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    budget = Budget(archive, 10)
    budget.left = 6000  # as if the allowance were smaller than the declared sizes
    assert budget.read(archive, archive.getinfo("a")) == b"x" * 4000
    with pytest.raises(ExpansionRefused):
        budget.read(archive, archive.getinfo("b"))


@pytest.mark.parametrize("special", ["fifo", "directory", "device"])
def test_a_special_file_as_bundle_is_refused_at_once(tmp_path, special):
    if special == "fifo":
        target = tmp_path / "b.hopen"
        os.mkfifo(target)
    elif special == "directory":
        target = tmp_path
    else:
        target = Path("/dev/zero")
    with pytest.raises(ValidationError):
        read_bundle(target)


def test_a_bomb_is_refused_within_a_memory_limit_with_exit_2(tmp_path):
    """In a child limited to 700 MB of address space: 300 MiB of zeros in a small file, imported
    from the command line, ends in exit 2 and a French message — not a MemoryError."""
    bundle = many_members_bundle(tmp_path / "b.hopen", members=300, size=1024 * 1024)
    child = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (700 * 1024 * 1024, 700 * 1024 * 1024))\n"
        "from hopen_desktop.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child, "bundle", "import", str(bundle), "--workspace", str(tmp_path / "w.sqlite")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "décompress" in result.stderr
    assert not (tmp_path / "w.sqlite").exists()


def test_the_workspace_attachment_limit_applies_to_imports(ws, clinic, campaign, tmp_path):
    """A file over the workspace's limit (here 1 MB) is refused by an import as by the form; the
    refused import writes nothing."""
    import sqlite3

    from hopen_desktop.model.exchange import export_campaign, parse_campaign_document
    from hopen_desktop.model.operations.imports import import_campaign
    from hopen_desktop.model.settings import MAX_FILE_MB
    from hopen_desktop.model.workspace import Workspace

    ev = ws.add_evidence(clinic.id, "document", campaign.date, "Analyse des risques", {"kind": "other"})
    ws.attach_bytes(ev.id, "analyse.pdf", os.urandom(2 * 1024 * 1024))
    document = export_campaign(ws, campaign.id)
    other = Workspace.open(tmp_path / "other.sqlite")
    try:
        other.set_setting(MAX_FILE_MB, 1)
        before = list(sqlite3.connect(other.path).iterdump())
        with pytest.raises(ValidationError, match="analyse.pdf"):
            import_campaign(other, parse_campaign_document(document))
        assert list(sqlite3.connect(other.path).iterdump()) == before
    finally:
        other.close()
