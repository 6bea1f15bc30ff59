"""« Fichier › Ajouter un référentiel… »: the file checked and copied, a confirmation naming what
was added, a French refusal, the replacement asked; the campaign dialog offers it « (ajouté) »."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.referential import referentials_dir
from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog

SHOTS: Path | None = None  # a folder to grab the dialogs into while developing (Path("/tmp/shots"))


def _variant(tmp_path, version="2024"):
    doc = json.loads((referentials_dir() / "hopen-2019.json").read_text(encoding="utf-8"))
    doc.update(id="grille-interne", version=version, title="Grille interne de la clinique")
    path = tmp_path / "grille-interne.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _grab(widget, name):
    if SHOTS is not None:
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_the_file_menu_adds_a_referential_offered_in_the_campaign_dialog(qtbot, window, tmp_path, monkeypatch):
    actions = window.referential_actions
    file_menu = window.menuBar().actions()[0].menu()
    assert actions.act_add in file_menu.actions()
    assert actions.act_add.text() == "Ajouter un &référentiel…"
    source = _variant(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    with qtbot.waitSignal(actions.added) as signal:
        actions.act_add.trigger()
    assert signal.args == ["grille-interne"]
    box = actions.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "referentialAdded"
    assert "Grille interne de la clinique" in box.text() and "grille-interne" in box.text()
    assert "41 indicateurs" in box.text() and "(ajouté)" in box.text()
    _grab(box, "referential-added")
    box.close()

    window.session.add_establishment(EstablishmentData(finess="750000002", name="Clinique des Lilas"))
    window.new_campaign()
    dialog = window.dialog
    assert isinstance(dialog, CampaignDialog)
    items = {dialog.referential.itemData(i): dialog.referential.itemText(i) for i in range(dialog.referential.count())}
    assert items["grille-interne"] == "Grille interne de la clinique (ajouté)"
    assert "(ajouté)" not in items["hopen-2019"]
    dialog.referential.setCurrentIndex(dialog.referential.findData("grille-interne"))
    _grab(dialog, "campaign-dialog-added-referential")
    dialog.accept()
    campaign = window.session.campaign()
    assert campaign.referential_id == "grille-interne" and campaign.referential_sha256


def test_a_bad_file_is_refused_in_french_and_an_added_id_replaced_only_when_confirmed(qtbot, window, tmp_path):
    actions = window.referential_actions
    bad = tmp_path / "pas-un-referentiel.json"
    bad.write_text('{"format": "autre chose"}', encoding="utf-8")
    actions.add_from(bad)
    box = actions.dialog
    assert box.objectName() == "referentialRefused" and box.windowTitle() == "Référentiel refusé"
    assert "pas-un-referentiel.json" in box.text() and "format" in box.text()
    _grab(box, "referential-refused")
    box.close()

    actions.add_from(_variant(tmp_path, "1"))
    actions.dialog.close()
    actions.add_from(_variant(tmp_path, "2"))
    ask = actions.dialog
    assert ask.objectName() == "replaceReferential" and "déjà été ajouté" in ask.text()
    _grab(ask, "referential-replace")
    with qtbot.waitSignal(actions.added):
        ask.button(QMessageBox.StandardButton.Yes).click()
    assert actions.dialog.objectName() == "referentialAdded" and "Référentiel remplacé" in actions.dialog.text()
    actions.dialog.close()
