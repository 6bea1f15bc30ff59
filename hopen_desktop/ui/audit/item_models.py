"""Qt item models over the domain layer. Each has column constants, ``SORT_ROLE`` giving raw
values and ``OBJECT_ROLE`` giving the domain object. They hold records, never SQL. The roles are
defined in ``record_model`` and re-exported from here, where the windows and tests import them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette

from hopen_desktop.model.entities import Campaign, Establishment, legal_status_label
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.i18n import current_language
from hopen_desktop.model.referential import Group, Indicator, Referential
from hopen_desktop.model.scoring import CampaignScore, Eligibility, GroupScore, Status
from hopen_desktop.ui.record_model import ID_ROLE as ID_ROLE
from hopen_desktop.ui.record_model import OBJECT_ROLE as OBJECT_ROLE
from hopen_desktop.ui.record_model import SORT_ROLE as SORT_ROLE
from hopen_desktop.ui.record_model import Index as Index
from hopen_desktop.ui.record_model import RecordTableModel
from hopen_desktop.ui.status import (
    foreground,
    status_background,
    status_cell_color,
    status_color,
    status_label,
    status_symbol,
)

_DISPLAY = Qt.ItemDataRole.DisplayRole


class EstablishmentTableModel(RecordTableModel[Establishment]):
    FINESS, NAME, LEGAL_STATUS, ACTIVITIES, GHT = range(5)

    def set_establishments(self, rows: list[Establishment]) -> None:
        self.set_rows(rows)

    def establishment(self, row: int) -> Establishment:
        return self.row_object(row)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ItemModels", "FINESS"),
            QCoreApplication.translate("ItemModels", "Nom"),
            QCoreApplication.translate("ItemModels", "Statut juridique"),
            QCoreApplication.translate("ItemModels", "Activités"),
            QCoreApplication.translate("ItemModels", "GHT"),
        ]

    def row_id(self, e: Establishment) -> int:
        return e.id

    def display(self, e: Establishment, col: int) -> Any:
        return self._cell(e, col, raw=False)

    def tooltip(self, e: Establishment, col: int) -> Any:
        return self._cell(e, col, raw=False)

    def sort_key(self, e: Establishment, col: int) -> Any:
        return self._cell(e, col, raw=True)

    def _cell(self, e: Establishment, col: int, raw: bool) -> Any:
        """The text of a cell, or with ``raw`` its value to sort on."""
        if col == self.FINESS:
            return e.finess_label()
        if col == self.NAME:
            return e.name
        if col == self.LEGAL_STATUS:
            return e.legal_status if raw else legal_status_label(e.legal_status)
        if col == self.ACTIVITIES:
            return ", ".join(e.activities)
        if col == self.GHT:
            if not e.ght:
                return "" if raw else QCoreApplication.translate("ItemModels", "Hors GHT")
            return e.ght + (QCoreApplication.translate("ItemModels", " (support)") if e.ght_support and not raw else "")
        return None


class CampaignTableModel(RecordTableModel[Campaign]):
    DATE, REFERENTIAL, AUDITOR = range(3)

    def set_campaigns(self, rows: list[Campaign]) -> None:
        self.set_rows(rows)

    def campaign(self, row: int) -> Campaign:
        return self.row_object(row)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ItemModels", "Date"),
            QCoreApplication.translate("ItemModels", "Référentiel"),
            QCoreApplication.translate("ItemModels", "Auditeur"),
        ]

    def row_id(self, c: Campaign) -> int:
        return c.id

    def sort_key(self, c: Campaign, col: int) -> Any:
        return [c.date.isoformat(), c.referential_id, c.auditor][col]

    def display(self, c: Campaign, col: int) -> Any:
        return self._text(c, col, tooltip=False)

    def tooltip(self, c: Campaign, col: int) -> Any:
        return self._text(c, col, tooltip=True)

    def _text(self, c: Campaign, col: int, tooltip: bool) -> str | None:
        if col == self.DATE:
            text = QCoreApplication.translate("ItemModels", "Campagne du {date}").format(date=format_date(c.date))
            if c.sealed:  # read-only: the lists say so before the campaign is opened
                text += QCoreApplication.translate("ItemModels", " — scellée")
            return text + (f" — {c.auditor}" if c.auditor and tooltip else "")
        if col == self.REFERENTIAL:
            return f"{c.referential_id} ({c.referential_version})"
        if col == self.AUDITOR:
            return c.auditor
        return None


class _Node:
    __slots__ = ("children", "group", "indicator", "parent", "row")

    def __init__(
        self, parent: _Node | None, row: int, group: Group | None = None, indicator: Indicator | None = None
    ) -> None:
        self.parent = parent
        self.row = row
        self.group = group
        self.indicator = indicator
        self.children: list[_Node] = []


class IndicatorTreeModel(QAbstractItemModel):
    """Groups (P1–P4, D1–D7) and their indicators, each with its status colour."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, 0)
        self._score: CampaignScore | None = None

    def set_referential(self, ref: Referential | None) -> None:
        self.beginResetModel()
        self._root = _Node(None, 0)
        if ref is not None:
            for gn, g in enumerate(ref.groups):
                gnode = _Node(self._root, gn, group=g)
                gnode.children = [_Node(gnode, n, indicator=i) for n, i in enumerate(ref.indicators_of(g.id))]
                self._root.children.append(gnode)
        self._score = None
        self.endResetModel()

    def set_score(self, score: CampaignScore | None) -> None:
        """New statuses: only the rows whose status changed are announced (after an edit, one
        indicator and perhaps its group), so the tree repaints what changed, not all 52 rows."""
        previous, self._score = self._score, score
        for gnode in self._root.children:
            first = self.index(gnode.row, 0)
            if self._changed(previous, score, gnode):
                self.dataChanged.emit(first, first)
            for node in gnode.children:
                if self._changed(previous, score, node):
                    index = self.index(node.row, 0, first)
                    self.dataChanged.emit(index, index)

    @staticmethod
    def _changed(previous: CampaignScore | None, score: CampaignScore | None, node: _Node) -> bool:
        if previous is None or score is None:
            return True
        if node.group is not None:
            return previous.groups.get(node.group.id) != score.groups.get(node.group.id)
        if node.indicator is not None:
            return previous.indicators.get(node.indicator.id) != score.indicators.get(node.indicator.id)
        return False

    def index_of(self, indicator_id: str) -> QModelIndex:
        for gnode in self._root.children:
            for node in gnode.children:
                if node.indicator is not None and node.indicator.id == indicator_id:
                    return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def indicator_ids(self) -> list[str]:
        return [n.indicator.id for g in self._root.children for n in g.children if n.indicator is not None]

    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        pnode = self._node(parent)
        if row >= len(pnode.children):
            return QModelIndex()
        return self.createIndex(row, 0, pnode.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index)
        if node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and section == 0:
            return QCoreApplication.translate("ItemModels", "Prérequis et domaines")
        return None

    def _status(self, node: _Node) -> Status | None:
        if self._score is None:
            return None
        if node.indicator is not None:
            return self._score.indicators[node.indicator.id].status
        if node.group is not None:
            return self._score.groups[node.group.id].status
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        status = self._status(node)
        if role == OBJECT_ROLE:
            return node.indicator or node.group
        if role in (ID_ROLE, SORT_ROLE):
            return node.indicator.id if node.indicator else (node.group.id if node.group else None)
        if role == _DISPLAY:
            mark = f"{status_symbol(status)} " if status else ""
            if node.indicator is not None:
                return f"{mark}{node.indicator.id}  {node.indicator.label}"
            if node.group is not None:
                return f"{mark}{node.group.id}  {node.group.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            label = node.indicator.label if node.indicator else (node.group.title if node.group else "")
            if current_language() != "fr":  # the referential's titles stay French: say so
                label += "\n" + QCoreApplication.translate("ItemModels", "(texte officiel, en français)")
            return f"{label}\n{status_label(status)}" if status else label
        if role == Qt.ItemDataRole.ForegroundRole and status is not None:
            return QBrush(QColor(foreground(status_color(status), QPalette.ColorRole.Base)))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and status is not None:
            return status_label(status)
        return None


class GroupTableModel(RecordTableModel[Group]):
    """One row per group: status, indicators attained, eligibility (domains)."""

    GROUP, TITLE, STATUS, ATTAINED, ELIGIBILITY = range(5)
    ALIGNMENTS = {GROUP: Qt.AlignmentFlag.AlignCenter, ATTAINED: Qt.AlignmentFlag.AlignCenter}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._score: CampaignScore | None = None

    def set_data(self, ref: Referential | None, score: CampaignScore | None) -> None:
        groups = list(ref.groups) if ref else []
        if groups == self._rows and groups:
            # Same rows, new figures: a dataChanged keeps the views' layout (a reset re-measures
            # all), and only for the groups whose figures changed.
            previous, self._score = self._score, score
            last = self.columnCount() - 1
            for row, group in enumerate(groups):
                if (
                    previous is None
                    or score is None
                    or (
                        previous.groups.get(group.id) != score.groups.get(group.id)
                        or previous.eligibility.get(group.id) != score.eligibility.get(group.id)
                    )
                ):
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        self.beginResetModel()
        self._rows = groups
        self._score = score
        self.endResetModel()

    def group_score(self, row: int) -> GroupScore | None:
        return self._gs(self._rows[row])

    def _gs(self, g: Group) -> GroupScore | None:
        return self._score.groups[g.id] if self._score else None

    def _elig(self, g: Group) -> Eligibility | None:
        return self._score.eligibility.get(g.id) if self._score else None

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("ItemModels", "Groupe"),
            QCoreApplication.translate("ItemModels", "Intitulé"),
            QCoreApplication.translate("ItemModels", "Statut"),
            QCoreApplication.translate("ItemModels", "Atteints"),
            QCoreApplication.translate("ItemModels", "Éligibilité"),
        ]

    def row_id(self, g: Group) -> str:
        return g.id

    def sort_key(self, g: Group, col: int) -> Any:
        if col == self.ATTAINED:
            gs = self._gs(g)
            return gs.attained if gs else 0
        if col == self.ELIGIBILITY:
            elig = self._elig(g)
            return None if elig is None else elig.eligible
        if col == self.STATUS:
            gs = self._gs(g)
            return str(gs.status) if gs else ""
        return self.display(g, col)

    def display(self, g: Group, col: int) -> Any:
        if col == self.GROUP:
            return g.id
        if col == self.TITLE:
            return g.title
        gs = self._gs(g)
        if gs is None:
            return None
        if col == self.STATUS:
            return f"{status_symbol(gs.status)} {status_label(gs.status)}"
        if col == self.ATTAINED:
            return QCoreApplication.translate("ItemModels", "{n} / {total}").format(n=gs.attained, total=gs.applicable)
        if col == self.ELIGIBILITY:
            elig = self._elig(g)
            if elig is None:
                return QCoreApplication.translate("ItemModels", "— (prérequis)")
            if elig.eligible and elig.reserve is not None:
                return QCoreApplication.translate("ItemModels", "Éligible sous réserve")
            return (
                QCoreApplication.translate("ItemModels", "Éligible")
                if elig.eligible
                else QCoreApplication.translate("ItemModels", "Non éligible")
            )
        return None

    def tooltip(self, g: Group, col: int) -> Any:
        if col == self.ELIGIBILITY:
            elig = self._elig(g)
            if elig is not None and not elig.eligible:
                return "\n".join(elig.reasons_in())
            if elig is not None and elig.reserve is not None:
                return elig.reserve.text()
        if col == self.TITLE:
            if current_language() != "fr":  # the referential's titles stay French: say so
                return g.title + "\n" + QCoreApplication.translate("ItemModels", "(texte officiel, en français)")
            return g.title
        return None

    def background(self, g: Group, col: int) -> Any:
        gs = self._gs(g)
        return QBrush(status_background(gs.status)) if gs is not None and col == self.STATUS else None

    def foreground(self, g: Group, col: int) -> Any:
        gs = self._gs(g)
        return QBrush(status_cell_color(gs.status)) if gs is not None and col == self.STATUS else None


class BlockerListModel(QAbstractListModel):
    """The prerequisite indicators that keep the prerequisites from being reached."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Indicator, Status, str]] = []

    def set_data(self, ref: Referential | None, score: CampaignScore | None) -> None:
        rows = []
        if ref is not None and score is not None:
            rows = [
                (ref.indicator(i), score.indicators[i].status, score.indicators[i].explanation())
                for i in score.blockers
            ]
        if rows == self._rows:
            return  # most edits leave the list of blockers as it was
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ind, status, why = self._rows[index.row()]
        if role == _DISPLAY:
            # The status with its reason under the indicator: what to do next is read at once.
            return f"{status_symbol(status)} {ind.id} — {ind.label}\n      {why}"
        if role in (ID_ROLE, SORT_ROLE):
            return ind.id
        if role == OBJECT_ROLE:
            return ind
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground(status_color(status), QPalette.ColorRole.Base)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{ind.label}\n{why}"
        return None
