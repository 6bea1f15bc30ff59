"""The campaigns of one establishment side by side (``model.history``): one row per indicator,
one column per campaign (oldest to newest), changed cells highlighted, and the global
prerequisite rate over time."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date, format_percent
from hopen_desktop.model.history import Cell, History, HistoryRow, history
from hopen_desktop.ui.audit.item_models import ID_ROLE, OBJECT_ROLE, SORT_ROLE
from hopen_desktop.ui.audit.rate_bar import percent
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import (
    muted_style,
    status_background,
    status_cell_color,
    status_label,
    status_symbol,
)
from hopen_desktop.ui.widgets import closing_row, confirmation_box, push_button

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
CHANGED_FRAME = "#d49a00"
#: True for a cell that changed since the previous campaign.
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 20


def cell_text(cell: Cell) -> str:
    if cell.status is None:
        return QCoreApplication.translate("History", "— absent du référentiel")
    text = f"{status_symbol(cell.status)} {status_label(cell.status)}"
    return f"{text} · {percent(cell.value)}" if cell.value is not None else text


class HistoryTableModel(QAbstractTableModel):
    """Column 0: the indicator; column n (n ≥ 1): campaign n - 1, oldest first."""

    INDICATOR = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._history: History | None = None

    def set_history(self, h: History | None) -> None:
        self.beginResetModel()
        self._history = h
        self.endResetModel()

    def history(self) -> History | None:
        return self._history

    def _rows(self) -> tuple[HistoryRow, ...]:
        return self._history.rows if self._history else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._history is None:
            return 0
        return 1 + len(self._history.campaigns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._history is None:
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == self.INDICATOR:
            return QCoreApplication.translate("History", "Indicateur") if role == _DISPLAY else None
        c = self._history.campaigns[section - 1]
        if role == _DISPLAY:
            head = QCoreApplication.translate("History", "Campagne du\n{date}").format(date=format_date(c.date))
            return head + (QCoreApplication.translate("History", "\n(scellée)") if c.sealed else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            rate = percent(self._history.scores[section - 1].prerequisites_rate)
            return QCoreApplication.translate(
                "History", "{ref} — auditeur : {auditor}\nPrérequis atteints : {rate}"
            ).format(ref=c.referential_id, auditor=c.auditor or "—", rate=rate)
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        rows = self._rows()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        row = rows[index.row()]
        col = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == ID_ROLE:
            return row.indicator
        if col == self.INDICATOR:
            if role == _DISPLAY:
                return f"{row.indicator}  {row.label}"
            if role == SORT_ROLE:
                return index.row()  # referential order
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.label
            return None
        cell = row.cells[col - 1]
        previous = row.cells[col - 2] if col >= 2 else None
        if role == CHANGED_ROLE:
            return cell.changed
        if role == SORT_ROLE:
            return (str(cell.status or ""), float(cell.value) if cell.value is not None else -1.0)
        if role == _DISPLAY:
            return cell_text(cell) + ("  ◆" if cell.changed else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.changed and previous is not None:
                return QCoreApplication.translate("History", "avant : {before} / maintenant : {now}").format(
                    before=cell_text(previous), now=cell_text(cell)
                )
            return cell_text(cell)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and cell.changed:
            return QCoreApplication.translate("History", "changé depuis la campagne précédente")
        if role == Qt.ItemDataRole.BackgroundRole and cell.status is not None:
            return QBrush(status_background(cell.status))
        if role == Qt.ItemDataRole.ForegroundRole and cell.status is not None:
            return QBrush(status_cell_color(cell.status))
        if role == Qt.ItemDataRole.FontRole and cell.changed:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ChangedCellDelegate(QStyledItemDelegate):
    """Frames the cells that changed since the previous campaign (the status colour stays)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(CHANGED_ROLE):
            painter.save()
            rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
            painter.setPen(QPen(QColor(CHANGED_FRAME), 3))
            painter.drawRect(rect)
            painter.restore()


class ChangedOnlyProxy(QSortFilterProxyModel):
    """With ``changed_only``: the indicators whose status or value changed in any campaign."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._changed_only = False

    def set_changed_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._changed_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._changed_only:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        return isinstance(row, HistoryRow) and any(c.changed for c in row.cells)


class RateChart(QWidget):
    """The global prerequisite rate of each campaign, a line over time, painted with QPainter."""

    LINE = QColor("#1f5fa8")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[dt.date, Fraction]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Taux global d'atteinte des prérequis au fil des campagnes"))

    def set_points(self, points: list[tuple[dt.date, Fraction]]) -> None:
        self._points = list(points)
        description = "; ".join(f"{format_date(d)} {percent(v)}" for d, v in self._points)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def points(self) -> list[tuple[dt.date, Fraction]]:
        return list(self._points)

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(fm.averageCharWidth() * 60, fm.height() * 13)

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(fm.averageCharWidth() * 30, fm.height() * 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        line = fm.height()
        p.fillRect(self.rect(), self.palette().base())
        title = self.tr("Taux global d'atteinte des prérequis")
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(8, 4, self.width() - 16, line), int(Qt.AlignmentFlag.AlignLeft), title)
        p.setFont(self.font())
        rect = QRectF(self.rect()).adjusted(
            fm.horizontalAdvance(format_percent(1)) + 14, line * 2.6, -line * 2, -line * 2.2
        )
        grid = QPen(QColor("#d0d4da"))
        for pct in (0, 25, 50, 75, 100):
            y = rect.bottom() - rect.height() * pct / 100
            p.setPen(grid)
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(0, y - line / 2, rect.left() - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_percent(Fraction(pct, 100)),
            )
        if not self._points:
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.tr("Aucune campagne"))
            p.end()
            return
        n = len(self._points)
        slot = rect.width() / n
        xy = [
            QPointF(rect.left() + slot * (i + 0.5), rect.bottom() - rect.height() * float(v))
            for i, (_, v) in enumerate(self._points)
        ]
        p.setPen(QPen(self.LINE, 2.5))
        for a, b in zip(xy, xy[1:], strict=False):
            p.drawLine(a, b)
        for i, ((d, v), pt) in enumerate(zip(self._points, xy, strict=True)):
            p.setPen(QPen(self.LINE, 2))
            p.setBrush(QBrush(QColor("white")))
            p.drawEllipse(pt, 5, 5)
            p.setPen(self.palette().text().color())
            p.setFont(bold)
            p.drawText(
                QRectF(pt.x() - slot / 2, pt.y() - line * 1.6, slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                percent(v),
            )
            p.setFont(self.font())
            p.drawText(
                QRectF(rect.left() + slot * i, rect.bottom() + 6, slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                format_date(d),
            )
        p.end()


class HistoryWindow(QWidget):
    """Non-modal window following the current establishment of the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("historyWindow")
        self.session = session
        self.dialog: QWidget | None = None
        self.resize(1100, 720)

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)

        self.model = HistoryTableModel(self)
        self.proxy = ChangedOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.changed_only = QCheckBox(self.tr("Seulement ce qui a &changé"))
        self.changed_only.setObjectName("changedOnly")
        self.changed_only.toggled.connect(self._changed_only_toggled)
        self.copy_button = push_button(
            self.tr("&Nouvelle campagne à partir de la dernière…"), "copyLatest", self.copy_latest
        )
        top = QHBoxLayout()
        top.addWidget(self.changed_only)
        top.addStretch(1)
        top.addWidget(self.copy_button)

        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Indicateurs campagne par campagne"))
        self.table.setItemDelegate(ChangedCellDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(self.fontMetrics().height() * 2 + 8)

        self.chart = RateChart()
        self.chart.setObjectName("rateChart")
        legend = QLabel(
            self.tr(
                "<b style='color:{frame}'>◆ changé</b> (case encadrée) : le statut ou la valeur a changé "
                "depuis la campagne précédente (survolez la case pour voir avant / maintenant)."
            ).format(frame=CHANGED_FRAME)
        )
        legend.setWordWrap(True)
        legend.setStyleSheet(muted_style())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.summary)
        lay.addLayout(top)
        lay.addWidget(splitter, 1)
        lay.addWidget(legend)
        lay.addLayout(closing_row(self))

        session.changed.connect(self._on_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        est = self.session.establishment()
        ws = self.session.workspace
        h = history(ws, est.id) if ws is not None and est is not None else None
        self.model.set_history(h)
        self.setWindowTitle(
            self.tr("Historique des campagnes — {name}").format(name=est.name)
            if est
            else self.tr("Historique des campagnes")
        )
        self.heading.setText(
            self.tr("Historique des campagnes de {name}").format(name=est.name)
            if est
            else self.tr("Aucun établissement sélectionné")
        )
        self.chart.set_points([(c.date, r) for c, r in h.prerequisite_rates] if h else [])
        if h is None or not h.campaigns:
            self.summary.setText(self.tr("Aucune campagne pour cet établissement."))
        elif len(h.campaigns) == 1:
            self.summary.setText(self.tr("Une seule campagne : rien à comparer encore."))
        else:
            changed = len(h.changes(len(h.campaigns) - 1))
            self.summary.setText(
                self.tr(
                    "{n} campagnes, de la plus ancienne à la plus récente. {changed} indicateur(s) ont changé "
                    "depuis la campagne précédente."
                ).format(n=len(h.campaigns), changed=changed)
            )
        self.copy_button.setEnabled(bool(h and h.campaigns))
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col in range(1, self.model.columnCount()):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        """The history of the current establishment: its campaigns, their answers, the evidence
        their derived criteria are computed from."""
        if (
            changes.everything
            or changes.selection
            or changes.establishments
            or changes.campaigns
            or changes.answers
            or self.session.establishment_id in changes.evidence_of
        ):
            self.refresh()

    @Slot(bool)
    def _changed_only_toggled(self, on: bool) -> None:
        self.proxy.set_changed_only(on)

    def visible_indicators(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data(ID_ROLE)) for r in range(self.proxy.rowCount())]

    # ----------------------------------------------------------------- copy of the latest

    @Slot()
    def copy_latest(self) -> None:
        h = self.model.history()
        if h is None or not h.campaigns:
            return
        latest = h.campaigns[-1]
        today = self.session.today()
        box = confirmation_box(
            self,
            self.tr("Nouvelle campagne"),
            self.tr(
                "Créer une campagne datée du {today} qui reprend les réponses de la campagne du {date} ? "
                "Les critères calculés depuis le registre des preuves seront réévalués à la nouvelle date."
            ).format(today=format_date(today), date=format_date(latest.date)),
            self._do_copy_latest,
            yes_text=self.tr("&Créer la campagne"),
            default_cancel=False,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    @Slot()
    def _do_copy_latest(self) -> None:
        h = self.model.history()
        if h is None or not h.campaigns:
            return
        latest = h.campaigns[-1]
        try:
            # Session.copy_campaign selects the new campaign: the main window shows it.
            self.session.copy_campaign(latest.id, self.session.today(), latest.auditor)
        except HopenError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Opération refusée"), exc.message, QMessageBox.StandardButton.Ok, self
            )
            box.setObjectName("errorBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = box
            box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.close()
        super().closeEvent(event)
