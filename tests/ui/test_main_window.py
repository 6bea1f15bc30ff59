"""The real main window driven like a person, on real workspace files in tmp_path."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.scoring import Status
from hopen_desktop.model.workspace import Workspace
from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog
from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog
from tests.conftest import type_text

OK = QDialogButtonBox.StandardButton.Ok


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)


def type_and_enter(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def add_clinic_and_campaign(window) -> None:
    window.session.add_establishment(EstablishmentData("750712184", "Clinique des Lilas", "prive", ("MCO",)))
    window.session.add_campaign(dt.date.today(), "hopen-2019", "Mme Durand")


def test_create_establishment_campaign_and_fill_p11(window, qtbot):
    # Establishment, through the dialog, with French accents typed one character at a time.
    window.act_new_establishment.trigger()
    dialog = window.dialog
    assert isinstance(dialog, EstablishmentDialog)
    qtbot.waitExposed(dialog)
    type_text(dialog.finess, "2a0000013")
    type_text(dialog.name, "Clinique Sainte-Émilie")
    dialog.activities["SSR"].setChecked(True)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (est,) = window.session.establishments()
    assert (est.finess, est.name, est.activities) == ("2A0000013", "Clinique Sainte-Émilie", ("SSR",))
    assert window.establishment_combo.currentText() == "Clinique Sainte-Émilie"

    # Campaign, through the dialog.
    window.act_new_campaign.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CampaignDialog)
    type_text(dialog.auditor, "Hélène Dupré")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (camp,) = window.session.campaigns()
    assert camp.auditor == "Hélène Dupré" and camp.date == dt.date.today()
    assert window.stack.currentWidget() is window.dashboard
    rate_before = window.dashboard.rate_value.text()
    assert rate_before == "0 %"

    # P1.1 with 9 / 10: atteint, and the dashboard follows.
    window.show_indicator("P1.1")
    page = window.indicator_page
    assert window.stack.currentWidget() is page
    type_and_enter(qtbot, page.numerator, "9")
    type_and_enter(qtbot, page.denominator, "10")
    assert "Atteint" in page.status_badge.text()
    assert window.session.score().indicators["P1.1"].status == Status.ATTEINT
    index = window.tree_model.index_of("P1.1")
    assert index.data().startswith("✔")
    window.act_dashboard.trigger()
    assert window.dashboard.rate_value.text() != rate_before
    assert window.dashboard.rate_value.text() == "6,6 %"  # 1 of 15 applicable prerequisite indicators
    assert window.dashboard.chart.bars()[0].attained == 1


def test_bad_finess_is_refused_with_its_message(window, qtbot):
    window.act_new_establishment.trigger()
    dialog = window.dialog
    type_text(dialog.finess, "12345")
    type_text(dialog.name, "Clinique")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.finess_error.isVisible()
    assert "FINESS « 12345 » invalide" in dialog.finess_error.text()
    assert window.session.establishments() == []
    dialog.reject()


def test_duplicate_finess_refused_in_dialog(window, qtbot):
    add_clinic_and_campaign(window)
    window.act_new_establishment.trigger()
    dialog = window.dialog
    type_text(dialog.finess, "750712184")
    type_text(dialog.name, "Autre")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "déjà celui de « Clinique des Lilas »" in dialog.error.text()
    dialog.reject()


def test_not_applicable_without_justification_is_refused(window, qtbot):
    add_clinic_and_campaign(window)
    window.show_indicator("D7.3")
    page = window.indicator_page
    page.not_applicable.setFocus()
    qtbot.keyClick(page.not_applicable, Qt.Key.Key_Space)
    assert page.not_applicable.isChecked()
    assert page.na_error.isVisible()
    assert "une justification est obligatoire" in page.na_error.text()
    assert not window.session.answer("D7.3").not_applicable
    # Writing the justification saves the not-applicable answer.
    type_text(page.justification, "Aucun reste à charge facturé en ligne.")
    page.justification.commit()
    saved = window.session.answer("D7.3")
    assert saved.not_applicable and saved.justification == "Aucun reste à charge facturé en ligne."
    assert not page.na_error.isVisible()
    assert window.session.score().indicators["D7.3"].status == Status.NON_APPLICABLE


def test_invalid_figures_refused_in_the_field(window, qtbot):
    add_clinic_and_campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    type_and_enter(qtbot, page.denominator, "10")
    type_and_enter(qtbot, page.numerator, "12")
    assert "dépasse le dénominateur" in page.rate_error.text() and page.rate_error.isVisible()
    type_and_enter(qtbot, page.numerator, "abc")
    assert "nombre entier" in page.rate_error.text()
    type_and_enter(qtbot, page.numerator, "-3")
    assert "négatif" in page.rate_error.text()
    saved = window.session.answer("P1.1")
    assert (saved.numerator, saved.denominator) == (None, 10)
    type_and_enter(qtbot, page.numerator, "0")
    assert not page.rate_error.isVisible()


def test_zero_denominator_accepted_with_hint(window, qtbot):
    add_clinic_and_campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    type_and_enter(qtbot, page.numerator, "0")
    type_and_enter(qtbot, page.denominator, "0")
    assert not page.rate_error.isVisible()
    assert "Dénominateur nul" in page.hint_label.text()
    assert "Non renseigné" in page.status_badge.text()


def test_undo_restores_the_previous_answer(window, qtbot):
    add_clinic_and_campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    type_and_enter(qtbot, page.numerator, "9")
    type_and_enter(qtbot, page.denominator, "10")
    type_and_enter(qtbot, page.numerator, "5")
    assert window.session.answer("P1.1").numerator == 5
    window.tree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.answer("P1.1").numerator == 9
    assert page.numerator.text() == "9"
    assert "Atteint" in page.status_badge.text()
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.session.answer("P1.1").numerator is None
    window.act_redo.trigger()
    assert window.session.answer("P1.1").denominator is None and window.session.answer("P1.1").numerator == 9


def test_undo_of_an_edit_on_another_page_shows_it(window, qtbot):
    add_clinic_and_campaign(window)
    window.show_indicator("P1.4")
    window.indicator_page.criteria_boxes["P1.4.referentiel"].click()
    assert window.session.answer("P1.4").criteria == {"P1.4.referentiel": True}
    window.show_indicator("P1.1")
    window.act_undo.trigger()
    assert window.indicator_page.indicator.id == "P1.4"
    assert not window.indicator_page.criteria_boxes["P1.4.referentiel"].isChecked()
    assert window.session.answer("P1.4").criteria == {}


def test_close_and_reopen_finds_every_edit(window, qtbot, workspace_path, isolated_settings):
    add_clinic_and_campaign(window)
    window.show_indicator("P1.1")
    page = window.indicator_page
    type_and_enter(qtbot, page.numerator, "9")
    type_and_enter(qtbot, page.denominator, "10")
    type_text(page.comment, "Logiciel de diététique à raccorder.")
    window.show_indicator("P2.4")  # leaving the page saves the comment being typed
    crit = window.indicator_page.criteria_boxes["P2.4.pssi"]
    crit.click()
    window.show_indicator("D7.3")
    type_text(window.indicator_page.justification, "Pas de paiement en ligne.")
    window.indicator_page.not_applicable.click()
    window.close()

    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    settings = AppSettings()
    assert settings.last_workspace() == workspace_path.resolve()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.open_workspace(settings.last_workspace())
    again.show_indicator("P1.1")
    p = again.indicator_page
    assert (p.numerator.text(), p.denominator.text()) == ("9", "10")
    assert p.comment.text() == "Logiciel de diététique à raccorder."
    again.show_indicator("P2.4")
    assert again.indicator_page.criteria_boxes["P2.4.pssi"].isChecked()
    again.show_indicator("D7.3")
    assert again.indicator_page.not_applicable.isChecked()
    assert again.indicator_page.justification.text() == "Pas de paiement en ligne."
    again.close()
    with Workspace.open(workspace_path) as ws:
        keys = {j.key for j in ws.journal()}
    assert {"P1.1.numerator", "P1.1.comment", "P2.4.pssi", "D7.3.not_applicable"} <= keys


def test_delete_campaign_asks_for_confirmation(window, qtbot):
    add_clinic_and_campaign(window)
    window.act_delete_campaign.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(window.session.campaigns()) == 1
    window.act_delete_campaign.trigger()
    qtbot.mouseClick(window.dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.session.campaigns() == []
    assert window.dashboard.heading.text() == "Aucune campagne"


def test_delete_establishment_asks_for_confirmation(window, qtbot):
    add_clinic_and_campaign(window)
    window.act_delete_establishment.trigger()
    box = window.dialog
    assert "Clinique des Lilas" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert window.session.establishments() == []
    assert window.establishment_combo.count() == 0


def test_copy_campaign_from_previous(window, qtbot):
    add_clinic_and_campaign(window)
    window.show_indicator("P1.1")
    type_and_enter(qtbot, window.indicator_page.numerator, "9")
    old_id = window.session.campaign_id
    window.act_new_campaign.trigger()
    dialog = window.dialog
    dialog.copy.setChecked(True)
    click_ok(qtbot, dialog)
    assert len(window.session.campaigns()) == 2
    assert window.session.campaign_id != old_id
    assert window.session.answer("P1.1").numerator == 9


def test_edit_establishment_joins_a_ght(window, qtbot):
    add_clinic_and_campaign(window)
    window.act_edit_establishment.trigger()
    dialog = window.dialog
    assert dialog.finess.text() == "750712184"
    type_text(dialog.ght, "GHT Rhône Centre")
    click_ok(qtbot, dialog)
    assert window.session.establishment().ght == "GHT Rhône Centre"
    window.show_indicator("P1.2")
    assert "P1.2.ght" in window.indicator_page.criteria_boxes  # GHT criterion now applies


def test_demo_is_built_off_the_gui_thread_and_opened(window, qtbot, hopen_data_dir):
    window.act_demo.trigger()
    qtbot.waitUntil(lambda: window.session.path == hopen_data_dir / "demo.hopen.sqlite", timeout=10000)
    assert window.establishment_combo.currentText() == "Clinique du Parc des Tilleuls"
    window.show_indicator("P2.4")
    label = window.indicator_page.derived_labels["P2.4.rdv_direction"]
    assert "Rempli par" in label.text()
    listed = window.indicator_page.criterion_evidence["P2.4.rdv_direction"].shown_texts()
    assert any("Comité sécurité" in t for t in listed)  # listed under the criterion (issue 16)
    window.show_indicator("P3.6")
    assert "Manque 1 preuve" in window.indicator_page.derived_labels["P3.6.rapport_dpo"].text()


def test_keyboard_navigation_between_indicators(window, qtbot):
    add_clinic_and_campaign(window)
    window.tree.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.indicator_page.indicator.id == "P1.1"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.indicator_page.indicator.id == "P1.2"
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.dashboard


def test_the_dashboard_is_drawn_once_when_a_workspace_opens_or_its_establishment_changes(
    qtbot, isolated_settings, tmp_path
):
    """Opening a workspace used to draw the dashboard three times (bench/startup.py)."""
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    path = tmp_path / "demo.sqlite"
    build_demo_workspace(path)
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    drawn = []
    refresh_due = window.dashboard.due_panel.refresh
    window.dashboard.due_panel.refresh = lambda: (drawn.append(1), refresh_due())  # each full refresh
    assert window.open_workspace(path)
    assert len(drawn) == 1
    assert window.stack.currentWidget() is window.dashboard
    assert "Clinique du Parc des Tilleuls" in window.dashboard.heading.text()

    drawn.clear()
    est = window.session.establishment()
    renamed = EstablishmentData(est.finess, "Clinique des Tilleuls", est.legal_status, est.activities, est.ght)
    window.session.update_establishment(est.id, renamed)
    assert len(drawn) == 1
    assert "Clinique des Tilleuls" in window.dashboard.heading.text()
    window.close()


def test_the_dashboard_invites_to_start_when_no_workspace_is_open(qtbot, isolated_settings, tmp_path):
    """Without a workspace (none opened yet, or the one shown closed) the dashboard says so and how
    to open one, rather than empty labels or the figures of the workspace closed (found in review)."""
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    assert window.dashboard.heading.text() == "Aucun espace de travail ouvert"
    assert "Ctrl+O" in window.dashboard.subheading.text()  # not "create an establishment": disabled

    path = tmp_path / "demo.sqlite"
    build_demo_workspace(path)
    assert window.open_workspace(path)
    assert "Clinique du Parc des Tilleuls" in window.dashboard.heading.text()
    window.session.close()  # what reopening the demo does first; the session announces it
    assert window.dashboard.heading.text() == "Aucun espace de travail ouvert"
    assert window.dashboard.rate_value.text() == "—"
    assert window.dashboard.blocker_model.rowCount() == 0
    window.close()
