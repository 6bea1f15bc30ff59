"""Issue 6: an action created from an unmet criterion on the indicator page shows on the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from hopen_desktop.model.changes import Changes
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


def test_the_status_shows_its_reason_and_a_prerequisite_cannot_be_declared_not_applicable(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    window.show_indicator("P2.5")
    page = window.indicator_page
    assert page.hint_label.text() == (
        "Non atteint : aucune preuve « Attestation d'audit de sécurité externe » datée des 12 derniers mois "
        "(du 02/12/2024 au 01/12/2025)."
    )
    assert not page.not_applicable.isEnabled()
    assert page.findChild(type(page.hint_label), "prerequisiteNaNote") is not None
    window.show_indicator("D7.3")  # a domain indicator can be
    assert window.indicator_page.not_applicable.isEnabled()
    assert window.indicator_page.findChild(type(page.hint_label), "prerequisiteNaNote") is None


def test_a_prerequisite_stored_not_applicable_shows_why_and_can_be_unticked(qtbot, window):
    from dataclasses import replace

    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    camp = s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    ws = s.workspace
    with ws.transaction():  # as a version before issue 16 stored it
        ws.answers.write(camp.id, replace(ws.answers.one(camp.id, "P1.1"), not_applicable=True, justification="x"))
    s.announce(Changes(answers=frozenset({(camp.id, "P1.1")})))
    window.show_indicator("P1.1")
    page = window.indicator_page
    assert page.not_applicable.isChecked() and page.not_applicable.isEnabled()
    assert page.hint_label.text().startswith("Non renseigné : marqué « non applicable », ce qu'un prérequis")
    page.not_applicable.click()
    assert not ws.answers.one(camp.id, "P1.1").not_applicable
    assert not page.not_applicable.isEnabled()  # and it cannot be ticked again
