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
