"""The form of one evidence item, with its files, and the derived criteria it changes live,
driven through the real main window on real workspace files. The "À faire" panel, the fingerprint
check and the register's keyboard: tests/ui/audit/test_due_panel.py, test_file_check.py and
test_register.py."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from hopen_desktop.model.entities import Answer, EvidenceLink
from hopen_desktop.model.scoring import Status
from hopen_desktop.model.settings import MAX_FILE_MB
from hopen_desktop.ui.audit.item_models import ID_ROLE
from hopen_desktop.ui.evidence.dialog import EvidenceDialog
from hopen_desktop.ui.preferences_dialog import PreferencesDialog
from tests.conftest import type_text
from tests.ui.evidence.helpers import TODAY, months_ago, setup_clinic


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def open_new_evidence(window, qtbot) -> EvidenceDialog:
    window.act_register.trigger()
    assert window.stack.currentWidget() is window.register
    qtbot.mouseClick(window.register.add_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, EvidenceDialog)
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: EvidenceDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def drop_files(view, paths) -> None:
    """A real drag and drop: QMimeData carrying file URLs, entered then dropped on the viewport."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = view.viewport()
    pos = QPointF(20, 20)
    # QDragEnterEvent takes a QPoint (QDropEvent a QPointF) in the PySide6 releases we support.
    enter = QDragEnterEvent(
        pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def blockers(window) -> list[str]:
    """The indicators the dashboard lists as blocking the prerequisites."""
    model = window.dashboard.blocker_model
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def derived_text(window, criterion_id: str) -> str:
    return window.indicator_page.derived_labels[criterion_id].text()


# --------------------------------------------------------------------------- derived criteria live


def test_second_meeting_added_through_the_form_flips_p24(window, qtbot):
    setup_clinic(window)
    s = window.session
    # Every manual criterion of P2.4 is ticked: only the meetings decide.
    ind = s.referential().indicator("P2.4")
    s.save_answer(Answer("P2.4", criteria={c.id: True for c in ind.criteria if not c.is_derived}))
    s.add_evidence("rssi_direction_meeting", months_ago(7), "Comité sécurité de janvier", {})
    window.show_indicator("P2.4")
    assert "✖" in derived_text(window, "P2.4.rdv_direction")
    assert "Manque 1 preuve(s)" in derived_text(window, "P2.4.rdv_direction")
    assert s.score().indicators["P2.4"].status == Status.NON_ATTEINT
    assert "P2.4" in blockers(window)

    dialog = open_new_evidence(window, qtbot)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("rssi_direction_meeting"))
    dialog.date.setDate(qdate(months_ago(1)))
    dialog.title.setFocus()
    type_text(dialog.title, "Réunion RSSI / Direction d'été")
    type_text(dialog.field_widgets["participants"], "Directrice, RSSI, DSI")
    type_text(dialog.field_widgets["decisions"], "Segmentation du réseau du bloc opératoire validée.")
    # The criterion derived from this type is suggested as a link.
    assert dialog._link_items[("P2.4", "P2.4.rdv_direction")].checkState(0) == Qt.CheckState.Checked
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    items = s.evidence()
    assert len(items) == 2
    added = next(e for e in items if e.title == "Réunion RSSI / Direction d'été")
    assert added.fields == {
        "participants": "Directrice, RSSI, DSI",
        "decisions": "Segmentation du réseau du bloc opératoire validée.",
    }
    assert EvidenceLink("P2.4", "P2.4.rdv_direction") in added.links
    # The register lists it; the indicator page (not shown) and the dashboard followed at once.
    assert window.register.model.rowCount() == 2
    text = derived_text(window, "P2.4.rdv_direction")
    assert "✔" in text and "Rempli par" in text
    # The items that fill it are listed under the criterion, marked « calculée » (issue 16).
    listed = window.indicator_page.criterion_evidence["P2.4.rdv_direction"].shown_texts()
    assert any("Réunion RSSI / Direction d'été" in t and "(calculée)" in t for t in listed)
    assert "P2.4" not in blockers(window)
    assert window.tree_model.index_of("P2.4").data().startswith("✔")
    window.show_indicator("P2.4")
    assert "Atteint" in window.indicator_page.status_badge.text()

    # Deleting it (with confirmation) flips it back.
    window.show_register()
    window.register.select(added.id)
    qtbot.keyClick(window.register.table, Qt.Key.Key_Delete)
    box = window.dialog
    assert isinstance(box, QMessageBox) and "Réunion RSSI / Direction d'été" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert len(s.evidence()) == 1
    assert "✖" in derived_text(window, "P2.4.rdv_direction")
    assert "P2.4" in blockers(window)


def test_future_date_and_empty_title_are_refused_next_to_their_field(window, qtbot):
    setup_clinic(window)
    dialog = open_new_evidence(window, qtbot)
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.title_error.isVisible()
    assert "titre de la preuve est obligatoire" in dialog.title_error.text()
    type_text(dialog.title, "Réunion")
    dialog.date.setDate(qdate(TODAY + dt.timedelta(days=3)))
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.date_error.isVisible()
    assert "est dans le futur" in dialog.date_error.text()
    assert window.session.evidence() == []
    dialog.reject()


def test_availability_rates_are_typed_as_percentages(window, qtbot):
    setup_clinic(window)
    dialog = open_new_evidence(window, qtbot)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("availability_measurement"))
    type_text(dialog.title, "Disponibilité du DPI")
    type_text(dialog.field_widgets["target"], "99,5")
    type_text(dialog.field_widgets["measured"], "101")
    type_text(dialog.field_widgets["method"], "Supervision, relevé mensuel")
    save(qtbot, dialog)
    assert dialog.isVisible() and "n'est pas un pourcentage" in dialog.field_errors["measured"].text()
    assert window.session.evidence() == []
    dialog.field_widgets["measured"].clear()
    type_text(dialog.field_widgets["measured"], "99.71 %")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    (item,) = window.session.evidence()
    assert item.fields == pytest.approx({"target": 0.995, "measured": 0.9971, "method": "Supervision, relevé mensuel"})
    # Shown back as percentages when edited.
    edit = window.register.edit_evidence(item.id)
    assert edit.field_widgets["target"].text() == "99,5"
    assert edit.field_widgets["measured"].text() == "99,71"
    assert not edit.type_combo.isEnabled()
    edit.reject()


# --------------------------------------------------------------------------- files


def test_drag_and_drop_attaches_a_file_with_its_fingerprint(window, qtbot, tmp_path, monkeypatch):
    setup_clinic(window)
    item = window.session.add_evidence("pra_test", months_ago(2), "Test de bascule du PRA", {})
    content = b"%PDF-1.4 compte rendu du test de bascule\n" * 100
    pdf = tmp_path / "compte-rendu PRA.pdf"
    pdf.write_bytes(content)
    window.show_register()
    dialog = window.register.edit_evidence(item.id)
    qtbot.waitExposed(dialog)

    drop_files(dialog.files, [pdf])

    assert not dialog.files_error.isVisible()
    assert dialog.file_model.rowCount() == 1
    expected = hashlib.sha256(content).hexdigest()
    assert dialog.file_model.index(0, 2).data() == expected
    assert dialog.fingerprint.text() == expected  # the dropped file is selected, its fingerprint shown
    assert dialog.fingerprint.isReadOnly()
    (stored,) = window.session.evidence_item(item.id).files
    assert (stored.name, stored.sha256, stored.size) == ("compte-rendu PRA.pdf", expected, len(content))
    assert window.register.model.index(0, 4).data() == "1"  # the register follows

    # Copy the fingerprint, open a temporary copy, save as.
    dialog.files.setFocus()
    dialog.copy_fingerprint()
    assert QApplication.clipboard().text() == expected
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "hopen_desktop.ui.evidence.dialog.QDesktopServices.openUrl", lambda url: opened.append(url) or True
    )
    copy = dialog.open_file()
    assert copy is not None and copy.name == "compte-rendu PRA.pdf" and copy.read_bytes() == content
    assert opened == [QUrl.fromLocalFile(str(copy))]
    target = tmp_path / "out" / "copie.pdf"
    assert dialog.save_file_as(target)
    assert target.read_bytes() == content

    # Remove, with confirmation.
    dialog.remove_file()
    box = dialog.confirm
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert dialog.file_model.rowCount() == 0
    assert window.session.evidence_item(item.id).files == ()
    dialog.reject()


def test_dropping_on_a_new_item_saves_it_first(window, qtbot, tmp_path):
    setup_clinic(window)
    doc = tmp_path / "PSSI v3.odt"
    doc.write_bytes(b"politique")
    dialog = open_new_evidence(window, qtbot)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("document"))
    drop_files(dialog.files, [doc])  # no title yet: refused, nothing written
    assert "Complétez d'abord la preuve" in dialog.files_error.text()
    assert window.session.evidence() == []
    type_text(dialog.title, "Politique de sécurité v3")
    dialog.field_widgets["kind"].setCurrentIndex(dialog.field_widgets["kind"].findData("pssi"))
    drop_files(dialog.files, [doc])
    (item,) = window.session.evidence()
    assert item.fields == {"kind": "pssi"} and [f.name for f in item.files] == ["PSSI v3.odt"]
    assert not dialog.type_combo.isEnabled()
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert len(window.session.evidence()) == 1


def test_file_over_the_limit_is_refused_without_any_change(window, qtbot, tmp_path):
    setup_clinic(window)
    # The limit is set through the preferences (stored in the workspace).
    window.act_preferences.trigger()
    prefs = window.dialog
    assert isinstance(prefs, PreferencesDialog) and prefs.max_file_mb.value() == 100
    prefs.max_file_mb.setValue(1)
    qtbot.mouseClick(prefs.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    ws = window.session.workspace
    assert ws.setting(MAX_FILE_MB) == 1

    item = window.session.add_evidence("external_security_audit", months_ago(3), "Audit externe", {})
    small = tmp_path / "attestation.pdf"
    small.write_bytes(b"attestation")
    window.session.attach_file(item.id, small)
    big = tmp_path / "rapport complet.pdf"
    big.write_bytes(b"x" * 1_500_000)
    counts_before = [ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("blobs", "evidence_files")]
    journal_before = len(ws.journal())

    dialog = window.register.edit_evidence(item.id)
    drop_files(dialog.files, [big])
    assert dialog.files_error.isVisible()
    assert "« rapport complet.pdf » fait 1.4 Mo, au-delà de la limite de 1 Mo" in dialog.files_error.text()
    assert "Rien n'a été enregistré" in dialog.files_error.text()
    assert dialog.file_model.rowCount() == 1
    assert [f.name for f in window.session.evidence_item(item.id).files] == ["attestation.pdf"]
    counts_after = [ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("blobs", "evidence_files")]
    assert counts_after == counts_before and len(ws.journal()) == journal_before

    # An unreadable file: the model's message too.
    dialog.attach_paths([tmp_path / "absent.pdf"])
    assert "« absent.pdf » est illisible" in dialog.files_error.text()
    dialog.reject()


# ----------------------------------------------------------------------------- issue 19 item 6


def test_the_title_example_follows_the_type_of_evidence(qtbot, window):
    from hopen_desktop.model.evidence_types import title_hint

    setup_clinic(window)
    dialog = open_new_evidence(window, qtbot)
    seen = set()
    for row in range(dialog.type_combo.count()):
        dialog.type_combo.setCurrentIndex(row)
        key = dialog.type_combo.itemData(row)
        assert dialog.title.placeholderText() == f"exemple : {title_hint(key)}"
        seen.add(dialog.title.placeholderText())
    assert len(seen) == dialog.type_combo.count()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("pra_test"))
    assert "RSSI" not in dialog.title.placeholderText()
    dialog.reject()


def test_the_title_refusal_goes_as_soon_as_a_title_is_typed(qtbot, window):
    setup_clinic(window)
    dialog = open_new_evidence(window, qtbot)
    save(qtbot, dialog)  # no title
    assert dialog.title_error.isVisible() and dialog.title_error.text()
    type_text(dialog.title, "C")
    assert not dialog.title_error.isVisible()  # at once, before saving again
    dialog.title.selectAll()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Delete)
    assert not dialog.title_error.isVisible()  # hidden: it comes back only when refused again
    save(qtbot, dialog)
    assert dialog.title_error.isVisible()
    type_text(dialog.title, "Réunion")
    assert not dialog.title_error.isVisible()
    dialog.reject()


def test_a_refused_detail_field_clears_when_it_is_edited(qtbot, window):
    setup_clinic(window)
    dialog = open_new_evidence(window, qtbot)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("availability_measurement"))
    type_text(dialog.title, "Disponibilité")
    target = dialog.field_widgets["target"]
    type_text(target, "beaucoup")
    save(qtbot, dialog)
    error = dialog.field_errors["target"]
    assert error.isVisible()
    target.selectAll()
    type_text(target, "99")
    assert not error.isVisible()
    dialog.reject()
