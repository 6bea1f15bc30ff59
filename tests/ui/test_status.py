"""How statuses look: a colour, a background, a label and a symbol for every status, so that a
status is never told by colour alone."""

from PySide6.QtGui import QColor

from hopen_desktop.model.i18n import set_language
from hopen_desktop.model.scoring import Status
from hopen_desktop.ui.status import badge_style, status_background, status_color, status_label, status_symbol


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def test_every_status_has_a_distinct_symbol_label_and_colour():
    statuses = list(Status)
    assert len({status_symbol(s) for s in statuses}) == len(statuses)
    assert len({status_label(s) for s in statuses}) == len(statuses)
    assert len({status_color(s).name() for s in statuses}) == len(statuses)
    assert all(status_color(s).isValid() and status_background(s).isValid() for s in statuses)


def test_white_text_on_each_colour_is_readable():
    for status in Status:
        ratio = 1.05 / (luminance(status_color(status)) + 0.05)
        assert ratio >= 4.5, (status, ratio)  # WCAG AA for normal text
        assert f"background: {status_color(status).name()}" in badge_style(status)


def test_labels_follow_the_interface_language():
    french = status_label(Status.ATTEINT)
    set_language("en")
    assert status_label(Status.ATTEINT) != french
