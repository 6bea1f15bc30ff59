"""The passwords of encrypted audit bundles (issue 18, item 5).

``ask_new_password(parent)``: the password of a bundle about to be encrypted — typed twice, shown
on request, with a live strength hint (``model.bundle_crypto.password_strength``) and its bar, and
what the user must know: the password is never stored and cannot be recovered, the other person
needs it, and it travels by another way than the file (by phone, not in the same email).

``ask_password(parent, file_name)``: the password of a received encrypted bundle. With ``check``
(for example ``lambda pw: read_bundle(path, pw)``) a wrong password shows the model's message in
the dialog and the user types it again; with ``error`` the dialog opens showing the message of a
previous attempt (for a caller that reads the bundle in a pool thread and asks again).

Both return the password, or None when the user cancels (Escape, Annuler). The dialog classes can
also be opened without blocking (``open()``, then ``password()`` once ``accepted``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hopen_desktop.model.bundle_crypto import GOOD_LENGTH, MIN_LENGTH, password_strength
from hopen_desktop.model.errors import HopenError
from hopen_desktop.ui.widgets import ErrorLabel

# The bar's colour for each score, 0 (very weak) to 4 (strong).
STRENGTH_COLOURS = ("#a61b1b", "#d9480f", "#c99a06", "#5c940d", "#2b8a3e")


def _password_field(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


def _fit(dialog: QDialog) -> None:
    """Grow the dialog to show a message that just appeared in full (never shrink it)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    hint = dialog.sizeHint()
    if hint.height() > dialog.height() or hint.width() > dialog.width():
        dialog.resize(max(hint.width(), dialog.width()), max(hint.height(), dialog.height()))


def _error_and_buttons(
    dialog: QDialog, layout: QVBoxLayout, ok_text: str, cancel_text: str
) -> tuple[ErrorLabel, QDialogButtonBox, QPushButton]:
    """The bottom of both dialogs: the refusal's line, then OK (``ok_text``) and Cancel."""
    error = ErrorLabel()
    error.setObjectName("error")
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons, ok_button


class NewPasswordDialog(QDialog):
    """The password of a bundle to encrypt: two fields, show/hide, the strength and what to know."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPasswordDialog")
        self.setWindowTitle(self.tr("Chiffrer le paquet d'audit"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "<p>Le paquet sera chiffré : sans ce mot de passe, personne ne pourra l'ouvrir, ni sur une clé "
                "USB perdue ni dans une boîte aux lettres.</p>"
                "<p><b>Le mot de passe n'est enregistré nulle part et ne peut pas être retrouvé.</b> S'il est "
                "oublié, le paquet ne s'ouvrira plus (la campagne reste sur cet ordinateur : vous pourrez en "
                "faire un autre).</p>"
                "<p>La personne qui recevra le paquet en aura besoin : communiquez-le-lui <b>par un autre "
                "moyen que le fichier</b> — par téléphone par exemple, jamais dans le même courriel.</p>"
            )
        )
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.intro)

        form = QFormLayout()
        self.password_field = _password_field("password", self.tr("Mot de passe du paquet"))
        self.confirm_field = _password_field("confirm", self.tr("Confirmation du mot de passe"))
        for text, field in (
            (self.tr("&Mot de passe :"), self.password_field),
            (self.tr("&Confirmation :"), self.confirm_field),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.show_box = QCheckBox(self.tr("&Afficher les mots de passe"))
        self.show_box.setObjectName("show")
        self.show_box.setAccessibleName(self.tr("Afficher les mots de passe"))
        self.show_box.toggled.connect(self._show_text)
        form.addRow("", self.show_box)
        self.bar = QProgressBar()
        self.bar.setObjectName("strengthBar")
        self.bar.setRange(0, 5)  # the score plus one: a very weak password shows a red chunk
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.bar.setAccessibleName(self.tr("Solidité du mot de passe"))
        bar_label = QLabel(self.tr("Solidité :"))
        bar_label.setBuddy(self.bar)
        form.addRow(bar_label, self.bar)
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        form.addRow("", self.hint)
        layout.addLayout(form)

        self.error, self.buttons, self.ok_button = _error_and_buttons(
            self, layout, self.tr("C&hiffrer"), self.tr("&Annuler")
        )
        self.password_field.textChanged.connect(self._update_strength)
        self.confirm_field.textChanged.connect(self._clear_error)
        self._update_strength("")
        self.password_field.setFocus()

    def password(self) -> str:
        return self.password_field.text()

    @Slot(bool)
    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password_field.setEchoMode(mode)
        self.confirm_field.setEchoMode(mode)

    @Slot(str)
    def _update_strength(self, text: str) -> None:
        score, hint = password_strength(text)
        self.score = score
        self.bar.setValue(score + 1 if text else 0)
        colour = STRENGTH_COLOURS[score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}")
        self.hint.setText(hint)
        self.bar.setAccessibleDescription(hint)
        self._clear_error()

    @Slot()
    def _clear_error(self) -> None:
        self.error.clear_message()

    def accept(self) -> None:
        password = self.password_field.text()
        if len(password) < MIN_LENGTH:
            self._refuse(
                self.tr("Le mot de passe est trop court : {n} caractères au moins ({good} conseillés).").format(
                    n=MIN_LENGTH, good=GOOD_LENGTH
                ),
                self.password_field,
            )
            return
        if self.confirm_field.text() != password:
            self.confirm_field.clear()  # before the message: typing clears it
            self._refuse(
                self.tr("Les deux mots de passe ne sont pas identiques : saisissez de nouveau la confirmation."),
                self.confirm_field,
            )
            return
        super().accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.error.show_message(message)
        self.error.setAccessibleName(message)
        _fit(self)
        field.setFocus()
        field.selectAll()

    def reject(self) -> None:
        self.password_field.clear()
        self.confirm_field.clear()
        super().reject()


class PasswordDialog(QDialog):
    """The password of a received encrypted bundle: one field, show/hide, the model's message
    after a wrong password, and another try."""

    def __init__(
        self,
        file_name: str,
        parent: QWidget | None = None,
        *,
        error: str | None = None,
        check: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Paquet d'audit chiffré"))
        self.setMinimumWidth(520)
        self.check = check
        # What ``check`` returned for the accepted password (e.g. the campaign read).
        self.checked: object = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Le paquet « {name} » est chiffré. Saisissez le mot de passe que vous a communiqué la personne "
                "qui vous l'a envoyé (par téléphone ou par un autre moyen que le fichier)."
            ).format(name=file_name)
        )
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.password_field = _password_field("password", self.tr("Mot de passe du paquet"))
        label = QLabel(self.tr("&Mot de passe :"))
        label.setBuddy(self.password_field)
        form.addRow(label, self.password_field)
        self.show_box = QCheckBox(self.tr("&Afficher le mot de passe"))
        self.show_box.setObjectName("show")
        self.show_box.setAccessibleName(self.tr("Afficher le mot de passe"))
        self.show_box.toggled.connect(self._show_text)
        form.addRow("", self.show_box)
        layout.addLayout(form)
        self.error, self.buttons, self.ok_button = _error_and_buttons(
            self, layout, self.tr("&Ouvrir"), self.tr("&Annuler")
        )
        if error:
            self.show_error(error)
        self.password_field.setFocus()

    def password(self) -> str:
        return self.password_field.text()

    def show_error(self, message: str) -> None:
        """Show ``message`` (the model's, e.g. « Mot de passe incorrect : … ») and select the
        password so that typing replaces it."""
        self.error.show_message(message)
        self.error.setAccessibleName(message)
        _fit(self)
        self.password_field.setFocus()
        self.password_field.selectAll()

    @Slot(bool)
    def _show_text(self, shown: bool) -> None:
        self.password_field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def accept(self) -> None:
        password = self.password_field.text()
        if not password:
            self.show_error(self.tr("Saisissez le mot de passe du paquet."))
            return
        if self.check is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.checked = self.check(password)
            except HopenError as exc:
                self.show_error(exc.message)
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
        super().accept()

    def reject(self) -> None:
        self.password_field.clear()
        super().reject()


def ask_new_password(parent: QWidget | None) -> str | None:
    """The password to encrypt a bundle with (typed twice, at least ``MIN_LENGTH`` characters),
    or None when the user cancels."""
    dialog = NewPasswordDialog(parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password()
    finally:
        dialog.password_field.clear()
        dialog.confirm_field.clear()
        dialog.deleteLater()


def ask_password(
    parent: QWidget | None,
    file_name: str,
    *,
    error: str | None = None,
    check: Callable[[str], object] | None = None,
) -> str | None:
    """The password of the received encrypted bundle ``file_name``, or None when the user
    cancels. ``check(password)`` (optional) is called on OK: a ``HopenError`` it raises (a wrong
    password) is shown in the dialog, which stays open for another try. ``error``: a message to
    show from the start (the previous try was refused). To keep what ``check`` read, let it store
    it: ``check=lambda pw: found.append(read_bundle(path, pw))``."""
    dialog = PasswordDialog(file_name, parent, error=error, check=check)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password()
    finally:
        dialog.password_field.clear()
        dialog.deleteLater()
