"""The evidence register: its shortcuts and its context menu."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hopen_desktop.ui.evidence.dialog import EvidenceDialog
from tests.ui.evidence.helpers import months_ago, setup_clinic


def test_register_shortcuts_and_menu(window, qtbot):
    setup_clinic(window)
    item = window.session.add_evidence("civ_meeting", months_ago(1), "Cellule CIV", {"participants": "A, B"})
    menus = {a.text().replace("&", "") for a in window.menuBar().actions()}
    assert "Preuves" in menus
    assert window.act_register.shortcut().toString() == "Ctrl+E"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.register
    table = window.register.table
    assert table.hasFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits
    dialog = window.dialog
    assert isinstance(dialog, EvidenceDialog) and dialog.evidence.id == item.id
    assert dialog.field_widgets["participants"].toPlainText() == "A, B"
    dialog.reject()
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # Insert adds
    assert isinstance(window.dialog, EvidenceDialog) and window.dialog.evidence is None
    window.dialog.reject()
