"""The banner of a sealed campaign: hidden for an editable campaign, saying since when and under
which report a sealed one is read-only, its button asking for a new version."""

from __future__ import annotations

import datetime as dt

from hopen_desktop.model.entities import Campaign
from hopen_desktop.ui.audit.seal_banner import SealBanner

EDITABLE = Campaign(1, 1, dt.date(2025, 3, 12), "hopen-2019", "1", "Mme Durand", False)
SEALED = Campaign(
    2,
    1,
    dt.date(2025, 3, 12),
    "hopen-2019",
    "1",
    "Mme Durand",
    False,
    sealed_at="2025-03-14T09:30:00.000000+00:00",
    seal={"report_id": "ab12cd34ef56ab12cd34ef56", "content_sha256": "0" * 64},
)


def test_hidden_unless_the_campaign_is_sealed(qtbot):
    banner = SealBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.show_campaign(None)
    assert not banner.isVisible()
    banner.show_campaign(EDITABLE)
    assert not banner.isVisible()
    banner.show_campaign(SEALED)
    assert banner.isVisible()
    assert banner.label.text() == "Campagne scellée le 14/03/2025 : lecture seule (rapport signé n° ab12cd34…)."
    assert banner.accessibleName() == banner.label.text()
    banner.show_campaign(EDITABLE)
    assert not banner.isVisible()


def test_the_button_asks_for_a_new_version(qtbot):
    banner = SealBanner()
    qtbot.addWidget(banner)
    banner.show_campaign(SEALED)
    with qtbot.waitSignal(banner.newVersionRequested, timeout=1000):
        banner.button.click()
    assert banner.button.text() == "Nouvelle &version…"
