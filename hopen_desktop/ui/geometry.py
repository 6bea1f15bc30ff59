"""Windows and dialogs within the screen they open on (issue 19 item 3).

On a 1280×720 laptop the main window opened at 1200×800 with its status bar off-screen, and the
evidence dialog (1100×720) took the whole height. One rule now applies to every top-level window
and dialog: when it is shown, its size is clamped to the AVAILABLE part of its screen (without the
task bar or the dock) and it is moved inside it, frame included. ``ScreenFit`` is an event filter
installed once on the application (``install``), so a dialog needs no code of its own for this; a
dialog whose content can be taller than a small screen puts it in a scroll area
(``make_scrollable``), so that shrinking it never squeezes or clips its fields.

``fit_rect`` is the rule itself, a pure function of the available rectangle (unit-tested);
``available_geometry`` is the one place that asks Qt for the screen (tests replace it to try
1024×600 and 1280×720 on the offscreen platform, whose screen cannot be resized).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: The frame a window manager adds around a window (title bar, borders), used while the system
#: has not told it yet (before the first show on X11; always on the offscreen platform).
ESTIMATED_FRAME = QMargins(8, 31, 8, 8)

#: The window types that are windows and dialogs (not menus, tooltips or splash screens).
_FITTED_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def available_geometry(widget: QWidget) -> QRect:
    """The part of the screen ``widget`` opens on that windows may use (without the task bar).
    A dialog opens on its parent's screen. Tests replace this function."""
    parent = widget.parentWidget()
    screen = parent.window().screen() if parent is not None else widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fit_rect(geometry: QRect, available: QRect, frame: QMargins | None = None) -> QRect:
    """``geometry`` (a window's client area) made as small as needed and moved as little as
    needed so that it and its ``frame`` lie inside ``available``."""
    frame = frame if frame is not None else QMargins()
    inner = available.marginsRemoved(frame)
    width = max(1, min(geometry.width(), inner.width()))
    height = max(1, min(geometry.height(), inner.height()))
    x = min(max(geometry.x(), inner.x()), inner.x() + inner.width() - width)
    y = min(max(geometry.y(), inner.y()), inner.y() + inner.height() - height)
    return QRect(x, y, width, height)


def frame_margins(widget: QWidget) -> QMargins:
    """The frame the system draws around ``widget``, or an estimate while it is not known."""
    handle = widget.windowHandle()
    margins = handle.frameMargins() if handle is not None else QMargins()
    return margins if not margins.isNull() else ESTIMATED_FRAME


def fit_to_screen(widget: QWidget, available: QRect | None = None) -> None:
    """Clamp ``widget`` (a window) into ``available`` (by default its screen's available part).
    A dialog not placed yet is first centred on its parent, as Qt would do."""
    if widget.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    area = available if available is not None else available_geometry(widget)
    frame = frame_margins(widget)
    geometry = QRect(widget.geometry())
    size = widget.size() if widget.testAttribute(Qt.WidgetAttribute.WA_Resized) else widget.sizeHint()
    geometry.setSize(size.expandedTo(widget.minimumSize()).boundedTo(widget.maximumSize()))
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        parent = widget.parentWidget()
        centre = parent.window().frameGeometry().center() if parent is not None else area.center()
        geometry.moveCenter(centre)
    target = fit_rect(geometry, area, frame)
    # A layout's minimum larger than the screen would push the window back out: the content of
    # such a window scrolls (make_scrollable), so its minimum may shrink to the screen.
    minimum = widget.minimumSize()
    if minimum.width() > target.width() or minimum.height() > target.height():
        widget.setMinimumSize(minimum.boundedTo(target.size()))
    if target != widget.geometry():
        widget.setGeometry(target)


class ScreenFit(QObject):
    """Fits every window and dialog into its screen when it is shown (``install``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in _FITTED_TYPES
        ):
            fit_to_screen(watched)
        return False


def install(app: QApplication) -> ScreenFit:
    """Install the rule on ``app`` (once; the filter lives as long as the application)."""
    existing = app.findChild(ScreenFit, "screenFit")
    if isinstance(existing, ScreenFit):
        return existing
    fit = ScreenFit(app)
    fit.setObjectName("screenFit")
    app.installEventFilter(fit)
    return fit


def uninstall(app: QApplication) -> None:
    """Remove the rule from ``app`` (tests that try several screens)."""
    existing = app.findChild(ScreenFit, "screenFit")
    if isinstance(existing, ScreenFit):
        app.removeEventFilter(existing)
        existing.setObjectName("")
        existing.deleteLater()


class ContentScrollArea(QScrollArea):
    """A scroll area that asks for the whole size of its content (QScrollArea caps its size hint
    at 36×24 lines) and can shrink to a few lines: the window opens as large as its content when
    the screen has room, and scrolls when it has not."""

    def sizeHint(self) -> QSize:  # noqa: N802
        content = self.widget()
        if content is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return content.sizeHint() + QSize(frame + scrollbar, frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().height()
        return QSize(12 * line, 6 * line)


def make_scrollable(dialog: QWidget) -> ContentScrollArea:
    """Put what ``dialog``'s layout holds into a scroll area, the dialog's buttons (a
    QDialogButtonBox at the end of the layout) staying below it, always visible. Called once at
    the end of a dialog's construction."""
    layout = dialog.layout()
    assert layout is not None, "make_scrollable needs the dialog's layout"
    buttons: QWidget | None = None
    last = layout.itemAt(layout.count() - 1) if layout.count() else None
    widget = last.widget() if last is not None else None
    if isinstance(widget, QDialogButtonBox):
        buttons = widget
        layout.removeWidget(widget)
    content = QWidget()
    content.setObjectName("scrolledContent")
    content.setLayout(layout)  # takes the layout (and its widgets) from the dialog
    area = ContentScrollArea()
    area.setObjectName("dialogScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the area
    area.setWidget(content)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area, 1)
    if buttons is not None:
        box = QVBoxLayout()
        margins = layout.contentsMargins()
        box.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        box.addWidget(buttons)
        outer.addLayout(box)
    return area


def grow_to_show(widget: QWidget) -> None:
    """``widget`` (a message just shown in a scrolled form) made visible: its window grows to its
    content while the screen has room, and the form scrolls to it beyond."""
    window = widget.window()
    if window is widget or not window.isVisible() or window.windowState() != Qt.WindowState.WindowNoState:
        return
    area = window.findChild(ContentScrollArea, "dialogScroll")
    if area is None or not area.isAncestorOf(widget):
        return
    area.updateGeometry()
    wanted = window.sizeHint().expandedTo(window.size())
    room = available_geometry(window).marginsRemoved(frame_margins(window)).size()
    target = wanted.boundedTo(room).expandedTo(window.size())
    if target != window.size():
        window.resize(target)
        fit_to_screen(window)
    area.ensureWidgetVisible(widget)
