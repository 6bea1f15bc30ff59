"""The interface language across the window (issue 19 items 2 and 7): the title, the language
changed in the preferences applied at once, and the English window free of French leftovers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from hopen_desktop.model.i18n import current_language
from hopen_desktop.ui.translations import install_translators


@pytest.fixture
def back_to_french():
    yield
    install_translators(QApplication.instance(), "fr")


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_window_title_names_the_application_once(window):
    """Qt appends the application's display name to a title that does not end with it: the
    title « HOP'EN Desktop — x » was shown as « HOP'EN Desktop — x — HOP'EN Desktop »."""
    from hopen_desktop.ui.app import create_application

    app = QApplication.instance()
    before = (app.organizationName(), app.applicationName(), app.applicationDisplayName(), app.applicationVersion())
    try:
        display_name = create_application().applicationDisplayName()
    finally:
        app.setOrganizationName(before[0])
        app.setApplicationName(before[1])
        app.setApplicationDisplayName(before[2])
        app.setApplicationVersion(before[3])
    assert window.windowTitle() == "audit.hopen.sqlite — HOP'EN Desktop"
    assert window.windowTitle().endswith(display_name)  # so Qt adds nothing
    window.session.close()
    window.open_workspace(window.settings.last_workspace(), read_only=True)
    assert window.windowTitle() == "audit.hopen.sqlite (lecture seule) — HOP'EN Desktop"


def test_language_changed_in_the_preferences_applies_at_once(window, qtbot, back_to_french):
    from hopen_desktop.model.demo import build_demo_workspace

    path = window.session.path.with_name("demo.sqlite")
    build_demo_workspace(path)
    assert window.open_workspace(path)
    campaign = window.session.campaign_id
    window.show_indicator("P2.4")
    window.resize(1000, 700)
    assert "&Fichier" in menu_titles(window)

    window.show_preferences()
    prefs = window.dialog
    prefs.language.setCurrentIndex(prefs.language.findData("en"))
    prefs.buttons.button(prefs.buttons.StandardButton.Ok).click()
    assert current_language() == "en"
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert "Evi&dence" in menu_titles(window)  # one term: « Evidence », not « Proofs »
    assert window.windowTitle() == "demo.sqlite — HOP'EN Desktop"
    assert window.session.campaign_id == campaign  # the same campaign, the same page, the same size
    assert window.stack.currentWidget() is window.indicator_page
    assert window.indicator_page.indicator.id == "P2.4"
    assert (window.width(), window.height()) == (1000, 700)
    assert window.dashboard_button.text() == "&Dashboard"
    window.show_register()
    assert window.register.isVisible()

    window.show_preferences()
    prefs = window.dialog
    assert prefs.windowTitle() == "Preferences"  # a dialog opened afterwards speaks the new language
    prefs.language.setCurrentIndex(prefs.language.findData("fr"))
    prefs.buttons.button(prefs.buttons.StandardButton.Ok).click()
    assert current_language() == "fr"
    assert menu_titles(window)[:2] == ["&Fichier", "É&dition"]
    assert window.stack.currentWidget() is window.register  # still the register
    assert window.session.campaign_id == campaign
