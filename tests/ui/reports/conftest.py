"""The Rapports menu's tests run on a bare main window holding only that menu, on a real demo
workspace file in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.session import Session


@pytest.fixture
def demo(workspace_path: Path) -> tuple[Path, int]:
    campaign_id = build_demo_workspace(workspace_path)
    return workspace_path, campaign_id


@pytest.fixture
def window(qtbot, demo):
    path, campaign_id = demo
    win = QMainWindow()
    session = Session(win)
    win.session = session  # type: ignore[attr-defined]
    actions = ReportActions(session, win)
    actions.install(win.menuBar())
    win.actions_ = actions  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    session.open(path)
    session.select_campaign(campaign_id)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if actions.job is not None:  # never leave a pool thread behind
        actions.job.cancel()
        qtbot.waitUntil(lambda: actions.job is None, timeout=20000)
    session.close()
    win.close()
