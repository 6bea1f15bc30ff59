"""Loading the interface language: our .qm (source strings are French; hopen_en.qm gives
English) and Qt's own qtbase_XX.qm so that standard buttons speak the same language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hopen_desktop.model.i18n import set_language
from hopen_desktop.resources import resource_path


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators of ``language`` ("fr" or "en"); returns them (keep them alive).
    The model's labels and messages (``hopen_desktop.model.i18n``) switch to the same language."""
    set_language(language)
    installed: list[QTranslator] = []
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if language != "en":
        locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"hopen_{language}", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
