"""The preferences dialog: the backups kept, the file size limit, the language."""

from __future__ import annotations


def test_backups_kept_is_a_preference(qtbot, window):
    window.show_preferences()
    dialog = window.dialog
    dialog.backups_kept.setValue(3)
    dialog.accept()
    assert window.session.backups_kept() == 3


def test_preferences_refuse_nothing_valid_and_keep_language(window, qtbot):
    window.act_preferences.trigger()
    prefs = window.dialog
    prefs.max_file_mb.setValue(250)
    prefs.accept()
    assert window.session.max_file_mb() == 250
