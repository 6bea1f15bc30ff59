#!/bin/sh
# Refresh the .ts sources from the code (source strings are French) and compile the .qm files.
# English translations are edited in resources/translations/hopen_en.ts (Qt Linguist or by hand).
set -eu
cd "$(dirname "$0")/.."
BIN=.venv/bin
"$BIN/pyside6-lupdate" -no-obsolete $(find hopen_desktop/ui -name "*.py" | sort) -ts resources/translations/hopen_en.ts
"$BIN/pyside6-lrelease" resources/translations/hopen_en.ts -qm resources/translations/hopen_en.qm
# Qt's own strings missing from PySide6's qtbase_fr.qm (file dialog labels, file kinds): by hand.
"$BIN/pyside6-lrelease" resources/translations/qt_supplement_fr.ts -qm resources/translations/qt_supplement_fr.qm
