"""Safety screens: the journal check (its chain and its concordance with the data) and the
backups (list, back up now, restore)."""

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
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.backup import BackupInfo, create_backup, list_backups
from hopen_desktop.model.formatting import format_datetime
from hopen_desktop.model.workspace import JournalCheck, Workspace
from hopen_desktop.ui.record_model import OBJECT_ROLE, SORT_ROLE, RecordTableModel
from hopen_desktop.ui.status import error_style, foreground
from hopen_desktop.ui.widgets import push_button, selected_record


def verify_workspace_journal(path: Path) -> JournalCheck:
    """Runs in a pool thread, on its own read-only connection."""
    with Workspace.open(path, read_only=True) as ws:
        return ws.check_journal()


class JournalCheckDialog(QDialog):
    """What was checked (the chain of the rows, the concordance of the records with the data),
    every problem found, and what the check does not prove."""

    def __init__(self, check: JournalCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalCheckDialog")
        self.setWindowTitle(self.tr("Vérification du journal des modifications"))
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("journalCheckSummary")
        self.summary.setWordWrap(True)
        checked = self.tr(
            "Contrôlé : chaînage de {rows} ligne(s) et concordance de {records} enregistrement(s) avec les données."
        ).format(rows=check.rows, records=check.records)
        if check.ok:
            self.summary.setText(
                self.tr(
                    "Journal vérifié : ses {n} ligne(s) sont chaînées par leurs empreintes, aucune n'a été "
                    "modifiée, supprimée ou insérée hors de l'application, et chacun des {records} "
                    "enregistrement(s) (réponses, critères, campagnes, établissements, preuves, fichiers joints, "
                    "actions, réglages) est tel que le journal le décrit."
                ).format(n=check.rows, records=check.records)
            )
            self.summary.setStyleSheet(f"QLabel {{ color: {foreground('#1b7f3b')}; font-weight: bold; }}")
        else:
            self.summary.setText(
                self.tr(
                    "Journal NON vérifié : {n} problème(s). L'espace de travail a été modifié hors de "
                    "HOP'EN Desktop. Restaurez une sauvegarde antérieure si ce n'était pas voulu."
                ).format(n=len(check.problems))
            )
            self.summary.setStyleSheet(error_style())
        lay.addWidget(self.summary)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("journalCheckProblems")
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(f"• {p.text()}" for p in check.problems))
        self.problems.setVisible(not check.ok)
        lay.addWidget(self.problems)
        details = QLabel(
            checked
            + "\n"
            + self.tr(
                "Ce contrôle ne prouve pas que l'historique est d'origine : un journal entièrement recalculé "
                "à partir des données ne peut être détecté qu'avec une ancre extérieure au fichier "
                "(le sceau d'un rapport signé)."
            )
        )
        details.setObjectName("journalCheckScope")
        details.setWordWrap(True)
        lay.addWidget(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(680, 220 if check.ok else 420)
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
