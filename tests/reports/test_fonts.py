"""The report's fonts: DejaVu registered once with its bold and italic mapping; a missing font
file is a French message, never a traceback."""

import pytest

from hopen_desktop.model.errors import HopenError
from hopen_desktop.reports import fonts


def test_fonts_are_registered_with_their_family_mapping():
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    fonts.register_fonts()
    fonts.register_fonts()  # a second call is harmless
    names = set(pdfmetrics.getRegisteredFontNames())
    assert {fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.MONO} <= names
    assert tt2ps(fonts.REGULAR, 1, 0) == fonts.BOLD and tt2ps(fonts.REGULAR, 0, 1) == fonts.ITALIC
    assert pdfmetrics.stringWidth("Réunion « œ » €", fonts.REGULAR, 10) > 0


def test_a_missing_font_file_is_a_french_message(monkeypatch, tmp_path):
    from reportlab.pdfbase import pdfmetrics

    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])
    monkeypatch.setattr(fonts, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(HopenError, match="Réinstallez") as refused:
        fonts.register_fonts()
    assert "DejaVuSans.ttf" in refused.value.message


def test_characters_no_font_draws_are_written_as_their_code_point():
    fonts.register_fonts()
    assert fonts.drawable("漢字 et émoji 🏥") == "[U+6F22][U+5B57] et émoji [U+1F3E5]"
    assert fonts.drawable("Réunion « œ » € — ☑ ⚠\nligne") == "Réunion « œ » € — ☑ ⚠\nligne"  # all drawn
    assert fonts.drawable("Ame\u0301lie") == "Amélie"  # a composed accent put together first
    assert fonts.drawable("plain ASCII <b>") == "plain ASCII <b>"


def test_every_character_left_is_in_each_text_font():
    """« No glyph is missing »: checked against the fonts' own character maps."""
    from reportlab.pdfbase import pdfmetrics

    fonts.register_fonts()
    text = fonts.drawable("漢字 🏥 émoji ñ ß Ω ∑ ✓ 🇫🇷 \U0001f600 \u0301 Ǆ")
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC):
        cmap = pdfmetrics.getFont(name).face.charToGlyph
        assert all(ord(ch) in cmap for ch in text), name


def test_reportlab_defaults_name_an_embedded_font():
    """ReportLab's own defaults (a chart's drawing state, a table cell without FONT) would declare
    the standard, non-embedded Helvetica."""
    from reportlab.graphics.shapes import STATE_DEFAULTS
    from reportlab.platypus.tables import CellStyle

    fonts.register_fonts()
    assert STATE_DEFAULTS["fontName"] == fonts.REGULAR and CellStyle.fontname == fonts.REGULAR
