"""The whole hostile corpus (tests/hostile/corpus.py) through the command line, with timings and
peak memory (issue 14): each attack must end with its promised exit code, no traceback, within a
time limit, the workspace unchanged — and its peak resident memory within the stated bound,
200 MB + 4 × what the attack's input may expand to (docs/exchange-format.md, « Ce que reçoit un
fichier hostile »). Baseline measured in the same run: `hopen-desktop --version`.

    .venv/bin/python bench/hostile.py [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import table  # noqa: E402

MB = 1024 * 1024


def run(argv: list[str], env: dict[str, str]) -> tuple[int, str, float, float]:
    """(exit code, stderr, seconds, peak RSS of the child in MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", *argv],
        capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far (KiB)
    return result.returncode, result.stderr, took, max(peak, before) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="")
    options = parser.parse_args()
    from hopen_desktop.model.archives import allowance
    from tests.hostile.corpus import attacks, build_template
    from tests.hostile.test_corpus import dump  # the same comparison as the tests

    root = Path(tempfile.mkdtemp())
    template = build_template(root / "template.sqlite")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOPEN_DATA_DIR": str(root / "donnees")}
    code, _, baseline, _ = run(["--version"], env)
    assert code == 0
    rows = []
    held = failed = 0
    slowest = 0.0
    for attack in attacks():
        if options.only not in attack.name:
            continue
        folder = root / attack.name
        folder.mkdir()
        workspace = folder / "w.sqlite"
        shutil.copy(template, workspace)
        argv = attack.build(folder, workspace)
        inputs = [Path(a) for a in argv if a.startswith(str(folder)) and Path(a).is_file() and Path(a) != workspace]
        size = max((p.stat().st_size for p in inputs), default=0)
        bound = 200 + 4 * allowance(size) / MB if size else 200 + 4 * 64
        before = dump(workspace)
        # Each attack in its own interpreter so that its peak memory is its own.
        child_env = dict(env)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c",
             "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)",
             sys.executable, "-m", "hopen_desktop", *argv],
            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL, env=child_env,
        )  # fmt: skip
        took = time.perf_counter() - start
        *message, peak_line = result.stderr.strip().splitlines() or ["0"]
        peak = int(peak_line) / 1024 if peak_line.isdigit() else 0.0
        ok = (
            result.returncode == attack.expect
            and "Traceback" not in result.stderr
            and dump(workspace) == before
            and peak <= bound
        )
        held += ok
        failed += not ok
        slowest = max(slowest, took)
        rows.append((attack.name, f"{took:.2f} s", f"peak {peak:.0f} MB / {bound:.0f} MB",
                     "held" if ok else f"FAILED (exit {result.returncode}) " + " ".join(message)[-120:]))  # fmt: skip
    table(f"Hostile corpus: {held} held, {failed} failed (baseline: --version in {baseline:.2f} s)", rows,
          ("attack", "time", "memory", "verdict"))  # fmt: skip
    print(f"\nsummary: {held}/{held + failed} attacks held; slowest {slowest:.1f} s; baseline {baseline:.2f} s")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
