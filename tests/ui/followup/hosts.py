"""A bare main window with the follow-up menus over a real workspace: the host of the bundle,
exchange and action-plan tests (one laptop each). 'Today' is fixed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMainWindow

from hopen_desktop.ui.followup.menu import FollowUpActions
from hopen_desktop.ui.session import Session

TODAY = dt.date(2025, 11, 20)


def make_host(qtbot, path):
    """(window, session, follow-up actions) on the workspace at ``path`` (created if absent)."""
    win = QMainWindow()
    qtbot.addWidget(win)
    session = Session(win)
    session.today = lambda: TODAY
    session.open(path)
    follow = FollowUpActions(session, win)
    follow.install(win.menuBar())
    win.show()
    return win, session, follow
