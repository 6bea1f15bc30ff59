"""The action plan's item models: late and due-soon actions marked (text, colour and role), the
sort values, the status / indicator filter, the dashboard's list of what is due."""

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt

from hopen_desktop.model.entities import Action
from hopen_desktop.model.referential import load_referential
from hopen_desktop.model.reminders import due_actions
from hopen_desktop.ui.actions.models import (
    DUE_ROLE,
    LATE_BACKGROUND,
    ActionFilterProxy,
    ActionTableModel,
    DueActionsModel,
)
from hopen_desktop.ui.audit.item_models import ID_ROLE, OBJECT_ROLE, SORT_ROLE

TODAY = dt.date(2025, 11, 20)


def action(aid, title, due=None, status="a_faire", indicator=None, criterion=None, owner="", notes=""):
    return Action(aid, 1, None, indicator, criterion, title, owner, due, status, notes)


ACTIONS = [
    action(1, "PSSI", TODAY - dt.timedelta(days=3), indicator="P2.4", criterion="P2.4.pssi", owner="RSSI"),
    action(2, "Charte", TODAY + dt.timedelta(days=10), status="en_cours", indicator="P2.1"),
    action(3, "Audit", TODAY - dt.timedelta(days=30), status="fait", indicator="P2.5"),
    action(4, "Plus tard", TODAY + dt.timedelta(days=90), indicator="D2.3", notes="à voir"),
    action(5, "Sans date"),
]


def table(qtmodeltester=None):
    model = ActionTableModel()
    model.set_actions(ACTIONS, TODAY, load_referential("hopen-2019"))
    if qtmodeltester is not None:
        qtmodeltester.check(model)
    return model


def test_late_and_soon_open_actions_are_marked(qtmodeltester):
    model = table(qtmodeltester)
    states = {model.action(r).id: model.index(r, 0).data(DUE_ROLE) for r in range(model.rowCount())}
    assert states == {1: "late", 2: "soon", 3: "", 4: "", 5: ""}
    late = model.row_of(1)
    assert model.index(late, model.DUE).data() == "⚠ En retard"
    assert model.index(model.row_of(2), model.DUE).data() == "Sous 30 jours"
    assert model.index(late, model.TITLE).data(Qt.ItemDataRole.BackgroundRole).color().name() == LATE_BACKGROUND
    assert model.index(late, model.DUE).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(late, model.TITLE).data(Qt.ItemDataRole.FontRole) is None


def test_cells_say_the_criterion_the_date_and_the_status(qtmodeltester):
    model = table()
    row = model.row_of(1)
    assert model.index(row, model.INDICATOR).data().startswith("P2.4 — ")
    assert model.criterion_label(model.action(row)) != ""
    assert model.index(row, model.DUE_DATE).data() == (TODAY - dt.timedelta(days=3)).strftime("%d/%m/%Y")
    assert model.index(model.row_of(5), model.DUE_DATE).data() == "sans échéance"
    assert model.index(model.row_of(3), model.STATUS).data() == "Fait"
    assert model.index(model.row_of(4), model.TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Plus tard\n\nà voir"
    assert model.indicators() == ["P2.1", "P2.4", "P2.5", "D2.3"]  # prerequisites before domains


def test_sorting_puts_undated_last_and_late_first():
    model = table()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(model.DUE_DATE)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())] == [3, 1, 2, 4, 5]
    proxy.sort(model.DUE)
    assert [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())][:2] == [1, 2]


def test_the_filter_by_status_open_or_indicator():
    model = table()
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)

    def shown():
        return sorted(proxy.index(r, 0).data(OBJECT_ROLE).id for r in range(proxy.rowCount()))

    assert shown() == [1, 2, 3, 4, 5]
    proxy.set_status(ActionFilterProxy.OPEN)
    assert shown() == [1, 2, 4, 5]
    proxy.set_status("fait")
    assert shown() == [3]
    proxy.set_status(None)
    proxy.set_indicator("P2.4")
    assert shown() == [1]


def test_the_due_list_late_first_with_what_to_do_and_by_whom(qtmodeltester):
    model = DueActionsModel()
    model.set_due(due_actions(ACTIONS, TODAY), TODAY)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    late, soon = model.index(0, 0), model.index(1, 0)
    assert late.data(DUE_ROLE) == "late" and soon.data(DUE_ROLE) == "soon"
    assert late.data().startswith("⚠ En retard (échéance ") and late.data().endswith("P2.4 · PSSI (RSSI)")
    assert soon.data().startswith("Pour le ") and soon.data().endswith("P2.1 · Charte")
    assert late.data(Qt.ItemDataRole.FontRole).bold() and soon.data(Qt.ItemDataRole.FontRole) is None
    assert model.due(0).action.id == 1 and late.data(ID_ROLE) == 1
