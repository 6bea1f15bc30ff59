"""Nothing in ``hopen_desktop/ui/`` writes to a workspace except through the session's
operations: no writing method of ``Workspace`` or of its stores, no SQL connection, no model
operation called around the session, no model function that writes given a workspace, no
change announced by hand.

The check reads the source (AST), so a write on a branch no test drives is caught too; the
first test proves that the checker does catch each kind of write."""

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import hopen_desktop.model.operations
import hopen_desktop.model.stores  # noqa: F401  (every store class, for the last check)
from hopen_desktop.model.stores.base import Store

UI = Path(hopen_desktop.model.operations.__file__).parents[2] / "ui"
#: The only file that runs operations: it announces what they changed.
RUNNER = "session.py"

#: Store methods that write (every other store method reads).
STORE_WRITES = {
    "seal",
    "set_predecessor",
    "insert",
    "update",
    "delete",
    "write",
    "copy",
    "add_links",
    "replace_links",
    "store_blob",
    "insert_file",
    "delete_file",
    "purge_orphan_blobs",
    "put",
    "append",
    "append_removed",
    "buffering",
    "flush",
    "write_baseline",
}
STORES = {"establishments", "campaigns", "answers", "evidence", "actions", "journal", "settings", "referentials"}
#: Model functions outside ``operations/`` that write to a workspace given to them.
MODEL_WRITERS = {
    "hopen_desktop.model.backup": {"restore_backup"},
    "hopen_desktop.jobs.workbook": {"import_xlsx"},
}
#: (file, function) allowed, each with its reason: none.
ALLOWED: set[tuple[str, str]] = set()


def operation_names() -> set[str]:
    """Every operation: the functions of ``model/operations/`` that return an Outcome."""
    names = set()
    package = hopen_desktop.model.operations
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if func.__module__ == module.__name__ and "Outcome" in str(inspect.signature(func).return_annotation):
                names.add(name)
    return names


OPERATIONS = operation_names()
#: Workspace methods that write: the ones named after an operation, and its transaction.
WORKSPACE_WRITES = OPERATIONS | {"transaction"}
_WORKSPACE = re.compile(r"(^|\.)(workspace|ws|_ws\(\))$")
_STORE = re.compile(r"(^|\.)(workspace|ws|_ws\(\))\.(" + "|".join(STORES) + ")$")


def violations(source: str, filename: str) -> list[str]:
    tree = ast.parse(source)
    found: list[str] = []
    op_names: set[str] = set()  # operations imported by name
    op_modules: set[str] = set()  # operation modules imported under a name
    writers: set[str] = set()  # other writing model functions imported by name
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                local = alias.asname or alias.name
                if node.module == "hopen_desktop.model.operations":
                    op_modules.add(local)
                elif node.module.startswith("hopen_desktop.model.operations."):
                    op_names.add(local)
                elif alias.name in MODEL_WRITERS.get(node.module, ()):
                    writers.add(local)
        elif isinstance(node, ast.Attribute) and node.attr in ("db", "conn"):
            found.append(f"{filename}:{node.lineno}: uses the SQL connection ({ast.unparse(node)})")
        elif isinstance(node, ast.Call):
            func = node.func
            line = f"{filename}:{node.lineno}: {ast.unparse(func)}"
            if isinstance(func, ast.Attribute):
                receiver = ast.unparse(func.value)
                if _WORKSPACE.search(receiver) and func.attr in WORKSPACE_WRITES:
                    found.append(f"{line}: a writing method of the workspace")
                elif _STORE.search(receiver) and func.attr in STORE_WRITES:
                    found.append(f"{line}: a writing method of a store")
                elif receiver in op_modules and filename != RUNNER:
                    found.append(f"{line}: an operation run around the session")
                elif filename != RUNNER and re.search(r"session(\.changed\.emit|\.announce)$", ast.unparse(func)):
                    found.append(f"{line}: a change announced by hand (only operations announce)")
            elif isinstance(func, ast.Name):
                if func.id in op_names and filename != RUNNER:
                    found.append(f"{line}: an operation run around the session")
                elif func.id in writers and (filename, func.id) not in ALLOWED:
                    found.append(f"{line}: a model function that writes to a workspace")
    return found


def test_the_checker_catches_every_kind_of_write():
    bad = {
        "self.session.workspace.save_answer(1, answer)": "writing method of the workspace",
        "ws.add_evidence(1, 'document', day, 'PSSI')": "writing method of the workspace",
        "with self.session.workspace.transaction():\n    pass": "writing method of the workspace",
        "self._ws().delete_campaign(3)": "writing method of the workspace",
        "self.session.workspace.answers.write(1, answer)": "writing method of a store",
        "ws.journal.append(None, 'x', 'y', 1, 2)": "writing method of a store",
        "self.session.workspace.db.execute('DELETE FROM answers')": "SQL connection",
        "from hopen_desktop.model.operations.answers import save_answer\nsave_answer(ws, 1, a)": "operation run",
        "from hopen_desktop.model.operations import evidence as ops\nops.delete_evidence(ws, 1)": "operation run",
        "from hopen_desktop.model.backup import restore_backup\nrestore_backup(path, backup)": "model function",
        "self.session.changed.emit(Changes(everything=True))": "announced by hand",
        "session.announce(EVERYTHING)": "announced by hand",
    }
    for source, kind in bad.items():
        found = violations(source, "audit/example.py")
        assert len(found) == 1 and kind in found[0], (source, found)
    fine = (
        "self.session.save_answer(answer)",
        "self.session.run(add_evidence, 1, 'document', day, 'PSSI')",
        "self.session.workspace.answers(campaign_id)",
        "ws.evidence(est_id)",
        "ws.journal()",
    )
    for source in fine:
        assert violations(source, "audit/example.py") == [], source
    assert {"save_answer", "add_evidence", "import_bundle", "restore_backup", "set_setting"} <= OPERATIONS
    store_methods = {name for cls in Store.__subclasses__() for name, _ in inspect.getmembers(cls, inspect.isfunction)}
    assert not STORE_WRITES - store_methods


def test_no_file_in_ui_writes_to_the_workspace_around_the_session():
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 30
    found = []
    for path in files:
        found += violations(path.read_text(encoding="utf-8"), path.relative_to(UI).as_posix())
    assert found == []
