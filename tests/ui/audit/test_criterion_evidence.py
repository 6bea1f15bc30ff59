"""Issue 16, item 4, in the window: each criterion shows the evidence that supports it (computed
or linked), opens it, and offers « Joindre une preuve » pre-filled; the register's indicator filter
and « Indicateurs » column count every item that counts for an indicator. Real widgets on real
workspace files."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hopen_desktop.model.demo import build_demo_workspace
from hopen_desktop.model.entities import Evidence, EvidenceLink
from hopen_desktop.ui.audit.criterion_evidence import NOT_COUNTING_SHOWN, CriterionEvidence
from hopen_desktop.ui.evidence.dialog import EvidenceDialog
from hopen_desktop.ui.evidence.models import EvidenceTableModel
from tests.conftest import type_text
from tests.ui.evidence.helpers import months_ago, setup_clinic

PSSI = "Politique de sécurité (PSSI) v2"


def evidence_of(window, key: str) -> CriterionEvidence:
    return window.indicator_page.criterion_evidence[key]


def add_pssi(window):
    return window.session.add_evidence(
        "document", months_ago(14), PSSI, {"kind": "pssi"}, [EvidenceLink("P2.4", "P2.4.pssi")]
    )


def test_the_linked_pssi_shows_on_its_criterion_and_opens(window, qtbot):
    """The clinic director's case: « PSSI existe » ticked in the document's list showed nowhere."""
    setup_clinic(window)
    doc = add_pssi(window)
    window.show_indicator("P2.4")
    pssi = evidence_of(window, "P2.4.pssi")
    assert pssi.shown_texts() == [f"« {PSSI} » — {doc.date:%d/%m/%Y} (liée)"]
    assert pssi.list.isVisibleTo(window) and not pssi.empty_label.isVisibleTo(window)
    # Other criteria say they have none; nothing is listed as counting for them.
    assert evidence_of(window, "P2.4.analyse_risques").shown_texts() == []
    assert evidence_of(window, "P2.4.analyse_risques").empty_label.isVisibleTo(window)
    # Activating the item with the keyboard opens it in the evidence form.
    pssi.list.setFocus()
    pssi.list.setCurrentRow(0)
    qtbot.keyClick(pssi.list, Qt.Key.Key_Return)
    dialog = pssi.dialog
    assert isinstance(dialog, EvidenceDialog) and dialog.evidence is not None and dialog.evidence.id == doc.id
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == PSSI
    dialog.reject()


def test_attach_from_a_hand_ticked_criterion_is_pre_filled_and_the_list_follows(window, qtbot):
    setup_clinic(window)
    window.show_indicator("P2.4")
    risks = evidence_of(window, "P2.4.analyse_risques")
    button = risks.attach_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # keyboard reachable
    assert "Joindre une preuve" in button.accessibleName() and "analyse des risques" in button.accessibleName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = risks.dialog
    assert isinstance(dialog, EvidenceDialog) and dialog.evidence is None
    qtbot.waitExposed(dialog)
    assert dialog.evidence_type == "document"
    checked = [key for key, item in dialog._link_items.items() if item.checkState(0) == Qt.CheckState.Checked]
    assert checked == [("P2.4", "P2.4.analyse_risques")]
    dialog.title.setFocus()
    type_text(dialog.title, "Analyse des risques EBIOS 2025")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (saved,) = window.session.evidence()
    assert saved.links == (EvidenceLink("P2.4", "P2.4.analyse_risques"),)
    assert evidence_of(window, "P2.4.analyse_risques").shown_texts() == [
        f"« Analyse des risques EBIOS 2025 » — {saved.date:%d/%m/%Y} (liée)"
    ]


def test_attach_from_a_derived_criterion_chooses_the_rule_type(window, qtbot):
    setup_clinic(window)
    window.show_indicator("P2.4")
    meetings = evidence_of(window, "P2.4.rdv_direction")
    qtbot.mouseClick(meetings.attach_button, Qt.MouseButton.LeftButton)
    dialog = meetings.dialog
    assert isinstance(dialog, EvidenceDialog)
    assert dialog.evidence_type == "rssi_direction_meeting"
    assert dialog._link_items[("P2.4", "P2.4.rdv_direction")].checkState(0) == Qt.CheckState.Checked
    # Changing the type keeps the link the form was opened with.
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("document"))
    assert dialog._link_items[("P2.4", "P2.4.rdv_direction")].checkState(0) == Qt.CheckState.Checked
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("rssi_direction_meeting"))
    dialog.title.setFocus()
    type_text(dialog.title, "Comité sécurité du mois")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [t.endswith("(calculée)") for t in evidence_of(window, "P2.4.rdv_direction").shown_texts()] == [True]


def test_a_meeting_outside_the_window_is_shown_as_not_counting(window, qtbot):
    setup_clinic(window)
    s = window.session
    link = EvidenceLink("P2.4", "P2.4.rdv_direction")
    s.add_evidence("rssi_direction_meeting", months_ago(15), "Comité d'il y a quinze mois", {}, [link])
    recent = s.add_evidence("rssi_direction_meeting", months_ago(2), "Comité récent", {})
    window.show_indicator("P2.4")
    shown = evidence_of(window, "P2.4.rdv_direction").shown_texts()
    assert shown == [
        f"« Comité récent » — {recent.date:%d/%m/%Y} (calculée)",
        f"« Comité d'il y a quinze mois » — {months_ago(15):%d/%m/%Y} (hors période)",
    ]
    assert "✖" in window.indicator_page.derived_labels["P2.4.rdv_direction"].text()  # one date of two


def test_many_old_items_are_summed_up(window, qtbot):
    setup_clinic(window)
    for n in range(NOT_COUNTING_SHOWN + 2):
        window.session.add_evidence("rssi_direction_meeting", months_ago(13 + n), f"Ancien comité {n}", {})
    window.show_indicator("P2.4")
    shown = evidence_of(window, "P2.4.rdv_direction").shown_texts()
    assert len(shown) == NOT_COUNTING_SHOWN + 1
    assert "et 2 autre(s)" in shown[-1]


def test_a_rate_without_criterion_takes_evidence_for_the_whole_indicator(window, qtbot):
    setup_clinic(window)
    window.session.add_evidence("document", months_ago(1), "Liste des logiciels raccordés", {}, [EvidenceLink("P1.1")])
    window.show_indicator("P1.1")
    whole = evidence_of(window, "P1.1")
    assert whole.criterion is None
    assert whole.shown_texts() == [f"« Liste des logiciels raccordés » — {months_ago(1):%d/%m/%Y} (liée)"]
    qtbot.mouseClick(whole.attach_button, Qt.MouseButton.LeftButton)
    dialog = whole.dialog
    assert isinstance(dialog, EvidenceDialog)
    checked = [key for key, item in dialog._link_items.items() if item.checkState(0) == Qt.CheckState.Checked]
    assert checked == [("P1.1", None)]
    dialog.reject()


# --------------------------------------------------------------------------- the register


@pytest.fixture
def demo_window(window, tmp_path):
    path = tmp_path / "demo.sqlite"
    build_demo_workspace(path, today=dt.date.today())
    assert window.open_workspace(path)
    return window


def shown_titles(register) -> list[str]:
    proxy = register.proxy
    return sorted(proxy.index(r, EvidenceTableModel.TITLE).data() for r in range(proxy.rowCount()))


def test_register_filter_on_p12_shows_the_two_civ_meetings_of_the_demo(demo_window, qtbot):
    window = demo_window
    window.show_register()
    reg = window.register
    assert reg.model.rowCount() == 10
    reg.indicator_filter.setCurrentIndex(reg.indicator_filter.findData("P1.2"))
    assert shown_titles(reg) == [
        "Cellule d'identitovigilance — réunion d'automne",
        "Cellule d'identitovigilance — réunion de printemps",
    ]
    assert reg.count_label.text() == "2 preuve(s) affichée(s) sur 10"
    assert "campagne du" in reg.indicator_filter.toolTip()
    # The « Indicateurs » column: empty only for what counts nowhere (7 of 10 before issue 16).
    column = {
        reg.model.index(r, EvidenceTableModel.TITLE).data(): reg.model.index(r, EvidenceTableModel.INDICATORS).data()
        for r in range(reg.model.rowCount())
    }
    assert column["Cellule d'identitovigilance — réunion d'automne"] == "P1.2"
    assert column["Disponibilité du DPI sur 12 mois"] == "P2.2"
    assert column["Rapport d'activité du DPO — année précédente"] == ""  # nine months old: P3.6 asks for six
    assert sum(1 for v in column.values() if not v) == 4
    row = reg.model.row_of(next(e.id for e in window.session.evidence() if e.title.endswith("d'automne")))
    tip = reg.model.index(row, EvidenceTableModel.INDICATORS).data(Qt.ItemDataRole.ToolTipRole)
    assert "P1.2 : calculée" in tip


def test_register_without_a_campaign_falls_back_to_the_links_and_says_so(demo_window, qtbot):
    window = demo_window
    window.session.select_campaign(None)
    window.show_register()
    reg = window.register
    reg.indicator_filter.setCurrentIndex(reg.indicator_filter.findData("P1.2"))
    assert reg.proxy.rowCount() == 0
    assert "Aucune campagne choisie" in reg.indicator_filter.toolTip()
    reg.indicator_filter.setCurrentIndex(reg.indicator_filter.findData("P2.4"))
    assert reg.proxy.rowCount() == 2  # the two linked RSSI meetings


def test_the_support_is_computed_once_per_change(window, qtbot):
    setup_clinic(window)
    s = window.session
    first = s.evidence_support()
    assert first is not None and first is s.evidence_support()  # cached, like the score
    doc = add_pssi(window)
    again = s.evidence_support()
    assert again is not first and again.counts_for(doc.id, "P2.4")
    s.select_campaign(None)
    assert s.evidence_support() is None


def test_a_sealed_campaign_lists_its_evidence_and_joins_none(window, qtbot, tmp_path):
    path = tmp_path / "sealed.sqlite"
    campaign_id = build_demo_workspace(path, today=dt.date.today())
    assert window.open_workspace(path)
    window.session.select_campaign(campaign_id)
    window.session.seal_campaign(campaign_id, {"report_id": "ab12cd34ef56ab12cd34ef56", "content_sha256": "0" * 64})
    window.show_indicator("P2.4")
    meetings = evidence_of(window, "P2.4.rdv_direction")
    assert len(meetings.shown_texts()) == 2
    assert not meetings.attach_button.isEnabled() and "scellée" in meetings.attach_button.toolTip()
    meetings.list.setCurrentRow(0)
    meetings.list.itemActivated.emit(meetings.list.item(0))
    dialog = meetings.dialog
    assert isinstance(dialog, EvidenceDialog) and dialog.frozen is not None  # opened read-only
    dialog.reject()


def test_a_long_list_of_counting_items_is_cut_too(window, qtbot):
    from hopen_desktop.ui.audit.criterion_evidence import COUNTING_SHOWN

    setup_clinic(window)
    link = [EvidenceLink("P2.4", "P2.4.pssi")]
    for n in range(COUNTING_SHOWN + 1):
        window.session.add_evidence("document", months_ago(1 + n), f"Version {n} de la PSSI", {}, link)
    window.show_indicator("P2.4")
    shown = evidence_of(window, "P2.4.pssi").shown_texts()
    assert len(shown) == COUNTING_SHOWN + 1 and "Version 0 de la PSSI" in shown[0]  # most recent first
    assert "et 1 autre(s) qui compte(nt)" in shown[-1]


def test_item_text_speaks_the_interface_language():
    from hopen_desktop.model.i18n import set_language
    from hopen_desktop.ui.audit.criterion_evidence import item_text

    e = Evidence(1, 1, "document", dt.date(2025, 3, 12), "PSSI v2", {})
    assert item_text(e, "liée") == "« PSSI v2 » — 12/03/2025 (liée)"
    set_language("en")
    assert item_text(e, "linked").startswith("“PSSI v2” — ")
