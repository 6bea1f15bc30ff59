#!/usr/bin/env bash
# Build the one-folder application with PyInstaller and smoke-test the result:
# start it offscreen on the demo workspace, produce a signed report from the command line,
# verify it, round-trip the Excel workbook and an audit bundle, exit 0. Run after ./scripts/setup.sh.
#   ./scripts/build_bundle.sh            -> build/dist/hopen-desktop/
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q 'pyinstaller>=6.5'
.venv/bin/pyinstaller --noconfirm --clean --log-level ERROR \
  --distpath build/dist --workpath build/work packaging/hopen_desktop.spec
APP=build/dist/hopen-desktop/hopen-desktop
echo "== bundle: $(du -sh build/dist/hopen-desktop | cut -f1)"
# setuptools' runtime hooks import pkg_resources at every start (~0.2 s): it must stay excluded.
if grep -q "pyi_rth_pkgres\|pyi_rth_setuptools" build/work/hopen_desktop/Analysis-00.toc; then
  echo "setuptools or pkg_resources got into the bundle: add what pulls them to the spec's excludes" >&2
  exit 1
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOPEN_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
"$APP" --version
"$APP" --demo --quit-after 3000 | tee "$work/gui.txt"
grep -q "fenêtre : .*HOP'EN Desktop" "$work/gui.txt"
demo="$HOPEN_DATA_DIR/demo.hopen.sqlite"
campaign=$("$APP" list --workspace "$demo" --json \
  | .venv/bin/python -c 'import json,sys; print([c["id"] for e in json.load(sys.stdin)["establishments"] for c in e["campaigns"]][0])')
export SMOKE_PASSWORD="mot de passe d'essai"
"$APP" identity create --name "Essai Fumée" --organisation "HOP'EN Desktop" --email essai@example.org \
  --out "$work/id.p12" --password-env SMOKE_PASSWORD
"$APP" report --workspace "$demo" --campaign "$campaign" --out "$work/rapport.pdf" \
  --sign "$work/id.p12" --password-env SMOKE_PASSWORD
"$APP" verify "$work/rapport.pdf"
if command -v pdfsig >/dev/null; then pdfsig "$work/rapport.pdf" | grep -q "Signature is Valid"; fi
# Every font embedded (issue 17), and the report's French hyphenation patterns in the bundle
# (without them the report's words would wrap at spaces only, silently).
if command -v pdffonts >/dev/null; then
  unembedded=$(pdffonts "$work/rapport.pdf" | tail -n +3 | grep -v " yes yes yes " || true)
  if [ -n "$unembedded" ]; then echo "fonts of the report not embedded: $unembedded" >&2; exit 1; fi
fi
find build/dist/hopen-desktop -path "*pyphen/dictionaries/hyph_fr.dic" | grep -q .
# Excel and audit bundles (openpyxl, zipfile) in the frozen application too.
"$APP" export-xlsx --workspace "$demo" --campaign "$campaign" --out "$work/autodiagnostic.xlsx"
"$APP" import-xlsx --workspace "$demo" --campaign "$campaign" "$work/autodiagnostic.xlsx"
"$APP" bundle export --workspace "$demo" --campaign "$campaign" --out "$work/audit.hopen"
"$APP" bundle import --workspace "$work/other.sqlite" --copy "$work/audit.hopen"
echo "== smoke test passed"
