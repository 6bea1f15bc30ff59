"""The interface language across the window (issue 19 items 2 and 7): the title, the language
changed in the preferences applied at once, and the English window free of French leftovers."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtWidgets import QApplication

from hopen_desktop.model.i18n import current_language
from hopen_desktop.ui.translations import install_translators


@pytest.fixture
def back_to_french():
    yield
    install_translators(QApplication.instance(), "fr")


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_a_window_started_in_english_keeps_the_setting_until_the_user_changes_it(window, back_to_french):
    """--lang en: the preferences show English; OK without choosing leaves the saved language."""
    install_translators(QApplication.instance(), "en")
    window.rebuild()
    window.show_preferences()
    prefs = window.dialog
    assert prefs.language.currentData() == "en"
    prefs.buttons.button(prefs.buttons.StandardButton.Ok).click()
    assert current_language() == "en" and window.settings.language() == "fr"
    assert menu_titles(window)[0] == "&File"


def test_window_title_names_the_application_once(window):
    """Qt appends the application's display name to a title that does not end with it: the
    title « HOP'EN Desktop — x » was shown as « HOP'EN Desktop — x — HOP'EN Desktop »."""
    from hopen_desktop.ui.app import create_application

    app = QApplication.instance()
    before = (app.organizationName(), app.applicationName(), app.applicationDisplayName(), app.applicationVersion())
    try:
        display_name = create_application().applicationDisplayName()
    finally:
        app.setOrganizationName(before[0])
        app.setApplicationName(before[1])
        app.setApplicationDisplayName(before[2])
        app.setApplicationVersion(before[3])
    assert window.windowTitle() == "audit.hopen.sqlite — HOP'EN Desktop"
    assert window.windowTitle().endswith(display_name)  # so Qt adds nothing
    window.session.close()
    window.open_workspace(window.settings.last_workspace(), read_only=True)
    assert window.windowTitle() == "audit.hopen.sqlite (lecture seule) — HOP'EN Desktop"


def test_language_changed_in_the_preferences_applies_at_once(window, qtbot, back_to_french):
    from PySide6.QtCore import QEvent

    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.model.entities import Answer
    from hopen_desktop.model.operations.answers import save_answer

    path = window.session.path.with_name("demo.sqlite")
    build_demo_workspace(path)
    assert window.open_workspace(path)
    campaign = window.session.campaign_id
    window.show_indicator("P2.4")
    window.resize(1000, 700)
    assert "&Fichier" in menu_titles(window)

    window.show_preferences()
    prefs = window.dialog
    prefs.language.setCurrentIndex(prefs.language.findData("en"))
    prefs.buttons.button(prefs.buttons.StandardButton.Ok).click()
    assert current_language() == "en" and window.settings.language() == "en"  # kept for the next start
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert "Evi&dence" in menu_titles(window)  # one term: « Evidence », not « Proofs »
    assert window.windowTitle() == "demo.sqlite — HOP'EN Desktop"
    assert window.session.campaign_id == campaign  # the same campaign, the same page, the same size
    assert window.stack.currentWidget() is window.indicator_page
    assert window.indicator_page.indicator.id == "P2.4"
    assert (window.width(), window.height()) == (1000, 700)
    assert window.dashboard_button.text() == "&Dashboard"
    window.show_register()
    assert window.register.isVisible()
    # The old widgets are gone and the session's notices reach only the new ones.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.session.run(save_answer, campaign, Answer("P1.3", numerator=1, denominator=3))
    assert window.tree_model.indicator_ids()

    window.show_preferences()
    prefs = window.dialog
    assert prefs.windowTitle() == "Preferences"  # a dialog opened afterwards speaks the new language
    assert prefs.language.currentData() == "en"  # the language spoken now
    prefs.language.setCurrentIndex(prefs.language.findData("fr"))
    prefs.buttons.button(prefs.buttons.StandardButton.Ok).click()
    assert current_language() == "fr" and window.settings.language() == "fr"
    assert menu_titles(window)[:2] == ["&Fichier", "É&dition"]
    assert window.stack.currentWidget() is window.register  # still the register
    assert window.session.campaign_id == campaign


# ------------------------------------------------------------------ English leftovers

#: Words that only French has (accents aside): a text of the English window containing one,
#: once the official texts and the establishment's own data are taken out, is a leftover.
FRENCH_WORDS = re.compile(
    r"[àâçéèêëîïôûùœ]|\b(le|la|les|des|du|au|aux|et|pour|est|sont|une|un|dans|sur|avec|par|sans|aucun|aucune"
    r"|oui|non|ou|preuve|preuves|campagne|campagnes|établissement|atteint|atteinte|renseigné|critère|critères"
    r"|cochez|saisissez|vous|votre|vos|ce|cette|ces|qui|que|pas|mois|jours|fichier|fichiers|enregistrer)\b",
    re.IGNORECASE,
)

#: Proper names and the language's own name: French in every language.
PROPER_NAMES = (
    "Hôpital Numérique",
    "Hôpital numérique",
    "Fichier national des établissements sanitaires et sociaux",
    "groupement hospitalier de territoire",
    "Français",
    "Agence du numérique en santé",
    "ASIP Santé",
    "MS Santé",
)

#: The instruction quoted by the window itself (campaign dialog, seed 004), with its translation.
INSTRUCTION_QUOTES = (
    "À défaut, il est possible de s'engager sur ces domaines D2 ou D3 de façon conjointe dont les cibles "
    "d'usage HOP'EN devront être atteintes pour percevoir les financements du domaine D7.",
)


def official_texts(referential) -> set[str]:
    """The referential's official wording (kept in French, marked as such): titles, labels,
    targets, definitions, criteria, the instruction's quotations and the application's reading."""
    found = {referential.title, referential.source}
    for group in referential.groups:
        found.add(group.title)
    for ind in referential.indicators:
        found |= {ind.label, ind.target_text, ind.numerator, ind.denominator, ind.ght_declination, ind.evolution}
        for criterion in ind.criteria:
            found |= {criterion.label, criterion.instruction, criterion.reading, criterion.conditional}
    return {text for text in found if text}


def own_data(session) -> set[str]:
    """Every text the establishments' own records hold (names, titles, comments, file names…)."""
    from hopen_desktop.model.exchange import export_campaign

    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for est in session.establishments():
        walk([est.name, est.ght or "", est.finess])
        for campaign in session.workspace.campaigns(est.id):
            walk(export_campaign(session.workspace, campaign.id, include_files=False))
    return {text for text in found if len(text) > 2}


def model_texts(model) -> list[str]:
    """The headers and the cells (display and tooltip) of an item model, three levels deep."""
    from PySide6.QtCore import QModelIndex, Qt

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model
            return 1

    out = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns(QModelIndex()))]

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 80)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        out.append(value)
            if depth < 2:
                walk(model.index(row, 0, parent), depth + 1)

    walk(QModelIndex(), 0)
    return out


def widget_texts(root) -> list[str]:
    """What a user reads in ``root``: labels, buttons, fields, placeholders, tooltips, accessible
    names, group titles, tabs, combo items, table headers and cells (display and tooltip)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        out += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            out.append(widget.text())
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            out.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            out.append(widget.title())
        if isinstance(widget, QTabWidget):
            out += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            out += model_texts(widget.model())
    for menu_action in root.actions():
        out += [menu_action.text(), menu_action.toolTip(), menu_action.statusTip()]
    return [text for text in out if text]


def leftovers(texts: list[str], allowed: set[str]) -> list[str]:
    """The texts that still read French once the allowed texts are taken out of them."""
    ordered = sorted(allowed | set(PROPER_NAMES) | set(INSTRUCTION_QUOTES), key=len, reverse=True)
    found = []
    for text in texts:
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
        if plain.endswith("…") and any(a.startswith(plain[:-1].rstrip()) for a in allowed):
            continue  # a long text of the user's, cut short in a table cell
        rest = plain
        for allowed_text in ordered:
            if allowed_text in rest:
                rest = rest.replace(allowed_text, " ")
        if FRENCH_WORDS.search(rest):
            found.append(plain)
    return sorted(set(found))


def test_the_english_window_has_no_french_leftovers(window, qtbot, back_to_french, tmp_path):
    """--lang en (issue 19 item 2): every page and dialog of the window speaks English, except the
    referential's official wording and the establishment's own data."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMenu

    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.model.referential import available_referentials, load_referential
    from hopen_desktop.ui.audit.campaign_dialog import CampaignDialog
    from hopen_desktop.ui.audit.establishment_dialog import EstablishmentDialog
    from hopen_desktop.ui.reports.signature_dialog import SignatureDialog

    install_translators(QApplication.instance(), "en")
    window.rebuild()
    path = window.session.path.with_name("demo.sqlite")
    build_demo_workspace(path, today=dt.date(2025, 11, 20))
    assert window.open_workspace(path)
    session = window.session
    allowed = official_texts(session.referential()) | own_data(session)
    for referential_id in available_referentials():
        allowed |= official_texts(load_referential(referential_id))
    seen: dict[str, list[str]] = {}

    def look(name: str, widget) -> None:
        QApplication.processEvents()
        widget.grab().save(str(tmp_path / f"en_{name}.png"))
        seen[name] = leftovers(widget_texts(widget), allowed)

    look("dashboard", window)
    # The official wording stays French and says so (tooltip of the navigation, caption of a page).
    first = window.tree_model.index(0, 0)
    assert "(official wording, in French)" in first.data(Qt.ItemDataRole.ToolTipRole)
    for menu in window.menuBar().findChildren(QMenu):
        seen[f"menu {menu.title()}"] = leftovers(widget_texts(menu), allowed)
    for indicator in ("P1.1", "P1.2", "P2.1", "P2.2", "P2.4", "P3.6", "D2.2", "D7.2", "D7.3"):
        window.show_indicator(indicator)
        look(indicator, window)
        caption = window.indicator_page.findChild(QLabel, "officialWording")
        assert caption is not None and caption.text().startswith("Official wording (French)")
        title = window.indicator_page.findChild(QLabel, "indicatorTitle")
        assert title.toolTip() == "Official wording of the instruction (French)"
    window.show_register()
    look("register", window)
    followup = window.followup
    for name, show in (
        ("action plan", followup.show_action_plan),
        ("history", followup.show_history),
        ("ght", followup.show_ght),
        ("journal", followup.show_journal),
    ):
        show()
        opened = {"action plan": followup.action_plan, "history": followup.history, "ght": followup.ght}.get(
            name, followup.journal
        )
        look(name, opened)
        opened.close()
    window.show_preferences()
    look("preferences", window.dialog)
    window.dialog.close()
    for name, dialog in (
        ("establishment", EstablishmentDialog(session, session.establishment(), window)),
        ("campaign", CampaignDialog(session, window, session.campaign())),
        ("signature", SignatureDialog([], window)),
    ):
        dialog.show()
        look(name, dialog)
        dialog.close()
    for evidence in session.evidence():
        dialog = window.register.edit_evidence(evidence.id)
        look(f"evidence {evidence.type}", dialog)
        dialog.close()
    # A campaign of the other shipped referential (Hôpital Numérique), its guidance in English too.
    session.add_campaign(dt.date(2017, 6, 1), "hopital-numerique-2012", "Auditeur")
    assert session.referential().id == "hopital-numerique-2012"
    look("hn dashboard", window)
    for indicator in ("P1.1", "P3.1", "D1.2", "D4.2"):
        window.show_indicator(indicator)
        look(f"hn {indicator}", window)
    found = {name: texts for name, texts in seen.items() if texts}
    assert found == {}, "\n".join(f"[{name}] {text!r}" for name, texts in found.items() for text in texts)


def test_the_english_checks_journal_exchange_and_conflicts_have_no_french_leftovers(
    window, qtbot, monkeypatch, back_to_french, tmp_path
):
    """--lang en (issue 19 item 2, the leftovers): the verify dialog on a signed report compared
    with a changed workspace (the seal's differences and problems), the journal check on a
    workspace changed outside the application, the journal window's rows (causes of cascades),
    the exchange window, the conflicts dialog over a real merge plan and the password dialogs."""
    import datetime as dt
    import os
    import sqlite3
    from pathlib import Path

    from PySide6.QtWidgets import QGroupBox

    from hopen_desktop.jobs.reports import produce_report
    from hopen_desktop.model.bundle import export_bundle, read_bundle
    from hopen_desktop.model.demo import build_demo_workspace
    from hopen_desktop.model.entities import Answer
    from hopen_desktop.model.merge import plan_merge
    from hopen_desktop.model.operations.answers import save_answer
    from hopen_desktop.model.operations.imports import import_bundle
    from hopen_desktop.model.referential import available_referentials, load_referential
    from hopen_desktop.model.workspace import Workspace
    from hopen_desktop.reports.signing import create_identity, load_identity
    from hopen_desktop.ui.followup.conflicts_dialog import ConflictsDialog
    from hopen_desktop.ui.followup.password_dialog import NewPasswordDialog, PasswordDialog
    from hopen_desktop.ui.reports.verify_dialog import VerifyDialog
    from hopen_desktop.ui.safety_dialogs import JournalCheckDialog, verify_workspace_journal
    from tests.reports.certificates import one_page_pdf
    from tests.ui.reports.helpers import open_file

    grabs = Path(os.environ.get("HOPEN_GRABS", tmp_path))
    grabs.mkdir(parents=True, exist_ok=True)
    install_translators(QApplication.instance(), "en")
    window.rebuild()
    path = window.session.path.with_name("demo.sqlite")
    build_demo_workspace(path, today=dt.date(2025, 11, 20))
    assert window.open_workspace(path)
    session = window.session
    campaign_id = session.campaign_id
    allowed = official_texts(session.referential()) | own_data(session)
    for referential_id in available_referentials():
        allowed |= official_texts(load_referential(referential_id))
    seen: dict[str, list[str]] = {}

    def look(name: str, widget) -> list[str]:
        QApplication.processEvents()
        widget.grab().save(str(grabs / f"en_{name}.png"))
        texts = widget_texts(widget)
        seen[name] = leftovers(texts, allowed)
        return texts

    # A signed report, then the campaign changed in the window and outside it.
    identity = load_identity(
        create_identity("Helen Doe", "Audit Office", "helen@example.org", "password-1", tmp_path / "h.p12"),
        "password-1",
    )
    report = produce_report(path, campaign_id, tmp_path / "signed.pdf", identity).path
    session.run(save_answer, campaign_id, Answer("P1.3", numerator=1, denominator=3))
    evidence = next(e for e in session.evidence() if e.files and session.evidence_refusal(e.id) is None)
    session.delete_evidence(evidence.id)  # a removed evidence item; its files go with it (a cause)
    action = next(a for a in session.actions() if a.campaign_id == campaign_id)
    session.delete_action(action.id)
    older = next(c for c in session.campaigns() if c.id != campaign_id)
    session.delete_campaign(older.id)  # its answers go with it, its actions are detached (causes)
    session.select_campaign(campaign_id)
    with sqlite3.connect(path) as db:  # outside the application: a record and a journal row
        db.execute("UPDATE answers SET comment = 'changed' WHERE campaign_id = ? AND indicator = 'P2.1'", [campaign_id])
        db.execute("UPDATE journal SET author = 'someone' WHERE id = 3")
    db.close()

    open_file(monkeypatch, report)
    window.report_actions.act_verify.trigger()
    verify = window.report_actions.dialog
    assert isinstance(verify, VerifyDialog)
    qtbot.waitUntil(lambda: not verify.busy, timeout=20000)
    texts = look("verify sealed vs changed", verify)
    assert "✘ The campaign is no longer the one of the report:" in texts
    assert "– Indicator P1.3 modified" in texts and "– Indicator P2.1 modified" in texts
    assert f"– Evidence “{evidence.title}” of {evidence.date:%d/%m/%Y} removed" in texts
    assert f"– Action “{action.title}” removed" in texts
    assert "– Change journal: Journal row 3 changed outside the application." in texts
    seal_box = verify.findChild(QGroupBox, "sealBox")
    seal_box.grab().save(str(grabs / "en_seal box.png"))
    verify.close()
    # A PDF made elsewhere (no signature, no seal) and a damaged one.
    plain, damaged = tmp_path / "plain.pdf", tmp_path / "damaged.pdf"
    plain.write_bytes(one_page_pdf())
    damaged.write_bytes(b"%PDF-1.4\nnothing\n")
    for name, pdf in (("verify plain", plain), ("verify damaged", damaged)):
        open_file(monkeypatch, pdf)
        window.report_actions.act_verify.trigger()
        verify = window.report_actions.dialog
        qtbot.waitUntil(lambda verify=verify: not verify.busy, timeout=20000)
        look(name, verify)
        verify.close()

    check = JournalCheckDialog(verify_workspace_journal(path), window)
    check.show()
    texts = look("journal check", check)
    problems = check.problems.toPlainText()
    assert "• Journal row 3 changed outside the application." in problems
    assert "• Answer to indicator P2.1 of the campaign of " in problems
    assert problems.count("changed outside the application.") == 2
    check.close()

    journal = window.followup.show_journal()
    journal.campaign_only.setChecked(False)
    texts = look("journal window", journal)
    assert any('"cause":"deleted with the evidence"' in text for text in texts)
    assert any('"cause":"deleted with the campaign"' in text for text in texts)
    journal.close()

    look("exchange", window.followup.show_exchange())
    window.followup.exchange.close()

    # Two laptops changed the same answers since they exchanged the campaign: the conflicts.
    rates = [i.id for i in session.referential().indicators if i.is_rate][:2]
    other = tmp_path / "other.sqlite"
    with Workspace.open(path) as ws:
        export_bundle(ws, campaign_id, tmp_path / "1.hopen")
    with Workspace.open(other) as ws:
        other_id = import_bundle(ws, read_bundle(tmp_path / "1.hopen")).value.campaign.id
        for n, indicator in enumerate(rates):
            ws.save_answer(other_id, Answer(indicator, numerator=n + 1, denominator=10, comment="recount"))
        ws.delete_evidence(next(e.id for e in ws.evidence(ws.campaign(other_id).establishment_id)))
        export_bundle(ws, other_id, tmp_path / "2.hopen")
    for indicator in rates:
        session.run(save_answer, campaign_id, Answer(indicator, numerator=9, denominator=10))
    with Workspace.open(path, read_only=True) as ws:
        plan = plan_merge(ws, read_bundle(tmp_path / "2.hopen"))
    assert plan.conflicts and all(c.label.startswith("Answer to ") for c in plan.conflicts)
    conflicts = ConflictsDialog(plan, window)
    conflicts.show()
    look("conflicts", conflicts)
    conflicts.close()

    for name, dialog in (
        ("new password", NewPasswordDialog(window)),
        ("password", PasswordDialog("audit.hopen", window, error="Wrong password.")),
    ):
        dialog.show()
        look(name, dialog)
        dialog.close()
    found = {name: texts for name, texts in seen.items() if texts}
    assert found == {}, "\n".join(f"[{name}] {text!r}" for name, texts in found.items() for text in texts)
