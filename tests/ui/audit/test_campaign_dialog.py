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
