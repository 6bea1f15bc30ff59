"""Small reusable widgets: the autosaving text field, the error label, the confirmation box,
form dialogs, the selected record of a view."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox, QTableView, QWidget

from hopen_desktop.ui.record_model import RecordTableModel
from hopen_desktop.ui.widgets import (
    CommitTextEdit,
    ErrorLabel,
    confirmation_box,
    lay_out_form_dialog,
    push_button,
    section_title,
    select_source_row,
    selected_record,
)
from tests.conftest import type_text


class Names(RecordTableModel[str]):
    def headers(self) -> list[str]:
        return ["Nom"]

    def row_id(self, obj: str) -> str:
        return obj

    def display(self, obj: str, col: int) -> str:
        return obj


def test_the_text_field_commits_once_after_a_pause_and_on_leaving(qtbot, monkeypatch):
    monkeypatch.setattr(CommitTextEdit, "IDLE_MS", 50)
    host = QWidget()
    qtbot.addWidget(host)
    edit = CommitTextEdit(host)
    other = QLineEdit(host)
    host.show()
    qtbot.waitExposed(host)
    edit.setFocus()
    with qtbot.waitSignal(edit.committed, timeout=3000):
        type_text(edit, "Réunion")
    assert edit.text() == "Réunion"
    with qtbot.assertNotEmitted(edit.committed, wait=200):  # nothing new to say
        edit.commit()
    edit._timer.setInterval(60_000)  # only leaving the field commits now
    type_text(edit, " faite")
    with qtbot.waitSignal(edit.committed, timeout=3000):
        other.setFocus()
    with qtbot.assertNotEmitted(edit.committed, wait=100):
        edit.set_text_quietly("Autre")
        edit.commit()
    assert edit.text() == "Autre"


def test_the_error_label_shows_only_when_there_is_a_message(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    label = ErrorLabel(form)
    form.show()
    assert not label.isVisible()  # hidden until there is something to say
    label.show_message("Le titre est obligatoire.")
    assert label.isVisible() and label.text() == "Le titre est obligatoire."
    label.clear_message()
    assert not label.isVisible()


def test_confirmation_defaults_to_cancel_and_yes_calls_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    said_yes = []
    box = confirmation_box(
        parent, "Supprimer", "Supprimer l'action ?", lambda: said_yes.append(True), yes_text="Supprimer"
    )
    assert box.objectName() == "confirmBox"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Supprimer"
    box.button(QMessageBox.StandardButton.Yes).click()
    assert said_yes == [True]


def test_push_button_and_section_title(qtbot):
    clicks = []
    button = push_button("Ajouter", "addButton", lambda: clicks.append(1))
    qtbot.addWidget(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.objectName() == "addButton" and clicks == [1]
    title = section_title("Preuves")
    qtbot.addWidget(title)
    assert title.font().bold() and title.text() == "Preuves"


def test_a_form_dialog_has_its_error_label_and_ok_cancel(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    error, buttons = lay_out_form_dialog(dialog, QFormLayout())
    assert error.objectName() == "dialogError"
    with qtbot.waitSignal(dialog.accepted):
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with qtbot.waitSignal(dialog.rejected):
        buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_the_selected_record_through_a_sorting_proxy(qtbot):
    model = Names()
    model.set_rows(["Charlie", "Alpha", "Bravo"])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    assert selected_record(table) is None
    select_source_row(table, proxy, model.row_of("Charlie"))
    assert selected_record(table) == "Charlie"
    select_source_row(table, proxy, -1)  # nothing to select: the selection stays
    assert selected_record(table) == "Charlie"
    proxy.setFilterFixedString("Alpha")
    select_source_row(table, proxy, model.row_of("Bravo"))  # filtered out: nothing happens
    assert selected_record(table) in (None, "Alpha")


def test_every_non_modal_window_closes_with_its_button_escape_and_ctrl_w(
    qtbot, isolated_settings, hopen_data_dir, tmp_path
):
    """Issue 19 item 7: the history window had no « Fermer » and ignored Escape and Ctrl+W; every
    non-modal window (closing_row) now has the three."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from tests.ui.windows import NON_MODAL, activate, demo_window, dialog_builders

    window = demo_window(qtbot, tmp_path)
    window.show()
    builders = dialog_builders(window, tmp_path)
    for name in NON_MODAL:
        shown = builders[name]()
        qtbot.addWidget(shown)
        button = shown.findChild(QPushButton, "closeButton")
        assert button is not None and button.text() == "&Fermer", name
        for key, modifier in (
            (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        ):
            activate(qtbot, shown)
            target = shown.focusWidget() or shown
            qtbot.keyClick(target, key, modifier)
            assert not shown.isVisible(), (name, key)
        activate(qtbot, shown)
        button.click()
        assert not shown.isVisible(), name
    window.close()
