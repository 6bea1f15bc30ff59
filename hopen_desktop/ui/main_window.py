"""The main window: establishment and campaign selectors, the navigation by prerequisite and
domain, the indicator pages and the dashboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QItemSelection, QModelIndex, QObject, Qt, QTime, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model import paths
from hopen_desktop.model.changes import EVERYTHING, SELECTION, Changes
from hopen_desktop.model.errors import HopenError, WorkspaceError
from hopen_desktop.model.formatting import format_date
from hopen_desktop.model.workspace import JournalCheck
from hopen_desktop.ui import tasks
from hopen_desktop.ui.audit.dashboard import Dashboard
from hopen_desktop.ui.audit.indicator_page import IndicatorPage
from hopen_desktop.ui.audit.item_models import ID_ROLE, CampaignTableModel, EstablishmentTableModel, IndicatorTreeModel
from hopen_desktop.ui.audit.seal_banner import SealBanner
from hopen_desktop.ui.file_filters import workspace_filter
from hopen_desktop.ui.followup.menu import FollowUpActions
from hopen_desktop.ui.referentials import ReferentialActions
from hopen_desktop.ui.reports.menu import ReportActions
from hopen_desktop.ui.session import Session
from hopen_desktop.ui.settings import AppSettings
from hopen_desktop.ui.widgets import confirmation_box, push_button

if TYPE_CHECKING:
    from hopen_desktop.ui.evidence.register import EvidenceRegister

# The dialogs, the evidence register and the checks are imported when first used: importing them
# all made the start-up slower (bench/startup.py).


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session = Session(self)
        self.session.set_author(settings.author(), strict=False)
        self.dialog: QWidget | None = None  # the open dialog or message box (non-blocking)
        self.help_window: QWidget | None = None
        self.setObjectName("mainWindow")
        self.resize(1200, 800)

        self.establishment_model = EstablishmentTableModel(self)
        self.campaign_model = CampaignTableModel(self)
        self.tree_model = IndicatorTreeModel(self)

        self._build_central()
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)

        s = self.session
        s.changed.connect(self._on_changed)
        s.backupFailed.connect(self._on_backup_failed)
        s.undo_stack.cleanChanged.connect(self._update_actions)
        s.undo_stack.indexChanged.connect(self._update_actions)

        if (geometry := settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := settings.window_state()) is not None:
            self.restoreState(state)
        if (splitter := settings.splitter()) is not None:
            self.splitter.restoreState(splitter)
        self._on_changed(EVERYTHING | SELECTION)  # no workspace yet: empty selectors and tree
        self.dashboard.refresh()

    # ----------------------------------------------------------------- building

    def _build_central(self) -> None:
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(6, 6, 0, 6)
        self.dashboard_button = push_button(self.tr("Tableau de &bord"), "dashboardButton", self.show_dashboard)
        left_lay.addWidget(self.dashboard_button)
        self.register_button = push_button(self.tr("Registre des pre&uves"), "registerButton", self.show_register)
        left_lay.addWidget(self.register_button)
        self.tree = QTreeView()
        self.tree.setObjectName("navigation")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Prérequis, domaines et indicateurs"))
        self.tree.setAccessibleDescription(
            self.tr("Flèches : choisir un indicateur ; Entrée : aller dans sa page. F6 revient ici.")
        )
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.tree.activated.connect(self._on_tree_activated)
        left_lay.addWidget(self.tree, 1)

        self.stack = QStackedWidget()
        self.dashboard = Dashboard(self.session)
        self.dashboard.setObjectName("dashboard")
        self.dashboard.indicatorRequested.connect(self.show_indicator)
        self.dashboard.evidenceTypeRequested.connect(self.show_register_of_type)
        self.indicator_page = IndicatorPage(self.session)
        self.indicator_page.setObjectName("indicatorPage")
        self.stack.addWidget(self.dashboard)
        self.stack.addWidget(self.indicator_page)
        self._register: EvidenceRegister | None = None  # built when first needed (start-up time)

        # A sealed campaign's pages are read-only: a banner above them says so and offers a new version.
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 6, 0, 0)
        right_lay.setSpacing(4)
        self.seal_banner = SealBanner()
        self.seal_banner.newVersionRequested.connect(self.new_version)
        right_lay.addWidget(self.seal_banner)
        right_lay.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 820])
        self.setCentralWidget(self.splitter)

    @property
    def register(self) -> EvidenceRegister:
        """The evidence register page, built the first time it is needed."""
        if self._register is None:
            from hopen_desktop.ui.evidence.register import EvidenceRegister

            self._register = EvidenceRegister(self.session)
            self._register.setObjectName("evidenceRegister")
            self._register.dialogOpened.connect(self._remember_dialog)
            self.stack.addWidget(self._register)
        return self._register

    def _register_shown(self) -> bool:
        return self._register is not None and self.stack.currentWidget() is self._register

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new_workspace = self._action(
            self.tr("&Nouvel espace de travail…"), self.new_workspace, None, "newWorkspace"
        )
        self.act_open_workspace = self._action(
            self.tr("&Ouvrir un espace de travail…"), self.open_workspace_dialog, QKeySequence.StandardKey.Open, "open"
        )
        self.act_demo = self._action(self.tr("Ouvrir la &démonstration"), self.open_demo, None, "demo")
        self.act_preferences = self._action(
            self.tr("&Préférences…"), self.show_preferences, QKeySequence("Ctrl+,"), "preferences"
        )
        # StandardKey.Quit is empty on Windows: Ctrl+Q everywhere.
        self.act_quit = self._action(self.tr("&Quitter"), self.close, QKeySequence("Ctrl+Q"), "quit")
        self.act_undo = self.session.undo_stack.createUndoAction(self, self.tr("&Annuler"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setObjectName("undo")
        self.act_redo = self.session.undo_stack.createRedoAction(self, self.tr("&Rétablir"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setObjectName("redo")
        self.act_new_establishment = self._action(
            self.tr("&Nouvel établissement…"), self.new_establishment, "Ctrl+Shift+E", "newEstablishment"
        )
        self.act_edit_establishment = self._action(
            self.tr("&Modifier l'établissement…"), self.edit_establishment, "Ctrl+Shift+M", "editEstablishment"
        )
        self.act_delete_establishment = self._action(
            self.tr("&Supprimer l'établissement…"), self.delete_establishment, None, "deleteEstablishment"
        )
        self.act_new_campaign = self._action(
            self.tr("&Nouvelle campagne…"), self.new_campaign, "Ctrl+Shift+N", "newCampaign"
        )
        self.act_edit_campaign = self._action(
            self.tr("&Modifier la campagne…"), self.edit_campaign, None, "editCampaign"
        )
        self.act_delete_campaign = self._action(
            self.tr("&Supprimer la campagne…"), self.delete_campaign, None, "deleteCampaign"
        )
        self.act_new_version = self._action(self.tr("Nou&velle version…"), self.new_version, None, "newVersion")
        self.act_new_version.setStatusTip(
            self.tr("Une copie modifiable d'une campagne scellée, qui la nomme comme version précédente")
        )
        self.act_dashboard = self._action(self.tr("&Tableau de bord"), self.show_dashboard, "Ctrl+D", "showDashboard")
        self.act_next = self._action(self.tr("Indicateur &suivant"), self.next_indicator, "Ctrl+PgDown", "next")
        self.act_previous = self._action(self.tr("Indicateur &précédent"), self.previous_indicator, "Ctrl+PgUp", "prev")
        self.act_focus_nav = self._action(self.tr("Aller à la &navigation"), self.focus_navigation, "F6", "focusNav")
        self.act_register = self._action(self.tr("&Registre des preuves"), self.show_register, "Ctrl+E", "showRegister")
        self.act_new_evidence = self._action(
            self.tr("&Nouvelle preuve…"), self.new_evidence, "Ctrl+Shift+P", "newEvidence"
        )
        self.act_guide = self._action(
            self.tr("&Guide de l'utilisateur"), self.show_guide, QKeySequence.StandardKey.HelpContents, "guide"
        )
        self.act_about = self._action(self.tr("À &propos de HOP'EN Desktop"), self.show_about, None, "about")
        self.act_backups = self._action(self.tr("&Sauvegardes…"), self.show_backups, None, "backups")
        self.act_verify_journal = self._action(
            self.tr("Vérifier le &journal des modifications…"), self.verify_journal, None, "verifyJournal"
        )
        self.act_verify_files = self._action(
            self.tr("&Vérifier les empreintes des fichiers joints…"), self.verify_files, None, "verifyFiles"
        )

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Établissement et campagne"))
        bar.setObjectName("selectionToolbar")
        bar.setMovable(False)
        self.establishment_combo = QComboBox()
        self.establishment_combo.setObjectName("establishmentCombo")
        self.establishment_combo.setModel(self.establishment_model)
        self.establishment_combo.setModelColumn(EstablishmentTableModel.NAME)
        self.establishment_combo.setMinimumContentsLength(22)
        self.establishment_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.establishment_combo.setAccessibleName(self.tr("Établissement"))
        self.establishment_combo.currentIndexChanged.connect(self._on_establishment_combo)
        label = QLabel(self.tr(" É&tablissement : "))
        label.setBuddy(self.establishment_combo)
        bar.addWidget(label)
        bar.addWidget(self.establishment_combo)
        # Short texts beside the selector they act on, so that the whole bar fits a 1024-pixel
        # screen (« Nouvelle campagne » hid behind « » »); the full name is the tooltip and what a
        # screen reader says.
        self._toolbar_action(bar, self.act_new_establishment, self.tr("Nouveau…"))
        self._toolbar_action(bar, self.act_edit_establishment, self.tr("Modifier…"))
        bar.addSeparator()
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("campaignCombo")
        self.campaign_combo.setModel(self.campaign_model)
        self.campaign_combo.setModelColumn(CampaignTableModel.DATE)
        self.campaign_combo.setMinimumContentsLength(18)
        self.campaign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.campaign_combo.setAccessibleName(self.tr("Campagne"))
        self.campaign_combo.currentIndexChanged.connect(self._on_campaign_combo)
        label = QLabel(self.tr(" &Campagne : "))
        label.setBuddy(self.campaign_combo)
        bar.addWidget(label)
        bar.addWidget(self.campaign_combo)
        self._toolbar_action(bar, self.act_new_campaign, self.tr("Nouvelle campagne…"))
        self.addToolBar(bar)
        self.toolbar = bar

    @staticmethod
    def _toolbar_action(bar: QToolBar, action: QAction, short: str) -> None:
        """``action`` on ``bar`` under a ``short`` text; its menu text names it in full."""
        full = action.text().replace("&", "")
        action.setIconText(short)
        action.setToolTip(full)
        bar.addAction(action)
        button = bar.widgetForAction(action)
        if button is not None:
            button.setObjectName(f"toolbar:{action.objectName()}")
            button.setAccessibleName(full.rstrip("…"))

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Fichier"))
        menu.addAction(self.act_new_workspace)
        menu.addAction(self.act_open_workspace)
        self.recent_menu = menu.addMenu(self.tr("Espaces &récents"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addAction(self.act_demo)
        menu.addSeparator()
        # Follow-up over time (action plan, history, GHT) and audit bundles (here, in File).
        self.followup = FollowUpActions(self.session, self)
        menu.addAction(self.followup.act_exchange)  # the export/import shortcuts stay on the window
        menu.addSeparator()
        self.referential_actions = ReferentialActions(self)
        menu.addAction(self.referential_actions.act_add)
        menu.addSeparator()
        menu.addAction(self.act_backups)
        menu.addAction(self.act_verify_journal)
        menu.addSeparator()
        menu.addAction(self.act_preferences)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = self.menuBar().addMenu(self.tr("É&dition"))
        menu.addAction(self.act_undo)
        menu.addAction(self.act_redo)
        menu = self.menuBar().addMenu(self.tr("É&tablissement"))
        menu.addAction(self.act_new_establishment)
        menu.addAction(self.act_edit_establishment)
        menu.addAction(self.act_delete_establishment)
        menu = self.menuBar().addMenu(self.tr("&Campagne"))
        menu.addAction(self.act_new_campaign)
        menu.addAction(self.act_edit_campaign)
        menu.addAction(self.act_delete_campaign)
        menu.addSeparator()
        menu.addAction(self.act_new_version)
        menu = self.menuBar().addMenu(self.tr("&Preuves"))
        menu.addAction(self.act_register)
        menu.addAction(self.act_new_evidence)
        menu.addSeparator()
        menu.addAction(self.act_verify_files)
        self.followup.install(self.menuBar(), bundle_menu=False)
        self.indicator_page.actionRequested.connect(self._create_action)
        self.report_actions = ReportActions(self.session, self)
        self.report_actions.install(self.menuBar())
        menu = self.menuBar().addMenu(self.tr("&Affichage"))
        menu.addAction(self.act_dashboard)
        menu.addAction(self.act_register)
        menu.addAction(self.act_next)
        menu.addAction(self.act_previous)
        menu.addAction(self.act_focus_nav)
        menu = self.menuBar().addMenu(self.tr("Ai&de"))
        menu.addAction(self.act_guide)
        menu.addAction(self.act_about)

    # ----------------------------------------------------------------- workspace

    def open_workspace(self, path: Path, read_only: bool = False) -> bool:
        self.indicator_page.flush()
        try:
            self.session.open(Path(path), read_only=read_only)
        except WorkspaceError as exc:
            if exc.read_only_possible and not read_only and self._ask_read_only(exc.message):
                return self.open_workspace(path, read_only=True)
            if not exc.read_only_possible:
                self._refused_opening(Path(path), exc.message)
            return False
        except HopenError as exc:
            self._show_error(self.tr("Ouverture impossible"), exc.message)
            return False
        if not read_only:
            self.settings.remember_workspace(Path(path))
        message = self.tr("Espace de travail ouvert : {path}").format(path=path)
        if read_only:
            message = self.tr("Espace de travail ouvert en lecture seule : {path}").format(path=path)
        self.statusBar().showMessage(message, 5000)
        return True

    def _refused_opening(self, path: Path, message: str) -> None:
        """A file that cannot be opened: say why, and offer its backups when there are some."""
        from hopen_desktop.model.backup import list_backups
        from hopen_desktop.ui.safety_dialogs import BackupDialog

        if not list_backups(path):
            self._show_error(self.tr("Ouverture impossible"), message)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Ouverture impossible"))
        box.setText(message)
        restore = box.addButton(self.tr("&Restaurer une sauvegarde…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            dialog = BackupDialog(path, self)
            dialog.restoreRequested.connect(self._restore_closed_workspace)
            self._open_dialog(dialog)

    @Slot(object)
    def _restore_closed_workspace(self, backup: object) -> None:
        """Restore a workspace that could not be opened (it is not the session's), then open it."""
        from hopen_desktop.ui.safety_dialogs import BackupDialog

        dialog = self.sender()
        if not isinstance(dialog, BackupDialog):
            return
        try:
            self.session.restore_closed_workspace(dialog.workspace, backup.path)  # type: ignore[attr-defined]
        except HopenError as exc:
            self._show_error(self.tr("Restauration impossible"), exc.message)
            return
        dialog.accept()
        if self.open_workspace(dialog.workspace):
            self.statusBar().showMessage(
                self.tr("Sauvegarde restaurée ; le fichier endommagé a été mis de côté."), 8000
            )

    def _ask_read_only(self, message: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Ouverture impossible en écriture"))
        box.setText(message)
        read_only = box.addButton(self.tr("Ouvrir en &lecture seule"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    @Slot()
    def show_backups(self) -> None:
        from hopen_desktop.ui.safety_dialogs import BackupDialog

        path = self.session.path
        if path is None:
            return
        if self.session.read_only:
            self._show_error(
                self.tr("Sauvegardes"),
                self.tr("L'espace de travail est ouvert en lecture seule : rouvrez-le normalement pour le restaurer."),
            )
            return
        dialog = BackupDialog(path, self)
        dialog.restoreRequested.connect(self._restore_backup)
        self._open_dialog(dialog)

    @Slot(object)
    def _restore_backup(self, backup: object) -> None:
        from hopen_desktop.ui.safety_dialogs import BackupDialog

        dialog = self.sender()
        self.indicator_page.flush()
        try:
            self.session.restore_backup(backup.path)  # type: ignore[attr-defined]
        except HopenError as exc:
            self._show_error(self.tr("Restauration impossible"), exc.message)
            return
        if isinstance(dialog, BackupDialog):
            dialog.refresh()
        self.statusBar().showMessage(self.tr("Sauvegarde restaurée ; l'état précédent a été sauvegardé."), 8000)

    @Slot()
    def verify_journal(self) -> None:
        from hopen_desktop.ui.safety_dialogs import verify_workspace_journal

        path = self.session.path
        if path is None:
            return
        tasks.run(
            verify_workspace_journal, path, on_done=self._journal_verified, on_error=self._task_failed, owner=self
        )

    @Slot(object)
    def _journal_verified(self, result: object) -> None:
        from hopen_desktop.ui.safety_dialogs import JournalCheckDialog

        self._open_dialog(JournalCheckDialog(cast(JournalCheck, result), self))

    @Slot()
    def open_workspace_dialog(self) -> None:
        start = str(self.session.path.parent if self.session.path else paths.data_dir())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un espace de travail"), start, workspace_filter())
        if name:
            self.open_workspace(Path(name))

    @Slot()
    def new_workspace(self) -> None:
        start = str(paths.data_dir() / "nouvel-espace.hopen.sqlite")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Nouvel espace de travail"), start, workspace_filter())
        if name:
            target = Path(name)
            if target.exists():
                self._show_error(
                    self.tr("Fichier existant"),
                    self.tr("« {name} » existe déjà : choisissez un autre nom, ou ouvrez-le.").format(name=target.name),
                )
                return
            self.open_workspace(target)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_workspaces()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(aucun)"))
            empty.setEnabled(False)
        for n, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n} {path.name} — {path.parent}")
            action.setData(str(path))
            action.triggered.connect(self._open_recent)

    @Slot()
    def _open_recent(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.open_workspace(Path(action.data()))

    @Slot()
    def open_demo(self) -> None:
        """(Re)build the demo workspace in a pool thread, then open it."""
        path = paths.demo_workspace_path()
        if self.session.path is not None and self.session.path.resolve() == path.resolve():
            self.session.close()  # announced: every screen empties
        self.statusBar().showMessage(self.tr("Préparation de l'espace de démonstration…"))
        tasks.run(_build_demo, path, on_done=self._demo_ready, on_error=self._task_failed, owner=self)

    @Slot(object)
    def _demo_ready(self, path: object) -> None:
        if self.open_workspace(Path(str(path))):
            self.statusBar().showMessage(self.tr("Espace de démonstration prêt."), 5000)

    @Slot(str)
    def _task_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        self._show_error(self.tr("Opération impossible"), message)

    def _show_error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    @Slot()
    def show_preferences(self) -> None:
        from hopen_desktop.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.languageChosen.connect(self.set_language)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def set_language(self, language: str) -> None:
        """Speak ``language`` at once, without a restart: Qt's and our translators are replaced, the
        model's words follow (``install_translators``), and the window's widgets are built again —
        same session, workspace, campaign, page, undo history and geometry. Windows and dialogs
        open on top are closed; opened again, they speak the new language."""
        from PySide6.QtWidgets import QApplication

        from hopen_desktop.ui.translations import install_translators

        app = QApplication.instance()
        assert app is not None  # a window exists only inside an application
        install_translators(app, language)
        self.rebuild()

    def rebuild(self) -> None:
        """Build the menus, toolbar and pages again in the current language, keeping the page shown."""
        self.indicator_page.flush()
        indicator = self.indicator_page.indicator.id if self.indicator_page.indicator is not None else None
        page = "register" if self._register_shown() else "dashboard"
        if self.stack.currentWidget() is self.indicator_page and indicator is not None:
            page = "indicator"
        splitter = self.splitter.saveState()
        self.followup.close_windows()
        if self.help_window is not None:
            self.help_window.close()
            self.help_window.deleteLater()
            self.help_window = None
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        self.dialog = None
        # The old widgets share the selectors' and tree's models with the new ones: silenced, a
        # reset of those models cannot select another establishment or page through them.
        for old_widget in (self.toolbar, self.splitter):
            for child in old_widget.findChildren(QObject):
                child.blockSignals(True)
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        for owner in (self.followup, self.report_actions, self.referential_actions):
            owner.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.setMenuBar(QMenuBar())  # the old bar and its menus are deleted
        self.takeCentralWidget()
        self.splitter.deleteLater()
        self._build_central()
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self.splitter.restoreState(splitter)
        if self.isVisible():  # Qt shows new children of a visible window only at the next event loop turn
            for part in (self.menuBar(), self.toolbar, self.splitter):
                part.show()
        self.saved_label.clear()
        self._on_changed(EVERYTHING | SELECTION)
        self.dashboard.refresh()
        if page == "indicator" and indicator is not None:
            self.show_indicator(indicator)
        elif page == "register" and self.session.workspace is not None:
            self.show_register()

    # ----------------------------------------------------------------- establishments

    @Slot()
    def new_establishment(self) -> None:
        from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog

        if self.session.workspace is None:
            return
        self._open_dialog(EstablishmentDialog(self.session, None, self))

    @Slot()
    def edit_establishment(self) -> None:
        from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog

        est = self.session.establishment()
        if est is not None:
            self._open_dialog(EstablishmentDialog(self.session, est, self))

    @Slot()
    def delete_establishment(self) -> None:
        est = self.session.establishment()
        if est is None:
            return
        n = len(self.session.campaigns())
        self._confirm(
            self.tr("Supprimer l'établissement"),
            self.tr(
                "Supprimer « {name} » (FINESS {finess}) avec ses {n} campagne(s), ses preuves et son plan "
                "d'action ? Cette suppression est définitive."
            ).format(name=est.name, finess=est.finess, n=n),
            self._do_delete_establishment,
        )

    @Slot()
    def _do_delete_establishment(self) -> None:
        est = self.session.establishment()
        if est is not None:
            self._run(lambda: self.session.delete_establishment(est.id))

    # ----------------------------------------------------------------- campaigns

    @Slot()
    def new_campaign(self) -> None:
        from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog

        if self.session.establishment() is None:
            self._show_error(
                self.tr("Aucun établissement"),
                self.tr("Créez d'abord un établissement (menu Établissement, Ctrl+Maj+E)."),
            )
            return
        self._open_dialog(CampaignDialog(self.session, self))

    @Slot()
    def edit_campaign(self) -> None:
        from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog

        camp = self.session.campaign()
        if camp is not None:
            self._open_dialog(CampaignDialog(self.session, self, campaign=camp))

    @Slot()
    def delete_campaign(self) -> None:
        camp = self.session.campaign()
        if camp is None:
            return
        self._confirm(
            self.tr("Supprimer la campagne"),
            self.tr(
                "Supprimer la campagne du {date} et toutes ses réponses ? Cette suppression est définitive."
            ).format(date=format_date(camp.date)),
            self._do_delete_campaign,
        )

    @Slot()
    def _do_delete_campaign(self) -> None:
        camp = self.session.campaign()
        if camp is not None:
            self._run(lambda: self.session.delete_campaign(camp.id))

    @Slot()
    def new_version(self) -> None:
        camp = self.session.campaign()
        if camp is None:
            return
        self.indicator_page.flush()
        self._confirm(
            self.tr("Nouvelle version"),
            self.tr(
                "Créer une nouvelle version de la campagne du {date} ? Ses réponses sont copiées dans une "
                "campagne modifiable ; la campagne scellée reste telle qu'elle a été signée."
            ).format(date=format_date(camp.date)),
            self._do_new_version,
        )

    @Slot()
    def _do_new_version(self) -> None:
        camp = self.session.campaign()
        if camp is not None:
            self._run(lambda: self.session.new_version(camp.id))

    # ----------------------------------------------------------------- dialogs

    def _open_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _confirm(self, title: str, text: str, on_yes: object) -> None:
        box = confirmation_box(self, title, text, on_yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()

    def _run(self, operation: object) -> None:
        try:
            operation()  # type: ignore[operator]
        except HopenError as exc:
            self._show_error(self.tr("Opération refusée"), exc.message)

    # ----------------------------------------------------------------- navigation

    def _leave_page(self, proceed: Callable[[], object]) -> bool:
        """May the indicator page shown be left? A typed value it cannot save keeps it, with a
        question whose « Abandonner la saisie » runs ``proceed`` (IndicatorPage.leave)."""
        if self.stack.currentWidget() is not self.indicator_page:
            self.indicator_page.flush()
            return True
        return self.indicator_page.leave(proceed)

    @Slot()
    def show_dashboard(self) -> None:
        if not self._leave_page(self.show_dashboard):
            return
        self.indicator_page.flush()  # a pending answer is saved before the figures are drawn
        self.dashboard.refresh()  # what is due moves with the clock
        self._show_dashboard_page()

    def _show_dashboard_page(self) -> None:
        self.indicator_page.flush()
        self.tree.selectionModel().clearSelection()
        self.stack.setCurrentWidget(self.dashboard)

    @Slot()
    def show_register(self) -> None:
        if not self._leave_page(self.show_register):
            return
        self.indicator_page.flush()
        self.tree.selectionModel().clearSelection()
        self.register.refresh()
        self.stack.setCurrentWidget(self.register)
        self.register.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(str)
    def show_register_of_type(self, evidence_type: str) -> None:
        self.show_register()
        self.register.clear_filters()
        self.register.set_type_filter(evidence_type)

    @Slot()
    def new_evidence(self) -> None:
        if self.session.establishment_id is None:
            self._show_error(
                self.tr("Aucun établissement"),
                self.tr("Créez d'abord un établissement (menu Établissement, Ctrl+Maj+E)."),
            )
            return
        if not self._register_shown():
            self.show_register()
        self.register.add_evidence()

    @Slot(QWidget)
    def _remember_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog

    @Slot()
    def verify_files(self) -> None:
        """Recompute every attached file's fingerprint in a pool thread (its own read-only
        connection), then show the files whose content no longer matches."""
        from hopen_desktop.ui.evidence.file_check import verify_workspace_files

        path = self.session.path
        if path is None:
            return
        self.act_verify_files.setEnabled(False)
        self.statusBar().showMessage(self.tr("Vérification des empreintes des fichiers joints…"))
        tasks.run(verify_workspace_files, path, on_done=self._files_verified, on_error=self._verify_failed, owner=self)

    @Slot(object)
    def _files_verified(self, result: object) -> None:
        from hopen_desktop.ui.evidence.file_check import FileCheckDialog

        self.act_verify_files.setEnabled(self.session.workspace is not None)
        self.statusBar().clearMessage()
        self._open_dialog(FileCheckDialog(result, self))  # type: ignore[arg-type]

    @Slot(str)
    def _verify_failed(self, message: str) -> None:
        self.act_verify_files.setEnabled(self.session.workspace is not None)
        self._task_failed(message)

    def _on_evidence_changed(self, establishment_id: int) -> None:
        if establishment_id == self.session.establishment_id and self.session.campaign_id is not None:
            self.tree_model.set_score(self.session.score())

    @Slot(str)
    def show_indicator(self, indicator_id: str) -> None:
        index = self.tree_model.index_of(indicator_id)
        if not index.isValid():
            return
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)  # selection change shows the page
        self.tree.scrollTo(index)
        if self.stack.currentWidget() is not self.indicator_page or self.indicator_page.indicator is None:
            self._show_page(indicator_id)

    def _show_page(self, indicator_id: str) -> None:
        if self.session.campaign_id is None:
            return
        shown = self.indicator_page.indicator
        if (
            shown is not None
            and shown.id != indicator_id
            and not self._leave_page(lambda: self.show_indicator(indicator_id))
        ):
            # stay: the navigation shows the page kept
            index = self.tree_model.index_of(shown.id)
            if index.isValid():
                self.tree.setCurrentIndex(index)
            return
        if self.indicator_page.indicator is None or self.indicator_page.indicator.id != indicator_id:
            self.indicator_page.show_indicator(indicator_id)
        self.stack.setCurrentWidget(self.indicator_page)

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        if index.parent().isValid():
            self._show_page(index.data(ID_ROLE))

    @Slot(QModelIndex)
    def _on_tree_activated(self, index: QModelIndex) -> None:
        if index.parent().isValid():
            self._show_page(index.data(ID_ROLE))
            self.indicator_page.focus_first()  # the focus went to the toolbar before (issue 19)
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _step(self, delta: int) -> None:
        ids = self.tree_model.indicator_ids()
        if not ids:
            return
        current = self.indicator_page.indicator.id if self.indicator_page.indicator else None
        if self.stack.currentWidget() is not self.indicator_page or current not in ids:
            self.show_indicator(ids[0] if delta > 0 else ids[-1])
            return
        self.show_indicator(ids[(ids.index(current) + delta) % len(ids)])

    @Slot()
    def next_indicator(self) -> None:
        self._step(1)

    @Slot()
    def previous_indicator(self) -> None:
        self._step(-1)

    @Slot()
    def focus_navigation(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ----------------------------------------------------------------- reacting to the session

    @Slot(str)
    def _on_backup_failed(self, message: str) -> None:
        """The backup taken at opening could not be written: say it (the workspace itself is
        intact and usable), with what to do."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Sauvegarde automatique impossible"),
            self.tr(
                "La sauvegarde automatique prise à l'ouverture n'a pas pu être écrite. Votre espace de travail "
                "n'est pas touché et reste utilisable, mais il n'a pas de nouveau point de restauration.\n\n"
                "Libérez de la place sur le disque, puis faites une sauvegarde par Fichier › Sauvegardes…"
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText(message)
        box.setObjectName("backupFailedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.statusBar().showMessage(self.tr("Sauvegarde automatique impossible : {0}").format(message))

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        """The one notice of the session: the selectors, the navigation tree and the page shown
        follow what changed."""
        if changes.everything:
            self._on_workspace_changed()
        if changes.everything or changes.establishments:
            self._reload_establishments()
        if changes.everything or changes.campaigns or changes.selection:
            self._reload_campaigns()
        if self.session.current_changed(changes):
            self._on_campaign_selected()
        mine = [indicator for campaign, indicator in sorted(changes.answers) if campaign == self.session.campaign_id]
        if len(mine) == 1:
            self._on_answer_changed(self.session.campaign_id or 0, mine[0])
        elif mine:  # many at once (an import): the score; each page reloads its own answer
            self.tree_model.set_score(self.session.score())
        for establishment_id in sorted(changes.evidence_of):
            self._on_evidence_changed(establishment_id)

    def _on_workspace_changed(self) -> None:
        path = self.session.path
        name = path.name if path else self.tr("aucun espace de travail")
        # The title ends with the application's display name (app.py): Qt appends that name to a
        # title that does not end with it, which read « HOP'EN Desktop — x — HOP'EN Desktop ».
        self.setWindowTitle(self.tr("{name} — HOP'EN Desktop").format(name=name))
        if self.session.read_only:
            self.setWindowTitle(self.tr("{name} (lecture seule) — HOP'EN Desktop").format(name=name))
        self.statusBar().showMessage(str(path) if path else "")

    def _reload_establishments(self) -> None:
        self.establishment_combo.blockSignals(True)
        self.establishment_model.set_establishments(self.session.establishments())
        self.establishment_combo.setCurrentIndex(self.establishment_model.row_of(self.session.establishment_id))
        self.establishment_combo.blockSignals(False)
        self._update_actions()

    def _reload_campaigns(self) -> None:
        self.campaign_combo.blockSignals(True)
        self.campaign_model.set_campaigns(self.session.campaigns())
        self.campaign_combo.setCurrentIndex(self.campaign_model.row_of(self.session.campaign_id))
        self.campaign_combo.blockSignals(False)
        self._update_actions()

    @Slot(int)
    def _on_establishment_combo(self, row: int) -> None:
        if not self._leave_page(lambda: self.establishment_combo.setCurrentIndex(row)):
            self._restore_combos()
            return
        self.indicator_page.flush()
        self.session.select_establishment(self.establishment_model.establishment(row).id if row >= 0 else None)

    @Slot(int)
    def _on_campaign_combo(self, row: int) -> None:
        if not self._leave_page(lambda: self.campaign_combo.setCurrentIndex(row)):
            self._restore_combos()
            return
        self.indicator_page.flush()
        self.session.select_campaign(self.campaign_model.campaign(row).id if row >= 0 else None)

    def _restore_combos(self) -> None:
        """The selectors show the establishment and campaign still selected (a leaving refused)."""
        for combo, row in (
            (self.establishment_combo, self.establishment_model.row_of(self.session.establishment_id)),
            (self.campaign_combo, self.campaign_model.row_of(self.session.campaign_id)),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(row)
            combo.blockSignals(False)

    def _on_campaign_selected(self) -> None:
        self.establishment_combo.blockSignals(True)
        self.establishment_combo.setCurrentIndex(self.establishment_model.row_of(self.session.establishment_id))
        self.establishment_combo.blockSignals(False)
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.setCurrentIndex(self.campaign_model.row_of(self.session.campaign_id))
        self.campaign_combo.blockSignals(False)
        current = self.indicator_page.indicator.id if self.indicator_page.indicator else None
        self.indicator_page.indicator = None
        self.tree_model.set_referential(self.session.referential())
        self.tree_model.set_score(self.session.score())
        self.tree.expandAll()
        if current and self.stack.currentWidget() is self.indicator_page and self.session.campaign_id is not None:
            self.show_indicator(current)
        elif self._register_shown() and self.session.workspace is not None:
            self.register.refresh()  # stay in the register (another establishment's evidence)
        else:
            self._show_dashboard_page()  # the dashboard refreshed itself on the same notice
        self._update_actions()

    def _on_answer_changed(self, campaign_id: int, indicator_id: str) -> None:
        if campaign_id != self.session.campaign_id:
            return
        self.tree_model.set_score(self.session.score())
        self.saved_label.setText(
            self.tr("Enregistré automatiquement à {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
        )
        if self.stack.currentWidget() is self.indicator_page and (
            self.indicator_page.indicator is None or self.indicator_page.indicator.id != indicator_id
        ):
            self.show_indicator(indicator_id)  # undo of an edit made on another page: show it

    @Slot()
    def _update_actions(self) -> None:
        has_ws = self.session.workspace is not None
        has_est = self.session.establishment_id is not None
        has_camp = self.session.campaign_id is not None
        self.act_new_establishment.setEnabled(has_ws)
        self.act_edit_establishment.setEnabled(has_est)
        self.act_delete_establishment.setEnabled(has_est)
        self.act_new_campaign.setEnabled(has_est)
        camp = self.session.campaign() if has_camp else None
        sealed = camp is not None and camp.sealed
        self.act_delete_campaign.setEnabled(has_camp and not sealed)
        self.act_edit_campaign.setEnabled(has_camp and not self.session.read_only and not sealed)
        self.act_new_version.setEnabled(sealed and not self.session.read_only)
        refusal = self.session.campaign_refusal(camp) if sealed else None
        for action in (self.act_edit_campaign, self.act_delete_campaign):
            action.setStatusTip(refusal or "")
        self.seal_banner.show_campaign(camp)
        self.seal_banner.button.setEnabled(not self.session.read_only)
        self.act_next.setEnabled(has_camp)
        self.act_previous.setEnabled(has_camp)
        self.act_register.setEnabled(has_ws)
        self.register_button.setEnabled(has_ws)
        self.act_new_evidence.setEnabled(has_est)
        self.act_verify_files.setEnabled(has_ws)

    # ----------------------------------------------------------------- closing

    @Slot()
    def show_guide(self) -> None:
        from hopen_desktop.ui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow()
        self.help_window.show()

    @Slot()
    def show_about(self) -> None:
        from hopen_desktop import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("À propos de HOP'EN Desktop"))
        box.setText(
            self.tr(
                "<b>HOP'EN Desktop {version}</b><br>Autodiagnostic HOP'EN hors ligne : indicateurs, preuves, "
                "rapport signé.<br>Vos données restent sur cet ordinateur : rien n'est envoyé sur le réseau."
            ).format(version=__version__)
        )
        self._open_dialog(box)

    @Slot(str, str)
    def _create_action(self, indicator_id: str, criterion_id: str) -> None:
        self.followup.create_action_for(indicator_id, criterion_id or None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._leave_page(self.close):  # a typed value that cannot be saved: asked first
            event.ignore()
            return
        self.followup.close_windows()
        if self.help_window is not None:
            self.help_window.close()
        self.indicator_page.flush()
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.settings.sync()
        self.session.close()
        super().closeEvent(event)


def _build_demo(path: Path) -> Path:
    from hopen_desktop.model.demo import build_demo_workspace  # off the start-up path

    """Runs in a pool thread (it opens its own connection)."""
    build_demo_workspace(path)
    return path
