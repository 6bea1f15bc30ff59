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

from hopen_desktop.model import messages
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
#: The placeholder stored for a provisional establishment whose FINESS is not known yet:
#: ``PROV-`` and 8 random upper-case hexadecimal digits (``new_provisional_finess``).
_PROVISIONAL = re.compile(r"PROV-[0-9A-F]{8}")
PROVISIONAL_PREFIX = "PROV-"


def normalize_finess(value: str) -> str:
    """Strip spaces and upper-case the Corsican 2a/2b."""
    return re.sub(r"\s+", "", value).upper()


def finess_key_ok(finess: str) -> bool:
    """Whether the last digit of a (well-formed) FINESS number is its key: the Luhn check over the
    nine digits (750000002 passes, 750000001 does not).

    Corsica: the FINESS register documents no rule for the key of the numbers starting with 2A or
    2B (the register's own schema, ansforge/finess ``schema-structures-v1.json``, defines a FINESS
    as « alphanumérique sur 9 caractères » and nothing more; the 2A → 19, 2B → 18 substitution
    that is sometimes seen belongs to the NIR, not to FINESS). Those numbers are therefore accepted
    on their format alone, and the guide says so."""
    if not finess.isdigit():
        return True  # 2A/2B: format alone (see above)
    total = 0
    for position, char in enumerate(reversed(finess)):
        digit = int(char)
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def finess_with_key(first_eight: str) -> str:
    """The FINESS number made of ``first_eight`` digits and the key that makes it valid (tests,
    benchmarks and demo data build their numbers with it)."""
    for key in "0123456789":
        if finess_key_ok(first_eight + key):
            return first_eight + key
    raise ValueError(first_eight)  # pragma: no cover - one of the ten keys always fits


def is_provisional_placeholder(value: str) -> bool:
    """Whether ``value`` is a placeholder ``PROV-…`` given to an establishment without FINESS."""
    return bool(_PROVISIONAL.fullmatch(value))


def check_finess_format(value: str) -> str:
    """The FINESS number normalised, its shape checked (9 characters, 2A/2B for Corsica), its key
    not: what a number already stored must satisfy (a workspace written before the key was
    checked may hold one with a wrong key; it is still read, scored, reported and exported)."""
    finess = normalize_finess(value)
    if not finess:
        raise ValidationError("finess.missing", field="finess")
    if not _FINESS.fullmatch(finess):
        raise ValidationError("finess.invalid", field="finess", value=value)
    return finess


def check_finess(value: str) -> str:
    """A FINESS number entered or imported: its shape and its key (Luhn)."""
    finess = check_finess_format(value)
    if not finess_key_ok(finess):
        raise ValidationError("finess.bad_key", field="finess", value=finess)
    return finess


def check_provisional_finess(value: str) -> str:
    """The FINESS of an establishment marked « FINESS provisoire »: empty (a placeholder is given
    by the operation), a placeholder ``PROV-…``, or a number of the right shape whose key is not
    checked (the user is not sure of it yet)."""
    finess = normalize_finess(value)
    if not finess or is_provisional_placeholder(finess):
        return finess
    if not _FINESS.fullmatch(finess):
        raise ValidationError("finess.invalid_provisional", field="finess", value=value)
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
    period_start, period_end, source = check_measurement(ind, answer)
    return replace(
        answer,
        numerator=numerator,
        denominator=denominator,
        justification=justification,
        criteria=criteria,
        criteria_na=criteria_na,
        period_start=period_start,
        period_end=period_end,
        source=source,
    )


def check_measurement(
    ind: Indicator, answer: Answer, today: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None, str]:
    """The measurement period (« du … au … ») and the data source of a rate answer, checked:
    each date optional, neither in the future nor before ``EARLIEST_DATE``, the start not after
    the end; the source a one-line text. An existence indicator takes none of them. A date may be
    given as ``AAAA-MM-JJ`` (an import)."""
    start = _optional_date(
        answer.period_start,
        Text(f"{ind.id} : le début de la période mesurée", f"{ind.id}: the start of the measurement period"),
        "period_start",
        today,
    )
    end = _optional_date(
        answer.period_end,
        Text(f"{ind.id} : la fin de la période mesurée", f"{ind.id}: the end of the measurement period"),
        "period_end",
        today,
    )
    source = check_text(
        answer.source if answer.source is not None else "",
        Text(f"{ind.id} : la source des données", f"{ind.id}: the data source"),
        "source",
    )
    if not ind.is_rate and (start is not None or end is not None or source):
        raise ValidationError("answer.measurement_not_rate", field="period_start", indicator=ind.id)
    if start is not None and end is not None and start > end:
        raise ValidationError("answer.period_reversed", field="period_end", indicator=ind.id, start=start, end=end)
    return start, end, source


def _optional_date(value: Any, what: Subject, field: str, today: dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    return check_not_future(parse_date(value, what, field), what, today, field)


def _manual_criterion(ind: Indicator, cid: object) -> Criterion:
    """The criterion ``cid`` of ``ind``, refused when unknown or computed from the evidence."""
    try:
        crit = ind.criterion(str(cid))
    except KeyError:
        raise ValidationError("answer.criterion_unknown", field="criteria", indicator=ind.id, criterion=cid) from None
    if crit.is_derived:
        raise ValidationError("answer.criterion_derived", field="criteria", indicator=ind.id, label=crit.label)
    return crit


def check_author(value: Any) -> str | None:
    """The name of the person making the changes (« Votre nom », ``--author``, HOPEN_AUTHOR),
    written on each journal row: a one-line text, None when empty."""
    if value is None:
        return None
    return check_text(value, messages.AUTHOR, "author") or None
