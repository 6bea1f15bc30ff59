"""Follow-up over time, installed into the main window with one call:

    FollowUpActions(session, window).install(window.menuBar())

adds a "Suivi" menu (action plan, campaign history, GHT view, change journal) and a "Paquets d'audit" menu
(export / import of .hopen bundles). The windows are non-modal and created on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from hopen_desktop.model.changes import Changes

# The windows are imported when first opened: together they cost ~0.2 s of start-up.
if TYPE_CHECKING:
    from hopen_desktop.ui.actions.plan import ActionDialog, ActionPlanWindow
    from hopen_desktop.ui.followup.bundles import BundleTransfer
    from hopen_desktop.ui.followup.exchange_dialog import BundleExchangeDialog
    from hopen_desktop.ui.followup.ght import GhtWindow
    from hopen_desktop.ui.followup.history import HistoryWindow
    from hopen_desktop.ui.followup.journal import JournalWindow
from hopen_desktop.ui.session import Session

__all__ = ["FollowUpActions"]


class FollowUpActions(QObject):
    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("followUpActions")
        self.session = session
        self.window = window
        self._bundles: BundleTransfer | None = None
        self.action_plan: ActionPlanWindow | None = None
        self.history: HistoryWindow | None = None
        self.ght: GhtWindow | None = None
        self.journal: JournalWindow | None = None
        self.exchange: BundleExchangeDialog | None = None
        self.dialog: QWidget | None = None

        self.act_action_plan = self._action(
            self.tr("&Plan d'action…"), self.show_action_plan, "Ctrl+Shift+A", "showActionPlan"
        )
        self.act_history = self._action(
            self.tr("&Historique des campagnes…"), self.show_history, "Ctrl+Shift+H", "showHistory"
        )
        self.act_ght = self._action(self.tr("Vue &GHT…"), self.show_ght, "Ctrl+Shift+G", "showGht")
        self.act_journal = self._action(
            self.tr("&Journal des modifications…"), self.show_journal, "Ctrl+Shift+J", "showJournal"
        )
        self.act_export_bundle = self._action(
            self.tr("&Exporter un paquet d'audit…"), self._export_bundle, "Ctrl+Alt+E", "exportBundle"
        )
        self.act_import_bundle = self._action(
            self.tr("&Importer un paquet d'audit…"), self._import_bundle, "Ctrl+Alt+I", "importBundle"
        )
        self.act_exchange = self._action(
            self.tr("Envoyer / Recevoir un &paquet d'audit…"), self.show_exchange, "Ctrl+Alt+P", "exchangeBundles"
        )
        self.act_exchange.setStatusTip(
            self.tr("Travailler à deux postes sur la même campagne : envoyer, recevoir et fusionner un paquet d'audit")
        )
        session.changed.connect(self._on_changed)
        self._update_actions()

    def _action(self, text: str, slot: object, shortcut: str, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def install(self, menu_bar: QMenuBar, bundle_menu: bool = True) -> None:
        """Add the "Suivi" menu to ``menu_bar`` and, unless the caller places ``act_export_bundle``
        and ``act_import_bundle`` itself (in its File menu), a "Paquets d'audit" menu."""
        menu = menu_bar.addMenu(self.tr("&Suivi"))
        menu.setObjectName("followUpMenu")
        menu.addAction(self.act_action_plan)
        menu.addAction(self.act_history)
        menu.addSeparator()
        menu.addAction(self.act_ght)
        menu.addAction(self.act_journal)
        if bundle_menu:
            menu = menu_bar.addMenu(self.tr("Pa&quets d'audit"))
            menu.setObjectName("bundleMenu")
            menu.addAction(self.act_exchange)
            menu.addSeparator()
            menu.addAction(self.act_export_bundle)
            menu.addAction(self.act_import_bundle)

    @property
    def bundles(self) -> BundleTransfer:
        if self._bundles is None:
            from hopen_desktop.ui.followup.bundles import BundleTransfer

            self._bundles = BundleTransfer(self.session, self.window)
        return self._bundles

    @Slot()
    def show_exchange(self) -> QWidget:
        """The « Envoyer / Recevoir un paquet d'audit » window (non-modal, created once)."""
        from hopen_desktop.ui.followup.exchange_dialog import BundleExchangeDialog

        if self.exchange is None:
            self.exchange = BundleExchangeDialog(self.bundles, self.window)
        self._raise(self.exchange)
        return self.exchange

    @Slot()
    def _export_bundle(self) -> None:
        self.bundles.export_current()

    @Slot()
    def _import_bundle(self) -> None:
        self.bundles.import_dialog()

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.everything or changes.establishments or self.session.current_changed(changes):
            self._update_actions()

    def _update_actions(self) -> None:
        has_ws = self.session.workspace is not None
        has_est = has_ws and self.session.establishment_id is not None
        self.act_action_plan.setEnabled(has_est)
        self.act_history.setEnabled(has_est)
        self.act_ght.setEnabled(has_ws)
        self.act_journal.setEnabled(has_ws)
        self.act_export_bundle.setEnabled(has_ws and self.session.campaign_id is not None)
        self.act_import_bundle.setEnabled(has_ws)
        self.act_exchange.setEnabled(has_ws)

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        if QGuiApplication.platformName() != "offscreen":  # it warns "does not support raise()"
            window.raise_()
            window.activateWindow()

    @Slot()
    def show_action_plan(self) -> ActionPlanWindow:
        from hopen_desktop.ui.actions.plan import ActionPlanWindow

        if self.action_plan is None:
            self.action_plan = ActionPlanWindow(self.session, self.window)
        self._raise(self.action_plan)
        return self.action_plan

    @Slot()
    def show_history(self) -> HistoryWindow:
        from hopen_desktop.ui.followup.history import HistoryWindow

        if self.history is None:
            self.history = HistoryWindow(self.session, self.window)
        self._raise(self.history)
        return self.history

    @Slot()
    def show_ght(self) -> GhtWindow:
        from hopen_desktop.ui.followup.ght import GhtWindow

        if self.ght is None:
            self.ght = GhtWindow(self.session, self.window)
        self._raise(self.ght)
        return self.ght

    @Slot()
    def show_journal(self) -> JournalWindow:
        """Who changed what and when: the journal's rows with their author."""
        from hopen_desktop.ui.followup.journal import JournalWindow

        if self.journal is None:
            self.journal = JournalWindow(self.session, self.window)
        else:
            self.journal.refresh()
        self._raise(self.journal)
        return self.journal

    def create_action_for(self, indicator_id: str, criterion_id: str | None = None) -> ActionDialog | None:
        """For the indicator page: open the dialog creating an action on an unmet indicator
        (``criterion_id`` None) or criterion, title proposed from the criterion's label.
        Non-blocking; returns the dialog (None without a current establishment)."""
        from hopen_desktop.ui.actions.plan import action_dialog_for

        dialog = action_dialog_for(self.session, indicator_id, criterion_id, self.window)
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def close_windows(self) -> None:
        """Close the follow-up windows (call from the main window's closeEvent if wanted)."""
        for w in (self.action_plan, self.history, self.ght, self.journal, self.exchange, self.dialog):
            if w is not None and shiboken6.isValid(w):
                w.close()
        if self._bundles is not None:
            self._bundles.close_dialog()
