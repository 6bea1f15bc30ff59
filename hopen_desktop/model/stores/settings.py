"""Workspace preferences (declared in ``model/settings.py``), stored as JSON values."""

from __future__ import annotations

import json

from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.settings import Setting, check_setting
from hopen_desktop.model.stores.base import Store, to_json


class SettingStore(Store):
    def get(self, setting: Setting) -> int:
        """The stored value, or the default when absent or no longer valid."""
        r = self._one("SELECT value FROM settings WHERE key = ?", [setting.key], checked=False)  # any value copes
        if r is None:
            return setting.default
        try:
            return check_setting(setting, json.loads(r["value"]))
        except (ValueError, TypeError, RecursionError, ValidationError):
            return setting.default

    def put(self, setting: Setting, value: int) -> None:
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [setting.key, to_json(value)],
        )
