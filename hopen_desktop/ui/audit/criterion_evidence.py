"""The evidence under one criterion of the indicator page (or under the whole indicator): what
counts for it, computed from the register (« calculée ») or linked by the user (« liée »), what is
related and does not count (« hors période »…), and « Joindre une preuve », which opens the
evidence form pre-filled with the link to this criterion (and, for a derived criterion, its
rule's evidence type). Activating an item opens it in the evidence form.

What counts is read from ``Session.evidence_support()``: evaluated once per change for the whole
campaign, never per row or per page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.entities import Evidence, EvidenceLink
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.evidence_support import KIND_TEXTS, NOT_COUNTING_TEXTS, CriterionSupport, NotCounting, Support
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.i18n import resolve
from hopen_desktop.model.referential import Criterion
from hopen_desktop.ui.status import foreground

if TYPE_CHECKING:
    from hopen_desktop.ui.session import Session

# The items shown at most under one criterion (the most recent): the register has them all.
COUNTING_SHOWN = 8
NOT_COUNTING_SHOWN = 3
# The type a hand-ticked criterion's new proof starts with (a PSSI, a procedure, a register…).
DEFAULT_TYPE = "document"
_MUTED = "#4b5563"
EVIDENCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def item_text(e: Evidence, mark: str) -> str:
    """« Politique de sécurité (PSSI) v2 » — 12/03/2025 (liée); English quotes in English."""
    title = f"“{e.title}”" if resolve(None) == "en" else f"« {e.title} »"
    return f"{title} — {format_date(e.date)} ({mark})"


class CriterionEvidence(QWidget):
    """The evidence of one criterion (``criterion`` None: linked to the whole indicator)."""

    # The evidence form was opened (the page and tests keep a reference).
    dialogOpened = Signal(QWidget)

    def __init__(
        self,
        session: Session,
        indicator_id: str,
        criterion: Criterion | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.indicator_id = indicator_id
        self.criterion = criterion
        self.dialog: QWidget | None = None
        key = criterion.id if criterion else indicator_id
        self.setObjectName(f"evidenceOf:{key}")
        name = f"« {criterion.label} »" if criterion else indicator_id
        # The items on the left (or « Aucune preuve liée »), « Joindre une preuve… » on the right.
        lay = QHBoxLayout(self)
        lay.setContentsMargins(24, 0, 0, 4)
        lay.setSpacing(8)
        items = QVBoxLayout()
        items.setContentsMargins(0, 0, 0, 0)
        items.setSpacing(0)
        lay.addLayout(items, 1)

        self.list = QListWidget()
        self.list.setObjectName(f"evidenceList:{key}")
        self.list.setAccessibleName(
            self.tr("Preuves du critère {name}").format(name=name)
            if criterion
            else self.tr("Preuves liées à l'indicateur {id}").format(id=indicator_id)
        )
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget { background: transparent; }")
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long title never hides the mark
        self.list.itemActivated.connect(self._open_item)
        self.list.itemDoubleClicked.connect(self._open_item)
        items.addWidget(self.list)

        self.empty_label = QLabel(
            self.tr("Aucune preuve liée à ce critère.") if criterion else self.tr("Aucune preuve liée à l'indicateur.")
        )
        self.empty_label.setStyleSheet(f"QLabel {{ color: {foreground(_MUTED)}; font-style: italic; }}")
        items.addWidget(self.empty_label)
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Joindre une preuve…"))
        self.attach_button.setAutoRaise(True)  # one per criterion: light, a link rather than a slab
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.attach_button.setStyleSheet(f"QToolButton {{ color: {foreground('#1d4ed8')}; }}")
        self.attach_button.setObjectName(f"attachEvidence:{key}")
        self.attach_button.setAccessibleName(
            self.tr("Joindre une preuve au critère {name}").format(name=name)
            if criterion
            else self.tr("Joindre une preuve à l'indicateur {id}").format(id=indicator_id)
        )
        self.attach_tip = (
            self.tr("Ajouter au registre une preuve liée à ce critère")
            if criterion
            else self.tr("Ajouter au registre une preuve liée à cet indicateur")
        )
        self.attach_button.setToolTip(self.attach_tip)
        self.attach_button.clicked.connect(self.attach)
        lay.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignTop)

    # ----------------------------------------------------------------- showing

    def set_support(self, support: CriterionSupport, evidence: dict[int, Evidence]) -> None:
        """Show what counts (with how) and the most recent related items that do not count."""
        self.list.clear()
        counting = [s for s in support.counting if s.evidence_id in evidence]
        for s in counting[:COUNTING_SHOWN]:
            self._add_counting(s, evidence)
        if len(counting) > COUNTING_SHOWN:
            self._add_more(
                self.tr("… et {n} autre(s) qui compte(nt) : voir le registre des preuves").format(
                    n=len(counting) - COUNTING_SHOWN
                )
            )
        others = [n for n in support.not_counting if n.evidence_id in evidence]
        for n in others[:NOT_COUNTING_SHOWN]:
            self._add_not_counting(n, evidence[n.evidence_id])
        if len(others) > NOT_COUNTING_SHOWN:
            self._add_more(
                self.tr("… et {n} autre(s) qui ne compte(nt) pas : voir le registre des preuves").format(
                    n=len(others) - NOT_COUNTING_SHOWN
                )
            )
        count = self.list.count()
        self.list.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        rows = sum(self.list.sizeHintForRow(r) for r in range(count))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 2)

    def _add_more(self, text: str) -> None:
        more = QListWidgetItem(text)
        more.setFlags(Qt.ItemFlag.ItemIsEnabled)
        more.setForeground(QBrush(QColor(foreground(_MUTED, QPalette.ColorRole.Base))))
        self.list.addItem(more)

    def _add_counting(self, s: Support, evidence: dict[int, Evidence]) -> None:
        e = evidence.get(s.evidence_id)
        if e is None:
            return
        item = QListWidgetItem(item_text(e, KIND_TEXTS[s.kind].text()))
        item.setData(EVIDENCE_ID_ROLE, e.id)
        how = (
            self.tr("Calculée : comptée par la règle du critère. Entrée : ouvrir la preuve.")
            if s.kind == "derived"
            else self.tr("Liée par l'utilisateur à ce critère. Entrée : ouvrir la preuve.")
        )
        item.setToolTip(f"{item.text()}\n{how}")
        self.list.addItem(item)

    def _add_not_counting(self, n: NotCounting, e: Evidence) -> None:
        why = NOT_COUNTING_TEXTS[n.reason].text()
        item = QListWidgetItem(item_text(e, why))
        item.setData(EVIDENCE_ID_ROLE, e.id)
        item.setForeground(QBrush(QColor(foreground(_MUTED, QPalette.ColorRole.Base))))
        tip = self.tr("Ne compte pas pour cette campagne : {why}. Entrée : ouvrir la preuve.").format(why=why)
        item.setToolTip(f"{item.text()}\n{tip}")
        self.list.addItem(item)

    def set_frozen(self, reason: str | None) -> None:
        """A sealed campaign: its items still open (read-only when the seal covers them), but no
        proof is joined from its page (it would count for a later campaign only); the button says why."""
        self.attach_button.setEnabled(reason is None)
        self.attach_button.setToolTip(reason or self.attach_tip)

    def shown_texts(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    # ----------------------------------------------------------------- opening

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()  # type: ignore[attr-defined]

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        evidence_id = item.data(EVIDENCE_ID_ROLE)
        if isinstance(evidence_id, int):
            self.open_evidence(evidence_id)

    def open_evidence(self, evidence_id: int) -> QWidget | None:
        """Open one item in the evidence form (read-only when a sealed campaign covers it)."""
        from hopen_desktop.ui.evidence.dialog import EvidenceDialog  # off the start-up path

        try:
            item = self.session.evidence_item(evidence_id)
        except HopenError:
            return None  # deleted meanwhile: the list follows the register at the next change
        dialog = EvidenceDialog(self.session, item, None, self.window())
        self._show(dialog)
        return dialog

    @Slot()
    def attach(self) -> QWidget | None:
        """« Joindre une preuve »: a new item linked to this criterion (or indicator), of the type
        the criterion's rule counts when it is derived."""
        from hopen_desktop.ui.evidence.dialog import EvidenceDialog  # off the start-up path

        if self.session.workspace is None or self.session.establishment_id is None:
            return None
        crit = self.criterion
        evidence_type = crit.derived.evidence_type if crit and crit.derived else DEFAULT_TYPE
        link = EvidenceLink(self.indicator_id, crit.id if crit else None)
        dialog = EvidenceDialog(self.session, None, evidence_type, self.window(), links=(link,))
        self._show(dialog)
        return dialog
