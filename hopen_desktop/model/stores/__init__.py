"""The workspace's records, one store per kind, in the way Anki's collection hands work to
``col.decks`` and ``col.models``: ``ws.establishments``, ``ws.campaigns``, ``ws.answers``,
``ws.evidence``, ``ws.actions``, ``ws.journal``, ``ws.settings``.

A store holds the SQL of its tables: it reads rows into domain objects and writes rows. It never
opens a transaction, validates input or writes journal rows: that is the job of the operations
(``hopen_desktop.model.operations``), which combine stores inside one transaction. Each store is
callable for its usual listing (``ws.answers(campaign_id)``, ``ws.evidence(establishment_id)``)
so that the Workspace methods of the same name keep working.
"""

from hopen_desktop.model.stores.actions import ActionStore
from hopen_desktop.model.stores.answers import AnswerStore
from hopen_desktop.model.stores.campaigns import CampaignStore
from hopen_desktop.model.stores.establishments import EstablishmentStore
from hopen_desktop.model.stores.evidence import EvidenceStore, FileProblem
from hopen_desktop.model.stores.journal import (
    GENESIS_HASH,
    JournalCheck,
    JournalProblem,
    JournalStore,
    journal_row_hash,
)
from hopen_desktop.model.stores.referentials import ReferentialStore
from hopen_desktop.model.stores.settings import SettingStore

__all__ = [
    "GENESIS_HASH",
    "ActionStore",
    "AnswerStore",
    "CampaignStore",
    "EstablishmentStore",
    "EvidenceStore",
    "FileProblem",
    "JournalCheck",
    "JournalProblem",
    "JournalStore",
    "ReferentialStore",
    "SettingStore",
    "journal_row_hash",
]
