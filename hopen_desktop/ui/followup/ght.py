"""The GHT view (``model.ght``): choose a GHT, see its members against every indicator (latest
campaign of each; the indicators common to the GHT marked), and the support establishment's
check that every member reaches the prerequisites."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.ght import GhtView, Member, ght_names, ght_view
from hopen_desktop.model.referential import Indicator
from hopen_desktop.model.scoring import Status
from hopen_desktop.ui.audit.item_models import ID_ROLE, OBJECT_ROLE, SORT_ROLE
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import (
    foreground,
    muted_style,
    status_background,
    status_cell_color,
    status_color,
    status_label,
    status_symbol,
    status_text_color,
)
from hopen_desktop.ui.widgets import closing_row

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
COMMON_MARK = "◆"
COMMON_BACKGROUND = "#e6eefc"
NO_CAMPAIGN = "#6b7280"


def member_heading(member: Member) -> str:
    name = member.establishment.name
    if member.establishment.ght_support:
        name += QCoreApplication.translate("Ght", " (support)")
    if member.campaign is None:
        return name + "\n" + QCoreApplication.translate("Ght", "aucune campagne")
    return (
        name
        + "\n"
        + QCoreApplication.translate("Ght", "campagne du {date}").format(date=format_date(member.campaign.date))
    )


class GhtTableModel(QAbstractTableModel):
    """Rows: the indicators of the referential; column 0 the indicator, then one column per
    member (support establishment first)."""

    INDICATOR = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view: GhtView | None = None
        self._indicators: tuple[Indicator, ...] = ()

    def set_view(self, view: GhtView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._indicators = view.referential.indicators if view else ()
        self.endResetModel()

    def view(self) -> GhtView | None:
        return self._view

    def member(self, column: int) -> Member:
        assert self._view is not None
        return self._view.members[column - 1]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._view is None:
            return 0
        return 1 + len(self._view.members)

    def is_common(self, indicator_id: str) -> bool:
        return self._view is not None and indicator_id in self._view.common_indicators

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if self._view is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < len(self._indicators) and role == _DISPLAY:
                ind = self._indicators[section]
                return f"{COMMON_MARK} {ind.id}" if self.is_common(ind.id) else ind.id
            if 0 <= section < len(self._indicators) and role == Qt.ItemDataRole.ToolTipRole:
                ind = self._indicators[section]
                if self.is_common(ind.id):
                    return QCoreApplication.translate("Ght", "Commun au GHT : {declination}").format(
                        declination=ind.ght_declination or "—"
                    )
            return None
        if not 0 <= section < self.columnCount():
            return None
        if section == self.INDICATOR:
            return QCoreApplication.translate("Ght", "Indicateur") if role == _DISPLAY else None
        member = self.member(section)
        if role == _DISPLAY:
            return member_heading(member)
        if role == Qt.ItemDataRole.ToolTipRole:
            est = member.establishment
            return f"{est.name} — FINESS {est.finess_label()}"
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if self._view is None or not index.isValid() or not 0 <= index.row() < len(self._indicators):
            return None
        ind = self._indicators[index.row()]
        col = index.column()
        common = self.is_common(ind.id)
        if role == ID_ROLE:
            return ind.id
        if col == self.INDICATOR:
            if role == OBJECT_ROLE:
                return ind
            if role == _DISPLAY:
                return ind.label  # the id (and its mark) is in the row header
            if role == SORT_ROLE:
                return index.row()
            if role == Qt.ItemDataRole.ToolTipRole:
                text = ind.label
                if common:
                    text += "\n" + QCoreApplication.translate("Ght", "Commun au GHT : {declination}").format(
                        declination=ind.ght_declination or "—"
                    )
                return text
            if role == Qt.ItemDataRole.BackgroundRole and common:
                return QBrush(QColor(COMMON_BACKGROUND))
            if role == Qt.ItemDataRole.FontRole and common:
                font = QFont()
                font.setBold(True)
                return font
            return None
        member = self.member(col)
        status = self._view.status(member, ind.id)
        if role == OBJECT_ROLE:
            return member
        if role == SORT_ROLE:
            return str(status or "")
        if role == _DISPLAY:
            if status is None:
                return QCoreApplication.translate("Ght", "— pas de campagne")
            return f"{status_symbol(status)} {status_label(status)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{member.establishment.name} — {ind.id} : " + (
                status_label(status) if status else QCoreApplication.translate("Ght", "aucune campagne HOP'EN")
            )
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return QBrush(status_background(status))
        if role == Qt.ItemDataRole.ForegroundRole:
            if status is None:
                return QBrush(QColor(foreground(NO_CAMPAIGN, QPalette.ColorRole.Base)))
            return QBrush(status_cell_color(status))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class SupportCheckModel(QAbstractListModel):
    """One line per member: prerequisites reached or not, and which groups are missing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._members: tuple[Member, ...] = ()

    def set_view(self, view: GhtView | None) -> None:
        self.beginResetModel()
        self._members = view.members if view else ()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    @staticmethod
    def missing_groups(member: Member) -> tuple[str, ...]:
        if member.score is None or not member.score.eligibility:
            return ()
        return next(iter(member.score.eligibility.values())).missing_prerequisites

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        m = self._members[index.row()]
        if role == OBJECT_ROLE:
            return m
        if role == ID_ROLE:
            return m.establishment.id
        if role == SORT_ROLE:
            return (m.prerequisites_attained, m.establishment.name.casefold())
        ok = m.prerequisites_attained
        if role == _DISPLAY:
            name = m.establishment.name + (
                QCoreApplication.translate("Ght", " (support)") if m.establishment.ght_support else ""
            )
            if m.campaign is None:
                return QCoreApplication.translate("Ght", "✖ {name} — aucune campagne HOP'EN : à auditer").format(
                    name=name
                )
            assert m.score is not None
            rate = f"{m.score.prerequisites_attained}/{m.score.prerequisites_applicable}"
            when = format_date(m.campaign.date)
            if ok:
                return QCoreApplication.translate(
                    "Ght", "✔ {name} — prérequis atteints (campagne du {date}, {rate} indicateurs)"
                ).format(name=name, date=when, rate=rate)
            return QCoreApplication.translate(
                "Ght", "✖ {name} — prérequis non atteints : {groups} (campagne du {date}, {rate} indicateurs)"
            ).format(name=name, groups=", ".join(self.missing_groups(m)) or "—", date=when, rate=rate)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(
                QColor(foreground(status_color(Status.ATTEINT if ok else Status.NON_ATTEINT), QPalette.ColorRole.Base))
            )
        return None


class GhtWindow(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("ghtWindow")
        self.session = session
        self.setWindowTitle(self.tr("Vue GHT"))
        self.resize(1100, 760)

        self.ght = QComboBox()
        self.ght.setObjectName("ghtCombo")
        self.ght.currentIndexChanged.connect(self._ght_chosen)
        label = QLabel(self.tr("&GHT :"))
        label.setBuddy(self.ght)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.ght, 1)
        self.members_label = QLabel()
        self.members_label.setObjectName("ghtMembers")
        top.addWidget(self.members_label)

        self.check_title = QLabel()
        self.check_title.setObjectName("supportVerdict")
        self.check_title.setWordWrap(True)
        font = self.check_title.font()
        font.setBold(True)
        self.check_title.setFont(font)
        self.check_model = SupportCheckModel(self)
        self.check_list = QListView()
        self.check_list.setObjectName("supportCheck")
        self.check_list.setModel(self.check_model)
        self.check_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.check_list.setAccessibleName(self.tr("Vérification de l'établissement support"))
        check = QGroupBox(self.tr("Vérification de l'établissement support : chaque membre atteint les prérequis"))
        check_lay = QVBoxLayout(check)
        check_lay.addWidget(self.check_title)
        check_lay.addWidget(self.check_list)

        self.model = GhtTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("ghtTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.horizontalHeader().setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.table.setAccessibleName(self.tr("Membres du GHT par indicateur"))
        legend = QLabel(
            self.tr(
                "<span style='background:{bg}'>&nbsp;{mark}&nbsp;</span> indicateur commun au GHT (sa déclinaison "
                "GHT demande une application ou un service commun). Chaque membre : sa dernière campagne HOP'EN."
            ).format(bg=COMMON_BACKGROUND, mark=COMMON_MARK)
        )
        legend.setWordWrap(True)
        legend.setStyleSheet(muted_style())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(check)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(splitter, 1)
        lay.addWidget(legend)
        lay.addLayout(closing_row(self))

        session.changed.connect(self._on_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload the GHT list (keeping the chosen one, else the current establishment's)."""
        ws = self.session.workspace
        names = list(ght_names(ws)) if ws is not None else []
        current = self.ght.currentData()
        if current is None:
            est = self.session.establishment()
            current = est.ght if est is not None else None
        self.ght.blockSignals(True)
        self.ght.clear()
        groups = ght_names(ws) if ws is not None else {}
        for name in names:
            self.ght.addItem(self.tr("{name} ({n} établissement(s))").format(name=name, n=len(groups[name])), name)
        self.ght.setCurrentIndex(max(0, self.ght.findData(current)))
        self.ght.blockSignals(False)
        self._reload_view()

    def select_ght(self, name: str) -> None:
        self.ght.setCurrentIndex(self.ght.findData(name))

    @Slot(int)
    def _ght_chosen(self, _row: int) -> None:
        self._reload_view()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        """The GHT list follows the establishments; the view, their campaigns, answers and evidence."""
        if changes.everything or changes.establishments:
            self.refresh()
        elif changes.selection or changes.campaigns or changes.answers or changes.evidence_of:
            self._reload_view()

    @Slot()
    def _reload_view(self) -> None:
        ws = self.session.workspace
        name = self.ght.currentData()
        view = ght_view(ws, name) if ws is not None and name else None
        self.model.set_view(view)
        self.check_model.set_view(view)
        if view is None:
            self.members_label.setText("")
            self.check_title.setText(self.tr("Aucun GHT : renseignez le GHT des établissements (menu Établissement)."))
            return
        self.setWindowTitle(self.tr("Vue GHT — {name}").format(name=view.name))
        support = view.support
        self.members_label.setText(
            self.tr("Établissement support : {name}").format(name=support.establishment.name)
            if support
            else self.tr("Aucun établissement support déclaré")
        )
        missing = view.members_missing_prerequisites
        if not missing:
            self.check_title.setText(self.tr("✔ Tous les membres atteignent les prérequis."))
            self.check_title.setStyleSheet(f"QLabel {{ color: {status_text_color(Status.ATTEINT)}; }}")
        else:
            template = (
                self.tr("✖ 1 membre sur {total} n'atteint pas les prérequis : {names}.")
                if len(missing) == 1
                else self.tr("✖ {n} membres sur {total} n'atteignent pas les prérequis : {names}.")
            )
            self.check_title.setText(
                template.format(
                    n=len(missing),
                    total=len(view.members),
                    names=", ".join(m.establishment.name for m in missing),
                )
            )
            self.check_title.setStyleSheet(f"QLabel {{ color: {status_text_color(Status.NON_ATTEINT)}; }}")
        rows = max(1, self.check_model.rowCount())
        self.check_list.setFixedHeight(
            max(self.check_list.sizeHintForRow(0), self.fontMetrics().height()) * min(rows, 8)
            + 2 * self.check_list.frameWidth()
            + 4
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 42)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def support_texts(self) -> list[str]:
        return [str(self.check_model.index(r, 0).data()) for r in range(self.check_model.rowCount())]
