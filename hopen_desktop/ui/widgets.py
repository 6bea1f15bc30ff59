"""Small reusable widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QPoint, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.errors import HopenError
from hopen_desktop.ui.geometry import grow_to_show, make_scrollable
from hopen_desktop.ui.record_model import OBJECT_ROLE
from hopen_desktop.ui.status import error_style


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that announces its text when the user pauses or leaves it
    (autosave without a Save button). Tab moves the focus on, as in every other field."""

    committed = Signal()
    IDLE_MS = 1200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.IDLE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def set_text_quietly(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._dirty = False
        self._timer.stop()

    def text(self) -> str:
        return self.toPlainText()

    def commit(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.committed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.commit()


class ErrorLabel(QLabel):
    """The French explanation shown next to a refused field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(error_style())
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))
        if message:  # in a scrolled form: the window grows to show it (once laid out)
            QTimer.singleShot(0, self, self._show_whole)  # dropped if the label is deleted first

    @Slot()
    def _show_whole(self) -> None:
        if self.isVisible():
            grow_to_show(self)

    def clear_message(self) -> None:
        self.show_message("")


def clear_when_valid(error: ErrorLabel, widget: QWidget, check: Callable[[], object] | None = None) -> None:
    """A refusal shown under a field goes away as soon as the field is valid (issue 19 item 6: the
    red « titre obligatoire » stayed after the title was typed). While ``error`` is shown, every
    edit of ``widget`` runs ``check`` (a model check raising HopenError): the message goes when it
    passes and follows the new refusal otherwise. Without a check, the first edit clears it (the
    model checks again on saving)."""

    def revalidate(*_args: object) -> None:
        if error.isHidden():
            return
        if check is None:
            error.clear_message()
            return
        try:
            check()
        except HopenError as exc:
            error.show_message(exc.message)
            return
        error.clear_message()

    for signal in _edit_signals(widget):
        signal.connect(revalidate)


def _edit_signals(widget: QWidget) -> list[Any]:
    """The signals a user's edit of ``widget`` emits (its children's, for a composite field)."""
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    found: list[Any] = []
    for child in widget.findChildren(QWidget):
        if child.parentWidget() is widget:
            found += _edit_signals(child)
    return found


def confirmation_box(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Any,
    name: str = "confirmBox",
    yes_text: str | None = None,
    default_cancel: bool = True,
    yes_name: str | None = None,
) -> QMessageBox:
    """A Yes / Cancel question whose Yes button calls ``on_yes``; the caller opens it (never
    exec(): tests and users keep the event loop)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName(name)
    if default_cancel:
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    yes = box.button(QMessageBox.StandardButton.Yes)
    if yes_text is not None:
        yes.setText(yes_text)
    if yes_name is not None:
        yes.setObjectName(yes_name)
    yes.clicked.connect(on_yes)
    return box


def push_button(text: str, name: str, slot: Callable[..., Any]) -> QPushButton:
    """A push button with its object name (for tests and accessibility tools) and its slot."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def lay_out_form_dialog(dialog: QDialog, form: QLayout) -> tuple[ErrorLabel, QDialogButtonBox]:
    """The layout of an OK / Cancel form dialog: the form, the error label of the whole form
    (object name "dialogError"), then the buttons, wired to the dialog's accept and reject."""
    error = ErrorLabel()
    error.setObjectName("dialogError")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    make_scrollable(dialog)  # a small screen scrolls the form; the buttons stay below it
    return error, buttons


def selected_record(view: QAbstractItemView) -> Any:
    """The record (``OBJECT_ROLE``) of the first selected row of ``view``, None if none."""
    selection = view.selectionModel()
    rows = selection.selectedRows() if selection else []
    return rows[0].data(OBJECT_ROLE) if rows else None


def select_source_row(table: QTableView, proxy: QSortFilterProxyModel, row: int) -> None:
    """Select and show row ``row`` of the proxy's source model; nothing if ``row`` is -1 or the
    row is filtered out."""
    if row < 0:
        return
    index = proxy.mapFromSource(proxy.sourceModel().index(row, 0))
    if index.isValid():
        table.selectRow(index.row())
        table.scrollTo(index)


def list_table(model: QAbstractItemModel, name: str, accessible_name: str) -> QTableView:
    """A read-only table of records, one selected row at a time, columns fitted to their contents
    (the identities and the approved signers are listed this way)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(accessible_name)
    return table


class HelpPopup(QLabel):
    """The explanation of a help button, in a small frameless window under it that takes the
    focus: closed by any key (Escape, Enter, Space…), a click, or when the focus goes elsewhere, so
    that it is read and dismissed without a mouse. (A Qt.Popup would grab the keyboard and the
    mouse, which some platforms refuse.)"""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("helpPopup")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 60)  # a readable line, wrapped
        self.setMargin(8)
        self.setFrameShape(QLabel.Shape.Box)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setAutoFillBackground(True)
        self.setAccessibleName(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.close()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.close()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        super().closeEvent(event)
        button = self.parentWidget()
        if button is not None and button.isVisible():
            button.setFocus(Qt.FocusReason.PopupFocusReason)


class HelpButton(QToolButton):
    """A « ? » next to a technical term (FINESS, GHT, empreinte, fichier d'identité…): its plain-French
    explanation in a tooltip for the mouse AND in a popup on click, Enter or Space for the keyboard.
    Reachable with Tab; a screen reader reads « Aide : <term> » and the explanation."""

    def __init__(self, term: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term = term
        self.explanation = text
        self.popup: HelpPopup | None = None
        self.setText("?")
        self.setObjectName("help")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(text)
        self.setAccessibleName(self.tr("Aide : {term}").format(term=term))
        self.setAccessibleDescription(text)
        self.clicked.connect(self.show_explanation)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Space is a click already
            self.show_explanation()
            return
        super().keyPressEvent(event)

    @Slot()
    def show_explanation(self) -> None:
        if self.popup is None:
            self.popup = HelpPopup(self.explanation, self)
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.setFocus(Qt.FocusReason.PopupFocusReason)


def with_help(widget: QWidget, help_button: HelpButton, *, grow: bool = True) -> QWidget:
    """``widget`` with its « ? » on its right, as one widget for a form row. ``grow``: the widget
    takes the width (a field); otherwise the « ? » follows its text (a check box, a short label)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(widget, 1 if grow else 0)
    layout.addWidget(help_button)
    if not grow:
        layout.addStretch(1)
    return row


def closing_row(window: QWidget) -> QHBoxLayout:
    """A non-modal window's way out (issue 19 item 7): Escape and Ctrl+W close it, and the
    returned row ends with its « Fermer » button (object name "closeButton"), to be added at the
    bottom of its layout (more buttons may be inserted before the stretch)."""
    for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
        shortcut = QShortcut(keys, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(window.close)
    row = QHBoxLayout()
    row.addStretch(1)
    close = push_button(QCoreApplication.translate("Widgets", "&Fermer"), "closeButton", window.close)
    close.setAutoDefault(False)
    row.addWidget(close)
    return row
