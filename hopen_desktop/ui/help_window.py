"""The user guide, shown offline in the application (Markdown files of docs/guide/)."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from hopen_desktop.resources import guide_index
from hopen_desktop.ui.widgets import closing_row


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Guide de l'utilisateur — HOP'EN Desktop"))
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back = QPushButton(self.tr("◀ &Précédent"))
        self.forward = QPushButton(self.tr("&Suivant ▶"))
        self.home = QPushButton(self.tr("&Sommaire"))
        for button in (self.back, self.forward, self.home):
            bar.addWidget(button)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._external)
        self.browser.setAccessibleName(self.tr("Guide de l'utilisateur"))
        lay.addWidget(self.browser)
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.home.clicked.connect(self.browser.home)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        lay.addLayout(closing_row(self))  # « Fermer », Escape and Ctrl+W
        index = guide_index()
        self.browser.setSearchPaths([str(index.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(index)))
        self.resize(980, 760)

    @Slot(QUrl)
    def _external(self, url: QUrl) -> None:
        """Links to the web open in the system browser; the guide itself stays in this window."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
