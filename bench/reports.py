"""Report and Excel timings (issue 8): a signed report of a full campaign with 200 pieces of
evidence (target <= 3 s) and an Excel round trip (export, read, import: target <= 1 s).
Baselines measured in the same run: a one-page ReportLab document, and an openpyxl workbook of
the same number of cells written and read back.

    .venv/bin/python bench/reports.py [RUNS] [--growth 1000,10000,100000]

``--growth`` also times the report of a campaign with that many actions (and as many pieces of
evidence divided by ten), and prints the time per action against the smallest size: it stays flat
when the report grows linearly (one table of N rows took time in N²: 100,000 actions took more than
15 minutes).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import median, table  # noqa: E402


def full_campaign(path: Path) -> int:
    from hopen_desktop.model.entities import Answer, EstablishmentData, EvidenceLink
    from hopen_desktop.model.referential import EVIDENCE_TYPES
    from hopen_desktop.model.workspace import Workspace

    with Workspace.open(path) as ws, ws.transaction():
        est = ws.add_establishment(
            EstablishmentData(
                finess="750000002", name="Centre hospitalier de Référence", activities=("MCO", "SSR"), ght="GHT Bench"
            )
        )
        campaign = ws.add_campaign(est.id, dt.date(2025, 12, 31), "hopen-2019", "Auditrice")
        ref = ws.referential_of(campaign)
        for n, ind in enumerate(ref.indicators):
            criteria = {c.id: n % 3 != 0 for c in ind.criteria if not c.is_derived}
            if ind.is_rate:
                ws.save_answer(campaign.id, Answer(ind.id, 80 + n % 20, 100, criteria=criteria, comment="Vérifié."))
            else:
                ws.save_answer(campaign.id, Answer(ind.id, criteria=criteria, comment="Vu en réunion."))
        types = [t for t in EVIDENCE_TYPES if t != "availability_measurement"]
        for v in range(200):
            ind = ref.indicators[v % len(ref.indicators)]
            ev = ws.add_evidence(
                est.id,
                types[v % len(types)],
                dt.date(2025, 1, 1) + dt.timedelta(days=v % 360),
                f"Preuve n° {v} — compte rendu",
                {"kind": "other"} if types[v % len(types)] == "document" else {},
                [EvidenceLink(ind.id)],
            )
            ws.attach_bytes(ev.id, f"piece-{v}.pdf", f"%PDF-1.4 pièce {v}".encode() * 50)
        return campaign.id


def growth_campaign(path: Path, actions: int) -> int:
    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.model.workspace import Workspace

    with Workspace.open(path) as ws, ws.transaction():
        est = ws.add_establishment(EstablishmentData(finess="750000028", name="Clinique de la Croissance"))
        campaign = ws.add_campaign(est.id, dt.date(2025, 12, 31), "hopen-2019", "Auditrice")
        for n in range(actions):
            ws.add_action(est.id, title=f"Action {n} — corriger l'écart", due_date=dt.date(2026, 3, 31))
        for n in range(actions // 10):
            ws.add_evidence(est.id, "document", dt.date(2025, 1, 1), f"Document {n}", {"kind": "other"})
        return campaign.id


def growth(sizes: list[int]) -> None:
    from hopen_desktop.model.snapshot import take_snapshot
    from hopen_desktop.model.workspace import Workspace
    from hopen_desktop.reports.pdf_report import render_report

    folder = Path(tempfile.mkdtemp())
    rows = []
    per_action: dict[int, float] = {}
    for size in sizes:
        path = folder / f"growth-{size}.sqlite"
        campaign_id = growth_campaign(path, size)
        with Workspace.open(path) as ws:
            start = time.perf_counter()
            render_report(take_snapshot(ws, campaign_id))
            elapsed = time.perf_counter() - start
        per_action[size] = elapsed / size
        ratio = per_action[size] / per_action[sizes[0]]
        rows.append((f"report, {size:,} actions + {size // 10:,} evidence", f"{elapsed:.1f} s",
                     f"{per_action[size] * 1000:.2f} ms per action, {ratio:.2f}x the smallest", ""))  # fmt: skip
    table("Report growth (one run each): time per action should stay flat", rows)


def main() -> int:
    args = sys.argv[1:]
    if "--growth" in args:
        at = args.index("--growth")
        growth([int(n) for n in args[at + 1].split(",")])
        del args[at : at + 2]
    runs = int(args[0]) if args else 5
    folder = Path(tempfile.mkdtemp())
    os.environ["HOPEN_DATA_DIR"] = str(folder)
    from hopen_desktop.jobs.reports import read_report_snapshot, render_report_bytes
    from hopen_desktop.jobs.workbook import export_xlsx, import_xlsx
    from hopen_desktop.model.workspace import Workspace
    from hopen_desktop.reports.progress import Steps
    from hopen_desktop.reports.signing import create_identity, load_identity

    workspace = folder / "bench.sqlite"
    campaign_id = full_campaign(workspace)
    identity_path = create_identity("Bench Signataire", "HOP'EN", "bench@example.org", "motdepasse", folder / "id.p12")

    def bare_pdf() -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(io.BytesIO(), pagesize=A4)
        c.drawString(72, 720, "Page de référence")
        c.showPage()
        c.save()

    def signed_report() -> None:
        with Workspace.open(workspace) as ws:
            snapshot = read_report_snapshot(ws, campaign_id, Steps(1))
        render_report_bytes(snapshot, load_identity(identity_path, "motdepasse"))

    def bare_workbook() -> None:
        import openpyxl

        wb = openpyxl.Workbook()
        sheet = wb.active
        for r in range(60):
            sheet.append([f"x{r}", r, r + 1, "oui", "commentaire"] * 3)
        buffer = io.BytesIO()
        wb.save(buffer)
        openpyxl.load_workbook(io.BytesIO(buffer.getvalue()), read_only=True).close()

    def excel_round_trip() -> None:
        out = folder / "rt.xlsx"
        with Workspace.open(workspace) as ws:
            export_xlsx(ws, campaign_id, out)
            import_xlsx(ws, campaign_id, out)

    def timed(fn) -> list[float]:
        fn()  # warm-up: imports and caches out of the measure
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        return samples

    t = {
        name: median(timed(fn))
        for name, fn in [
            ("bare_pdf", bare_pdf),
            ("report", signed_report),
            ("bare_xlsx", bare_workbook),
            ("excel", excel_round_trip),
        ]
    }
    table(
        f"Reports ({runs} runs each after a warm-up, medians)",
        [
            ("one-page ReportLab PDF (baseline)", f"{t['bare_pdf'] * 1000:.0f} ms", "", ""),
            (
                "signed report, 41 indicators, 200 evidence",
                f"{t['report'] * 1000:.0f} ms",
                f"{t['report'] / t['bare_pdf']:.0f}x baseline; {t['report']:.2f} / 3 s",
                "OK" if t["report"] <= 3 else "MISSED",
            ),
            ("openpyxl write+read, same size (baseline)", f"{t['bare_xlsx'] * 1000:.0f} ms", "", ""),
            (
                "Excel round trip (export, read, import)",
                f"{t['excel'] * 1000:.0f} ms",
                f"{t['excel'] / t['bare_xlsx']:.1f}x baseline; {t['excel']:.2f} / 1 s",
                "OK" if t["excel"] <= 1 else "MISSED",
            ),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
