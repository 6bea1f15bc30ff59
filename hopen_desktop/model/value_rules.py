"""The bounds every value meets, at every entry point (form, JSON, bundle, workbook): a value that
passes them never breaks ``score``, ``report`` or an export (a 1 MB comment, the year 1 and a NUL
byte in a name all did). Used by ``validation`` and by the evidence-type declarations."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import Text
from hopen_desktop.model.messages import subject

#: A subject of a check: a ``Text`` (or, during the transition, French words).
Subject = str | Text

SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 20_000
EARLIEST_DATE = dt.date(1990, 1, 1)
#: Control characters: none in a one-line text; tabs and line breaks only in a long one.
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_text(
    value: Any,
    what: Subject,
    field: str | None = None,
    *,
    multiline: bool = False,
    max_length: int | None = None,
) -> str:
    """A text entered or imported, stripped: refused when it is not a text, holds malformed
    Unicode (a lone surrogate) or control characters (line breaks only in a ``multiline`` one), or
    is longer than ``max_length`` (by default ``SHORT_TEXT_MAX``, or ``LONG_TEXT_MAX`` when
    ``multiline``)."""
    if not isinstance(value, str):
        raise ValidationError("text.expected", field=field, what=subject(what))
    if _SURROGATE.search(value):
        raise ValidationError("text.invalid_characters", field=field, what=subject(what))
    if (_CONTROL_MULTILINE if multiline else _CONTROL_ONE_LINE).search(value):
        raise ValidationError("text.control_characters", field=field, what=subject(what))
    text = value.strip()
    limit = max_length if max_length is not None else LONG_TEXT_MAX if multiline else SHORT_TEXT_MAX
    if len(text) > limit:
        raise ValidationError("text.too_long", field=field, what=subject(what), limit=limit, length=len(text))
    return text


def check_not_too_old(day: dt.date, what: Subject = "La date", field: str = "date") -> dt.date:
    """Refuse a date before ``EARLIEST_DATE`` (long before Hôpital Numérique; year 1 broke the
    evidence windows of ``score`` and the report)."""
    if day < EARLIEST_DATE:
        raise ValidationError("date.too_old", field=field, what=subject(what), day=day, earliest=EARLIEST_DATE)
    return day
