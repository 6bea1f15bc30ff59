"""Editing a campaign (date, auditor, declared Hôpital Numérique D2/D3 attainment)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog


def test_edit_campaign_declares_hn_attainment(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "Auditrice")
    assert s.score().eligibility["D7"].needs_d2_or_d3
    window.edit_campaign()
    dialog = window.dialog
    assert isinstance(dialog, CampaignDialog) and not dialog.referential.isEnabled()
    dialog.hn_attained.setChecked(True)
    dialog.date.setDate(QDate(2025, 9, 30))
    dialog.auditor.setText("Nouvel auditeur")
    dialog.accept()
    campaign = s.campaign()
    assert (campaign.date, campaign.auditor, campaign.hn_d2_d3_attained) == (
        dt.date(2025, 9, 30),
        "Nouvel auditeur",
        True,
    )
    assert not s.score().eligibility["D7"].needs_d2_or_d3
    assert window.campaign_combo.currentText().startswith("Campagne du 30/09/2025")


def test_future_date_refused_when_editing(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "")
    window.edit_campaign()
    dialog = window.dialog
    dialog.date.setMaximumDate(QDate(2999, 1, 1))
    dialog.date.setDate(QDate(2999, 1, 1))
    dialog.accept()
    assert "futur" in dialog.error.text()
    assert s.campaign().date == dt.date(2025, 6, 30)


def test_a_joint_commitment_makes_d7_eligible_under_reserve_and_the_hn_declaration_says_what_backs_it(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "Auditrice")
    window.edit_campaign()
    dialog = window.dialog
    assert dialog.hn_backing.isVisibleTo(dialog) and dialog.hn_backing.text() == "Dans cet espace : non déclarée."
    dialog.commitment.setChecked(True)
    dialog.hn_attained.setChecked(True)
    dialog.accept()
    assert s.campaign().d2_d3_commitment
    d7 = s.score().eligibility["D7"]
    assert not d7.needs_d2_or_d3  # the HN declaration alone opens it; the commitment is recorded too
    window.edit_campaign()
    again = window.dialog
    assert again.commitment.isChecked()
    assert again.hn_backing.text() == "Dans cet espace : déclarée, non justifiée dans l'espace."
    again.hn_attained.setChecked(False)
    again.accept()
    d7 = s.score().eligibility["D7"]
    # Only the prerequisites keep D7 closed now: the commitment stands for D2 or D3.
    assert not d7.needs_d2_or_d3 and not d7.eligible
    assert all("D2 ou D3" not in reason for reason in d7.reasons)


def test_the_refusal_goes_when_the_date_is_changed(qtbot, window):
    """Issue 19 item 6: the red message does not stay once the user corrects the field."""
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 6, 30), "hopen-2019", "")
    window.edit_campaign()
    dialog = window.dialog
    dialog.date.setMaximumDate(QDate(2999, 1, 1))
    dialog.date.setDate(QDate(2999, 1, 1))
    dialog.accept()
    assert dialog.error.isVisible()
    dialog.date.setDate(QDate(2025, 7, 1))
    assert not dialog.error.isVisible()
    dialog.reject()
