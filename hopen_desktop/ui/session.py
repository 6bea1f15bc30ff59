"""The window's session: one open workspace, the current establishment and campaign, the undo
stack. The road of every edit:

    widget -> Session -> operation (model/operations: one transaction + journal rows)
           -> Changes -> Session.changed -> each screen asks whether it is concerned

``Session`` runs operations (``session.run(operation, *args)`` or the thin methods below) and
announces what they changed with its one ``changed(Changes)`` signal. Moving the current
establishment or campaign is announced on the same signal (``Changes.selection``), together with
the change that caused it, so that a screen refreshes once. Opening and closing a workspace
announce ``Changes.everything``. Nothing in ``ui/`` writes to the workspace any other way
(tests/ui/test_layering_ui.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hopen_desktop.model import sealing
from hopen_desktop.model.changes import EVERYTHING, NOTHING, SELECTION, Changes
from hopen_desktop.model.entities import (
    Action,
    Answer,
    Campaign,
    Establishment,
    EstablishmentData,
    Evidence,
    EvidenceFile,
    EvidenceLink,
    JournalEntry,
)
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.evidence_support import EvidenceSupport
from hopen_desktop.model.hn_backing import HnDeclaration, hn_declaration
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.operations import actions as action_ops
from hopen_desktop.model.operations import answers as answer_ops
from hopen_desktop.model.operations import campaigns as campaign_ops
from hopen_desktop.model.operations import establishments as establishment_ops
from hopen_desktop.model.operations import evidence as evidence_ops
from hopen_desktop.model.operations import settings as setting_ops
from hopen_desktop.model.referential import DEFAULT_REFERENTIAL, Referential, load_referential
from hopen_desktop.model.reminders import DueAction, DueProof, due_actions, due_proofs
from hopen_desktop.model.scoring import CampaignScore, IndicatorScore, score_indicator
from hopen_desktop.model.settings import BACKUPS_KEPT, MAX_FILE_MB
from hopen_desktop.model.validation import check_answer, check_author
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui import tasks
from hopen_desktop.ui.undo import AnswerEditCommand

if TYPE_CHECKING:  # imported when used: off the start-up path
    from hopen_desktop.model.backup import BackupInfo
    from hopen_desktop.model.bundle import BundleImport, OnConflict
    from hopen_desktop.model.exchange import ParsedCampaign
    from hopen_desktop.model.merge import MergePlan, Side
    from hopen_desktop.model.operations.merge import MergeResult

P = ParamSpec("P")
T = TypeVar("T")


class Session(QObject):
    """The open workspace. Raises the model's HopenError subclasses unchanged: callers show
    their ``.message`` next to the field concerned."""

    #: (Changes) what an operation changed, a workspace opened or closed, or the selection moved.
    changed = Signal(object)
    #: (message) the backup taken when the workspace opened could not be written (disk full…):
    #: nothing is lost, but the user must know the safety net is missing.
    backupFailed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.establishment_id: int | None = None
        self.campaign_id: int | None = None
        self.undo_stack = QUndoStack(self)
        #: Today's date; replaced in tests and screenshots so that "what is due" is stable.
        self.today: Callable[[], dt.date] = dt.date.today
        self._score: tuple[int, CampaignScore] | None = None
        self._support: tuple[int, EvidenceSupport] | None = None
        self._backup_task: tasks.Task | None = None
        #: « Votre nom » (the preferences): written on each journal row of the changes made here.
        self.author: str | None = None

    # ----------------------------------------------------------------- the road of a change

    def run(self, operation: Callable[Concatenate[Workspace, P], Outcome[T]], *args: P.args, **kwargs: P.kwargs) -> T:
        """Run ``operation`` on the open workspace, announce what it changed, return its value.
        Raises what the operation raises (nothing is written nor announced then)."""
        outcome = operation(self._ws(), *args, **kwargs)
        self.announce(outcome.changes)
        return outcome.value

    def announce(self, changes: Changes) -> None:
        """Emit ``changed`` (the cached score is forgotten first). Used by ``run`` and by the
        session's own selection moves; a screen never writes, so never needs to call it."""
        if not changes:
            return
        self._score = None
        self._support = None
        self.changed.emit(changes)

    def current_changed(self, changes: Changes) -> bool:
        """Whether a screen showing the current establishment and campaign must be rebuilt: a
        workspace opened or closed, another selection, or the current establishment's record
        (GHT membership changes the applicable criteria) or campaign's record (its date moves the
        evidence windows, its HN flag changes D7) changed."""
        return (
            changes.everything
            or changes.selection
            or (self.establishment_id is not None and self.establishment_id in changes.establishments)
            or (self.campaign_id is not None and self.campaign_id in changes.campaigns)
        )

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
            self._close()  # reopening the same file: release our own lock first
        if read_only:
            new = Workspace.open(path, read_only=True)
        else:
            new = Workspace.open(path, exclusive=True, backup=True, defer_backup=True)
        self._close()
        self.workspace = new
        new.journal.author = self.author
        if new.backup_due:
            self._start_backup(new.path)
        self.undo_stack.clear()
        # Start where the work is: the establishment of the most recent campaign.
        campaigns = new.campaigns()
        establishments = new.establishments()
        if campaigns:
            self.establishment_id = campaigns[0].establishment_id
        else:
            self.establishment_id = establishments[0].id if establishments else None
        self._select_latest_campaign()
        self.announce(EVERYTHING | SELECTION)

    def journal(self, campaign_id: int | None = None, limit: int | None = None) -> list[JournalEntry]:
        """The journal's rows, most recent first (of one campaign when ``campaign_id`` is given)."""
        return self._ws().journal(campaign_id, limit)

    def set_author(self, name: str | None, *, strict: bool = True) -> None:
        """Who makes the changes from now on (« Votre nom »): each journal row names them. Raises
        ValidationError for a name that is not a one-line text of at most 300 characters (not
        ``strict``: such a name, read from damaged settings, is dropped)."""
        try:
            self.author = check_author(name)
        except ValidationError:
            if strict:
                raise
            self.author = None
        if self.workspace is not None:
            self.workspace.journal.author = self.author

    @property
    def read_only(self) -> bool:
        return self.workspace is not None and self.workspace.read_only

    def restore_backup(self, backup: Path) -> BackupInfo | None:
        """Close the workspace (releasing its lock), restore ``backup`` over it (the current
        state is backed up first), and reopen it (which announces everything)."""
        from hopen_desktop.model.operations import restore as restore_ops

        path = self._ws().path
        self._close()
        try:
            return restore_ops.restore_backup(path, Path(backup)).value
        finally:
            self.open(path)

    def restore_closed_workspace(self, path: Path, backup: Path) -> BackupInfo | None:
        """Restore ``backup`` over a workspace file that is not open (one that could not be
        opened). Nothing shown changes: ``open`` it afterwards."""
        from hopen_desktop.model.operations import restore as restore_ops

        return restore_ops.restore_backup(Path(path), Path(backup)).value

    def close(self) -> None:
        """Close the workspace, if one is open, and announce it."""
        if self.workspace is not None:
            self._close()
            self.announce(EVERYTHING | SELECTION)

    def _start_backup(self, path: Path) -> None:
        """The backup taken at opening, written by a task (a workspace holding large attachments
        opens at once); a failure is said, never silent (``backupFailed``)."""
        from hopen_desktop.model.backup import create_backup

        self._backup_task = tasks.run(
            create_backup, path, on_error=self._backup_failed, owner=self, name="sauvegarde à l'ouverture"
        )

    def _backup_failed(self, message: str) -> None:
        self.backupFailed.emit(message)

    def backup_running(self) -> bool:
        """Whether the backup taken at opening is still being written."""
        return self._backup_task is not None and not self._backup_task.wait(0)

    def wait_for_backup(self) -> None:
        """Block until the backup taken at opening is written (before the file is closed,
        replaced or reopened)."""
        if self._backup_task is not None:
            self._backup_task.wait()
            self._backup_task = None

    def _close(self) -> None:
        self.wait_for_backup()
        if self.workspace is not None:
            self.workspace.close()
        self.workspace = None
        self.establishment_id = None
        self.campaign_id = None
        self._score = None
        self._support = None
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
        self.announce(SELECTION)

    def add_establishment(self, data: EstablishmentData) -> Establishment:
        outcome = establishment_ops.add_establishment(self._ws(), data)
        self.establishment_id = outcome.value.id
        self._select_latest_campaign()
        self.announce(outcome.changes | SELECTION)
        return outcome.value

    def update_establishment(self, establishment_id: int, data: EstablishmentData) -> Establishment:
        return self.run(establishment_ops.update_establishment, establishment_id, data)

    def delete_establishment(self, establishment_id: int) -> None:
        outcome = establishment_ops.delete_establishment(self._ws(), establishment_id)
        self.undo_stack.clear()  # answers of the deleted campaigns are gone
        moved = NOTHING
        if establishment_id == self.establishment_id:
            remaining = self.establishments()
            self.establishment_id = remaining[0].id if remaining else None
            self._select_latest_campaign()
            moved = SELECTION
        self.announce(outcome.changes | moved)

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
        self.announce(SELECTION)

    def add_campaign(self, date: dt.date, referential_id: str, auditor: str) -> Campaign:
        assert self.establishment_id is not None
        outcome = campaign_ops.add_campaign(self._ws(), self.establishment_id, date, referential_id, auditor)
        self.campaign_id = outcome.value.id
        self.announce(outcome.changes | SELECTION)
        return outcome.value

    def copy_campaign(self, source_id: int, date: dt.date, auditor: str) -> Campaign:
        outcome = campaign_ops.copy_campaign(self._ws(), source_id, date, auditor)
        self.campaign_id = outcome.value.id
        self.announce(outcome.changes | SELECTION)
        return outcome.value

    def new_version(self, campaign_id: int, date: dt.date | None = None, auditor: str | None = None) -> Campaign:
        """« Nouvelle version » of a sealed campaign: an editable copy naming it, made current."""
        outcome = campaign_ops.new_version(self._ws(), campaign_id, date, auditor)
        self.campaign_id = outcome.value.id
        self.announce(outcome.changes | SELECTION)
        return outcome.value

    def seal_campaign(self, campaign_id: int, seal: Mapping[str, Any]) -> Campaign:
        """Seal the campaign with the seal of its signed report (the report job's, never made up
        by the window). The edits made before can no longer be undone: the undo stack is emptied."""
        sealed = self.run(campaign_ops.seal_campaign, campaign_id, seal)
        self.undo_stack.clear()
        return sealed

    # What a seal freezes (model/sealing.py), as the sentence a read-only editor shows in its
    # tooltip; None when the editor may be used.

    def campaign_refusal(self, campaign: Campaign | None = None) -> str | None:
        """Why the campaign (the current one by default) cannot be edited, or None."""
        camp = self.campaign() if campaign is None else campaign
        refusal = sealing.campaign_refusal(camp) if camp is not None else None
        return refusal.message if refusal is not None else None

    def action_refusal(self, action: Action) -> str | None:
        """Why the action cannot be edited, change status or be deleted, or None."""
        if self.workspace is None:
            return None
        refusal = sealing.action_refusal(self.workspace, action)
        return refusal.message if refusal is not None else None

    def frozen_evidence(self, establishment_id: int | None = None) -> dict[int, str]:
        """The evidence items (of the current establishment by default) a seal freezes -> why."""
        est = self.establishment_id if establishment_id is None else establishment_id
        if self.workspace is None or est is None:
            return {}
        return {eid: refusal.message for eid, refusal in sealing.frozen_evidence(self.workspace, est).items()}

    def evidence_refusal(self, evidence_id: int) -> str | None:
        """Why the evidence item cannot be edited, deleted or have files attached or removed, or None."""
        if self.workspace is None:
            return None
        refusal = sealing.evidence_refusal(self.workspace, evidence_id)
        return refusal.message if refusal is not None else None

    def update_campaign(
        self,
        campaign_id: int,
        date: dt.date,
        auditor: str,
        hn_d2_d3_attained: bool,
        d2_d3_commitment: bool | None = None,
    ) -> Campaign:
        return self.run(
            campaign_ops.update_campaign,
            campaign_id,
            date=date,
            auditor=auditor,
            hn_d2_d3_attained=hn_d2_d3_attained,
            d2_d3_commitment=d2_d3_commitment,
        )

    def hn_declaration(self, campaign: Campaign) -> HnDeclaration | None:
        """The campaign's declared HN D2/D3 attainment and the HN campaign backing it, if any."""
        if self.workspace is None:
            return None
        return hn_declaration(self.workspace, campaign)

    def delete_campaign(self, campaign_id: int) -> None:
        outcome = campaign_ops.delete_campaign(self._ws(), campaign_id)
        self.undo_stack.clear()
        moved = NOTHING
        if campaign_id == self.campaign_id:
            self._select_latest_campaign()
            moved = SELECTION
        self.announce(outcome.changes | moved)

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

    def evidence_support(self) -> EvidenceSupport | None:
        """Which evidence counts for which indicator and criterion of the current campaign, and how
        (derived or linked); None without a campaign. Computed once per change, like the score, from
        the register as the campaign sees it (as sealed, for a sealed campaign)."""
        if self.workspace is None or self.campaign_id is None:
            return None
        if self._support is None or self._support[0] != self.campaign_id:
            self._support = (self.campaign_id, self.workspace.evidence_support(self.campaign_id))
        return self._support[1]

    def evidence(self) -> list[Evidence]:
        if self.workspace is None or self.establishment_id is None:
            return []
        return self.workspace.evidence(self.establishment_id)

    def preview_answer(self, answer: Answer) -> IndicatorScore:
        """The status ``answer`` would have once saved, computed by the model (its check, then its
        scoring) without saving it: the page shows it as the user types. Raises ValidationError
        as saving would."""
        camp = self.campaign()
        assert camp is not None
        ws = self._ws()
        ref = ws.referential_of(camp)
        checked = check_answer(ref, answer, ws.answer(camp.id, answer.indicator))
        establishment, evidence, _ = sealing.campaign_inputs(ws, camp)
        indicator = ref.indicator(answer.indicator)
        return score_indicator(
            indicator,
            checked,
            evidence,
            camp.date,
            establishment.in_ght,
            prerequisite=ref.group(indicator.group).is_prerequisite,
        )

    def save_answer(self, answer: Answer, description: str = "") -> None:
        """Save at once (autosave) and make the edit undoable. Raises ValidationError."""
        assert self.campaign_id is not None
        outcome = answer_ops.save_answer(self._ws(), self.campaign_id, answer)
        edit = outcome.value
        if edit.after != edit.before:
            command = AnswerEditCommand(
                self.apply_answer, edit.campaign_id, edit.before, edit.after, description or answer.indicator
            )
            self.undo_stack.push(command)  # already applied: the command's first redo() does nothing
        self.announce(outcome.changes)

    def apply_answer(self, campaign_id: int, answer: Answer) -> None:
        """Used by undo / redo: write ``answer`` as it was (an operation like any edit), show its
        campaign, and announce both."""
        outcome = answer_ops.save_answer(self._ws(), campaign_id, answer)
        moved = NOTHING
        if campaign_id != self.campaign_id:
            self.campaign_id = campaign_id
            moved = SELECTION
        self.announce(moved | outcome.changes)

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
        return self.run(evidence_ops.add_evidence, self.establishment_id, evidence_type, date, title, fields, links)

    def update_evidence(
        self,
        evidence_id: int,
        date: dt.date,
        title: str,
        fields: dict[str, Any],
        links: Iterable[EvidenceLink] | None = None,
    ) -> Evidence:
        return self.run(evidence_ops.update_evidence, evidence_id, date=date, title=title, fields=fields, links=links)

    def delete_evidence(self, evidence_id: int) -> None:
        self.run(evidence_ops.delete_evidence, evidence_id)

    def attach_file(self, evidence_id: int, path: Path) -> EvidenceFile:
        """Attach ``path`` to the evidence. Above the workspace's size limit or unreadable: the
        model's ValidationError, and nothing is written."""
        return self.run(evidence_ops.attach_path, evidence_id, Path(path))

    def detach_file(self, evidence_id: int, file_id: int) -> None:
        self.run(evidence_ops.detach_file, file_id)

    def file_content(self, sha256: str) -> bytes:
        return self._ws().file_content(sha256)

    # ----------------------------------------------------------------- action plan

    def actions(self, establishment_id: int | None = None) -> list[Action]:
        """The action plan of ``establishment_id`` (the current establishment by default)."""
        est = self.establishment_id if establishment_id is None else establishment_id
        if self.workspace is None or est is None:
            return []
        return self.workspace.actions(est)

    def add_action(
        self,
        establishment_id: int,
        *,
        title: str,
        owner: str,
        due_date: dt.date | None,
        status: str,
        notes: str,
        indicator: str | None = None,
        criterion: str | None = None,
        campaign_id: int | None = None,
    ) -> Action:
        """Raises ValidationError (French message); nothing is written then."""
        return self.run(
            action_ops.add_action,
            establishment_id,
            title=title,
            owner=owner,
            due_date=due_date,
            status=status,
            notes=notes,
            indicator=indicator,
            criterion=criterion,
            campaign_id=campaign_id,
        )

    def update_action(
        self, action_id: int, *, title: str, owner: str, due_date: dt.date | None, status: str, notes: str
    ) -> Action:
        return self.run(
            action_ops.update_action, action_id, title=title, owner=owner, due_date=due_date, status=status, notes=notes
        )

    def set_action_status(self, action_id: int, status: str) -> Action:
        return self.run(action_ops.set_action_status, action_id, status)

    def delete_action(self, action_id: int) -> None:
        self.run(action_ops.delete_action, action_id)

    # ----------------------------------------------------------------- imports

    def import_bundle(self, parsed: ParsedCampaign, on_conflict: OnConflict) -> BundleImport:
        """Import a checked bundle and show its campaign (the import may also have created the
        establishment, or replaced the campaign on screen). Raises CampaignExists with ``ASK``."""
        from hopen_desktop.model.operations import imports as import_ops

        outcome = import_ops.import_bundle(self._ws(), parsed, on_conflict)
        self.undo_stack.clear()  # a replaced campaign may be the target of undo commands
        campaign = outcome.value.campaign
        self.establishment_id = campaign.establishment_id
        self.campaign_id = campaign.id
        self.announce(outcome.changes | SELECTION)
        return outcome.value

    def merge_target(self, parsed: ParsedCampaign) -> Campaign | None:
        """The campaign of this workspace that ``parsed`` is another laptop's copy of (same uuid)."""
        from hopen_desktop.model.merge import find_merge_target

        return find_merge_target(self._ws(), parsed)

    def plan_merge(self, parsed: ParsedCampaign) -> MergePlan:
        """What merging ``parsed`` would do (reads only)."""
        from hopen_desktop.model.merge import plan_merge

        return plan_merge(self._ws(), parsed)

    def merge_bundle(self, parsed: ParsedCampaign, choices: Mapping[str, Side] | Side | None) -> MergeResult:
        """Merge a received campaign into its copy here (one transaction, a backup before) and show
        it. Raises MergeConflicts (nothing written) when a conflict has no choice."""
        from hopen_desktop.model.operations import merge as merge_ops

        outcome = merge_ops.merge_campaign(self._ws(), parsed, choices)
        self.undo_stack.clear()  # records under undo commands may have been rewritten
        campaign = outcome.value.campaign
        self.establishment_id = campaign.establishment_id
        self.campaign_id = campaign.id
        self.announce(outcome.changes | SELECTION)
        return outcome.value

    # ----------------------------------------------------------------- what is due

    def due_proofs(self) -> list[DueProof]:
        if self.workspace is None or self.establishment_id is None:
            return []
        return due_proofs(self.evidence_referential(), self.evidence(), self.today())

    def due_actions(self) -> list[DueAction]:
        if self.workspace is None or self.establishment_id is None:
            return []
        return due_actions(self.actions(), self.today())

    # ----------------------------------------------------------------- workspace preferences

    def max_file_mb(self) -> int:
        return self._ws().setting(MAX_FILE_MB)

    def backups_kept(self) -> int:
        return self._ws().setting(BACKUPS_KEPT)

    def set_backups_kept(self, value: int) -> None:
        """Raises ValidationError when out of bounds."""
        self.run(setting_ops.set_setting, BACKUPS_KEPT, value)

    def set_max_file_mb(self, value: int) -> None:
        """Raises ValidationError when out of bounds."""
        self.run(setting_ops.set_setting, MAX_FILE_MB, value)
