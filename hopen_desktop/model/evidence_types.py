"""Evidence types, declared once: each type's key, its label in French and English, its fields
(name, label, type, required, unit, bounds, choices), how its fields are checked, and how each
is printed.

The form (``ui/evidence/dialog.py``) builds its widgets from ``fields``; the register shows
``label``; ``validation.check_evidence_fields`` runs ``validate``; the PDF report and the
workbook print ``printable_fields`` (a label and a formatted value, never a raw key). The keys
are those of the exchange format (docs/exchange-format.md); fields not declared here are kept as
they are.

Adding a type: declare it below (and, when a derived criterion uses it, name it in the
referential's data file).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hopen_desktop.model.entities import Evidence
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.formatting import format_date, format_number, format_percent
from hopen_desktop.model.i18n import Text, resolve
from hopen_desktop.model.value_rules import check_not_too_old, check_text


class FieldType(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    DATE = "date"  # stored "AAAA-MM-JJ", printed 07/01/2025
    NUMBER = "number"  # int or float, with ``unit`` and bounds
    PERCENT = "percent"  # a rate stored between 0 and 1, typed and printed as a percentage
    DURATION = "duration"  # free text such as « 3 h 10 » (kept as typed)
    YES_NO = "yes_no"  # true / false
    CHOICE = "choice"  # one key of ``choices``


@dataclass(frozen=True)
class Choice:
    key: str
    label: Text


@dataclass(frozen=True)
class FieldDef:
    """One field of an evidence type. ``label`` may hold one ``&`` marking the form's shortcut
    letter; ``title`` is the label without it."""

    name: str
    label: Text
    type: FieldType
    required: bool = False
    unit: Text | None = None
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Choice, ...] = ()
    #: An example shown in an empty form field.
    hint: Text | None = None

    def title(self, language: str | None = None) -> str:
        return self.label.text(language).replace("&", "")

    def form_label(self, language: str | None = None) -> str:
        """« &Participants : » / "&Participants:"; with its unit: « Taux &cible (%) : »."""
        text = self.label.text(language)
        if self.unit is not None:
            text += f" ({self.unit.text(language)})"
        return text + (":" if resolve(language) == "en" else " :")

    def choice_label(self, key: object, language: str | None = None) -> str | None:
        for choice in self.choices:
            if choice.key == key:
                return choice.label.text(language)
        return None

    def format(self, value: Any, language: str | None = None) -> str:
        """The value as a reader sees it, with its unit; "" when empty."""
        if value is None or value == "":
            return ""
        if self.type == FieldType.PERCENT and _is_number(value):
            return format_percent(value, decimals=2, language=language)
        if self.type == FieldType.NUMBER and _is_number(value):
            text = format_number(value, language=language)
            return f"{text} {self.unit.text(language)}" if self.unit else text
        if self.type == FieldType.DATE and isinstance(value, str):
            try:
                return format_date(dt.date.fromisoformat(value), language)
            except ValueError:
                return value
        if self.type == FieldType.YES_NO and isinstance(value, bool):
            return ("yes" if value else "no") if resolve(language) == "en" else ("oui" if value else "non")
        if self.type == FieldType.CHOICE:
            return self.choice_label(value, language) or str(value)
        return str(value)


#: A check across several fields of one item: returns the refusal, or None.
CrossCheck = Callable[["EvidenceType", Mapping[str, Any]], ValidationError | None]


@dataclass(frozen=True)
class EvidenceType:
    key: str
    label: Text
    fields: tuple[FieldDef, ...] = ()
    checks: tuple[CrossCheck, ...] = ()
    #: An example of a title, shown in the form's empty « Titre » field (one per type).
    title_hint: Text | None = None

    def field(self, name: str) -> FieldDef | None:
        return next((f for f in self.fields if f.name == name), None)

    def title(self, language: str | None = None) -> str:
        return self.label.text(language)

    def validate(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Check the declared fields (None means absent; undeclared fields are kept as they
        are). Raises ValidationError with ``field`` set to the refused field."""
        for f in self.fields:
            _check_field(self, f, values.get(f.name))
        for check in self.checks:
            refusal = check(self, values)
            if refusal is not None:
                raise refusal
        return dict(values)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_field(etype: EvidenceType, f: FieldDef, value: Any) -> None:
    if value is None:
        if f.required:
            raise _refusal("evidence.field_required", etype, f)
        return
    if f.type in (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.DURATION):
        if not isinstance(value, str):
            raise _refusal("evidence.text_expected", etype, f, value=value)
        check_text(value, f.label, f.name, multiline=f.type == FieldType.LONG_TEXT)
        if f.required and not value.strip():
            raise _refusal("evidence.field_required", etype, f)
    elif f.type == FieldType.DATE:
        day = None
        if isinstance(value, str) and _ISO_DATE.fullmatch(value) is not None:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                day = None
        if day is None:
            raise _refusal("evidence.date_expected", etype, f, value=value)
        check_not_too_old(day, f.label, f.name)
    elif f.type == FieldType.PERCENT:
        if not _is_number(value) or not 0 <= value <= 1:
            raise _refusal("evidence.rate_out_of_range", etype, f, value=value)
    elif f.type == FieldType.NUMBER:
        low = -math.inf if f.minimum is None else f.minimum
        high = math.inf if f.maximum is None else f.maximum
        if not _is_number(value) or not low <= value <= high:
            raise _refusal("evidence.number_out_of_range", etype, f, value=value, minimum=f.minimum, maximum=f.maximum)
    elif f.type == FieldType.YES_NO:
        if not isinstance(value, bool):
            raise _refusal("evidence.yes_no_expected", etype, f, value=value)
    elif f.type == FieldType.CHOICE and (not isinstance(value, str) or f.choice_label(value) is None):
        raise ValidationError(
            "document.kind_unknown", field=f.name, kind=value, known=", ".join(c.key for c in f.choices)
        )


class _FieldTitle:
    """A field's label as a message parameter (rendered in the message's language)."""

    def __init__(self, f: FieldDef) -> None:
        self.f = f

    def text(self, language: str | None = None) -> str:
        return self.f.title(language)


def _refusal(code: str, etype: EvidenceType, f: FieldDef, **params: Any) -> ValidationError:
    return ValidationError(code, field=f.name, type=etype.label, label=_FieldTitle(f), **params)


def _period_in_order(etype: EvidenceType, values: Mapping[str, Any]) -> ValidationError | None:
    start, end = values.get("period_start"), values.get("period_end")
    if isinstance(start, str) and isinstance(end, str) and start > end:
        return ValidationError("date.period_reversed", field="period_end")
    return None


# ---------------------------------------------------------------------------- the declaration

_T = Text

_PERCENT_UNIT = _T("%", "%")
_MEETING = (
    FieldDef("participants", _T("&Participants", "&Participants"), FieldType.LONG_TEXT),
    FieldDef("decisions", _T("Dé&cisions", "De&cisions"), FieldType.LONG_TEXT),
)
_PERIOD = (
    FieldDef("period_start", _T("Début de la &période couverte", "&Start of the period covered"), FieldType.DATE),
    FieldDef("period_end", _T("Fin de la période co&uverte", "&End of the period covered"), FieldType.DATE),
)

DOCUMENT_KIND_CHOICES: tuple[Choice, ...] = (
    Choice("pssi", _T("Politique de sécurité (PSSI)", "Security policy (PSSI)")),
    Choice("risk_analysis", _T("Analyse des risques", "Risk analysis")),
    Choice("ssi_action_plan", _T("Plan d'action SSI", "IS security action plan")),
    Choice("it_charter", _T("Charte informatique", "IT charter")),
    Choice("patient_information", _T("Information des patients", "Patient information")),
    Choice("processing_register", _T("Registre des traitements", "Register of processing activities")),
    Choice("incident_procedure", _T("Procédure de remontée des incidents", "Incident-reporting procedure")),
    Choice("other", _T("Autre", "Other")),
)

_TYPES: tuple[EvidenceType, ...] = (
    EvidenceType(
        "rssi_direction_meeting",
        _T("Réunion RSSI / Direction", "CISO / Management meeting"),
        _MEETING,
        title_hint=_T("Comité sécurité RSSI / Direction du 12 mars", "CISO / Management security committee, 12 March"),
    ),
    EvidenceType(
        "civ_meeting",
        _T("Réunion de la cellule d'identitovigilance (CIV)", "Identity-vigilance unit (CIV) meeting"),
        _MEETING,
        title_hint=_T("Réunion de la CIV du 5 février", "CIV meeting, 5 February"),
    ),
    EvidenceType(
        "civ_activity_report",
        _T("Rapport d'activité de la CIV", "CIV activity report"),
        _PERIOD,
        (_period_in_order,),
        title_hint=_T("Rapport d'activité 2025 de la CIV", "CIV activity report for 2025"),
    ),
    EvidenceType(
        "dpo_activity_report",
        _T("Rapport d'activité du DPO", "DPO activity report"),
        _PERIOD,
        (_period_in_order,),
        title_hint=_T("Rapport d'activité du DPO, 1er semestre 2025", "DPO activity report, first half of 2025"),
    ),
    EvidenceType(
        "pra_test",
        _T("Test du plan de reprise d'activité (PRA)", "Disaster recovery plan (DRP) test"),
        (
            FieldDef("scenario", _T("S&cénario", "S&cenario"), FieldType.LONG_TEXT),
            FieldDef("result", _T("Rés&ultat", "Res&ult"), FieldType.LONG_TEXT),
            FieldDef(
                "rto_observed",
                _T("Durée d'&interruption observée (RTO)", "Observed &interruption (RTO)"),
                FieldType.DURATION,
                hint=_T("exemple : 3 h 10", "example: 3 h 10"),
            ),
            FieldDef(
                "rpo_observed",
                _T("&Perte de données observée (RPO)", "Observed data &loss (RPO)"),
                FieldType.DURATION,
                hint=_T("exemple : 15 min", "example: 15 min"),
            ),
        ),
        title_hint=_T("Test de bascule du PRA sur le site de secours", "DRP failover test to the backup site"),
    ),
    EvidenceType(
        "external_security_audit",
        _T("Attestation d'audit de sécurité externe", "External security audit certificate"),
        (
            FieldDef("provider", _T("&Prestataire", "&Provider"), FieldType.TEXT),
            FieldDef("scope", _T("Péri&mètre", "Sco&pe"), FieldType.LONG_TEXT),
        ),
        title_hint=_T("Attestation d'audit de sécurité externe 2025", "External security audit certificate, 2025"),
    ),
    EvidenceType(
        "availability_measurement",
        _T("Mesure du taux de disponibilité", "Availability measurement"),
        (
            FieldDef(
                "target", _T("Taux &cible", "&Target rate"), FieldType.PERCENT, unit=_PERCENT_UNIT, minimum=0, maximum=1
            ),
            FieldDef("method", _T("&Méthode de mesure", "Measurement &method"), FieldType.LONG_TEXT),
            FieldDef(
                "measured",
                _T("Taux mes&uré", "Meas&ured rate"),
                FieldType.PERCENT,
                unit=_PERCENT_UNIT,
                minimum=0,
                maximum=1,
            ),
        ),
        title_hint=_T("Disponibilité du dossier patient, année 2025", "Patient record availability, year 2025"),
    ),
    EvidenceType(
        "document",
        _T("Document", "Document"),
        (
            FieldDef(
                "kind", _T("Nat&ure du document", "Doc&ument kind"), FieldType.CHOICE, choices=DOCUMENT_KIND_CHOICES
            ),
            FieldDef("review_date", _T("Date de ré&vision", "Re&view date"), FieldType.DATE),
        ),
        title_hint=_T("PSSI version 3, validée par la direction", "Security policy version 3, approved by management"),
    ),
)

#: Every evidence type, by key, in the order the interface lists them.
EVIDENCE_TYPE_DEFS: dict[str, EvidenceType] = {t.key: t for t in _TYPES}


def evidence_type(key: str) -> EvidenceType | None:
    return EVIDENCE_TYPE_DEFS.get(key)


def type_label(key: str, language: str | None = None) -> str:
    """The label of an evidence type; the key itself for a type this version does not know."""
    found = EVIDENCE_TYPE_DEFS.get(key)
    return found.title(language) if found else key


def title_hint(key: str, language: str | None = None) -> str:
    """The example title of an evidence type (« » for a type this version does not know)."""
    found = EVIDENCE_TYPE_DEFS.get(key)
    return found.title_hint.text(language) if found is not None and found.title_hint is not None else ""


def type_labels(language: str | None = None) -> dict[str, str]:
    return {key: t.title(language) for key, t in EVIDENCE_TYPE_DEFS.items()}


def document_kind_labels(language: str | None = None) -> dict[str, str]:
    return {c.key: c.label.text(language) for c in DOCUMENT_KIND_CHOICES}


def kind_label(e: Evidence, language: str | None = None) -> str:
    """What the item is: its type, and for a document its nature (« Document — Analyse des
    risques »)."""
    label = type_label(e.type, language)
    etype = EVIDENCE_TYPE_DEFS.get(e.type)
    kind = etype.field("kind") if etype else None
    if kind is not None and kind.type == FieldType.CHOICE:
        nature = kind.choice_label(e.fields.get("kind"), language)
        if nature:
            label += " — " + nature
    return label


def printable_fields(e: Evidence, language: str | None = None, *, with_kind: bool = True) -> list[tuple[str, str]]:
    """The fields of an item as (label, text) pairs to print: declared fields first in their
    order, with their formatted values (dates 07/01/2025, percentages with their sign, choices
    by their label); then fields this version does not declare, named as such. Empty values
    are left out. Never a raw key as a label. ``with_kind=False`` leaves out the nature of a
    document, for a place that already shows ``kind_label``."""
    etype = EVIDENCE_TYPE_DEFS.get(e.type)
    declared = etype.fields if etype else ()
    rows: list[tuple[str, str]] = []
    for f in declared:
        if not with_kind and f.type == FieldType.CHOICE:
            continue  # already said by ``kind_label`` (« Document — Politique de sécurité »)
        text = f.format(e.fields.get(f.name), language)
        if text:
            rows.append((f.title(language), text))
    names = {f.name for f in declared}
    english = resolve(language) == "en"
    for key, value in sorted(e.fields.items()):
        if key in names or value in (None, "", [], {}):
            continue
        label = f"Other field “{key}”" if english else f"Autre champ « {key} »"
        rows.append((label, str(value)))
    return rows
