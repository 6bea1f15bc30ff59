"""Jobs run in pool threads and on the command line: no Qt, no ``hopen_desktop.ui``; the writers
they call take a snapshot, never the workspace."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import hopen_desktop.jobs
from tests.model.test_layering import CODE

WRITERS = ("pdf_report.py", "xlsx_export.py", "xlsx_import.py", "xlsx_layout.py")


def test_jobs_import_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(hopen_desktop.jobs.__path__, "hopen_desktop.jobs.")]
    assert {"hopen_desktop.jobs.reports", "hopen_desktop.jobs.workbook", "hopen_desktop.jobs.bundles"} <= set(modules)
    result = subprocess.run([sys.executable, "-c", CODE, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_writers_never_see_the_workspace() -> None:
    folder = Path(hopen_desktop.jobs.__file__).parent.parent / "reports"
    for name in WRITERS:
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        imported = {
            node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module is not None
        } | {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        assert "hopen_desktop.model.workspace" not in imported, name
