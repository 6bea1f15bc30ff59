"""The tests mirror the package (issue 13 item 9): ``hopen_desktop/<path>/<name>.py`` is tested in
``tests/<path>/test_<name>.py``, and a package's ``__init__.py`` that holds logic in
``tests/<path>/test_<package>.py`` (``cli/__init__.py`` → ``tests/cli/test_cli.py``).

A module with no logic of its own needs no test file: it is named in ``NO_LOGIC`` with the reason.
A module that has logic but no test yet is named in ``NOT_YET_TESTED``: that list is debt, it may
only shrink (this test fails when a module listed there gets its test file, so that the entry is
removed). A test file that mirrors no module tests something across modules: it is named in
``ACROSS_MODULES`` with what it tests, so that a misplaced or misnamed test file is noticed."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "hopen_desktop"
TESTS = ROOT / "tests"

# Modules with nothing to test of their own (paths relative to hopen_desktop/).
NO_LOGIC = {
    "__init__.py": "the version string only",
    "__main__.py": "hands sys.argv to cli.main (tested in tests/cli/test_cli.py through `python -m`)",
    "model/__init__.py": "docstring only",
    "reports/__init__.py": "docstring only",
    "jobs/__init__.py": "docstring only",
    "model/stores/__init__.py": "re-exports the stores",
    "ui/__init__.py": "docstring only",
    "ui/actions/__init__.py": "docstring only",
    "ui/audit/__init__.py": "docstring only",
    "ui/evidence/__init__.py": "docstring only",
    "ui/followup/__init__.py": "docstring only",
    "ui/reports/__init__.py": "docstring only",
}

# Modules with logic and no mirrored test file yet: debt, to be paid off one entry at a time.
NOT_YET_TESTED: set[str] = set()

# Test files that test something across modules rather than one module (paths relative to tests/).
ACROSS_MODULES = {
    "test_code_quality.py": "ruff, ruff format and mypy strict on the whole package",
    "test_layout.py": "this file",
    "model/test_layering.py": "no Qt and no ui import in model/",
    "jobs/test_layering.py": "no Qt and no ui import in jobs/",
    "ui/test_layering_ui.py": "no SQL, no scoring rule, no write outside the session in ui/",
    "ui/test_startup_imports.py": "what starting the window imports",
    "ui/test_qt_binding.py": "the PySide6 release in use",
    "ui/test_language.py": "issue 19: the language across the window (title, switch at once, English leftovers)",
    "model/test_kill.py": "a workspace survives its process being killed mid-write",
    "model/test_referential_data.py": "the referential data files against the instruction's annex",
    "model/test_fuzz_imports.py": "fuzzed JSON and bundle imports (bench/fuzz_imports.sh runs it long)",
    "reports/test_fuzz_xlsx.py": "fuzzed Excel imports (bench/fuzz_imports.sh runs it long)",
    "reports/test_secrets.py": "no answer text, password or key in reports, logs or bundles",
    "test_import_cycles.py": "no import cycle anywhere in the package",
    "hostile/test_corpus.py": "the hostile corpus (hostile/corpus.py) through the command line",
    "hostile/corpus.py": "the generator of the hostile corpus (also run long by bench/hostile.py)",
    "cli/test_concurrency.py": "several command-line writers on one workspace (the lock of cli/common.py)",
    "cli/test_trust.py": "issue 15 end to end: signed report, seal, journal against the report, sealed campaign "
    "(cli/, jobs/seal_check.py, model/seal.py, model/stores/journal.py)",
    "model/test_merge_properties.py": "issue 18: the merge's properties on random edit sequences on two and three "
    "workspaces (model/merge.py, operations/merge.py, stores/sync.py, exchange.py; bench/merge_properties.py "
    "runs it long)",
    "model/test_rules_scenarios.py": "issue 16 end to end: each rule of the instruction through import and "
    "score --json (scoring, validation, evidence_support, referentials, FINESS)",
    "cli/test_sealed.py": "a sealed campaign refused by the command line (import-xlsx, bundle import --replace)",
    "cli/test_encrypted_bundles.py": "issue 18 item 5: encrypted bundles through the command line and the age tool "
    "(cli/commands.py, model/bundle.py, model/bundle_crypto.py)",
    "ui/test_sealed.py": "a sealed campaign in the window: banner, menu, lists, indicator page, plan, register",
    "ui/test_accessibility.py": "issue 19: a spoken name for every interactive widget of every window and dialog",
    "ui/test_keyboard_audit.py": "issue 19: a whole first audit with key events only (main window, dialogs, "
    "file dialogs, report)",
    "cli/test_signers_commands.py": "verify's four exit codes and the signers command with the book of approved "
    "signers (cli/report_commands.py, reports/approved_signers.py)",
    "reports/test_verify_signers.py": "who signed and whether the signer is approved: reports/verify.py through "
    "jobs/reports.verify with --trust certificates or the book (issue 15)",
}


def mirrored_test(module: Path) -> Path:
    """The test file of ``module`` (a path relative to hopen_desktop/)."""
    if module.name == "__init__.py":
        if module.parent == Path("."):
            return Path("test_hopen_desktop.py")
        return module.parent / f"test_{module.parent.name}.py"
    return module.parent / f"test_{module.stem}.py"


def modules() -> list[Path]:
    return sorted(p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py"))


def test_the_mirror_rule() -> None:
    assert mirrored_test(Path("model/scoring.py")) == Path("model/test_scoring.py")
    assert mirrored_test(Path("ui/audit/dashboard.py")) == Path("ui/audit/test_dashboard.py")
    assert mirrored_test(Path("cli/__init__.py")) == Path("cli/test_cli.py")
    assert mirrored_test(Path("diagnostics.py")) == Path("test_diagnostics.py")


def test_every_module_with_logic_has_its_test_file() -> None:
    missing = [
        f"hopen_desktop/{m} → tests/{mirrored_test(m)}"
        for m in modules()
        if str(m) not in NO_LOGIC and str(m) not in NOT_YET_TESTED and not (TESTS / mirrored_test(m)).is_file()
    ]
    assert not missing, "modules without their test file (write it, or say why none is needed):\n" + "\n".join(missing)


def test_the_lists_name_existing_modules_and_the_debt_only_shrinks() -> None:
    names = {str(m) for m in modules()}
    assert not set(NO_LOGIC) - names, set(NO_LOGIC) - names
    assert not NOT_YET_TESTED - names, NOT_YET_TESTED - names
    paid = [m for m in sorted(NOT_YET_TESTED) if (TESTS / mirrored_test(Path(m))).is_file()]
    assert not paid, f"these modules have their test file now: remove them from NOT_YET_TESTED: {paid}"


def test_every_test_file_mirrors_a_module_or_says_what_it_tests() -> None:
    mirrors = {mirrored_test(m) for m in modules()}
    stray = [
        str(t.relative_to(TESTS))
        for t in sorted(TESTS.rglob("test_*.py"))
        if t.relative_to(TESTS) not in mirrors and str(t.relative_to(TESTS)) not in ACROSS_MODULES
    ]
    assert not stray, f"test files that mirror no module (rename, move, or list them in ACROSS_MODULES): {stray}"
    assert all((TESTS / name).is_file() for name in ACROSS_MODULES)


def test_every_test_folder_is_a_package() -> None:
    """Test modules of the same name live in different folders (tests/jobs/test_workbook.py,
    tests/model/operations/test_workbook.py): each folder must be a package for pytest to tell them
    apart, and tests/ui/conftest.py's fixtures reach every folder under tests/ui/."""
    folders = {t.parent for t in TESTS.rglob("test_*.py")}
    assert all((folder / "__init__.py").is_file() for folder in folders)
