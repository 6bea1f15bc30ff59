"""The report's and the workbook's French formatting: the reports are French documents, so these
are ``hopen_desktop.model.formatting`` fixed to French (what they show about a campaign is read
once into ``hopen_desktop.model.snapshot.CampaignSnapshot``)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hopen_desktop.model.formatting import format_date, format_percent, format_size, format_target


def fr_date(day: dt.date | None) -> str:
    return format_date(day, "fr")


def fr_percent(value: Fraction, *, versus: Fraction | None = None) -> str:
    """A percentage, truncated (never rounded up), with one decimal kept (« 84,0 % »); more
    decimals when it would read as ``versus`` while differing from it."""
    return format_percent(value, trim=False, versus=versus, language="fr")


def target_percent(target: Fraction) -> str:
    """A target such as 9/10 as « 90 % » (no useless decimals)."""
    return format_target(target, "fr")


def file_size(size: int) -> str:
    return format_size(size, "fr")
