"""The shared shape of our record tables (STYLE.md, practice 5): one domain record per row, the
column headers from ``headers()``, ``OBJECT_ROLE`` giving the record, ``ID_ROLE`` its id and
``SORT_ROLE`` a raw value to sort on. Subclasses fill in the cells through small hooks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole

R = TypeVar("R")


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A flat table of records. ``data()`` answers the object, id and sort roles itself and asks
    the hooks for the rest; a hook returning None leaves the role to the view's default."""

    #: Alignment of the cells of some columns (the others keep the view's default).
    ALIGNMENTS: dict[int, Qt.AlignmentFlag] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._column_count: int | None = None

    # Rows.

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: Any) -> int:
        """The row whose ``row_id`` is ``record_id``, -1 if none."""
        return next((n for n, obj in enumerate(self._rows) if self.row_id(obj) == record_id), -1)

    # Hooks.

    def headers(self) -> list[str]:
        """The column headers, translated; their number is the number of columns."""
        raise NotImplementedError

    def row_id(self, obj: R) -> Any:
        return None

    def display(self, obj: R, col: int) -> Any:
        return None

    def sort_key(self, obj: R, col: int) -> Any:
        return None

    def tooltip(self, obj: R, col: int) -> Any:
        return None

    def foreground(self, obj: R, col: int) -> Any:
        return None

    def background(self, obj: R, col: int) -> Any:
        return None

    def other_role(self, obj: R, col: int, role: int) -> Any:
        """Any role the other hooks do not cover (edit, font, a model's own roles)."""
        return None

    # QAbstractTableModel.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Asked by the views many times per repaint: the headers are translated only once.
        if self._column_count is None:
            self._column_count = len(self.headers())
        return 0 if parent.isValid() else self._column_count

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        obj = self._rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return obj
        if role == ID_ROLE:
            return self.row_id(obj)
        if role == SORT_ROLE:
            return self.sort_key(obj, col)
        if role == _DISPLAY:
            return self.display(obj, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(obj, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            alignment = self.ALIGNMENTS.get(col)
            return None if alignment is None else int(alignment)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(obj, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(obj, col)
        return self.other_role(obj, col, role)
