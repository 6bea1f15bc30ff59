"""The criteria an instruction makes conditional (« le cas échéant », « si … »), each of which can
be answered « non applicable » with a justification — unlike a prerequisite indicator as a whole.
The box only shows and collects; the page saves through the session and the model validates."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from hopen_desktop.model.referential import Criterion
from hopen_desktop.ui.status import muted_style
from hopen_desktop.ui.widgets import ErrorLabel


class ConditionalCriteria(QGroupBox):
    # The criteria now declared non applicable, with their justification (criterion id -> text).
    committed = Signal(dict)

    def __init__(self, criteria: Sequence[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Critères conditionnels"), parent)
        self.setObjectName("conditionalCriteria")
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "L'instruction rend ces critères conditionnels : s'ils ne concernent pas l'établissement, "
                "déclarez-les non applicables en disant pourquoi. Ils ne comptent alors plus dans le statut."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(muted_style())
        lay.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        self.reasons: dict[str, QLineEdit] = {}
        for crit in criteria:
            label = QLabel(
                f"<b>{_escape(crit.label)}</b><br>"
                + self.tr("Instruction : « {quote} »").format(quote=_escape(crit.conditional))
            )
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            lay.addWidget(label)
            box = QCheckBox(self.tr("Non applicable à l'établissement"))
            box.setObjectName(f"criterionNa:{crit.id}")
            box.setAccessibleName(self.tr("Critère non applicable : {label}").format(label=crit.label))
            box.toggled.connect(self._commit)
            lay.addWidget(box)
            reason = QLineEdit()
            reason.setObjectName(f"criterionNaReason:{crit.id}")
            reason.setPlaceholderText(self.tr("Justification : pourquoi ce critère ne concerne pas l'établissement"))
            reason.setAccessibleName(
                self.tr("Justification du critère non applicable : {label}").format(label=crit.label)
            )
            reason.editingFinished.connect(self._commit)
            lay.addWidget(reason)
            self.boxes[crit.id] = box
            self.reasons[crit.id] = reason
        self.error = ErrorLabel(self)
        self.error.setObjectName("conditionalError")
        lay.addWidget(self.error)
        self._values: dict[str, str] = {}

    def values(self) -> dict[str, str]:
        return {cid: self.reasons[cid].text().strip() for cid, box in self.boxes.items() if box.isChecked()}

    def set_values(self, criteria_na: dict[str, str]) -> None:
        """Show what is saved, without announcing it."""
        self._values = {cid: why for cid, why in criteria_na.items() if cid in self.boxes}
        for cid, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(cid in self._values)
            box.blockSignals(False)
            self.reasons[cid].setText(self._values.get(cid, ""))
        self.error.clear_message()

    def set_frozen(self, reason: str | None) -> None:
        for cid, box in self.boxes.items():
            box.setEnabled(reason is None)
            box.setToolTip(reason or "")
            self.reasons[cid].setReadOnly(reason is not None)
            self.reasons[cid].setToolTip(reason or "")

    @Slot()
    def _commit(self) -> None:
        values = self.values()
        if values == self._values:
            return
        box = self.sender()
        if isinstance(box, QCheckBox) and box.isChecked():
            cid = next(c for c, b in self.boxes.items() if b is box)
            if not self.reasons[cid].text().strip():
                # Ask for the justification first: the model would refuse the flag without it.
                self.error.show_message(self.tr("Saisissez la justification, puis validez avec Entrée."))
                self.reasons[cid].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.committed.emit(values)

    def saved(self, criteria_na: dict[str, str]) -> None:
        """The page saved ``criteria_na``: it is the new reference."""
        self._values = {cid: why for cid, why in criteria_na.items() if cid in self.boxes}
        self.error.clear_message()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
