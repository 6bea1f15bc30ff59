"""Loading the interface language: our .qm (source strings are French; hopen_en.qm gives
English) and Qt's own qtbase_XX.qm so that standard buttons and file dialogs speak the same
language.

Qt's French catalogue shipped with PySide6 lags behind Qt 6's strings: its file dialog says
« &Look in: », « Files of &type: » and « Folder » in English. ``qt_supplement_fr.qm`` (our
resources) holds those few strings and is installed after ``qtbase_fr`` so that it is asked first.

``install_translators`` may be called again to change the language while the window runs: it
removes the translators it installed before (``retranslate`` in the main window rebuilds the
widgets afterwards)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hopen_desktop.model.i18n import set_language
from hopen_desktop.resources import resource_path

_installed: list[QTranslator] = []


def qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues (qtbase_fr.qm) may be: Qt's translations folder (a checkout or a
    wheel: PySide6's), the bundle's copy (PyInstaller, packaging/hopen_desktop.spec), our resources."""
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        dirs.append(str(Path(frozen_root) / "PySide6" / "Qt" / "translations"))
    dirs.append(str(resource_path("translations")))
    return [d for d in dirs if d]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators of ``language`` ("fr" or "en"); returns them (keep them alive).
    The model's labels and messages (``hopen_desktop.model.i18n``) switch to the same language.
    Translators installed by an earlier call are removed first."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    set_language(language)
    installed: list[QTranslator] = []
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if language != "en":
        locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    qt = QTranslator(app)
    if any(qt.load(locale, "qtbase", "_", folder) for folder in qt_translation_dirs()):
        app.installTranslator(qt)
        installed.append(qt)
    supplement = QTranslator(app)
    if supplement.load(locale, "qt_supplement", "_", str(resource_path("translations"))):
        app.installTranslator(supplement)  # installed last: asked before qtbase
        installed.append(supplement)
    ours = QTranslator(app)
    if ours.load(f"hopen_{language}", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    _installed.extend(installed)
    return installed
