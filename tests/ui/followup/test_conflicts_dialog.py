"""The conflicts dialog over a real merge plan: two workspaces (two laptops) changed the same
records since they exchanged the campaign. One row per conflict, both sides with who and when,
a choice per row reachable with the keyboard, and bulk buttons; it writes nothing itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from hopen_desktop.model.bundle import export_bundle, read_bundle
from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.merge import Side, plan_merge
from hopen_desktop.model.operations.imports import import_bundle
from hopen_desktop.model.referential import load_referential
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui.followup.conflicts_dialog import ConflictsDialog

TODAY = dt.date(2025, 11, 20)
RATES = [i.id for i in load_referential("hopen-2019").indicators if i.is_rate][:2]


def two_conflicts(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    build_demo_workspace(a, today=TODAY)
    with Workspace.open(a) as ws:
        cid = max(c.id for c in ws.campaigns())
        export_bundle(ws, cid, tmp_path / "1.hopen")
    with Workspace.open(b) as ws:
        cid_b = import_bundle(ws, read_bundle(tmp_path / "1.hopen")).value.campaign.id
        ws.journal.author = "Clinique"
        for n, indicator in enumerate(RATES):
            ws.save_answer(cid_b, Answer(indicator, numerator=n + 1, denominator=10))
        export_bundle(ws, cid_b, tmp_path / "2.hopen")
    ws = Workspace.open(a)
    ws.journal.author = "Consultant"
    for indicator in RATES:
        ws.save_answer(cid, Answer(indicator, numerator=9, denominator=10))
    return ws, plan_merge(ws, read_bundle(tmp_path / "2.hopen"))


def test_one_row_per_conflict_with_both_sides_and_a_choice(qtbot, tmp_path):
    ws, plan = two_conflicts(tmp_path)
    head = ws.journal.head()
    try:
        assert len(plan.conflicts) == 2
        dialog = ConflictsDialog(plan)
        qtbot.addWidget(dialog)
        dialog.show()
        headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
        assert headers == ["Élément", "Sur ce poste", "Sur l'autre poste", "Version gardée"]
        for row, conflict in enumerate(plan.conflicts):
            assert dialog.table.item(row, 0).text() == conflict.label
            assert "par Consultant" in dialog.table.item(row, 1).text()
            assert "par Clinique" in dialog.table.item(row, 2).text()
            combo = dialog.table.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            assert conflict.label in combo.accessibleName()
        assert dialog.table.accessibleName()
        assert "• " in dialog.findChild(QLabel, "mergeSummary").text()  # what else the merge does
        # Every row starts on this laptop's version; the keyboard changes one.
        assert set(dialog.choices().values()) == {Side.MINE}
        first = dialog.table.cellWidget(0, 3)
        assert dialog.focusWidget() is first
        qtbot.keyClick(first, Qt.Key.Key_Down)
        assert dialog.choices()[plan.conflicts[0].uuid] == Side.THEIRS
        assert dialog.choices()[plan.conflicts[1].uuid] == Side.MINE
        dialog.take_all_theirs.click()
        assert set(dialog.choices().values()) == {Side.THEIRS}
        dialog.keep_all_mine.click()
        assert set(dialog.choices().values()) == {Side.MINE}
        dialog.accept()
        assert ws.journal.head() == head  # the dialog writes nothing
    finally:
        ws.close()


def test_a_record_deleted_on_one_side_says_so(qtbot, tmp_path):
    ws, plan = two_conflicts(tmp_path)
    try:
        conflict = plan.conflicts[0]
        deleted = type(conflict)(
            conflict.uuid, conflict.kind, conflict.label, conflict.mine, type(conflict.theirs)(None, "", None, None)
        )
        dialog = ConflictsDialog(type(plan)(plan.campaign_id, 0, 0, 0, 0, (deleted,)))
        qtbot.addWidget(dialog)
        assert dialog.table.item(0, 2).text() == "(supprimé)"
        assert "Consultant" in dialog.table.item(0, 1).text()
    finally:
        ws.close()
