"""History window: two campaigns of the demo side by side, the change between them, the chart of
the global prerequisite rate, and a new campaign copied from the latest."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.entities import Answer
from hopen_desktop.ui.followup.history import CHANGED_ROLE, HistoryTableModel, HistoryWindow
from hopen_desktop.ui.followup.menu import FollowUpActions
from hopen_desktop.ui.session import Session

TODAY = dt.date(2025, 11, 20)


@pytest.fixture
def host(qtbot, tmp_path):
    path = tmp_path / "demo.hopen.sqlite"
    build_demo_workspace(path, today=TODAY)
    win = QMainWindow()
    qtbot.addWidget(win)
    session = Session(win)
    session.today = lambda: TODAY + dt.timedelta(days=10)
    session.open(path)
    follow = FollowUpActions(session, win)
    follow.install(win.menuBar())
    win.show()
    yield win, session, follow
    follow.close_windows()
    session.close()


def row_of(model: HistoryTableModel, indicator: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(indicator + " "))


def test_rows_show_the_change_between_two_campaigns(host, qtbot):
    _win, session, follow = host
    follow.act_history.trigger()
    window = follow.history
    assert isinstance(window, HistoryWindow) and window.isVisible()
    model = window.model
    assert model.columnCount() == 3  # indicator + 2 campaigns, oldest first
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Campagne du\n20/11/2024"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Campagne du\n20/11/2025"

    # P1.1: 7/10 last year, 9/10 now (target 80 %): non atteint -> atteint.
    r = row_of(model, "P1.1")
    old, new = model.index(r, 1), model.index(r, 2)
    assert old.data() == "✖ Non atteint · 70 %"
    assert new.data().startswith("✔ Atteint · 90 %")
    assert new.data(CHANGED_ROLE) is True and old.data(CHANGED_ROLE) is False
    assert new.data(Qt.ItemDataRole.ToolTipRole) == "avant : ✖ Non atteint · 70 % / maintenant : ✔ Atteint · 90 %"
    assert new.data(Qt.ItemDataRole.FontRole).bold()

    # Only what changed: P1.1 stays, an indicator never answered in either campaign goes.
    assert "P4.2" in window.visible_indicators()
    window.changed_only.click()
    shown = window.visible_indicators()
    assert "P1.1" in shown and "P4.2" not in shown
    assert all(any(c.changed for c in model.history().rows[row_of(model, i)].cells) for i in shown)
    assert "changé" in window.summary.text()

    # The chart: one point per campaign, the global prerequisite rate from the model's scores.
    points = window.chart.points()
    assert [d for d, _ in points] == [dt.date(2024, 11, 20), TODAY]
    assert points[1][1] == session.workspace.score(session.campaign_id).prerequisites_rate
    assert points[0][1] < points[1][1]
    assert isinstance(points[0][1], Fraction)


def test_history_follows_an_edit(host, qtbot):
    _win, session, follow = host
    window = follow.show_history()
    r = row_of(window.model, "D7.2")
    assert window.model.index(r, 2).data(CHANGED_ROLE) is False
    session.save_answer(Answer("D7.2", not_applicable=True, justification="Pas de préadmission en ligne."))
    assert window.model.index(r, 2).data(CHANGED_ROLE) is True
    assert window.model.index(r, 2).data().startswith("– Non applicable")


def test_new_campaign_from_the_latest(host, qtbot):
    _win, session, follow = host
    window = follow.show_history()
    latest_id = session.campaign_id
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    box = window.dialog
    assert isinstance(box, QMessageBox) and "30/11/2025" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert session.campaign_id != latest_id
    assert session.campaign().date == TODAY + dt.timedelta(days=10)
    assert window.model.columnCount() == 4
    r = row_of(window.model, "P1.1")
    assert window.model.index(r, 3).data().startswith("✔ Atteint · 90 %")  # answers carried over
    assert window.model.index(r, 3).data(CHANGED_ROLE) is False


def test_history_model_under_modeltester(qtmodeltester, host):
    _win, session, follow = host
    window = follow.show_history()
    qtmodeltester.check(window.model)
    qtmodeltester.check(window.proxy)
