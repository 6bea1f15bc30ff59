"""The action plan of an establishment (a non-modal window), the dialog creating or editing an
action, and the dashboard's list of late and due-soon actions."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import ACTION_STATUS_LABELS, Action
from hopen_desktop.model.errors import HopenError
from hopen_desktop.model.referential import DEFAULT_REFERENTIAL, Referential, load_referential
from hopen_desktop.ui.actions.models import (
    LATE_BACKGROUND,
    SOON_BACKGROUND,
    ActionFilterProxy,
    ActionTableModel,
    DueActionsModel,
    action_status_label,
)
from hopen_desktop.ui.audit.item_models import OBJECT_ROLE
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.status import muted_style
from hopen_desktop.ui.widgets import (
    clear_when_valid,
    closing_row,
    confirmation_box,
    lay_out_form_dialog,
    push_button,
    select_source_row,
    selected_record,
)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


class ActionDialog(QDialog):
    """Create an action (optionally tied to an indicator and criterion) or edit one."""

    def __init__(
        self,
        session: Session,
        *,
        action: Action | None = None,
        establishment_id: int | None = None,
        indicator: str | None = None,
        criterion: str | None = None,
        campaign_id: int | None = None,
        title: str = "",
        context: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.session = session
        self.action = action
        self.saved: Action | None = None
        self.establishment_id = action.establishment_id if action else establishment_id
        self.indicator = action.indicator if action else indicator
        self.criterion = action.criterion if action else criterion
        self.campaign_id = action.campaign_id if action else campaign_id
        self.setWindowTitle(self.tr("Modifier l'action") if action else self.tr("Nouvelle action"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if self.indicator:
            about = QLabel(context or self.indicator)
            about.setObjectName("actionContext")
            about.setWordWrap(True)
            form.addRow(self.tr("Pour :"), about)

        self.title = QLineEdit(action.title if action else title)
        self.title.setObjectName("actionTitle")
        self.title.setPlaceholderText(self.tr("ce qu'il faut faire"))
        label = QLabel(self.tr("&Action :"))
        label.setBuddy(self.title)
        form.addRow(label, self.title)

        self.owner = QLineEdit(action.owner if action else "")
        self.owner.setObjectName("actionOwner")
        self.owner.setPlaceholderText(self.tr("personne ou service responsable"))
        label = QLabel(self.tr("&Responsable :"))
        label.setBuddy(self.owner)
        form.addRow(label, self.owner)

        today = session.today()
        self.has_due = QCheckBox(self.tr("É&chéance :"))
        self.has_due.setObjectName("actionHasDue")
        self.due = QDateEdit()
        self.due.setObjectName("actionDue")
        self.due.setAccessibleName(self.tr("Échéance"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        due = action.due_date if action else None
        self.has_due.setChecked(due is not None or action is None)
        self.due.setDate(_qdate(due or today + dt.timedelta(days=90)))
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        form.addRow(self.has_due, self.due)

        self.status = QComboBox()
        self.status.setObjectName("actionStatus")
        for key in ACTION_STATUS_LABELS:
            self.status.addItem(action_status_label(key), key)
        self.status.setCurrentIndex(max(0, self.status.findData(action.status if action else "a_faire")))
        label = QLabel(self.tr("&Statut :"))
        label.setBuddy(self.status)
        form.addRow(label, self.status)

        self.notes = QPlainTextEdit(action.notes if action else "")
        self.notes.setObjectName("actionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 5)
        label = QLabel(self.tr("&Notes :"))
        label.setBuddy(self.notes)
        form.addRow(label, self.notes)

        self.error, self.buttons = lay_out_form_dialog(self, form)
        for field in (self.title, self.owner, self.due, self.status, self.notes):
            clear_when_valid(self.error, field)  # the refusal goes with the first edit
        self.title.setCursorPosition(0)
        self.title.setFocus()
        self.frozen = session.action_refusal(action) if action is not None else None
        if self.frozen is not None:
            self._read_only(self.frozen)

    def _read_only(self, reason: str) -> None:
        """An action of a sealed campaign: shown, readable and reachable, not changeable."""
        self.setWindowTitle(self.tr("Action (campagne scellée)"))
        for line in (self.title, self.owner):
            line.setReadOnly(True)
        self.notes.setReadOnly(True)
        for box in (self.has_due, self.due, self.status):
            box.setEnabled(False)
        fields: tuple[QWidget, ...] = (self.title, self.owner, self.notes, self.has_due, self.due, self.status)
        for field in fields:
            field.setToolTip(reason)
        self.error.show_message(reason)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        ok.setToolTip(reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))

    def due_date(self) -> dt.date | None:
        return _pydate(self.due.date()) if self.has_due.isChecked() else None

    def accept(self) -> None:
        if self.frozen is not None:
            return
        title, owner, due = self.title.text(), self.owner.text(), self.due_date()
        status, notes = str(self.status.currentData()), self.notes.toPlainText()
        try:
            if self.action is not None:
                self.saved = self.session.update_action(
                    self.action.id, title=title, owner=owner, due_date=due, status=status, notes=notes
                )
            else:
                assert self.establishment_id is not None
                self.saved = self.session.add_action(
                    self.establishment_id,
                    title=title,
                    owner=owner,
                    due_date=due,
                    status=status,
                    notes=notes,
                    indicator=self.indicator,
                    criterion=self.criterion,
                    campaign_id=self.campaign_id,
                )
        except HopenError as exc:
            self.error.show_message(exc.message)
            self.adjustSize()
            return
        super().accept()


def proposed_action(referential: Referential, indicator_id: str, criterion_id: str | None) -> tuple[str, str]:
    """(proposed title, context line) for an action on an unmet indicator or criterion."""
    ind = referential.indicator(indicator_id)
    context = f"{ind.id} — {ind.label}"
    if criterion_id:
        crit = ind.criterion(criterion_id)
        return crit.label, context + "\n" + QCoreApplication.translate("ActionPlan", "Critère : {label}").format(
            label=crit.label
        )
    return f"{ind.id} : {ind.label}", context


def action_dialog_for(
    session: Session, indicator_id: str, criterion_id: str | None = None, parent: QWidget | None = None
) -> ActionDialog | None:
    """The dialog creating an action for an indicator (and criterion) of the current campaign,
    with its title proposed from the criterion's label. None without an establishment."""
    if session.workspace is None or session.establishment_id is None:
        return None
    ref = session.referential() or load_referential(DEFAULT_REFERENTIAL)
    title, context = proposed_action(ref, indicator_id, criterion_id)
    return ActionDialog(
        session,
        establishment_id=session.establishment_id,
        indicator=indicator_id,
        criterion=criterion_id,
        campaign_id=session.campaign_id,
        title=title,
        context=context,
        parent=parent,
    )


class ActionPlanWindow(QWidget):
    """Every action of the current establishment, with filters; late and due-soon rows
    highlighted. A separate window, not modal: the user keeps working in the main window."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("actionPlanWindow")
        self.session = session
        self.dialog: QWidget | None = None  # the open dialog or message box (non-blocking)
        self._pending_delete: int | None = None
        self.resize(1000, 560)

        self.heading = QLabel()
        self.heading.setObjectName("actionPlanHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)

        self.model = ActionTableModel(self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Tous les statuts"), None)
        self.status_filter.addItem(self.tr("Ouvertes (à faire ou en cours)"), ActionFilterProxy.OPEN)
        for key in ACTION_STATUS_LABELS:
            self.status_filter.addItem(action_status_label(key), key)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.indicator_filter = QComboBox()
        self.indicator_filter.setObjectName("indicatorFilter")
        self.indicator_filter.currentIndexChanged.connect(self._filters_changed)
        filters = QHBoxLayout()
        label = QLabel(self.tr("&Statut :"))
        label.setBuddy(self.status_filter)
        filters.addWidget(label)
        filters.addWidget(self.status_filter)
        filters.addSpacing(12)
        label = QLabel(self.tr("&Indicateur :"))
        label.setBuddy(self.indicator_filter)
        filters.addWidget(label)
        filters.addWidget(self.indicator_filter)
        filters.addStretch(1)
        self.count = QLabel()
        self.count.setObjectName("actionCount")
        filters.addWidget(self.count)

        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionTableModel.DUE_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ActionTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActionTableModel.INDICATOR, QHeaderView.ResizeMode.Interactive)
        for col in (ActionTableModel.OWNER, ActionTableModel.DUE_DATE, ActionTableModel.STATUS, ActionTableModel.DUE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(ActionTableModel.INDICATOR, self.fontMetrics().averageCharWidth() * 34)
        self.table.setAccessibleName(self.tr("Actions du plan d'action"))
        self.table.doubleClicked.connect(self._edit_index)
        self.table.activated.connect(self._edit_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = push_button(self.tr("&Nouvelle action…"), "newAction", self.new_action)
        self.from_unmet = QToolButton()
        self.from_unmet.setObjectName("fromUnmet")
        self.from_unmet.setText(self.tr("Depuis un &critère non atteint"))
        self.from_unmet.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.from_unmet.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.unmet_menu = QMenu(self.from_unmet)
        self.unmet_menu.aboutToShow.connect(self.fill_unmet_menu)
        self.from_unmet.setMenu(self.unmet_menu)
        self.edit_button = push_button(self.tr("&Modifier…"), "editAction", self.edit_selected)
        self.delete_button = push_button(self.tr("S&upprimer…"), "deleteAction", self.delete_selected)
        self.done_button = push_button(self.tr("Marquer &fait"), "markDone", self.mark_done)
        buttons = QHBoxLayout()
        for w in (self.new_button, self.from_unmet, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(w)
        buttons.addLayout(closing_row(self))  # stretch, « Fermer »; Escape and Ctrl+W close too

        legend = QLabel(
            self.tr(
                "<span style='background:{late}'>&nbsp;⚠ En retard&nbsp;</span> : échéance dépassée, action ni faite "
                "ni abandonnée. <span style='background:{soon}'>&nbsp;Sous 30 jours&nbsp;</span> : échéance "
                "proche. Double-clic ou Entrée : modifier l'action."
            ).format(late=LATE_BACKGROUND, soon=SOON_BACKGROUND)
        )
        legend.setWordWrap(True)
        legend.setStyleSheet(muted_style())

        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(legend)
        lay.addLayout(buttons)

        delete_shortcut = QAction(self)
        delete_shortcut.setShortcut(QKeySequence.StandardKey.Delete)
        delete_shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_shortcut.triggered.connect(self.delete_selected)
        self.table.addAction(delete_shortcut)

        session.changed.connect(self._on_changed)
        self.refresh()

    # ----------------------------------------------------------------- data

    def _referential(self) -> Referential:
        return self.session.referential() or load_referential(DEFAULT_REFERENTIAL)

    @Slot()
    def refresh(self) -> None:
        est = self.session.establishment()
        selected = self.selected_action()
        self.setWindowTitle(
            self.tr("Plan d'action — {name}").format(name=est.name) if est else self.tr("Plan d'action")
        )
        self.heading.setText(
            self.tr("Plan d'action de {name} (FINESS {finess})").format(name=est.name, finess=est.finess_label())
            if est
            else self.tr("Aucun établissement sélectionné")
        )
        actions = self.session.actions()
        frozen = {a.id: reason for a in actions if (reason := self.session.action_refusal(a)) is not None}
        self.model.set_actions(actions, self.session.today(), self._referential(), frozen)
        current = self.indicator_filter.currentData()
        self.indicator_filter.blockSignals(True)
        self.indicator_filter.clear()
        self.indicator_filter.addItem(self.tr("Tous les indicateurs"), None)
        for ind in self.model.indicators():
            self.indicator_filter.addItem(ind, ind)
        self.indicator_filter.setCurrentIndex(max(0, self.indicator_filter.findData(current)))
        self.indicator_filter.blockSignals(False)
        self._filters_changed()
        if selected is not None:
            self.select_action(selected.id)
        enabled = est is not None
        # A new action is attached to the current campaign: not to a sealed one.
        sealed = self.session.campaign_refusal()
        self.new_button.setEnabled(enabled and sealed is None)
        self.from_unmet.setEnabled(enabled and self.session.campaign_id is not None and sealed is None)
        for button in (self.new_button, self.from_unmet):
            button.setToolTip(sealed or "")
        self._update_buttons()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if (
            changes.everything
            or changes.establishments
            or self.session.current_changed(changes)
            or self.session.establishment_id in changes.actions_of
        ):
            self.refresh()

    @Slot()
    def _filters_changed(self) -> None:
        self.proxy.set_status(self.status_filter.currentData())
        self.proxy.set_indicator(self.indicator_filter.currentData())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        late = sum(1 for r in range(total) if self.model.due_state(self.model.action(r)) == "late")
        text = self.tr("{shown} action(s) affichée(s) sur {total}").format(shown=shown, total=total)
        if late:
            text += self.tr(" — {late} en retard").format(late=late)
        self.count.setText(text)
        self._update_buttons()

    def selected_action(self) -> Action | None:
        action = selected_record(self.table)
        return action if isinstance(action, Action) else None

    def select_action(self, action_id: int) -> None:
        select_source_row(self.table, self.proxy, self.model.row_of(action_id))

    def visible_titles(self) -> list[str]:
        return [str(self.proxy.index(r, ActionTableModel.TITLE).data()) for r in range(self.proxy.rowCount())]

    @Slot()
    def _update_buttons(self) -> None:
        action = self.selected_action()
        frozen = self.model.frozen_reason(action) if action is not None else None
        # A frozen action still opens (double-click, Enter, « Consulter… »), read-only.
        self.edit_button.setEnabled(action is not None)
        self.edit_button.setText(self.tr("C&onsulter…") if frozen else self.tr("&Modifier…"))
        self.delete_button.setEnabled(action is not None and frozen is None)
        self.done_button.setEnabled(action is not None and frozen is None and action.status in ("a_faire", "en_cours"))
        for button in (self.edit_button, self.delete_button, self.done_button):
            button.setToolTip(frozen or "")

    # ----------------------------------------------------------------- operations

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    @Slot()
    def new_action(self) -> None:
        if self.session.establishment_id is None:
            return
        self._open(
            ActionDialog(
                self.session,
                establishment_id=self.session.establishment_id,
                campaign_id=self.session.campaign_id,
                parent=self,
            )
        )

    def new_action_for(self, indicator_id: str, criterion_id: str | None = None) -> ActionDialog | None:
        dialog = action_dialog_for(self.session, indicator_id, criterion_id, self)
        if dialog is not None:
            self._open(dialog)
        return dialog

    @Slot()
    def fill_unmet_menu(self) -> None:
        """The unmet indicators and criteria of the current campaign, each creating an action."""
        self.unmet_menu.clear()
        score = self.session.score()
        ref = self.session.referential()
        if score is None or ref is None:
            self.unmet_menu.addAction(self.tr("(aucune campagne sélectionnée)")).setEnabled(False)
            return
        added = 0
        for ind in ref.indicators:
            s = score.indicators[ind.id]
            unmet = s.unmet_criteria
            if s.status.value not in ("non_atteint", "non_renseigne") and not unmet:
                continue
            sub = self.unmet_menu.addMenu(f"{ind.id} — {ind.label}")
            whole = sub.addAction(self.tr("L'indicateur {id} dans son ensemble").format(id=ind.id))
            whole.setData((ind.id, None))
            whole.triggered.connect(self._unmet_chosen)
            for crit in unmet:
                act = sub.addAction(crit.label)
                act.setData((ind.id, crit.criterion_id))
                act.triggered.connect(self._unmet_chosen)
            added += 1
        if not added:
            self.unmet_menu.addAction(self.tr("(tous les indicateurs sont atteints)")).setEnabled(False)

    @Slot()
    def _unmet_chosen(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.data():
            indicator_id, criterion_id = action.data()
            self.new_action_for(indicator_id, criterion_id)

    @Slot(QModelIndex)
    def _edit_index(self, index: QModelIndex) -> None:
        action = index.data(OBJECT_ROLE)
        if isinstance(action, Action):
            self._open(ActionDialog(self.session, action=action, parent=self))

    @Slot()
    def edit_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._open(ActionDialog(self.session, action=action, parent=self))

    @Slot()
    def mark_done(self) -> None:
        action = self.selected_action()
        if action is not None:
            self._run(lambda: self.session.set_action_status(action.id, "fait"))

    @Slot()
    def delete_selected(self) -> None:
        action = self.selected_action()
        if action is None or not self.delete_button.isEnabled():  # the Delete key on a frozen action
            return
        box = confirmation_box(
            self,
            self.tr("Supprimer l'action"),
            self.tr("Supprimer l'action « {title} » ? Cette suppression est définitive.").format(title=action.title),
            self._do_delete,
            yes_text=self.tr("&Supprimer"),
        )
        self._pending_delete = action.id
        self._open(box)

    @Slot()
    def _do_delete(self) -> None:
        action_id, self._pending_delete = self._pending_delete, None
        if action_id is not None:
            self._run(lambda: self.session.delete_action(action_id))

    def _run(self, operation: object) -> None:
        try:
            operation()  # type: ignore[operator]
        except HopenError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Opération refusée"), exc.message, QMessageBox.StandardButton.Ok, self
            )
            box.setObjectName("errorBox")
            self._open(box)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.close()
        super().closeEvent(event)


class DueActionsWidget(QGroupBox):
    """Late actions, then actions due within 30 days, of the current establishment. For the
    dashboard: ``DueActionsWidget(session)``; refreshes itself on every change."""

    #: (action id) the user chose an action (Enter or double-click).
    actionRequested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions en retard ou à échéance dans 30 jours"), parent)
        self.setObjectName("dueActions")
        self.session = session
        self.model = DueActionsModel(self)
        self.list = QListView()
        self.list.setObjectName("dueActionList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Actions en retard ou à échéance proche"))
        self.list.setSpacing(2)
        self.list.activated.connect(self._chosen)
        self.list.doubleClicked.connect(self._chosen)
        self.empty = QLabel(self.tr("Aucune action en retard ni attendue dans les 30 prochains jours."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(muted_style())
        lay = QVBoxLayout(self)
        lay.addWidget(self.list)
        lay.addWidget(self.empty)
        self.setFocusProxy(self.list)
        session.changed.connect(self._on_changed)
        self.refresh()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.establishments or changes.actions_of or self.session.current_changed(changes):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.model.set_due(self.session.due_actions(), self.session.today())
        rows = self.model.rowCount()
        self.empty.setVisible(rows == 0)
        self.list.setVisible(rows > 0)
        # Rows wrap on narrow dashboards: room for two lines each, up to 6 rows before scrolling.
        row_height = self.fontMetrics().lineSpacing() * 2 + 4
        self.list.setMinimumHeight(row_height * min(max(rows, 1), 6) + 2 * self.list.frameWidth())

    def texts(self) -> list[str]:
        return [str(self.model.index(r, 0).data()) for r in range(self.model.rowCount())]

    @Slot(QModelIndex)
    def _chosen(self, index: QModelIndex) -> None:
        action = index.data(OBJECT_ROLE)
        if isinstance(action, Action):
            self.actionRequested.emit(action.id)
