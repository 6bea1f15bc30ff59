"""The « À faire » panel: what is due and overdue, overdue first; a click opens the register."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from hopen_desktop.ui.evidence.models import DueListModel
from tests.ui.evidence.helpers import setup_clinic


def test_due_panel_lists_overdue_first_and_opens_the_register(window, qtbot):
    setup_clinic(window)
    s = window.session
    today = dt.date(2025, 11, 20)
    s.today = lambda: today
    s.add_evidence("civ_meeting", dt.date(2025, 3, 10), "Cellule d'identitovigilance", {})
    s.add_evidence("pra_test", dt.date(2025, 9, 1), "Test du PRA", {})
    for day in (dt.date(2025, 2, 1), dt.date(2025, 8, 1)):
        s.add_evidence("rssi_direction_meeting", day, "Comité", {})
    s.workspace.add_action(s.establishment_id, title="Rédiger la PSSI", owner="RSSI", due_date=dt.date(2025, 11, 1))
    s.workspace.add_action(s.establishment_id, title="Former les agents", due_date=dt.date(2025, 12, 5))
    s.workspace.add_action(s.establishment_id, title="Plus tard", due_date=dt.date(2026, 6, 1))
    window.show_dashboard()
    panel = window.dashboard.due_panel
    model = panel.model
    texts = panel.texts()
    late = [model.index(r, 0).data(DueListModel.LATE_ROLE) for r in range(model.rowCount())]
    proofs = [t for t in texts if not t.startswith(("⚠ Action", "• Action"))]
    # Overdue proofs first, each in red with the day it became overdue.
    assert late[0] is True
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a61b1b"
    civ = next(t for t in proofs if "identitovigilance" in t)
    assert "en retard depuis le 11/09/2025" in civ and "dernière le 10/03/2025" in civ
    dpo = next(t for t in proofs if "DPO" in t)
    assert "à faire dès maintenant" in dpo and "aucune enregistrée" in dpo
    rssi = next(t for t in proofs if "RSSI" in t)
    assert "à faire au plus tard le 01/02/2026" in rssi
    first_not_late = late.index(False)
    assert all(late[:first_not_late]) and "à faire au plus tard" in texts[first_not_late]
    proof_rows = len(proofs)
    assert all(not t.startswith(("⚠ Action", "• Action")) for t in texts[:proof_rows])
    # Then the late action, then the one due within 30 days; not the one due in June.
    assert texts[proof_rows].startswith("⚠ Action : Rédiger la PSSI")
    assert "en retard depuis le 02/11/2025" in texts[proof_rows]
    assert texts[proof_rows + 1].startswith("• Action : Former les agents") and "05/12/2025" in texts[proof_rows + 1]
    assert not any("Plus tard" in t for t in texts)

    # Adding the missing CIV meeting moves it out of the overdue items at once.
    s.add_evidence("civ_meeting", dt.date(2025, 11, 2), "Cellule d'automne", {})
    assert not any("identitovigilance" in t and "en retard" in t for t in panel.texts())

    # Enter on a proof: the register, filtered on its type.
    row = next(r for r, t in enumerate(panel.texts()) if "PRA" in t)
    panel.list.setFocus()
    panel.list.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.register
    assert window.register.type_filter.currentData() == "pra_test"
    assert window.register.proxy.rowCount() == 1
