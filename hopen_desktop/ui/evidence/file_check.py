"""Checking the fingerprints of every attached file: the Qt-free work run in a pool thread, and
the dialog that shows its result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hopen_desktop.model.workspace import FileProblem, Workspace
from hopen_desktop.ui.status import error_style, foreground


def verify_workspace_files(path: Path) -> list[FileProblem]:
    """Runs in a pool thread: its own read-only connection (SQLite connections are per thread)."""
    with Workspace.open(path, read_only=True) as ws:
        return ws.verify_files()


class FileCheckDialog(QDialog):
    def __init__(self, problems: list[FileProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fileCheckDialog")
        self.problems = list(problems)
        self.setWindowTitle(self.tr("Vérification des fichiers joints"))
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("fileCheckSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setObjectName("fileCheckDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Fichiers dont le contenu ne correspond plus"))
        lay.addWidget(self.details)
        if not problems:
            self.summary.setText(
                self.tr("Tous les fichiers joints correspondent à leur empreinte SHA-256 : aucun n'a été altéré.")
            )
            self.summary.setStyleSheet(f"QLabel {{ color: {foreground('#1b7f3b')}; font-weight: bold; }}")
            self.details.hide()
        else:
            self.summary.setText(
                self.tr(
                    "{n} fichier(s) joint(s) ne correspondent plus à leur empreinte : leur contenu a été modifié "
                    "ou abîmé dans l'espace de travail. Joignez de nouveau l'original, ou restaurez une sauvegarde."
                ).format(n=len(problems))
            )
            self.summary.setStyleSheet(error_style())
            lines = []
            for p in problems:
                template = self.tr(
                    "« {name} » — preuve « {title} »\n"
                    "   empreinte attendue : {expected}\n"
                    "   empreinte calculée : {actual}"
                )
                lines.append(
                    template.format(
                        name=p.name, title=p.evidence_title, expected=p.expected_sha256, actual=p.actual_sha256
                    )
                )
            self.details.setPlainText("\n\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 200 if not problems else 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
