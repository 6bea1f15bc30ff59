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


def two_laptops(qtbot, tmp_path):
    """For a fixture (``yield from``): laptop A on the demo workspace, laptop B on an empty one;
    both closed afterwards."""
    from hopen_desktop.model.demo import build_demo_workspace

    demo = tmp_path / "laptop-a.hopen.sqlite"
    build_demo_workspace(demo, today=TODAY)
    a = make_host(qtbot, demo)
    b = make_host(qtbot, tmp_path / "laptop-b.hopen.sqlite")
    yield a, b
    for _win, session, follow in (a, b):
        follow.close_windows()
        session.close()
