"""The French formatting shared by the PDF report and the Excel workbook (what they show about a
campaign is read once into ``hopen_desktop.model.snapshot.CampaignSnapshot``)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

# ---------------------------------------------------------------------------- French formatting


def fr_date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _percent_text(value: Fraction, decimals: int) -> str:
    quantum = Decimal(1).scaleb(-decimals)
    exact = Decimal(value.numerator * 100) / Decimal(value.denominator)
    text = f"{exact.quantize(quantum, rounding=ROUND_DOWN):f}"
    return text.replace(".", ",") + " %"


def fr_percent(value: Fraction, *, versus: Fraction | None = None) -> str:
    """A percentage, truncated (never rounded up), with one decimal; when it would display
    the same as ``versus`` while differing from it, more decimals are shown so that a rate just
    under its target never reads as the target."""
    decimals = 1
    text = _percent_text(value, decimals)
    if versus is not None and value != versus:
        while decimals < 8 and text == _percent_text(versus, decimals):
            decimals += 1
            text = _percent_text(value, decimals)
    return text


def target_percent(target: Fraction) -> str:
    """A target such as 9/10 as « 90 % » (no useless decimals)."""
    exact = Decimal(target.numerator * 100) / Decimal(target.denominator)
    text = f"{exact.normalize():f}" if exact == exact.to_integral_value() else f"{exact:.2f}".rstrip("0")
    return text.replace(".", ",") + " %"


def file_size(size: int) -> str:
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} Ko".replace(".", ",")
    return f"{size / 1_048_576:.1f} Mo".replace(".", ",")
