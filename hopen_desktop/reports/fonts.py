"""The embedded TrueType fonts of the report: DejaVu Sans covers every French character
(accents, œ, « », ’, €) and is shipped in resources/fonts/ so it works from a checkout, a wheel
and a frozen bundle alike."""

from __future__ import annotations

import struct

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
