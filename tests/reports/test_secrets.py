"""Secrets (issue 7): after creating an identity and signing reports, no password, private key or
certificate password is written anywhere but inside the password-protected PKCS#12 file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, pkcs12

from tests.reports.conftest import fill_workspace

PASSWORD = "Sésame-très-secret-42!"


def run(env, *args):
    return subprocess.run(
        [sys.executable, "-m", "hopen_desktop", *map(str, args)], capture_output=True, text=True, env=env
    )


def every_file(*roots: Path):
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                yield path


def test_no_secret_written_outside_the_pkcs12(tmp_path):
    from hopen_desktop.model.workspace import Workspace

    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "HOPEN_DATA_DIR": str(tmp_path / "data"),
        "SIGN_PASSWORD": PASSWORD,
        "QT_QPA_PLATFORM": "offscreen",
    }
    workspace = tmp_path / "espace.sqlite"
    with Workspace.open(workspace) as ws:
        campaign_id = fill_workspace(ws)
    created = run(
        env,
        "identity",
        "create",
        "--name",
        "Hélène Auditrice",
        "--organisation",
        "Cabinet",
        "--email",
        "h@example.org",
        "--password-env",
        "SIGN_PASSWORD",
    )
    assert created.returncode == 0, created.stderr
    identities = list((tmp_path / "data" / "identites").glob("*.p12"))
    assert len(identities) == 1
    identity = identities[0]
    for n in range(2):
        signed = run(
            env,
            "report",
            "--workspace",
            workspace,
            "--campaign",
            campaign_id,
            "--out",
            tmp_path / f"r{n}.pdf",
            "--sign",
            identity,
            "--password-env",
            "SIGN_PASSWORD",
        )
        assert signed.returncode == 0, signed.stderr
    wrong = run(
        {**env, "SIGN_PASSWORD": "faux"},
        "report",
        "--workspace",
        workspace,
        "--campaign",
        campaign_id,
        "--out",
        tmp_path / "x.pdf",
        "--sign",
        identity,
        "--password-env",
        "SIGN_PASSWORD",
    )
    assert wrong.returncode == 2 and "faux" not in wrong.stderr + wrong.stdout

    # The PKCS#12 is encrypted: it does not open without its password, and does with it.
    data = identity.read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, None)
    key, cert, _ = pkcs12.load_key_and_certificates(data, PASSWORD.encode())
    key_der = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    key_pem_body = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).splitlines()[1]

    secrets = [PASSWORD.encode("utf-8"), PASSWORD.encode("utf-16-le"), key_der[-64:], key_pem_body, b"PRIVATE KEY"]
    for output in (created, signed):
        assert PASSWORD not in output.stdout + output.stderr
    checked = set()
    for path in every_file(tmp_path):
        if path == identity:
            continue
        content = path.read_bytes()
        checked.add(path.name)
        for secret in secrets:
            assert secret not in content, f"secret found in {path}"
    assert {"espace.sqlite", "r0.pdf", "r1.pdf"} <= checked
