"""Dates, numbers, percentages and sizes written for a reader, in one place, per language.

French: ``07/01/2025``, ``53,3 %`` (a plain space before the sign, as every screen and report
has always written it), ``12 345`` (narrow no-break space between thousands).
English: ``07/01/2025`` too (day first, the British order of the window's English locale, the
same order as the date fields of the forms), ``53.3%``, ``12,345``.

Rates are **truncated**, never rounded up: a rate just under its target must never read as the
target (29/30 is 96,6 %, not 96,7 %). ``language`` defaults to the current language
(``hopen_desktop.model.i18n``).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

from hopen_desktop.model.i18n import resolve

#: The French thousands separator (narrow no-break space).
THIN = "\u202f"


def format_date(day: dt.date | None, language: str | None = None) -> str:
    """``07/01/2025`` (both languages); "" for None."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def format_datetime(moment: dt.datetime, language: str | None = None, *, sentence: bool = False) -> str:
    """``07/01/2025 14:03:05``; with ``sentence`` the words of a sentence: « 07/01/2025 à
    14:03:05 » / "07/01/2025 at 14:03:05"."""
    clock = f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    if not sentence:
        return f"{format_date(moment.date(), language)} {clock}"
    word = "at" if resolve(language) == "en" else "à"
    return f"{format_date(moment.date(), language)} {word} {clock}"


def _decimal_mark(text: str, language: str | None) -> str:
    return text if resolve(language) == "en" else text.replace(".", ",")


def format_integer(value: int, language: str | None = None) -> str:
    """``12 345`` / ``12,345``."""
    grouped = f"{value:,}"
    return grouped if resolve(language) == "en" else grouped.replace(",", THIN)


def format_number(value: int | float | Fraction | Decimal, decimals: int = 2, language: str | None = None) -> str:
    """A number with at most ``decimals`` decimals, trailing zeros dropped: ``2,5`` / ``2.5``."""
    if isinstance(value, int) and not isinstance(value, bool):
        return format_integer(value, language)
    exact = Decimal(str(value)) if isinstance(value, float) else _decimal(value)
    text = f"{exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_DOWN):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = format_integer(int(whole.lstrip("-") or "0"), language)
    if resolve(language) == "en":
        return sign + grouped + (f".{frac}" if frac else "")
    return sign + grouped + (f",{frac}" if frac else "")


def _decimal(value: Fraction | Decimal | int) -> Decimal:
    if isinstance(value, Decimal):
        return value
    exact = Fraction(value)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def _exact(value: Fraction | float | int | Decimal) -> Fraction:
    # 0.84 is 84 %, not 83.99… : a float goes through its shortest text.
    if isinstance(value, float):
        return Fraction(str(value))
    return Fraction(value)


def _percent_digits(value: Fraction, decimals: int, trim: bool) -> str:
    quantum = Decimal(1).scaleb(-decimals)
    exact = Decimal(value.numerator * 100) / Decimal(value.denominator)
    text = f"{exact.quantize(quantum, rounding=ROUND_DOWN):f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_percent(
    value: Fraction | float | int | Decimal,
    *,
    decimals: int = 1,
    trim: bool = True,
    versus: Fraction | None = None,
    language: str | None = None,
) -> str:
    """A rate (0.533) as a percentage, truncated to ``decimals``: ``53,3 %`` / ``53.3%``.

    ``trim`` drops useless zeros (``84 %``); otherwise they stay (``84,0 %``). With ``versus``
    (a target), more decimals are shown when the text would read as the target while the value
    differs from it."""
    exact = _exact(value)
    digits = _percent_digits(exact, decimals, False)
    if versus is not None and exact != versus:
        needed = decimals
        while needed < 8 and digits == _percent_digits(Fraction(versus), needed, False):
            needed += 1
            digits = _percent_digits(exact, needed, False)
        trim = trim and needed == decimals  # the decimals that tell it from the target stay
    if trim and "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    if resolve(language) == "en":
        return f"{digits}%"
    return digits.replace(".", ",") + " %"


def format_target(target: Fraction, language: str | None = None) -> str:
    """A target such as 9/10 as ``90 %`` (at most two decimals, no useless zero)."""
    return format_percent(target, decimals=2, trim=True, language=language)


def format_size(size: int, language: str | None = None) -> str:
    """``512 octets``, ``12,3 Ko``, ``1,5 Mo`` / ``512 bytes``, ``12.3 KB``, ``1.5 MB``."""
    english = resolve(language) == "en"
    if size < 1024:
        return f"{size} bytes" if english else f"{size} octets"
    if size < 1024 * 1024:
        return _decimal_mark(f"{size / 1024:.1f}", language) + (" KB" if english else " Ko")
    return _decimal_mark(f"{size / 1_048_576:.1f}", language) + (" MB" if english else " Mo")


# ------------------------------------------------------------------ percentages typed in a form


def percent_input_text(value: object, language: str | None = None) -> str:
    """A stored rate as a form shows it for editing, without the sign: 0.995 -> ``99,5``
    (``99.5`` in English); None -> ""."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    text = f"{value * 100:.4f}".rstrip("0").rstrip(".")
    return _decimal_mark(text, language)


_PERCENT = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def parse_percent_input(text: str) -> float | None:
    """``99,5`` or ``99.5 %`` -> 0.995; "" -> None. Raises ValueError when it is not a
    percentage between 0 and 100."""
    compact = re.sub(r"[\s\u00a0\u202f%]", "", text)
    if not compact:
        return None
    if not _PERCENT.fullmatch(compact):
        raise ValueError(compact)
    value = float(compact.replace(",", "."))
    if not 0 <= value <= 100:
        raise ValueError(compact)
    return round(value / 100, 8)


def fingerprint_groups(fingerprint: str) -> list[str]:
    """A certificate fingerprint (hex pairs with colons, or plain hex) in groups of four upper-case
    digits."""
    digits = "".join(ch for ch in fingerprint if ch in "0123456789abcdefABCDEF").upper()
    return [digits[i : i + 4] for i in range(0, len(digits), 4)]


def format_fingerprint(fingerprint: str) -> str:
    """A SHA-256 fingerprint as it is shown and read aloud on the phone: 16 groups of four
    (« 3F2A 9C01 … »), the same everywhere (cover, signature box, command line, dialogs)."""
    return " ".join(fingerprint_groups(fingerprint))
