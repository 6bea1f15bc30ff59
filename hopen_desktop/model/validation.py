"""Checks on values entered by the user or read from an import. Each refusal is a ValidationError
whose French message says what is wrong and what to do."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import replace
from typing import Any

from hopen_desktop.model.entities import ACTIVITIES, LEGAL_STATUS_LABELS, Answer
from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.referential import DOCUMENT_KINDS, EVIDENCE_TYPES, Referential

_FINESS = re.compile(r"(?:\d{2}|2A|2B)\d{7}")


def normalize_finess(value: str) -> str:
    """Strip spaces and upper-case the Corsican 2a/2b."""
    return re.sub(r"\s+", "", value).upper()


def check_finess(value: str) -> str:
    finess = normalize_finess(value)
    if not _FINESS.fullmatch(finess):
        raise ValidationError(
            f"Numéro FINESS « {value} » invalide : il faut 9 caractères, des chiffres, "
            "avec 2A ou 2B en tête pour la Corse (exemple : 750712184 ou 2A0000013).",
            field="finess",
        )
    return finess


def check_name(value: str, what: str = "Le nom") -> str:
    name = value.strip()
    if not name:
        raise ValidationError(f"{what} est obligatoire : saisissez-le.", field="name")
    if len(name) > 300:
        raise ValidationError(f"{what} dépasse 300 caractères : raccourcissez-le.", field="name")
    return name


def check_legal_status(value: object) -> str:
    if not isinstance(value, str) or value not in LEGAL_STATUS_LABELS:
        raise ValidationError(f"Statut juridique « {value} » inconnu : choisissez public, prive ou espic.")
    return value


def check_activities(values: Any) -> tuple[str, ...]:
    if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
        raise ValidationError("Les activités doivent être une liste parmi MCO, SSR, PSY, HAD.")
    unknown = [v for v in values if v not in ACTIVITIES]
    if unknown:
        raise ValidationError(f"Activité inconnue : {', '.join(unknown)}. Choisissez parmi MCO, SSR, PSY, HAD.")
    return tuple(a for a in ACTIVITIES if a in values)


def parse_date(value: Any, what: str = "La date") -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValidationError(
            f"{what} « {value} » est mal formée : écrivez-la sous la forme AAAA-MM-JJ (exemple : 2025-12-31)."
        )
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{what} « {value} » n'existe pas dans le calendrier.") from None


def check_not_future(day: dt.date, what: str = "La date", today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    if day > today:
        raise ValidationError(
            f"{what} {day.strftime('%d/%m/%Y')} est dans le futur : "
            f"saisissez une date au plus tard le {today.strftime('%d/%m/%Y')}.",
            field="date",
        )
    return day


def check_count(value: Any, what: str) -> int | None:
    """A numerator or denominator: None, or an integer >= 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        else:
            raise ValidationError(f"{what} doit être un nombre entier (reçu : « {value} »).")
    if value < 0:
        raise ValidationError(f"{what} ne peut pas être négatif (reçu : {value}).")
    if value > 10**12:
        raise ValidationError(f"{what} est trop grand (reçu : {value}).")
    return int(value)


def check_rate_pair(indicator: str, numerator: int | None, denominator: int | None) -> None:
    if numerator is not None and denominator is not None and numerator > denominator:
        raise ValidationError(
            f"{indicator} : le numérateur ({numerator}) dépasse le dénominateur ({denominator}). "
            "Le numérateur compte une partie du dénominateur : corrigez l'un des deux.",
            field="numerator",
        )


def check_evidence_type(value: Any) -> str:
    if not isinstance(value, str) or value not in EVIDENCE_TYPES:
        known = ", ".join(EVIDENCE_TYPES)
        raise ValidationError(f"Type de preuve inconnu « {value} ». Types reconnus : {known}.")
    return str(value)


def check_evidence_fields(evidence_type: str, fields: Any) -> dict[str, Any]:
    if not isinstance(fields, dict):
        raise ValidationError("Les champs d'une preuve doivent être un objet JSON.")
    if evidence_type == "availability_measurement":
        for key in ("target", "measured"):
            value = fields.get(key)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValidationError(
                    f"Mesure de disponibilité : « {key} » doit être un taux entre 0 et 1 (reçu : {value}).",
                    field=key,
                )
    if evidence_type == "document":
        kind = fields.get("kind")
        if kind is not None and (not isinstance(kind, str) or kind not in DOCUMENT_KINDS):
            raise ValidationError(f"Type de document inconnu « {kind} ». Types reconnus : {', '.join(DOCUMENT_KINDS)}.")
    return dict(fields)


def check_answer(ref: Referential, answer: Answer) -> Answer:
    """Validate an answer against the referential; returns it normalised."""
    if not ref.has_indicator(answer.indicator):
        raise ValidationError(f"Indicateur inconnu « {answer.indicator} » dans le référentiel {ref.id}.")
    ind = ref.indicator(answer.indicator)
    what = f"{ind.id} : le"
    try:
        numerator = check_count(answer.numerator, f"{what} numérateur")
    except ValidationError as exc:
        raise ValidationError(exc.message, field="numerator") from None
    try:
        denominator = check_count(answer.denominator, f"{what} dénominateur")
    except ValidationError as exc:
        raise ValidationError(exc.message, field="denominator") from None
    if not ind.is_rate and (numerator is not None or denominator is not None):
        raise ValidationError(f"{ind.id} est un indicateur d'existence : il n'a ni numérateur ni dénominateur.")
    check_rate_pair(ind.id, numerator, denominator)
    justification = answer.justification.strip()
    if answer.not_applicable and not justification:
        raise ValidationError(
            f"{ind.id} : pour le déclarer non applicable, une justification est obligatoire. "
            "Expliquez pourquoi l'indicateur ne concerne pas l'établissement.",
            field="justification",
        )
    for cid, met in answer.criteria.items():
        try:
            crit = ind.criterion(cid)
        except KeyError:
            raise ValidationError(f"{ind.id} : critère inconnu « {cid} ».") from None
        if crit.is_derived:
            raise ValidationError(
                f"{ind.id} : le critère « {crit.label} » est calculé à partir des preuves ; "
                "il ne se coche pas à la main."
            )
        if not isinstance(met, bool):
            raise ValidationError(f"{ind.id} : le critère « {cid} » doit valoir vrai ou faux.")
    return replace(answer, numerator=numerator, denominator=denominator, justification=justification)
