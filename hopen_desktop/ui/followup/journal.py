"""The change journal, read: who changed what and when (« Suivi › Journal des modifications »).

Each row of the workspace's journal with its time (local), its author (« Votre nom » of whoever
made it, « — » when none was given: rows written before the preference, or without a name), what
it changed and the values before and after. Read only; the journal's check is « Fichier ›
Vérifier le journal des modifications… »."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import JournalEntry
from hopen_desktop.model.formatting import format_datetime
from hopen_desktop.model.stores.journal import cause_text
from hopen_desktop.ui.widgets import closing_row

if TYPE_CHECKING:
    from hopen_desktop.ui.session import Session

# The most recent rows shown (a workspace of years holds tens of thousands).
MAX_ROWS = 2000
# A value longer than this is shortened in its cell (the whole of it is in the tooltip).
CELL_TEXT_MAX = 120


def when(entry: JournalEntry) -> str:
    """The row's time in local time, « 07/01/2025 14:03:05 » (as stored when it does not parse)."""
    try:
        moment = dt.datetime.fromisoformat(entry.at)
    except (TypeError, ValueError):
        return str(entry.at)
    return format_datetime(moment.astimezone() if moment.tzinfo else moment)


def readable(text: str | None) -> str | None:
    """A value as the journal stores it (JSON), for reading: a text without its quotes, « (vide) »
    for an empty one, oui/non, a number; a structure stays as stored."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("JournalWindow", "oui")
        return QCoreApplication.translate("JournalWindow", "non")
    if isinstance(value, str):
        return value or QCoreApplication.translate("JournalWindow", "(vide)")
    if value is None:
        return ""
    if isinstance(value, dict) and isinstance(value.get("cause"), str):
        # Why a record went with its parent: stored in French, shown in the window's language.
        cause = cause_text(value["cause"])
        if cause != value["cause"]:
            return json.dumps({**value, "cause": cause}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text


def shorten(text: str | None) -> str:
    if text is None:
        return ""
    return text if len(text) <= CELL_TEXT_MAX else text[: CELL_TEXT_MAX - 1] + "…"


class JournalWindow(QWidget):
    """Non-modal window listing the journal, of the current campaign or of the whole workspace."""

    COLUMNS = 5

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("journalWindow")
        self.session = session
        self.setWindowTitle(self.tr("Journal des modifications"))
        self.resize(1000, 600)
        self.summary = QLabel()
        self.summary.setObjectName("journalSummary")
        self.summary.setWordWrap(True)
        self.campaign_only = QCheckBox(self.tr("Seulement la campagne en &cours"))
        self.campaign_only.setObjectName("journalCampaignOnly")
        self.campaign_only.setChecked(True)
        self.campaign_only.toggled.connect(self.refresh)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("journalTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date et heure"), self.tr("Auteur"), self.tr("Modification"), self.tr("Avant"), self.tr("Après")]
        )
        self.table.setAccessibleName(self.tr("Lignes du journal des modifications, la plus récente en premier"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.campaign_only)
        layout.addWidget(self.table, 1)
        layout.addLayout(closing_row(self))
        session.changed.connect(self._on_changed)
        self.refresh()

    def _what(self, entry: JournalEntry) -> str:
        labels = {
            "answer": self.tr("Réponse"),
            "criterion": self.tr("Critère"),
            "campaign": self.tr("Campagne"),
            "establishment": self.tr("Établissement"),
            "evidence": self.tr("Preuve"),
            "evidence_file": self.tr("Fichier joint"),
            "action": self.tr("Action"),
            "setting": self.tr("Réglage"),
            "baseline": self.tr("Enregistrement existant"),
            "migration": self.tr("Mise à jour de l'espace de travail"),
        }
        return f"{labels.get(entry.entity, entry.entity)} {entry.key}"

    @Slot()
    def refresh(self) -> None:
        campaign_id = self.session.campaign_id if self.campaign_only.isChecked() else None
        self.campaign_only.setEnabled(self.session.campaign_id is not None)
        entries = self.session.journal(campaign_id, MAX_ROWS) if self.session.workspace is not None else []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            author = entry.author if isinstance(entry.author, str) and entry.author else "—"
            cells = (when(entry), author, self._what(entry), readable(entry.old), readable(entry.new))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(shorten(value))
                if value and len(value) > CELL_TEXT_MAX:
                    item.setToolTip(value)
                self.table.setItem(row, col, item)
        authors = sorted({e.author for e in entries if isinstance(e.author, str) and e.author})
        if not entries:
            text = self.tr("Aucune ligne dans le journal.")
        elif authors:
            text = self.tr("{n} ligne(s), la plus récente en premier. Auteur(s) : {names}.").format(
                n=len(entries), names=", ".join(authors)
            )
        else:
            text = self.tr(
                "{n} ligne(s), la plus récente en premier. Aucune ne nomme son auteur : indiquez votre nom dans "
                "Fichier › Préférences pour qu'il soit inscrit sur les prochaines."
            ).format(n=len(entries))
        self.summary.setText(text)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self.isVisible() and changes:
            self.refresh()
