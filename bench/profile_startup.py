"""Where the start-up time goes: pyinstrument's call tree of the application opening the demo
workspace until its first event-loop turn, run like bench/startup.py's children (compiled
bytecode, offscreen).

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/profile_startup.py [--html FILE]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import BENCH, child_env  # noqa: E402


def main() -> int:
    html = sys.argv[sys.argv.index("--html") + 1] if "--html" in sys.argv else None
    from hopen_desktop.model.demo import build_demo_workspace

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        env = child_env(data)
        demo = data / "demo.sqlite"
        build_demo_workspace(demo)
        child = [str(BENCH / "_app_window.py"), str(demo)]
        subprocess.run([sys.executable, *child], env=env, capture_output=True, check=True)  # compile
        renderer = ["-r", "html", "-o", html] if html else ["-r", "text", "--show", "*hopen_desktop*"]
        profile = [sys.executable, "-m", "pyinstrument", "-i", "0.0005", *renderer, *child]
        done = subprocess.run(profile, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        return 1
    print(done.stdout if not html else f"profile written to {html}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
