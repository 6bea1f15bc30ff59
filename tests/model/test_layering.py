"""The domain layer must import no Qt: import every model module with PySide6 blocked."""

import pkgutil
import subprocess
import sys

import hopen_desktop.model

CODE = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("hopen_desktop.ui"):
            raise ImportError("blocked: " + name)
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
"""


def test_model_imports_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(hopen_desktop.model.__path__, "hopen_desktop.model.")]
    assert "hopen_desktop.model.workspace" in modules
    result = subprocess.run([sys.executable, "-c", CODE, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
