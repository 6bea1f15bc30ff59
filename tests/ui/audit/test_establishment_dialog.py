"""The establishment dialog on a real workspace: a new establishment saved through the session,
each refusal shown next to its field with the dialog left open, an edit prefilled."""

from PySide6.QtWidgets import QDialogButtonBox

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog
from tests.conftest import type_text

OK = QDialogButtonBox.StandardButton.Ok


def open_dialog(qtbot, session, establishment=None) -> EstablishmentDialog:
    dialog = EstablishmentDialog(session, establishment)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_establishment_is_saved_through_the_session(qtbot, session):
    dialog = open_dialog(qtbot, session)
    type_text(dialog.finess, "2a 000 0013")
    type_text(dialog.name, "Hôpital de Bastia")
    dialog.legal_status.setCurrentIndex(dialog.legal_status.findData("espic"))
    dialog.activities["MCO"].setChecked(True)
    dialog.activities["HAD"].setChecked(True)
    type_text(dialog.ght, "GHT de Corse ")
    dialog.ght_support.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    saved = dialog.saved
    assert saved is not None
    [stored] = session.establishments()
    assert stored == saved
    assert (stored.finess, stored.name, stored.legal_status, stored.activities, stored.ght, stored.ght_support) == (
        "2A0000013",
        "Hôpital de Bastia",
        "espic",
        ("MCO", "HAD"),
        "GHT de Corse",
        True,
    )


def test_refusals_sit_next_to_their_field_and_the_dialog_stays_open(qtbot, session):
    dialog = open_dialog(qtbot, session)
    type_text(dialog.finess, "12345")
    dialog.buttons.button(OK).click()
    assert dialog.isVisible() and "FINESS" in dialog.finess_error.text() and dialog.finess_error.isVisible()
    dialog.finess.clear()
    type_text(dialog.finess, "750712184")
    dialog.buttons.button(OK).click()
    assert not dialog.finess_error.isVisible()
    assert dialog.isVisible() and dialog.name_error.isVisible() and dialog.name_error.text()
    assert session.establishments() == []


def test_a_duplicate_finess_is_refused_by_the_model_in_the_dialog(qtbot, session):
    session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas"))
    dialog = open_dialog(qtbot, session)
    type_text(dialog.finess, "750712184")
    type_text(dialog.name, "Autre clinique")
    dialog.buttons.button(OK).click()
    assert dialog.isVisible() and dialog.error.isVisible() and "750712184" in dialog.error.text()
    assert len(session.establishments()) == 1


def test_an_edit_is_prefilled_and_updates_the_same_record(qtbot, session):
    est = session.add_establishment(
        EstablishmentData("750712184", "Clinique des Lilas", "prive", ("SSR",), "GHT Paris", False)
    )
    dialog = open_dialog(qtbot, session, est)
    assert dialog.data() == EstablishmentData("750712184", "Clinique des Lilas", "prive", ("SSR",), "GHT Paris", False)
    assert dialog.ght.completer().model().stringList() == ["GHT Paris"]  # the names already in use
    dialog.name.clear()
    type_text(dialog.name, "Clinique des Lilas (site 2)")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    [stored] = session.establishments()
    assert stored.id == est.id and stored.name == "Clinique des Lilas (site 2)"


def test_finess_checked_when_leaving_the_field(qtbot, session):
    dialog = open_dialog(qtbot, session)
    type_text(dialog.finess, "ABC")
    dialog.finess.editingFinished.emit()
    assert dialog.finess_error.isVisible()
    dialog.finess.clear()
    dialog.finess.editingFinished.emit()
    assert not dialog.finess_error.isVisible()


def test_a_wrong_key_is_refused_with_what_to_do(qtbot, session):
    dialog = open_dialog(qtbot, session)
    type_text(dialog.finess, "750000001")
    type_text(dialog.name, "Clinique des Lilas")
    dialog.buttons.button(OK).click()
    assert dialog.isVisible() and dialog.finess_error.isVisible()
    assert "750000001 a une clé de contrôle fausse" in dialog.finess_error.text()
    assert "FINESS provisoire" in dialog.finess_error.text()
    assert session.establishments() == []


def test_a_provisional_establishment_from_the_checkbox(qtbot, session):
    dialog = open_dialog(qtbot, session)
    assert dialog.provisional.text().replace("&", "") == "FINESS provisoire (numéro pas encore connu)"
    assert not dialog.provisional.isChecked()
    assert dialog.provisional_hint.text().startswith("Pas encore de numéro FINESS ?")
    dialog.provisional.setChecked(True)
    assert "PROV-" in dialog.finess.placeholderText()
    type_text(dialog.name, "Clinique nouvelle")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    [stored] = session.establishments()
    assert stored.finess_provisional and stored.finess.startswith("PROV-")
    # Edited: the field is empty and names the placeholder; unticked empty, the number is asked for.
    dialog = open_dialog(qtbot, session, stored)
    assert dialog.provisional.isChecked() and dialog.finess.text() == ""
    assert stored.finess in dialog.finess.placeholderText()
    dialog.provisional.setChecked(False)
    dialog.buttons.button(OK).click()
    assert dialog.isVisible() and "Le numéro FINESS est obligatoire" in dialog.finess_error.text()
    type_text(dialog.finess, "750000002")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    [real] = session.establishments()
    assert (real.id, real.finess, real.finess_provisional) == (stored.id, "750000002", False)


def test_a_provisional_number_is_kept_without_its_key(qtbot, session):
    dialog = open_dialog(qtbot, session)
    type_text(dialog.finess, "750000001")
    dialog.provisional.setChecked(True)
    dialog.finess.editingFinished.emit()
    assert not dialog.finess_error.isVisible()
    type_text(dialog.name, "Clinique incertaine")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    [stored] = session.establishments()
    assert (stored.finess, stored.finess_provisional) == ("750000001", True)


def test_an_old_number_with_a_wrong_key_can_still_be_edited(qtbot, session, monkeypatch):
    from hopen_desktop.model.operations import establishments
    from hopen_desktop.model.validation import check_finess_format

    with monkeypatch.context() as m:  # saved by a version that did not check the key
        m.setattr(establishments, "check_finess", check_finess_format)
        old = session.add_establishment(EstablishmentData("750000001", "Clinique ancienne"))
    dialog = open_dialog(qtbot, session, old)
    assert dialog.finess.text() == "750000001" and not dialog.provisional.isChecked()
    dialog.name.clear()
    type_text(dialog.name, "Clinique rénovée")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(OK).click()
    [stored] = session.establishments()
    assert (stored.finess, stored.name) == ("750000001", "Clinique rénovée")


def test_a_refusal_goes_as_soon_as_the_field_is_valid(qtbot, session):
    """Issue 19 item 6: each red message goes at the keystroke that makes its field valid, and
    follows the field while it is not (the model's own check, as on saving)."""
    from PySide6.QtCore import Qt

    dialog = open_dialog(qtbot, session)
    type_text(dialog.finess, "12345")
    dialog.buttons.button(OK).click()
    assert dialog.finess_error.isVisible()
    dialog.finess.clear()
    type_text(dialog.finess, "75071218")  # eight characters: still refused
    assert dialog.finess_error.isVisible()
    type_text(dialog.finess, "4")
    assert not dialog.finess_error.isVisible()
    dialog.buttons.button(OK).click()
    assert dialog.name_error.isVisible()
    type_text(dialog.name, "C")
    assert not dialog.name_error.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    assert not dialog.name_error.isVisible()
