"""Workspace preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.settings import Setting, check_setting

if TYPE_CHECKING:
    from hopen_desktop.model.workspace import Workspace


def set_setting(ws: Workspace, setting: Setting, value: int) -> Outcome[int]:
    """Raises ValidationError when out of bounds; the value stored."""
    value = check_setting(setting, value)
    with ws.transaction():
        old = ws.settings.get(setting)
        ws.settings.put(setting, value)
        ws.journal.append(None, "setting", setting.key, old, value)
    return Outcome(value, Changes(settings=frozenset({setting.key})))
