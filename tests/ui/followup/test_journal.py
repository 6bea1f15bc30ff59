"""The change journal, read (« Suivi › Journal des modifications »): who changed what and when."""

from __future__ import annotations

import datetime as dt

from hopen_desktop.model.entities import Answer, EstablishmentData


def _cells(window, row):
    return [window.table.item(row, col).text() for col in range(window.table.columnCount())]


def test_the_journal_lists_each_change_with_its_author(qtbot, window, tmp_path):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    s.save_answer(Answer("P1.1", 8, 10))
    s.set_author("Hélène Dupré")
    s.save_answer(Answer("P1.1", 9, 10, source="extraction DPI"))
    journal = window.followup.show_journal()
    assert journal.isVisible()
    assert window.followup.act_journal.isEnabled()
    first = _cells(journal, 0)
    assert first[1:] == ["Hélène Dupré", "Réponse P1.1.source", "(vide)", "extraction DPI"]
    assert _cells(journal, 1)[1:3] == ["Hélène Dupré", "Réponse P1.1.numerator"]
    assert _cells(journal, 2)[1] == "—"  # written before a name was given
    assert "Auteur(s) : Hélène Dupré" in journal.summary.text()
    rows = journal.table.rowCount()
    # The whole workspace: the establishment's row too.
    journal.campaign_only.setChecked(False)
    assert journal.table.rowCount() > rows
    assert any(_cells(journal, r)[2].startswith("Établissement") for r in range(journal.table.rowCount()))
    # Follows the changes while open.
    journal.campaign_only.setChecked(True)
    s.save_answer(Answer("P1.1", 9, 10, source="registre"))
    assert _cells(journal, 0)[4] == "registre"
    journal.grab().save(str(tmp_path / "journal.png"))


def test_values_are_shown_without_their_json_quotes():
    from hopen_desktop.ui.followup.journal import readable, shorten

    assert [readable(v) for v in (None, '"texte"', '""', "true", "false", "12", "null")] == [
        None,
        "texte",
        "(vide)",
        "oui",
        "non",
        "12",
        "",
    ]
    assert readable('{"a":1}') == '{"a":1}' and readable("pas du json") == "pas du json"
    assert shorten("x" * 500).endswith("…") and len(shorten("x" * 500)) == 120


def test_a_journal_without_authors_says_how_to_give_one(qtbot, window):
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    journal = window.followup.show_journal()
    assert not journal.campaign_only.isEnabled()  # no campaign: the whole workspace
    assert journal.table.rowCount() >= 1
    assert "Fichier › Préférences" in journal.summary.text()


def test_the_cause_of_a_cascade_is_shown_in_the_window_language(qtbot, window):
    """Issue 19 item 2: the row stores « supprimée avec la campagne » (it is hashed); the English
    window shows "deleted with the campaign", the French one the row as stored."""
    from PySide6.QtWidgets import QApplication

    from hopen_desktop.ui.followup.journal import readable
    from hopen_desktop.ui.translations import install_translators

    stored = '{"cause":"supprimée avec la campagne","title":"Écrire"}'
    assert readable(stored) == stored
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    s.save_answer(Answer("P1.1", 8, 10))
    first = s.campaign_id
    s.add_campaign(dt.date(2025, 12, 2), "hopen-2019", "Auditrice")  # the current one
    s.delete_campaign(first)
    install_translators(QApplication.instance(), "en")
    try:
        assert readable(stored) == '{"cause":"deleted with the campaign","title":"Écrire"}'
        journal = window.followup.show_journal()
        journal.campaign_only.setChecked(False)
        cells = [_cells(journal, r) for r in range(journal.table.rowCount())]
        assert ["Answer P1.1", '{"cause":"deleted with the campaign"}'] in [c[2:5:2] for c in cells]
        journal.close()
    finally:
        install_translators(QApplication.instance(), "fr")
    assert readable('{"cause":"sa version précédente a été supprimée"}') == (
        '{"cause":"sa version précédente a été supprimée"}'
    )
