"""The banner above the pages of a sealed campaign: it says the campaign is read-only since when,
under which signed report, and offers « Nouvelle version… » (an editable copy naming it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from hopen_desktop.model.entities import Campaign
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.sealing import sealed_day, short_report_id


class SealBanner(QFrame):
    """Hidden while the current campaign is editable."""

    #: The user asks for a new version of the sealed campaign shown.
    newVersionRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#sealBanner { background: #eef2f7; border: 1px solid #94a3b8; border-radius: 4px; }"
            " #sealBanner QLabel { color: #1e293b; }"
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setObjectName("sealBannerText")
        self.label.setWordWrap(True)
        lay.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("Nouvelle &version…"))
        self.button.setObjectName("sealBannerNewVersion")
        self.button.setToolTip(
            self.tr("Créer une copie modifiable de cette campagne, qui la nomme comme version précédente")
        )
        self.button.clicked.connect(self.newVersionRequested)
        lay.addWidget(self.button)
        self.setVisible(False)

    def show_campaign(self, campaign: Campaign | None) -> None:
        """Show the banner for a sealed campaign, hide it otherwise."""
        if campaign is None or not campaign.sealed:
            self.setVisible(False)
            return
        day = sealed_day(campaign)
        text = self.tr("Campagne scellée le {day} : lecture seule (rapport signé n° {report}).").format(
            day=format_date(day) if day is not None else campaign.sealed_at, report=short_report_id(campaign)
        )
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(True)
