"""Issue 7 in the window: one window per workspace, read-only opening, backups restore, journal check."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from hopen_desktop.model.backup import list_backups
from hopen_desktop.model.entities import Answer, EstablishmentData
from hopen_desktop.model.workspace import Workspace


def fill(path):
    with Workspace.open(path) as ws:
        est = ws.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
        campaign = ws.add_campaign(est.id, dt.date(2025, 6, 1), "hopen-2019")
        ws.save_answer(campaign.id, Answer("P1.1", numerator=1, denominator=10))
    return campaign.id


def test_opening_takes_a_backup_and_restore_brings_the_old_state_back(qtbot, window, workspace_path, monkeypatch):
    campaign_id = fill(workspace_path)
    assert window.open_workspace(workspace_path)  # reopening: a backup of the filled file
    window.session.wait_for_backup()  # taken in the background
    assert len(list_backups(workspace_path)) >= 1
    window.session.save_answer(Answer("P1.1", numerator=9, denominator=10))
    window.show_backups()
    dialog = next(w for w in window.findChildren(object) if w.objectName() == "backupDialog")
    assert dialog.model.rowCount() >= 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)  # the newest: taken when the filled file was reopened
    dialog.restore.click()
    assert window.session.workspace is not None
    assert window.session.workspace.answer(campaign_id, "P1.1").numerator == 1
    assert dialog.model.rowCount() >= 2  # the state before restoring was backed up too


def test_second_window_is_refused_and_can_open_read_only(qtbot, window, workspace_path, monkeypatch):
    code = (
        "import sys\nfrom hopen_desktop.model.workspace import Workspace\nfrom hopen_desktop.model.errors import "
        "WorkspaceError\ntry:\n    Workspace.open(sys.argv[1], exclusive=True)\nexcept WorkspaceError as e:\n"
        "    print(e.read_only_possible); sys.exit(3)\n"
    )
    other = subprocess.run([sys.executable, "-c", code, str(workspace_path)], capture_output=True, text=True)
    assert other.returncode == 3 and other.stdout.strip() == "True"

    from hopen_desktop.ui.main_window import MainWindow
    from hopen_desktop.ui.settings import AppSettings

    second = MainWindow(AppSettings())
    qtbot.addWidget(second)
    asked = []
    monkeypatch.setattr(MainWindow, "_ask_read_only", lambda self, message: asked.append(message) or True)
    assert second.open_workspace(workspace_path)
    assert "déjà ouvert" in asked[0]
    assert second.session.read_only and "lecture seule" in second.windowTitle()


def test_journal_check_reports_a_changed_row(qtbot, window, workspace_path):
    window.session.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    window.verify_journal()
    qtbot.waitUntil(lambda: any(w.objectName() == "journalCheckDialog" for w in window.findChildren(object)))
    dialog = next(w for w in window.findChildren(object) if w.objectName() == "journalCheckDialog")
    assert "Journal vérifié" in dialog.summary.text()
    dialog.close()
    window.session.workspace.db.execute("UPDATE journal SET new = '\"falsifié\"' WHERE id = 1")
    window.verify_journal()
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "journalCheckDialog" and "NON vérifié" in w.summary.text()
            for w in window.findChildren(object)
        )
    )


def test_journal_check_names_every_record_changed_outside_and_says_what_it_checked(qtbot, window, workspace_path):
    fill(workspace_path)
    assert window.open_workspace(workspace_path)
    window.verify_journal()
    qtbot.waitUntil(lambda: any(w.objectName() == "journalCheckDialog" for w in window.findChildren(object)))
    dialog = next(w for w in window.findChildren(object) if w.objectName() == "journalCheckDialog")
    scope = dialog.findChild(object, "journalCheckScope").text()
    assert "concordance de 3 enregistrement(s) avec les données" in scope and "sceau d'un rapport signé" in scope
    assert dialog.problems.isHidden()
    dialog.close()
    window.session.workspace.db.execute("UPDATE answers SET numerator = 2")
    window.session.workspace.db.execute("UPDATE settings SET value = '1'")  # absent: no row changed
    window.verify_journal()
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "journalCheckDialog" and "NON vérifié" in w.summary.text()
            for w in window.findChildren(object)
        )
    )
    dialog = next(
        w for w in window.findChildren(object) if w.objectName() == "journalCheckDialog" and "NON" in w.summary.text()
    )
    assert "1 problème(s)" in dialog.summary.text()
    named = "Réponse à l'indicateur P1.1 de la campagne du 01/06/2025 (Clinique) modifiée"
    assert named in dialog.problems.toPlainText()


def test_damaged_workspace_offers_its_backups(qtbot, window, workspace_path, tmp_path, monkeypatch):
    from hopen_desktop.model.backup import create_backup
    from hopen_desktop.ui.main_window import MainWindow

    other = tmp_path / "autre.sqlite"
    campaign_id = fill(other)
    create_backup(other)
    data = other.read_bytes()
    other.write_bytes(data[:4096] + b"\0" * 64)
    offered = []
    monkeypatch.setattr(MainWindow, "_refused_opening", lambda self, path, message: offered.append((path, message)))
    assert not window.open_workspace(other)
    assert offered and offered[0][0] == other
    monkeypatch.undo()
    from hopen_desktop.ui.safety_dialogs import BackupDialog

    dialog = BackupDialog(other, window)
    dialog.restoreRequested.connect(window._restore_closed_workspace)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore.click()
    assert window.session.path == other
    assert window.session.workspace.answer(campaign_id, "P1.1").numerator == 1


def test_the_command_line_cannot_write_into_a_workspace_open_in_a_window(qtbot, window, workspace_path, tmp_path):
    """A window holding a workspace, a command-line import into it: exit 2, nothing written."""
    import json
    import sqlite3

    from tests.cli.helpers import contract_document

    fill(workspace_path)
    assert window.open_workspace(workspace_path)
    window.session.wait_for_backup()

    def dump():
        conn = sqlite3.connect(workspace_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            return list(conn.iterdump())
        finally:
            conn.close()

    before = dump()
    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(contract_document()), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "hopen_desktop", "import", str(doc), "--workspace", str(workspace_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2, done.stderr
    assert "Espace de travail occupé par une autre fenêtre ou commande" in done.stderr
    assert dump() == before
    listed = subprocess.run(  # a reader works meanwhile
        [sys.executable, "-m", "hopen_desktop", "list", "--json", "--workspace", str(workspace_path)],
        capture_output=True,
        text=True,
    )
    assert listed.returncode == 0 and json.loads(listed.stdout)["establishments"][0]["name"] == "Clinique"


def test_a_backup_at_opening_that_fails_is_said_and_the_workspace_stays_usable(
    qtbot, window, workspace_path, monkeypatch
):
    from hopen_desktop.model import backup
    from hopen_desktop.model.errors import WorkspaceError

    campaign_id = fill(workspace_path)

    def disk_full(path, *args, **kwargs):
        raise WorkspaceError("backup.failed", name=path.name, reason="database or disk is full")

    monkeypatch.setattr(backup, "create_backup", disk_full)
    assert window.open_workspace(workspace_path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backupFailedBox") is not None, timeout=5000)
    box = window.findChild(QMessageBox, "backupFailedBox")
    assert "Sauvegarde automatique impossible" in box.windowTitle()
    assert "disk is full" in box.detailedText()
    assert list_backups(workspace_path) == []
    window.session.save_answer(Answer("P1.1", numerator=5, denominator=10))  # still usable
    assert window.session.workspace.answer(campaign_id, "P1.1").numerator == 5
    box.close()


def test_a_command_that_writes_takes_its_backup_before_writing(tmp_path):
    path = tmp_path / "w.sqlite"
    fill(path)
    ws = Workspace.open(path, backup=True, exclusive=True)
    try:
        assert not ws.backup_due and len(list_backups(path)) == 1  # written before open() returned
    finally:
        ws.close()
