"""Audit bundles through the menu actions: export from the demo workspace, import into a second
workspace, the "campaign already exists" choice (copy, replace, cancel), and refused bundles.
QFileDialog's static functions are patched; message boxes are opened without blocking and
answered by clicking their buttons."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hopen_desktop.model.demo import DEMO_FINESS
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.exchange import strip_identities
from tests.ui.followup.hosts import two_laptops


@pytest.fixture
def hosts(qtbot, tmp_path):
    yield from two_laptops(qtbot, tmp_path)


def export(qtbot, monkeypatch, host, out):
    _win, _session, follow = host
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(follow.bundles.exported, timeout=10000) as blocker:
        follow.act_export_bundle.trigger()
    return blocker.args[0]


def start_import(monkeypatch, host, path):
    _win, _session, follow = host
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    follow.bundles.dialog = None  # wait_box then waits for the box of this import
    follow.act_import_bundle.trigger()


def import_ok(qtbot, monkeypatch, host, path) -> int:
    with qtbot.waitSignal(host[2].bundles.imported, timeout=10000) as blocker:
        start_import(monkeypatch, host, path)
    return blocker.args[0]


def wait_box(qtbot, follow, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: follow.bundles.dialog is not None and follow.bundles.dialog.objectName() == name)
    box = follow.bundles.dialog
    assert isinstance(box, QMessageBox)
    return box


def old_style_bundle(path, out):
    """The same bundle as written before audit bundles carried identities (issue 18): a campaign
    that cannot be recognised as the same one, only as one of the same date."""
    with zipfile.ZipFile(path) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    doc = strip_identities(json.loads(members["campaign.json"]))
    doc.pop("sync", None)
    members["campaign.json"] = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    manifest = json.loads(members.pop("manifest.json"))
    manifest["members"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)
    return str(out)


def snapshot(session):
    ws = session.workspace
    return [(c.id, c.establishment_id, c.date) for c in ws.campaigns()], [e.id for e in ws.establishments()]


def test_export_then_import_then_copy_replace_cancel(hosts, qtbot, monkeypatch, tmp_path):
    a, b = hosts
    _wa, sa, _fa = a
    wb, sb, fb = b
    source = sa.campaign()
    source_evidence = sa.workspace.evidence(sa.establishment_id)
    written = export(qtbot, monkeypatch, a, tmp_path / "visite")  # suffix added
    assert written.endswith("visite.hopen")
    assert zipfile.is_zipfile(written)

    # Into an empty workspace: the establishment is created and the session shows the campaign.
    assert sb.campaign() is None
    first = import_ok(qtbot, monkeypatch, b, written)
    assert sb.campaign_id == first
    est = sb.establishment()
    assert est.finess == DEMO_FINESS
    assert sb.campaign().date == source.date
    assert sb.workspace.score(first).prerequisites_rate == sa.workspace.score(source.id).prerequisites_rate
    imported_files = sorted(f.sha256 for e in sb.workspace.evidence(est.id) for f in e.files)
    assert imported_files == sorted(f.sha256 for e in source_evidence for f in e.files)
    assert "importée" in wb.statusBar().currentMessage()

    # Again: the same campaign (same identity) with nothing new: said up to date, nothing written.
    before, head = snapshot(sb), sb.workspace.journal.head()
    start_import(monkeypatch, b, written)
    box = wait_box(qtbot, fb, "upToDateBox")
    assert "déjà à jour" in box.text()
    assert snapshot(sb) == before and sb.workspace.journal.head() == head
    box.close()

    # A bundle written before identities, of a campaign of the same date: copy, replace or cancel.
    written = old_style_bundle(written, tmp_path / "ancien.hopen")
    start_import(monkeypatch, b, written)
    box = wait_box(qtbot, fb, "conflictBox")
    assert "existe déjà" in box.text()
    labels = [btn.text() for btn in box.buttons()]
    assert "Importer comme &copie" in labels and "&Remplacer…" in labels and "&Annuler" in labels
    next(btn for btn in box.buttons() if btn.text() == "&Annuler").click()
    assert snapshot(sb) == before

    # Copy: a second campaign of the same date, shown.
    start_import(monkeypatch, b, written)
    box = wait_box(qtbot, fb, "conflictBox")
    with qtbot.waitSignal(fb.bundles.imported) as blocker:
        fb.bundles.copy_button.click()
    copy_id = blocker.args[0]
    assert copy_id != first and sb.campaign_id == copy_id
    assert len(sb.workspace.campaigns(est.id)) == 2

    # Replace, with its second confirmation; cancelling that one changes nothing.
    before = snapshot(sb)
    start_import(monkeypatch, b, written)
    box = wait_box(qtbot, fb, "conflictBox")
    fb.bundles.replace_button.click()
    confirm = wait_box(qtbot, fb, "confirmReplaceBox")
    assert "supprimées définitivement" in confirm.text()
    confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert snapshot(sb) == before

    # Local edits in both same-date campaigns; the replaced one loses its edit.
    for cid in (first, copy_id):
        sb.workspace.save_answer(cid, Answer("D7.2", not_applicable=True, justification="Modifié localement."))
    start_import(monkeypatch, b, written)
    wait_box(qtbot, fb, "conflictBox")
    fb.bundles.replace_button.click()
    confirm = wait_box(qtbot, fb, "confirmReplaceBox")
    with qtbot.waitSignal(fb.bundles.imported) as blocker:
        next(btn for btn in confirm.buttons() if btn.text() == "&Remplacer").click()
    replaced_by = blocker.args[0]
    ids = [c.id for c in sb.workspace.campaigns(est.id)]
    assert len(ids) == 2 and replaced_by in ids and sb.campaign_id == replaced_by
    edited = [cid for cid in ids if sb.workspace.answer(cid, "D7.2").not_applicable]
    assert len(edited) == 1 and replaced_by not in edited
    assert sb.workspace.answer(replaced_by, "D7.2") == sa.workspace.answer(source.id, "D7.2")


def tampered(src, dst) -> None:
    """Same members and manifest, campaign.json changed by one byte: its hash no longer matches."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "campaign.json":
                data = data.replace(b'"auditor"', b'"auditor" ', 1)
            zout.writestr(info.filename, data)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("tampered", "ne correspond pas à son empreinte SHA-256"),
        ("escape", "chemin interdit"),
        ("not_a_zip", "n'est pas un paquet d'audit"),
    ],
)
def test_bad_bundle_refused_with_its_message_and_no_change(hosts, qtbot, monkeypatch, tmp_path, kind, expected):
    a, b = hosts
    _wb, sb, fb = b
    good = export(qtbot, monkeypatch, a, tmp_path / "good.hopen")
    bad = tmp_path / f"{kind}.hopen"
    if kind == "tampered":
        tampered(good, bad)
    elif kind == "escape":
        with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
            for info in zin.infolist():
                zout.writestr(info.filename, zin.read(info.filename))
            zout.writestr("../../evil.txt", b"x")
    else:
        bad.write_text("pas un zip", encoding="utf-8")
    before = snapshot(sb)
    with qtbot.waitSignal(fb.bundles.refused, timeout=10000) as blocker:
        start_import(monkeypatch, b, bad)
    message = blocker.args[0]
    assert expected in message and "rien n'a été modifié" in message
    box = wait_box(qtbot, fb, "errorBox")
    assert box.text() == message
    box.button(QMessageBox.StandardButton.Ok).click()
    assert snapshot(sb) == before
    assert sb.campaign() is None


def test_export_without_campaign_is_explained(hosts, qtbot, monkeypatch):
    _a, b = hosts
    _wb, _sb, fb = b
    assert not fb.act_export_bundle.isEnabled()
    called = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: called.append(1) or ("", ""))
    fb.bundles.export_current()
    assert called == []
    box = wait_box(qtbot, fb, "errorBox")
    assert "Sélectionnez d'abord la campagne" in box.text()
    box.close()
