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


def test_your_name_is_kept_for_the_user_and_written_on_each_journal_row(qtbot, window, tmp_path):
    """Issue 17: « Votre nom » in the preferences, kept in the user's settings, names the author of
    every journal row written from then on (also after the window is opened again)."""
    import datetime as dt

    from PySide6.QtWidgets import QLabel

    from hopen_desktop.model.entities import EstablishmentData
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings
    from tests.conftest import type_text

    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    assert s.workspace.journal(limit=1)[0].author is None
    window.show_preferences()
    prefs = window.dialog
    assert prefs.author.text() == "" and prefs.author.accessibleName() == "Votre nom"
    assert any(label.buddy() is prefs.author for label in prefs.findChildren(QLabel))
    prefs.author.setFocus()
    type_text(prefs.author, "Hélène Dupré ")
    prefs.grab().save(str(tmp_path / "preferences.png"))
    prefs.accept()
    assert AppSettings().author() == "Hélène Dupré"
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    latest = s.workspace.journal(limit=1)[0]
    assert (latest.entity, latest.author) == ("campaign", "Hélène Dupré")
    assert s.workspace.journal.verify_all() == []

    # A name that is not one line is refused next to the field; the dialog stays open.
    window.show_preferences()
    prefs = window.dialog
    prefs.author.setText("Marie\x07Curie")
    prefs.accept()
    assert "Votre nom" in prefs.author_error.text() and prefs.isVisible()
    prefs.reject()
    assert AppSettings().author() == "Hélène Dupré"

    # Another window of the same user writes the same name.
    path = s.workspace.path
    window.session.close()
    again = MainWindow(AppSettings())
    qtbot.addWidget(again)
    assert again.open_workspace(path)
    again.session.add_establishment(EstablishmentData(finess="750000010", name="Autre"))
    assert again.session.workspace.journal(limit=1)[0].author == "Hélène Dupré"
    again.close()


def test_a_damaged_name_in_the_settings_is_dropped_not_a_failure(qtbot, isolated_settings):
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    AppSettings().set_author("Marie\x07Curie")
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    assert win.session.author is None
    AppSettings().set_author("Marie Curie")
    other = MainWindow(AppSettings())
    qtbot.addWidget(other)
    assert other.session.author == "Marie Curie"


def test_the_name_refusal_goes_when_the_name_is_corrected(qtbot, window):
    """Issue 19 item 6: the red message goes at the keystroke that makes the name valid."""
    from PySide6.QtCore import Qt

    window.show_preferences()
    prefs = window.dialog
    prefs.author.setText("Marie\x07Curie")
    prefs.accept()
    assert prefs.author_error.isVisible()
    prefs.author.setFocus()
    prefs.author.setCursorPosition(6)
    qtbot.keyClick(prefs.author, Qt.Key.Key_Backspace)  # removes the control character
    assert prefs.author.text() == "MarieCurie"
    assert not prefs.author_error.isVisible()
    prefs.reject()
