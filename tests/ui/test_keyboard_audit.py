"""A whole first audit with the keyboard alone (issue 19 item 8): from an empty workspace, the
establishment, the campaign, one indicator of each kind (a rate, hand-ticked criteria, a
conditional criterion declared not applicable, a criterion derived from the evidence register), an
evidence with an attached file (the path typed in the file dialog), and the PDF report (its path
typed too).

Only key events are sent (QTest), to whatever has the keyboard focus, as a person would type; the
test reads the state (which widget has the focus, what is saved) and never calls a widget. A file
dialog opens its own event loop: its keys are sent from a timer while it is open."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from shiboken6 import isValid

from hopen_desktop.ui.audit.item_models import ID_ROLE
from tests.conftest import type_text
from tests.ui.windows import activate

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    QTest.keyClick(focus(), key, modifiers)
    QApplication.processEvents()


def write(text: str) -> None:
    type_text(focus(), text)
    QApplication.processEvents()


def tab_to(reached, what: str, limit: int = 120) -> None:
    """Press Tab until the focus is on the widget ``reached`` accepts."""
    for _ in range(limit):
        if reached(focus()):
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {what}; last: {focus()!r}")


#: What went wrong inside a file dialog (told by the test after it, never raised inside Qt's loop:
#: an exception there would leave the modal dialog open and the test waiting for ever).
FILE_DIALOG_PROBLEMS: list[str] = []


def in_file_dialog(qtbot, path: Path, *, seconds: float = 20) -> None:
    """Once a file dialog is open: type ``path`` in its file-name field, then Enter. The field
    must have the focus (as it has when the dialog opens); the dialog is waited for, and the focus
    given time to arrive, ``seconds`` at most — then the dialog is closed and the problem recorded,
    so that a machine under load makes the test fail, not hang."""
    deadline = time.monotonic() + seconds

    def answer() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        late = time.monotonic() > deadline
        if not shown:
            if late:
                FILE_DIALOG_PROBLEMS.append("no file dialog opened")
            else:
                QTimer.singleShot(50, answer)
            return
        dialog = shown[0]
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        if field is None or not field.hasFocus():
            if late:
                FILE_DIALOG_PROBLEMS.append(f"the file name field has not the focus ({QApplication.focusWidget()})")
                dialog.reject()
            else:
                QTimer.singleShot(50, answer)
            return
        QTest.keyClick(field, Qt.Key.Key_A, CTRL)  # select what is proposed, then type over it
        type_text(field, str(path))
        QTest.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)


def back_to(qtbot, window) -> None:
    """A dialog closed: the system gives the activation back to the window under it (the
    offscreen platform has no window manager to do it)."""
    if not window.isActiveWindow():
        activate(qtbot, window)


def go_to_indicator(window, indicator: str) -> None:
    """F6 (the navigation), then the arrows until the indicator is selected, then Enter."""
    press(Qt.Key.Key_F6)
    assert focus() is window.tree
    press(Qt.Key.Key_Home)
    for _ in range(120):
        if window.tree.currentIndex().data(ID_ROLE) == indicator:
            break
        press(Qt.Key.Key_Down)
    else:
        raise AssertionError(f"{indicator} not reached with the arrows")
    press(Qt.Key.Key_Return)  # the page, the focus in it
    assert window.indicator_page.indicator.id == indicator
    assert window.indicator_page.isAncestorOf(focus()), (focus(), focus().objectName(), focus().parentWidget())


@pytest.fixture
def qt_file_dialogs():
    """Qt's own file dialog (the one a test can type in), as on a system without a native one."""
    before = QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    yield
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


# The offscreen platform says so when a file dialog raises itself or grabs the keyboard: harmless.
@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
def test_a_first_audit_with_the_keyboard_alone(qtbot, window, tmp_path, qt_file_dialogs) -> None:
    FILE_DIALOG_PROBLEMS.clear()
    s = window.session
    activate(qtbot, window)

    # The establishment: Ctrl+Maj+E, the FINESS has the focus, Tab to the name and the GHT, Enter.
    press(Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isActiveWindow())
    assert focus().objectName() == "finess"
    write("750712184")
    tab_to(lambda w: w.objectName() == "name", "the name")
    write("Clinique des Lilas")
    tab_to(lambda w: w.objectName() == "ght", "the GHT")  # in a GHT: D5.3's conditional criterion applies
    write("GHT du Golfe")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(s.establishments()) == 1)

    # The campaign: Ctrl+Maj+N, today's date and the default referential, Enter.
    back_to(qtbot, window)
    press(Qt.Key.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isActiveWindow())
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: s.campaign_id is not None)
    back_to(qtbot, window)

    # A rate: numerator and denominator typed, Tab saves.
    go_to_indicator(window, "P1.1")
    page = window.indicator_page
    tab_to(lambda w: w is page.numerator, "the numerator")
    write("95")
    press(Qt.Key.Key_Tab)
    assert focus() is page.denominator
    write("100")
    press(Qt.Key.Key_Tab)
    assert (s.answer("P1.1").numerator, s.answer("P1.1").denominator) == (95, 100)

    # Hand-ticked criteria: Tab to each box, Space.
    go_to_indicator(window, "P1.4")
    boxes = list(window.indicator_page.criteria_boxes.values())
    for box in boxes:
        tab_to(lambda w, box=box: w is box, box.accessibleName())
        press(Qt.Key.Key_Space)
    assert all(s.answer("P1.4").criteria.values()) and len(s.answer("P1.4").criteria) == len(boxes)
    assert s.score().indicators["P1.4"].status.value == "atteint"

    # A conditional criterion declared not applicable, with its justification.
    go_to_indicator(window, "D5.3")
    conditional = window.indicator_page.conditional_box
    assert conditional is not None
    ((cid, na_box),) = conditional.boxes.items()
    reason = conditional.reasons[cid]
    tab_to(lambda w: w is reason, "the justification of the conditional criterion")
    write("Pas de bloc opératoire")
    tab_to(lambda w: w is na_box, "the box « non applicable »", limit=200)
    press(Qt.Key.Key_Space)
    assert s.answer("D5.3").criteria_na == {cid: "Pas de bloc opératoire"}

    # An evidence with a file: Ctrl+Maj+P opens the form; the type with its shortcut and the
    # arrows, the title, then « Joindre des fichiers… » (Alt+J) and the path typed.
    attached = tmp_path / "attestation-audit.pdf"
    attached.write_bytes(b"%PDF-1.4\n% attestation\n")
    press(Qt.Key.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isActiveWindow())
    form = window.dialog
    press(Qt.Key.Key_Y, ALT)
    assert focus() is form.type_combo
    for _ in range(form.type_combo.count()):
        if form.type_combo.currentData() == "external_security_audit":
            break
        press(Qt.Key.Key_Down)
    assert form.type_combo.currentData() == "external_security_audit"
    press(Qt.Key.Key_T, ALT)
    assert focus() is form.title
    write("Attestation d'audit externe")
    in_file_dialog(qtbot, attached)
    press(Qt.Key.Key_J, ALT)  # saves the new evidence first, then asks for the file
    assert not FILE_DIALOG_PROBLEMS, FILE_DIALOG_PROBLEMS
    qtbot.waitUntil(lambda: len(s.evidence()) == 1 and len(s.evidence()[0].files) == 1, timeout=5000)
    back_to(qtbot, form)  # the file dialog closed
    press(Qt.Key.Key_Escape)  # « Fermer »: the evidence is saved already
    qtbot.waitUntil(lambda: not isValid(form) or not form.isVisible())
    evidence = s.evidence()[0]
    assert evidence.type == "external_security_audit" and evidence.files[0].name == attached.name

    # The derived criterion follows the register: P2.5 is attained from that evidence.
    back_to(qtbot, window)
    assert s.score().indicators["P2.5"].status.value == "atteint"
    go_to_indicator(window, "P2.5")

    # The report: Ctrl+P, the path typed in the file dialog.
    report = tmp_path / "rapport.pdf"
    in_file_dialog(qtbot, report)
    press(Qt.Key.Key_P, CTRL)
    assert not FILE_DIALOG_PROBLEMS, FILE_DIALOG_PROBLEMS
    qtbot.waitUntil(lambda: report.exists() and report.stat().st_size > 1000, timeout=60000)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeWindow(), QWidget) and QApplication.activeWindow() is not window,
        timeout=30000,
    )
    press(Qt.Key.Key_Escape)  # the « Rapport prêt » message
    assert report.read_bytes().startswith(b"%PDF")
