"""The per-workspace lock: a second instance is refused while the first holds it; a killed holder
lets it go."""

import subprocess
import sys

import pytest

from hopen_desktop.model.errors import WorkspaceError
from hopen_desktop.model.workspace import Workspace
from tests.model.helpers import make


def test_second_instance_refused_while_the_first_holds_the_lock(tmp_path):
    path = tmp_path / "w.sqlite"
    make(path)
    first = Workspace.open(path, exclusive=True)
    code = (
        "import sys\nfrom hopen_desktop.model.workspace import Workspace\n"
        "from hopen_desktop.model.errors import WorkspaceError\n"
        "try:\n    Workspace.open(sys.argv[1], exclusive=True)\n"
        "except WorkspaceError as e:\n    print(e.message); sys.exit(3)\n"
    )
    other = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert other.returncode == 3 and "déjà ouvert" in other.stdout
    first.close()
    assert subprocess.run([sys.executable, "-c", code, str(path)]).returncode == 0


def test_lock_released_when_the_holder_is_killed(tmp_path):
    path = tmp_path / "w.sqlite"
    make(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time\nfrom hopen_desktop.model.workspace import Workspace\n"
            "ws = Workspace.open(sys.argv[1], exclusive=True)\nprint('ok', flush=True)\ntime.sleep(60)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(WorkspaceError, match="déjà ouvert"):
            Workspace.open(path, exclusive=True)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    Workspace.open(path, exclusive=True).close()
