"""Checking the fingerprints of attached files: a file whose bytes changed is reported."""

from __future__ import annotations

import hashlib

from hopen_desktop.ui.evidence.file_check import FileCheckDialog
from tests.ui.evidence.helpers import months_ago, setup_clinic


def test_verify_files_reports_a_file_whose_bytes_changed(window, qtbot):
    setup_clinic(window)
    s = window.session
    ws = s.workspace
    kept = s.add_evidence("document", months_ago(2), "Charte informatique", {"kind": "it_charter"})
    ws.attach_bytes(kept.id, "charte.pdf", b"charte signee")
    audit = s.add_evidence("external_security_audit", months_ago(3), "Audit de sécurité 2025", {})
    altered = ws.attach_bytes(audit.id, "attestation.pdf", b"attestation originale")

    window.act_verify_files.trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, FileCheckDialog), timeout=5000)
    assert window.dialog.problems == []
    assert "aucun n'a été altéré" in window.dialog.summary.text()
    window.dialog.close()

    ws.db.execute("UPDATE blobs SET content=? WHERE sha256=?", [b"attestation modifiee", altered.sha256])
    window.dialog = None
    window.act_verify_files.trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialog, FileCheckDialog), timeout=5000)
    dialog = window.dialog
    assert [(p.name, p.evidence_title) for p in dialog.problems] == [("attestation.pdf", "Audit de sécurité 2025")]
    details = dialog.details.toPlainText()
    assert "« attestation.pdf » — preuve « Audit de sécurité 2025 »" in details
    assert altered.sha256 in details and hashlib.sha256(b"attestation modifiee").hexdigest() in details
    assert "charte.pdf" not in details
    assert "1 fichier(s) joint(s) ne correspondent plus" in dialog.summary.text()
    dialog.close()
