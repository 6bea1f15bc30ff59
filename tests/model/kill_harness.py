"""Kill a writing process at random moments and check that nothing acknowledged is lost.

The writer (``python -m tests.model.kill_harness write WORKSPACE SEED``) makes edits through the
domain layer and prints ``ACK <n>`` after each committed edit. ``run_kills`` starts it, kills it
with SIGKILL after a random delay, reopens the workspace and checks integrity, the journal chain
and every acknowledged edit. Used by tests (bounded) and bench/kill_soak.py (long run).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INDICATORS = ("P1.1", "P1.3", "P3.4", "D1.1", "D2.3", "D3.1")


def writer(path: Path, seed: int) -> None:
    from hopen_desktop.model.entities import Answer, EstablishmentData
    from hopen_desktop.model.workspace import Workspace

    rng = random.Random(seed)
    ws = Workspace.open(path)
    est = ws.establishment_by_finess("750000002") or ws.add_establishment(
        EstablishmentData(finess="750000002", name="Clinique du test de coupure")
    )
    campaign = ws.latest_campaign(est.id) or ws.add_campaign(est.id, dt.date(2025, 6, 30), "hopen-2019")
    n = int(ws.db.execute("SELECT count(*) FROM journal").fetchone()[0]) * 1000 + seed
    while True:
        n += 1
        kind = rng.choice(("answer", "evidence", "file"))
        if kind == "answer":
            ind = INDICATORS[n % len(INDICATORS)]
            den = rng.randint(1, 1000)
            ws.save_answer(
                campaign.id, Answer(ind, numerator=rng.randint(0, den), denominator=den, comment=f"edit-{n}")
            )
        else:
            ev = ws.add_evidence(est.id, "document", dt.date(2025, 1, 1), f"edit-{n}", {"kind": "other"})
            if kind == "file":
                ws.attach_bytes(ev.id, f"f{n}.bin", rng.randbytes(rng.randint(1, 20_000)))
        sys.stdout.write(f"ACK {kind} {n}\n")
        sys.stdout.flush()


@dataclass
class KillReport:
    kills: int = 0
    acknowledged: int = 0
    problems: list[str] = field(default_factory=list)


def check(path: Path, acks: list[tuple[str, int]], files: bool = True) -> list[str]:
    from hopen_desktop.model.workspace import Workspace

    problems = []
    conn = sqlite3.connect(path)
    result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    if result != "ok":
        problems.append(f"integrity_check: {result}")
    with Workspace.open(path) as ws:
        titles = {r["title"] for r in ws.db.query("SELECT title FROM evidence")}
        est = ws.establishment_by_finess("750000002")
        comments: dict[str, int] = {}
        if est is not None:
            campaign = ws.latest_campaign(est.id)
            if campaign is not None:
                for a in ws.answers(campaign.id).values():
                    comments[a.indicator] = int(a.comment.removeprefix("edit-"))
        latest: dict[str, int] = {}
        for kind, n in acks:
            if kind == "answer":
                ind = INDICATORS[n % len(INDICATORS)]
                latest[ind] = max(latest.get(ind, 0), n)
            elif f"edit-{n}" not in titles:
                problems.append(f"acknowledged evidence edit-{n} lost")
        for ind, n in latest.items():
            if comments.get(ind, -1) < n:
                problems.append(f"acknowledged answer {ind} edit-{n} lost (found {comments.get(ind)})")
        broken = ws.verify_journal()
        if broken is not None:
            problems.append(f"journal: {broken.message}")
        bad_files = ws.verify_files() if files else []
        if bad_files:
            problems.append(f"{len(bad_files)} attached files do not match their hash")
    return problems


def run_kills(path: Path, kills: int, seed: int = 0, min_delay: float = 0.05, max_delay: float = 0.6) -> KillReport:
    rng = random.Random(seed)
    report = KillReport()
    all_acks: list[tuple[str, int]] = []
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for k in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.model.kill_harness", "write", str(path), str(seed * 100_000 + k)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )
        acks: list[tuple[str, int]] = []

        def read(p: subprocess.Popen[str] = proc, sink: list[tuple[str, int]] = acks) -> None:
            assert p.stdout is not None
            for line in p.stdout:
                parts = line.split()
                if len(parts) == 3 and parts[0] == "ACK":
                    sink.append((parts[1], int(parts[2])))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        # Wait for the first acknowledged edit (start-up imports), then kill at a random moment.
        deadline = time.monotonic() + 30
        while not acks and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(min_delay, max_delay))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(timeout=10)
        assert proc.stdout is not None
        proc.stdout.close()
        report.kills += 1
        all_acks.extend(acks)
        # Rehashing every attached file after each kill grows with the run: every 10th kill and the last.
        problems = check(path, all_acks, files=(k + 1) % 10 == 0 or k + 1 == kills)
        if problems:
            report.problems.extend(f"kill {k + 1}: {p}" for p in problems)
            break
    report.acknowledged = len(all_acks)
    return report


if __name__ == "__main__":
    if sys.argv[1] == "write":
        writer(Path(sys.argv[2]), int(sys.argv[3]))
