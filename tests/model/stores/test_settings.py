"""Workspace preferences stored as JSON: the default when absent or no longer valid."""

from hopen_desktop.model.settings import BACKUPS_KEPT, MAX_FILE_MB


def test_default_until_a_value_is_put_then_the_value(ws):
    assert ws.settings.get(MAX_FILE_MB) == MAX_FILE_MB.default
    with ws.transaction():
        ws.settings.put(MAX_FILE_MB, 12)
        ws.settings.put(MAX_FILE_MB, 13)  # replaces, never a second row
    assert ws.settings.get(MAX_FILE_MB) == 13
    assert ws.settings.get(BACKUPS_KEPT) == BACKUPS_KEPT.default
    assert ws.db.execute("SELECT count(*) FROM settings WHERE key = 'max_file_mb'").fetchone()[0] == 1


def test_a_stored_value_no_longer_valid_gives_the_default(ws):
    with ws.transaction():
        ws.db.execute("INSERT INTO settings (key, value) VALUES ('max_file_mb', '999999')")
        ws.db.execute("INSERT INTO settings (key, value) VALUES ('backups_kept', 'pas du json')")
    assert ws.settings.get(MAX_FILE_MB) == MAX_FILE_MB.default
    assert ws.settings.get(BACKUPS_KEPT) == BACKUPS_KEPT.default
