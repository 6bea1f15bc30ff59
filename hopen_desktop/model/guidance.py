"""The plain-language guidance of an indicator (« En clair », « Comment compter », « Preuves ») and
the application's reading of the instruction (« Lecture appliquée ») in the reader's language.

A referential's text is French and hashed (a campaign keeps the exact text it was answered
against): its translations are not in it. They live beside it, one file per referential and
language, ``resources/translations/guidance/<referential id>.<language>.json``, holding for each
indicator its ``asked``, ``counting`` and ``proofs``, and for each criterion read by the application
its ``readings``. Only the guidance is translated: the
official wording (labels, targets, definitions, criteria, the instruction's quotations) stays
French, and the window marks it as such. An indicator with no translation keeps its French
guidance. The reports, which are French documents, read the referential's guidance directly."""

from __future__ import annotations

import json
import logging
from functools import cache
from typing import Any

from hopen_desktop.model.i18n import resolve
from hopen_desktop.model.referential import Criterion, Guidance, Indicator
from hopen_desktop.resources import resource_path

log = logging.getLogger(__name__)

FORMAT = "hopen-desktop/guidance-translation"


@cache
def _document(referential_id: str, language: str) -> dict[str, Any]:
    path = resource_path("translations", "guidance", f"{referential_id}.{language}.json")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("unreadable guidance translation %s", path.name, exc_info=True)
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        log.warning("not a guidance translation: %s", path.name)
        return {}
    return document


@cache
def translations(referential_id: str, language: str) -> dict[str, Guidance]:
    """The translated guidance of a referential's indicators (empty when there is none)."""
    document = _document(referential_id, language)
    found: dict[str, Guidance] = {}
    for indicator_id, item in (document.get("indicators") or {}).items():
        if not isinstance(item, dict) or not isinstance(item.get("asked"), str):
            continue
        proofs = item.get("proofs") or []
        found[indicator_id] = Guidance(
            asked=item["asked"],
            counting=str(item.get("counting") or ""),
            proofs=tuple(str(p) for p in proofs if isinstance(p, str)),
        )
    return found


def guidance_of(referential_id: str, indicator: Indicator, language: str | None = None) -> Guidance:
    """The guidance of ``indicator`` in ``language`` (the current one by default): the referential's
    own in French, else its translation when there is one, else the French."""
    chosen = resolve(language)
    if chosen == "fr":
        return indicator.guidance
    return translations(referential_id, chosen).get(indicator.id, indicator.guidance)


def is_translated(referential_id: str, indicator: Indicator, language: str | None = None) -> bool:
    """Whether the guidance shown in ``language`` is in that language (French always is)."""
    chosen = resolve(language)
    return chosen == "fr" or indicator.id in translations(referential_id, chosen)


def reading_of(referential_id: str, criterion: Criterion, language: str | None = None) -> tuple[str, bool]:
    """The application's reading of the instruction for ``criterion`` in ``language``, and whether
    it is in that language (the French reading is kept when there is no translation)."""
    chosen = resolve(language)
    if chosen == "fr" or not criterion.reading:
        return criterion.reading, True
    readings = _document(referential_id, chosen).get("readings") or {}
    text = readings.get(criterion.id)
    return (text, True) if isinstance(text, str) and text else (criterion.reading, False)
