"""The offline user guide opens and follows its links."""

from __future__ import annotations

from PySide6.QtCore import QUrl


def test_user_guide_opens_offline_and_follows_links(qtbot, window):
    window.act_guide.trigger()
    help_window = window.help_window
    qtbot.addWidget(help_window)
    browser = help_window.browser
    assert browser.source().fileName() == "index.md"
    assert "HOP'EN" in browser.toPlainText()
    browser.setSource(QUrl("prerequis-p2.md"))
    assert "P2.4" in browser.toPlainText()
    assert help_window.back.isEnabled()
