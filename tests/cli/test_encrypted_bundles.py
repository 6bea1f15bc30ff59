"""Encrypted audit bundles from the command line (issue 18, item 5): `bundle export --encrypt`
with the password from `--password-env VAR` or asked on the terminal, `bundle import` of an
encrypted bundle; the files interoperate with the `age` command-line tool in both directions.

The `age` tool is a test requirement (scripts/setup.sh --test installs it): without it the tests
that use it FAIL, they are never skipped."""

import os
import pty
import select
import shutil
import sqlite3
import sys
import time
import zipfile

import pytest

from hopen_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from hopen_desktop.model.bundle_crypto import AGE_MAGIC

PASSWORD = "Réunion du 3 mars : café, thé !"
VARIABLE = "HOPEN_TEST_BUNDLE_PASSWORD"


def snapshot(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def run(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def age_tool() -> str:
    path = shutil.which("age")
    if path is None:
        pytest.fail(
            "The `age` command-line tool is missing: run ./scripts/setup.sh --test "
            "(or apt-get install age) to test that encrypted bundles open with it."
        )
    return path


def run_age(args, password, prompts, timeout=120.0):
    """Run `age` on a pseudo-terminal (it reads a passphrase from its terminal only), typing
    ``password`` at each of its ``prompts`` prompts. Returns (exit code, what it printed)."""
    tool = age_tool()
    return on_terminal([tool, *map(str, args)], password, prompts, b"passphrase", timeout)


def on_terminal(argv, password, prompts, prompt_word, timeout=120.0):
    """Run ``argv`` on a pseudo-terminal (its controlling terminal), typing ``password`` each
    time ``prompt_word`` appears, ``prompts`` times at most. Returns (exit code, what it printed)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child, with the pty as its controlling terminal
        try:
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    printed, typed = b"", 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            printed += chunk
            if typed < prompts and printed.lower().count(prompt_word) > typed:
                os.write(fd, password.encode("utf-8") + b"\r")
                typed += 1
        else:
            os.kill(pid, 9)
            pytest.fail(f"{argv[0]} did not finish within {timeout} s: {printed!r}")
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), printed.decode("utf-8", "replace")


@pytest.fixture
def password_env(monkeypatch):
    monkeypatch.setenv(VARIABLE, PASSWORD)
    return VARIABLE


@pytest.fixture
def encrypted(imported, tmp_path, capsys, password_env):
    ws, cid = imported
    out = tmp_path / "audit.hopen"
    code, stdout, err = run(
        capsys, "bundle", "export", "--workspace", ws, "--campaign", cid, "--out", out, "--encrypt",
        "--password-env", password_env,
    )  # fmt: skip
    assert code == EXIT_OK, err
    assert "chiffré" in stdout
    return out


def test_an_encrypted_bundle_opens_with_age_and_imports_as_a_plain_bundle(encrypted, tmp_path, capsys):
    data = encrypted.read_bytes()
    assert data.startswith(AGE_MAGIC + b"\n-> scrypt ")
    assert b"PK\x03\x04" not in data and b"Centre hospitalier d'Essai" not in data
    clear = tmp_path / "clair.hopen"
    code, printed = run_age(["-d", "-o", clear, encrypted], PASSWORD, prompts=1)
    assert code == 0, printed
    assert zipfile.is_zipfile(clear)
    code, out, err = run(capsys, "bundle", "import", clear, "--workspace", tmp_path / "poste2.sqlite")
    assert code == EXIT_OK, err
    assert out.split()[-1].isdigit()


def test_a_bundle_encrypted_with_age_imports_with_the_right_password(imported, tmp_path, capsys, monkeypatch):
    ws, cid = imported
    plain = tmp_path / "clair.hopen"
    assert run(capsys, "bundle", "export", "--workspace", ws, "--campaign", cid, "--out", plain)[0] == EXIT_OK
    sealed = tmp_path / "par-age.hopen"
    code, printed = run_age(["-p", "-o", sealed, plain], PASSWORD, prompts=2)
    assert code == 0, printed
    monkeypatch.setenv("AUTRE", "faux")
    target = tmp_path / "poste2.sqlite"
    code, out, err = run(capsys, "bundle", "import", sealed, "--workspace", target, "--password-env", "AUTRE")
    assert code == EXIT_REFUSED and "mot de passe incorrect" in err.lower() and not out
    assert not target.exists()
    monkeypatch.setenv("AUTRE", PASSWORD)
    code, out, err = run(capsys, "bundle", "import", sealed, "--workspace", target, "--password-env", "AUTRE")
    assert code == EXIT_OK, err


def test_age_refuses_a_wrong_passphrase_too(encrypted, tmp_path):
    code, printed = run_age(["-d", "-o", tmp_path / "x.hopen", encrypted], "pas le bon", prompts=1)
    assert code != 0 and "incorrect passphrase" in printed
    assert not (tmp_path / "x.hopen").exists() or (tmp_path / "x.hopen").stat().st_size == 0


def test_wrong_password_exits_2_and_writes_nothing(encrypted, imported, tmp_path, capsys, monkeypatch):
    ws, _ = imported
    monkeypatch.setenv("MAUVAIS", "mauvais mot de passe")
    fresh = tmp_path / "nouveau.sqlite"
    code, out, err = run(capsys, "bundle", "import", encrypted, "--workspace", fresh, "--password-env", "MAUVAIS")
    assert code == EXIT_REFUSED and not out
    assert err.lower().startswith("mot de passe incorrect")
    assert not fresh.exists() and not list(tmp_path.glob("nouveau*"))  # not even created
    before = snapshot(ws)
    code, _, err = run(capsys, "bundle", "import", encrypted, "--workspace", ws, "--password-env", "MAUVAIS", "--copy")
    assert code == EXIT_REFUSED and "mot de passe incorrect" in err.lower()
    assert snapshot(ws) == before


def test_the_right_password_imports_and_a_truncated_file_is_said_damaged(encrypted, tmp_path, capsys, password_env):
    target = tmp_path / "poste2.sqlite"
    code, out, err = run(capsys, "bundle", "import", encrypted, "--workspace", target, "--password-env", password_env)
    assert code == EXIT_OK, err
    assert out.split()[-1].isdigit()
    cut = tmp_path / "coupe.hopen"
    cut.write_bytes(encrypted.read_bytes()[:-40])
    other = tmp_path / "poste3.sqlite"
    code, _, err = run(capsys, "bundle", "import", cut, "--workspace", other, "--password-env", password_env)
    assert code == EXIT_REFUSED and "endommagé ou incomplet" in err and "incorrect" not in err
    assert not other.exists()


def test_an_encrypted_bundle_without_a_terminal_needs_password_env(encrypted, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    target = tmp_path / "poste2.sqlite"
    code, out, err = run(capsys, "bundle", "import", encrypted, "--workspace", target)
    assert code == EXIT_REFUSED and not out
    assert "est chiffré" in err and "--password-env" in err
    assert not target.exists()


def test_an_absent_or_empty_variable_is_refused(encrypted, imported, tmp_path, capsys, monkeypatch):
    ws, cid = imported
    monkeypatch.delenv("ABSENTE", raising=False)
    monkeypatch.setenv("VIDE", "")
    for name in ("ABSENTE", "VIDE"):
        code, out, err = run(
            capsys, "bundle", "import", encrypted, "--workspace", tmp_path / "p.sqlite", "--password-env", name
        )
        assert code == EXIT_REFUSED and not out and f"La variable d'environnement {name} est absente ou vide" in err
        out_file = tmp_path / f"{name}.hopen"
        code, _, err = run(
            capsys, "bundle", "export", "--workspace", ws, "--campaign", cid, "--out", out_file, "--encrypt",
            "--password-env", name,
        )  # fmt: skip
        assert code == EXIT_REFUSED and name in err and not out_file.exists()
    assert not (tmp_path / "p.sqlite").exists()


def test_export_encrypt_without_a_terminal_or_variable_is_refused(imported, tmp_path, capsys, monkeypatch):
    ws, cid = imported
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    out_file = tmp_path / "a.hopen"
    code, _, err = run(capsys, "bundle", "export", "--workspace", ws, "--campaign", cid, "--out", out_file, "--encrypt")
    assert code == EXIT_REFUSED and "--password-env" in err and not out_file.exists()


def test_on_a_terminal_the_password_is_asked_twice_for_export_and_once_for_import(
    imported, tmp_path, capsys, monkeypatch
):
    import getpass

    ws, cid = imported
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers: list[str] = []
    prompts: list[str] = []

    def fake_getpass(prompt=""):
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    out_file = tmp_path / "a.hopen"
    code, _, err = run(capsys, "bundle", "export", "--workspace", ws, "--campaign", 999, "--out", out_file, "--encrypt")
    assert code == EXIT_REFUSED and "introuvable" in err and not prompts  # refused before asking
    answers[:] = [PASSWORD, PASSWORD + "x"]
    code, _, err = run(capsys, "bundle", "export", "--workspace", ws, "--campaign", cid, "--out", out_file, "--encrypt")
    assert code == EXIT_REFUSED and "pas identiques" in err and not out_file.exists()
    answers[:] = [PASSWORD, PASSWORD]
    code, _, err = run(capsys, "bundle", "export", "--workspace", ws, "--campaign", cid, "--out", out_file, "--encrypt")
    assert code == EXIT_OK, err
    assert "Solidité : " in err  # the strength hint, on stderr
    assert "jamais enregistré" in prompts[-2] and len(prompts) == 4
    assert out_file.read_bytes().startswith(AGE_MAGIC)
    answers[:] = [PASSWORD]
    target = tmp_path / "poste2.sqlite"
    code, out, err = run(capsys, "bundle", "import", out_file, "--workspace", target)
    assert code == EXIT_OK, err
    assert "a.hopen" in prompts[-1] and not answers
    answers[:] = [""]
    code, _, err = run(capsys, "bundle", "import", out_file, "--workspace", tmp_path / "p3.sqlite")
    assert code == EXIT_REFUSED and "mot de passe est vide" in err


def test_a_plain_bundle_asks_for_no_password(imported, tmp_path, capsys, monkeypatch):
    import getpass

    ws, cid = imported
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": pytest.fail("a password was asked for"))
    plain = tmp_path / "a.hopen"
    assert run(capsys, "bundle", "export", "--workspace", ws, "--campaign", cid, "--out", plain)[0] == EXIT_OK
    assert zipfile.is_zipfile(plain)
    code, _, err = run(capsys, "bundle", "import", plain, "--workspace", tmp_path / "p.sqlite")
    assert code == EXIT_OK, err


def test_the_password_is_written_nowhere(encrypted, imported, tmp_path, capsys, password_env):
    target = tmp_path / "poste2.sqlite"
    code, out, err = run(capsys, "bundle", "import", encrypted, "--workspace", target, "--password-env", password_env)
    assert code == EXIT_OK, err
    secret = PASSWORD.encode("utf-8")
    assert PASSWORD not in out + err
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path


def test_a_real_terminal_asks_with_getpass(imported, tmp_path):
    """The command run on a pseudo-terminal: the password asked twice (not echoed) for the export,
    once for the import; nothing on the command line."""
    ws, cid = imported
    out_file = tmp_path / "terminal.hopen"
    hopen = [sys.executable, "-m", "hopen_desktop"]
    code, printed = on_terminal(
        [*hopen, "bundle", "export", "--workspace", str(ws), "--campaign", cid, "--out", str(out_file), "--encrypt"],
        PASSWORD, 2, b"mot de passe",
    )  # fmt: skip
    assert code == EXIT_OK, printed
    assert "Confirmation du mot de passe" in printed and "Solidité : Solide." in printed
    assert PASSWORD not in printed  # not echoed
    assert out_file.read_bytes().startswith(AGE_MAGIC)
    target = tmp_path / "poste2.sqlite"
    code, printed = on_terminal(
        [*hopen, "bundle", "import", str(out_file), "--workspace", str(target)], PASSWORD, 1, b"mot de passe"
    )
    assert code == EXIT_OK, printed
    assert "Mot de passe du paquet terminal.hopen" in printed and "Campagne importée" in printed
