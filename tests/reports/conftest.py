"""Fixtures of the reports tests: a real workspace file filled through the public Workspace API."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
from hopen_desktop.model.workspace import Workspace

CAMPAIGN_DATE = dt.date(2025, 6, 30)
ESTABLISHMENT_NAME = "Centre hospitalier Sainte-Éléonore « Les Tilleuls »"


def fill_workspace(ws: Workspace) -> int:
    """An establishment in a GHT with a campaign answering every indicator in varied ways, evidence
    with attached files and an action plan. Returns the campaign id."""
    est = ws.add_establishment(
        EstablishmentData(
            finess="2A0000013",
            name=ESTABLISHMENT_NAME,
            legal_status="public",
            activities=("MCO", "SSR", "PSY"),
            ght="GHT Corse-du-Sud",
            ght_support=False,
        )
    )
    campaign = ws.add_campaign(est.id, CAMPAIGN_DATE, "hopen-2019", "Hélène Müller-Loïc, consultante")
    ref = ws.referential_of(campaign)
    for n, ind in enumerate(ref.indicators):
        criteria = {c.id: (n + k) % 5 != 0 for k, c in enumerate(ind.criteria) if not c.is_derived}
        if ind.id == "D5.2":
            answer = Answer(ind.id, not_applicable=True, justification="Pas de pôles : établissement mono-site.")
        elif ind.id == "D4.4":
            answer = Answer(ind.id)  # left unanswered
        elif ind.is_rate:
            # 899/1000 displays as 89,9 %: under a 90 % target, compared exactly.
            num, den = {0: (899, 1000), 1: (9, 10), 2: (0, 0), 3: (45, 50)}[n % 4]
            answer = Answer(ind.id, num, den, criteria=criteria, comment="Chiffres issus du DPI — « extraction » été")
        else:
            answer = Answer(ind.id, criteria=criteria, comment="Vu avec la DSI." if n % 3 == 0 else "")
        if not answer.is_empty:
            ws.save_answer(campaign.id, answer)
    meeting1 = ws.add_evidence(est.id, "rssi_direction_meeting", dt.date(2024, 11, 4), "Comité RSSI / Direction n°1")
    ws.add_evidence(est.id, "rssi_direction_meeting", dt.date(2025, 3, 12), "Comité RSSI / Direction n°2")
    ws.add_evidence(est.id, "civ_meeting", dt.date(2025, 2, 3), "Réunion de la CIV — février")
    ws.add_evidence(
        est.id,
        "availability_measurement",
        dt.date(2025, 5, 31),
        "Disponibilité du DPI",
        {"target": 0.99, "method": "supervision Centreon", "measured": 0.995},
    )
    pssi = ws.add_evidence(
        est.id,
        "document",
        dt.date(2024, 9, 1),
        "Politique de sécurité du SI (PSSI) — révision 3",
        {"kind": "pssi"},
        [EvidenceLink("P2.4", "P2.4.pssi")],
    )
    ws.attach_bytes(pssi.id, "PSSI-révision-3.pdf", b"%PDF-1.4 faux contenu de test \xc3\xa9")
    ws.attach_bytes(meeting1.id, "compte-rendu.txt", "Compte rendu : présents, décisions.".encode())
    ws.add_action(
        est.id,
        title="Planifier le test du PRA",
        owner="Mme Anaïs Lefèvre",
        due_date=dt.date(2025, 9, 30),
        status="en_cours",
        notes="Avec l'hébergeur.",
        indicator="P2.1",
        criterion="P2.1.pra_teste",
        campaign_id=campaign.id,
    )
    ws.add_action(est.id, title="Faire auditer l'exposition Internet", due_date=dt.date(2025, 1, 15))
    return campaign.id


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("HOPEN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def workspace_path(tmp_path: Path, data_dir: Path) -> Path:
    return tmp_path / "espace.hopen.sqlite"


@pytest.fixture
def filled(workspace_path: Path) -> Iterator[tuple[Workspace, int]]:
    ws = Workspace.open(workspace_path)
    campaign_id = fill_workspace(ws)
    yield ws, campaign_id
    ws.close()


def snapshot(path: Path) -> bytes:
    """The bytes of a workspace file after folding its WAL into it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.read_bytes()


def soffice() -> str:
    """LibreOffice's command line: required by the tests that recalculate a workbook (the README's
    test command installs it, ``scripts/setup.sh --test``: libreoffice-calc-nogui)."""
    import shutil

    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice est requis pour ces tests : apt-get install libreoffice-calc-nogui"
    return found


def recalculated(path: Path, folder: Path) -> Path:
    """``path`` opened and saved again by LibreOffice headless, which computes every formula on
    loading (openpyxl writes formulas without values): the workbook as a user sees it. The copy is
    written into ``folder`` under the same name."""
    import subprocess

    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "profil-libreoffice"  # a private profile: never the user's, never shared
    subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "xlsx",
         "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    out = folder / path.name
    assert out.is_file(), f"LibreOffice n'a pas écrit {out}"
    return out
