"""The conflicts of a merge, side by side: for each record changed on both laptops since they last
exchanged it, what this laptop holds and what the other holds (who changed it, when), and which
one to keep. Nothing is written here: the dialog only returns the choices
(``model/operations/merge.py`` writes them, in one transaction with a backup before)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.formatting import format_datetime
from hopen_desktop.model.merge import Conflict, MergePlan, RecordSide, Side

__all__ = ["ConflictsDialog"]

_ELEMENT, _MINE, _THEIRS, _CHOICE = range(4)


class ConflictsDialog(QDialog):
    """One row per conflict; ``choices()`` once accepted. Every row starts on « celle de ce
    poste »: accepting without looking changes nothing that was here."""

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflits de fusion"))
        self.plan = plan
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ces éléments ont été modifiés sur les deux postes depuis votre dernier échange : rien n'est "
                "écrasé sans votre choix. Pour chacun, choisissez la version à garder. Tout le reste est "
                "fusionné comme annoncé ci-dessous. Une sauvegarde de l'espace de travail est faite avant."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        summary = QLabel("\n".join(f"• {line}" for line in plan.summary()))
        summary.setObjectName("mergeSummary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(summary)

        self.table = QTableWidget(len(plan.conflicts), 4, self)
        self.table.setObjectName("conflictsTable")
        self.table.setAccessibleName(self.tr("Conflits à résoudre"))
        self.table.setAccessibleDescription(
            self.tr("Une ligne par élément modifié des deux côtés ; la dernière colonne choisit la version gardée.")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Élément"), self.tr("Sur ce poste"), self.tr("Sur l'autre poste"), self.tr("Version gardée")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_ELEMENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self._combos: list[QComboBox] = []
        for row, conflict in enumerate(plan.conflicts):
            self._fill_row(row, conflict)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

        bulk = QHBoxLayout()
        self.keep_all_mine = QPushButton(self.tr("Tout garder de &ce poste"))
        self.keep_all_mine.setObjectName("keepAllMine")
        self.keep_all_mine.clicked.connect(self._all_mine)
        self.take_all_theirs = QPushButton(self.tr("Tout prendre de l'&autre poste"))
        self.take_all_theirs.setObjectName("takeAllTheirs")
        self.take_all_theirs.clicked.connect(self._all_theirs)
        bulk.addWidget(self.keep_all_mine)
        bulk.addWidget(self.take_all_theirs)
        bulk.addStretch(1)
        layout.addLayout(bulk)

        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(self.tr("&Fusionner"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler (rien n'est écrit)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.merge_button.setDefault(True)
        self.resize(1000, 520)
        if self._combos:
            self._combos[0].setFocus()

    def _fill_row(self, row: int, conflict: Conflict) -> None:
        element = QTableWidgetItem(conflict.label)
        element.setToolTip(conflict.label)
        self.table.setItem(row, _ELEMENT, element)
        for column, side in ((_MINE, conflict.mine), (_THEIRS, conflict.theirs)):
            item = QTableWidgetItem(self._side_text(side))
            item.setToolTip(self._side_text(side))
            self.table.setItem(row, column, item)
        combo = QComboBox(self.table)
        combo.setObjectName(f"choice{row}")
        combo.addItem(self.tr("Celle de ce poste"), Side.MINE)
        combo.addItem(self.tr("Celle de l'autre poste"), Side.THEIRS)
        combo.setAccessibleName(self.tr("Version gardée pour : {label}").format(label=conflict.label))
        self.table.setCellWidget(row, _CHOICE, combo)
        self._combos.append(combo)

    def _side_text(self, side: RecordSide) -> str:
        what = side.summary if side.content is not None else self.tr("(supprimé)")
        when = self._when(side.at)
        if when and side.by:
            return self.tr("{what}\nmodifié le {when} par {who}").format(what=what, when=when, who=side.by)
        if when:
            return self.tr("{what}\nmodifié le {when}").format(what=what, when=when)
        if side.by:
            return self.tr("{what}\nmodifié par {who}").format(what=what, who=side.by)
        return what

    @staticmethod
    def _when(at: str | None) -> str:
        if not at:
            return ""
        try:
            moment = dt.datetime.fromisoformat(at)
        except ValueError:
            return at
        if moment.tzinfo is not None:
            moment = moment.astimezone()  # shown in this laptop's time
        return format_datetime(moment, sentence=True)

    def set_choice(self, row: int, side: Side) -> None:
        combo = self._combos[row]
        combo.setCurrentIndex(combo.findData(side))

    @Slot()
    def _all_mine(self) -> None:
        for row in range(len(self._combos)):
            self.set_choice(row, Side.MINE)

    @Slot()
    def _all_theirs(self) -> None:
        for row in range(len(self._combos)):
            self.set_choice(row, Side.THEIRS)

    def choices(self) -> dict[str, Side]:
        """The side kept for each conflict, by record uuid."""
        return {
            conflict.uuid: Side(combo.currentData())
            for conflict, combo in zip(self.plan.conflicts, self._combos, strict=True)
        }
