"""Action plan: an action created from an unmet criterion through the dialog, seen in the action
plan and in the late / due-soon list; edited to "fait" it leaves that list. Real workspaces."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMessageBox, QPushButton

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.ui.actions.models import DUE_ROLE, ActionTableModel, DueActionsModel
from hopen_desktop.ui.actions.plan import ActionDialog, ActionPlanWindow, DueActionsWidget
from hopen_desktop.ui.audit.item_models import OBJECT_ROLE
from hopen_desktop.ui.followup.menu import FollowUpActions
from hopen_desktop.ui.session import Session
from tests.conftest import type_text

TODAY = dt.date(2025, 11, 20)
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def host(qtbot, tmp_path):
    """A bare main window (the real one is wired by its owner) with the follow-up menus, on the
    demo workspace; 'today' is fixed."""
    path = tmp_path / "demo.hopen.sqlite"
    build_demo_workspace(path, today=TODAY)
    win = QMainWindow()
    qtbot.addWidget(win)
    session = Session(win)
    session.today = lambda: TODAY
    session.open(path)
    follow = FollowUpActions(session, win)
    follow.install(win.menuBar())
    win.show()
    qtbot.waitExposed(win)
    yield win, session, follow
    follow.close_windows()
    session.close()


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)


def test_menus_installed(host):
    win, _session, follow = host
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["&Suivi", "Pa&quets d'audit"]
    suivi = win.menuBar().actions()[0].menu()
    assert [a.text() for a in suivi.actions() if not a.isSeparator()] == [
        "&Plan d'action…",
        "&Historique des campagnes…",
        "Vue &GHT…",
        "&Journal des modifications…",
    ]
    bundles = win.menuBar().actions()[1].menu()
    assert [a.text() for a in bundles.actions() if not a.isSeparator()] == [
        "Envoyer / Recevoir un &paquet d'audit…",
        "&Exporter un paquet d'audit…",
        "&Importer un paquet d'audit…",
    ]
    assert follow.act_action_plan.shortcut().toString() == "Ctrl+Shift+A"
    assert all(a.isEnabled() for a in (follow.act_action_plan, follow.act_history, follow.act_export_bundle))


def test_action_from_unmet_criterion_is_late_then_done(host, qtbot):
    win, session, follow = host
    due_widget = DueActionsWidget(session)
    qtbot.addWidget(due_widget)
    before = due_widget.texts()
    assert len(before) == 1 and "Obtenir le rapport d'activité semestriel du DPO" in before[0]  # demo: due in 20 days

    # The indicator page's call: an unmet criterion of P2.4, title proposed from its label.
    unmet = {c.criterion_id for c in session.score().indicators["P2.4"].unmet_criteria}
    assert "P2.4.plan_ssi_acheve" in unmet
    dialog = follow.create_action_for("P2.4", "P2.4.plan_ssi_acheve")
    assert isinstance(dialog, ActionDialog)
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "Le plan d'actions SSI est achevé à 100 % et suivi de manière régulière"
    assert "P2.4" in dialog.findChild(type(dialog.error).__base__, "actionContext").text()
    type_text(dialog.owner, "Hélène, RSSI")
    dialog.due.setDate(QDate(2025, 11, 1))  # in the past: late
    type_text(dialog.notes, "Segmentation du réseau du bloc opératoire à terminer.")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # In the action plan table, late.
    follow.act_action_plan.trigger()
    plan = follow.action_plan
    assert isinstance(plan, ActionPlanWindow) and plan.isVisible()
    titles = plan.visible_titles()
    assert "Le plan d'actions SSI est achevé à 100 % et suivi de manière régulière" in titles
    row = plan.model.row_of(dialog.saved.id)
    action = plan.model.action(row)
    assert (action.indicator, action.criterion, action.owner) == ("P2.4", "P2.4.plan_ssi_acheve", "Hélène, RSSI")
    assert action.campaign_id == session.campaign_id
    assert plan.model.index(row, ActionTableModel.DUE).data() == "⚠ En retard"
    assert plan.model.index(row, ActionTableModel.DUE).data(DUE_ROLE) == "late"
    assert plan.model.index(row, ActionTableModel.INDICATOR).data().startswith("P2.4 — Le plan d'actions SSI")
    assert plan.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "en retard" in plan.count.text()

    # On the dashboard list: late first.
    texts = due_widget.texts()
    assert len(texts) == 2
    assert texts[0].startswith("⚠ En retard (échéance 01/11/2025)") and "P2.4" in texts[0]
    assert due_widget.model.index(0, 0).data(DUE_ROLE) == "late"
    assert due_widget.model.index(1, 0).data(DUE_ROLE) == "soon"

    # Edited to "fait" through the dialog: gone from the due list, greyed in the plan.
    plan.select_action(dialog.saved.id)
    assert plan.selected_action().id == dialog.saved.id
    qtbot.mouseClick(plan.edit_button, Qt.MouseButton.LeftButton)
    edit = plan.dialog
    assert isinstance(edit, ActionDialog) and edit.action.id == dialog.saved.id
    assert edit.owner.text() == "Hélène, RSSI"
    edit.status.setCurrentIndex(edit.status.findData("fait"))
    click_ok(qtbot, edit)
    qtbot.waitUntil(lambda: not edit.isVisible())
    assert [t for t in due_widget.texts() if "P2.4" in t] == []
    row = plan.model.row_of(dialog.saved.id)
    assert plan.model.index(row, ActionTableModel.STATUS).data() == "Fait"
    assert plan.model.index(row, ActionTableModel.DUE).data() == ""


def test_unmet_menu_creates_action_for_indicator(host, qtbot):
    _win, session, follow = host
    plan = follow.show_action_plan()
    plan.fill_unmet_menu()
    entries = {m.title().split(" — ")[0]: m for m in (a.menu() for a in plan.unmet_menu.actions()) if m is not None}
    assert "P4.1" in entries and "P1.1" not in entries  # P1.1 is reached (9/10), P4.1 has an unmet criterion
    p41 = entries["P4.1"]
    criteria = [a for a in p41.actions() if a.data() and a.data()[1]]
    assert [a.data()[1] for a in criteria] == ["P4.1.alimentation_dmp"]
    p41.actions()[0].trigger()  # the indicator as a whole
    dialog = plan.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.title.text().startswith("P4.1 : ")
    dialog.title.selectAll()
    type_text(dialog.title, "Alimenter le DMP depuis le DPI")
    dialog.has_due.setChecked(False)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = session.workspace.action(dialog.saved.id)
    assert (saved.title, saved.indicator, saved.criterion, saved.due_date) == (
        "Alimenter le DMP depuis le DPI",
        "P4.1",
        None,
        None,
    )
    assert "Alimenter le DMP depuis le DPI" in plan.visible_titles()


def test_empty_title_refused_in_dialog(host, qtbot):
    _win, session, follow = host
    plan = follow.show_action_plan()
    count = len(session.workspace.actions(session.establishment_id))
    qtbot.mouseClick(plan.new_button, Qt.MouseButton.LeftButton)
    dialog = plan.dialog
    assert isinstance(dialog, ActionDialog)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "titre" in dialog.error.text().lower()
    assert len(session.workspace.actions(session.establishment_id)) == count
    dialog.reject()


def test_filters_and_delete_with_confirmation(host, qtbot):
    _win, session, follow = host
    plan = follow.show_action_plan()
    assert plan.proxy.rowCount() == 2
    plan.indicator_filter.setCurrentIndex(plan.indicator_filter.findData("P3.6"))
    assert plan.visible_titles() == ["Obtenir le rapport d'activité semestriel du DPO"]
    plan.indicator_filter.setCurrentIndex(0)
    first = plan.model.action(0)
    follow.session.set_action_status(first.id, "abandonne")
    plan.status_filter.setCurrentIndex(plan.status_filter.findData("open"))
    assert plan.proxy.rowCount() == 1
    plan.status_filter.setCurrentIndex(plan.status_filter.findData("abandonne"))
    assert plan.visible_titles() == [first.title]
    plan.status_filter.setCurrentIndex(0)

    # Delete: cancelled, then confirmed.
    plan.select_action(first.id)
    qtbot.mouseClick(plan.delete_button, Qt.MouseButton.LeftButton)
    box = plan.dialog
    assert isinstance(box, QMessageBox) and first.title in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(session.workspace.actions(session.establishment_id)) == 2
    plan.select_action(first.id)
    plan.delete_selected()
    plan.dialog.button(QMessageBox.StandardButton.Yes).click()
    remaining = session.workspace.actions(session.establishment_id)
    assert [a.id for a in remaining] != [] and first.id not in [a.id for a in remaining]
    assert plan.proxy.rowCount() == 1


def test_action_models_under_modeltester(qtmodeltester, host):
    _win, session, follow = host
    model = ActionTableModel()
    model.set_actions(follow.session.actions(), TODAY, session.referential())
    qtmodeltester.check(model)
    assert model.index(0, 0).data(OBJECT_ROLE).establishment_id == session.establishment_id
    due = DueActionsModel()
    due.set_due(session.due_actions(), TODAY)
    qtmodeltester.check(due)
    assert due.rowCount() == 1


def test_the_empty_title_refusal_goes_when_a_title_is_typed(host, qtbot):
    """Issue 19 item 6: the red message goes at once when the title is typed."""
    from tests.conftest import type_text

    _win, _session, follow = host
    plan = follow.show_action_plan()
    qtbot.mouseClick(plan.new_button, Qt.MouseButton.LeftButton)
    dialog = plan.dialog
    click_ok(qtbot, dialog)
    assert dialog.error.isVisible()
    type_text(dialog.title, "Former")
    assert not dialog.error.isVisible()
    dialog.reject()


def test_the_action_plan_closes_with_escape_ctrl_w_and_its_button(host, qtbot):
    from tests.ui.windows import activate

    _win, _session, follow = host
    escape = (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    for keys in (escape, (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        plan = follow.show_action_plan()
        activate(qtbot, plan)
        qtbot.keyClick(plan.table, *keys)
        assert not plan.isVisible(), keys
    plan = follow.show_action_plan()
    plan.findChild(QPushButton, "closeButton").click()
    assert not plan.isVisible()
