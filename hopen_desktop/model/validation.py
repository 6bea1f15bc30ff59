"""Checks on values entered by the user or read from an import. Each refusal is a ValidationError
with a message code (``hopen_desktop.model.messages``) saying what is wrong and what to do, and
the ``field`` it belongs to when there is one.

``what`` arguments (the subject of a sentence, « La date de la preuve ») are ``Text`` values of
``messages.SUBJECTS``; a French string is still accepted (and translated when it is a known
subject)."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace
from typing import Any

from hopen_desktop.model.entities import ACTIVITIES, LEGAL_STATUS_LABELS, Answer
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.evidence_types import EVIDENCE_TYPE_DEFS
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.messages import subject
from hopen_desktop.model.referential import Criterion, Indicator, Referential
from hopen_desktop.model.value_rules import (  # noqa: F401 - the rules of values, re-exported
    EARLIEST_DATE,
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    check_not_too_old,
    check_text,
)

#: A subject of a check: a ``Text`` (or, during the transition, French words).
Subject = str | Text

_FINESS = re.compile(r"(?:\d{2}|2A|2B)\d{7}")


def normalize_finess(value: str) -> str:
    """Strip spaces and upper-case the Corsican 2a/2b."""
    return re.sub(r"\s+", "", value).upper()


def check_finess(value: str) -> str:
    finess = normalize_finess(value)
    if not _FINESS.fullmatch(finess):
        raise ValidationError("finess.invalid", field="finess", value=value)
    return finess


def check_name(value: str, what: Subject = "Le nom", field: str = "name") -> str:
    if isinstance(value, str) and len(value.strip()) > SHORT_TEXT_MAX:
        raise ValidationError("name.too_long", field=field, what=subject(what))
    name = check_text(value, what, field)
    if not name:
        raise ValidationError("name.required", field=field, what=subject(what))
    return name


def check_legal_status(value: object) -> str:
    if not isinstance(value, str) or value not in LEGAL_STATUS_LABELS:
        raise ValidationError("legal_status.unknown", field="legal_status", value=value)
    return value


def check_activities(values: Any) -> tuple[str, ...]:
    if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
        raise ValidationError("activities.not_list", field="activities")
    unknown = [v for v in values if v not in ACTIVITIES]
    if unknown:
        raise ValidationError("activities.unknown", field="activities", values=unknown)
    return tuple(a for a in ACTIVITIES if a in values)


def parse_date(value: Any, what: Subject = "La date", field: str = "date") -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValidationError("date.malformed", field=field, what=subject(what), value=value)
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError("date.nonexistent", field=field, what=subject(what), value=value) from None
    return check_not_too_old(day, what, field)


def check_not_future(
    day: dt.date, what: Subject = "La date", today: dt.date | None = None, field: str = "date"
) -> dt.date:
    """A date neither in the future nor before ``EARLIEST_DATE``."""
    check_not_too_old(day, what, field)
    today = today or dt.date.today()
    if day > today:
        raise ValidationError("date.future", field=field, what=subject(what), day=day, today=today)
    return day


def check_count(value: Any, what: Subject, field: str | None = None) -> int | None:
    """A numerator or denominator: None, or an integer >= 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        else:
            raise ValidationError("count.not_integer", field=field, what=subject(what), value=value)
    if value < 0:
        raise ValidationError("count.negative", field=field, what=subject(what), value=value)
    if value > 10**12:
        raise ValidationError("count.too_big", field=field, what=subject(what), value=value)
    return int(value)


def check_rate_pair(indicator: str, numerator: int | None, denominator: int | None) -> None:
    if numerator is not None and denominator is not None and numerator > denominator:
        raise ValidationError(
            "rate.numerator_above_denominator",
            field="numerator",
            indicator=indicator,
            numerator=numerator,
            denominator=denominator,
        )


def check_evidence_type(value: Any) -> str:
    if not isinstance(value, str) or value not in EVIDENCE_TYPE_DEFS:
        raise ValidationError("evidence.type_unknown", field="type", value=value, known=list(EVIDENCE_TYPE_DEFS))
    return str(value)


def check_evidence_fields(evidence_type: str, fields: Any) -> dict[str, Any]:
    """The fields of an item checked against its type's declaration (``evidence_types``)."""
    if not isinstance(fields, dict):
        raise ValidationError("evidence.fields_not_object", field="fields")
    etype = EVIDENCE_TYPE_DEFS.get(evidence_type)
    return etype.validate(fields) if etype else dict(fields)


def check_answer(ref: Referential, answer: Answer, previous: Answer | None = None) -> Answer:
    """Validate an answer against the referential; returns it normalised.

    A prerequisite cannot be declared non applicable; an answer that already was (``previous``,
    stored before that rule) may keep the flag until the user removes it: it scores *non
    renseigné* meanwhile."""
    if not ref.has_indicator(answer.indicator):
        raise ValidationError(
            "answer.indicator_unknown", field="indicator", indicator=answer.indicator, referential=ref.id
        )
    ind = ref.indicator(answer.indicator)
    numerator = check_count(
        answer.numerator, Text(f"{ind.id} : le numérateur", f"{ind.id}: the numerator"), field="numerator"
    )
    denominator = check_count(
        answer.denominator, Text(f"{ind.id} : le dénominateur", f"{ind.id}: the denominator"), field="denominator"
    )
    if not ind.is_rate and (numerator is not None or denominator is not None):
        raise ValidationError("answer.existence_has_counts", field="numerator", indicator=ind.id)
    check_rate_pair(ind.id, numerator, denominator)
    justification = check_text(
        answer.justification,
        Text(f"{ind.id} : la justification", f"{ind.id}: the justification"),
        "justification",
        multiline=True,
    )
    check_text(answer.comment, Text(f"{ind.id} : le commentaire", f"{ind.id}: the comment"), "comment", multiline=True)
    if answer.not_applicable and not justification:
        raise ValidationError("answer.justification_required", field="justification", indicator=ind.id)
    if answer.not_applicable and ref.group(ind.group).is_prerequisite and not (previous and previous.not_applicable):
        raise ValidationError("answer.prerequisite_not_applicable", field="not_applicable", indicator=ind.id)
    for cid, met in answer.criteria.items():
        crit = _manual_criterion(ind, cid)
        if not isinstance(met, bool):
            raise ValidationError("answer.criterion_not_bool", field="criteria", indicator=ind.id, criterion=cid)
    criteria_na: dict[str, str] = {}
    for cid, why in answer.criteria_na.items():
        crit = _manual_criterion(ind, cid)
        if not crit.conditional:
            raise ValidationError(
                "answer.criterion_not_conditional", field="criteria", indicator=ind.id, label=crit.label
            )
        text = check_text(
            why,
            Text(f"{ind.id} : la justification du critère", f"{ind.id}: the criterion's justification"),
            "criteria",
            multiline=True,
        )
        if not text:
            raise ValidationError(
                "answer.criterion_justification_required", field="criteria", indicator=ind.id, label=crit.label
            )
        criteria_na[cid] = text
    # A criterion declared non applicable is not also ticked.
    criteria = {cid: met for cid, met in answer.criteria.items() if cid not in criteria_na}
    return replace(
        answer,
        numerator=numerator,
        denominator=denominator,
        justification=justification,
        criteria=criteria,
        criteria_na=criteria_na,
    )


def _manual_criterion(ind: Indicator, cid: object) -> Criterion:
    """The criterion ``cid`` of ``ind``, refused when unknown or computed from the evidence."""
    try:
        crit = ind.criterion(str(cid))
    except KeyError:
        raise ValidationError("answer.criterion_unknown", field="criteria", indicator=ind.id, criterion=cid) from None
    if crit.is_derived:
        raise ValidationError("answer.criterion_derived", field="criteria", indicator=ind.id, label=crit.label)
    return crit
