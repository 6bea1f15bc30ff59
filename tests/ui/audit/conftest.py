"""The demo workspace, read through a real file in tmp_path, with 'today' fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.workspace import Workspace

DEMO_TODAY = dt.date(2025, 11, 20)


@pytest.fixture
def demo_workspace(tmp_path):
    path = tmp_path / "demo.sqlite"
    campaign_id = build_demo_workspace(path, today=DEMO_TODAY)
    ws = Workspace.open(path)
    yield ws, campaign_id
    ws.close()


@pytest.fixture
def session(qtbot, tmp_path, hopen_data_dir):
    """A session on a fresh workspace file, owned by a bare widget (no main window)."""
    from PySide6.QtWidgets import QWidget

    from hopen_desktop.ui.session import Session

    owner = QWidget()
    qtbot.addWidget(owner)
    s = Session(owner)
    s.open(tmp_path / "audit.hopen.sqlite")
    yield s
    s.close()
