"""Labels declared once in French and English, rendered in the current language or a given one."""

from hopen_desktop.model.i18n import DEFAULT_LANGUAGE, Text, current_language, resolve, set_language, texts, trans_late


def test_french_by_default_english_on_request_and_anything_else_is_french():
    assert current_language() == DEFAULT_LANGUAGE == "fr"  # tests/conftest.py resets it
    set_language("en")
    assert current_language() == "en"
    set_language("de")
    assert current_language() == "fr"


def test_resolve_keeps_a_language_we_speak_and_falls_back_otherwise():
    assert resolve("en") == "en" and resolve("xx") == "fr"
    set_language("en")
    assert resolve(None) == "en"


def test_a_text_renders_in_the_current_language_or_the_one_asked():
    label = trans_late("Fait", "Done")
    assert label == Text("Fait", "Done")
    assert str(label) == "Fait" and label.text("en") == "Done"
    set_language("en")
    assert str(label) == "Done" and label.text("fr") == "Fait"


def test_format_fills_parameters_in_the_language_of_the_sentence():
    sentence = Text("{n} preuve(s) le {day}", "{n} piece(s) of evidence on {day}")
    assert sentence.format(n=2, day="12/03/2025") == "2 preuve(s) le 12/03/2025"
    assert sentence.format("en", n=2, day="2025-03-12") == "2 piece(s) of evidence on 2025-03-12"


def test_a_catalogue_keeps_its_keys_and_order():
    labels = {"b": Text("Bé", "Bee"), "a": Text("A", "Ay")}
    assert list(texts(labels, "en").items()) == [("b", "Bee"), ("a", "Ay")]
    assert texts(labels) == {"b": "Bé", "a": "A"}
