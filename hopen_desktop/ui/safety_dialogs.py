"""Safety screens: the journal check and the backups (list, back up now, restore)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.backup import BackupInfo, create_backup, list_backups
from hopen_desktop.model.formatting import format_datetime
from hopen_desktop.model.workspace import JournalProblem, Workspace
from hopen_desktop.ui.record_model import OBJECT_ROLE, SORT_ROLE, RecordTableModel
from hopen_desktop.ui.widgets import push_button, selected_record


def verify_workspace_journal(path: Path) -> tuple[int, JournalProblem | None]:
    """Runs in a pool thread, on its own read-only connection."""
    with Workspace.open(path, read_only=True) as ws:
        return len(ws.journal()), ws.verify_journal()


class JournalCheckDialog(QDialog):
    def __init__(self, rows: int, problem: JournalProblem | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalCheckDialog")
        self.setWindowTitle(self.tr("Vérification du journal des modifications"))
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("journalCheckSummary")
        self.summary.setWordWrap(True)
        if problem is None:
            self.summary.setText(
                self.tr(
                    "Journal vérifié : ses {n} ligne(s) sont chaînées par leurs empreintes et aucune n'a été "
                    "modifiée, supprimée ou insérée hors de l'application."
                ).format(n=rows)
            )
            self.summary.setStyleSheet("QLabel { color: #1b7f3b; font-weight: bold; }")
        else:
            self.summary.setText(
                self.tr(
                    "Journal NON vérifié : {message}\nL'espace de travail a été modifié hors de HOP'EN Desktop "
                    "à partir de cette ligne. Restaurez une sauvegarde antérieure si ce n'était pas voulu."
                ).format(message=problem.message)
            )
            self.summary.setStyleSheet("QLabel { color: #a61b1b; font-weight: bold; }")
        lay.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 160)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class BackupTableModel(RecordTableModel[BackupInfo]):
    DATE, SIZE, NAME = range(3)
    OBJECT_ROLE = OBJECT_ROLE
    SORT_ROLE = SORT_ROLE
    ALIGNMENTS = {SIZE: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter}

    @property
    def backups(self) -> list[BackupInfo]:
        return self._rows

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_rows(backups)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Taille"), self.tr("Fichier")]

    def sort_key(self, b: BackupInfo, col: int) -> Any:
        return (b.created.isoformat(), b.size, b.path.name)[col]

    def display(self, b: BackupInfo, col: int) -> Any:
        if col == self.DATE:
            return format_datetime(b.created)
        if col == self.SIZE:
            return self.tr("{size} Ko").format(size=f"{b.size / 1024:,.0f}".replace(",", "\u202f"))
        return b.path.name


class BackupDialog(QDialog):
    """Backups of the open workspace. Restoring is asked of the main window (``restoreRequested``),
    which closes the workspace, restores, and reopens it."""

    restoreRequested = Signal(object)  # BackupInfo

    def __init__(self, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.workspace = Path(workspace)
        self.setWindowTitle(self.tr("Sauvegardes de l'espace de travail"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Une copie de l'espace de travail est faite à chaque ouverture, dans le dossier « {folder} ». "
                "Restaurer une sauvegarde remplace le contenu actuel ; celui-ci est d'abord sauvegardé."
            ).format(folder=f"{self.workspace.name}-sauvegardes")
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Liste des sauvegardes"))
        self.table.doubleClicked.connect(self._restore)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.backup_now = push_button(self.tr("&Sauvegarder maintenant"), "backupNow", self._backup_now)
        self.restore = push_button(self.tr("&Restaurer la sauvegarde choisie…"), "restoreBackup", self._restore)
        row.addWidget(self.backup_now)
        row.addStretch(1)
        row.addWidget(self.restore)
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(680, 380)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_backups(list_backups(self.workspace))
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> BackupInfo | None:
        value = selected_record(self.table)
        return value if isinstance(value, BackupInfo) else None

    def _backup_now(self) -> None:
        create_backup(self.workspace)
        self.refresh()

    def _restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remplacer le contenu actuel de l'espace de travail par la sauvegarde du {date} ?\n"
                "L'état actuel sera d'abord sauvegardé : vous pourrez revenir en arrière."
            ).format(date=format_datetime(chosen.created, sentence=True)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restoreRequested.emit(chosen)
