"""Domain records, as read from the workspace. Immutable; no Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from hopen_desktop.model.i18n import Text, texts


class LegalStatus(StrEnum):
    PUBLIC = "public"
    PRIVE = "prive"
    ESPIC = "espic"


#: Labels of the legal statuses, declared once.
LEGAL_STATUS_TEXTS: dict[str, Text] = {
    LegalStatus.PUBLIC: Text("Public", "Public"),
    LegalStatus.PRIVE: Text("Privé", "Private"),
    LegalStatus.ESPIC: Text("ESPIC", "ESPIC"),
}
#: The French labels (reports and workbook); the keys are the valid statuses.
LEGAL_STATUS_LABELS: dict[str, str] = texts(LEGAL_STATUS_TEXTS, "fr")


def legal_status_label(status: str, language: str | None = None) -> str:
    found = LEGAL_STATUS_TEXTS.get(status)
    return found.text(language) if found else status


ACTIVITIES: tuple[str, ...] = ("MCO", "SSR", "PSY", "HAD")


@dataclass(frozen=True)
class Establishment:
    id: int
    finess: str
    name: str
    legal_status: str
    activities: tuple[str, ...]
    ght: str | None
    ght_support: bool
    #: « FINESS provisoire »: the number is not known yet (or not sure). ``finess`` is then a
    #: placeholder ``PROV-…`` or a number whose key was not checked; shown « (provisoire) ».
    finess_provisional: bool = False

    @property
    def in_ght(self) -> bool:
        return bool(self.ght)

    def finess_label(self, language: str | None = None) -> str:
        """The FINESS as shown to users: « PROV-1A2B3C4D (provisoire) » for a provisional one."""
        return finess_label(self.finess, self.finess_provisional, language)

    def data(self) -> EstablishmentData:
        """What the user entered for it (to change it: ``update_establishment``)."""
        return EstablishmentData(
            self.finess,
            self.name,
            self.legal_status,
            self.activities,
            self.ght,
            self.ght_support,
            self.finess_provisional,
        )


#: The mark of a provisional FINESS, declared once (lists, headers, report cover, workbook).
PROVISIONAL_FINESS = Text("provisoire", "provisional")


def finess_label(finess: str, provisional: bool, language: str | None = None) -> str:
    return f"{finess} ({PROVISIONAL_FINESS.text(language)})" if provisional else finess


@dataclass(frozen=True)
class EstablishmentData:
    """What the user enters for an establishment (before it has an id)."""

    finess: str
    name: str
    legal_status: str = "public"
    activities: tuple[str, ...] = ()
    ght: str | None = None
    ght_support: bool = False
    #: « FINESS provisoire »: the key is not checked and ``finess`` may be left empty (a unique
    #: placeholder ``PROV-…`` is then stored). Unticked, a real number is required again.
    finess_provisional: bool = False


@dataclass(frozen=True)
class Campaign:
    id: int
    establishment_id: int
    date: dt.date
    referential_id: str
    referential_version: str
    auditor: str
    hn_d2_d3_attained: bool
    #: When the campaign was sealed (UTC timestamp, as ``created_at``), None while editable.
    sealed_at: str | None = None
    #: The seal of the signed report it was sealed with, stored as given (at least
    #: ``report_id`` and ``content_sha256``); None while editable. Not part of the hash.
    seal: dict[str, Any] | None = field(default=None, hash=False)
    #: The campaign this one is a new version of (« Nouvelle version »), if any.
    predecessor_id: int | None = None
    #: The establishment commits to domains D2 or D3 jointly with D7 (seed 004: « s'engager sur
    #: ces domaines D2 ou D3 de façon conjointe »): D7 is then eligible « sous réserve ».
    d2_d3_commitment: bool = False
    #: The SHA-256 of the referential text it was answered against, kept in the workspace
    #: (``ws.referential_of``); None for a campaign older than schema step 0005 whose
    #: referential file was missing then (read from the file of its id).
    referential_sha256: str | None = None

    @property
    def sealed(self) -> bool:
        """Whether the campaign is frozen by a seal: no change to it is accepted any more."""
        return self.sealed_at is not None


@dataclass(frozen=True)
class Answer:
    """The answer to one indicator in one campaign. ``criteria`` holds manual criteria only."""

    indicator: str
    numerator: int | None = None
    denominator: int | None = None
    not_applicable: bool = False
    justification: str = ""
    comment: str = ""
    criteria: dict[str, bool] = field(default_factory=dict)
    #: Conditional criteria (``Criterion.conditional``) answered « non applicable », with the
    #: justification of each.
    criteria_na: dict[str, str] = field(default_factory=dict)
    #: The period the figures of a rate were measured over (« période mesurée du … au … ») and
    #: where they come from (« source » : an extraction of the patient record…); rate
    #: indicators only, all optional (schema step 0006).
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    source: str = ""

    @property
    def has_measurement(self) -> bool:
        """Whether the measurement period or the source of a rate is given."""
        return self.period_start is not None or self.period_end is not None or bool(self.source)

    def measurement_text(self, language: str | None = None) -> str:
        """The measurement in words: « du 01/01/2025 au 30/06/2025 — source : extraction DPI »
        (« depuis le … », « jusqu'au … » when one date is missing); "" when nothing is given."""
        from hopen_desktop.model.formatting import format_date
        from hopen_desktop.model.i18n import resolve

        en = resolve(language) == "en"
        start, end = format_date(self.period_start), format_date(self.period_end)
        if start and end:
            period = f"from {start} to {end}" if en else f"du {start} au {end}"
        elif start:
            period = f"since {start}" if en else f"depuis le {start}"
        elif end:
            period = f"until {end}" if en else f"jusqu'au {end}"
        else:
            period = ""
        source = (f"source: {self.source}" if en else f"source : {self.source}") if self.source else ""
        return " — ".join(part for part in (period, source) if part)

    @property
    def is_empty(self) -> bool:
        return (
            self.numerator is None
            and self.denominator is None
            and not self.has_measurement
            and not self.not_applicable
            and not self.justification
            and not self.comment
            and not self.criteria
            and not self.criteria_na
        )


@dataclass(frozen=True)
class EvidenceFile:
    id: int
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class EvidenceLink:
    indicator: str
    criterion: str | None = None


@dataclass(frozen=True)
class Evidence:
    id: int
    establishment_id: int
    type: str
    date: dt.date
    title: str
    fields: dict[str, Any]
    files: tuple[EvidenceFile, ...] = ()
    links: tuple[EvidenceLink, ...] = ()


class ActionStatus(StrEnum):
    A_FAIRE = "a_faire"
    EN_COURS = "en_cours"
    FAIT = "fait"
    ABANDONNE = "abandonne"


#: Labels of the action statuses, declared once, in the order the interface lists them.
ACTION_STATUS_TEXTS: dict[str, Text] = {
    ActionStatus.A_FAIRE: Text("À faire", "To do"),
    ActionStatus.EN_COURS: Text("En cours", "In progress"),
    ActionStatus.FAIT: Text("Fait", "Done"),
    ActionStatus.ABANDONNE: Text("Abandonné", "Abandoned"),
}
#: The French labels (reports and workbook); the keys are the valid statuses.
ACTION_STATUS_LABELS: dict[str, str] = texts(ACTION_STATUS_TEXTS, "fr")


def action_status_label(status: str, language: str | None = None) -> str:
    found = ACTION_STATUS_TEXTS.get(status)
    return found.text(language) if found else status


@dataclass(frozen=True)
class Action:
    id: int
    establishment_id: int
    campaign_id: int | None
    indicator: str | None
    criterion: str | None
    title: str
    owner: str
    due_date: dt.date | None
    status: str
    notes: str


@dataclass(frozen=True)
class JournalEntry:
    id: int
    at: str
    campaign_id: int | None
    entity: str
    key: str
    old: str | None
    new: str | None
    #: The record the row is about (``e1/c2/a/P1.3``…) and its content hash after the change
    #: ("" when it no longer exists); None on rows written before schema 0002.
    record: str | None = None
    state: str | None = None
    #: Who made the change (the « Votre nom » preference, ``--author`` or HOPEN_AUTHOR); None on
    #: rows written without a name, and on every row written before schema step 0006.
    author: str | None = None
