"""Pure UI state kept in QSettings (INI file in the user's config folder): window geometry,
last and recent workspaces, language, and the name of the person at this computer (« Votre nom »,
written on each journal row: it belongs to the user, not to a workspace). Declared once here
with their types and defaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "HOPEN"
APPLICATION = "hopen-desktop"
MAX_RECENT = 8

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_SPLITTER = "window/splitter"
KEY_LAST_WORKSPACE = "workspace/last"
KEY_RECENT = "workspace/recent"
KEY_LANGUAGE = "ui/language"
KEY_AUTHOR = "user/name"
LANGUAGES = ("fr", "en")


class AppSettings:
    def __init__(self) -> None:
        self.qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def geometry(self) -> QByteArray | None:
        return self._bytes(KEY_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        return self._bytes(KEY_STATE)

    def splitter(self) -> QByteArray | None:
        return self._bytes(KEY_SPLITTER)

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        self.qsettings.setValue(KEY_GEOMETRY, geometry)
        self.qsettings.setValue(KEY_STATE, state)
        self.qsettings.setValue(KEY_SPLITTER, splitter)

    def last_workspace(self) -> Path | None:
        value = self.qsettings.value(KEY_LAST_WORKSPACE)
        return Path(value) if isinstance(value, str) and value else None

    def recent_workspaces(self) -> list[Path]:
        value = self.qsettings.value(KEY_RECENT)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(v) for v in value if isinstance(v, str) and v]

    def remember_workspace(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_workspaces() if p != path]
        recent.insert(0, path)
        self.qsettings.setValue(KEY_RECENT, [str(p) for p in recent[:MAX_RECENT]])
        self.qsettings.setValue(KEY_LAST_WORKSPACE, str(path))

    def language(self) -> str:
        value = self.qsettings.value(KEY_LANGUAGE)
        return value if value in LANGUAGES else "fr"

    def set_language(self, language: str) -> None:
        self.qsettings.setValue(KEY_LANGUAGE, language)

    def author(self) -> str:
        """« Votre nom »: who makes the changes, written on each journal row ("" when not given)."""
        value = self.qsettings.value(KEY_AUTHOR)
        return value if isinstance(value, str) else ""

    def set_author(self, name: str) -> None:
        self.qsettings.setValue(KEY_AUTHOR, name)

    def sync(self) -> None:
        self.qsettings.sync()
