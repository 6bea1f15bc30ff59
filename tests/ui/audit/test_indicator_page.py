"""Issue 6: an action created from an unmet criterion on the indicator page shows on the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from hopen_desktop.model.changes import Changes
from hopen_desktop.model.entities import EstablishmentData


def due_texts(panel) -> list[str]:
    model = panel.list.model()
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def test_action_from_unmet_criterion_appears_on_the_dashboard(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    window.show_indicator("P2.4")
    page = window.indicator_page
    assert page.action_button.isVisibleTo(page)
    entries = {a.data(): a for a in page.action_menu.actions()}
    assert "P2.4.rdv_direction" in entries  # the derived criterion is unmet: no meeting registered
    entries["P2.4.rdv_direction"].trigger()
    dialog = window.followup.dialog
    assert dialog is not None and dialog.isVisible()
    assert "RSSI" in dialog.title.text()
    late = dt.date.today() - dt.timedelta(days=3)
    dialog.due.setDate(QDate(late.year, late.month, late.day))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    actions = s.workspace.actions(s.establishment_id)
    assert [(a.indicator, a.criterion, a.due_date) for a in actions] == [("P2.4", "P2.4.rdv_direction", late)]
    window.show_dashboard()
    assert any(dialog.title.text() in text for text in due_texts(window.dashboard.due_panel))


def test_the_status_shows_its_reason_and_a_prerequisite_cannot_be_declared_not_applicable(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    window.show_indicator("P2.5")
    page = window.indicator_page
    assert page.hint_label.text() == (
        "Non atteint : aucune preuve « Attestation d'audit de sécurité externe » datée des 12 derniers mois "
        "(du 02/12/2024 au 01/12/2025)."
    )
    assert not page.not_applicable.isEnabled()
    assert page.findChild(type(page.hint_label), "prerequisiteNaNote") is not None
    window.show_indicator("D7.3")  # a domain indicator can be
    assert window.indicator_page.not_applicable.isEnabled()
    assert window.indicator_page.findChild(type(page.hint_label), "prerequisiteNaNote") is None


def test_a_prerequisite_stored_not_applicable_shows_why_and_can_be_unticked(qtbot, window):
    from dataclasses import replace

    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    camp = s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    ws = s.workspace
    with ws.transaction():  # as a version before issue 16 stored it
        ws.answers.write(camp.id, replace(ws.answers.one(camp.id, "P1.1"), not_applicable=True, justification="x"))
    s.announce(Changes(answers=frozenset({(camp.id, "P1.1")})))
    window.show_indicator("P1.1")
    page = window.indicator_page
    assert page.not_applicable.isChecked() and page.not_applicable.isEnabled()
    assert page.hint_label.text().startswith("Non renseigné : marqué « non applicable », ce qu'un prérequis")
    page.not_applicable.click()
    assert not ws.answers.one(camp.id, "P1.1").not_applicable
    assert not page.not_applicable.isEnabled()  # and it cannot be ticked again


def _type_and_enter(qtbot, field, text: str) -> None:
    from PySide6.QtCore import Qt

    from tests.conftest import type_text

    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_rate_box_takes_the_measurement_period_and_the_source(qtbot, window, tmp_path):
    """Issue 17 item 5: « période mesurée du … au … » and « source » on a rate, saved like the
    numerator, refused with a French message next to the fields, reachable by the keyboard."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    window.show_indicator("P1.1")
    page = window.indicator_page
    assert page.period_start is not None and page.period_end is not None and page.source is not None
    assert page.period_start.placeholderText() == "—" and page.period_start.text() == ""
    # Each field has a label with a mnemonic that reaches it, and an accessible name.
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy() is not None}
    assert {page.period_start, page.period_end, page.source} <= buddies
    assert page.period_start.accessibleName() == "Début de la période mesurée"
    assert "jj/mm/aaaa" in page.period_end.toolTip()  # kept once the page is drawn (not a sealed one)
    assert page.source.accessibleName() == "Source des données"
    # Keyboard order: numerator, denominator, then the period and the source.
    chain, widget = [], page.numerator
    for _ in range(400):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    fields = [page.numerator, page.denominator, page.period_start, page.period_end, page.source]
    assert [w for w in chain if w in fields][:5] == fields

    _type_and_enter(qtbot, page.period_start, "01/01/2025")
    _type_and_enter(qtbot, page.period_end, "30/06/2025")
    _type_and_enter(qtbot, page.source, "extraction DPI")
    saved = s.answer("P1.1")
    assert (saved.period_start, saved.period_end, saved.source) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 6, 30),
        "extraction DPI",
    )
    rows = [r for r in s.workspace.journal(s.campaign_id) if r.entity == "answer"]
    assert {r.key for r in rows} >= {"P1.1.period_start", "P1.1.period_end", "P1.1.source"}
    assert next(r for r in rows if r.key == "P1.1.period_end").new == '"2025-06-30"'

    _type_and_enter(qtbot, page.period_end, "31/12/2024")  # before the start
    assert "avant son début" in page.measurement_error.text() and page.measurement_error.isVisible()
    _type_and_enter(qtbot, page.period_end, "demain")
    assert "n'est pas une date" in page.measurement_error.text()
    _type_and_enter(qtbot, page.period_end, "01/01/2099")
    assert "dans le futur" in page.measurement_error.text()
    assert s.answer("P1.1").period_end == dt.date(2025, 6, 30)  # nothing saved is lost
    _type_and_enter(qtbot, page.period_end, "")  # « — »: the end is not known
    assert not page.measurement_error.isVisible()
    assert s.answer("P1.1").period_end is None

    # Shown again when the page comes back; undo restores the previous value.
    window.show_indicator("P1.2")
    window.show_indicator("P1.1")
    page = window.indicator_page
    assert (page.period_start.text(), page.period_end.text(), page.source.text()) == (
        "01/01/2025",
        "",
        "extraction DPI",
    )
    s.undo_stack.undo()
    assert page.period_end.text() == "30/06/2025"
    page.grab().save(str(tmp_path / "p1_1.png"))


def test_an_existence_indicator_has_no_measurement_fields(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    window.show_indicator("P2.4")
    page = window.indicator_page
    assert page.period_start is None and page.period_end is None and page.source is None


# ----------------------------------------------------------------------------- issue 19 item 4


def _campaign(window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    return s


def _type(qtbot, field, text: str) -> None:
    """Type into ``field`` without leaving it (no Enter, no Tab)."""
    from PySide6.QtCore import Qt

    from tests.conftest import type_text

    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)


def test_the_rate_and_the_status_follow_the_typing_and_are_saved_once_on_leaving_the_field(qtbot, window):
    """« s'affiche aussitôt »: the rate and the status change at each keystroke (the model's check
    and scoring on the values typed), and the journal gets one row per field left, not one per key."""
    from PySide6.QtCore import Qt

    s = _campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    rows_before = len(s.workspace.journal(s.campaign_id))
    _type(qtbot, page.denominator, "100")
    _type(qtbot, page.numerator, "95")
    assert page.rate_bar.accessibleName() == "Taux : 95 %, cible : 90 %"
    assert page.status_badge.text() == "✔ Atteint"
    assert s.answer("P1.1").numerator is None  # nothing saved yet
    _type(qtbot, page.numerator, "5")
    assert page.rate_bar.accessibleName() == "Taux : 5 %, cible : 90 %"
    assert page.status_badge.text() == "✖ Non atteint" and "sous la cible" in page.hint_label.text()
    qtbot.keyClick(page.numerator, Qt.Key.Key_Tab)  # leaving the field saves
    assert (s.answer("P1.1").numerator, s.answer("P1.1").denominator) == (5, 100)
    assert len(s.workspace.journal(s.campaign_id)) - rows_before == 2  # numerator and denominator


def test_a_refused_value_shows_its_error_while_typed_and_it_goes_when_corrected(qtbot, window):
    s = _campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    _type(qtbot, page.denominator, "10")
    _type(qtbot, page.numerator, "12,5")
    assert page.rate_error.isVisible() and "12,5" in page.rate_error.text()
    assert page.numerator.styleSheet()  # the red frame
    _type(qtbot, page.numerator, "12")  # above the denominator: refused by the model too
    assert page.rate_error.isVisible()
    _type(qtbot, page.numerator, "8")
    assert not page.rate_error.isVisible() and not page.numerator.styleSheet()
    assert s.answer("P1.1").numerator is None


def _invalid_rate(qtbot, window):
    window.show_indicator("P1.1")
    page = window.indicator_page
    _type(qtbot, page.denominator, "10")
    _type(qtbot, page.numerator, "12,5")
    return page


def _leave_box(page):
    box = page.leave_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("Les valeurs saisies ne sont pas valides")
    return box


def test_leaving_by_the_navigation_tree_with_invalid_input_asks_and_stay_keeps_it(qtbot, window):
    s = _campaign(window)
    page = _invalid_rate(qtbot, window)
    window.tree.setCurrentIndex(window.tree_model.index_of("P1.2"))  # a click in the tree
    box = _leave_box(page)
    assert page.indicator.id == "P1.1" and page.numerator.text() == "12,5"
    assert page.rate_error.isVisible()  # kept with its error
    assert window.tree.currentIndex() == window.tree_model.index_of("P1.1")
    box.findChild(type(box.buttons()[0]), "stayButton").click()
    assert page.leave_box is None and page.indicator.id == "P1.1"
    assert page.numerator.text() == "12,5"
    assert s.answer("P1.1").numerator is None


def test_abandoning_the_input_goes_where_the_user_asked(qtbot, window):
    s = _campaign(window)
    s.save_answer(replace_answer(s.answer("P1.1"), numerator=3, denominator=10))
    page = _invalid_rate(qtbot, window)
    window.tree.setCurrentIndex(window.tree_model.index_of("P1.2"))
    box = _leave_box(page)
    box.findChild(type(box.buttons()[0]), "discardButton").click()
    assert window.indicator_page.indicator.id == "P1.2"
    assert (s.answer("P1.1").numerator, s.answer("P1.1").denominator) == (3, 10)  # what was saved stays


def test_keyboard_navigation_with_invalid_input_asks_first(qtbot, window):
    from PySide6.QtCore import Qt

    _campaign(window)
    page = _invalid_rate(qtbot, window)
    qtbot.keyClick(page.numerator, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # next indicator
    box = _leave_box(page)
    assert page.indicator.id == "P1.1"
    box.findChild(type(box.buttons()[0]), "discardButton").click()
    assert window.indicator_page.indicator.id != "P1.1"


def test_valid_input_not_yet_saved_is_saved_before_leaving(qtbot, window):
    from PySide6.QtCore import Qt

    s = _campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    _type(qtbot, page.denominator, "10")
    _type(qtbot, page.numerator, "7")  # the focus stays in the field
    qtbot.keyClick(page.numerator, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.leave_box is None
    assert (s.answer("P1.1").numerator, s.answer("P1.1").denominator) == (7, 10)


def test_changing_campaign_with_invalid_input_asks_and_keeps_the_campaign(qtbot, window):
    s = _campaign(window)
    first = s.campaign_id
    s.add_campaign(dt.date(2025, 6, 1), "hopen-2019", "Auditrice")
    s.select_campaign(first)
    page = _invalid_rate(qtbot, window)
    other = next(
        row for row in range(window.campaign_model.rowCount()) if window.campaign_model.campaign(row).id != first
    )
    window.campaign_combo.setCurrentIndex(other)  # the user picks the other campaign
    box = _leave_box(page)
    assert s.campaign_id == first
    assert window.campaign_model.campaign(window.campaign_combo.currentIndex()).id == first
    box.findChild(type(box.buttons()[0]), "discardButton").click()
    assert s.campaign_id != first


def test_closing_the_window_with_invalid_input_asks_first(qtbot, window):
    _campaign(window)
    page = _invalid_rate(qtbot, window)
    window.close()
    box = _leave_box(page)
    assert window.isVisible()
    box.findChild(type(box.buttons()[0]), "discardButton").click()
    assert not window.isVisible()


def test_a_bad_date_of_the_measured_period_also_holds_the_page(qtbot, window):
    _campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    _type(qtbot, page.period_start, "31/02/2025")
    window.show_dashboard()
    box = _leave_box(page)
    assert "n'est pas une date" in box.text()
    assert window.stack.currentWidget() is page
    _type(qtbot, page.period_start, "01/02/2025")  # corrected while typing: the error goes at once
    assert not page.measurement_error.isVisible()


def replace_answer(answer, **changes):
    from dataclasses import replace

    return replace(answer, **changes)
