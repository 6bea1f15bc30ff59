"""The operations layer between widgets and the domain: one open workspace, the current
establishment and campaign, the undo stack. Every edit goes widget -> Session -> Workspace
(one transaction) -> a signal saying what changed -> the screens that care refresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from hopen_desktop.model.entities import (
    Action,
    Answer,
    Campaign,
    Establishment,
    EstablishmentData,
    Evidence,
    EvidenceFile,
    EvidenceLink,
)
from hopen_desktop.model.referential import DEFAULT_REFERENTIAL, Referential, load_referential
from hopen_desktop.model.reminders import DueAction, DueProof, due_actions, due_proofs
from hopen_desktop.model.scoring import CampaignScore
from hopen_desktop.model.settings import BACKUPS_KEPT, MAX_FILE_MB
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui import tasks
from hopen_desktop.ui.undo import AnswerEditCommand


class _BackupAtOpening:
    """Busy while a workspace opens, then while the backup taken at its opening is written (a
    plain Python thread: garbage collection must not run there, see ui/tasks.py)."""

    def __init__(self) -> None:
        self.opening = True
        self.workspace: Workspace | None = None

    def busy(self) -> bool:
        return self.opening or (self.workspace is not None and self.workspace.backup_running())


class Session(QObject):
    """The open workspace. Raises the model's HopenError subclasses unchanged: callers show
    their ``.message`` next to the field concerned."""

    workspaceChanged = Signal()
    establishmentsChanged = Signal()
    campaignsChanged = Signal()
    #: The current campaign changed (another one selected, or none).
    campaignSelected = Signal()
    #: (campaign id, indicator id) — an answer was saved, undone or redone.
    answerChanged = Signal(int, str)
    #: (establishment id) — evidence of that establishment was added, edited, deleted, or its
    #: files changed: derived criteria, the register and what is due must be refreshed.
    evidenceChanged = Signal(int)
    #: A workspace preference (e.g. the file size limit) changed.
    settingsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.establishment_id: int | None = None
        self.campaign_id: int | None = None
        self.undo_stack = QUndoStack(self)
        #: Today's date; replaced in tests and screenshots so that "what is due" is stable.
        self.today: Callable[[], dt.date] = dt.date.today
        self._score: tuple[int, CampaignScore] | None = None
        # Connected first, so that the cached score is forgotten before any screen asks again.
        for signal in (
            self.workspaceChanged,
            self.establishmentsChanged,
            self.campaignsChanged,
            self.campaignSelected,
            self.answerChanged,
            self.evidenceChanged,
        ):
            signal.connect(self._forget_score)

    # ----------------------------------------------------------------- workspace

    @property
    def path(self) -> Path | None:
        return self.workspace.path if self.workspace else None

    def open(self, path: Path, read_only: bool = False) -> None:
        """Open ``path`` (created when missing): with this window's lock on it and a backup taken
        first, or ``read_only``. Raises WorkspaceError; the current workspace stays open when the
        new one cannot be opened."""
        path = Path(path)
        if self.workspace is not None and self.workspace.path.resolve() == path.resolve():
            self.close()  # reopening the same file: release our own lock first
        if read_only:
            new = Workspace.open(path, read_only=True)
        else:
            backup = _BackupAtOpening()
            tasks.collect_on_gui_thread_while(backup.busy)  # off before the backup thread starts
            try:
                new = backup.workspace = Workspace.open(path, exclusive=True, backup=True)
            finally:
                backup.opening = False
        self.close()
        self.workspace = new
        self.undo_stack.clear()
        # Start where the work is: the establishment of the most recent campaign.
        campaigns = new.campaigns()
        establishments = new.establishments()
        if campaigns:
            self.establishment_id = campaigns[0].establishment_id
        else:
            self.establishment_id = establishments[0].id if establishments else None
        self._select_latest_campaign()
        self.workspaceChanged.emit()
        self.establishmentsChanged.emit()
        self.campaignsChanged.emit()
        self.campaignSelected.emit()

    @property
    def read_only(self) -> bool:
        return self.workspace is not None and self.workspace.read_only

    def restore_backup(self, backup: Path) -> None:
        """Close the workspace (releasing its lock), restore ``backup`` over it (the current
        state is backed up first), and reopen it."""
        from hopen_desktop.model.backup import restore_backup

        path = self._ws().path
        self.close()
        try:
            restore_backup(path, Path(backup))
        finally:
            self.open(path)

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = None
        self.establishment_id = None
        self.campaign_id = None
        self.undo_stack.clear()

    def _ws(self) -> Workspace:
        assert self.workspace is not None, "no workspace open"
        return self.workspace

    # ----------------------------------------------------------------- establishments

    def establishments(self) -> list[Establishment]:
        return self.workspace.establishments() if self.workspace else []

    def establishment(self) -> Establishment | None:
        if self.workspace is None or self.establishment_id is None:
            return None
        return self.workspace.establishment(self.establishment_id)

    def select_establishment(self, establishment_id: int | None) -> None:
        if establishment_id == self.establishment_id:
            return
        self.establishment_id = establishment_id
        self._select_latest_campaign()
        self.campaignsChanged.emit()
        self.campaignSelected.emit()

    def add_establishment(self, data: EstablishmentData) -> Establishment:
        est = self._ws().add_establishment(data)
        self.establishment_id = est.id
        self._select_latest_campaign()
        self.establishmentsChanged.emit()
        self.campaignsChanged.emit()
        self.campaignSelected.emit()
        return est

    def update_establishment(self, establishment_id: int, data: EstablishmentData) -> Establishment:
        est = self._ws().update_establishment(establishment_id, data)
        self.establishmentsChanged.emit()
        if establishment_id == self.establishment_id:
            self.campaignSelected.emit()  # GHT membership changes the applicable criteria
        return est

    def delete_establishment(self, establishment_id: int) -> None:
        self._ws().delete_establishment(establishment_id)
        self.undo_stack.clear()  # answers of the deleted campaigns are gone
        if establishment_id == self.establishment_id:
            remaining = self.establishments()
            self.establishment_id = remaining[0].id if remaining else None
            self._select_latest_campaign()
        self.establishmentsChanged.emit()
        self.campaignsChanged.emit()
        self.campaignSelected.emit()

    # ----------------------------------------------------------------- campaigns

    def campaigns(self) -> list[Campaign]:
        if self.workspace is None or self.establishment_id is None:
            return []
        return self.workspace.campaigns(self.establishment_id)

    def campaign(self) -> Campaign | None:
        if self.workspace is None or self.campaign_id is None:
            return None
        return self.workspace.campaign(self.campaign_id)

    def _select_latest_campaign(self) -> None:
        latest = None
        if self.workspace is not None and self.establishment_id is not None:
            latest = self.workspace.latest_campaign(self.establishment_id)
        self.campaign_id = latest.id if latest else None

    def select_campaign(self, campaign_id: int | None) -> None:
        if campaign_id == self.campaign_id:
            return
        self.campaign_id = campaign_id
        self.campaignSelected.emit()

    def add_campaign(self, date: dt.date, referential_id: str, auditor: str) -> Campaign:
        assert self.establishment_id is not None
        camp = self._ws().add_campaign(self.establishment_id, date, referential_id, auditor)
        self.campaign_id = camp.id
        self.campaignsChanged.emit()
        self.campaignSelected.emit()
        return camp

    def copy_campaign(self, source_id: int, date: dt.date, auditor: str) -> Campaign:
        camp = self._ws().copy_campaign(source_id, date, auditor)
        self.campaign_id = camp.id
        self.campaignsChanged.emit()
        self.campaignSelected.emit()
        return camp

    def update_campaign(self, campaign_id: int, date: dt.date, auditor: str, hn_d2_d3_attained: bool) -> Campaign:
        camp = self._ws().update_campaign(campaign_id, date=date, auditor=auditor, hn_d2_d3_attained=hn_d2_d3_attained)
        self.campaignsChanged.emit()
        if campaign_id == self.campaign_id:
            self.campaignSelected.emit()  # the date moves the evidence windows; HN changes D7
        return camp

    def delete_campaign(self, campaign_id: int) -> None:
        self._ws().delete_campaign(campaign_id)
        self.undo_stack.clear()
        if campaign_id == self.campaign_id:
            self._select_latest_campaign()
        self.campaignsChanged.emit()
        self.campaignSelected.emit()

    # ----------------------------------------------------------------- answers

    def referential(self) -> Referential | None:
        camp = self.campaign()
        return self._ws().referential_of(camp) if camp else None

    def answer(self, indicator_id: str) -> Answer:
        assert self.campaign_id is not None
        return self._ws().answer(self.campaign_id, indicator_id)

    def score(self) -> CampaignScore | None:
        """The current campaign's score, computed once per change (several screens ask for it
        after each edit)."""
        if self.workspace is None or self.campaign_id is None:
            return None
        if self._score is None or self._score[0] != self.campaign_id:
            self._score = (self.campaign_id, self.workspace.score(self.campaign_id))
        return self._score[1]

    @Slot()
    def _forget_score(self) -> None:
        self._score = None

    def evidence(self) -> list[Evidence]:
        if self.workspace is None or self.establishment_id is None:
            return []
        return self.workspace.evidence(self.establishment_id)

    def save_answer(self, answer: Answer, description: str = "") -> None:
        """Save at once (autosave) and make the edit undoable. Raises ValidationError."""
        assert self.campaign_id is not None
        previous = self._ws().save_answer(self.campaign_id, answer)
        saved = self._ws().answer(self.campaign_id, answer.indicator)
        if saved != previous:
            command = AnswerEditCommand(self, self.campaign_id, previous, saved, description or answer.indicator)
            self.undo_stack.push(command)  # already applied: the command's first redo() does nothing
        self.answerChanged.emit(self.campaign_id, answer.indicator)

    def apply_answer(self, campaign_id: int, answer: Answer) -> None:
        """Used by undo / redo: write ``answer`` as it was, and announce it."""
        self._ws().save_answer(campaign_id, answer)
        if campaign_id != self.campaign_id:
            self.select_campaign(campaign_id)
        self.answerChanged.emit(campaign_id, answer.indicator)

    # ----------------------------------------------------------------- evidence

    def evidence_referential(self) -> Referential:
        """The referential whose indicators evidence is linked to: the current campaign's, else
        the default one (evidence belongs to the establishment, not to a campaign)."""
        return self.referential() or load_referential(DEFAULT_REFERENTIAL)

    def evidence_item(self, evidence_id: int) -> Evidence:
        return self._ws().evidence_item(evidence_id)

    def add_evidence(
        self,
        evidence_type: str,
        date: dt.date,
        title: str,
        fields: dict[str, Any],
        links: Iterable[EvidenceLink] = (),
    ) -> Evidence:
        """Raises ValidationError (with ``.field`` when known); nothing is written then."""
        assert self.establishment_id is not None
        item = self._ws().add_evidence(self.establishment_id, evidence_type, date, title, fields, links)
        self.evidenceChanged.emit(item.establishment_id)
        return item

    def update_evidence(
        self,
        evidence_id: int,
        date: dt.date,
        title: str,
        fields: dict[str, Any],
        links: Iterable[EvidenceLink] | None = None,
    ) -> Evidence:
        item = self._ws().update_evidence(evidence_id, date=date, title=title, fields=fields, links=links)
        self.evidenceChanged.emit(item.establishment_id)
        return item

    def delete_evidence(self, evidence_id: int) -> None:
        establishment_id = self._ws().evidence_item(evidence_id).establishment_id
        self._ws().delete_evidence(evidence_id)
        self.evidenceChanged.emit(establishment_id)

    def attach_file(self, evidence_id: int, path: Path) -> EvidenceFile:
        """Attach ``path`` to the evidence. Above the workspace's size limit or unreadable: the
        model's ValidationError, and nothing is written."""
        item = self._ws().evidence_item(evidence_id)
        attached = self._ws().attach_path(evidence_id, Path(path))
        self.evidenceChanged.emit(item.establishment_id)
        return attached

    def detach_file(self, evidence_id: int, file_id: int) -> None:
        item = self._ws().evidence_item(evidence_id)
        self._ws().detach_file(file_id)
        self.evidenceChanged.emit(item.establishment_id)

    def file_content(self, sha256: str) -> bytes:
        return self._ws().file_content(sha256)

    # ----------------------------------------------------------------- what is due

    def due_proofs(self) -> list[DueProof]:
        if self.workspace is None or self.establishment_id is None:
            return []
        return due_proofs(self.evidence_referential(), self.evidence(), self.today())

    def due_actions(self) -> list[DueAction]:
        if self.workspace is None or self.establishment_id is None:
            return []
        actions: list[Action] = self.workspace.actions(self.establishment_id)
        return due_actions(actions, self.today())

    # ----------------------------------------------------------------- workspace preferences

    def max_file_mb(self) -> int:
        return self._ws().setting(MAX_FILE_MB)

    def backups_kept(self) -> int:
        return self._ws().setting(BACKUPS_KEPT)

    def set_backups_kept(self, value: int) -> None:
        """Raises ValidationError when out of bounds."""
        self._ws().set_setting(BACKUPS_KEPT, value)
        self.settingsChanged.emit()

    def set_max_file_mb(self, value: int) -> None:
        """Raises ValidationError when out of bounds."""
        self._ws().set_setting(MAX_FILE_MB, value)
        self.settingsChanged.emit()
