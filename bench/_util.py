"""Shared helpers of the benchmarks: timing child processes, medians, a printed table."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


def child_env(data_dir: Path) -> dict[str, str]:
    """Children run as an installed application does: from compiled bytecode (pip compiles a
    wheel's modules at install, PyInstaller ships them compiled). The bytecode goes to a cache
    folder under ``data_dir``, written by the warm-up run, so the checkout is left alone."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOPEN_DATA_DIR": str(data_dir),
        "XDG_CONFIG_HOME": str(data_dir / "config"),
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": str(data_dir / "pycache"),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


READY = "fenêtre"  # the line a child prints at its first event-loop turn, window shown


class Run(NamedTuple):
    ready: float  # seconds from spawn to the READY line (the window interactive)
    cpu_ready: float  # CPU seconds (user + system, all threads) the child had used by then
    exit: float  # seconds from spawn to exit
    rss_kib: int  # peak RSS the child reports last (0 when it prints none)


def run_child(args: list[str], env: dict[str, str]) -> Run:
    """Run a Python child script until it exits; see Run."""
    return run_command([sys.executable, *args], env)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by a running process (Linux /proc, clock ticks).
    Another tenant of a shared machine slows wall time much more than it changes this."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_command(command: list[str], env: dict[str, str]) -> Run:
    """run_child for any program (a frozen application)."""
    start = time.perf_counter()
    ready = cpu_ready = None
    lines = []
    with subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        for line in child.stdout:
            if ready is None and line.startswith(READY):
                ready = time.perf_counter() - start
                cpu_ready = cpu_seconds(child.pid)
            lines.append(line)
        error = child.stderr.read()
    took = time.perf_counter() - start
    if child.returncode != 0 or ready is None or cpu_ready is None:
        raise RuntimeError(f"{command} failed or never showed its window: {error[-500:]}")
    last = lines[-1].strip() if lines else ""
    return Run(ready, cpu_ready, took, int(last) if last.isdigit() else 0)


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def table(
    title: str,
    rows: list[tuple[str, str, str, str]],
    header: tuple[str, str, str, str] = ("measure", "median", "ratio / target", "verdict"),
) -> None:
    print(f"\n{title}")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    for r in [header, *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
