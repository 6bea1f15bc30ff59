"""The setting operation: the value, what it changes, its journal row."""

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.operations import settings as setting_ops
from hopen_desktop.model.settings import MAX_FILE_MB
from tests.model.operations.helpers import one


def test_setting_operation(ws):
    changed = setting_ops.set_setting(ws, MAX_FILE_MB, 12)
    assert changed.value == 12 and changed.changes == Changes(settings=one(MAX_FILE_MB.key))
    assert ws.setting(MAX_FILE_MB) == 12
    assert ws.journal(limit=1)[0].entity == "setting"
