"""Every French string of the interface has its English translation, and the compiled .qm is
current: re-extract the strings from the code into a copy of the .ts and look for gaps."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "hopen_en.ts"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def unfinished(ts: Path) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                found.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return found


def test_every_interface_string_is_translated(tmp_path):
    copy = tmp_path / "hopen_en.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "hopen_desktop" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    missing = unfinished(copy)
    assert missing == [], "run scripts/update_translations.sh and translate:\n" + "\n".join(missing)


def test_compiled_translation_matches_its_source(tmp_path):
    out = tmp_path / "hopen_en.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TS.parent / "hopen_en.qm").read_bytes()
