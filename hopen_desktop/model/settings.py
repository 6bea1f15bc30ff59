"""Workspace preferences, declared once (key, type, default). Stored in the workspace's
``settings`` table, so they travel with the workspace. Pure UI state lives in QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text


@dataclass(frozen=True)
class Setting:
    key: str
    label: Text
    default: int
    minimum: int
    maximum: int


MAX_FILE_MB = Setting(
    "max_file_mb",
    Text("Taille maximale d'un fichier joint (Mo)", "Maximum size of an attached file (MB)"),
    100,
    1,
    2000,
)
BACKUPS_KEPT = Setting("backups_kept", Text("Nombre de sauvegardes conservées", "Number of backups kept"), 10, 1, 100)

SETTINGS: dict[str, Setting] = {s.key: s for s in (MAX_FILE_MB, BACKUPS_KEPT)}


def check_setting(setting: Setting, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not setting.minimum <= value <= setting.maximum:
        raise ValidationError(
            "setting.out_of_range",
            field=setting.key,
            label=setting.label,
            minimum=setting.minimum,
            maximum=setting.maximum,
        )
    return value
