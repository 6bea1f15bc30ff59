"""The password dialogs of encrypted bundles, as real widgets: typing, the strength bar and hint,
show/hide, the refusals, Escape; ``ask_new_password`` / ``ask_password`` driven while their
``exec()`` runs. Each dialog is grabbed to PNG (``HOPEN_GRABS=folder`` keeps them to look at)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from hopen_desktop.model.bundle import BundleError
from hopen_desktop.model.bundle_crypto import password_strength
from hopen_desktop.ui.followup.password_dialog import (
    NewPasswordDialog,
    PasswordDialog,
    ask_new_password,
    ask_password,
)
from tests.conftest import type_text

STRONG = "Truite7lune!vert à Noël"


def grab(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("HOPEN_GRABS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 1000
    return path


@pytest.fixture
def new_dialog(qtbot):
    dialog = NewPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_new_password_dialog_explains_what_to_know(new_dialog, tmp_path):
    text = new_dialog.intro.text()
    assert "n'est enregistré nulle part" in text and "ne peut pas être retrouvé" in text
    assert "en aura besoin" in text
    assert "par un autre moyen que le fichier" in text and "téléphone" in text and "même courriel" in text
    assert new_dialog.password_field.echoMode() == QLineEdit.EchoMode.Password
    assert new_dialog.confirm_field.echoMode() == QLineEdit.EchoMode.Password
    assert new_dialog.password_field.accessibleName() == "Mot de passe du paquet"
    assert new_dialog.confirm_field.accessibleName() == "Confirmation du mot de passe"
    assert new_dialog.bar.accessibleName() == "Solidité du mot de passe"
    assert new_dialog.bar.value() == 0 and new_dialog.hint.text() == password_strength("")[1]
    assert new_dialog.hint.text() == "Saisissez un mot de passe."
    grab(new_dialog, "new_password_empty", tmp_path)


def test_the_strength_follows_the_typing(new_dialog, qtbot, tmp_path):
    type_text(new_dialog.password_field, "azerty")
    assert new_dialog.score == 0 and new_dialog.bar.value() == 1  # a red chunk
    assert "trop court" in new_dialog.hint.text() and "#a61b1b" in new_dialog.bar.styleSheet()
    grab(new_dialog, "new_password_weak", tmp_path)
    new_dialog.password_field.clear()
    type_text(new_dialog.password_field, STRONG)
    assert new_dialog.score == 4 and new_dialog.bar.value() == new_dialog.bar.maximum()
    assert new_dialog.hint.text() == "Solide."
    assert new_dialog.bar.accessibleDescription() == "Solide."
    assert "#2b8a3e" in new_dialog.bar.styleSheet()
    new_dialog.show_box.setChecked(True)
    assert new_dialog.password_field.echoMode() == QLineEdit.EchoMode.Normal
    assert new_dialog.confirm_field.echoMode() == QLineEdit.EchoMode.Normal
    grab(new_dialog, "new_password_strong_shown", tmp_path)
    new_dialog.show_box.setChecked(False)
    assert new_dialog.password_field.echoMode() == QLineEdit.EchoMode.Password


def test_too_short_or_different_passwords_are_refused_in_the_dialog(new_dialog, qtbot, tmp_path):
    type_text(new_dialog.password_field, "abc")
    type_text(new_dialog.confirm_field, "abc")
    new_dialog.ok_button.click()
    assert new_dialog.isVisible() and "trop court" in new_dialog.error.text()
    assert new_dialog.error.isVisible()
    new_dialog.password_field.clear()
    assert not new_dialog.error.isVisible()  # typing again clears the refusal
    type_text(new_dialog.password_field, STRONG)
    new_dialog.confirm_field.clear()
    type_text(new_dialog.confirm_field, STRONG + "x")
    new_dialog.ok_button.click()
    assert new_dialog.isVisible() and "pas identiques" in new_dialog.error.text()
    assert new_dialog.confirm_field.text() == ""
    assert new_dialog.error.accessibleName() == new_dialog.error.text()
    grab(new_dialog, "new_password_mismatch", tmp_path)
    type_text(new_dialog.confirm_field, STRONG)
    with qtbot.waitSignal(new_dialog.accepted):
        new_dialog.ok_button.click()
    assert new_dialog.password() == STRONG


def test_escape_cancels_and_forgets(new_dialog, qtbot):
    type_text(new_dialog.password_field, STRONG)
    with qtbot.waitSignal(new_dialog.rejected):
        qtbot.keyClick(new_dialog.password_field, Qt.Key.Key_Escape)
    assert new_dialog.password_field.text() == "" and new_dialog.confirm_field.text() == ""


def answer_modal(qtbot, act) -> list[QWidget]:
    """Call ``act(dialog)`` once the modal dialog opened by exec() is shown."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def test_ask_new_password_returns_the_password_or_none(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)

    def fill(dialog):
        type_text(dialog.password_field, STRONG)
        type_text(dialog.confirm_field, STRONG)
        dialog.ok_button.click()

    seen = answer_modal(qtbot, fill)
    assert ask_new_password(parent) == STRONG
    assert isinstance(seen[0], NewPasswordDialog) and seen[0].parent() is parent
    answer_modal(qtbot, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert ask_new_password(parent) is None


# ---------------------------------------------------------------------------- received bundle


@pytest.fixture
def wrong_then_right():
    """A check that refuses any password but ``STRONG`` with the model's message."""
    tried: list[str] = []

    def check(password: str) -> str:
        tried.append(password)
        if password != STRONG:
            raise BundleError("bundle.wrong_password")
        return "campagne lue"

    return check, tried


def test_a_wrong_password_shows_the_models_message_and_lets_retry(qtbot, wrong_then_right, tmp_path):
    check, tried = wrong_then_right
    dialog = PasswordDialog("audit-clinique.hopen", check=check)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "« audit-clinique.hopen » est chiffré" in dialog.intro.text()
    assert dialog.password_field.accessibleName() == "Mot de passe du paquet"
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.text() == "Saisissez le mot de passe du paquet." and not tried
    type_text(dialog.password_field, "mauvais")
    dialog.ok_button.click()
    assert dialog.isVisible() and tried == ["mauvais"]
    assert dialog.error.text() == BundleError("bundle.wrong_password").message
    assert dialog.error.text().startswith("Mot de passe incorrect")
    assert dialog.password_field.selectedText() == "mauvais"  # typing replaces it
    assert dialog.error.geometry().bottom() < dialog.buttons.geometry().top()  # the whole message shows
    assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    grab(dialog, "password_wrong", tmp_path)
    type_text(dialog.password_field, STRONG)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert tried == ["mauvais", STRONG] and dialog.checked == "campagne lue"
    assert dialog.password() == STRONG


def test_ask_password_with_a_previous_error_and_escape(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    message = BundleError("bundle.wrong_password").message
    shown: list[str] = []

    def answer(dialog):
        shown.append(dialog.error.text())
        grab(dialog, "password_previous_error", tmp_path)
        type_text(dialog.password_field, "é" + STRONG)
        dialog.show_box.setChecked(True)
        assert dialog.password_field.echoMode() == QLineEdit.EchoMode.Normal
        dialog.ok_button.click()

    answer_modal(qtbot, answer)
    assert ask_password(parent, "a.hopen", error=message) == "é" + STRONG
    assert shown == [message]
    answer_modal(qtbot, lambda dialog: qtbot.keyClick(dialog.password_field, Qt.Key.Key_Escape))
    assert ask_password(parent, "a.hopen") is None


def test_ask_password_retries_through_check(qtbot, wrong_then_right):
    check, tried = wrong_then_right
    parent = QWidget()
    qtbot.addWidget(parent)

    def answer(dialog):
        type_text(dialog.password_field, "faux")
        dialog.ok_button.click()
        assert dialog.isVisible() and "Mot de passe incorrect" in dialog.error.text()
        dialog.password_field.clear()
        type_text(dialog.password_field, STRONG)
        dialog.ok_button.click()

    answer_modal(qtbot, answer)
    assert ask_password(parent, "a.hopen", check=check) == STRONG
    assert tried == ["faux", STRONG]
