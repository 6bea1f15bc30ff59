"""Every interactive widget of every window and dialog has a name a screen reader can say
(issue 19 item 8: NVDA on Windows, Orca on Linux): the name Qt's accessibility layer gives it —
its accessibleName, its text, or the QLabel whose buddy it is. The windows and dialogs are those
the menus open (tests/ui/windows.py), on the demo workspace; the main window is walked on each of
its pages (dashboard, one indicator page of each kind, evidence register)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from tests.ui.windows import demo_window, dialog_builders, main_window_pages, settle

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: Qt's accessible name of it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _inner(widget: QWidget) -> bool:
    """A part of a composite Qt widget (a spin box's line, a scroll bar, a table's header or corner
    button), told by the widget it belongs to (a reader says « barre de défilement », reads the
    columns' titles with each cell)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    if isinstance(widget, QHeaderView) and isinstance(widget.parentWidget(), QAbstractItemView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets shown in ``root`` that have no spoken name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root) or _inner(widget):
            continue
        if not spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_the_checker_finds_an_unnamed_field(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    named, buddied, bare = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Nom")
    label = QLabel("&Ville :")
    label.setBuddy(buddied)
    bare.setObjectName("bare")
    for w in (named, label, buddied, bare):
        lay.addWidget(w)
    box.show()
    assert unnamed(box) == ["QLineEdit 'bare'"]


def test_every_interactive_widget_of_every_window_and_dialog_has_a_name(
    qtbot, isolated_settings, hopen_data_dir, tmp_path
) -> None:
    window = demo_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    missing: dict[str, list[str]] = {}
    for page in main_window_pages(window):
        if found := unnamed(window):
            missing[f"main window, {page}"] = found
    for name, build in dialog_builders(window, tmp_path).items():
        dialog = build()
        dialog.show()
        settle()
        if found := unnamed(dialog):
            missing[name] = found
        dialog.close()
        dialog.deleteLater()
    window.close()
    assert not missing, "\n".join(f"{where}: {', '.join(names)}" for where, names in missing.items())


def _tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``, in order, from its first one."""
    from PySide6.QtCore import Qt

    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _ in range(3000):
        if widget is root:
            break
        if (
            root.isAncestorOf(widget)
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not _inner(widget)
            and widget not in chain
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _out_of_reading_order(root: QWidget) -> list[str]:
    """Pairs of successive Tab stops where the second is above the first (reading order is top to
    bottom; on one line, left to right)."""
    chain = _tab_chain(root)
    if chain:  # Tab goes round: start from the first field, top left

        def place(w: QWidget) -> tuple[int, int]:
            point = w.mapTo(root, w.rect().topLeft())
            return point.y(), point.x()

        first = chain.index(min(chain, key=place))
        chain = chain[first:] + chain[:first]
    wrong = []
    for before, after in zip(chain, chain[1:], strict=False):
        a, b = before.mapTo(root, before.rect().topLeft()), after.mapTo(root, after.rect().topLeft())
        same_line = abs(a.y() - b.y()) < max(before.height(), after.height()) // 2 + 1
        if (not same_line and b.y() < a.y()) or (same_line and b.x() < a.x()):
            wrong.append(
                f"{before.objectName() or type(before).__name__} → {after.objectName() or type(after).__name__}"
            )
    return wrong


def test_the_focus_follows_the_reading_order_in_forms_and_indicator_pages(
    qtbot, isolated_settings, hopen_data_dir, tmp_path
) -> None:
    """Tab goes down the page and, on one line, from left to right (issue 19 item 8), in the one-column
    forms and on the indicator pages. (The evidence form is read column by column: its own test.)"""
    window = demo_window(qtbot, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    wrong: dict[str, list[str]] = {}
    for page in main_window_pages(window):
        if page.startswith("indicator"):
            content = window.indicator_page.widget()
            if found := _out_of_reading_order(content):
                wrong[page] = found
    builders = dialog_builders(window, tmp_path)
    for name in ("establishment", "campaign", "campaign (edit)", "preferences", "action", "signature"):
        dialog = builders[name]()
        dialog.show()
        settle()
        if found := _out_of_reading_order(dialog):
            wrong[name] = found
        dialog.close()
    window.close()
    assert not wrong, "\n".join(f"{where}: {', '.join(pairs)}" for where, pairs in wrong.items())
