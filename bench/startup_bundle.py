"""Start-up of the installed application: the PyInstaller bundle (what users run, without Python)
opening the demo workspace, against a bare PySide6 QMainWindow frozen the same way (one-folder
PyInstaller build of bench/_bare_window.py, made here in a temporary folder). Same timing as
bench/startup.py: spawn to the first event-loop turn, window shown.

    ./scripts/build_bundle.sh                       # builds build/dist/hopen-desktop/
    .venv/bin/python bench/startup_bundle.py [RUNS] [--cold] [--compare OTHER_BUNDLE_EXECUTABLE]

``--compare`` alternates another build of the application (an older spec, say) with this one in
the same run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._util import BENCH, ROOT, Run, child_env, median, run_command, table  # noqa: E402
from bench.startup import drop_file_cache  # noqa: E402

APP = ROOT / "build" / "dist" / "hopen-desktop" / "hopen-desktop"


def freeze_bare_window(folder: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--onedir",
            "--name",
            "bare",
            "--exclude-module",
            "tkinter",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "work"),
            "--specpath",
            str(folder),
            str(BENCH / "_bare_window.py"),
        ],
        check=True,
    )
    return folder / "dist" / "bare" / "bare"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="?", type=int, default=9)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--compare", metavar="EXECUTABLE", type=Path)
    options = parser.parse_args()
    runs, cold = options.runs, options.cold
    if not APP.exists():
        print(f"{APP} is missing: build it first with ./scripts/build_bundle.sh", file=sys.stderr)
        return 2
    from hopen_desktop.model.demo import build_demo_workspace

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        env = child_env(data)
        demo = data / "demo.sqlite"
        build_demo_workspace(demo)
        commands = {
            "bare": [str(freeze_bare_window(data / "bare"))],
            "app": [str(APP), "--workspace", str(demo), "--quit-after", "0"],
        }
        if options.compare:
            commands["other"] = [str(options.compare), "--workspace", str(demo), "--quit-after", "0"]
        samples: dict[str, list[Run]] = {name: [] for name in commands}
        for command in commands.values():
            run_command(command, env)  # warm-up
        for _ in range(runs):
            for name, command in commands.items():
                if cold:
                    drop_file_cache()
                samples[name].append(run_command(command, env))
    t = {name: median([r.ready for r in runs_of]) for name, runs_of in samples.items()}
    cpu = {name: median([r.cpu_ready for r in runs_of]) for name, runs_of in samples.items()}
    ratio = t["app"] / t["bare"]
    table(
        f"Bundle start-up: spawn to an interactive window ({runs} runs each, medians, "
        + ("file cache emptied before each)" if cold else "file cache warm)"),
        [
            ("bare QMainWindow, frozen (baseline)", f"{t['bare'] * 1000:.0f} ms", "1.00", ""),
            (
                "bundled app on the demo workspace",
                f"{t['app'] * 1000:.0f} ms",
                f"{ratio:.2f} / 1.5",
                "OK" if ratio <= 1.5 else "MISSED",
            ),
            *(
                [
                    (
                        f"other build ({options.compare})",
                        f"{t['other'] * 1000:.0f} ms",
                        f"{t['other'] / t['bare']:.2f}",
                        "",
                    )
                ]
                if options.compare
                else []
            ),
            (
                "CPU time to interactive, bare / app",
                f"{cpu['bare'] * 1000:.0f} / {cpu['app'] * 1000:.0f} ms",
                f"{cpu['app'] / cpu['bare']:.2f}",
                "",
            ),
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
