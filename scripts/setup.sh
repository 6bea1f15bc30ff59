#!/usr/bin/env bash
# Set up HOP'EN Desktop from a checkout on Debian/Ubuntu: system packages Qt needs, a virtual
# environment in .venv, the package (editable). `--test` also installs the test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
# Qt offscreen + xcb (a real window), fonts, poppler (pdfsig/pdftoppm for the report tests).
PKGS="python3 python3-venv python3-pip libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1
 libfreetype6 libxkbcommon0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libxcb-xinerama0
 poppler-utils"
# The tests also recalculate and print the Excel workbook with LibreOffice Calc (headless), and
# open encrypted audit bundles with the `age` command-line tool (tests/model/test_bundle_crypto.py).
if [ "${1:-}" = "--test" ]; then PKGS="$PKGS libreoffice-calc-nogui age"; fi
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ] && command -v apt-get >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
