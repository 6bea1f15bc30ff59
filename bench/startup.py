"""Cold start and large workspaces (issue 8).

1. Cold start to an interactive main window on the demo workspace, against a bare PySide6
   QMainWindow started the same way (target <= 1.5x).
2. A generated large workspace (100 establishments, 1,000 campaigns, 10,000 pieces of evidence)
   against the demo one: opening <= 1.3x, memory <= 1.5x.

Times run from spawning the child to its first event-loop turn with the window shown (the line it
prints then is read as it comes); the CPU time the child had used by then is printed too (steadier
than wall time on a shared machine), and the time to exit for reference. A third child, the
bare window after importing the libraries the stack mandates, shows the floor any application
built on them starts from. Children run from compiled bytecode, as an installed application does.

    .venv/bin/python bench/startup.py [RUNS] [--cold] [--compare REV]

``--cold`` empties the system's file cache before every child (Linux, as root), as after a reboot:
the libraries and the bytecode are read from the disk again. ``--compare REV`` also starts the
application as it was at git revision REV (a temporary worktree), alternating with the current one
in the same run: on a shared machine, before/after numbers taken at different times mislead.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import BENCH, ROOT, Run, child_env, median, run_child, table  # noqa: E402


def generate_large(path: Path, establishments: int = 100, campaigns_each: int = 10, evidence_each: int = 100) -> None:
    import datetime as dt

    from hopen_desktop.model.entities import Answer, EstablishmentData
    from hopen_desktop.model.validation import finess_with_key
    from hopen_desktop.model.workspace import Workspace

    types = ("rssi_direction_meeting", "civ_meeting", "pra_test", "dpo_activity_report", "document")
    with Workspace.open(path) as ws, ws.transaction():
        for e in range(establishments):
            est = ws.add_establishment(
                EstablishmentData(
                    finess=finess_with_key(f"{75000000 + e:08d}"),
                    name=f"Établissement {e:03d}",
                    ght=f"GHT {e // 10}",
                    ght_support=e % 10 == 0,
                )
            )
            for c in range(campaigns_each):
                campaign = ws.add_campaign(est.id, dt.date(2016 + c, 6, 30), "hopen-2019", "Auditeur")
                for ind in ("P1.1", "P1.3", "P3.4", "D1.1", "D2.3", "D3.1", "D3.2", "D4.2", "D6.3", "D7.1"):
                    ws.save_answer(campaign.id, Answer(ind, numerator=c + 1, denominator=12))
            for v in range(evidence_each):
                ws.add_evidence(
                    est.id,
                    types[v % len(types)],
                    dt.date(2016, 1, 1) + dt.timedelta(days=v * 37),
                    f"Preuve {v}",
                    {"kind": "other"} if v % 5 == 4 else {},
                )


def drop_file_cache() -> None:
    """Write dirty pages out, then drop the page cache (Linux, root only)."""
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def quartiles(values: list[float]) -> tuple[float, float, float]:
    q1, q2, q3 = statistics.quantiles(values, n=4)
    return q1, q2, q3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="?", type=int, default=7)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--compare", metavar="REV")
    options = parser.parse_args()
    runs, cold = options.runs, options.cold
    from hopen_desktop.model.demo import build_demo_workspace

    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as cleanup:
        data = Path(folder)
        env = child_env(data)
        demo = data / "demo.sqlite"
        build_demo_workspace(demo)
        large = data / "large.sqlite"
        start = time.perf_counter()
        generate_large(large)
        print(
            f"large workspace generated in {time.perf_counter() - start:.0f} s "
            f"({large.stat().st_size / 1e6:.1f} MB): 100 establishments, 1,000 campaigns, 10,000 evidence"
        )
        commands = {
            "bare": [str(BENCH / "_bare_window.py")],
            "stack": [str(BENCH / "_stack_window.py")],
            "demo": [str(BENCH / "_app_window.py"), str(demo)],
            "large": [str(BENCH / "_app_window.py"), str(large)],
        }
        envs = dict.fromkeys(commands, env)
        if options.compare:
            old = data / "compared"
            subprocess.run(["git", "worktree", "add", "--detach", str(old), options.compare], cwd=ROOT, check=True)
            cleanup.callback(subprocess.run, ["git", "worktree", "remove", "--force", str(old)], cwd=ROOT)
            commands["before"] = [str(old / "bench" / "_app_window.py"), str(demo)]
            envs["before"] = {**env, "PYTHONPATH": str(old)}
        # One warm-up of each (file cache, compiled bytecode), then alternate so that machine noise
        # hits all alike.
        samples: dict[str, list[Run]] = {name: [] for name in commands}
        for name, args in commands.items():
            run_child(args, envs[name])
        for _ in range(runs):
            for name, args in commands.items():
                if cold:
                    drop_file_cache()
                samples[name].append(run_child(args, envs[name]))
    if options.compare:
        rows = []
        for name, label in (("before", f"app at {options.compare}"), ("demo", "app now")):
            wall = quartiles([s.ready for s in samples[name]])
            cpu_q = quartiles([s.cpu_ready for s in samples[name]])
            rows.append(
                (
                    label,
                    f"{wall[1] * 1000:.0f} ms",
                    f"wall q1–q3 {wall[0] * 1000:.0f}–{wall[2] * 1000:.0f} ms",
                    f"CPU median {cpu_q[1] * 1000:.0f} ms (q1–q3 {cpu_q[0] * 1000:.0f}–{cpu_q[2] * 1000:.0f})",
                )
            )
        table(
            f"Before / after, demo workspace, alternated in the same run ({runs} runs each)",
            rows,
            ("measure", "median", "spread", "CPU time to interactive"),
        )
    t = {k: median([s.ready for s in v]) for k, v in samples.items()}
    cpu = {k: median([s.cpu_ready for s in v]) for k, v in samples.items()}
    t_exit = {k: median([s.exit for s in v]) for k, v in samples.items()}
    m = {k: median([float(s.rss_kib) for s in v]) for k, v in samples.items()}

    def verdict(ratio: float, target: float) -> str:
        return "OK" if ratio <= target else "MISSED"

    table(
        f"Start-up: spawn to an interactive window, first event-loop turn ({runs} runs each, medians"
        + (", file cache emptied before each)" if cold else ", file cache warm)"),
        [
            ("bare QMainWindow (baseline)", f"{t['bare'] * 1000:.0f} ms", "1.00", ""),
            (
                "bare window + the stack's libraries (floor)",
                f"{t['stack'] * 1000:.0f} ms",
                f"{t['stack'] / t['bare']:.2f}",
                "",
            ),
            (
                "app on the demo workspace",
                f"{t['demo'] * 1000:.0f} ms",
                f"{t['demo'] / t['bare']:.2f} / 1.5",
                verdict(t["demo"] / t["bare"], 1.5),
            ),
            (
                "app on the large workspace",
                f"{t['large'] * 1000:.0f} ms",
                f"{t['large'] / t['demo']:.2f} / 1.3 (vs demo)",
                verdict(t["large"] / t["demo"], 1.3),
            ),
            (
                "CPU time to interactive, bare / floor / demo",
                f"{cpu['bare'] * 1000:.0f} / {cpu['stack'] * 1000:.0f} / {cpu['demo'] * 1000:.0f} ms",
                f"{cpu['stack'] / cpu['bare']:.2f} / {cpu['demo'] / cpu['bare']:.2f}",
                "",
            ),
            (
                "spawn to exit, bare / demo (for reference)",
                f"{t_exit['bare'] * 1000:.0f} / {t_exit['demo'] * 1000:.0f} ms",
                f"{t_exit['demo'] / t_exit['bare']:.2f}",
                "",
            ),
            ("peak memory, demo", f"{m['demo'] / 1024:.0f} MiB", f"{m['demo'] / m['bare']:.2f} (vs bare)", ""),
            (
                "peak memory, large",
                f"{m['large'] / 1024:.0f} MiB",
                f"{m['large'] / m['demo']:.2f} / 1.5 (vs demo)",
                verdict(m["large"] / m["demo"], 1.5),
            ),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
