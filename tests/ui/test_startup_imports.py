"""What the application loads before its window is interactive (bench/startup.py measures the time;
this keeps the work that made it faster from coming back unnoticed)."""

import json
import os
import subprocess
import sys

from hopen_desktop.model.demo import build_demo_workspace

CHILD = """
import json, sys
from hopen_desktop.cli import main
code = main(["--workspace", sys.argv[1], "--quit-after", "0"])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

#: Loaded only when the user asks for what needs them.
NOT_AT_START = (
    "pyhanko",  # signing
    "reportlab",  # the PDF report
    "openpyxl",  # Excel
    "importlib.metadata",  # sqlite_utils' plugin lookup, which we turn off
    "hopen_desktop.model.demo",
    "hopen_desktop.ui.evidence.register",
    "hopen_desktop.ui.evidence.dialog",
    "hopen_desktop.ui.audit.campaign_dialog",
    "hopen_desktop.ui.audit.establishment_dialog",
    "hopen_desktop.ui.preferences_dialog",
    "hopen_desktop.ui.safety_dialogs",
    "hopen_desktop.ui.evidence.file_check",
    "hopen_desktop.ui.actions.plan",
    "hopen_desktop.ui.followup.history",
    "hopen_desktop.ui.followup.ght",
    "hopen_desktop.ui.reports.signature_dialog",
)


def test_the_window_opens_without_loading_what_it_does_not_show(tmp_path):
    workspace = tmp_path / "demo.sqlite"
    build_demo_workspace(workspace)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOPEN_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(workspace)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "fenêtre : demo.sqlite — HOP'EN Desktop"  # the window was shown on the workspace
    result = json.loads(lines[-1])
    assert result["code"] == 0
    modules = set(result["modules"])
    assert {"hopen_desktop.ui.main_window", "hopen_desktop.ui.audit.dashboard", "sqlite_utils"} <= modules
    loaded = [name for name in NOT_AT_START if name in modules]
    assert loaded == []
