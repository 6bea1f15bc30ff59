"""« Fichier › Envoyer / Recevoir un paquet d'audit » between two real workspaces (two laptops): the
window that explains, sending (plain and encrypted), receiving into an empty workspace, merging
the other laptop's changes, conflicts settled one by one, a wrong password asked again, and the
progress bar while the work runs. File dialogs and password dialogs are patched (they are modal);
the rest is real: workspaces in tmp_path, bundles on disk, the merge's transaction."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hopen_desktop.model.bundle_crypto import is_encrypted
from hopen_desktop.model.entities import Answer
from hopen_desktop.model.referential import load_referential
from hopen_desktop.ui.followup import password_dialog
from hopen_desktop.ui.followup.conflicts_dialog import ConflictsDialog
from hopen_desktop.ui.followup.exchange_dialog import BundleExchangeDialog
from tests.ui.followup.hosts import two_laptops

RATE = next(i.id for i in load_referential("hopen-2019").indicators if i.is_rate)


@pytest.fixture
def laptops(qtbot, tmp_path):
    yield from two_laptops(qtbot, tmp_path)


def send(qtbot, monkeypatch, host, out, *, encrypt=False):
    _win, _session, follow = host
    dialog = follow.show_exchange()
    assert isinstance(dialog, BundleExchangeDialog)
    dialog.encrypt.setChecked(encrypt)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(follow.bundles.exported, timeout=20000) as blocker:
        dialog.send_button.click()
    return blocker.args[0]


def receive(monkeypatch, host, path):
    _win, _session, follow = host
    dialog = follow.show_exchange()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    follow.bundles.dialog = None
    dialog.receive_button.click()
    return dialog


def wait_dialog(qtbot, follow, name):
    qtbot.waitUntil(
        lambda: follow.bundles.dialog is not None and follow.bundles.dialog.objectName() == name, timeout=20000
    )
    return follow.bundles.dialog


def rate(session, campaign_id):
    answer = session.workspace.answers(campaign_id).get(RATE)
    return None if answer is None else (answer.numerator, answer.denominator)


def test_the_window_says_what_sending_and_receiving_do(laptops, qtbot):
    (_wa, sa, fa), (_wb, _sb, fb) = laptops
    fa.act_exchange.trigger()
    dialog = fa.exchange
    assert isinstance(dialog, BundleExchangeDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Envoyer / Recevoir un paquet d'audit"
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    for words in ("fusionnées", "conflit", "rien n'est écrasé", "sauvegarde", "mot de passe", "USB"):
        assert words in texts, words
    assert sa.establishment().name in dialog.campaign_label.text()
    assert dialog.encrypt.isChecked()  # encryption is the default
    assert dialog.send_button.isEnabled() and dialog.receive_button.isEnabled()
    assert not dialog.progress.isVisible()
    # The other laptop has no campaign yet: it can receive, not send.
    fb.act_exchange.trigger()
    assert not fb.exchange.send_button.isEnabled() and fb.exchange.receive_button.isEnabled()
    assert "Aucune campagne" in fb.exchange.campaign_label.text()


def test_send_receive_then_merge_the_other_laptops_changes(laptops, qtbot, monkeypatch, tmp_path):
    a, b = laptops
    _wa, sa, fa = a
    _wb, sb, fb = b
    written = send(qtbot, monkeypatch, a, tmp_path / "visite")
    with qtbot.waitSignal(fb.bundles.imported, timeout=20000) as blocker:
        receive(monkeypatch, b, written)
    cid_b = blocker.args[0]
    assert sb.campaign().date == sa.campaign().date
    assert "importée" in fb.exchange.status.text()

    # The clinic changes a rate and the consultant another answer; the clinic sends back.
    cid_a = sa.campaign_id
    sb.workspace.save_answer(cid_b, Answer(RATE, numerator=7, denominator=9))
    sa.workspace.save_answer(cid_a, Answer("D7.2", not_applicable=True, justification="Pas de GHT."))
    back = send(qtbot, monkeypatch, b, tmp_path / "retour.hopen")
    receive(monkeypatch, a, back)
    box = wait_dialog(qtbot, fa, "mergeBox")
    assert isinstance(box, QMessageBox)
    assert "modifié(s) seulement sur l'autre poste" in box.text() and "sauvegarde" in box.text()
    with qtbot.waitSignal(fa.bundles.imported, timeout=20000) as blocker:
        fa.bundles.merge_button.click()
    assert blocker.args[0] == cid_a
    assert rate(sa, cid_a) == (7, 9)  # taken from the other laptop
    assert sa.workspace.answers(cid_a)["D7.2"].not_applicable  # kept
    assert "fusionnée" in fa.exchange.status.text()
    assert sa.workspace.journal.check().ok

    # The same bundle again: nothing to do, nothing written.
    head = sa.workspace.journal.head()
    receive(monkeypatch, a, back)
    box = wait_dialog(qtbot, fa, "upToDateBox")
    assert "déjà à jour" in box.text()
    assert sa.workspace.journal.head() == head


def test_conflicts_are_shown_side_by_side_and_settled_one_by_one(laptops, qtbot, monkeypatch, tmp_path):
    a, b = laptops
    _wa, sa, fa = a
    _wb, sb, fb = b
    written = send(qtbot, monkeypatch, a, tmp_path / "visite.hopen")
    with qtbot.waitSignal(fb.bundles.imported, timeout=20000) as blocker:
        receive(monkeypatch, b, written)
    cid_a, cid_b = sa.campaign_id, blocker.args[0]
    sa.workspace.journal.author = "Consultant"
    sb.workspace.journal.author = "Qualiticienne"
    sa.workspace.save_answer(cid_a, Answer(RATE, numerator=5, denominator=10))
    sb.workspace.save_answer(cid_b, Answer(RATE, numerator=6, denominator=10))
    back = send(qtbot, monkeypatch, b, tmp_path / "retour.hopen")

    # Cancelled: nothing written.
    head = sa.workspace.journal.head()
    receive(monkeypatch, a, back)
    dialog = wait_dialog(qtbot, fa, "conflictsDialog")
    assert isinstance(dialog, ConflictsDialog)
    assert dialog.table.rowCount() == 1
    assert RATE in dialog.table.item(0, 0).text()
    mine, theirs = dialog.table.item(0, 1).text(), dialog.table.item(0, 2).text()
    assert "numérateur 5" in mine and "par Consultant" in mine
    assert "numérateur 6" in theirs and "par Qualiticienne" in theirs
    assert dialog.choices() == {dialog.plan.conflicts[0].uuid: "mine"}  # nothing overwritten by default
    dialog.reject()
    assert sa.workspace.journal.head() == head and rate(sa, cid_a) == (5, 10)

    # Taken from the other laptop, for that record.
    receive(monkeypatch, a, back)
    dialog = wait_dialog(qtbot, fa, "conflictsDialog")
    dialog.take_all_theirs.click()
    with qtbot.waitSignal(fa.bundles.imported, timeout=20000):
        dialog.merge_button.click()
    assert rate(sa, cid_a) == (6, 10)
    assert "1 conflit(s) résolu(s)" in fa.exchange.status.text()
    assert sa.workspace.journal.check().ok


def test_an_encrypted_bundle_asks_its_password_again_after_a_wrong_one(laptops, qtbot, monkeypatch, tmp_path):
    a, b = laptops
    _wb, sb, fb = b
    monkeypatch.setattr(password_dialog, "ask_new_password", lambda parent: "Clé de l'été 2025 !")
    written = send(qtbot, monkeypatch, a, tmp_path / "chiffre.hopen", encrypt=True)
    with open(written, "rb") as handle:
        assert is_encrypted(handle.read(64))
    asked: list[dict] = []
    answers = iter(["mauvais mot de passe", "Clé de l'été 2025 !"])

    def ask(parent, name, **kwargs):
        asked.append({"name": name, **kwargs})
        return next(answers)

    monkeypatch.setattr(password_dialog, "ask_password", ask)
    with qtbot.waitSignal(fb.bundles.imported, timeout=30000):
        receive(monkeypatch, b, written)
    assert [q["name"] for q in asked] == ["chiffre.hopen", "chiffre.hopen"]
    assert "error" not in asked[0] and "incorrect" in asked[1]["error"].lower()
    assert sb.campaign() is not None


def test_cancelling_the_password_writes_nothing(laptops, qtbot, monkeypatch, tmp_path):
    a, b = laptops
    _wb, sb, fb = b
    monkeypatch.setattr(password_dialog, "ask_new_password", lambda parent: "Clé de l'été 2025 !")
    written = send(qtbot, monkeypatch, a, tmp_path / "chiffre.hopen", encrypt=True)
    monkeypatch.setattr(password_dialog, "ask_password", lambda parent, name, **k: None)
    dialog = receive(monkeypatch, b, written)
    assert "annulé" in dialog.status.text()
    assert sb.workspace.campaigns() == []
    # Cancelling the new password of an encrypted sending writes no file.
    monkeypatch.setattr(password_dialog, "ask_new_password", lambda parent: None)
    _wa, _sa, fa = a
    out = tmp_path / "jamais.hopen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = fa.show_exchange()
    dialog.encrypt.setChecked(True)
    dialog.send_button.click()
    assert not out.exists() and "annulé" in dialog.status.text()


def test_the_progress_bar_shows_while_the_bundle_is_written(laptops, qtbot, monkeypatch, tmp_path):
    a, _b = laptops
    _wa, _sa, fa = a
    dialog = fa.show_exchange()
    seen: list[bool] = []
    fa.bundles.busyChanged.connect(lambda busy: seen.append(busy and dialog.progress.isVisible()))
    send(qtbot, monkeypatch, a, tmp_path / "visite.hopen")
    assert seen[0] is True  # shown while working
    qtbot.waitUntil(lambda: not fa.bundles.busy)
    assert not dialog.progress.isVisible() and dialog.send_button.isEnabled()
