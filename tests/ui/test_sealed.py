"""A sealed campaign in the window (issue 15, item 5): a banner says it is read-only, its editors
are read-only with the reason in their tooltip, a change run through the session is refused with
the French message shown, the campaign lists mark it, the action plan and the evidence register
open frozen items read-only and refuse to delete them; « Nouvelle version… » gives an editable
copy. The demo workspace, a real file in tmp_path."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.operations.answers import save_answer
from hopen_desktop.model.operations.campaigns import seal_campaign
from hopen_desktop.model.sealing import SealedError
from hopen_desktop.ui.actions.plan import ActionDialog
from hopen_desktop.ui.audit.item_models import CampaignTableModel
from hopen_desktop.ui.evidence.dialog import EvidenceDialog

TODAY = dt.date(2025, 11, 20)
SEAL = {"report_id": "ab12cd34ef56ab12cd34ef56", "content_sha256": "0" * 64}
SEALED = "est scellée depuis le"


@pytest.fixture
def sealed_window(qtbot, tmp_path, isolated_settings, hopen_data_dir):
    """The main window on the demo workspace, its half-finished campaign sealed through the
    session (as the report job will)."""
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    path = tmp_path / "demo.hopen.sqlite"
    campaign_id = build_demo_workspace(path, today=TODAY)
    win = MainWindow(AppSettings())
    qtbot.addWidget(win)
    win.session.today = lambda: TODAY
    assert win.open_workspace(path)
    win.session.select_campaign(campaign_id)
    win.show()
    qtbot.waitExposed(win)
    win.session.seal_campaign(campaign_id, SEAL)
    yield win, campaign_id
    win.followup.close_windows()
    win.close()


def test_the_banner_the_menu_and_the_lists_say_the_campaign_is_sealed(sealed_window):
    win, campaign_id = sealed_window
    assert win.seal_banner.isVisible()
    assert win.seal_banner.label.text().startswith("Campagne scellée le ")
    assert "lecture seule" in win.seal_banner.label.text() and "ab12cd34…" in win.seal_banner.label.text()
    assert win.seal_banner.button.isEnabled()
    assert win.act_new_version.isEnabled()
    assert not win.act_edit_campaign.isEnabled() and SEALED in win.act_edit_campaign.statusTip()
    assert not win.act_delete_campaign.isEnabled()
    row = win.campaign_model.row_of(campaign_id)
    assert win.campaign_model.index(row, CampaignTableModel.DATE).data().endswith(" — scellée")
    assert win.campaign_combo.currentText().endswith(" — scellée")
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Campagne")
    assert win.act_new_version in menu.actions()


def test_the_indicator_page_is_read_only_and_a_change_is_refused_in_french(sealed_window):
    win, campaign_id = sealed_window
    win.show_indicator("P1.1")  # a rate with its criteria
    page = win.indicator_page
    assert page.numerator is not None and page.denominator is not None
    for line in (page.numerator, page.denominator, page.period_start, page.period_end, page.source):
        assert line.isReadOnly() and SEALED in line.toolTip()
    assert not page.not_applicable.isEnabled() and SEALED in page.not_applicable.toolTip()
    assert page.comment.isReadOnly() and page.justification.isReadOnly() and SEALED in page.comment.toolTip()
    assert not page.action_button.isEnabled()
    win.show_indicator("P2.4")  # an existence indicator: its checklist
    assert page.criteria_boxes and all(not box.isEnabled() for box in page.criteria_boxes.values())
    assert all(SEALED in box.toolTip() for box in page.criteria_boxes.values())
    win.show_indicator("P1.1")
    # The road of an edit refuses too (model level): the page shows the French message.
    before = page.numerator.text()
    page.numerator.setText("1")
    page._commit_rate()
    assert SEALED in page.rate_error.text() and "Nouvelle version" in page.rate_error.text()
    assert win.session.answer("P1.1").numerator == (int(before) if before else None)
    with pytest.raises(SealedError):
        win.session.run(save_answer, campaign_id, Answer("P1.1", numerator=1, denominator=2))
    # An operation that freezes nothing stays allowed: sealing again does not.
    with pytest.raises(SealedError):
        win.session.run(seal_campaign, campaign_id, SEAL)


def test_new_version_gives_an_editable_copy_from_the_menu(sealed_window, qtbot):
    win, campaign_id = sealed_window
    answers_before = win.session.workspace.answers(campaign_id)
    win.act_new_version.trigger()
    box = win.dialog
    assert isinstance(box, QMessageBox) and "nouvelle version" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    new = win.session.campaign()
    assert new is not None and new.id != campaign_id and new.predecessor_id == campaign_id and not new.sealed
    assert win.session.workspace.answers(new.id) == answers_before
    assert not win.seal_banner.isVisible() and not win.act_new_version.isEnabled()
    assert win.act_edit_campaign.isEnabled()
    win.show_indicator("P1.1")
    assert not win.indicator_page.numerator.isReadOnly()
    # the sealed one is still listed, marked
    texts = [win.campaign_combo.itemText(i) for i in range(win.campaign_combo.count())]
    assert sum(t.endswith(" — scellée") for t in texts) == 1 and len(texts) >= 2


def test_the_action_plan_opens_frozen_actions_read_only_and_refuses_to_delete_them(sealed_window, qtbot):
    win, campaign_id = sealed_window
    plan = win.followup.show_action_plan()
    frozen = [a for a in win.session.actions() if a.campaign_id == campaign_id]
    assert frozen, "the demo campaign has actions"
    plan.select_action(frozen[0].id)
    assert plan.edit_button.isEnabled() and plan.edit_button.text() == "C&onsulter…"
    assert not plan.delete_button.isEnabled() and SEALED.replace("est ", "") in plan.delete_button.toolTip()
    assert not plan.done_button.isEnabled()
    assert not plan.new_button.isEnabled() and SEALED in plan.new_button.toolTip()
    plan.edit_selected()
    dialog = plan.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.title.isReadOnly() and not dialog.status.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "scellée depuis le" in dialog.error.text()
    dialog.reject()
    plan.delete_selected()  # the Delete key: nothing opens
    assert plan.dialog is dialog


def test_the_register_opens_frozen_evidence_read_only_and_new_evidence_can_be_added(sealed_window, qtbot):
    win, _campaign_id = sealed_window
    win.show_register()
    register = win.register
    frozen = win.session.frozen_evidence()
    assert frozen, "the demo evidence dated before the campaign is covered by its report"
    evidence_id = next(iter(frozen))
    register.select(evidence_id)
    assert not register.delete_button.isEnabled() and not register.act_delete.isEnabled()
    assert "figure dans le rapport signé" in register.delete_button.toolTip()
    assert register.add_button.isEnabled()
    dialog = register.edit_evidence(evidence_id)
    assert isinstance(dialog, EvidenceDialog)
    assert dialog.title.isReadOnly() and dialog.date.isReadOnly() and not dialog.links.isEnabled()
    assert not dialog.attach_button.isEnabled() and not dialog.files.acceptDrops()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "figure dans le rapport signé" in dialog.error.text()
    dialog.reject()
    # a new piece of evidence is added and stays editable
    new = win.session.add_evidence("document", dt.date(2025, 1, 2), "Nouvelle charte", {}, [])
    assert new.id not in win.session.frozen_evidence()
    assert win.session.update_evidence(new.id, new.date, "Charte v2", {}, []).title == "Charte v2"


def test_grabs_of_a_sealed_campaign(sealed_window, tmp_path):
    """The indicator page and the action plan of a sealed campaign render (grabs kept in tmp_path)."""
    win, _campaign_id = sealed_window
    win.show_indicator("P2.4")
    page = win.grab()
    assert not page.isNull() and page.save(str(tmp_path / "sealed-indicator.png"))
    plan = win.followup.show_action_plan()
    grab = plan.grab()
    assert not grab.isNull() and grab.save(str(tmp_path / "sealed-actions.png"))


def test_the_history_and_the_copy_list_mark_the_sealed_campaign(sealed_window):
    from PySide6.QtCore import Qt

    from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog

    win, _campaign_id = sealed_window
    history = win.followup.show_history()
    headers = [
        history.model.headerData(col, Qt.Orientation.Horizontal) for col in range(1, history.model.columnCount())
    ]
    assert any(str(h).endswith("\n(scellée)") for h in headers)
    dialog = CampaignDialog(win.session, win)
    texts = [dialog.copy_from.itemText(i) for i in range(dialog.copy_from.count())]
    assert any(" (scellée)" in t for t in texts)
    dialog.deleteLater()
