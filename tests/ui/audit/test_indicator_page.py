"""Issue 6: an action created from an unmet criterion on the indicator page shows on the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from hopen_desktop.model.entities import EstablishmentData


def due_texts(panel) -> list[str]:
    model = panel.list.model()
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def test_action_from_unmet_criterion_appears_on_the_dashboard(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    window.show_indicator("P2.4")
    page = window.indicator_page
    assert page.action_button.isVisibleTo(page)
    entries = {a.data(): a for a in page.action_menu.actions()}
    assert "P2.4.rdv_direction" in entries  # the derived criterion is unmet: no meeting registered
    entries["P2.4.rdv_direction"].trigger()
    dialog = window.followup.dialog
    assert dialog is not None and dialog.isVisible()
    assert "RSSI" in dialog.title.text()
    late = dt.date.today() - dt.timedelta(days=3)
    dialog.due.setDate(QDate(late.year, late.month, late.day))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    actions = s.workspace.actions(s.establishment_id)
    assert [(a.indicator, a.criterion, a.due_date) for a in actions] == [("P2.4", "P2.4.rdv_direction", late)]
    window.show_dashboard()
    assert any(dialog.title.text() in text for text in due_texts(window.dashboard.due_panel))
