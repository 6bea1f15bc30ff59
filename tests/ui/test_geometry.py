"""Windows and dialogs within the available screen (issue 19 item 3): the rule as a function of
the available rectangle, then every window and dialog opened on a fake 1024×600 and 1280×720
screen (the offscreen platform's screen cannot be resized: ``available_geometry`` is replaced),
the toolbar's main actions visible, and no wrapped text clipped on any indicator page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QToolButton, QWidget

from hopen_desktop.ui import geometry
from hopen_desktop.ui.geometry import ESTIMATED_FRAME, fit_rect, frame_margins
from tests.ui.windows import demo_window, dialog_builders, settle

SCREENS = {"1024x600": QRect(0, 0, 1024, 600), "1280x720": QRect(0, 0, 1280, 720)}


# ----------------------------------------------------------------------------- the rule


def test_a_window_larger_than_the_screen_is_clamped_and_moved_inside() -> None:
    available = QRect(0, 0, 1280, 720)
    assert fit_rect(QRect(40, 30, 1200, 800), available) == QRect(40, 0, 1200, 720)
    assert fit_rect(QRect(300, 200, 1100, 720), available) == QRect(180, 0, 1100, 720)
    assert fit_rect(QRect(-50, -20, 400, 300), available) == QRect(0, 0, 400, 300)


def test_the_frame_stays_inside_too_and_the_task_bar_is_left_free() -> None:
    available = QRect(0, 0, 1024, 560)  # a task bar of 40 pixels below
    frame = QMargins(8, 31, 8, 8)
    got = fit_rect(QRect(0, 0, 1200, 800), available, frame)
    assert got == QRect(8, 31, 1008, 521)
    assert available.contains(got.marginsAdded(frame))


def test_a_window_that_fits_is_left_where_it_is() -> None:
    available = QRect(0, 0, 1600, 1000)
    assert fit_rect(QRect(100, 80, 800, 600), available, QMargins(8, 31, 8, 8)) == QRect(100, 80, 800, 600)


def test_a_second_screen_to_the_left_is_used_as_it_is() -> None:
    available = QRect(-1280, 0, 1280, 1024)
    got = fit_rect(QRect(-200, 100, 900, 700), available)
    assert available.contains(got)
    assert got.size().width() == 900


# ----------------------------------------------------------------------------- the windows


@pytest.fixture(params=sorted(SCREENS))
def small_screen(request, monkeypatch, qapp):
    """The application's windows open on a screen of this available size."""
    available = SCREENS[request.param]
    monkeypatch.setattr(geometry, "available_geometry", lambda _widget: QRect(available))
    geometry.install(qapp)
    yield available
    geometry.uninstall(qapp)


def _inside(widget: QWidget, available: QRect) -> bool:
    frame = frame_margins(widget)
    return available.contains(widget.geometry().marginsAdded(frame))


def test_the_main_window_and_every_dialog_open_within_the_screen(
    qtbot, small_screen, isolated_settings, hopen_data_dir, tmp_path
) -> None:
    window = demo_window(qtbot, tmp_path)
    window.resize(1200, 800)  # its size before issue 19
    window.show()
    qtbot.waitExposed(window)
    assert _inside(window, small_screen), window.geometry()
    assert frame_margins(window) == ESTIMATED_FRAME or not frame_margins(window).isNull()
    for name, build in dialog_builders(window, tmp_path).items():
        dialog = build()
        dialog.show()
        settle()
        assert _inside(dialog, small_screen), (name, dialog.geometry())
        buttons = dialog.findChildren(QDialogButtonBox)
        for box in buttons:  # a dialog's buttons are never scrolled away
            assert dialog.rect().contains(
                box.geometry().translated(box.parentWidget().mapTo(dialog, box.pos()) - box.pos())
            ), name
        dialog.close()
        dialog.deleteLater()
    window.close()


def test_the_evidence_form_scrolls_on_a_small_screen_instead_of_being_squeezed(
    qtbot, small_screen, isolated_settings, hopen_data_dir, tmp_path
) -> None:
    from hopen_desktop.ui.evidence.dialog import EvidenceDialog

    window = demo_window(qtbot, tmp_path)
    window.show()
    dialog = EvidenceDialog(window.session, parent=window)
    dialog.show()
    settle()
    assert dialog.height() <= small_screen.height()
    content = dialog.findChild(QWidget, "scrolledContent")
    assert content is not None
    # every field keeps at least the height it needs: the area scrolls when the screen is short
    for line in content.findChildren(QLineEdit):
        if line.isVisible() and not line.objectName().startswith("qt_"):  # not a date's inner line
            assert line.height() >= line.minimumSizeHint().height()
    dialog.close()
    window.close()


def test_the_toolbar_shows_its_main_actions_down_to_1024_pixels(
    qtbot, small_screen, isolated_settings, hopen_data_dir, tmp_path
) -> None:
    window = demo_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    settle()
    assert window.width() <= small_screen.width()
    extension = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    for action in (window.act_new_establishment, window.act_edit_establishment, window.act_new_campaign):
        button = window.toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), action.text()
        assert window.toolbar.rect().contains(button.geometry()), action.text()
        # a short text on the bar, the full name for a screen reader and in the tooltip
        assert button.accessibleName() and button.toolTip().startswith(button.accessibleName())
    for combo in (window.establishment_combo, window.campaign_combo):
        assert combo.isVisible() and window.toolbar.rect().contains(combo.geometry())
    window.close()


def test_no_wrapped_text_is_clipped_on_any_indicator_page(
    qtbot, small_screen, isolated_settings, hopen_data_dir, tmp_path
) -> None:
    """P2.4's « Comment compter » was cut mid-sentence: every visible wrapped label of every page
    of the demo is as tall as its text needs at its width, whatever the window's size."""
    window = demo_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    clipped: list[str] = []
    for indicator in window.tree_model.indicator_ids():
        window.show_indicator(indicator)
        settle()
        content = window.indicator_page.widget()
        for label in content.findChildren(QLabel):
            if label.isVisibleTo(content) and label.wordWrap() and label.heightForWidth(label.width()) > label.height():
                clipped.append(f"{indicator}: {label.text()[:60]!r}")
    assert not clipped, clipped
    window.close()


def test_a_scrolled_form_grows_to_show_a_refusal_within_the_screen(
    qtbot, small_screen, isolated_settings, hopen_data_dir, tmp_path
) -> None:
    """A refusal shown under a field of a scrolled form (the signature's wrong password) makes its
    window grow while the screen has room, and is scrolled into view beyond (ErrorLabel)."""
    from hopen_desktop.ui.reports.signature_dialog import SignatureDialog

    window = demo_window(qtbot, tmp_path)
    window.show()
    dialog = SignatureDialog([], window)
    dialog.show()
    settle()
    before = dialog.height()
    message = "Mot de passe incorrect pour l'identité « x.p12 ». Ressaisissez-le (attention aux majuscules). " * 12
    dialog.error.show_message(message)
    area = dialog.findChild(QWidget, "dialogScroll")

    def shown_whole() -> bool:
        error = dialog.error
        top = error.mapTo(area.viewport(), error.rect().topLeft())
        bottom = error.mapTo(area.viewport(), error.rect().bottomLeft())
        return area.viewport().rect().contains(top) and area.viewport().rect().contains(bottom)

    qtbot.waitUntil(lambda: dialog.height() > before)
    settle()
    assert shown_whole()
    assert _inside(dialog, small_screen)
    dialog.close()
    window.close()


def test_install_is_done_once_per_application(qapp) -> None:
    first = geometry.install(qapp)
    try:
        assert geometry.install(qapp) is first
    finally:
        geometry.uninstall(qapp)
    assert geometry.install(qapp) is not first  # installed again after its removal
    geometry.uninstall(qapp)
    QApplication.processEvents()
