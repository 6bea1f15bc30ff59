"""Long run of the kill harness: 500 SIGKILLs at random moments (issue 7).

.venv/bin/python bench/kill_soak.py [KILLS] [SEED]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.model.kill_harness import run_kills  # noqa: E402


def main() -> int:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with tempfile.TemporaryDirectory() as folder:
        start = time.monotonic()
        report = run_kills(Path(folder) / "soak.sqlite", kills=kills, seed=seed)
        took = time.monotonic() - start
    print(f"kills: {report.kills}  acknowledged edits: {report.acknowledged}  time: {took:.0f} s")
    print("problems: none" if not report.problems else "\n".join(report.problems))
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
