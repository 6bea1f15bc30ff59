"""The evidence register of the selected establishment: filters (type, indicator, dates, words of
the title), a sortable table, and add / edit / delete. Evidence belongs to the establishment,
so it serves every campaign."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import Evidence
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.ui.audit.item_models import OBJECT_ROLE
from hopen_desktop.ui.evidence.dialog import EvidenceDialog
from hopen_desktop.ui.evidence.models import EvidenceFilterProxy, EvidenceTableModel, type_labels
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import muted_style
from hopen_desktop.ui.widgets import ErrorLabel, confirmation_box, push_button, select_source_row, selected_record


class EvidenceRegister(QWidget):
    #: A dialog or message box was opened (the main window keeps a reference for tests).
    dialogOpened = Signal(QWidget)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: QWidget | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 16)
        root.setSpacing(8)

        self.heading = QLabel()
        self.heading.setObjectName("registerHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        root.addWidget(self.heading)
        intro = QLabel(
            self.tr(
                "Les preuves appartiennent à l'établissement et servent à toutes ses campagnes. "
                "Les critères dérivés (réunions, tests du PRA, rapports…) se calculent à partir de ce registre."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(muted_style())
        root.addWidget(intro)

        # Filters.
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("evidenceSearch")
        self.search.setPlaceholderText(self.tr("mots du titre"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher dans les titres"))
        label = QLabel(self.tr("&Rechercher :"))
        label.setBuddy(self.search)
        filters.addWidget(label)
        filters.addWidget(self.search, 2)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("typeFilter")
        self.type_filter.addItem(self.tr("Tous les types"), None)
        for key, text in type_labels().items():
            self.type_filter.addItem(text, key)
        label = QLabel(self.tr("T&ype :"))
        label.setBuddy(self.type_filter)
        filters.addWidget(label)
        filters.addWidget(self.type_filter, 2)
        self.indicator_filter = QComboBox()
        self.indicator_filter.setObjectName("indicatorFilter")
        label = QLabel(self.tr("&Indicateur :"))
        label.setBuddy(self.indicator_filter)
        filters.addWidget(label)
        filters.addWidget(self.indicator_filter, 1)
        root.addLayout(filters)

        dates = QHBoxLayout()
        self.from_check = QCheckBox(self.tr("&Du"))
        self.from_check.setObjectName("fromCheck")
        self.from_date = self._date_edit("fromDate")
        self.from_date.setAccessibleName(self.tr("Preuves datées à partir du"))
        self.to_check = QCheckBox(self.tr("&au"))
        self.to_check.setObjectName("toCheck")
        self.to_date = self._date_edit("toDate")
        self.to_date.setAccessibleName(self.tr("Preuves datées jusqu'au"))
        for w in (self.from_check, self.from_date, self.to_check, self.to_date):
            dates.addWidget(w)
        self.clear_filters_button = push_button(self.tr("Effacer les &filtres"), "clearFilters", self.clear_filters)
        dates.addWidget(self.clear_filters_button)
        dates.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("evidenceCount")
        dates.addWidget(self.count_label)
        root.addLayout(dates)

        # Table.
        self.model = EvidenceTableModel(self)
        self.proxy = EvidenceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EvidenceTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Registre des preuves"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EvidenceTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._edit_index)
        self.table.doubleClicked.connect(self._edit_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        root.addWidget(self.table, 1)

        # Buttons and shortcuts.
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Ajouter une preuve…"))
        self.add_button.setObjectName("addEvidence")
        self.add_button.setToolTip(self.tr("Ajouter une preuve (Inser)"))
        self.add_button.clicked.connect(self.add_evidence)
        self.edit_button = QPushButton(self.tr("&Modifier…"))
        self.edit_button.setObjectName("editEvidence")
        self.edit_button.setToolTip(self.tr("Modifier la preuve sélectionnée (Entrée)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Supprimer…"))
        self.delete_button.setObjectName("deleteEvidence")
        self.delete_button.setToolTip(self.tr("Supprimer la preuve sélectionnée (Suppr)"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        root.addLayout(row)
        self.error = ErrorLabel()
        root.addWidget(self.error)

        self.act_add = QAction(self.tr("Ajouter une preuve"), self)
        self.act_add.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.act_add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_add.triggered.connect(self.add_evidence)
        self.addAction(self.act_add)
        self.act_delete = QAction(self.tr("Supprimer la preuve"), self.table)
        self.act_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.table.addAction(self.act_delete)

        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        self.type_filter.currentIndexChanged.connect(self._on_type_filter)
        self.indicator_filter.currentIndexChanged.connect(self._on_indicator_filter)
        for w in (self.from_check, self.to_check):
            w.toggled.connect(self._on_dates)
        for d in (self.from_date, self.to_date):
            d.dateChanged.connect(self._on_dates)
        self.setFocusProxy(self.table)

        session.changed.connect(self._on_changed)
        self.refresh()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setDate(QDate.currentDate())
        edit.setEnabled(False)
        return edit

    # ----------------------------------------------------------------- data

    @Slot()
    def refresh(self) -> None:
        selected = self.selected()
        est = self.session.establishment()
        self.heading.setText(
            self.tr("Registre des preuves — {name}").format(name=est.name) if est else self.tr("Registre des preuves")
        )
        # What counts for each indicator of the current campaign (derived or linked): the
        # « Indicateurs » column and the indicator filter; the links only without a campaign.
        self.model.set_evidence(
            self.session.evidence(), self.session.frozen_evidence(), self.session.evidence_support()
        )
        self._fill_indicator_filter()
        if selected is not None:
            self.select(selected.id)
        self._update_count()
        self._update_buttons()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if (
            self.session.current_changed(changes)
            or changes.establishments
            or self.session.establishment_id in changes.evidence_of
        ):
            self.refresh()

    def _fill_indicator_filter(self) -> None:
        current = self.indicator_filter.currentData()
        self.indicator_filter.blockSignals(True)
        self.indicator_filter.clear()
        self.indicator_filter.addItem(self.tr("Tous"), None)
        ref = self.session.evidence_referential() if self.session.workspace is not None else None
        if ref is not None:
            for ind in ref.indicators:
                self.indicator_filter.addItem(ind.id, ind.id)
                self.indicator_filter.setItemData(
                    self.indicator_filter.count() - 1, ind.label, Qt.ItemDataRole.ToolTipRole
                )
        self.indicator_filter.setCurrentIndex(max(0, self.indicator_filter.findData(current)))
        self.indicator_filter.blockSignals(False)
        camp = self.session.campaign() if self.session.workspace is not None else None
        self.indicator_filter.setToolTip(
            self.tr(
                "Les preuves qui comptent pour l'indicateur dans la campagne du {date} : calculées par la "
                "règle d'un critère (réunions, tests…) ou liées à l'indicateur ou à l'un de ses critères."
            ).format(date=format_date(camp.date))
            if camp is not None and self.model.support is not None
            else self.tr(
                "Aucune campagne choisie : le filtre ne retient que les preuves liées à l'indicateur ou à l'un "
                "de ses critères, pas celles que calculent ses critères dérivés (choisissez une campagne)."
            )
        )
        self.proxy.set_indicator(self.indicator_filter.currentData())

    def selected(self) -> Evidence | None:
        item = selected_record(self.table)
        return item if isinstance(item, Evidence) else None

    def select(self, evidence_id: int) -> None:
        select_source_row(self.table, self.proxy, self.model.row_of(evidence_id))

    # ----------------------------------------------------------------- filters

    def set_type_filter(self, evidence_type: str | None) -> None:
        self.type_filter.setCurrentIndex(max(0, self.type_filter.findData(evidence_type)))

    @Slot(int)
    def _on_type_filter(self, _row: int) -> None:
        self.proxy.set_type(self.type_filter.currentData())
        self._update_count()

    @Slot(int)
    def _on_indicator_filter(self, _row: int) -> None:
        self.proxy.set_indicator(self.indicator_filter.currentData())
        self._update_count()

    @Slot()
    def _on_dates(self) -> None:
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())
        start = self.from_date.date().toPython() if self.from_check.isChecked() else None
        end = self.to_date.date().toPython() if self.to_check.isChecked() else None
        self.proxy.set_date_range(
            start if isinstance(start, dt.date) else None, end if isinstance(end, dt.date) else None
        )
        self._update_count()

    @Slot()
    def clear_filters(self) -> None:
        self.search.clear()
        self.type_filter.setCurrentIndex(0)
        self.indicator_filter.setCurrentIndex(0)
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{n} preuve(s)").format(n=total)
            if shown == total
            else self.tr("{shown} preuve(s) affichée(s) sur {total}").format(shown=shown, total=total)
        )

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        has_est = self.session.workspace is not None and self.session.establishment_id is not None
        item = self.selected()
        has_sel = item is not None
        frozen = self.model.frozen_reason(item) if item is not None else None
        self.add_button.setEnabled(has_est)  # new evidence is always allowed, even under a seal
        self.act_add.setEnabled(has_est)
        # An item a sealed campaign covers still opens, read-only; it cannot be deleted.
        self.edit_button.setEnabled(has_sel)
        self.edit_button.setText(self.tr("C&onsulter…") if frozen else self.tr("&Modifier…"))
        self.edit_button.setToolTip(frozen or self.tr("Modifier la preuve sélectionnée (Entrée)"))
        self.delete_button.setEnabled(has_sel and frozen is None)
        self.delete_button.setToolTip(frozen or self.tr("Supprimer la preuve sélectionnée (Suppr)"))
        self.act_delete.setEnabled(has_sel and frozen is None)

    # ----------------------------------------------------------------- editing

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        self.dialogOpened.emit(dialog)
        dialog.open()  # type: ignore[attr-defined]

    @Slot()
    def add_evidence(self, evidence_type: str | None = None) -> EvidenceDialog | None:
        if self.session.workspace is None or self.session.establishment_id is None:
            return None
        if not isinstance(evidence_type, str):
            evidence_type = self.proxy.evidence_type  # the type the register is filtered on
        dialog = EvidenceDialog(self.session, None, evidence_type, self)
        dialog.saved.connect(self._select_saved)
        self._open(dialog)
        return dialog

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        item = index.data(OBJECT_ROLE)
        if isinstance(item, Evidence):
            self.edit_evidence(item.id)

    @Slot()
    def edit_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.edit_evidence(item.id)

    def edit_evidence(self, evidence_id: int) -> EvidenceDialog | None:
        try:
            item = self.session.evidence_item(evidence_id)
        except HopenError as exc:
            self.error.show_message(exc.message)
            return None
        dialog = EvidenceDialog(self.session, item, None, self)
        dialog.saved.connect(self._select_saved)
        self._open(dialog)
        return dialog

    @Slot(int)
    def _select_saved(self, evidence_id: int) -> None:
        self.select(evidence_id)

    @Slot()
    def delete_selected(self) -> None:
        item = self.selected()
        if item is None or self.model.frozen_reason(item) is not None:
            return
        files = self.tr(" et ses {n} fichier(s) joint(s)").format(n=len(item.files)) if item.files else ""
        box = confirmation_box(
            self,
            self.tr("Supprimer la preuve"),
            self.tr("Supprimer « {title} » du {date}{files} ? Cette suppression est définitive.").format(
                title=item.title, date=format_date(item.date), files=files
            ),
            self._do_delete,
            name="confirmDeleteEvidence",
        )
        self._pending_delete: int | None = item.id
        self._open(box)

    @Slot()
    def _do_delete(self) -> None:
        evidence_id = getattr(self, "_pending_delete", None)
        if evidence_id is None:
            return
        self._pending_delete = None
        try:
            self.session.delete_evidence(evidence_id)
        except HopenError as exc:
            self.error.show_message(exc.message)
            return
        self.error.clear_message()
