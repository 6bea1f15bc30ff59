"""The embedded TrueType fonts of the report: DejaVu Sans covers every French character
(accents, œ, « », ’, €) and is shipped in resources/fonts/ so it works from a checkout, a wheel
and a frozen bundle alike. Characters none of them draws are written as their code point
(:func:`drawable`), and ReportLab's defaults are made DejaVu so that no standard, non-embedded
font is declared (:func:`use_embedded_defaults`)."""

from __future__ import annotations

import functools
import struct
import unicodedata

from hopen_desktop.model.errors import HopenError
from hopen_desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
MONO = "DejaVuSansMono"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


def register_fonts() -> None:
    """Register the fonts with ReportLab (once per process)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FILES.items():
        if name in registered:
            continue
        path = resource_path("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError, struct.error, ValueError, IndexError, KeyError) as exc:  # a missing file,
            # or a damaged one (reportlab's TTFError, or the table reading it does without checks)
            raise HopenError("font.unreadable", name=file_name, path=path) from exc
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    use_embedded_defaults()


def use_embedded_defaults() -> None:
    """Make DejaVu Sans the default of what ReportLab draws without naming a font: a chart's
    drawing state (``STATE_DEFAULTS``) and a table cell without a FONT command. Each default is
    the standard, non-embedded Helvetica, declared in the PDF even when no text uses it
    (``pdffonts`` showed it; PDF/A and a faithful print ask for every font embedded). The report
    also names its fonts everywhere (the canvas's initial font, styles, table styles): these are
    the safety net for a chart or a table added later."""
    from reportlab.graphics.shapes import STATE_DEFAULTS
    from reportlab.platypus.tables import CellStyle

    STATE_DEFAULTS["fontName"] = REGULAR
    CellStyle.fontname = REGULAR


@functools.cache
def _covered() -> frozenset[str]:
    """The characters every text font of the report draws (regular, bold and italic: a user
    text may be printed in any of them), and the control characters (line breaks)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    faces = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in (REGULAR, BOLD, ITALIC)]
    return frozenset(chr(code) for code in set.intersection(*faces)) | frozenset(map(chr, range(32)))


def drawable(text: str) -> str:
    """``text`` with every character the embedded fonts cannot draw written as its code point,
    « [U+1F3E5] » (an emoji, a Chinese character…): visible and copied out as it is printed,
    never an empty box nor a dropped character. Line breaks and tabs stay; composed accents are
    first put together (NFC: « e » + accent becomes « é », which the fonts draw).

    Why not a fallback font: the fonts that cover Chinese weigh 15 MB and more per weight, the
    emoji fonts are colour pictures ReportLab cannot embed, and none is on the machines we build
    on; a report names such characters exactly rather than drawing them as empty boxes."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFC", text)
    missing = set(text) - _covered()
    if not missing:
        return text
    return text.translate({ord(ch): f"[U+{ord(ch):04X}]" for ch in missing})
