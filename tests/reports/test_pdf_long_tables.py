"""Long annex and action-plan tables are laid out in pieces of LONG_TABLE_ROWS rows, each with its
header: every row is printed once, in order (issue 14, family 9: one table of N rows took time in N²)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.snapshot import take_snapshot
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.reports.pdf_report import LONG_TABLE_ROWS, render_report


def test_every_action_is_printed_once_in_order_with_the_header_repeated(tmp_path: Path) -> None:
    count = LONG_TABLE_ROWS * 3 + 7
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        est = ws.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
        campaign = ws.add_campaign(est.id, dt.date(2025, 6, 30), "hopen-2019", "Auditrice")
        with ws.transaction():
            for n in range(count):
                ws.add_action(est.id, title=f"Action numéro {n:04d}", due_date=dt.date(2026, 1, 1))
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(render_report(take_snapshot(ws, campaign.id)))
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    numbers = [int(m) for m in re.findall(r"Action numéro (\d{4})", text)]
    assert numbers == list(range(count))
    plan = text[text.rindex("Plan d'action") :]
    assert plan.count("Responsable") >= 4  # one header per piece (and per page)
