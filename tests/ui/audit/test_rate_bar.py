"""The rate bar: its text (read by screen readers and in the tooltip) says the rate truncated and
the target; painted offscreen, the filled part has the status colour."""

from fractions import Fraction

from PySide6.QtGui import QColor

from hopen_desktop.model.i18n import set_language
from hopen_desktop.model.scoring import Status
from hopen_desktop.ui.audit.rate_bar import RateBar, percent
from hopen_desktop.ui.status import status_color


def test_percent_is_truncated_in_the_interface_language():
    assert percent(Fraction(8999, 10000)) == "89,9 %"
    set_language("en")
    assert percent(Fraction(8999, 10000)) == "89.9%"


def test_the_text_says_rate_and_target_or_that_none_is_computed(qtbot):
    bar = RateBar()
    qtbot.addWidget(bar)
    bar.set_values(Fraction(8999, 10000), Fraction(9, 10), Status.NON_ATTEINT)
    assert bar.accessibleName() == "Taux : 89,9 %, cible : 90 %" == bar.toolTip()
    bar.set_values(None, None, Status.NON_RENSEIGNE)
    assert bar.accessibleName() == "Taux : non calculé, cible : —"


def test_painted_the_filled_part_has_the_status_colour(qtbot):
    bar = RateBar()
    qtbot.addWidget(bar)
    bar.resize(bar.sizeHint())
    bar.set_values(Fraction(1, 2), Fraction(9, 10), Status.NON_ATTEINT)
    image = bar.grab().toImage()
    y = int(bar.fontMetrics().height() * 0.9)
    assert QColor(image.pixel(bar.width() // 4, y)) == status_color(Status.NON_ATTEINT)  # inside the filled half
    assert QColor(image.pixel(bar.width() * 3 // 4 - 20, y)) == QColor("#e6e8ec")  # the empty part
    assert bar.minimumSizeHint().height() == bar.sizeHint().height()
