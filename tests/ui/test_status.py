"""How statuses look: a colour, a background, a label and a symbol for every status, so that a
status is never told by colour alone."""

import pytest
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


# ----------------------------------------------------------------------------- issue 19 item 8

DARK = {
    "Window": "#2b2b2b",
    "WindowText": "#e8e8e8",
    "Base": "#1e1e1e",
    "AlternateBase": "#2a2a2a",
    "Text": "#e8e8e8",
    "Button": "#353535",
    "ButtonText": "#e8e8e8",
    "Highlight": "#3d6fb4",
    "HighlightedText": "#ffffff",
    "PlaceholderText": "#9a9a9a",
    "ToolTipBase": "#333333",
    "ToolTipText": "#e8e8e8",
    "Link": "#8ab4f8",
}
#: Windows' high-contrast « Nuit » theme: black background, white and yellow texts.
HIGH_CONTRAST = {
    "Window": "#000000",
    "WindowText": "#ffffff",
    "Base": "#000000",
    "AlternateBase": "#000000",
    "Text": "#ffffff",
    "Button": "#000000",
    "ButtonText": "#ffffff",
    "Highlight": "#1aebff",
    "HighlightedText": "#000000",
    "PlaceholderText": "#c0c0c0",
    "ToolTipBase": "#000000",
    "ToolTipText": "#ffffff",
    "Link": "#ffff00",
}


def palette_of(colors: dict[str, str]):
    from PySide6.QtGui import QPalette

    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(color))
    return palette


def test_contrast_is_computed_as_wcag_says():
    from hopen_desktop.ui.status import contrast_ratio

    assert round(contrast_ratio(QColor("black"), QColor("white")), 1) == 21.0
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == 1.0
    assert round(contrast_ratio(QColor("#767676"), QColor("white")), 1) == 4.5  # the known AA limit


def test_a_colour_chosen_for_white_is_adjusted_on_a_dark_background_only():
    from hopen_desktop.ui.status import MUTED, contrast_ratio, readable_on

    white, dark = QColor("white"), QColor("#2b2b2b")
    assert readable_on(QColor(MUTED), white).name() == MUTED  # unchanged where it was readable
    for status in Status:
        for background in (white, dark, QColor("black"), QColor("#1e1e1e")):
            adjusted = readable_on(status_color(status), background)
            assert contrast_ratio(adjusted, background) >= 4.5, (status, background.name())


def _coloured_texts(root):
    """(what, text colour, background) of every coloured text the application draws itself in
    ``root``: labels styled with a colour (on the window's background, unless the label paints
    its own), the rich text colours inside labels, and the status colours of lists and trees."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root):
            continue
        style = label.styleSheet()
        own = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6}|\w+)", style)
        background = QColor(own.group(1)) if own else label.palette().color(QPalette.ColorRole.Window)
        if "color:" in style.replace("background-color", "").replace("background:", ""):
            found.append(
                (f"label {label.text()[:40]!r}", label.palette().color(QPalette.ColorRole.WindowText), background)
            )
        for color in re.findall(r"color:\s*(#[0-9a-fA-F]{6})", label.text()):
            found.append((f"rich text of {label.objectName() or label.text()[:40]!r}", QColor(color), background))
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root):
            continue
        base = view.palette().color(QPalette.ColorRole.Base)

        def walk(parent, model=model, base=base, view=view):
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model (columnCount is not public): one column
                columns = 1
            for row in range(min(model.rowCount(parent), 60)):
                for col in range(columns):
                    index = model.index(row, col, parent)
                    fg = index.data(Qt.ItemDataRole.ForegroundRole)
                    if fg is None:
                        continue
                    bg = index.data(Qt.ItemDataRole.BackgroundRole)
                    behind = bg.color() if bg is not None else base
                    found.append((f"{view.objectName()} {index.data()!r:.40}", fg.color(), behind))
                walk(model.index(row, 0, parent))

        from PySide6.QtCore import QModelIndex

        walk(QModelIndex())
    return found


@pytest.mark.parametrize("colors", [DARK, HIGH_CONTRAST], ids=["dark", "high-contrast"])
def test_the_application_s_coloured_texts_are_readable_in_a_dark_or_high_contrast_palette(
    qtbot, qapp, colors, isolated_settings, hopen_data_dir, tmp_path
):
    """The window follows the system's palette: its own coloured texts (statuses, hints, refusals)
    keep a contrast of 4.5 at least on what is behind them. The grabs are saved for a look."""
    from hopen_desktop.ui.status import contrast_ratio
    from tests.ui.windows import demo_window, dialog_builders, main_window_pages

    previous = qapp.palette()
    qapp.setPalette(palette_of(colors))
    try:
        window = demo_window(qtbot, tmp_path)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        poor = []
        for page in main_window_pages(window):
            window.grab().save(str(tmp_path / f"{page}.png"))
            for what, fg, bg in _coloured_texts(window):
                if contrast_ratio(fg, bg) < 4.5:
                    poor.append(f"{page}: {what} {fg.name()} on {bg.name()}")
        window.indicator_page.not_applicable.setChecked(False)
        builders = dialog_builders(window, tmp_path)
        for name in ("evidence (saved)", "history", "GHT", "action plan", "verification"):
            dialog = builders[name]()
            dialog.show()
            for what, fg, bg in _coloured_texts(dialog):
                if contrast_ratio(fg, bg) < 4.5:
                    poor.append(f"{name}: {what} {fg.name()} on {bg.name()}")
            dialog.close()
        window.close()
        assert not poor, "\n".join(poor)
    finally:
        qapp.setPalette(previous)
