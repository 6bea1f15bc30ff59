"""The shared record table: one record per row, its object, id and sort value through roles,
the rest through hooks; checked by Qt's model tester."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from hopen_desktop.ui.record_model import ID_ROLE, OBJECT_ROLE, SORT_ROLE, RecordTableModel

CUSTOM_ROLE = Qt.ItemDataRole.UserRole + 50


class Actions(RecordTableModel[dict]):
    ALIGNMENTS = {1: Qt.AlignmentFlag.AlignRight}

    def __init__(self):
        super().__init__()
        self.header_calls = 0

    def headers(self):
        self.header_calls += 1
        return ["Titre", "Jours"]

    def row_id(self, obj):
        return obj["id"]

    def display(self, obj, col):
        return obj["title"] if col == 0 else f"{obj['days']} j"

    def sort_key(self, obj, col):
        return obj["title"].lower() if col == 0 else obj["days"]

    def tooltip(self, obj, col):
        return "en retard" if obj["days"] < 0 else None

    def foreground(self, obj, col):
        return QColor("red") if obj["days"] < 0 else None

    def other_role(self, obj, col, role):
        return "à moi" if role == CUSTOM_ROLE else None


ROWS = [{"id": 7, "title": "PSSI", "days": -3}, {"id": 9, "title": "charte", "days": 12}]


def test_roles_answer_the_record_its_id_its_sort_value_and_the_hooks(qtmodeltester):
    model = Actions()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    first, days = model.index(0, 0), model.index(0, 1)
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert first.data(OBJECT_ROLE) == ROWS[0] and first.data(ID_ROLE) == 7
    assert days.data() == "-3 j" and days.data(SORT_ROLE) == -3
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "en retard"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert first.data(Qt.ItemDataRole.ForegroundRole) == QColor("red")
    assert days.data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert first.data(CUSTOM_ROLE) == "à moi"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Jours"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_rows_are_found_by_id_and_replaced_in_one_reset(qtbot):
    model = Actions()
    model.set_rows(ROWS)
    assert model.row_of(9) == 1 and model.row_of(1) == -1 and model.row_object(1) is ROWS[1]  # the record itself
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(ROWS[:1])
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_headers_are_translated_once_for_the_column_count():
    model = Actions()
    for _ in range(5):
        model.columnCount()
    assert model.header_calls == 1
