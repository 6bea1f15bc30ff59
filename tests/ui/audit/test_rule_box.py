"""Issue 16 item 2: where a rule appears, the instruction's own words and the application's
reading, labelled apart (the box of ui/audit/rule_box.py on the indicator page)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from hopen_desktop.model.entities import EstablishmentData
from hopen_desktop.model.referential import load_referential
from hopen_desktop.ui.audit.rule_box import RuleBox, quoted_criteria, rule_box


def test_quoted_criteria_are_those_with_a_text() -> None:
    ref = load_referential("hopen-2019")
    assert [c.id for c in quoted_criteria(ref.indicator("P2.4"), in_ght=True)] == ["P2.4.rdv_direction"]
    assert quoted_criteria(ref.indicator("P1.1"), in_ght=True) == ()
    # D5.3's GHT criterion quotes the annex only for an establishment in a GHT
    assert [c.id for c in quoted_criteria(ref.indicator("D5.3"), in_ght=True)] == ["D5.3.ght"]
    assert quoted_criteria(ref.indicator("D5.3"), in_ght=False) == ()


def test_no_box_without_a_quoted_rule(qtbot) -> None:
    assert rule_box(load_referential("hopen-2019").indicator("P1.1"), in_ght=False) is None


def test_the_box_shows_both_texts_apart(qtbot) -> None:
    ind = load_referential("hopen-2019").indicator("P2.4")
    box = rule_box(ind, in_ght=False)
    assert isinstance(box, RuleBox)
    qtbot.addWidget(box)
    crit = ind.criterion("P2.4.rdv_direction")
    instruction = box.instruction_labels[crit.id].text()
    reading = box.reading_labels[crit.id].text()
    assert "Texte de l'instruction" in instruction and "2 rendez-vous annuels" in instruction
    assert "Lecture appliquée par l&#x27;application" in reading or "Lecture appliquée par l'application" in reading
    assert "12 mois" in reading and "12 mois" not in instruction
    assert all(label.wordWrap() for label in box.findChildren(QLabel))


def test_the_indicator_page_shows_the_box_and_nothing_is_clipped(qtbot, window, tmp_path) -> None:
    s = window.session
    s.add_establishment(EstablishmentData(finess="750000002", name="Clinique"))
    s.add_campaign(dt.date(2025, 12, 1), "hopen-2019", "Auditrice")
    window.resize(1200, 800)
    window.show()
    for indicator_id, criterion_id in (("P2.4", "P2.4.rdv_direction"), ("P1.2", "P1.2.reunions_semestrielles")):
        window.show_indicator(indicator_id)
        page = window.indicator_page
        box = page.findChild(RuleBox, "ruleBox")
        assert box is not None and box.isVisibleTo(page)
        reading = box.reading_labels[criterion_id]
        qtbot.waitUntil(lambda r=reading: r.width() > 0)
        # wrapped, not clipped: the label is as tall as its text needs at its width
        assert reading.height() >= reading.heightForWidth(reading.width())
        assert reading.width() <= box.width()
        page.ensureWidgetVisible(box)
        window.grab().save(str(tmp_path / f"rule_box_{indicator_id}.png"))
    window.show_indicator("P1.1")
    assert window.indicator_page.findChild(RuleBox, "ruleBox") is None


def test_criteria_quoting_the_same_words_share_one_quotation(qtbot) -> None:
    ind = load_referential("hopital-numerique-2012").indicator("P3.1")
    box = rule_box(ind, in_ght=False)
    assert box is not None
    qtbot.addWidget(box)
    labels = {id(label) for label in box.instruction_labels.values()}
    assert len(box.instruction_labels) == 3 and len(labels) == 1
    assert not box.reading_labels  # the fact sheet's words are not read by the application
    assert "démarche de sécurité" in next(iter(box.instruction_labels.values())).text()


def test_in_english_the_reading_is_translated_and_the_quotation_stays_french(qapp):
    """Issue 19: the application's reading is its own text (in English in an English window); the
    instruction's words are the official wording (French)."""
    from hopen_desktop.ui.translations import install_translators

    ind = load_referential("hopen-2019").indicator("P2.4")
    install_translators(qapp, "en")
    try:
        box = rule_box(ind, in_ght=False, referential_id="hopen-2019")
        untranslated = rule_box(ind, in_ght=False)  # a referential without translation
    finally:
        install_translators(qapp, "fr")
    reading = box.reading_labels["P2.4.rdv_direction"].text()
    assert "Reading applied by the application:" in reading and "“annual” is read as" in reading
    assert "Existence d&#x27;au moins 2 rendez-vous" in box.instruction_labels["P2.4.rdv_direction"].text()
    assert untranslated.reading_labels["P2.4.rdv_direction"].text().endswith("(in French)")
