"""Item models of the action plan: every action of an establishment (with a filter proxy), and
the late / due-soon actions of the dashboard. Lateness comes from ``reminders.due_actions``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette

from hopen_desktop.model import entities
from hopen_desktop.model.entities import ACTION_STATUS_LABELS, Action
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.referential import Referential
from hopen_desktop.model.reminders import DueAction, due_actions
from hopen_desktop.ui.audit.item_models import ID_ROLE, OBJECT_ROLE, SORT_ROLE
from hopen_desktop.ui.record_model import RecordTableModel
from hopen_desktop.ui.status import foreground

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole

LATE_FOREGROUND = "#a61b1b"
LATE_BACKGROUND = "#fbe5e2"
SOON_FOREGROUND = "#7a5a00"
SOON_BACKGROUND = "#fff4d6"
DONE_FOREGROUND = "#6b7280"

#: Role giving "late", "soon" or "" for a row.
DUE_ROLE = Qt.ItemDataRole.UserRole + 10


def action_status_label(status: str) -> str:
    """The label declared in the model (``entities.ACTION_STATUS_TEXTS``), in the interface language."""
    return entities.action_status_label(status)


def french_date(d: dt.date | None) -> str:
    return format_date(d)


class ActionTableModel(RecordTableModel[Action]):
    TITLE, INDICATOR, OWNER, DUE_DATE, STATUS, DUE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._due: dict[int, bool] = {}  # action id -> late
        self._referential: Referential | None = None
        self._frozen: dict[int, str] = {}  # action id -> why a seal freezes it

    def set_actions(
        self,
        actions: list[Action],
        today: dt.date,
        referential: Referential | None = None,
        frozen: dict[int, str] | None = None,
    ) -> None:
        """``frozen``: the actions a sealed campaign freezes, with the reason (marked « scellée »)."""
        self.beginResetModel()
        self._rows = list(actions)
        self._due = {d.action.id: d.late for d in due_actions(self._rows, today)}
        self._referential = referential
        self._frozen = dict(frozen or {})
        self.endResetModel()

    def frozen_reason(self, action: Action) -> str | None:
        """Why the action cannot be changed (its campaign is sealed), or None."""
        return self._frozen.get(action.id)

    def action(self, row: int) -> Action:
        return self.row_object(row)

    def indicators(self) -> list[str]:
        return sorted({a.indicator for a in self._rows if a.indicator}, key=_indicator_key)

    def due_state(self, action: Action) -> str:
        if action.id not in self._due:
            return ""
        return "late" if self._due[action.id] else "soon"

    def criterion_label(self, action: Action) -> str:
        if self._referential is None or not action.indicator or not action.criterion:
            return ""
        if not self._referential.has_indicator(action.indicator):
            return ""
        try:
            return self._referential.indicator(action.indicator).criterion(action.criterion).label
        except KeyError:
            return ""

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ActionModels", "Action"),
            QCoreApplication.translate("ActionModels", "Indicateur / critère"),
            QCoreApplication.translate("ActionModels", "Responsable"),
            QCoreApplication.translate("ActionModels", "Échéance"),
            QCoreApplication.translate("ActionModels", "Statut"),
            QCoreApplication.translate("ActionModels", "Retard"),
        ]

    def row_id(self, a: Action) -> int:
        return a.id

    def sort_key(self, a: Action, col: int) -> Any:
        if col == self.TITLE:
            return a.title.casefold()
        if col == self.INDICATOR:
            return f"{_indicator_key(a.indicator or '~')}{a.criterion or ''}"
        if col == self.OWNER:
            return a.owner.casefold()
        if col == self.DUE_DATE:
            return a.due_date.isoformat() if a.due_date else "9999"
        if col == self.STATUS:
            return list(ACTION_STATUS_LABELS).index(a.status) if a.status in ACTION_STATUS_LABELS else 9
        if col == self.DUE:
            return {"late": 0, "soon": 1}.get(self.due_state(a), 2)
        return None

    def display(self, a: Action, col: int) -> Any:
        if col == self.TITLE:
            return a.title
        if col == self.INDICATOR:
            if not a.indicator:
                return ""
            label = self.criterion_label(a)
            return f"{a.indicator} — {label}" if label else a.indicator
        if col == self.OWNER:
            return a.owner
        if col == self.DUE_DATE:
            return french_date(a.due_date) or QCoreApplication.translate("ActionModels", "sans échéance")
        if col == self.STATUS:
            if a.id in self._frozen:
                return QCoreApplication.translate("ActionModels", "{status} (scellée)").format(
                    status=action_status_label(a.status)
                )
            return action_status_label(a.status)
        if col == self.DUE:
            due = self.due_state(a)
            if due == "late":
                return QCoreApplication.translate("ActionModels", "⚠ En retard")
            if due == "soon":
                return QCoreApplication.translate("ActionModels", "Sous 30 jours")
            return ""
        return None

    def tooltip(self, a: Action, col: int) -> Any:
        if col == self.STATUS and a.id in self._frozen:
            return self._frozen[a.id]
        if col == self.TITLE:
            return a.title + (f"\n\n{a.notes}" if a.notes else "")
        if col == self.INDICATOR:
            return self.criterion_label(a) or a.indicator
        due = self.due_state(a)
        if col == self.DUE and due:
            return (
                QCoreApplication.translate("ActionModels", "Échéance dépassée : l'action n'est pas faite.")
                if due == "late"
                else QCoreApplication.translate("ActionModels", "Échéance dans les 30 prochains jours.")
            )
        return None

    def background(self, a: Action, col: int) -> Any:
        due = self.due_state(a)
        return QBrush(QColor(LATE_BACKGROUND if due == "late" else SOON_BACKGROUND)) if due else None

    def foreground(self, a: Action, col: int) -> Any:
        due = self.due_state(a)
        if due:
            return QBrush(QColor(LATE_FOREGROUND if due == "late" else SOON_FOREGROUND))
        if a.status in ("fait", "abandonne"):
            return QBrush(QColor(foreground(DONE_FOREGROUND, QPalette.ColorRole.Base)))
        return None

    def other_role(self, a: Action, col: int, role: int) -> Any:
        due = self.due_state(a)
        if role == DUE_ROLE:
            return due
        if role == Qt.ItemDataRole.FontRole and due == "late" and col in (self.DUE_DATE, self.DUE):
            font = QFont()
            font.setBold(True)
            return font
        return None


def _indicator_key(indicator_id: str) -> str:
    """P1.10 after P1.9, P before D."""
    head, _, tail = indicator_id.partition(".")
    order = {"P": "0", "D": "1"}.get(head[:1], "2")
    return f"{order}{head[1:]:>3}.{tail:>3}"


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters by status (one status, "open" = à faire + en cours, or None) and by indicator."""

    OPEN = "open"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._indicator: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_indicator(self, indicator: str | None) -> None:
        self.beginFilterChange()
        self._indicator = indicator
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        action = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if not isinstance(action, Action):
            return False
        if self._status == self.OPEN and action.status not in ("a_faire", "en_cours"):
            return False
        if self._status not in (None, self.OPEN) and action.status != self._status:
            return False
        return self._indicator is None or action.indicator == self._indicator


class DueActionsModel(QAbstractListModel):
    """Late actions first, then those due within 30 days (``reminders.due_actions``)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DueAction] = []
        self._today = dt.date.today()

    def set_due(self, due: list[DueAction], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(due)
        self._today = today
        self.endResetModel()

    def due(self, row: int) -> DueAction:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        a = d.action
        if role == OBJECT_ROLE:
            return a
        if role == ID_ROLE:
            return a.id
        if role == DUE_ROLE:
            return "late" if d.late else "soon"
        if role == SORT_ROLE:
            return (0 if d.late else 1, a.due_date.isoformat() if a.due_date else "")
        if role in (_DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            when = french_date(a.due_date)
            if d.late:
                head = QCoreApplication.translate("ActionModels", "⚠ En retard (échéance {date})").format(date=when)
            else:
                head = QCoreApplication.translate("ActionModels", "Pour le {date}").format(date=when)
            owner = f" ({a.owner})" if a.owner else ""
            ind = f"{a.indicator} · " if a.indicator else ""
            return f"{head} — {ind}{a.title}{owner}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.title + (f"\n\n{a.notes}" if a.notes else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(LATE_FOREGROUND if d.late else SOON_FOREGROUND))
        if role == Qt.ItemDataRole.FontRole and d.late:
            font = QFont()
            font.setBold(True)
            return font
        return None
