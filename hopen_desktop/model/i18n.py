"""The language of the model's words: labels declared once with their French and English text,
and the current language they are rendered in.

Labels of the domain (evidence types and their fields, statuses, action statuses, legal
statuses) and error messages (``hopen_desktop.model.messages``) are declared in the model as
``Text`` pairs, in the spirit of Vorta's ``trans_late``: the declaration marks the words as
translatable, and they are turned into a sentence only where they are shown. Qt's lupdate does
not see them; their English lives next to the French, so the command line, the reports and the
window all read the same catalogue. The window calls ``set_language`` at start (``--lang`` or
the preference); the default is French.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The languages the application speaks. French is the source language.
LANGUAGES: tuple[str, ...] = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

_current = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """Render the model's labels and messages in ``language`` ("fr" or "en"; anything else is
    French) from now on."""
    global _current
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def resolve(language: str | None) -> str:
    """``language`` when it is one we speak, the current language when None."""
    if language is None:
        return _current
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Text:
    """A label in French and English. ``str(text)`` is the text in the current language."""

    fr: str
    en: str

    def text(self, language: str | None = None) -> str:
        return self.en if resolve(language) == "en" else self.fr

    def __str__(self) -> str:
        return self.text()

    def format(self, language: str | None = None, **params: object) -> str:
        return self.text(language).format(**params)


def trans_late(fr: str, en: str) -> Text:
    """Declare a label whose translation is looked up late, where it is shown."""
    return Text(fr, en)


def texts(labels: dict[str, Text], language: str | None = None) -> dict[str, str]:
    """A catalogue of labels rendered in one language (same keys, same order)."""
    return {key: label.text(language) for key, label in labels.items()}
