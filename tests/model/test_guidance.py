"""The plain-language guidance in English (issue 19 item 2): every indicator of the shipped
referentials has it, in the same shape as the French."""

import pytest

from hopen_desktop.model.guidance import guidance_of, is_translated, translations
from hopen_desktop.model.i18n import set_language
from hopen_desktop.model.referential import load_referential, shipped_referentials


@pytest.mark.parametrize("referential_id", sorted(shipped_referentials()))
def test_every_shipped_indicator_has_its_guidance_in_english(referential_id):
    ref = load_referential(referential_id)
    english = translations(referential_id, "en")
    assert set(english) == {ind.id for ind in ref.indicators}
    for ind in ref.indicators:
        en = english[ind.id]
        assert en.asked and en.asked != ind.guidance.asked
        assert bool(en.counting) == bool(ind.guidance.counting), ind.id
        assert len(en.proofs) == len(ind.guidance.proofs), ind.id  # one English line per French proof
        for text in (en.asked, en.counting, *en.proofs):
            assert " le " not in text and " les " not in text and " des " not in text, (ind.id, text)


def test_the_guidance_follows_the_language():
    ind = load_referential("hopen-2019").indicator("P2.2")
    assert guidance_of("hopen-2019", ind, "fr") is ind.guidance
    assert guidance_of("hopen-2019", ind, "en").asked.startswith("The establishment sets the share of time")
    set_language("en")
    assert "99.5%" in guidance_of("hopen-2019", ind).asked
    assert is_translated("hopen-2019", ind)


def test_without_a_translation_the_french_guidance_is_kept():
    ind = load_referential("hopen-2019").indicator("P2.2")
    assert translations("no-such-referential", "en") == {}
    assert guidance_of("no-such-referential", ind, "en") is ind.guidance
    assert not is_translated("no-such-referential", ind, "en")
    assert is_translated("no-such-referential", ind, "fr")


@pytest.mark.parametrize("referential_id", sorted(shipped_referentials()))
def test_every_reading_of_the_application_is_in_english(referential_id):
    from hopen_desktop.model.guidance import reading_of

    for ind in load_referential(referential_id).indicators:
        for crit in ind.criteria:
            if crit.reading:
                text, translated = reading_of(referential_id, crit, "en")
                assert translated and text != crit.reading and "campaign date" in text, crit.id
                assert reading_of(referential_id, crit, "fr") == (crit.reading, True)
    crit = load_referential("hopen-2019").indicator("P2.4").criterion("P2.4.rdv_direction")
    assert reading_of("no-such-referential", crit, "en") == (crit.reading, False)
