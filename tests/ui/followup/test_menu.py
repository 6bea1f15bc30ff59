"""The Suivi menu over a real workspace: its actions enabled as soon as what they need exists,
each window opened once and raised again, an action dialog for an unmet criterion."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QMainWindow

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.ui.followup.menu import FollowUpActions
from hopen_desktop.ui.session import Session


@pytest.fixture
def host(qtbot, tmp_path, hopen_data_dir):
    win = QMainWindow()
    qtbot.addWidget(win)
    session = Session(win)
    follow = FollowUpActions(session, win)
    follow.install(win.menuBar())
    win.show()
    qtbot.waitExposed(win)
    yield win, session, follow
    follow.close_windows()
    session.close()


def enabled(follow) -> dict[str, bool]:
    return {
        a.objectName(): a.isEnabled()
        for a in (
            follow.act_action_plan,
            follow.act_history,
            follow.act_ght,
            follow.act_export_bundle,
            follow.act_import_bundle,
        )
    }


def test_menus_and_shortcuts(host):
    win, _, follow = host
    menus = {a.menu().objectName() for a in win.menuBar().actions() if a.menu() is not None}
    assert {"followUpMenu", "bundleMenu"} <= menus
    assert follow.act_action_plan.shortcut().toString() == "Ctrl+Shift+A"
    assert follow.act_action_plan in win.actions()  # the shortcut works without opening the menu


def test_actions_are_enabled_as_what_they_need_appears(host, tmp_path):
    _, session, follow = host
    assert not any(enabled(follow).values())
    session.open(tmp_path / "audit.hopen.sqlite")
    assert enabled(follow) == {
        "showActionPlan": False,
        "showHistory": False,
        "showGht": True,
        "exportBundle": False,
        "importBundle": True,
    }
    session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas"))
    assert enabled(follow)["showActionPlan"] and enabled(follow)["showHistory"]
    assert not enabled(follow)["exportBundle"]
    session.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "")
    assert all(enabled(follow).values())
    session.close()
    assert not any(enabled(follow).values())


def test_each_window_opens_once(host, tmp_path):
    _, session, follow = host
    session.open(tmp_path / "audit.hopen.sqlite")
    session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas"))
    session.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "")
    plan = follow.show_action_plan()
    assert plan.isVisible() and follow.show_action_plan() is plan
    follow.act_history.trigger()
    assert follow.history is not None and follow.history.isVisible()
    ght = follow.show_ght()
    assert ght.isVisible() and follow.show_ght() is ght
    follow.close_windows()
    assert not plan.isVisible() and not ght.isVisible()


def test_an_action_for_an_unmet_indicator_opens_its_dialog(host, tmp_path):
    _, session, follow = host
    session.open(tmp_path / "audit.hopen.sqlite")
    assert follow.create_action_for("P2.4") is None  # no establishment yet
    session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas"))
    session.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "")
    dialog = follow.create_action_for("P2.4")
    assert dialog is not None and dialog.isVisible() and follow.dialog is dialog
    dialog.reject()
