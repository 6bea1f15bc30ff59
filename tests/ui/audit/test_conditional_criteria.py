"""The box of the criteria the instruction makes conditional: N/A with a justification."""

from __future__ import annotations

from hopen_desktop.model.referential import Criterion
from hopen_desktop.ui.audit.conditional_criteria import ConditionalCriteria

CRIT = Criterion("D5.3.ght", "Pôles inter-établissements", conditional="si des pôles inter-établissements existent")


def test_ticking_asks_for_the_justification_first_then_commits(qtbot):
    box = ConditionalCriteria([CRIT])
    qtbot.addWidget(box)
    committed: list[dict[str, str]] = []
    box.committed.connect(committed.append)
    box.set_values({})
    from PySide6.QtWidgets import QLabel

    assert any("si des pôles inter-établissements existent" in label.text() for label in box.findChildren(QLabel))
    box.boxes["D5.3.ght"].setChecked(True)
    assert committed == [] and box.error.isVisibleTo(box)
    assert "justification" in box.error.text()
    box.reasons["D5.3.ght"].setText("Aucun pôle commun")
    box.reasons["D5.3.ght"].editingFinished.emit()
    assert committed == [{"D5.3.ght": "Aucun pôle commun"}]
    box.saved(committed[-1])
    box.boxes["D5.3.ght"].setChecked(False)
    assert committed[-1] == {}


def test_values_shown_quietly_and_frozen(qtbot):
    box = ConditionalCriteria([CRIT])
    qtbot.addWidget(box)
    committed: list[dict[str, str]] = []
    box.committed.connect(committed.append)
    box.set_values({"D5.3.ght": "Aucun pôle"})
    assert committed == [] and box.boxes["D5.3.ght"].isChecked()
    assert box.reasons["D5.3.ght"].text() == "Aucun pôle"
    box.set_frozen("Campagne scellée")
    assert not box.boxes["D5.3.ght"].isEnabled() and box.reasons["D5.3.ght"].isReadOnly()
    assert box.boxes["D5.3.ght"].accessibleName() == "Critère non applicable : Pôles inter-établissements"
