"""The "À faire" panel of the dashboard: the recurring proofs the derived criteria need (overdue
first, in red, with the day they became overdue), then late actions and actions due soon."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QListView, QVBoxLayout, QWidget

from hopen_desktop.ui.evidence.models import DueListModel
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import muted_style


class DuePanel(QGroupBox):
    #: The evidence type of a proof the user chose to see (the register opens filtered on it).
    evidenceTypeRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("À faire"), parent)
        self.setObjectName("duePanel")
        self.session = session
        lay = QVBoxLayout(self)
        self.model = DueListModel(self)
        self.list = QListView()
        self.list.setObjectName("dueList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Preuves et actions à faire"))
        self.list.activated.connect(self._open)
        self.list.doubleClicked.connect(self._open)
        lay.addWidget(self.list)
        self.empty = QLabel(self.tr("Rien n'est en retard ni attendu dans les 30 prochains jours."))
        self.empty.setWordWrap(True)
        lay.addWidget(self.empty)
        hint = QLabel(self.tr("Entrée ou double-clic sur une preuve : ouvrir le registre filtré sur ce type."))
        hint.setStyleSheet(muted_style())
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.setFocusProxy(self.list)

    @Slot()
    def refresh(self) -> None:
        self.model.set_data(self.session.due_proofs(), self.session.due_actions(), self.session.today())
        rows = self.model.rowCount()
        self.empty.setVisible(rows == 0)
        self.list.setVisible(rows > 0)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height()) if rows else 0
        self.list.setFixedHeight(row_height * min(rows, 12) + 2 * self.list.frameWidth() + 4)

    def texts(self) -> list[str]:
        return [str(self.model.index(r, 0).data()) for r in range(self.model.rowCount())]

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        evidence_type = index.data(DueListModel.TYPE_ROLE)
        if evidence_type:
            self.evidenceTypeRequested.emit(evidence_type)
