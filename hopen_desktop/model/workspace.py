"""The workspace: one SQLite file holding establishments, campaigns, answers, evidence, actions
and the change journal.

``Workspace`` opens and closes the file (lock, backup at opening, transactions) and hands its
records to stores (``model/stores/``): ``ws.establishments``, ``ws.campaigns``, ``ws.answers``,
``ws.evidence``, ``ws.actions``, ``ws.journal``, ``ws.settings``. Every change is an operation
(``model/operations/``): one transaction with its journal rows, returning what it changed. The
writing methods kept here (``add_establishment``, ``save_answer``…) run those operations and
return their value, for scripts, the demo and tests; the window goes through its session, which
announces the changes.

Connections are per thread: open one ``Workspace`` per thread that uses it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import sqlite_utils

from hopen_desktop.model import database
from hopen_desktop.model.entities import (
    Action,
    Answer,
    Campaign,
    Establishment,
    Evidence,
)
from hopen_desktop.model.errors import ReferentialError, WorkspaceError
from hopen_desktop.model.evidence_support import EvidenceSupport, evidence_support
from hopen_desktop.model.lock import WorkspaceLock
from hopen_desktop.model.operations import Outcome
from hopen_desktop.model.operations import actions as action_ops
from hopen_desktop.model.operations import answers as answer_ops
from hopen_desktop.model.operations import campaigns as campaign_ops
from hopen_desktop.model.operations import establishments as establishment_ops
from hopen_desktop.model.operations import evidence as evidence_ops
from hopen_desktop.model.operations import settings as setting_ops
from hopen_desktop.model.referential import Referential, available_referentials, load_referential, referential_by_sha256
from hopen_desktop.model.scoring import CampaignScore, score_campaign
from hopen_desktop.model.settings import MAX_FILE_MB, Setting
from hopen_desktop.model.stores import (
    GENESIS_HASH,
    ActionStore,
    AnswerStore,
    CampaignStore,
    EstablishmentStore,
    EvidenceStore,
    FileProblem,
    JournalCheck,
    JournalProblem,
    JournalStore,
    ReferentialStore,
    SettingStore,
    journal_row_hash,
)

__all__ = ["GENESIS_HASH", "FileProblem", "JournalCheck", "JournalProblem", "Workspace", "journal_row_hash"]


P = ParamSpec("P")
T = TypeVar("T")


def _value_of(operation: Callable[Concatenate[Workspace, P], Outcome[T]]) -> Callable[Concatenate[Workspace, P], T]:
    """A Workspace method running ``operation`` and returning its value (its ``Changes`` dropped):
    the operation's own signature, written once."""

    def method(self: Workspace, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return operation(self, *args, **kwargs).value

    method.__name__ = operation.__name__
    method.__doc__ = operation.__doc__
    return method


class Workspace:
    """The domain API over one workspace file."""

    def __init__(
        self, db: sqlite_utils.Database, path: Path, *, read_only: bool = False, lock: WorkspaceLock | None = None
    ) -> None:
        self.db = db
        self.path = path
        name = Path(path).name
        self.establishments = EstablishmentStore(db, name)
        self.campaigns = CampaignStore(db, name)
        self.answers = AnswerStore(db, name)
        self.evidence = EvidenceStore(db, name)
        self.actions = ActionStore(db, name)
        self.journal = JournalStore(db, name)
        #: The replica and the records' version vectors (schema step 0007), moved on by the journal.
        self.sync = self.journal.sync
        self.settings = SettingStore(db, name)
        self.referentials = ReferentialStore(db, name)
        self.read_only = read_only
        self._lock = lock
        #: Opened with ``defer_backup``: the backup taken at opening is the caller's to take.
        self.backup_due = False
        #: Opened with ``backup_before_write``: the backup is taken by the first transaction.
        self.backup_pending = False
        #: Told when that backup fails (the change is still made): the command line says so.
        self.on_backup_failed: Callable[[WorkspaceError], None] | None = None

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        read_only: bool = False,
        exclusive: bool = False,
        backup: bool = False,
        defer_backup: bool = False,
        backup_before_write: bool = False,
        lock_timeout: float = 0,
    ) -> Workspace:
        """Open a workspace file.

        ``read_only`` never writes to the file (nor migrates it). Otherwise the file is first
        recognised as a workspace, reading only (``database.check_openable``): a file that is not
        one, is damaged or comes from a newer version is refused before anything is written, no
        lock file and no backup made. ``exclusive`` takes the per-workspace lock (one writer per
        workspace: a window, or a command that writes), waiting ``lock_timeout`` seconds for
        another holder (then WorkspaceBusyError).

        ``backup`` copies an existing file into its backups folder first. It is always taken here
        when the schema is about to be upgraded. Otherwise, with ``backup_before_write`` it is
        taken by the first transaction, just before its write, and dropped if that transaction
        fails (a refused command leaves no backup); with ``defer_backup`` ``backup_due`` is set and
        the caller takes it (``backup.create_backup(path)``) off its own thread — the window runs
        it as a task, so that a workspace holding large attachments opens at once.
        """
        path = Path(path)
        if read_only:
            return cls(database.connect_read_only(path), path, read_only=True)
        exists = os.path.lexists(path)
        if not exists and not create:
            raise WorkspaceError("workspace.missing", path=path)
        version = database.check_openable(path) if exists else 0
        lock = WorkspaceLock(path, timeout=lock_timeout).acquire() if exclusive else None
        try:
            due = pending = False
            if backup and exists and path.stat().st_size > 0:
                from hopen_desktop.model.backup import create_backup

                if version < database.SCHEMA_VERSION:
                    create_backup(path)  # before migrating
                elif backup_before_write:
                    pending = True
                elif defer_backup:
                    due = True
                else:
                    create_backup(path)  # before the caller writes
            workspace = cls(database.connect(path, create=create), path, lock=lock)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        workspace.backup_due = due
        workspace.backup_pending = pending
        return workspace

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One SQLite transaction. An SQLite failure becomes a ``WorkspaceError`` that says what it
        means (« disque plein », a damaged file…), after the rollback. The backup pending
        (``backup_before_write``) is taken first, and removed again if the transaction fails."""
        if self.read_only:
            raise WorkspaceError("workspace.read_only", name=self.path.name)
        taken = self._take_pending_backup()
        try:
            # The enclosing block's journal rows are written in its scope, before this block's
            # savepoint; this block's rows are written when it succeeds (journal.buffering).
            self.journal.flush()
            with self.db.atomic(), self.journal.buffering():
                yield
        except sqlite3.Error as exc:
            self._drop_backup(taken)
            raise database.translate_error(exc, self.path.name) from exc
        except BaseException:
            self._drop_backup(taken)
            raise
        if taken is not None:
            from hopen_desktop.model.backup import prune_backups

            prune_backups(self.path)

    def _take_pending_backup(self) -> Path | None:
        if not self.backup_pending:
            return None
        from hopen_desktop.model.backup import create_backup

        self.backup_pending = False
        try:
            return create_backup(self.path, prune=False).path
        except WorkspaceError as exc:
            if self.on_backup_failed is not None:
                self.on_backup_failed(exc)
            return None

    def _drop_backup(self, taken: Path | None) -> None:
        """A transaction that took the pending backup failed: nothing was written, so the backup
        goes (it is taken again before the next write)."""
        if taken is not None:
            taken.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                taken.parent.rmdir()  # the backups folder, when this backup was all it held
            self.backup_pending = True

    # ------------------------------------------------------------------ reading

    def establishment(self, establishment_id: int) -> Establishment:
        return self.establishments.get(establishment_id)

    def establishment_by_finess(self, finess: str) -> Establishment | None:
        return self.establishments.by_finess(finess)

    def campaign(self, campaign_id: int) -> Campaign:
        return self.campaigns.get(campaign_id)

    def latest_campaign(self, establishment_id: int) -> Campaign | None:
        return self.campaigns.latest(establishment_id)

    def referential_of(self, campaign: Campaign) -> Referential:
        """The referential ``campaign`` was answered against: the text kept in the workspace under
        its ``referential_sha256`` (parsed once per hash), whatever the files say now (a text
        missing or changed outside is refused); for a campaign without one (its file was missing
        at schema step 0005), the file of its id.
        ``ReferentialError`` when neither can be read (it names the campaign and what to do)."""
        sha256 = campaign.referential_sha256
        if sha256:
            ref = referential_by_sha256(
                sha256, lambda: self.referentials.content(sha256), f"« {campaign.referential_id} »"
            )
            if ref is not None:
                return ref
            # The campaign names a text the workspace no longer holds: a damaged workspace, never
            # silently scored against another text of the same id.
            raise ReferentialError(
                "referential.missing_in_workspace", id=campaign.referential_id, campaign=campaign.id, sha256=sha256[:12]
            )
        try:
            return load_referential(campaign.referential_id)
        except ReferentialError as exc:
            if exc.code != "referential.unknown":
                raise
            known = ", ".join(sorted(available_referentials()))
            raise ReferentialError(
                "referential.campaign_missing", id=campaign.referential_id, campaign=campaign.id, known=known
            ) from exc

    def answer(self, campaign_id: int, indicator: str) -> Answer:
        return self.answers.one(campaign_id, indicator)

    def evidence_item(self, evidence_id: int) -> Evidence:
        return self.evidence.item(evidence_id)

    def file_content(self, sha256: str) -> bytes:
        return self.evidence.file_content(sha256)

    def verify_files(self) -> list[FileProblem]:
        """Recompute every stored file's SHA-256; the files whose content no longer matches."""
        return self.evidence.verify_files()

    def action(self, action_id: int) -> Action:
        return self.actions.get(action_id)

    def verify_journal(self) -> JournalProblem | None:
        """The first problem of the journal (a row changed, removed or inserted; then a record
        changed, added or removed without a journal row), or None."""
        return self.journal.verify()

    def verify_journal_all(self) -> list[JournalProblem]:
        """Every problem of the journal: its chain, then its concordance with the data."""
        return self.journal.verify_all()

    def check_journal(self) -> JournalCheck:
        """What was checked (rows chained, records compared) and every problem found."""
        return self.journal.check()

    def check_journal_anchor(self, head_id: int, head_hash: str) -> JournalProblem | None:
        """Whether the journal still reaches a signed report's anchor (its head then)."""
        return self.journal.check_anchor(head_id, head_hash)

    def setting(self, setting: Setting) -> int:
        return self.settings.get(setting)

    @property
    def max_file_bytes(self) -> int:
        return self.setting(MAX_FILE_MB) * 1024 * 1024

    def check_attachment(self, path: Path, max_bytes: int | None = None) -> int:
        """Check that a file can be attached (readable, within the limit); returns its size."""
        return evidence_ops.check_attachment(self, path, max_bytes)

    def evidence_support(self, campaign_id: int) -> EvidenceSupport:
        """Which evidence counts for which indicator and criterion of the campaign, and how
        (derived or linked), from the register as the campaign sees it (as sealed, when sealed)."""
        from hopen_desktop.model.sealing import campaign_inputs

        campaign = self.campaign(campaign_id)
        establishment, evidence, _ = campaign_inputs(self, campaign)
        return evidence_support(
            self.referential_of(campaign), evidence, campaign_date=campaign.date, in_ght=establishment.in_ght
        )

    def score(self, campaign_id: int) -> CampaignScore:
        from hopen_desktop.model.sealing import campaign_inputs

        campaign = self.campaign(campaign_id)
        establishment, evidence, _ = campaign_inputs(self, campaign)  # as sealed, for a sealed campaign
        return score_campaign(
            self.referential_of(campaign),
            self.answers(campaign_id),
            evidence,
            campaign_date=campaign.date,
            in_ght=establishment.in_ght,
            hn_d2_d3_attained=campaign.hn_d2_d3_attained,
            d2_d3_commitment=campaign.d2_d3_commitment,
        )

    # ------------------------------------------------------------------ writing (through operations)
    # Each runs the operation of the same name and returns its value, dropping what it changed:
    # for scripts, the demo and tests. The window's session runs the operations themselves.

    add_establishment = _value_of(establishment_ops.add_establishment)
    update_establishment = _value_of(establishment_ops.update_establishment)
    delete_establishment = _value_of(establishment_ops.delete_establishment)
    add_campaign = _value_of(campaign_ops.add_campaign)
    update_campaign = _value_of(campaign_ops.update_campaign)
    copy_campaign = _value_of(campaign_ops.copy_campaign)
    delete_campaign = _value_of(campaign_ops.delete_campaign)
    add_evidence = _value_of(evidence_ops.add_evidence)
    update_evidence = _value_of(evidence_ops.update_evidence)
    delete_evidence = _value_of(evidence_ops.delete_evidence)
    attach_bytes = _value_of(evidence_ops.attach_bytes)
    attach_path = _value_of(evidence_ops.attach_path)
    detach_file = _value_of(evidence_ops.detach_file)
    add_action = _value_of(action_ops.add_action)
    update_action = _value_of(action_ops.update_action)
    delete_action = _value_of(action_ops.delete_action)
    set_setting = _value_of(setting_ops.set_setting)

    def save_answer(self, campaign_id: int, answer: Answer) -> Answer:
        """Store ``answer``; returns the previous answer (give it back to ``save_answer`` to undo)."""
        return answer_ops.save_answer(self, campaign_id, answer).value.before
